// SPDX-License-Identifier: BSD-2-Clause
// Hostile input, end to end through bounce::parse_message (issue "Hostile input"): every case
// must give a result (records, no records, or a fatal errc) quickly and in bounded memory, never
// a crash, hang or exception, and whatever is printed must be valid JSON in valid UTF-8.
#include "hostile_util.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>

using hostile::any_warning;
using hostile::json_lines_ok;
using hostile::kSlowdown;
using hostile::seconds;

namespace {

const std::string& good_dsn() {
  static const std::string s = hostile::read_sample("corpus/rfc3464/postfix-two-recipients.eml");
  return s;
}

// A multipart/report with the given delivery-status body and one text part.
std::string dsn_with(std::string_view extra_top_headers, std::string_view status_body) {
  std::string m;
  m += "From: MAILER-DAEMON@mx.example\nTo: a@example.org\nSubject: Undelivered Mail\n";
  m += extra_top_headers;
  m += "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
       "boundary=\"B\"\n\n";
  m += "--B\nContent-Type: text/plain\n\nDelivery failed.\n\n";
  m += "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n";
  m += status_body;
  m += "\n--B--\n";
  return m;
}

std::string recipient_group(std::size_t i, std::string_view diagnostic = "550 5.1.1 user unknown") {
  std::string g = "Final-Recipient: rfc822; user" + std::to_string(i) + "@example.net\n";
  g += "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; ";
  g += diagnostic;
  g += "\n\n";
  return g;
}

bounce::parsed_message parse_ok(std::string_view msg, const bounce::options& opt = {}) {
  auto r = bounce::parse_message(msg, opt);
  REQUIRE(r.has_value());
  CHECK(json_lines_ok(*r));
  return *r;
}

}  // namespace

TEST_SUITE("hostile/limits") {
  TEST_CASE("a message over max_message_bytes fails with message_too_large") {
    bounce::options opt;
    opt.limits.max_message_bytes = 1000;
    const std::string msg = good_dsn();
    REQUIRE(msg.size() > 1000);
    auto r = bounce::parse_message(msg, opt);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error() == bounce::errc::message_too_large);
    opt.limits.max_message_bytes = msg.size();  // the limit itself is allowed
    CHECK(bounce::parse_message(msg, opt).has_value());
  }

  TEST_CASE("over the header-line limit the good DSN is read in the flat view, with mime_limits") {
    bounce::options opt;
    opt.limits.max_header_line = 40;
    const auto m = parse_ok(good_dsn(), opt);
    CHECK(any_warning(m, "mime_limits"));
  }

  TEST_CASE("over the parts limit: flat view, warning mime_limits") {
    bounce::options opt;
    opt.limits.max_parts = 2;
    const auto m = parse_ok(good_dsn(), opt);
    CHECK(any_warning(m, "mime_limits"));
  }

  TEST_CASE("over the depth limit: flat view, warning mime_limits") {
    bounce::options opt;
    opt.limits.max_depth = 0;
    const auto m = parse_ok(good_dsn(), opt);
    CHECK(any_warning(m, "mime_limits"));
  }

  TEST_CASE("mime_limits is reported even when the flat view gives no record") {
    std::string msg = "From: a@b\nSubject: s\nContent-Type: multipart/mixed; boundary=b\n\n";
    for (int i = 0; i < 2000; ++i) msg += "--b\nContent-Type: text/plain\n\nhello\n";
    const auto m = parse_ok(msg);
    CHECK(m.records.empty());
    CHECK(hostile::has(m.warnings, "mime_limits"));
  }

  TEST_CASE("recipients over max_recipients are dropped with a warning") {
    bounce::options opt;
    opt.limits.max_recipients = 3;
    std::string groups;
    for (std::size_t i = 0; i < 10; ++i) groups += recipient_group(i);
    const auto m = parse_ok(dsn_with("", groups), opt);
    CHECK(m.records.size() == 3);
    CHECK(any_warning(m, "truncated_recipients"));
  }

  TEST_CASE("a diagnostic over max_diagnostic is cut, on a UTF-8 boundary, with a warning") {
    bounce::options opt;
    opt.limits.max_diagnostic = 101;
    std::string diag = "550 5.1.1 ";
    for (int i = 0; i < 500; ++i) diag += "\xC3\xA9";  // é, two bytes each
    const auto m = parse_ok(dsn_with("", recipient_group(1, diag)), opt);
    REQUIRE(m.records.size() == 1);
    CHECK(m.records[0].diagnostic.size() <= 101);
    CHECK(hostile::valid_utf8(m.records[0].diagnostic));
    CHECK(hostile::has(m.records[0].warnings, "truncated_diagnostic"));
  }

  TEST_CASE("a 1 MB diagnostic with the default limits is cut to 4096 bytes") {
    const auto m =
        parse_ok(dsn_with("", recipient_group(1, "550 5.1.1 " + std::string(1u << 20, 'x'))));
    REQUIRE(m.records.size() == 1);
    CHECK(m.records[0].diagnostic.size() <= 4096);
    CHECK(hostile::has(m.records[0].warnings, "truncated_diagnostic"));
  }
}

TEST_SUITE("hostile/mimetic") {
  TEST_CASE("1 MB and 8 MB header lines in a DSN: fast, no crash") {
    for (std::size_t size : {std::size_t{1} << 20, std::size_t{8} << 20}) {
      CAPTURE(size);
      const std::string msg =
          dsn_with("X-Long: " + std::string(size, 'a') + "\n", recipient_group(1));
      bounce::parsed_message m;
      const double t = seconds([&] { m = parse_ok(msg); });
      CHECK(
          t <
          5.0 *
              kSlowdown);  // a hang guard (the failure modes take 30 s and more), not a speed test
      CHECK(any_warning(m, "mime_limits"));
    }
  }

  TEST_CASE("an 8 MB header line inside a part header") {
    std::string msg = dsn_with("", recipient_group(1));
    msg.insert(msg.find("Content-Type: message/delivery-status"),
               "X-Long: " + std::string(8u << 20, 'b') + "\n");
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg); });
    CHECK(t <
          5.0 *
              kSlowdown);  // a hang guard (the failure modes take 30 s and more), not a speed test
    CHECK(any_warning(m, "mime_limits"));
  }

  TEST_CASE("100k levels of multipart nesting") {
    std::string msg = "From: a@b\nSubject: s\n";
    for (int i = 0; i < 100000; ++i)
      msg += "Content-Type: multipart/mixed; boundary=b" + std::to_string(i) + "\n\n--b" +
             std::to_string(i) + "\n";
    const auto m = parse_ok(msg);
    CHECK(hostile::has(m.warnings, "mime_limits"));
  }

  TEST_CASE("100k levels of message/rfc822 nesting inside a report") {
    std::string inner;
    for (int i = 0; i < 100000; ++i) inner += "Content-Type: message/rfc822\n\n";
    std::string msg = dsn_with("", recipient_group(1));
    msg.insert(msg.find("--B--"), "--B\n" + inner + "\n");
    const auto m = parse_ok(msg);
    CHECK(any_warning(m, "mime_limits"));
  }

  TEST_CASE("part bomb: 200k parts") {
    std::string msg = "From: a@b\nSubject: s\nContent-Type: multipart/mixed; boundary=b\n\n";
    for (int i = 0; i < 200000; ++i) msg += "--b\n\nx\n";
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg); });
    CHECK(t <
          5.0 *
              kSlowdown);  // a hang guard (the failure modes take 30 s and more), not a speed test
    CHECK(hostile::has(m.warnings, "mime_limits"));
  }

  TEST_CASE("part bomb: 10 MB of --b lines") {
    std::string msg =
        "From: a@b\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n";
    while (msg.size() < 10000000) msg += "--b\n";
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg); });
    CHECK(t < 10.0 * kSlowdown);  // a hang guard, not a speed test
    CHECK(hostile::has(m.warnings, "mime_limits"));
  }

  TEST_CASE("the length_error reproducers of the pointer path") {
    for (const std::string_view raw : {
             std::string_view("Content-Type: multipart/mixed; boundary=b\n\n\r\n--b"),
             std::string_view("Content-Type:multipart\n\n\r\n--"),
             std::string_view(
                 "Content-Type: multipart/mixed; boundary=b\n\n--b\nA: b\n\n\r\n--b--\n"),
         }) {
      auto r = bounce::parse_message(raw);
      if (r) CHECK(json_lines_ok(*r));
    }
  }
}

TEST_SUITE("hostile/bytes") {
  TEST_CASE("NUL bytes in headers and bodies") {
    const std::string& good = good_dsn();
    for (const std::string_view at :
         {"Subject: ", "Final-Recipient: rfc822; ", "Diagnostic-Code: smtp; 550",
          "Status: ", "This is the mail", "boundary=\"", "Content-Type: "}) {
      CAPTURE(at);
      std::string msg = good;
      const std::size_t p = msg.find(at);
      REQUIRE(p != std::string::npos);
      msg.insert(p + at.size(), std::string("\0\0x\0", 4));
      auto r = bounce::parse_message(msg);
      if (r) CHECK(json_lines_ok(*r));
    }
    std::string all_nul = good;  // every space a NUL
    for (char& c : all_nul)
      if (c == ' ') c = '\0';
    auto r = bounce::parse_message(all_nul);
    if (r) CHECK(json_lines_ok(*r));
  }

  TEST_CASE("invalid UTF-8 everywhere gives valid UTF-8 JSON") {
    const std::string& good = good_dsn();
    const std::string_view bad[] = {"\xFF",     "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                                    "\xE2\x82", "\x80\x80"};
    for (std::size_t k = 0; k < std::size(bad); ++k) {
      std::string msg;
      for (std::size_t i = 0; i < good.size(); ++i) {  // after every letter 'e' in the message
        msg.push_back(good[i]);
        if (good[i] == 'e') msg += bad[k];
      }
      CAPTURE(k);
      auto r = bounce::parse_message(msg);
      if (r) CHECK(json_lines_ok(*r));
    }
    // and in the values the records carry
    std::string msg = good;
    for (const std::string_view at :
         {"alice.nguyen", "User unknown", "mx1.example.net", "relay1"}) {
      std::size_t p = 0;
      while ((p = msg.find(at, p)) != std::string::npos) {
        msg.insert(p + 2, "\xFE\xC3(\xF0\x28\x8C");
        p += at.size() + 6;
      }
    }
    auto r = bounce::parse_message(msg);
    REQUIRE(r.has_value());
    std::string json;
    REQUIRE(json_lines_ok(*r, &json));
    CHECK(r->records.size() == 2);
    CHECK(json.find("invalid_utf8") != std::string::npos);  // U+FFFD replaced them, and it says so
  }

  TEST_CASE("garbage base64 parts") {
    std::string msg = good_dsn();
    const std::string ds = "Content-Type: message/delivery-status\n";
    msg.replace(msg.find(ds), ds.size(), ds + "Content-Transfer-Encoding: base64\n");
    msg.replace(msg.find("Content-Transfer-Encoding: 8bit\n\nThis is the mail"), 33,
                "Content-Transfer-Encoding: base64\n\n!!==\xFF" + std::string(1, '\0') + "==AB=C");
    auto m = parse_ok(msg);
    (void)m;
    std::string bomb = "From: a@b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n";
    for (int i = 0; i < 100000; ++i) bomb += "====\x01\xFF*&^%$#@!~`\n";
    parse_ok(bomb);
  }
}

TEST_SUITE("hostile/shape") {
  TEST_CASE("200,000 recipients in one DSN: bounded output, a warning, reasonable time") {
    std::string groups;  // lean groups, so the message stays under the default size limit
    for (std::size_t i = 0; i < 200000; ++i)
      groups += "Final-Recipient: rfc822;u" + std::to_string(i) + "@x\nStatus: 5.1.1\n\n";
    const std::string msg = dsn_with("", groups);
    REQUIRE(msg.size() < (10u << 20));
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg); });
    MESSAGE("200k recipients: ", t, " s, ", msg.size(), " bytes");
    CHECK(t < 10.0 * kSlowdown);
    CHECK(m.records.size() == bounce::limits{}.max_recipients);
    CHECK(any_warning(m, "truncated_recipients"));
  }

  TEST_CASE("a Sendmail notice with 1,000 recipients and sessions, none with its own reply") {
    // Each recipient without a reply of its own takes the transcript's sessions that are not
    // another's: read once for all of them, not once per recipient (quadratic before).
    std::string list, sessions, groups;
    for (int i = 0; i < 1000; ++i) {
      const std::string rcpt = "u" + std::to_string(i) + "@h" + std::to_string(i) + ".example.org";
      list += rcpt + "\n";
      sessions += "... while talking to [192.0.2." + std::to_string(i % 250) +
                  "]:\n>>> DATA\n<<< 450 4.7.1 Greylisted, try later " + std::to_string(i) + "\n";
      groups += "Final-Recipient: RFC822; " + rcpt + "\nAction: failed\nStatus: 4.4.7\n\n";
    }
    const std::string msg =
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mta.example.com>\n"
        "Subject: Returned mail: see transcript for details\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\n\n   ----- The following addresses had permanent fatal errors -----\n" +
        list + "\n   ----- Transcript of session follows -----\n" + sessions +
        "\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mta.example.com\n\n" +
        groups + "--B--\n";
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg); });
    MESSAGE("1,000 Sendmail sessions: ", t, " s, ", msg.size(), " bytes");
    CHECK(t < 10.0 * kSlowdown);
    CHECK(m.records.size() == 1000);
  }

  TEST_CASE("a report of 10,000 members of one expanded alias") {
    // Sendmail writes one group per alias member (the alias as Final-Recipient, the member as
    // X-Actual-Recipient): each member is a record, found in one pass over the groups.
    std::string groups;
    for (int i = 0; i < 10000; ++i)
      groups += "Final-Recipient: rfc822; team@example.org\nX-Actual-Recipient: rfc822; m" +
                std::to_string(i) + "@example.net\nAction: failed\nStatus: 5.1.1\n\n";
    const std::string msg =
        "From: MAILER-DAEMON@mta.example.org\nSubject: Returned mail\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\n\nfailed\n--B\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mta.example.org\n\n" +
        groups + "--B--\n";
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg); });
    MESSAGE("10,000 alias members: ", t, " s");
    CHECK(t < 10.0 * kSlowdown);  // a hang guard, not a speed test
    REQUIRE(m.records.size() == 10000);
    CHECK(m.records.front().recipient == "m0@example.net");
    CHECK(m.records.front().original_recipient == "team@example.org");
    CHECK(m.records.back().recipient == "m9999@example.net");
  }

  TEST_CASE("a Sendmail report of 5,000 programs with 40,000 status lines") {
    // Each recipient's exit code alone in its Diagnostic-Code: its status lines come from one
    // reading of the transcript, capped per recipient (each recipient read all of them once).
    std::string transcript, groups;
    for (int i = 0; i < 5000; ++i) {
      const std::string prog = "\"|/usr/bin/p" + std::to_string(i) + "\"";
      transcript += "550 5.0.0 " + prog + "... Insufficient permission\n";
      groups += "Final-Recipient: RFC822; u" + std::to_string(i) +
                "@example.net\nX-Actual-Recipient: X-Unix; |/usr/bin/p" + std::to_string(i) +
                "\nAction: failed\nStatus: 5.3.0\nDiagnostic-Code: X-Unix; 77\n\n";
    }
    for (int i = 0; i < 35000; ++i) transcript += "554 5.3.0 mailer error\n";
    const std::string msg =
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mta.example.com>\n"
        "Subject: Returned mail: see transcript for details\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\n\n   ----- Transcript of session follows -----\n" +
        transcript +
        "\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mta.example.com\n\n" +
        groups + "--B--\n";
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg); });
    MESSAGE("5,000 programs, 40,000 status lines: ", t, " s, ", msg.size(), " bytes");
    CHECK(t < 10.0 * kSlowdown);  // a hang guard, not a speed test
    REQUIRE(m.records.size() == 5000);
    CHECK(m.records[7].diagnostic == "550 5.0.0 \"|/usr/bin/p7\"... Insufficient permission");
    for (const auto& r : m.records) CHECK(r.diagnostic.size() <= 20000);
  }

  TEST_CASE("an Exim notice of 5,000 pipes, each with its own output section") {
    std::string list, sections;
    for (int i = 0; i < 5000; ++i) {
      const std::string n = std::to_string(i);
      list += "  pipe to |/usr/bin/deliver\n    generated by u" + n +
              "@example.net\n    local delivery failed\n";
      sections += "------ pipe to |/usr/bin/deliver\n       generated by u" + n +
                  "@example.net ------\n\noutput of " + n + "\n\n";
    }
    const std::string msg =
        "From: Mail Delivery System <Mailer-Daemon@mta.example.net>\n"
        "Subject: Mail delivery failed: returning message to sender\n\n"
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n" +
        list + "\nThe following text was generated during the delivery attempts:\n\n" + sections;
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg); });
    MESSAGE("5,000 Exim pipes: ", t, " s, ", msg.size(), " bytes");
    CHECK(t < 10.0 * kSlowdown);  // a hang guard, not a speed test
    REQUIRE(m.records.size() == 5000);
    CHECK(m.records[42].recipient == "u42@example.net");
    CHECK(m.records[42].diagnostic == "output of 42");
  }

  TEST_CASE("a German notice listing 20,000 recipients above one reason") {
    std::string list;
    for (int i = 0; i < 20000; ++i) list += "    u" + std::to_string(i) + "@posteingang.example\n";
    const std::string msg =
        "From: Mail Delivery System <MAILER-DAEMON@mx.posteingang.example>\n"
        "To: angebote@example.com\nSubject: Unzustellbar\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Dies ist eine automatisch erstellte Nachricht des Mailservers.\n\n"
        "Ihre Nachricht konnte an die folgenden Empf\xc3\xa4nger nicht zugestellt werden:\n\n" +
        list + "\nGrund: Benutzer unbekannt.\n";
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg); });
    MESSAGE("20,000 listed recipients: ", t, " s, ", msg.size(), " bytes");
    CHECK(t < 10.0 * kSlowdown);         // a hang guard: each address once looked at the whole list
    REQUIRE(m.records.size() == 10000);  // the default recipient limit
    for (std::size_t i : {std::size_t{0}, std::size_t{9999}}) {
      CAPTURE(i);
      CHECK(m.records[i].diagnostic == "Grund: Benutzer unbekannt.");
    }
  }

  TEST_CASE("a notice in no known format listing 10,000 entries in one paragraph") {
    // Each recipient's diagnostic lookups read the whole paragraph: within a budget, past which
    // each keeps the line it was found on (5,000 took 5 s before).
    const auto address = [](std::size_t i) {
      std::string a = "u";
      a += std::to_string(i);
      a += "@example.org";
      return a;
    };
    std::string msg =
        "From: MAILER-DAEMON@mx.example.org\nTo: s@example.com\nSubject: Undelivered Mail\n\n"
        "Delivery failed for the following recipients:\n\n";
    for (std::size_t i = 0; i < 10000; ++i) {
      msg += "Message not delivered to ";
      msg += address(i);
      msg += " because the mailbox is unavailable\n";
    }
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg); });
    MESSAGE("10,000 entries in one paragraph: ", t, " s, ", msg.size(), " bytes");
    CHECK(t < 10.0 * kSlowdown);
    REQUIRE(m.records.size() == 10000);
    for (std::size_t i : {std::size_t{0}, std::size_t{9999}}) {
      CAPTURE(i);
      CHECK(m.records[i].recipient == address(i));
      CHECK(m.records[i].diagnostic.find(address(i)) != std::string::npos);
      CHECK(m.records[i].diagnostic.find("mailbox is unavailable") != std::string::npos);
    }
  }

  TEST_CASE("a notice whose text is 2.5 MB of separators, part headers and header-like lines") {
    // Each of them makes the lookup of a quoted returned message check the lines after it:
    // that must stay one pass, however many there are.
    std::string text;
    for (int i = 0; i < 20000; ++i) {
      text.append("--- copy ").append(std::to_string(i));
      text.append(
          " ---\nReceived: from a by b\nlost fold\nX-A: 1\n\nReceived: x\nReceived: y\n"
          "Content-Type: message/rfc822\n\nReceived: z\nx\n");
    }
    const std::string msg =
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
        "To: sender@example.com\nSubject: Undelivered Mail Returned to Sender\n"
        "X-Failed-Recipients: bob@example.org\n\n"
        "Delivery to bob@example.org failed: 550 5.1.1 User unknown\n\n" +
        text;
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg); });
    MESSAGE("2.5 MB of separators and header-like lines: ", t, " s, ", msg.size(), " bytes");
    CHECK(t < 5.0 * kSlowdown);
    REQUIRE(m.records.size() == 1);
    CHECK(m.records[0].original_message_id.empty());  // no block names a message
  }

  TEST_CASE("a real DSN cut at every 97th byte") {
    const std::string& good = good_dsn();
    int parsed = 0;
    for (std::size_t cut = 0; cut <= good.size(); cut += 97) {
      CAPTURE(cut);
      // exactly sized heap copy so ASan sees an over-read
      std::unique_ptr<char[]> exact(new char[cut ? cut : 1]);
      std::copy(good.data(), good.data() + cut, exact.get());
      auto r = bounce::parse_message(std::string_view(exact.get(), cut));
      if (!r) {
        CHECK(r.error() == bounce::errc::not_a_message);
        continue;
      }
      ++parsed;
      CHECK(json_lines_ok(*r));
      CHECK(r->records.size() <= 2);
    }
    CHECK(parsed > 0);
  }

  TEST_CASE("empty input, blank input, junk") {
    for (const std::string_view in :
         {std::string_view(), std::string_view("\n\n\n"), std::string_view("\0", 1),
          std::string_view("\xFF\xFE\x00\x01", 4), std::string_view("--b\n--b--\n")}) {
      auto r = bounce::parse_message(in);
      if (r)
        CHECK(json_lines_ok(*r));
      else
        CHECK(r.error() == bounce::errc::not_a_message);
    }
    auto r = bounce::parse_message({});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error() == bounce::errc::not_a_message);
  }

  TEST_CASE("a message of only headers") {
    const std::string& good = good_dsn();
    const std::string headers = good.substr(0, good.find("\n\n") + 1);
    const auto m = parse_ok(headers);
    CHECK(m.records.empty());
    parse_ok(headers + "\n");
    parse_ok("From: a@b");  // no newline at all
  }

  TEST_CASE("a 15 MB bounce with a big base64 attachment is fast") {
    std::string msg = good_dsn();
    std::string att =
        "--4fQm2Y6TxPz9tKc.1772439267/relay1.example.com\nContent-Type: application/octet-stream\n"
        "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=big.bin\n\n";
    const std::string line = std::string(76, 'Q') + "\n";
    while (att.size() < (15u << 20)) att += line;
    msg.insert(msg.rfind("--4fQm2Y6TxPz9tKc.1772439267/relay1.example.com--"), att);
    bounce::options opt;
    opt.limits.max_message_bytes = 32u << 20;
    bounce::parsed_message m;
    const double t = seconds([&] { m = parse_ok(msg, opt); });
    MESSAGE("15 MB bounce: ", t, " s");
    CHECK(t <
          5.0 *
              kSlowdown);  // a hang guard (the failure modes take 30 s and more), not a speed test
    CHECK(m.records.size() == 2);
    // with the default limits it is simply too large
    auto big = bounce::parse_message(msg);
    REQUIRE_FALSE(big.has_value());
    CHECK(big.error() == bounce::errc::message_too_large);
  }
}

TEST_SUITE("hostile/classify") {
  TEST_CASE("4 MB of word-gap tails after long words: one pass, no quadratic look-back") {
    // Each " full" is a tail of "mailbox ** full": it is checked backwards over at most six
    // words of at most 256 bytes, never further, however many tails the text has.
    std::string text = "550 ";
    const std::string word(255, 'x');
    while (text.size() < (4u << 20)) text.append(word).append(" full ");
    bounce::classification c;
    const double t = seconds([&] { c = bounce::classify(text); });
    MESSAGE("4 MB of tails: ", t, " s");
    CHECK(t < 2.0 * kSlowdown);
    CHECK(c.reason == bounce::reason_kind::onhold);  // no "mailbox" before any of them
    std::string with_subject = "550 mailbox ";
    with_subject.append(text, 4);
    CHECK(bounce::classify(with_subject).reason == bounce::reason_kind::mailboxfull);
  }
}
