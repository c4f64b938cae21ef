// SPDX-License-Identifier: BSD-2-Clause
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
  // Postfix's sender restrictions answer at RCPT (smtpd_delay_reject) with "Sender address
  // rejected:" and a detail that names the sender's problem, not the recipient's.
  CHECK(run("550 5.7.1 <a@example.com>: Sender address rejected: Domain not found", code(5, 7, 1),
            "RCPT")
            .reason == reason_kind::rejected);
  CHECK(run("550 5.1.0 <a@example.com>: Sender address rejected: User unknown in local recipient "
            "table",
            code(5, 1, 0), "RCPT")
            .reason == reason_kind::rejected);
}

TEST_CASE("decide: KDDI names an unknown mailbox, its filter does not") {
  CHECK(run("550 <nobody.here@ezweb.ne.jp>: User unknown", std::nullopt, "", "", "ezweb.ne.jp")
            .reason == reason_kind::userunknown);
  CHECK(run("550 : User unknown", std::nullopt, "DATA", "", "ezweb.ne.jp").reason ==
        reason_kind::filtered);
}

TEST_CASE(
    "decide: 'user unknown' without the SMTP step and with a code naming no address is a filter") {
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
  // Postfix local(8), src/local/unknown.c: no SMTP step, no code ("<kim@example.net>: unknown
  // user: \"kim\"" in a notice without its delivery report).
  d = run("unknown user: \"kim\"", std::nullopt, "");
  CHECK(d.reason == reason_kind::userunknown);
  CHECK(d.rule == "text/en/mda-unknown-user");
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

namespace {
// decide() with an extractor's verdict (docs/reasons.md, stage 2 and 5b).
decision run_with_verdict(std::string_view text, reason_kind verdict, bool stated,
                          std::optional<status_code> status = std::nullopt,
                          std::string_view command = {}) {
  static std::string t;
  t = normalize_text(text);
  evidence ev;
  ev.text = t;
  ev.status = status;
  ev.command = command;
  ev.verdict = verdict;
  ev.verdict_rule = "extractor/exim/catalogue-id";
  ev.verdict_stated = stated;
  return decide(ev);
}
}  // namespace

TEST_CASE("decide: the extractor's verdict is weighed with the evidence") {
  using R = reason_kind;
  struct row {
    std::string_view text;
    reason_kind verdict;
    bool stated;
    std::optional<status_code> status;
    std::string_view command;
    reason_kind reason;
    std::string_view rule;
  };
  const std::string_view full = "save to x generated by x mailbox is full: retry timeout exceeded";
  const row rows[] = {
      // A generic outcome from a catalogue yields to a cause the text names ...
      {full, R::expired, false, std::nullopt, "", R::mailboxfull, "text/en/mailbox-full"},
      // ... or a decisive status code ...
      {"retry timeout exceeded", R::expired, false, code(4, 2, 2), "", R::mailboxfull,
       "status/X.2.2"},
      // ... or an unknown user at RCPT (after the strong phrase's adjustments).
      {"550 user unknown", R::undefined, false, std::nullopt, "RCPT", R::userunknown,
       "text/en/user-unknown"},
      // A stated generic outcome yields too: the format states what became of the message, the
      // text why (cause over consequence) ...
      {full, R::expired, true, std::nullopt, "", R::mailboxfull, "text/en/mailbox-full"},
      // ... but a stated cause is not overridden.
      {"550 5.1.1 user unknown", R::mailboxfull, true, code(5, 1, 1), "RCPT", R::mailboxfull,
       "extractor/exim/catalogue-id"},
      // Nothing more specific (the text's own "retry timeout exceeded" is the same outcome, and
      // weak wording or after-wording codes do not count): the verdict keeps its rule.
      {"retry timeout exceeded", R::expired, false, std::nullopt, "", R::expired,
       "extractor/exim/catalogue-id"},
      {"all hosts have been failing: blocked", R::expired, false, std::nullopt, "", R::expired,
       "extractor/exim/catalogue-id"},
      {"retry timeout exceeded", R::expired, false, code(5, 1, 1), "", R::expired,
       "extractor/exim/catalogue-id"},
      // A catalogue entry that names a cause decides, as specific as any wording.
      {"unrouteable address: mailbox is full", R::hostunknown, false, std::nullopt, "",
       R::hostunknown, "extractor/exim/catalogue-id"},
      // Final outcomes stand whatever the text says.
      {"mailbox is full", R::suppressed, false, std::nullopt, "", R::suppressed,
       "extractor/exim/catalogue-id"},
      {"I am away; my mailbox is full", R::vacation, false, std::nullopt, "", R::vacation,
       "extractor/exim/catalogue-id"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.stated);
    const decision d = run_with_verdict(r.text, r.verdict, r.stated, r.status, r.command);
    CHECK(d.reason == r.reason);
    CHECK(d.rule == r.rule);
  }
}

TEST_CASE("decide: generic outcomes are the ones that name no cause") {
  for (int i = 0; i < reason_count; ++i) {
    const auto r = static_cast<reason_kind>(i);
    CAPTURE(i);
    const bool generic =
        r == reason_kind::expired || r == reason_kind::onhold || r == reason_kind::undefined;
    CHECK(is_generic_outcome(r) == generic);
  }
}

TEST_CASE("decide: a time-out at the connection is no refusal; a reply there is") {
  // Postfix "connect to host: Connection timed out": nobody answered, so nobody refused.
  CHECK(run("connect to mx.example.org[192.0.2.1]:25: Connection timed out", std::nullopt, "CONN")
            .reason == reason_kind::expired);
  static std::string t;
  t = normalize_text("550 go away");
  evidence ev;
  ev.text = t;
  ev.command = "CONN";
  ev.reply_code = 550;
  const decision d = decide(ev);
  CHECK(d.reason == reason_kind::blocked);
  CHECK(d.rule == "command/conn");
}

TEST_CASE("decide: a time-out names no more than the status detail beside it") {
  CHECK(run("421 4.4.2 Connection timed out", code(4, 4, 2), "").reason ==
        reason_kind::networkerror);
  CHECK(run("426 connection timed out", code(4, 0, 0), "").reason == reason_kind::expired);
  // An explicit expiry is the outcome whatever connection failure it quotes (Amazon SES).
  CHECK(run("554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection "
            "timed out>",
            code(4, 4, 2), "")
            .reason == reason_kind::expired);
}

TEST_CASE("decide: in an X-UNIX report, a weak phrase's generic words do not beat the program") {
  // Postfix writes "temporary failure" for a delivery program's exit 75 (sys_exits.c): under
  // Diagnostic-Type X-UNIX the program failed; the same words from a server are a system error.
  static std::string t;
  t = normalize_text("temporary failure");
  evidence ev;
  ev.text = t;
  ev.status = code(4, 3, 0);
  ev.diagnostic_type = "X-UNIX";
  const decision program = decide(ev);
  CHECK(program.reason == reason_kind::mailererror);
  CHECK(program.rule == "class/x-unix");
  ev.diagnostic_type = {};
  CHECK(decide(ev).reason == reason_kind::systemerror);
}
