// SPDX-License-Identifier: BSD-2-Clause
// Field grammars (Spirit X3) in fields/s: Status, SMTP replies, dates, a whole delivery-status
// body (parse_dsn), and the free-text finders the classifier runs on every diagnostic.
#include <benchmark/benchmark.h>

#include <array>
#include <string_view>

#include "bounce/fields.hpp"
#include "grammar/dsn.hpp"

namespace {

template <class F, std::size_t N>
void run_fields(benchmark::State& state, const std::array<std::string_view, N>& inputs, F&& parse) {
  for (auto _ : state)
    for (std::string_view in : inputs) benchmark::DoNotOptimize(parse(in));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * N));
  state.counters["fields/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * N), benchmark::Counter::kIsRate);
}

constexpr std::array<std::string_view, 6> statuses = {"5.1.1",           "4.4.7",  "2.0.0",
                                                      " 5.7.1 (policy)", "5.1.10", "5.1.1234"};
constexpr std::array<std::string_view, 4> replies = {
    "550 5.1.1 <a@b.example> User unknown",
    "550-5.7.1 This message was blocked because its content presents\n550-5.7.1 a potential "
    "security "
    "issue.\n550 5.7.1 Please visit https://support.example/ to review our policy",
    "421 4.7.0 [TSS04] Messages temporarily deferred due to unexpected volume",
    "554 Transaction failed"};
constexpr std::array<std::string_view, 4> dates = {
    "Wed, 16 Oct 2013 14:15:35 +0900", "16 Oct 2013 14:15 GMT",
    "Thu, 29 Apr 2010 23:34:45 -0700 (PDT)", "Mon, 1 Jan 2024 00:00:00 +0000"};
constexpr std::array<std::string_view, 2> dsn_bodies = {
    "Reporting-MTA: dns; mx.example.jp\nX-Postfix-Queue-ID: 4E3F5A0C3\nArrival-Date: Wed, 16 Oct "
    "2013 "
    "14:15:35 +0900 (JST)\n\nFinal-Recipient: rfc822; kijitora@example.org\nOriginal-Recipient: "
    "rfc822;"
    "kijitora@example.org\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.org\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <kijitora@example.org>... User unknown\n",
    "Reporting-MTA: dns; a.example\n\nFinal-Recipient: rfc822; a@b.example\nAction: "
    "delayed\nStatus: "
    "4.4.7\nDiagnostic-Code: smtp; 421 4.4.2 Connection timed out\nLast-Attempt-Date: Thu, 29 Apr "
    "2010 "
    "23:34:45 -0700\n\nFinal-Recipient: rfc822; c@d.example\nAction: failed\nStatus: 5.2.2\n"
    "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n"};
constexpr std::array<std::string_view, 3> prose = {
    "host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@b.example>: Recipient address rejected: "
    "User unknown in virtual alias table (in reply to RCPT TO command)",
    "Delivery to the following recipient failed permanently: version 1.2.3 at 10.0.0.1",
    "The email account that you tried to reach is over quota."};

void BM_status(benchmark::State& s) {
  run_fields(s, statuses, [](std::string_view v) { return bounce::parse_status(v).has_value(); });
}
void BM_smtp_reply(benchmark::State& s) {
  run_fields(s, replies,
             [](std::string_view v) { return bounce::parse_smtp_reply(v).has_value(); });
}
void BM_date(benchmark::State& s) {
  run_fields(s, dates, [](std::string_view v) { return bounce::parse_date(v).has_value(); });
}
void BM_parse_dsn(benchmark::State& s) {
  run_fields(s, dsn_bodies,
             [](std::string_view v) { return bounce::grammar::parse_dsn(v).recipients.size(); });
}
void BM_find_status_in_text(benchmark::State& s) {
  run_fields(s, prose,
             [](std::string_view v) { return bounce::find_status_in_text(v).has_value(); });
}

BENCHMARK(BM_status);
BENCHMARK(BM_smtp_reply);
BENCHMARK(BM_date);
BENCHMARK(BM_parse_dsn);
BENCHMARK(BM_find_status_in_text);

}  // namespace

BENCHMARK_MAIN();
