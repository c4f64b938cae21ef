// SPDX-License-Identifier: BSD-2-Clause
// The phrase sets, the providers' patterns and looks_temporary's words share one automaton pass
// (text_hits). A table of diagnostics with the decision written by hand (the set that must win,
// including the orderings the tables rely on and the SMTP step that content reasons need), the
// temporary words as a table too, and then a property: the rules answer the same with a scan of
// their own (evidence::hits null), with a shared scan made by the first rule that asks, and with
// that scan reused, or reset for the next text.
#include "classify/text_hits.hpp"

#include <doctest/doctest.h>

#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace bounce;
using namespace bounce::rules;

namespace {

enum class stage { strong, weak };

// A decision written by hand: reason, rule, local agent. A null rule means "no set matches".
struct expected {
  reason_kind reason = reason_kind::undefined;
  std::string_view rule;
  bool local = false;
};
constexpr expected none{};

struct row {
  std::string_view text;  // already normalised (lower-case, one space)
  std::string_view command;
  stage at;
  expected want;
};

const row rows[] = {
    {"550 5.1.1 user unknown",
     "RCPT",
     stage::strong,
     {reason_kind::userunknown, "text/en/user-unknown"}},
    {"550 5.1.1 user unknown", "RCPT", stage::weak, none},
    {"550 5.1.1 no such user here",
     "",
     stage::strong,
     {reason_kind::userunknown, "text/en/user-unknown"}},
    {"552 mailbox full", "RCPT", stage::strong, {reason_kind::mailboxfull, "text/en/mailbox-full"}},
    // A '*' in a phrase is one token: the address or name inside the wording (Courier's "User
    // <%s> unknown", its local delivery agent's words). The token has no space, is not empty, and
    // head and tail must touch it.
    {"550 user <kim@example.org> unknown",
     "RCPT",
     stage::strong,
     {reason_kind::userunknown, "text/en/userunknown-courier-local", true}},
    {"550 user <kim example> unknown", "RCPT", stage::strong, none},
    {"550 user <> unknown", "RCPT", stage::strong, none},
    {"550 user < kim> unknown", "RCPT", stage::strong, none},
    {"550 mailbox kim@example.org does not exist",
     "RCPT",
     stage::strong,
     {reason_kind::userunknown, "text/en/user-unknown"}},
    {"550 mailbox of kim does not exist", "RCPT", stage::strong, none},
    // A " ** " is one to six words of one clause between a subject and its state: weak, so a
    // literal phrase or a code decides first.
    {"550 mailbox of kim does not exist",
     "RCPT",
     stage::weak,
     {reason_kind::userunknown, "text/en/user-unknown-word-order"}},
    {"550 the mailbox you are trying to reach is disabled",
     "RCPT",
     stage::weak,
     {reason_kind::suspend, "text/en/suspend-word-order"}},
    {"550 the mailbox you are trying to reach is disabled", "RCPT", stage::strong, none},
    {"550 the mailbox you are trying to reach right now is disabled", "RCPT", stage::weak,
     none},                                                               // eight words
    {"550 mailbox checked. sender disabled", "RCPT", stage::weak, none},  // two clauses
    {"550 mailbox kim, disabled", "RCPT", stage::weak, none},             // two clauses
    {"550 mailbox disabled", "RCPT", stage::weak, none},                  // the literal's
    {"550 postmailbox is now disabled", "RCPT", stage::weak, none},       // not a word start
    {"550 mailbox is not full", "RCPT", stage::weak, none},               // "not" is not a gap
    // The subject in the plural: a notice about several recipients states each one's state.
    {"552 the mailboxes you tried to reach are full",
     "RCPT",
     stage::weak,
     {reason_kind::mailboxfull, "text/en/mailbox-full-word-order"}},
    {"550 the accounts you wrote to are disabled",
     "RCPT",
     stage::weak,
     {reason_kind::suspend, "text/en/suspend-word-order"}},
    {"550 the mailboxesx you tried to reach are full", "RCPT", stage::weak, none},  // no plural
    // A gap word, or the word before the subject, that names another subject (a domain, a
    // host, the sender) makes the state that subject's.
    {"550 recipient domain is unknown",
     "RCPT",
     stage::weak,
     {reason_kind::hostunknown, "text/en/host-unknown-word-order"}},
    {"550 the mailbox on that server is disabled", "RCPT", stage::weak, none},
    {"550 sender account was suspended", "RCPT", stage::weak, none},
    // Only a state of the recipient's own mailbox, account or domain is guarded so: a relay
    // refusal or a listing names the domain or the server as a matter of course.
    {"550 relaying to that domain is not permitted",
     "RCPT",
     stage::weak,
     {reason_kind::norelaying, "text/en/relay-denied-word-order"}},
    {"550 the ip address of your mail server is listed",
     "RCPT",
     stage::weak,
     {reason_kind::blocked, "text/en/blocklist-word-order"}},
    // A '*' token is an address or a name, never another subject's word.
    {"550 recipient domain was not found in dns",
     "RCPT",
     stage::weak,
     {reason_kind::hostunknown, "text/en/host-unknown-word-order"}},
    {"550 recipient domain was not found in dns", "RCPT", stage::strong, none},
    {"552 the mailbox of kim is full",
     "RCPT",
     stage::weak,
     {reason_kind::mailboxfull, "text/en/mailbox-full-word-order"}},
    {"553 neko.example.com does not exist",
     "RCPT",
     stage::strong,
     {reason_kind::hostunknown, "text/en/host-unknown"}},
    // A local delivery agent's own words: tried with the strong sets, flagged local.
    {"mail.local: unknown user: kim",
     "",
     stage::strong,
     {reason_kind::userunknown, "text/en/mda-unknown-user", true}},
    {"mail.local: unknown user: kim", "", stage::weak, none},
    // Orderings: SES's sending quota before mailbox-full's "quota exceeded"; a sender on a list
    // before blocklist's "blacklisted".
    {"554 throttling failure: daily message quota exceeded",
     "DATA",
     stage::strong,
     {reason_kind::ratelimited, "text/en/rate-limit"}},
    {"550 access denied (sender blacklisted)",
     "MAIL",
     stage::strong,
     {reason_kind::rejected, "text/en/sender-rejected"}},
    {"554 client listed in a dnsbl",
     "CONN",
     stage::strong,
     {reason_kind::blocked, "text/en/blocklist"}},
    // A phrase's trailing space ends a word, and so does the end of the text (NetEase's
    // "450 DT:RBL" seen from a host that is not NetEase's); "rbls" is another word.
    {"450 dt:rbl", "RCPT", stage::strong, {reason_kind::blocked, "text/en/blocklist"}},
    {"450 dt:rbls", "RCPT", stage::strong, none},
    // Content reasons need the DATA step, or no step at all.
    {"554 message rejected as spam",
     "DATA",
     stage::strong,
     {reason_kind::spamdetected, "text/en/spam"}},
    {"554 message rejected as spam",
     "",
     stage::strong,
     {reason_kind::spamdetected, "text/en/spam"}},
    {"554 message rejected as spam",
     "BDAT",
     stage::strong,
     {reason_kind::spamdetected, "text/en/spam"}},
    {"554 message rejected as spam", "RCPT", stage::strong, none},
    {"554 virus found in the message",
     ".",
     stage::strong,
     {reason_kind::virusdetected, "text/en/virus"}},
    {"554 virus found in the message", "MAIL", stage::strong, none},
    // The bare word "spam" is only a weak hint.
    {"550 spam", "DATA", stage::strong, none},
    {"550 spam", "DATA", stage::weak, {reason_kind::spamdetected, "text/en/spam-word"}},
    {"550 spam", "RCPT", stage::weak, none},
    {"501 syntax error in parameters",
     "MAIL",
     stage::weak,
     {reason_kind::syntaxerror, "text/en/syntax"}},
    {"501 syntax error in parameters", "MAIL", stage::strong, none},
    {"421 retry timeout exceeded", "", stage::strong, {reason_kind::expired, "text/en/expired"}},
    {"connect to mx.example.net: no route to host",
     "CONN",
     stage::strong,
     {reason_kind::networkerror, "text/en/dns-failure"}},
    // Other languages, after English; UTF-8 phrases.
    {"benutzer unbekannt", "", stage::strong, {reason_kind::userunknown, "text/de/user-unknown"}},
    {"das postfach ist voll",
     "",
     stage::strong,
     {reason_kind::mailboxfull, "text/de/mailbox-full"}},
    // Near misses.
    {"550 user unknow", "RCPT", stage::strong, none},
    {"mailbox fu ll", "", stage::strong, none},
    {"", "", stage::strong, none},
    {"", "", stage::weak, none},
};

std::string describe(const std::optional<decision>& d) {
  if (!d) return "(none)";
  return std::string(to_string(d->reason)) + " " + d->rule + (d->local_agent ? " local" : "");
}
std::string describe(const expected& e) {
  if (e.rule.empty()) return "(none)";
  return std::string(to_string(e.reason)) + " " + std::string(e.rule) + (e.local ? " local" : "");
}

bool same(const std::optional<decision>& a, const std::optional<decision>& b) {
  return describe(a) == describe(b);
}

}  // namespace

TEST_CASE("phrase_rule: a table of diagnostics and the set that decides them") {
  text_hits shared;
  for (const row& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.command);
    CAPTURE(r.at == stage::strong);
    evidence ev;
    ev.text = r.text;
    ev.command = r.command;
    CHECK(describe(phrase_rule(ev, r.at == stage::strong)) == describe(r.want));
    shared.reset();
    ev.hits = &shared;
    CHECK(describe(phrase_rule(ev, r.at == stage::strong)) == describe(r.want));
  }
}

TEST_CASE("looks_temporary: the temporary words, the delay flag and class-4 codes") {
  struct temporary_row {
    std::string_view text;
    bool want;
  };
  const temporary_row words[] = {
      {"451 please try again later", true},
      {"the message was temporarily deferred", true},
      {"temporary failure in name resolution", true},
      {"mail deferred", true},
      {"try later", true},
      {"all mxs returned transient failures", true},
      {"transient parse error -- message queued for future delivery", true},
      {"delayed mail (still being retried)", true},
      {"a message that you sent has not yet been delivered", true},
      {"452 4.2.2 greylisted, please try again", true},
      {"i'm not going to try again", false},
      {"check the address and try again", false},
      {"host not found, try again", false},
      {"try agai", false},
      {"defer", false},
      {"tempora", false},
      {"permanent failure", false},
      {"", false},
  };
  text_hits shared;
  for (const auto& w : words) {
    CAPTURE(w.text);
    evidence ev;
    ev.text = w.text;
    CHECK(looks_temporary(ev) == w.want);
    shared.reset();
    ev.hits = &shared;
    CHECK(looks_temporary(ev) == w.want);
  }
  evidence delayed;
  delayed.delayed = true;
  CHECK(looks_temporary(delayed));
  evidence reply4;
  reply4.text = "mailbox busy";
  reply4.reply_code = 421;
  CHECK(looks_temporary(reply4));
  evidence status4;
  status4.status = status_code{4, 2, 2};
  CHECK(looks_temporary(status4));
  evidence status5;
  status5.text = "mailbox busy";
  status5.status = status_code{5, 2, 2};
  status5.reply_code = 552;
  CHECK_FALSE(looks_temporary(status5));
}

TEST_CASE("text_hits: a shared scan, reused or reset, answers as a scan of the rule's own") {
  // Texts assembled from the table's diagnostics, cut and joined, with temporary words.
  std::vector<std::string_view> words;
  for (const row& r : rows) words.push_back(r.text);
  const std::string_view fillers[] = {" ",         "550 5.1.1 ",      "x",
                                      "temporar",  "try again later", "deferred",
                                      "try later", "try agai",        "defer"};
  const std::string_view commands[] = {"", "RCPT", "DATA", "MAIL", "BDAT"};
  std::mt19937 rng(2024);
  text_hits shared;
  std::size_t decided = 0, temporary = 0;
  for (int t = 0; t < 4000; ++t) {
    std::string text;
    for (unsigned k = rng() % 5; k > 0; --k) {
      if (rng() % 2) text.append(fillers[rng() % std::size(fillers)]);
      std::string_view w = words[rng() % words.size()];
      if (rng() % 4 == 0 && !w.empty()) w = w.substr(0, rng() % w.size());
      text.append(w);
    }
    CAPTURE(text);
    evidence ev;
    ev.text = text;
    ev.command = commands[rng() % std::size(commands)];
    for (const bool strong : {true, false}) {
      ev.hits = nullptr;
      const auto own = phrase_rule(ev, strong);
      decided += own.has_value();
      // The shared scan, as classify_draft passes it: reset for this text, made by the first
      // call, read by the second.
      shared.reset();
      ev.hits = &shared;
      CHECK(same(phrase_rule(ev, strong), own));
      CHECK(shared.scanned() == !text.empty());  // an empty text needs no scan
      CHECK(same(phrase_rule(ev, strong), own));
    }
    ev.hits = nullptr;
    const bool own_temporary = looks_temporary(ev);
    temporary += own_temporary;
    ev.hits = &shared;
    CHECK(looks_temporary(ev) == own_temporary);
  }
  CHECK(decided > 1000);  // the texts did reach the tables
  CHECK(temporary > 300);
}

TEST_CASE("text_hits: first() finds the lowest id found in a range") {
  // The id of the set holding "mailbox full", as the phrase table registers it.
  const pattern_bases& b = bases();
  REQUIRE(b.phrases < b.providers);
  REQUIRE(b.providers < b.temporary);
  REQUIRE(b.end == b.temporary + 1);
  std::vector<substring_matcher::pattern> patterns;
  phrase_patterns(patterns, b.phrases);
  std::uint32_t full = b.end;
  for (const auto& p : patterns)
    if (p.text == "mailbox full") full = p.id;
  REQUIRE(full < b.providers);
  text_hits h;
  h.scan("mailbox full deferred");
  CHECK(h.test(full));
  CHECK(h.test(b.temporary));
  CHECK(h.first(0, b.end) <= full);
  CHECK(h.first(full, b.providers) == full);
  CHECK(h.first(full + 1, b.providers) == b.providers);  // no other phrase set matches
  CHECK(h.first(b.temporary, b.end) == b.temporary);
  CHECK(h.first(b.temporary + 1, b.end) == b.end);
  h.scan("");
  CHECK(h.first(0, b.end) == b.end);
  CHECK_FALSE(h.test(b.temporary));
}
