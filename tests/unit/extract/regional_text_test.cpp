// SPDX-License-Identifier: BSD-2-Clause
#include "extract/common/kit.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using namespace bounce;
namespace rg = bounce::extract::kit;

TEST_SUITE("extract/regional_text") {
  TEST_CASE("bare_address accepts an address alone, quoted or bracketed, and nothing else") {
    CHECK(rg::address_alone("  a@example.org ") == "a@example.org");
    CHECK(rg::address_alone("\"a@example.org\":") == "a@example.org");
    CHECK(rg::address_alone("<a@example.org>") == "a@example.org");
    CHECK(rg::address_alone("<< 550 <a@example.org").empty());
    CHECK(rg::address_alone("mail a@example.org now").empty());
    CHECK(rg::address_alone("no address").empty());
  }

  TEST_CASE("after_marker and cut_at") {
    std::string_view t = "intro\nThe following address failed:\n  a@example.org\n------ copy\nX";
    CHECK(rg::after_line(t, "failed:") == "  a@example.org\n------ copy\nX");
    CHECK(rg::after_line(t, "absent").empty());
    CHECK(rg::cut_before(rg::after_line(t, "failed:"), {"------"}) == "  a@example.org\n");
  }

  TEST_CASE("Exim's own catalogue messages state a reason; remote replies do not") {
    // One table of (Exim's message, verdict, rule); a remote reply quoting the words is none.
    struct row {
      std::string_view diagnostic;
      std::optional<reason_kind> reason;
      std::string_view rule;
    };
    const row rows[] = {
        {"an MX or SRV record indicated no SMTP service", reason_kind::notaccept,
         "extractor/mailru/no-smtp-service"},
        {"Unrouteable address", reason_kind::hostunknown, "extractor/mailru/unrouteable"},
        {"mailbox is full: retry timeout exceeded", reason_kind::mailboxfull,
         "extractor/mailru/mailbox-full"},
        {"delivery retry timeout exceeded", reason_kind::expired, "extractor/mailru/retry-timeout"},
        {"550 5.1.1 Unrouteable address here", std::nullopt, ""},
    };
    for (const auto& r : rows) {
      CAPTURE(r.diagnostic);
      bounce::extract::draft d;
      d.diagnostic = std::string(r.diagnostic);
      CHECK(rg::apply_exim_catalogue(d, "mailru") == r.reason.has_value());
      CHECK(d.reason == r.reason);
      CHECK(d.rule == r.rule);
    }
  }
}
