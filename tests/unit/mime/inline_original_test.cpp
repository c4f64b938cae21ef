// SPDX-License-Identifier: BSD-2-Clause
// A returned message quoted in a plain notice's text, below a separator line: the separators of
// the MTAs that send no MIME structure, the header block's checks, and the report's fields.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "mime/report.hpp"

using namespace bounce::mime;

namespace {

constexpr std::string_view kHeaders =
    "Return-path: <news-bounces@example.com>\n"
    "Message-ID: <weekly-47@example.com>\n"
    "From: Example News <news@example.com>\n"
    "To: j.berg@example.org\n"
    "Subject: This week\n"
    "\n"
    "Body.\n";

std::string notice(std::string_view separator, std::string_view headers = kHeaders) {
  return "The following address(es) failed:\n\n  j.berg@example.org\n\n" + std::string(separator) +
         "\n\n" + std::string(headers);
}

}  // namespace

TEST_CASE("inline_original_at: each MTA's separator line, then the header block") {
  const std::string_view separators[] = {
      "------ This is a copy of the message, including all the headers. ------",  // Exim
      "--- Below this line is a copy of the message.",                            // qmail
      "   ----- Original message follows -----",                                  // Sendmail
      "Original message follows.",                                                // IMail, dma
      "----- Original message -----",                                             // Gmail
      "--- The header of the original message is following. ---",                 // GMX
  };
  for (std::string_view sep : separators) {
    CAPTURE(sep);
    const std::string text = notice(sep);
    const std::size_t at = inline_original_at(text);
    REQUIRE(at != std::string_view::npos);
    CHECK(std::string_view(text).substr(at, 12) == "Return-path:");
  }
}

TEST_CASE("inline_original_at: a separator framed by dashes, in any language") {
  for (std::string_view sep : {"--- Kopfzeilen der ursprünglichen Nachricht ---",
                               "-------- Returned Mail --------", "--- 元のメッセージ ---"}) {
    CAPTURE(sep);
    const std::string text = notice(sep);
    const std::size_t at = inline_original_at(text);
    REQUIRE(at != std::string_view::npos);
    CHECK(std::string_view(text).substr(at, 12) == "Return-path:");
  }
  // Dashes alone, a MIME boundary, or a line framed on one side only name nothing.
  for (std::string_view sep :
       {"---------------------------------", "------=_Part_837_1127031491.1418381185060",
        "-- Kopfzeilen", "Kopfzeilen --"}) {
    CAPTURE(sep);
    CHECK(inline_original_at(notice(sep)) == std::string_view::npos);
  }
}

TEST_CASE("inline_original_at: a heading that ends in ':', in any language") {
  for (std::string_view sep :
       {"Original message headers:", "En-t\xc3\xaates de message d'origine :",
        "Intestazioni originali del messaggio:",
        "Kopfzeilen der urspr\xc3\xbcnglichen Nachricht:"}) {
    CAPTURE(sep);
    const std::string text = notice(sep);
    const std::size_t at = inline_original_at(text);
    REQUIRE(at != std::string_view::npos);
    CHECK(std::string_view(text).substr(at, 12) == "Return-path:");
  }
  // A one-word label, or a heading over lines that are no message's header block, is none.
  CHECK(inline_original_at(notice("Headers:")) == std::string_view::npos);
  CHECK(inline_original_at("Delivery to these recipients failed:\n\nReporting-MTA: dns; x\n"
                           "Arrival-Date: Mon, 1 Jan 2026\n") == std::string_view::npos);
}

TEST_CASE("inline_original_at: the words above a rule line, and m-FILTER's") {
  for (std::string_view sep : {"Included is a copy of the message header:\n"
                               "-----------------------------------------",  // MXLogic
                               "-------original mail info"}) {               // m-FILTER
    CAPTURE(sep);
    const std::string text = "failed.\n\n" + std::string(sep) + "\n" + std::string(kHeaders);
    const std::size_t at = inline_original_at(text);
    REQUIRE(at != std::string_view::npos);
    CHECK(std::string_view(text).substr(at, 12) == "Return-path:");
  }
  // A rule line under words that name nothing is no separator.
  CHECK(inline_original_at("The server said:\n------\nFrom: a@example.com\nMessage-ID: <m@x>\n") ==
        std::string_view::npos);
}

TEST_CASE("inline_original_at: a part header left in the text declares the returned message") {
  // The notice's MIME structure was lost (no Content-Type on top): its parts are text.
  const std::string text =
      "--b1\n\nThe original message was received at Sat, 9 Jun 2018\n\n--b1\n"
      "Content-Description: Undelivered Message\nContent-Type: message/rfc822;\n"
      " charset=us-ascii\nContent-Transfer-Encoding: 8bit\n\n" +
      std::string(kHeaders) + "--b1--\n";
  const std::size_t at = inline_original_at(text);
  REQUIRE(at != std::string_view::npos);
  CHECK(std::string_view(text).substr(at, 12) == "Return-path:");
  // Another type, or prose between the part header and the block, declares nothing.
  for (std::string_view other : {"Content-Type: text/plain\n\n",
                                 "Content-Type: message/rfc822\n\n"
                                 "Below is the message.\n"}) {
    CAPTURE(other);
    CHECK(inline_original_at("--b1\n" + std::string(other) + std::string(kHeaders)) ==
          std::string_view::npos);
  }
}

TEST_CASE("inline_original_at: a paragraph that starts with Received, without a separator") {
  // Zoho's notices copy the header right after their text.
  const std::string zoho =
      "kijitora@example.co.jp Invalid Address, ERROR_CODE :550\n\n\n"
      "Received:from mail.example.com by mx.example.com\n\twith SMTP id 1418381183885346\n"
      "Message-ID:<m1@example.com>\nFrom: a@example.com\nSubject: hi\n\nbody\n";
  const std::size_t at = inline_original_at(zoho);
  REQUIRE(at != std::string_view::npos);
  CHECK(std::string_view(zoho).substr(at, 9) == "Received:");
  // Inside a paragraph, or a paragraph that starts with another field, it takes a separator.
  CHECK(inline_original_at("The server said:\nReceived: from a by b\nMessage-ID: <m@x>\n"
                           "From: a@example.com\n") == std::string_view::npos);
  CHECK(inline_original_at("failed.\n\nFrom: a@example.com\nMessage-ID: <m@x>\n\n") ==
        std::string_view::npos);
}

TEST_CASE("inline_original_at: the block may start with any field, and needs a message's") {
  // Gmail's copy starts with DKIM-Signature.
  CHECK(inline_original_at(notice("----- Original message -----",
                                  "DKIM-Signature: v=1; a=rsa-sha256;\n d=example.com\n"
                                  "Message-ID: <a@b>\nFrom: x@example.com\n\n")) !=
        std::string_view::npos);
  // Two Received fields say which hosts, not which message.
  CHECK(inline_original_at(notice("----- Original message -----",
                                  "Received: from a by b\nReceived: from c by d\n\n")) ==
        std::string_view::npos);
  // One field is not a header block.
  CHECK(inline_original_at(notice("----- Original message -----", "Subject: Hi\n\nBody\n")) ==
        std::string_view::npos);
}

TEST_CASE("inline_original_at: no separator, or prose instead of one, finds nothing") {
  // Header lines alone (a notice quoting the subject it failed for).
  CHECK(inline_original_at("Your message\n\nSubject: Hi\nTo: a@example.org\n\nfailed.\n") ==
        std::string_view::npos);
  // Sendmail's opening sentence names the original message but no header block follows it.
  CHECK(inline_original_at("The original message was received at Mon, 1 Jan 2026\n"
                           "from client.example.org\n\n   ----- The following addresses had "
                           "permanent fatal errors -----\n<a@example.org>\n") ==
        std::string_view::npos);
  // A paragraph mentioning it is not a separator line.
  const std::string paragraph =
      "We tried many times over several days to deliver the message to the server of the "
      "recipient and attach below a copy of the message so that you can send it again later "
      "to another address.\n";
  CHECK(inline_original_at(paragraph + std::string(kHeaders)) == std::string_view::npos);
  CHECK(inline_original_at("") == std::string_view::npos);
}

TEST_CASE("build_report: a plain notice's quoted message gives the original fields") {
  const std::string msg =
      "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\n"
      "To: news-bounces@example.com\n"
      "Subject: Mail delivery failed: returning message to sender\n\n" +
      notice(
          "------ This is a copy of the message, including all the "
          "headers. ------");
  auto r = build_report(msg, bounce::limits{});
  REQUIRE(r.has_value());
  CHECK_FALSE(r->has_original);  // no part: the readers that need one keep their view
  CHECK(r->original.get("Message-ID") == "<weekly-47@example.com>");
  CHECK(r->original.get("To") == "j.berg@example.org");
  CHECK(r->original_raw.empty());
}

TEST_CASE("inline_original_at: a field naming the returned message is no separator") {
  // Each line would pass for a separator before the next field: the scan must not check the
  // block again at every line (quadratic on a large header block).
  std::string text = "Bounce.\n\n";
  for (int i = 0; i < 100000; ++i) text += "X-Original-Message-Info: copy of the message\n";
  text += "\nbody\n";
  CHECK(inline_original_at(text) == std::string_view::npos);
  // A header block of the notice itself (its X-Original-To) is not a returned message either.
  CHECK(inline_original_at("X-Original-To: a@example.org\nFrom: b@example.org\nTo: c@example.org\n"
                           "\nbody\n") == std::string_view::npos);
}

TEST_CASE("build_report: a returned header copy whose folds lost their indentation (GMX)") {
  const std::string msg =
      "From: Mail Delivery System <mailer-daemon@gmx.example>\n"
      "Subject: Mail delivery failed: returning message to sender\n\n"
      "This message was created automatically by mail delivery software.\n\n"
      "--- The header of the original message is following. ---\n\n"
      "Received: from [192.0.2.135] by mail.example.lan (via\n"
      "HTTP); Sat, 29 Nov 2014 00:32:10 +0100\n"
      "MIME-Version: 1.0\n"
      "Message-ID: <trinity-d174@mail.example.lan>\n"
      "To: shironeko@example.jp\n"
      "Subject: Nyaaan\n\n";
  auto r = build_report(msg, bounce::limits{});
  REQUIRE(r.has_value());
  CHECK_FALSE(r->has_original);
  CHECK(r->original.get("Message-ID") == "<trinity-d174@mail.example.lan>");
  CHECK(r->original.get("To") == "shironeko@example.jp");
  // the lost fold is part of Received again
  CHECK(std::string(r->original.get("Received")).find("HTTP); Sat") != std::string::npos);
}

TEST_CASE("read_inline_original: a run of folds that lost their white space (Yahoo)") {
  // Yahoo's copy writes a long value's continuation lines unindented.
  std::string headers = "Received: from [127.0.0.1] by nm36.example.com\nX-YMail-OSG: abc\n";
  for (int i = 0; i < 8; ++i) headers += "Zm9vYmFyYmF6cXV4" + std::to_string(i) + "\n";
  headers += "From: A <a@example.org>\nMessage-ID: <y1@example.org>\nSubject: Hi\n\nBody\n";
  const std::string msg = "From: MAILER-DAEMON@example.com\nSubject: failure delivery\n\n" +
                          notice("--- Below this line is a copy of the message.", headers);
  auto r = build_report(msg, bounce::limits{});
  REQUIRE(r.has_value());
  CHECK(r->original.get("Message-ID") == "<y1@example.org>");
  CHECK(r->original.get("Subject") == "Hi");
  CHECK(std::string(r->original.get("X-YMail-OSG")).find("Zm9vYmFyYmF6cXV47") != std::string::npos);
  // A run longer than a copy loses, or prose, is not a fold.
  std::string prose = "Received: from a by b\nX-A: 1\n";
  for (int i = 0; i < 20; ++i) prose += "line " + std::to_string(i) + " of a paragraph\n";
  prose += "Message-ID: <y2@example.org>\nFrom: b@example.org\n\n";
  CHECK(inline_original_at(notice("----- Original message -----", prose)) ==
        std::string_view::npos);
}

TEST_CASE("inline_original_at: prose after a separator is not read as lost folds") {
  // More lines without a field than a header copy loses: not a header block.
  CHECK(inline_original_at("----- Original message -----\n\nTo: a@example.org\n"
                           "one\nX-A: 1\ntwo\nX-B: 2\nthree\nX-C: 3\nfour\nX-D: 4\nfive\n"
                           "Subject: s\n\n") == std::string_view::npos);
}
