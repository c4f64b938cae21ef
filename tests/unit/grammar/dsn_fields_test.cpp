// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/dsn.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

using bounce::action_kind;
using bounce::status_code;
using bounce::grammar::dsn_field;
using bounce::grammar::dsn_message;
using bounce::grammar::dsn_recipient;
using bounce::grammar::parse_dsn;

namespace {

bool has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}
const dsn_field* extra(const std::vector<dsn_field>& v, std::string_view name) {
  for (auto const& f : v)
    if (f.name == name) return &f;
  return nullptr;
}
std::string crlf(std::string_view lf) {
  std::string out;
  for (char c : lf) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

constexpr std::string_view multi_recipient =
    "Reporting-MTA: dns; mx.example.org\n"
    "X-Postfix-Queue-ID: 4ABC\n"
    "X-Postfix-Sender: rfc822; s@example.org\n"
    "Arrival-Date: Wed, 16 Oct 2013 14:15:35 +0900\n"
    "Received-From-MTA: dns; client.example.org\n"
    "Original-Envelope-Id: 0123456789\n"
    "\n"
    "Final-Recipient: rfc822; a@example.com\n"
    "Original-Recipient: rfc822;A@example.com\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Remote-MTA: dns; mx.example.com\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <a@example.com>: Recipient address\n"
    "    rejected: User unknown\n"
    "Last-Attempt-Date: Wed, 16 Oct 2013 14:15:36 +0900\n"
    "Final-Log-ID: 4ABC/1\n"
    "\n"
    "Final-Recipient: rfc822; b@example.com\n"
    "Action: delayed\n"
    "Status: 4.2.2\n"
    "Diagnostic-Code: X-Unix; mailbox full\n"
    "Will-Retry-Until: Fri, 18 Oct 2013 14:15:35 +0900\n"
    "X-Actual-Recipient: rfc822; bb@example.com\n";

void check_multi_recipient(const dsn_message& m) {
  CHECK(m.reporting_mta == "mx.example.org");
  CHECK(m.received_from_mta == "client.example.org");
  CHECK(m.arrival_date == "2013-10-16T14:15:35+09:00");
  CHECK(m.original_envelope_id == "0123456789");
  REQUIRE(m.extra.size() == 2);
  CHECK(m.extra[0].name == "X-Postfix-Queue-ID");
  CHECK(m.extra[0].value == "4ABC");
  CHECK(m.extra[1].value == "rfc822; s@example.org");
  CHECK(m.warnings.empty());
  REQUIRE(m.recipients.size() == 2);

  const dsn_recipient& a = m.recipients[0];
  CHECK(a.final_recipient == "a@example.com");
  CHECK(a.original_recipient == "A@example.com");
  CHECK(a.action == action_kind::failed);
  CHECK(a.action_raw == "failed");
  CHECK(a.status == status_code{5, 1, 1});
  CHECK(a.status_raw == "5.1.1");
  CHECK(a.remote_mta == "mx.example.com");
  CHECK(a.diagnostic_type == "SMTP");
  CHECK(a.diagnostic == "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown");
  CHECK(a.last_attempt_date == "2013-10-16T14:15:36+09:00");
  CHECK(a.final_log_id == "4ABC/1");
  CHECK(a.extra.empty());
  CHECK(a.warnings.empty());

  const dsn_recipient& b = m.recipients[1];
  CHECK(b.final_recipient == "b@example.com");
  CHECK(b.original_recipient.empty());
  CHECK(b.action == action_kind::delayed);
  CHECK(b.status == status_code{4, 2, 2});
  CHECK(b.diagnostic_type == "X-UNIX");
  CHECK(b.diagnostic == "mailbox full");
  CHECK(b.will_retry_until == "2013-10-18T14:15:35+09:00");
  CHECK(b.last_attempt_date.empty());
  REQUIRE(b.extra.size() == 1);
  CHECK(b.extra[0].name == "X-Actual-Recipient");
  CHECK(b.extra[0].value == "rfc822; bb@example.com");
}

}  // namespace

TEST_SUITE("grammar/dsn_fields") {
  TEST_CASE("per-message group and two recipients") {
    check_multi_recipient(parse_dsn(multi_recipient));
  }

  TEST_CASE("CRLF line endings give the same result") {
    std::string const body = crlf(multi_recipient);
    check_multi_recipient(parse_dsn(body));
  }

  TEST_CASE("blank lines made of white space separate groups") {
    std::string body(multi_recipient);
    body.replace(body.find("\n\nFinal-Recipient: rfc822; b"), 2, "\n \t \nX");
    body.replace(body.find("XFinal"), 1, "");
    check_multi_recipient(parse_dsn(body));
  }

  TEST_CASE("empty and blank bodies") {
    CHECK(parse_dsn("").recipients.empty());
    CHECK(parse_dsn("\n\n  \n").recipients.empty());
    dsn_message m = parse_dsn("Reporting-MTA: dns; x.example\n");
    CHECK(m.reporting_mta == "x.example");
    CHECK(m.recipients.empty());
  }

  TEST_CASE("missing per-message group") {
    dsn_message m = parse_dsn(
        "\n"
        "Final-Recipient: rfc822; a@example.com\n"
        "Action: failed\n"
        "Status: 5.0.0\n");
    CHECK(m.reporting_mta.empty());
    REQUIRE(m.recipients.size() == 1);
    CHECK(m.recipients[0].final_recipient == "a@example.com");
    CHECK(m.recipients[0].status == status_code{5, 0, 0});
  }

  TEST_CASE("single group - per-message fields followed by several recipients") {
    dsn_message m = parse_dsn(
        "Reporting-MTA: dns; mx.example.org\n"
        "Arrival-Date: Wed, 16 Oct 2013 14:15:35 +0900\n"
        "Final-Recipient: rfc822; a@example.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Final-Recipient: rfc822; b@example.com\n"
        "Action: failed\n"
        "Status: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 full\n");
    CHECK(m.reporting_mta == "mx.example.org");
    CHECK(m.arrival_date == "2013-10-16T14:15:35+09:00");
    REQUIRE(m.recipients.size() == 2);
    CHECK(m.recipients[0].final_recipient == "a@example.com");
    CHECK(m.recipients[0].status == status_code{5, 1, 1});
    CHECK(m.recipients[0].diagnostic.empty());
    CHECK(m.recipients[1].final_recipient == "b@example.com");
    CHECK(m.recipients[1].status == status_code{5, 2, 2});
    CHECK(m.recipients[1].diagnostic == "552 5.2.2 full");
  }

  TEST_CASE("single group - Original-Recipient before Final-Recipient, twice") {
    dsn_message m = parse_dsn(
        "Original-Recipient: rfc822; a@example.com\n"
        "Final-Recipient: rfc822; a@example.net\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Original-Recipient: rfc822; b@example.com\n"
        "Final-Recipient: rfc822; b@example.net\n"
        "Action: failed\n"
        "Status: 5.1.2\n");
    REQUIRE(m.recipients.size() == 2);
    CHECK(m.recipients[0].original_recipient == "a@example.com");
    CHECK(m.recipients[0].final_recipient == "a@example.net");
    CHECK(m.recipients[1].original_recipient == "b@example.com");
    CHECK(m.recipients[1].final_recipient == "b@example.net");
    CHECK(m.recipients[1].status == status_code{5, 1, 2});
  }

  TEST_CASE("single group - Final-Recipient after per-message fields starts a new recipient") {
    dsn_message m = parse_dsn(
        "Action: failed\n"
        "Status: 5.0.0\n"
        "Reporting-MTA: dns; mx.example.org\n"
        "Final-Recipient: rfc822; b@example.com\n"
        "Action: delayed\n");
    CHECK(m.reporting_mta == "mx.example.org");
    REQUIRE(m.recipients.size() == 2);
    CHECK(m.recipients[0].final_recipient.empty());
    CHECK(m.recipients[0].action == action_kind::failed);
    CHECK(m.recipients[1].final_recipient == "b@example.com");
    CHECK(m.recipients[1].action == action_kind::delayed);
  }

  TEST_CASE("a group with only Original-Recipient uses that address") {
    dsn_message m = parse_dsn(
        "Reporting-MTA: dns; mx.example.org\n"
        "\n"
        "Original-Recipient: rfc822; <orig@example.com>\n"
        "Action: failed\n"
        "Status: 5.1.1\n");
    REQUIRE(m.recipients.size() == 1);
    CHECK(m.recipients[0].final_recipient == "orig@example.com");
    CHECK(m.recipients[0].original_recipient == "orig@example.com");
  }

  TEST_CASE("field quirks - no type, no space, comments") {
    dsn_message m = parse_dsn(
        "final-recipient: <a@example.com>\n"
        "ACTION: failed (bad address)\n"
        "Status : 5.0.0 (permanent failure)\n"
        "Diagnostic-Code: smtp;550 no such user\n"
        "Remote-MTA: DNS; mx.example.com\n"
        "\n"
        "Final-Recipient: rfc822;b@example.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n");
    REQUIRE(m.recipients.size() == 2);
    const dsn_recipient& a = m.recipients[0];
    CHECK(a.final_recipient == "a@example.com");
    CHECK(a.action == action_kind::failed);
    CHECK(a.action_raw == "failed (bad address)");
    CHECK(a.status == status_code{5, 0, 0});
    CHECK(a.status_raw == "5.0.0 (permanent failure)");
    CHECK(a.diagnostic_type == "SMTP");
    CHECK(a.diagnostic == "550 no such user");
    CHECK(a.remote_mta == "mx.example.com");
    CHECK(a.warnings.empty());
    CHECK(m.recipients[1].final_recipient == "b@example.com");
  }

  TEST_CASE("folded Diagnostic-Code over several lines") {
    dsn_message m = parse_dsn(
        "Final-Recipient: rfc822; a@gmail.example\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp;\n"
        "  550-5.1.1 The email account that you tried to reach does not exist.\n"
        "\t550-5.1.1 Please try double-checking the recipient's email address\n"
        " 550 5.1.1 https://support.example/?p=NoSuchUser x1si\r\n"
        "Last-Attempt-Date: Wed, 16 Oct 2013 14:15:36 +0900\n");
    REQUIRE(m.recipients.size() == 1);
    CHECK(m.recipients[0].diagnostic_type == "SMTP");
    CHECK(m.recipients[0].diagnostic ==
          "550-5.1.1 The email account that you tried to reach does not exist. "
          "550-5.1.1 Please try double-checking the recipient's email address "
          "550 5.1.1 https://support.example/?p=NoSuchUser x1si");
    CHECK(m.recipients[0].last_attempt_date == "2013-10-16T14:15:36+09:00");
  }

  TEST_CASE("unindented continuation lines - kept for Diagnostic-Code, ignored elsewhere") {
    dsn_message m = parse_dsn(
        "Final-Recipient: rfc822; a@example.com\n"
        "Action: failed\n"
        "junk line without a colon\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 Requested action not taken:\n"
        "mailbox unavailable, see\n"
        "http://x.example/\n"
        "Learn more: at the help page\n"
        "X-Postfix-Foo: bar\n");
    REQUIRE(m.recipients.size() == 1);
    const dsn_recipient& a = m.recipients[0];
    CHECK(a.status == status_code{5, 1, 1});
    CHECK(a.diagnostic ==
          "550 5.1.1 Requested action not taken: mailbox unavailable, see http://x.example/ "
          "Learn more: at the help page");
    REQUIRE(a.extra.size() == 1);
    CHECK(a.extra[0].name == "X-Postfix-Foo");
    CHECK(a.warnings.empty());
  }

  TEST_CASE("a blank line inside a diagnostic - the next lines still belong to it") {
    dsn_message m = parse_dsn(
        "Final-Recipient: rfc822; a@example.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <a@example.com>: Recipient address rejected:\n"
        "\n"
        "    User unknown in virtual mailbox table\n");
    REQUIRE(m.recipients.size() == 1);
    CHECK(m.recipients[0].diagnostic ==
          "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual mailbox "
          "table");
  }

  TEST_CASE("unparsable fields are kept raw with a warning") {
    dsn_message m = parse_dsn(
        "Reporting-MTA: mx.example.org\n"
        "Arrival-Date: sometime yesterday\n"
        "\n"
        "Final-Recipient: rfc822; a@example.com\n"
        "Action: bounced\n"
        "Status: 5.1\n"
        "Remote-MTA: mx.example.com\n"
        "Diagnostic-Code: 550 user unknown\n"
        "Last-Attempt-Date: not a date\n");
    CHECK(m.reporting_mta == "mx.example.org");
    CHECK(m.arrival_date.empty());
    REQUIRE(extra(m.extra, "Arrival-Date"));
    CHECK(extra(m.extra, "Arrival-Date")->value == "sometime yesterday");
    CHECK(has(m.warnings, "field_unparsed:reporting-mta"));
    CHECK(has(m.warnings, "field_unparsed:arrival-date"));

    REQUIRE(m.recipients.size() == 1);
    const dsn_recipient& a = m.recipients[0];
    CHECK_FALSE(a.action.has_value());
    CHECK(a.action_raw == "bounced");
    CHECK_FALSE(a.status.has_value());
    CHECK(a.status_raw == "5.1");
    CHECK(a.remote_mta == "mx.example.com");
    CHECK(a.diagnostic_type.empty());
    CHECK(a.diagnostic == "550 user unknown");
    CHECK(a.last_attempt_date.empty());
    REQUIRE(extra(a.extra, "Last-Attempt-Date"));
    CHECK(has(a.warnings, "field_unparsed:action"));
    CHECK(has(a.warnings, "field_unparsed:status"));
    CHECK(has(a.warnings, "field_unparsed:remote-mta"));
    CHECK(has(a.warnings, "field_unparsed:diagnostic-code"));
    CHECK(has(a.warnings, "field_unparsed:last-attempt-date"));
    CHECK(a.warnings.size() == 5);
  }

  TEST_CASE("an empty address gives a warning and no address") {
    dsn_message m = parse_dsn(
        "Final-Recipient: rfc822; <>\n"
        "Action: failed\n");
    REQUIRE(m.recipients.size() == 1);
    CHECK(m.recipients[0].final_recipient.empty());
    CHECK(has(m.recipients[0].warnings, "field_unparsed:final-recipient"));
  }

  TEST_CASE("X- and unknown fields are passed through at both levels") {
    dsn_message m = parse_dsn(
        "X-Mailer-Daemon: 1.0\n"
        "Reporting-MTA: dns; mx.example.org\n"
        "Something-Else: yes\n"
        "\n"
        "X-Before: first\n"
        "Final-Recipient: rfc822; a@example.com\n"
        "X-Postfix-Foo: folded\n"
        "  value\n"
        "Action: failed\n"
        "Status: 5.0.0\n"
        "Status: 5.1.1\n");
    REQUIRE(m.extra.size() == 2);
    CHECK(m.extra[0].name == "X-Mailer-Daemon");
    CHECK(m.extra[1].name == "Something-Else");
    REQUIRE(m.recipients.size() == 1);
    const dsn_recipient& a = m.recipients[0];
    REQUIRE(a.extra.size() == 3);
    CHECK(a.extra[0].name == "X-Before");
    CHECK(a.extra[1].name == "X-Postfix-Foo");
    CHECK(a.extra[1].value == "folded value");
    CHECK(a.extra[2].name == "Status");  // a duplicate is kept, the first one wins
    CHECK(a.status == status_code{5, 0, 0});
  }

  TEST_CASE("stray per-recipient fields after a blank line join the previous recipient") {
    dsn_message m = parse_dsn(
        "Final-Recipient: rfc822; a@example.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "\n"
        "Remote-MTA: dns; mx.example.com\n"
        "Diagnostic-Code: smtp; 550 no such user\n");
    REQUIRE(m.recipients.size() == 1);
    CHECK(m.recipients[0].remote_mta == "mx.example.com");
    CHECK(m.recipients[0].diagnostic == "550 no such user");
  }

  TEST_CASE("global DSN with utf-8 addresses (RFC 6533)") {
    dsn_message m = parse_dsn(
        "Reporting-MTA: dns; mx.example.org\n"
        "\n"
        "Original-Recipient: utf-8; j\\x{F6}rg@example.de\n"
        "Final-Recipient: utf-8; \xe7\x94\xa8\xe6\x88\xb7@\xe4\xbe\x8b\xe5\xad\x90.example\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 \xe7\x94\xa8\xe6\x88\xb7 unknown\n");
    REQUIRE(m.recipients.size() == 1);
    const dsn_recipient& a = m.recipients[0];
    CHECK(a.original_recipient == "j\xc3\xb6rg@example.de");
    CHECK(a.final_recipient == "\xe7\x94\xa8\xe6\x88\xb7@\xe4\xbe\x8b\xe5\xad\x90.example");
    CHECK(a.diagnostic == "550 5.1.1 \xe7\x94\xa8\xe6\x88\xb7 unknown");
    CHECK(a.warnings.empty());
  }

  TEST_CASE("binary junk does not crash and yields no recipient") {
    std::string junk;
    for (int i = 0; i < 512; ++i) junk.push_back(static_cast<char>((i * 37) & 0xFF));
    dsn_message m = parse_dsn(junk);
    CHECK(m.recipients.size() <= 1);
  }
  TEST_CASE("bounded reading: max_recipients, one group's repeated fields, a long fold") {
    std::string body = "Reporting-MTA: dns; mx.example.net\n";
    for (int i = 0; i < 50; ++i)
      body += "\nFinal-Recipient: rfc822; u" + std::to_string(i) + "@example.org\nStatus: 5.1.1\n";
    SUBCASE("groups past the cap are not read, and the result says so") {
      dsn_message m = parse_dsn(body, 10);
      REQUIRE(m.recipients.size() == 10);
      CHECK(m.truncated);
      CHECK(m.recipients[9].final_recipient == "u9@example.org");
      CHECK(m.reporting_mta == "mx.example.net");
      dsn_message all = parse_dsn(body, 50);
      CHECK(all.recipients.size() == 50);
      CHECK_FALSE(all.truncated);
    }
    SUBCASE("a group repeating Status keeps the first and at most 64 extras") {
      std::string one = "Final-Recipient: rfc822; a@example.org\nAction: failed\n";
      for (int i = 0; i < 5000; ++i) one += "Status: 4.2.2\nX-Trace: hop\n";
      one = "Reporting-MTA: dns; mx.example.net\n\n" + one + "Status: 5.1.1\n";
      dsn_message m = parse_dsn(one);
      REQUIRE(m.recipients.size() == 1);
      REQUIRE(m.recipients[0].status);
      CHECK(m.recipients[0].status->cls == 4);
      CHECK(m.recipients[0].extra.size() == 64);
    }
    SUBCASE("several recipients in one group without blank lines, a fold on the last field") {
      dsn_message m = parse_dsn(
          "Final-Recipient: rfc822; a@example.org\nStatus: 5.1.1\n"
          "Final-Recipient: rfc822; b@example.org\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp; 552 mailbox\n  full\n");
      REQUIRE(m.recipients.size() == 2);
      CHECK(m.recipients[1].final_recipient == "b@example.org");
      CHECK(m.recipients[1].diagnostic == "552 mailbox full");
    }
  }
}
