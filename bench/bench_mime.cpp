// SPDX-License-Identifier: BSD-2-Clause
// The MIME layer alone: mime::build_report (pre-scan, mimetic, our walk, decoding) over every
// message of the corpus held in memory, in messages/s; and one large bounce that returns a big
// attachment (the report must not cost more than what it reads).
#include <benchmark/benchmark.h>

#include <string>

#include "bounce/parse.hpp"
#include "corpus.hpp"
#include "mime/report.hpp"

namespace {

void BM_build_report(benchmark::State& state) {
  const auto& c = bounce_bench::load_corpus();
  const bounce::limits lim;
  for (auto _ : state)
    for (const auto& m : c.messages) benchmark::DoNotOptimize(bounce::mime::build_report(m, lim));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.messages.size()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
  state.counters["messages/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * c.messages.size()), benchmark::Counter::kIsRate);
}

/// A DSN whose returned message carries a base64 attachment, about mb megabytes in all.
std::string big_bounce(std::size_t mb) {
  std::string m =
      "From: MAILER-DAEMON@mx.example.org\nTo: sender@example.jp\nSubject: Undelivered Mail "
      "Returned "
      "to Sender\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n"
      "\tboundary=\"OUTER\"\n\n--OUTER\nContent-Type: text/plain\n\nThe mail system: "
      "<a@b.example>: "
      "host mx.b.example said: 552 5.2.2 Mailbox full\n\n--OUTER\nContent-Type: "
      "message/delivery-status\n\n"
      "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@b.example\nAction: failed\n"
      "Status: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n--OUTER\nContent-Type: "
      "message/rfc822\n\nFrom: sender@example.jp\nTo: a@b.example\nSubject: big\nMessage-ID: "
      "<big@example.jp>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"INNER\"\n\n"
      "--INNER\nContent-Type: text/plain\n\nsee attachment\n--INNER\nContent-Type: "
      "application/octet-stream\n"
      "Content-Transfer-Encoding: base64\n\n";
  const std::string line =
      "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx\n";
  while (m.size() < mb * 1000000) m += line;
  m += "--INNER--\n\n--OUTER--\n";
  return m;
}

void BM_big_bounce(benchmark::State& state) {
  const std::string m = big_bounce(static_cast<std::size_t>(state.range(0)));
  bounce::options opt;
  opt.limits.max_message_bytes = m.size() + 1;
  std::size_t records = 0;
  for (auto _ : state) {
    auto r = bounce::parse_message(m, opt);
    records = r ? r->records.size() : 0;
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * m.size()));
  state.counters["records"] = static_cast<double>(records);
}

BENCHMARK(BM_build_report)->Unit(benchmark::kMillisecond);
// 1, 4 and 15 MB: seconds per message should grow linearly with size.
BENCHMARK(BM_big_bounce)->Arg(1)->Arg(4)->Arg(15)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
