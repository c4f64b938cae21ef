// SPDX-License-Identifier: BSD-2-Clause
// The fields issue 13 adds to every record (docs/record-schema.md): timestamp, sender, the
// correlation keys, VERP decoding, named headers and the token; and the helpers behind them
// (SHA-1, RFC 3339 as epoch seconds).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "support/read_file.hpp"
#include "bounce/parse.hpp"
#include "bounce/timestamp.hpp"
#include "pipeline/finish_record.hpp"
#include "pipeline/sha1.hpp"
#include "pipeline/verp.hpp"

using namespace bounce;
using bounce::testing::read_file;
namespace fs = std::filesystem;

namespace {

const fs::path kSamples = fs::path(BOUNCE_SOURCE_DIR) / "corpus" / "records";

parsed_message parse_sample(std::string_view name, const options& opt = {}) {
  auto r = parse_message(read_file(kSamples / name), opt);
  REQUIRE(r);
  return std::move(*r);
}

}  // namespace

TEST_CASE("sha1_hex: FIPS 180 test vectors, and lengths around the block padding") {
  struct vector {
    std::string input;
    std::string_view digest;
  };
  const vector vectors[] = {
      {"", "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
      {"abc", "a9993e364706816aba3e25717850c26c9cd0d89d"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",  // 56 bytes: two blocks
       "84983e441c3bd26ebaae4aa1f95129e5e54670f1"},
      {std::string(64, 'a'), "0098ba824b5c16427bd7a1122a5a442a25ec644d"},
      {std::string(1000, 'a'), "291e9a6c66994949b57ba5e650361e98fc36b1ba"},
  };
  for (const auto& v : vectors) {
    const auto hex = pipeline::sha1_hex(v.input);
    CHECK(std::string_view(hex.data(), hex.size()) == v.digest);
  }
}

TEST_CASE("parse_rfc3339: epoch seconds and the written offset") {
  struct time_case {
    std::string_view text;
    bool ok;
    long long epoch;
    int offset;
  };
  const time_case cases[] = {
      {"1970-01-01T00:00:00Z", true, 0, 0},
      {"2013-10-16T14:15:35+09:00", true, 1381900535, 540},
      {"2026-03-09T08:02:08+01:00", true, 1773039728, 60},
      {"2000-02-29T23:59:59-05:30", true, 951888599, -330},
      {"2013-10-16T14:15:35.123Z", true, 1381932935, 0},
      {"2013-10-16 14:15:35+09:00", false, 0, 0},
      {"2013-13-16T14:15:35+09:00", false, 0, 0},
      {"2013-10-16T14:15:35", false, 0, 0},
      {"", false, 0, 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto t = parse_rfc3339(c.text);
    REQUIRE(t.has_value() == c.ok);
    if (!t) continue;
    CHECK(t->epoch == c.epoch);
    CHECK(t->offset_minutes == c.offset);
  }
}

TEST_CASE("record_token: Sisimai's token, lower-cased addresses, needs recipient and time") {
  // sha1("\x02news@example.com\x1einfo+sales@example.net\x1e1773039728\x03")
  const std::string want = "c93c6c5b60982c910b11e73f374f3f5da17f2370";
  CHECK(pipeline::record_token("news@example.com", "info+sales@example.net",
                               "2026-03-09T08:02:08+01:00") == want);
  CHECK(pipeline::record_token("News@Example.COM", "INFO+sales@example.net",
                               "2026-03-09T07:02:08Z") == want);
  CHECK(pipeline::record_token("news@example.com", "", "2026-03-09T07:02:08Z").empty());
  CHECK(pipeline::record_token("news@example.com", "a@b.example", "").empty());
}

TEST_CASE("decode_verp: the default forms, prefixes, separator, and addresses that are no VERP") {
  struct verp_case {
    std::string_view address;
    std::vector<std::string> prefixes;
    char separator;
    std::string_view want;
  };
  const verp_case cases[] = {
      {"bounces+user=example.org@sender.example", {}, '=', "user@example.org"},
      {"bounces+first.last=Example.ORG@sender.example", {}, '=', "first.last@example.org"},
      {"prefix-user=example.org@sender.example", {}, '=', "user@example.org"},
      {"list-return-311-jan=example.org@lists.example", {}, '=', "jan@example.org"},
      {"bounce-0000002-1111115-kijitora=libsisimai.org@mx.example.com",
       {},
       '=',
       "kijitora@libsisimai.org"},
      {"list-bounces-jo-ann=example.org@lists.example",
       {"list-bounces-"},
       '=',
       "jo-ann@example.org"},
      {"other+jo=example.org@lists.example", {"list-bounces-"}, '=', ""},
      {"bounces+user%example.org@sender.example", {}, '%', "user@example.org"},
      {"news@sender.example", {}, '=', ""},
      {"bounces+user@sender.example", {}, '=', ""},            // no separator
      {"bounces+=example.org@sender.example", {}, '=', ""},    // no user
      {"bounces+user=localhost@sender.example", {}, '=', ""},  // no dotted domain
      {"+user=example.org@sender.example", {}, '=', ""},       // no prefix
      {"user=example.org@sender.example", {}, '=', ""},        // no prefix delimiter
      {"", {}, '=', ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.address);
    verp_options opt;
    opt.prefixes = c.prefixes;
    opt.separator = c.separator;
    CHECK(pipeline::decode_verp(c.address, opt) == c.want);
  }
  verp_options off;
  off.enabled = false;
  CHECK(pipeline::decode_verp("bounces+user=example.org@sender.example", off).empty());
}

TEST_CASE("Original-Recipient (RFC 3464 2.3.1) is decoded from xtext, with the other keys") {
  options opt;
  opt.headers = {"X-Campaign-Id", "x-campaign-id", "X-Absent"};
  const parsed_message m = parse_sample("original-recipient.eml", opt);
  REQUIRE(m.records.size() == 1);
  const record& r = m.records[0];
  CHECK(r.original_recipient == "info+sales@example.net");  // "info+2Bsales" in the report
  CHECK(r.timestamp == "2026-03-09T08:02:08+01:00");
  CHECK(r.timestamp_source == timestamp_source::arrival_date);
  CHECK(r.sender == "news@example.com");
  CHECK(r.sender_domain == "example.com");
  CHECK(r.destination == "example.net");
  CHECK(r.list_id == "news.example.com");
  CHECK(r.feedback_id == "0042:march:news:example-esp");
  CHECK(r.to == "news@example.com");
  CHECK(r.delivered_to == "news@example.com");
  CHECK(r.verp_recipient.empty());
  CHECK(r.token == "c93c6c5b60982c910b11e73f374f3f5da17f2370");
  // Requested names in order, as asked; a missing header is present with no value.
  REQUIRE(r.headers.size() == 3);
  CHECK(r.headers[0].name == "X-Campaign-Id");
  CHECK(r.headers[0].value == "c-2026-03-march");
  CHECK(r.headers[1].name == "x-campaign-id");
  CHECK(r.headers[1].value == "c-2026-03-march");
  CHECK(r.headers[2].name == "X-Absent");
  CHECK(!r.headers[2].value.has_value());
  // Without --header, no map.
  CHECK(parse_sample("original-recipient.eml").records.at(0).headers.empty());
}

TEST_CASE("envelope_id is the report Original-Envelope-Id, on every record of the report") {
  // Postfix 3.7 report of a message sent with an ENVID (RFC 3461); two recipients.
  auto r = parse_message(read_file(fs::path(BOUNCE_SOURCE_DIR) / "corpus" / "lhost" / "multi" /
                                   "real-postfix-alias-two-unknown.eml"));
  REQUIRE(r);
  REQUIRE(r->records.size() == 2);
  for (const record& rec : r->records) CHECK(rec.envelope_id == "multirx-1796410019");
  // A report without the field, and a text notice, give none.
  CHECK(parse_sample("original-recipient.eml").records.at(0).envelope_id.empty());
}

TEST_CASE("a bounce to a VERP address that names no recipient gives the decoded one") {
  const parsed_message m = parse_sample("verp-no-recipient.eml");
  REQUIRE(m.records.size() == 1);
  const record& r = m.records[0];
  CHECK(r.recipient == "lena.fischer@example.org");
  CHECK(r.verp_recipient == "lena.fischer@example.org");
  CHECK(r.engine == "verp");
  CHECK(r.reason != reason_kind::undefined);  // the notice's text is the evidence
  CHECK(std::find(r.warnings.begin(), r.warnings.end(), "recipient_from_verp") != r.warnings.end());
  CHECK(r.timestamp_source == timestamp_source::date);
  CHECK(r.sender == "bounces+lena.fischer=example.org@sender.example");
  // Turned off, or with a prefix that does not match, there is nobody to report.
  options off;
  off.verp.enabled = false;
  CHECK(parse_sample("verp-no-recipient.eml", off).records.empty());
  options other;
  other.verp.prefixes = {"list-bounces-"};
  CHECK(parse_sample("verp-no-recipient.eml", other).records.empty());
}

TEST_CASE("an ordinary message to a VERP address gives no record") {
  const std::string mail =
      "From: Lena <lena.fischer@example.org>\n"
      "To: bounces+lena.fischer=example.org@sender.example\n"
      "Subject: please unsubscribe me\n"
      "Date: Wed, 11 Mar 2026 18:45:00 +0100\n"
      "\n"
      "Thanks.\n";
  auto r = parse_message(mail);
  REQUIRE(r);
  CHECK(r->records.empty());
}

TEST_CASE("a VERP bounce whose text names addresses no extractor placed gives no record") {
  // Shaped like Sisimai's maildir/not/rb-issue-368-bug: which address failed is not known.
  const std::string notice =
      "Date: Sat, 04 Oct 2025 08:00:07 +0200\n"
      "From: postmaster@mail.example.de\n"
      "To: bounce+xx=example.net@sender.example\n"
      "Subject: email bounce notification\n"
      "\n"
      "Your message was rejected.\n"
      "target mail address: someone-else@example.net\n";
  auto r = parse_message(notice);
  REQUIRE(r);
  for (const record& rec : r->records) CHECK(rec.engine != "verp");
}

TEST_CASE("timestamp falls back to the newest Received: date when Date: is missing") {
  const std::string bounce =
      "Received: from b.example.net by c.example.org; Tue, 10 Mar 2026 10:00:05 +0000\n"
      "Received: from a.example.net by b.example.net; Tue, 10 Mar 2026 11:00:01 +0100\n"
      "Received: from c.example.org by d.example.org; Tue, 10 Mar 2026 12:00:09 +0200\n"
      "From: MAILER-DAEMON@b.example.net\n"
      "To: sender@example.com\n"
      "Subject: Undelivered Mail Returned to Sender\n"
      "X-Failed-Recipients: gone@example.net\n"
      "\n"
      "550 5.1.1 <gone@example.net>: Recipient address rejected: User unknown\n";
  auto r = parse_message(bounce);
  REQUIRE(r);
  REQUIRE(r->records.size() == 1);
  CHECK(r->records[0].timestamp == "2026-03-10T12:00:09+02:00");
  CHECK(r->records[0].timestamp_source == timestamp_source::received);
  CHECK(r->records[0].sender == "sender@example.com");
}

// The figures issue 13 is checked by: on the shared Sisimai corpus, >= 99% of failure records
// have a timestamp and >= 90% a sender.
TEST_CASE("shared corpus: timestamp and sender coverage of failure records") {
  const fs::path shared =
      fs::path(BOUNCE_SOURCE_DIR) / ".." / "shared" / "corpus" / "sisimai" / "maildir" / "bsd";
  if (!fs::is_directory(shared)) {
    MESSAGE("skipped: " << shared << " is not present");
    return;
  }
  std::size_t failures = 0, with_time = 0, with_sender = 0;
  auto walked =
      for_each_message(shared.string(), {}, [&](const message_ref&, result<parsed_message>& m) {
        if (!m) return;
        for (const record& r : m->records) {
          if (r.reason == reason_kind::delivered || r.reason == reason_kind::feedback ||
              r.reason == reason_kind::vacation)
            continue;
          ++failures;
          with_time += !r.timestamp.empty();
          with_sender += !r.sender.empty();
        }
      });
  REQUIRE(walked);
  REQUIRE(failures > 0);
  const double time_pct = 100.0 * with_time / failures, sender_pct = 100.0 * with_sender / failures;
  MESSAGE("failure records: " << failures << ", timestamp " << time_pct << "%, sender "
                              << sender_pct << "%");
  CHECK(time_pct >= 99.0);
  CHECK(sender_pct >= 90.0);
}
