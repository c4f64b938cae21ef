// SPDX-License-Identifier: BSD-2-Clause
// Every recipient, once, in notice order: the multi-recipient samples of corpus/ through the
// whole extractor run, and merge_repeated_recipients() on its own (both of its paths).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/common/dsn.hpp"
#include "extract/extractor.hpp"
#include "mime/report.hpp"

using namespace bounce;
using namespace bounce::extract;

namespace {

std::vector<std::string> recipients_of(const std::string& relative, std::string* engine) {
  std::ifstream in(std::string(BOUNCE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  REQUIRE_MESSAGE(in, relative);
  std::stringstream ss;
  ss << in.rdbuf();
  auto rep = mime::build_report(ss.str(), limits{});
  REQUIRE(rep);
  std::vector<draft> drafts;
  *engine = std::string(run_extractors(*rep, drafts));
  std::vector<std::string> out;
  for (const auto& d : drafts) out.push_back(d.recipient);
  return out;
}

draft named(std::string recipient, std::string diagnostic = {}) {
  draft d;
  d.recipient = std::move(recipient);
  d.diagnostic = std::move(diagnostic);
  return d;
}

}  // namespace

TEST_SUITE("extract/recipients") {
  TEST_CASE("multi-recipient layouts give every failed recipient once, in notice order") {
    struct sample {
      const char* path;
      const char* engine;
      std::vector<std::string> recipients;
    };
    const std::vector<sample> samples = {
        {"corpus/lhost/exim/three-recipients.eml",
         "exim",
         {"anna@example.net", "bert@example.org", "carl@example.com"}},
        {"corpus/lhost/qmail/three-recipients.eml",
         "qmail",
         {"anna@example.net", "bert@example.org", "carl@example.com"}},
        {"corpus/lhost/postfix/text-three-recipients.eml",
         "postfix",
         {"anna@example.net", "bert@example.org", "carl@example.com"}},
        // No DSN part: the list of failed addresses names both, the transcript only the first.
        {"corpus/lhost/sendmail/text-only-two-recipients.eml",
         "sendmail",
         {"anna@example.net", "bert@example.org"}},
        {"corpus/lhost/courier/two-recipients.eml",
         "courier",
         {"anna@example.net", "bert@example.org"}},
        {"corpus/lhost/gmail/two-recipients-listed.eml",
         "gmail",
         {"anna@example.net", "bert@example.org"}},
        // Groups 1 and 3 name one mailbox (case apart): one record, at its first place.
        {"corpus/rfc3464/recipient-named-twice.eml",
         "rfc3464",
         {"anna@example.net", "bert@example.org"}},
    };
    for (const auto& s : samples) {
      CAPTURE(s.path);
      std::string engine;
      CHECK(recipients_of(s.path, &engine) == s.recipients);
      CHECK(engine == s.engine);
    }
  }

  TEST_CASE("merge_repeated_recipients keeps the first place and completes it from the later") {
    for (const std::size_t filler : {0u, 40u}) {  // the pairwise path and the sorted one
      CAPTURE(filler);
      std::vector<draft> out;
      out.push_back(named("before@example.org"));  // not the extractor's: left alone
      out.push_back(named("a@example.org"));
      out.push_back(named("b@example.org", "552 mailbox full"));
      for (std::size_t i = 0; i < filler; ++i) {
        // Appended, not "f" + to_string(i): GCC 12 warns falsely on that (-Wrestrict, GCC PR
        // 105329).
        std::string address = "f";
        address += std::to_string(i);
        address += "@example.org";
        out.push_back(named(address));
      }
      out.push_back(named("A@EXAMPLE.ORG", "550 user unknown"));
      out.push_back(named("b@example.org", "later text"));
      out.push_back(named("a@example.org"));
      merge_repeated_recipients(out, 1);
      REQUIRE(out.size() == 3 + filler);
      CHECK(out[1].recipient == "a@example.org");
      CHECK(out[1].diagnostic == "550 user unknown");
      CHECK(out[2].recipient == "b@example.org");
      CHECK(out[2].diagnostic == "552 mailbox full");
      if (filler) CHECK(out.back().recipient == "f39@example.org");
    }
  }
  TEST_CASE("challenge-response requests give no draft, refusals that mention verification do") {
    struct sample {
      const char* path;
      bool drafts;
    };
    const std::vector<sample> samples = {
        {"corpus/not-bounce/challenge-boxbe.eml", false},
        {"corpus/not-bounce/challenge-spamarrest.eml", false},
        {"corpus/not-bounce/challenge-mailinblack.eml", false},
        {"corpus/not-bounce/challenge-tmda.eml", false},
        {"corpus/not-bounce/challenge-held-undeliverable.eml", false},
        {"corpus/not-bounce/challenge-generic-confirm.eml", false},
        {"corpus/not-bounce/challenge-boxbe-dsn.eml", false},
        {"corpus/lhost/exim/three-recipients.eml", true},
    };
    for (const auto& s : samples) {
      CAPTURE(s.path);
      std::string engine;
      CHECK(recipients_of(s.path, &engine).empty() != s.drafts);
    }
    // Exim's callout refusal says "verify": a real failure, read as one.
    mime::report r;
    r.headers.add("From", "Mail Delivery System <Mailer-Daemon@mx.example.net>");
    r.headers.add("Subject", "Mail delivery failed: returning message to sender");
    r.subject = "Mail delivery failed: returning message to sender";
    r.headers.add("X-Failed-Recipients", "kim@example.org");
    r.text =
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        "  kim@example.org\n"
        "    SMTP error from remote mail server after RCPT TO:<kim@example.org>:\n"
        "    550 5.7.1 Sender verify failed: please confirm your address\n";
    CHECK_FALSE(kit::challenge_response(r));
    std::vector<draft> out;
    CHECK(run_extractors(r, out) == "exim");
    CHECK(out.size() == 1);

    // A challenge shaped as a DSN is one only while the DSN reports nothing permanent: a class 5
    // group is a failure, whatever request its text quotes.
    mime::report dsn;
    dsn.headers.add("From", "noreply@example.net");
    dsn.text = "Please add yourself to my Boxbe Guest List so your messages will go to my Inbox.\n";
    dsn.delivery_status =
        "Reporting-MTA: dns; example.net\n\n"
        "Final-Recipient: rfc822; dana@example.com\n"
        "Action: failed\n"
        "Status: 4.7.0\n";
    CHECK(kit::challenge_response(dsn));
    dsn.delivery_status.replace(dsn.delivery_status.find("4.7.0"), 5, "5.7.1");
    CHECK_FALSE(kit::challenge_response(dsn));
  }
}
