// SPDX-License-Identifier: BSD-2-Clause
#include "extract/common/kit.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace bounce;
namespace pt = bounce::extract::kit;

TEST_SUITE("extract/provider_text") {
  TEST_CASE("after and cut_before find lower-case markers case-insensitively") {
    constexpr std::string_view text = "Head\nRemote Host Said: 550 x\n--- Below this line\nbody";
    CHECK(pt::offset_after(text, "remote host said:") == text.find(" 550"));
    CHECK(pt::offset_after(text, "absent") == pt::npos);
    constexpr std::string_view ends[] = {"--- below this line", "never"};
    CHECK(pt::cut_before(text, ends) == "Head\nRemote Host Said: 550 x\n");
  }

  TEST_CASE("line_at and next_line walk lines") {
    constexpr std::string_view text = "one\ntwo\nthree";
    CHECK(pt::line_at(text, 0) == "one");
    CHECK(pt::line_at(text, 5) == "two");
    CHECK(pt::next_line(text, 5) == 8);
    CHECK(pt::line_at(text, 8) == "three");
    CHECK(pt::next_line(text, 9) == text.size());
  }

  TEST_CASE("match compares on folded text so wrapped phrases still match") {
    constexpr pt::phrase table[] = {
        {"not listed in domino directory", reason_kind::userunknown, "x"},
        {"maximum hop count exceeded", reason_kind::networkerror, "y"},
    };
    const auto* e =
        pt::find_phrase("User a (a@b.example) not listed\n   in Domino  Directory", table);
    REQUIRE(e != nullptr);
    CHECK(e->reason == reason_kind::userunknown);
    CHECK(pt::find_phrase("nothing here", table) == nullptr);
    extract::draft d;
    d.diagnostic = "Error: Maximum hop count exceeded.";
    CHECK(pt::apply_catalogue(d, "domino", table));
    CHECK(d.reason == reason_kind::networkerror);
    CHECK(d.rule == "extractor/domino/y");
  }

  TEST_CASE("merge_split_groups joins two halves of one recipient and keeps the DSN diagnostic") {
    std::vector<extract::draft> v(3);
    v[0].recipient = "a@b.example";
    v[0].action = action_kind::failed;
    v[0].diagnostic = "human text paragraph";
    v[1].recipient = "A@b.example";
    v[1].diagnostic_type = "SMTP";
    v[1].diagnostic = "550 5.1.1 Mailbox does not exist";
    v[1].status = status_code{5, 1, 1};
    v[2].recipient = "c@b.example";
    pt::merge_split_groups(v, 0);
    REQUIRE(v.size() == 2);
    CHECK(v[0].diagnostic == "550 5.1.1 Mailbox does not exist");
    CHECK(v[0].status == status_code{5, 1, 1});
    CHECK(v[0].action == action_kind::failed);
    CHECK(v[1].recipient == "c@b.example");
  }

  TEST_CASE("ses_expired_reply takes the last remote reply of an expiry report") {
    extract::draft d;
    d.diagnostic =
        "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed "
        "out>";
    pt::ses_expired_reply(d, "amazonses");
    CHECK(d.status == status_code{4, 4, 2});
    CHECK(d.reply_code == 421);
    CHECK(d.reason == reason_kind::expired);
  }
}
