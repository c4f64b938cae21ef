// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/action.hpp"

#include <doctest/doctest.h>

#include <string_view>

#include "bounce/fields.hpp"

using bounce::action_kind;

namespace {

void ok(std::string_view in, action_kind want) {
  CAPTURE(in);
  auto r = bounce::parse_action(in);
  REQUIRE(r.has_value());
  CHECK(*r == want);
}

void bad(std::string_view in) {
  CAPTURE(in);
  auto r = bounce::parse_action(in);
  CHECK_FALSE(r.has_value());
  if (!r) CHECK(r.error() == bounce::errc::bad_field);
}

}  // namespace

TEST_SUITE("grammar/action") {
  TEST_CASE("accepts the five RFC 3464 values, case-insensitively") {
    ok("failed", action_kind::failed);
    ok("delayed", action_kind::delayed);
    ok("delivered", action_kind::delivered);
    ok("relayed", action_kind::relayed);
    ok("expanded", action_kind::expanded);
    ok("Failed", action_kind::failed);
    ok("FAILED", action_kind::failed);
    ok("DeLiVeReD", action_kind::delivered);
  }

  TEST_CASE("accepts white space and a trailing comment") {
    ok(" failed ", action_kind::failed);
    ok("delayed\r\n", action_kind::delayed);
    ok("failed (bad address)", action_kind::failed);
    ok("failed(bad address)", action_kind::failed);
    ok("failed; see below", action_kind::failed);
    ok("failed \xe9\xff", action_kind::failed);
  }

  TEST_CASE("rejects everything else") {
    bad("");
    bad("  ");
    bad("fail");
    bad("failure");
    bad("failedx");
    bad("failed-permanently");
    bad("failed_");
    bad("deliver");
    bad("unknown");
    bad("x failed");
    bad("\xe9"
        "failed");
    bad("(failed)");
  }
}
