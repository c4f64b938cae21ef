// SPDX-License-Identifier: BSD-2-Clause
// parse_message_each (include/bounce/parse.hpp): each record reaches the callback complete, in
// notice order, with the message's source and position; the summary counts what was given; an
// error gives no record.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "support/read_file.hpp"
#include "bounce/parse.hpp"

using namespace bounce;
using bounce::testing::read_file;
namespace fs = std::filesystem;

namespace {

// An RFC 3464 report with one per-recipient group per entry of actions (user1, user2, ...).
std::string dsn_with(const std::vector<std::string>& actions) {
  std::string m =
      "From: MAILER-DAEMON@mx.example.net\n"
      "To: sender@example.org\n"
      "Subject: Delivery Status Notification\n"
      "Date: Tue, 01 Dec 2026 10:00:00 +0000\n"
      "MIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n"
      "\n--b\nContent-Type: text/plain\n\nDelivery report.\n"
      "\n--b\nContent-Type: message/delivery-status\n\n"
      "Reporting-MTA: dns; mx.example.net\n";
  for (std::size_t i = 0; i < actions.size(); ++i) {
    const bool ok = actions[i] == "delivered";
    m += "\nFinal-Recipient: rfc822; user" + std::to_string(i + 1) + "@example.com\n";
    m += "Action: " + actions[i] + "\n";
    m += ok ? "Status: 2.0.0\n" : "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 No such user\n";
  }
  m += "\n--b--\n";
  return m;
}

}  // namespace

TEST_CASE("parse_message_each: one call per record, in notice order, each record complete") {
  const std::string raw = dsn_with({"failed", "failed", "failed"});
  std::vector<record> seen;
  const message_ref ref{"box/new/1", 7};
  auto summary = parse_message_each(raw, ref, options{}, [&](record& rec) {
    // Complete when handed over: source, position, decision and derived fields are set.
    CHECK(rec.source == "box/new/1");
    CHECK(rec.message_index == 7);
    CHECK(rec.reason == reason_kind::userunknown);
    CHECK_FALSE(rec.destination.empty());
    CHECK_FALSE(rec.timestamp.empty());
    seen.push_back(std::move(rec));
  });
  REQUIRE(summary);
  CHECK(summary->records == 3);
  REQUIRE(seen.size() == 3);
  CHECK(seen[0].recipient == "user1@example.com");
  CHECK(seen[1].recipient == "user2@example.com");
  CHECK(seen[2].recipient == "user3@example.com");
}

TEST_CASE("parse_message_each: gives what parse_message_at collects, records and warnings") {
  const fs::path dir = fs::path(BOUNCE_SOURCE_DIR) / "corpus";
  std::size_t compared = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ".eml") continue;
    const std::string raw = read_file(e.path());
    const message_ref ref{"m", 2};
    auto collected = parse_message_at(raw, ref, options{});
    std::vector<std::string> recipients;
    auto summary = parse_message_each(raw, ref, options{},
                                      [&](record& rec) { recipients.push_back(rec.recipient); });
    INFO(e.path().string());
    REQUIRE(bool(collected) == bool(summary));
    if (!summary) continue;
    CHECK(summary->records == recipients.size());
    CHECK(summary->warnings == collected->warnings);
    REQUIRE(collected->records.size() == recipients.size());
    for (std::size_t i = 0; i < recipients.size(); ++i)
      CHECK(collected->records[i].recipient == recipients[i]);
    ++compared;
  }
  CHECK(compared > 50);
}

TEST_CASE("parse_message_each: records the options leave out are neither given nor counted") {
  const std::string raw = dsn_with({"delivered", "failed", "delivered"});
  options opt;
  opt.include_delivered = false;
  std::vector<std::string> recipients;
  auto summary = parse_message_each(raw, message_ref{}, opt,
                                    [&](record& rec) { recipients.push_back(rec.recipient); });
  REQUIRE(summary);
  CHECK(summary->records == 1);
  CHECK(recipients == std::vector<std::string>{"user2@example.com"});
}

TEST_CASE("parse_message_each: the recipient cap holds, and says so") {
  const std::string raw = dsn_with(std::vector<std::string>(5, "failed"));
  options opt;
  opt.limits.max_recipients = 2;
  std::size_t calls = 0;
  auto summary = parse_message_each(raw, message_ref{}, opt, [&](record& rec) {
    ++calls;
    CHECK(std::find(rec.warnings.begin(), rec.warnings.end(), "truncated_recipients") !=
          rec.warnings.end());
  });
  REQUIRE(summary);
  CHECK(calls == 2);
  CHECK(summary->records == 2);
  CHECK(std::find(summary->warnings.begin(), summary->warnings.end(), "truncated_recipients") !=
        summary->warnings.end());
}

TEST_CASE("parse_message_each: an error gives no record") {
  const std::string raw = dsn_with({"failed"});
  options opt;
  opt.limits.max_message_bytes = 100;
  std::size_t calls = 0;
  auto summary = parse_message_each(raw, message_ref{}, opt, [&](record&) { ++calls; });
  REQUIRE_FALSE(summary);
  CHECK(summary.error() == errc::message_too_large);
  CHECK(calls == 0);
}

TEST_CASE("parse_message_each: provider events keep their own positions") {
  // The expected records of the Postmark sample name each event's position in the file.
  const fs::path dir = fs::path(BOUNCE_SOURCE_DIR) / "corpus" / "esp" / "postmark";
  std::vector<std::size_t> want;
  std::istringstream expected(read_file(dir / "webhooks.expected.jsonl"));
  for (std::string line; std::getline(expected, line);) {
    const std::string key = "\"message_index\":";
    const std::size_t at = line.find(key);
    REQUIRE(at != std::string::npos);
    want.push_back(std::stoul(line.substr(at + key.size())));
  }
  std::vector<std::size_t> positions;
  auto summary = parse_message_each(read_file(dir / "webhooks.ndjson"),
                                    message_ref{"events.json", 99}, options{}, [&](record& rec) {
                                      CHECK(rec.source == "events.json");
                                      positions.push_back(rec.message_index);
                                    });
  REQUIRE(summary);
  CHECK(summary->records == positions.size());
  CHECK(positions == want);
  CHECK(want.size() > 3);
}
