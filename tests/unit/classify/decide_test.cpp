// decide(): the staged rules on whole diagnostics (docs/reasons.md "Deciding between code and
// text"). Each case is a reply text and the evidence around it, and the reason it must give.
#include "classify/rules.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace bounce;
using namespace bounce::rules;

namespace {
decision run(std::string_view text, std::optional<status_code> status, std::string_view command,
             std::string_view remote_mta = {}, std::string_view recipient_domain = {},
             std::string_view reporting_mta = {}) {
  static std::string t;
  t = normalize_text(text);
  evidence ev;
  ev.text = t;
  ev.status = status;
  ev.command = command;
  ev.remote_mta = remote_mta;
  ev.recipient_domain = recipient_domain;
  ev.reporting_mta = reporting_mta;
  return decide(ev);
}

status_code code(int c, int s, int d) { return status_code{c, s, d}; }
}  // namespace

TEST_CASE("decide: a recipient refused by an access map at RCPT is an unknown user") {
  auto d = run("554 5.7.1 <kim@mail.example.org>: Recipient address rejected: Access denied",
                code(5, 7, 1), "RCPT");
  CHECK(d.reason == reason_kind::userunknown);
}

TEST_CASE("decide: the sender named by the reply wording is rejected") {
  CHECK(run("550 5.2.0 <a@b.example> From: Domain is invalid. Please provide a valid From:",
             code(5, 2, 0), "DATA")
            .reason == reason_kind::rejected);
  CHECK(run("550 5.4.1 All recipient addresses rejected : Access denied", code(5, 4, 1), "DATA")
            .reason == reason_kind::rejected);
  CHECK(run("550 'someone@relay.example' is not a registered gateway user", code(5, 0, 0), "")
            .reason == reason_kind::rejected);
}

TEST_CASE("decide: KDDI names an unknown mailbox, its filter does not") {
  CHECK(run("550 <nobody.here@ezweb.ne.jp>: User unknown", std::nullopt, "", "", "ezweb.ne.jp")
            .reason == reason_kind::userunknown);
  CHECK(run("550 : User unknown", std::nullopt, "DATA", "", "ezweb.ne.jp").reason ==
        reason_kind::filtered);
}

TEST_CASE("decide: 'user unknown' without the SMTP step and with a code naming no address is a filter") {
  CHECK(run("550 user unknown", code(5, 0, 0), "").reason == reason_kind::filtered);
  CHECK(run("550 Unknown user nobody@example.net", code(5, 3, 0), "").reason ==
        reason_kind::filtered);
  CHECK(run("550 user unknown", code(5, 0, 0), "RCPT").reason == reason_kind::userunknown);
  CHECK(run("550 5.1.1 user unknown", code(5, 1, 1), "").reason == reason_kind::userunknown);
}

TEST_CASE("decide: a provider that wrote the report is read in its own words") {
  const std::string_view google =
      "** Address not found ** Your message wasn't delivered to a@example.it because the address "
      "couldn't be found. Check for typos or unnecessary spaces and try again.";
  auto d = run(google, code(5, 0, 0), "", "", "example.it", "googlemail.com");
  CHECK(d.reason == reason_kind::userunknown);
  CHECK(d.rule == "provider/google/address-not-found");
  d = run("550 Requested action not taken: mailbox unavailable", code(5, 5, 0), "", "",
          "example.org", "BAY004-MC1F22.hotmail.com");
  CHECK(d.reason == reason_kind::userunknown);
  // The same words in a report of another MTA are not the provider's.
  CHECK(run("550 Requested action not taken: mailbox unavailable", code(5, 5, 0), "", "",
            "example.org", "mx.example.net")
            .reason == reason_kind::filtered);
}

TEST_CASE("decide: a local delivery agent's verdict stands whatever the SMTP step") {
  auto d = run("mail.local: unknown user: kim 554 <kim@example.net>... Service unavailable",
               code(5, 5, 0), "");
  CHECK(d.reason == reason_kind::userunknown);
  CHECK(d.rule == "text/en/mda-unknown-user");
  CHECK(run("maildrop: Invalid user specified.", std::nullopt, "DATA").reason ==
        reason_kind::userunknown);
}

TEST_CASE("decide: AOL's report of a recipient domain whose MX lookup fails for good") {
  const std::string_view text =
      "Name service error for name=example.org type=MX: Malformed or unexpected name server reply";
  auto d = run(text, code(5, 4, 4), "", "", "example.org", "omr-m01.mx.aol.com");
  CHECK(d.reason == reason_kind::notaccept);
  // Reported by another MTA, the same words are a DNS failure.
  CHECK(run(text, code(5, 4, 4), "", "", "example.org", "mx.example.net").reason ==
        reason_kind::networkerror);
}

TEST_CASE("decide: a bare 'Recipient Not Found' (no Exchange code, no SMTP step) is a filter") {
  CHECK(run("Recipient Not Found MSEXCH:IMC:ORG:SITE:SERVER", std::nullopt, "").reason ==
        reason_kind::filtered);
}
