// SPDX-License-Identifier: BSD-2-Clause
// Streaming an mbox: input::mbox_reader over an in-memory mbox built from the corpus (reading
// only), and reading + parse_message_at for every message (the work of `bounce parse -j 1 FILE`).
#include <benchmark/benchmark.h>

#include <sstream>
#include <string>

#include "bounce/parse.hpp"
#include "corpus.hpp"
#include "input/input.hpp"

namespace {

const std::string& mbox_text() {
  static const std::string text = [] {
    std::string out;
    for (const auto& m : bounce_bench::load_corpus().messages) {
      out += "From sender@example.org Thu Jan  1 00:00:00 2015\n";
      std::size_t pos = 0;
      while (pos < m.size()) {  // quote body lines that would split the message
        std::size_t nl = m.find('\n', pos);
        nl = nl == std::string::npos ? m.size() : nl + 1;
        if (m.compare(pos, 5, "From ") == 0) out += '>';
        out.append(m, pos, nl - pos);
        pos = nl;
      }
      if (out.back() != '\n') out += '\n';
      out += '\n';
    }
    return out;
  }();
  return text;
}

void BM_mbox_read(benchmark::State& state) {
  const std::string& text = mbox_text();
  std::size_t n = 0;
  for (auto _ : state) {
    std::istringstream in(text);
    bounce::input::mbox_reader reader(in, 10u << 20);
    std::string msg;
    bool too_large = false;
    n = 0;
    while (reader.next(msg, too_large)) ++n;
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["messages/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * n), benchmark::Counter::kIsRate);
}

void BM_mbox_parse(benchmark::State& state) {
  const std::string& text = mbox_text();
  const bounce::options opt;
  std::size_t n = 0;
  for (auto _ : state) {
    std::istringstream in(text);
    bounce::input::mbox_reader reader(in, opt.limits.max_message_bytes);
    std::string msg;
    bool too_large = false;
    n = 0;
    while (reader.next(msg, too_large)) {
      ++n;
      benchmark::DoNotOptimize(bounce::parse_message_at(msg, {"bench.mbox", n}, opt));
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["messages/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * n), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_mbox_read)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_mbox_parse)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
