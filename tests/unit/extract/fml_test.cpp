// SPDX-License-Identifier: BSD-2-Clause
// fml (a Japanese mailing-list manager): a notice marked by X-MLServer: fml; the list names the
// cause ("You are not a member ...") and the "recipient" is the list address it refused for.
#include <doctest/doctest.h>

#include <string>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/fml") {
  TEST_CASE("fml_extractor reads the sample notice") {
    const mime::report r = sample::report_of(sample::read_corpus("lhost/fml/not-member.eml"));
    CHECK(sample::winning_engine(r) == "fml");
    const std::vector<draft> out = sample::drafts_of(fml_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "team@lists.example.jp");
    CHECK(sample::status_of(out[0]).empty());  // a list's notice quotes no SMTP reply
    CHECK(sample::reply_code_of(out[0]) == 0);
    CHECK(out[0].smtp_command.empty());
    CHECK(out[0].diagnostic ==
          "You are not a member of this mailing list <team@lists.example.jp>.");
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::rejected);
    CHECK(out[0].rule == "extractor/fml/not-member");
  }

  TEST_CASE("fml_extractor: another list manager's notice is not its") {
    std::string m = sample::read_corpus("lhost/fml/not-member.eml");
    const auto p = m.find("X-MLServer: fml");
    REQUIRE(p != std::string::npos);
    m.replace(p, 15, "X-Mailman-Version: 2.1");
    const mime::report r = sample::report_of(m);
    CHECK_FALSE(sample::claims(fml_extractor(), r));
    CHECK(sample::winning_engine(r) != "fml");
  }

  TEST_CASE("fml_extractor: the other notices of Sisimai's FML catalogue state their reason") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/fml/duplicated-message-id.eml"));
    CHECK(sample::winning_engine(r) == "fml");
    const std::vector<draft> out = sample::drafts_of(fml_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "club@lists.example.jp");
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::systemerror);
    CHECK(out[0].rule == "extractor/fml/duplicated-message-id");
    struct row {
      const char* words;
      reason_kind reason;
    };
    for (const row& t :
         {row{"NOT MEMBER article from s.ueda@example.com", reason_kind::rejected},
          row{"Spam mail from a spammer is rejected", reason_kind::rejected},
          row{"Security alert: a suspicious command", reason_kind::securityerror},
          row{"fml has detected a loop condition so that", reason_kind::systemerror}}) {
      CAPTURE(t.words);
      const mime::report n = sample::report_of(
          std::string("From: club-admin@lists.example.jp\nTo: s.ueda@example.com\n"
                      "Subject: fml notice\nX-MLServer: fml [fml 4.0.3]\n\n") +
          t.words + " <club@lists.example.jp>.\n\nOriginal mail as follows:\n");
      const std::vector<draft> d = sample::drafts_of(fml_extractor(), n);
      REQUIRE(d.size() == 1);
      REQUIRE(d[0].reason);
      CHECK(*d[0].reason == t.reason);
    }
  }
}
