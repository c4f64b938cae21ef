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
}
