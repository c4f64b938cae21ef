// SPDX-License-Identifier: BSD-2-Clause
#include "mime/report.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "input/input.hpp"
#include "mime/detail.hpp"

using namespace bounce::mime;
using bounce::errc;

namespace {

const bounce::limits kLimits{};

report build(std::string_view msg, const bounce::limits& lim = kLimits) {
  auto r = build_report(msg, lim);
  REQUIRE(r.has_value());
  return std::move(r).value();
}

bool has_warning(const report& r, std::string_view w) {
  return std::find(r.warnings.begin(), r.warnings.end(), w) != r.warnings.end();
}

const std::string kPostfixDsn =
    "From: MAILER-DAEMON@mx.example.com (Mail Delivery System)\n"
    "To: sender@example.org\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    "\tboundary=\"B1/mx.example.com\"\n"
    "\n"
    "This is a MIME-encapsulated message.\n"
    "\n"
    "--B1/mx.example.com\n"
    "Content-Description: Notification\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "This is the mail system at host mx.example.com.\n"
    "<user@example.net>: host mx.example.net said: 550 5.1.1 User unknown\n"
    "\n"
    "--B1/mx.example.com\n"
    "Content-Description: Delivery report\n"
    "Content-Type: message/delivery-status\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "UmVwb3J0aW5nLU1UQTogZG5zOyBteC5leGFtcGxlLmNvbQ0KQXJyaXZhbC1EYXRlOiBNb24sIDEg\n"
    "SmFuIDIwMjQgMDA6MDA6MDAgKzAwMDANCg0KRmluYWwtUmVjaXBpZW50OiByZmM4MjI7IHVzZXJA\n"
    "ZXhhbXBsZS5uZXQNCkFjdGlvbjogZmFpbGVkDQpTdGF0dXM6IDUuMS4xDQpEaWFnbm9zdGljLUNv\n"
    "ZGU6IHNtdHA7IDU1MCA1LjEuMSBVc2VyIHVua25vd24NCg==\n"
    "\n"
    "--B1/mx.example.com\n"
    "Content-Description: Undelivered Message\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "Return-Path: <sender@example.org>\n"
    "Message-ID: <abc@example.org>\n"
    "From: Sender <sender@example.org>\n"
    "To: user@example.net\n"
    "Subject: =?UTF-8?Q?caf=C3=A9?=\n"
    "Content-Type: multipart/alternative; boundary=\"inner\"\n"
    "\n"
    "--inner\n"
    "Content-Type: text/plain\n"
    "\n"
    "original body text\n"
    "--inner\n"
    "Content-Type: text/html\n"
    "\n"
    "<p>original html</p>\n"
    "--inner--\n"
    "\n"
    "--B1/mx.example.com--\n";

// A report whose notice text is "failed", with a delivery-status part, then a last part of
// the given type and content: the returned message's place (RFC 6522).
std::string report_ending_with(std::string_view type, std::string_view content) {
  return "From: MAILER-DAEMON@example.com\n"
         "Content-Type: multipart/report; report-type=delivery-status; boundary=\"xx\"\n"
         "\n"
         "--xx\n"
         "Content-Type: text/plain\n"
         "\n"
         "failed\n"
         "--xx\n"
         "Content-Type: message/delivery-status\n"
         "\n"
         "Reporting-MTA: dns; a.example\n"
         "--xx\n"
         "Content-Type: " +
         std::string(type) + "\n\n" + std::string(content) + "--xx--\n";
}

}  // namespace

TEST_SUITE("mime/report") {
  TEST_CASE("multipart/report with a base64 delivery-status and a message/rfc822") {
    const report r = build(kPostfixDsn);
    CHECK(r.content_type == "multipart/report");
    CHECK(r.report_type == "delivery-status");
    CHECK(r.headers.get("subject") == "Undelivered Mail Returned to Sender");
    CHECK(r.headers.get("Auto-Submitted") == "auto-replied");
    CHECK(r.text ==
          "This is the mail system at host mx.example.com.\n"
          "<user@example.net>: host mx.example.net said: 550 5.1.1 User unknown\n");
    CHECK(r.delivery_status ==
          "Reporting-MTA: dns; mx.example.com\nArrival-Date: Mon, 1 Jan 2024 00:00:00 +0000\n\n"
          "Final-Recipient: rfc822; user@example.net\nAction: failed\nStatus: 5.1.1\n"
          "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n");
    CHECK_FALSE(r.global_dsn);
    CHECK(r.has_original);
    CHECK(r.original.get("Message-ID") == "<abc@example.org>");
    CHECK(r.original.get("Subject") == "=?UTF-8?Q?caf=C3=A9?=");
    CHECK(decode_rfc2047(r.original.get("Subject")) == "caf\xC3\xA9");
    CHECK(r.original_raw.rfind("Return-Path: <sender@example.org>\n", 0) == 0);
    CHECK(r.original_raw.find("original body text") != std::string::npos);
    CHECK(r.original_raw.find("--inner--") != std::string::npos);
    CHECK(r.original_raw.find("B1/mx.example.com") == std::string::npos);
    CHECK(r.warnings.empty());
  }

  TEST_CASE("a later text/plain part that is a delivery-status report is read as one") {
    const std::string msg =
        "From: MAILER-DAEMON@mx.example.org\nSubject: Returned mail\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"b\"\n\n"
        "--b\nContent-Type: text/plain\n\nDelivery failed.\n\n"
        "--b\nContent-Type: text/plain\n\nReporting-MTA: dns; mx.example.org\n\n"
        "Final-Recipient: rfc822; kim@example.net\nAction: failed\nStatus: 5.2.2\n\n"
        "--b\nContent-Type: text/plain\n\nFinal-Recipient: rfc822; lee@example.net\n\n--b--\n";
    const report r = build(msg);
    CHECK(r.text == "Delivery failed.\n");
    CHECK(r.delivery_status.find("Final-Recipient: rfc822; kim@example.net") != std::string::npos);
    // Only the first such part: a report has one delivery-status part (RFC 3464 section 2).
    CHECK(r.delivery_status.find("lee@") == std::string::npos);
    // The notice's own text starting with the fields stays its text.
    const report alone = build(
        "From: MAILER-DAEMON@mx.example.org\nSubject: Returned mail\n\n"
        "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; kim@example.net\n");
    CHECK(alone.delivery_status.empty());
    CHECK(alone.text.find("Final-Recipient") != std::string::npos);
  }

  TEST_CASE("CRLF and LF input give the same report") {
    std::string crlf;
    for (char c : kPostfixDsn) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    const report a = build(kPostfixDsn);
    const report b = build(bounce::input::normalize_newlines(crlf));
    const report c = build(crlf);  // build_report normalises when a caller did not
    for (const report* x : {&b, &c}) {
      CHECK(x->text == a.text);
      CHECK(x->delivery_status == a.delivery_status);
      CHECK(x->original_raw == a.original_raw);
      CHECK(x->original.size() == a.original.size());
      CHECK(x->headers.size() == a.headers.size());
      CHECK(x->report_type == a.report_type);
    }
  }

  TEST_CASE("global DSN (RFC 6533) and message/global") {
    const std::string msg =
        "From: postmaster@example.jp\n"
        "Content-Type: multipart/report; report-type=global-delivery-status; boundary=g\n"
        "\n"
        "--g\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        "配信できませんでした\n"
        "--g\n"
        "Content-Type: message/global-delivery-status\n"
        "\n"
        "Reporting-MTA: dns; mx.example.jp\n"
        "\n"
        "Final-Recipient: utf-8; 利用者@example.jp\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "--g\n"
        "Content-Type: message/global\n"
        "\n"
        "From: 送信者 <s@example.jp>\n"
        "Subject: こんにちは\n"
        "\n"
        "本文\n"
        "--g--\n";
    const report r = build(msg);
    CHECK(r.report_type == "global-delivery-status");
    CHECK(r.global_dsn);
    CHECK(r.delivery_status.find("Final-Recipient: utf-8; 利用者@example.jp\n") !=
          std::string::npos);
    CHECK(r.text == "配信できませんでした");
    CHECK(r.has_original);
    CHECK(r.original.get("Subject") == "こんにちは");
    CHECK(r.original_raw.find("本文") != std::string::npos);
  }

  TEST_CASE("text/rfc822-headers gives the original headers") {
    const std::string msg = report_ending_with("text/rfc822-headers",
                                               "Message-Id: <m1@example.org>\n"
                                               "Subject: hello\n"
                                               " world\n");
    const report r = build(msg);
    CHECK(r.has_original);
    CHECK(r.original.get("message-id") == "<m1@example.org>");
    CHECK(r.original.get("Subject") == "hello world");
    CHECK(r.delivery_status == "Reporting-MTA: dns; a.example");
    CHECK(r.text == "failed");
  }

  TEST_CASE("every label of the returned headers gives them") {
    // RFC 6522's, RFC 6533's, and message/rfc822-headers (VOPmail's and MAILsweeper's label).
    for (const char* type : {"text/rfc822-headers", "message/global-headers",
                             "message/rfc822-headers", "Message/RFC822-Headers"}) {
      CAPTURE(type);
      const report r = build(report_ending_with(type, "Message-Id: <m1@example.org>\n"));
      CHECK(r.has_original);
      CHECK(r.original.get("message-id") == "<m1@example.org>");
    }
  }

  TEST_CASE("a returned message labelled text/plain after the notice gives the original") {
    // Oracle Communications Messaging Server's delay notices and X6's attach it so.
    const auto notice = [](std::string_view third) {
      return report_ending_with("text/plain", third);
    };
    const report r =
        build(notice("Return-path: <a@example.org>\nFrom: A <a@example.org>\nTo: b@example.net\n"
                     "Subject: hello\nMessage-id: <m1@example.org>\n\nbody\n"));
    CHECK(r.has_original);
    CHECK(r.original.get("message-id") == "<m1@example.org>");
    CHECK(r.original.get("subject") == "hello");
    CHECK(r.text == "failed");
    // The same in base64: decoded before it is read.
    const report encoded =
        build(report_ending_with("text/plain\nContent-Transfer-Encoding: base64",
                                 "RnJvbTogQSA8YUBleGFtcGxlLm9yZz4KU3ViamVjdDogaGVsbG8KTWVzc2FnZS1pZ"
                                 "DogPG0yQGV4YW1wbGUub3JnPgoKYm9keQo=\n"));
    CHECK(encoded.original.get("message-id") == "<m2@example.org>");
    // A second text part that is prose, or a report written as text, is no message.
    for (const std::string& third :
         {std::string("More about the delay.\nFrom: here\n"),
          std::string("Reporting-MTA: dns; a.example\nAction: delayed\n"),
          std::string("Subject: only one field\n\nbody\n")}) {
      CAPTURE(third);
      CHECK_FALSE(build(notice(third)).has_original);
    }
  }

  TEST_CASE("a first text part that starts with header fields stays the notice's text") {
    const std::string msg =
        "From: MAILER-DAEMON@example.com\n"
        "Content-Type: multipart/mixed; boundary=\"xx\"\n"
        "\n"
        "--xx\n"
        "Content-Type: text/plain\n"
        "\n"
        "From: postmaster@example.com\n"
        "Subject: delivery failure\n"
        "\n"
        "Your message to b@example.net could not be delivered.\n"
        "--xx--\n";
    const report r = build(msg);
    CHECK_FALSE(r.has_original);
    CHECK(r.text.find("could not be delivered") != std::string::npos);
  }

  TEST_CASE("the first returned message wins") {
    const std::string msg =
        "From: x@example.com\n"
        "Content-Type: multipart/mixed; boundary=m\n"
        "\n"
        "--m\n"
        "Content-Type: text/rfc822-headers\n"
        "\n"
        "Message-Id: <first@example.org>\n"
        "--m\n"
        "Content-Type: message/rfc822\n"
        "\n"
        "Message-Id: <second@example.org>\n"
        "\n"
        "body\n"
        "--m--\n";
    const report r = build(msg);
    CHECK(r.original.get("Message-Id") == "<first@example.org>");
    CHECK(r.original.size() == 1);
  }

  TEST_CASE("html-only bounce: text reduced from HTML (quoted-printable)") {
    const std::string msg =
        "From: postmaster@example.com\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=h\n"
        "\n"
        "--h\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "<html><body><p>Delivery has failed to these recipients:</p><p><a href=3D\"mailto:u@e=\n"
        "xample.com\">u@example.com</a></p><p>Caf=C3=A9 &amp; more</p></body></html>\n"
        "--h\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        "Reporting-MTA: dns; a.example\n"
        "--h--\n";
    const report r = build(msg);
    CHECK(r.text ==
          "Delivery has failed to these recipients:\nu@example.com\nCaf\xC3\xA9 & more\n");
  }

  TEST_CASE("multipart/report whose first part is multipart/alternative") {
    const std::string msg =
        "From: postmaster@example.com\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=outer\n"
        "\n"
        "--outer\n"
        "Content-Type: multipart/alternative; boundary=alt\n"
        "\n"
        "--alt\n"
        "Content-Type: text/html\n"
        "\n"
        "<b>html version</b>\n"
        "--alt\n"
        "Content-Type: text/plain; charset=iso-8859-1\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "plain version caf=E9\n"
        "--alt--\n"
        "--outer\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        "Status: 5.0.0\n"
        "--outer--\n";
    const report r = build(msg);
    CHECK(r.text == "plain version caf\xC3\xA9");
    CHECK(r.delivery_status == "Status: 5.0.0");
  }

  TEST_CASE("text inside the returned message is not the bounce's text") {
    const std::string msg =
        "From: postmaster@example.com\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=r\n"
        "\n"
        "--r\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        "Status: 5.1.1\n"
        "--r\n"
        "Content-Type: message/rfc822\n"
        "\n"
        "Subject: original\n"
        "\n"
        "original text\n"
        "--r--\n";
    const report r = build(msg);
    CHECK(r.text.empty());
    CHECK(r.original.get("Subject") == "original");
    CHECK(r.original_raw == "Subject: original\n\noriginal text");
  }

  TEST_CASE("ISO-2022-JP text and RFC 2047 subject") {
    const std::string msg =
        "From: MAILER-DAEMON@ezweb.ne.jp\n"
        "Subject: =?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=ISO-2022-JP\n"
        "Content-Transfer-Encoding: 7bit\n"
        "\n"
        "\x1b$B%a!<%k$rG[Aw$G$-$^$;$s$G$7$?!#\x1b(B\n"
        "\x1b$B08@h\x1b(B: user@example.jp\n";
    const report r = build(msg);
    CHECK(r.content_type == "text/plain");
    CHECK(decode_rfc2047(r.headers.get("Subject")) == "配信エラー");
    CHECK(r.text == "メールを配送できませんでした。\n宛先: user@example.jp\n");
    CHECK(r.warnings.empty());
  }

  TEST_CASE("unlabelled JIS text is recognised") {
    const report r = build("From: a@b\n\n\x1b$B08@h\x1b(B\n");
    CHECK(r.text == "宛先\n");
  }

  TEST_CASE("plain non-MIME bounce: the whole body is the text") {
    const std::string msg =
        "Return-Path: <>\n"
        "From: MAILER-DAEMON@mx.example.com\n"
        "Subject: failure notice\n"
        "\n"
        "Hi. This is the qmail-send program at mx.example.com.\n"
        "<user@example.net>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n"
        "\n"
        "--- Below this line is a copy of the message.\n"
        "\n"
        "Subject: test\n";
    const report r = build(msg);
    CHECK(r.content_type == "text/plain");
    CHECK(r.report_type.empty());
    CHECK(r.text.rfind("Hi. This is the qmail-send program", 0) == 0);
    CHECK(r.text.find("--- Below this line is a copy of the message.\n\nSubject: test\n") !=
          std::string::npos);
    CHECK_FALSE(r.has_original);  // left to the extractors
  }

  TEST_CASE("single-part base64 and html bodies are decoded") {
    const report b = build(
        "From: a@b\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\nSGVsbG8NCndvcmxkDQo=\n");
    CHECK(b.text == "Hello\nworld\n");
    const report h = build("From: a@b\nContent-Type: text/html\n\n<p>a&amp;b</p>\n");
    CHECK(h.text == "a&b\n");
  }

  TEST_CASE("unknown charset: bytes unchanged and a warning") {
    const report r = build("From: a@b\nContent-Type: text/plain; charset=x-unheard-of\n\nab\xE9\n");
    CHECK(r.text == "ab\xE9\n");
    CHECK(has_warning(r, "charset_unknown"));
  }

  TEST_CASE("feedback report (ARF)") {
    const std::string msg =
        "From: abuse@example.net\n"
        "Content-Type: multipart/report; report-type=feedback-report; boundary=f\n"
        "\n"
        "--f\n"
        "Content-Type: text/plain\n"
        "\n"
        "This is an abuse report\n"
        "--f\n"
        "Content-Type: message/feedback-report\n"
        "\n"
        "Feedback-Type: abuse\n"
        "User-Agent: SomeGenerator/1.0\n"
        "--f\n"
        "Content-Type: message/rfc822\n"
        "\n"
        "From: spammer@example.org\n"
        "\n"
        "buy\n"
        "--f--\n";
    const report r = build(msg);
    CHECK(r.report_type == "feedback-report");
    CHECK(r.feedback_report == "Feedback-Type: abuse\nUser-Agent: SomeGenerator/1.0");
    CHECK(r.original.get("From") == "spammer@example.org");
  }

  TEST_CASE("multipart without a boundary is an opaque leaf") {
    const report r = build("From: a@b\nContent-Type: multipart/mixed\n\n--\nA: b\n\nx\n--\n");
    CHECK(r.content_type == "multipart/mixed");
    CHECK(r.text == "--\nA: b\n\nx\n--\n");
    const report e = build("From: a@b\nContent-Type: multipart/mixed; boundary=\"\"\n\n--\nx\n");
    CHECK(e.delivery_status.empty());
  }

  TEST_CASE("a leading From_ line is skipped; junk is not a message") {
    const report r =
        build("From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nFrom: a@b\nSubject: s\n\nbody\n");
    CHECK(r.headers.get("Subject") == "s");
    CHECK(r.text == "body\n");
    for (std::string_view bad : {"", "   \n\t\n", "hello world\nFrom: a\n\n", ": no name\n",
                                 "\x89PNG\r\n\x1a\n", "From only-a-separator\n"}) {
      auto res = build_report(bad, kLimits);
      REQUIRE_FALSE(res.has_value());
      CHECK(res.error() == errc::not_a_message);
    }
  }

  TEST_CASE("a header-only message has an empty text") {
    const report r = build("Subject: x\n");
    CHECK(r.text.empty());
    CHECK(r.headers.get("Subject") == "x");
  }

  TEST_CASE("multipart/digest parts default to message/rfc822") {
    const std::string msg =
        "From: a@b\n"
        "Content-Type: multipart/digest; boundary=d\n"
        "\n"
        "--d\n"
        "\n"
        "Subject: in digest\n"
        "\n"
        "text\n"
        "--d--\n";
    const report r = build(msg);
    CHECK(r.has_original);
    CHECK(r.original.get("Subject") == "in digest");
  }

  TEST_CASE("base64-encoded message/rfc822 (not allowed, but seen) is decoded") {
    const std::string msg =
        "From: a@b\n"
        "Content-Type: multipart/mixed; boundary=q\n"
        "\n"
        "--q\n"
        "Content-Type: message/rfc822\n"
        "Content-Transfer-Encoding: base64\n"
        "\n"
        "U3ViamVjdDogZW5jb2RlZA0KDQpib2R5DQo=\n"
        "--q--\n";
    const report r = build(msg);
    CHECK(r.original.get("Subject") == "encoded");
    CHECK(r.original_raw == "Subject: encoded\n\nbody\n");
  }

  TEST_CASE("an unindented boundary= line after Content-Type is read as a fold") {
    const std::string msg =
        "From: postmaster@outlook.example\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        "boundary=\"outer\"\n"
        "\n"
        "--outer\n"
        "Content-Type: multipart/alternative; differences=Content-Type;\n"
        "boundary=\"alt\"\n"
        "\n"
        "--alt\n"
        "Content-Type: text/plain\n"
        "\n"
        "Delivery has failed\n"
        "--alt--\n"
        "--outer\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        "Status: 5.1.10\n"
        "--outer--\n";
    const report r = build(msg);
    CHECK(r.report_type == "delivery-status");
    CHECK(r.text == "Delivery has failed");
    CHECK(r.delivery_status == "Status: 5.1.10");
    CHECK(detail::repair_unfolded_params("Content-Type: text/plain;\ncharset=x\n\nbody=1\n") ==
          "Content-Type: text/plain;\n\tcharset=x\n\nbody=1\n");
    CHECK(detail::repair_unfolded_params("Content-Type: text/plain\ncharset=x\n").empty());
    // Blanks after the ';' (as trim() sees them) do not hide the unfolded parameter.
    for (const char* gap : {" ", "\t", " \f", "\v "}) {
      const std::string in =
          std::string("Subject: x\nContent-Type: text/plain;") + gap + "\ncharset=x\n\nbody\n";
      INFO(in);
      CHECK(detail::repair_unfolded_params(in) ==
            std::string("Subject: x\nContent-Type: text/plain;") + gap + "\n\tcharset=x\n\nbody\n");
    }
    // A ';' at a line end elsewhere is no reason to change anything.
    CHECK(detail::repair_unfolded_params("Subject: a;\nb=c\n\nx;\ny=1\n").empty());
  }

  TEST_CASE("a returned message two levels deep keeps its raw bytes") {
    const std::string msg =
        "From: a@b\n"
        "Content-Type: multipart/mixed; boundary=L1\n"
        "\n"
        "preamble\n"
        "--L1\n"
        "Content-Type: text/plain\n"
        "\n"
        "outer text\n"
        "--L1\n"
        "Content-Type: multipart/mixed; boundary=L2\n"
        "\n"
        "--L2\n"
        "Content-Type: text/plain\n"
        "\n"
        "inner text\n"
        "--L2\n"
        "Content-Type: message/rfc822\n"
        "\n"
        "Subject: deep\n"
        "Received: from x\n"
        "  by y\n"
        "\n"
        "deep body\n"
        "--L2--\n"
        "--L1--\n"
        "epilogue\n";
    const report r = build(msg);
    CHECK(r.text == "outer text");
    CHECK(r.original.get("Subject") == "deep");
    CHECK(r.original.get("Received") == "from x by y");
    CHECK(r.original_raw == "Subject: deep\nReceived: from x\n  by y\n\ndeep body");
  }
}

TEST_CASE("report: the top Subject trimmed and RFC 2047-decoded, the header kept raw") {
  // "Undelivered Mail Returned to Sender" as a relay re-encodes it, then a folded plain one.
  const report encoded = build(
      "From: MAILER-DAEMON@example.net\n"
      "Subject:  =?UTF-8?B?VW5kZWxpdmVyZWQgTWFpbCBSZXR1cm5lZCB0byBTZW5kZXI=?= \n"
      "\n"
      "text\n");
  CHECK(encoded.subject == "Undelivered Mail Returned to Sender");
  CHECK(encoded.headers.get("Subject") ==
        "=?UTF-8?B?VW5kZWxpdmVyZWQgTWFpbCBSZXR1cm5lZCB0byBTZW5kZXI=?=");
  const report folded = build("Subject: failure\n notice\n\ntext\n");
  CHECK(folded.subject == "failure notice");
  CHECK(build("From: a@example.net\n\ntext\n").subject.empty());
}
