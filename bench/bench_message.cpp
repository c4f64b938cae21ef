// SPDX-License-Identifier: BSD-2-Clause
// The whole pipeline (bounce::parse_message) over every message of a corpus held in memory, and
// the baselines it is measured against: mimetic alone parsing the same messages (input-iterator
// load() + a walk over the whole tree) and mimetic's fast const char* path alone. Prints the
// ratios pipeline / mimetic-only and pipeline / mimetic-fast at the end.
#include <benchmark/benchmark.h>
#include <mimetic/mimetic.h>

#include <cstdio>
#include <iterator>
#include <streambuf>

#include "bounce/parse.hpp"
#include "corpus.hpp"

namespace {

using bounce_bench::load_corpus;

void set_counters(benchmark::State& state, std::size_t messages, std::size_t bytes) {
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * messages));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["messages/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * messages), benchmark::Counter::kIsRate);
}

void BM_pipeline(benchmark::State& state) {
  const auto& c = load_corpus();
  const bounce::options opt;
  std::size_t records = 0;
  for (auto _ : state) {
    for (const auto& m : c.messages) {
      auto r = bounce::parse_message(m, opt);
      if (r) records += r->records.size();
      benchmark::DoNotOptimize(r);
    }
  }
  set_counters(state, c.messages.size(), c.bytes);
  state.counters["records"] =
      static_cast<double>(records / std::max<std::size_t>(1, state.iterations()));
}

struct view_buf final : std::streambuf {
  view_buf(const char* p, std::size_t n) {
    auto* b = const_cast<char*>(p);
    setg(b, b, b + n);
  }
};

// What mimetic does on its own: load through an input iterator, then visit every entity and
// touch its headers and body (the least any user of the tree does).
std::size_t walk(const mimetic::MimeEntity& root) {
  std::size_t sum = 0;
  std::vector<const mimetic::MimeEntity*> stack{&root};
  while (!stack.empty()) {
    const mimetic::MimeEntity* e = stack.back();
    stack.pop_back();
    for (const mimetic::Field& f : e->header()) sum += f.name().size() + f.value().size();
    sum += e->body().size();
    for (const mimetic::MimeEntity* child : e->body().parts())
      if (child) stack.push_back(child);
  }
  return sum;
}

// mimetic on one of its loaders: the input-iterator one (fast == false) or its random-access
// const char* one, which the pipeline takes when mime::detail::pointer_path_safe allows.
template <bool fast>
void mimetic_alone(benchmark::State& state) {
  const auto& c = load_corpus();
  for (auto _ : state) {
    for (const auto& m : c.messages) {
      mimetic::MimeEntity me;
      try {
        if constexpr (fast) {
          me.load(m.data(), m.data() + m.size());
        } else {
          view_buf buf(m.data(), m.size());
          me.load(std::istreambuf_iterator<char>(&buf), std::istreambuf_iterator<char>());
        }
      } catch (...) {
      }
      benchmark::DoNotOptimize(walk(me));
    }
  }
  set_counters(state, c.messages.size(), c.bytes);
}

void BM_mimetic_only(benchmark::State& state) { mimetic_alone<false>(state); }
void BM_mimetic_fast(benchmark::State& state) { mimetic_alone<true>(state); }

BENCHMARK(BM_pipeline)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_mimetic_only)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_mimetic_fast)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// Keeps the median of each benchmark's rate and prints pipeline / mimetic-only at the end.
class ratio_reporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& r : runs) {
      if (r.run_type == Run::RT_Aggregate && r.aggregate_name != "median") continue;
      const auto it = r.counters.find("messages/s");
      if (it == r.counters.end()) continue;
      const std::string name = r.benchmark_name();
      if (name.rfind("BM_pipeline", 0) == 0) pipeline_ = it->second.value;
      if (name.rfind("BM_mimetic_only", 0) == 0) mimetic_ = it->second.value;
      if (name.rfind("BM_mimetic_fast", 0) == 0) fast_ = it->second.value;
    }
  }
  void Finalize() override {
    ConsoleReporter::Finalize();
    const auto& c = load_corpus();
    std::printf("corpus: %s (%zu messages, %.2f MB)\n", c.dir.c_str(), c.messages.size(),
                c.bytes / 1e6);
    if (pipeline_ > 0 && mimetic_ > 0)
      std::printf(
          "pipeline: %.0f messages/s, mimetic-only: %.0f messages/s, ratio pipeline/mimetic-only: "
          "%.2f\n",
          pipeline_, mimetic_, pipeline_ / mimetic_);
    if (pipeline_ > 0 && fast_ > 0)
      std::printf("mimetic fast path only: %.0f messages/s, ratio pipeline/mimetic-fast: %.2f\n",
                  fast_, pipeline_ / fast_);
    std::fflush(stdout);
  }

 private:
  double pipeline_ = 0, mimetic_ = 0, fast_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  ratio_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
