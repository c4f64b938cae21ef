// SPDX-License-Identifier: BSD-2-Clause
// The order of the reason decision: docs/reasons.md, "How a reason is decided". Each stage is a
// named function below; decide() is the one list of them, and the first stage that decides wins.
// The rules inside the stages are tables elsewhere (provider_rules.cpp, phrase_rules.cpp,
// status_rules.cpp); only their order lives here.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "classify/rules.hpp"

namespace bounce::rules {
namespace {
using R = reason_kind;

// Outcomes that are not a failure's cause: a report of another kind (feedback, an auto-reply, a
// success) or an ESP's statement that it did not try (a suppression list). No wording in the text
// is more specific than these; the extractor's verdict of one stands.
bool is_final_outcome(reason_kind r) {
  return r == R::feedback || r == R::vacation || r == R::delivered || r == R::suppressed;
}

// "User unknown" is a verdict on the address, which a server gives at RCPT. Said at another
// step (DATA), or without the step being known and under a code that names no address
// problem (X.0.0, 5.3.0, 5.7.1 ...), it is most often the recipient's filter refusing the
// message. Formats that state the verdict themselves (a provider's or an MTA's own catalogue)
// decide before this rule.
bool unknown_user_means_filtered(const evidence& ev) {
  if (ev.command == "RCPT" || ev.command == "MAIL") return false;
  // A local delivery program's report (X-UNIX) has no SMTP step: its "no such user" is the
  // lookup of the user itself (Postfix pipe(8) with EX_NOUSER, an LDAP delivery agent under Exim).
  if (ev.diagnostic_type == "X-UNIX") return false;
  return !(ev.status && ev.status->subject == 1);
}

// Stage 2: the extractor's verdict decides when it is a final outcome or when it names a cause
// (a catalogue's "mailbox-full", "no-mx", a format's stated subtype). A generic outcome (expired
// ...) waits for the specific causes of stages 3 to 5, even when the format states it: it says
// what became of the message, and a cause beside it says why (cause over consequence).
std::optional<decision> extractor_verdict(const evidence& ev) {
  if (!ev.verdict) return std::nullopt;
  if (is_final_outcome(*ev.verdict) || !is_generic_outcome(*ev.verdict))
    return decision{*ev.verdict, std::string(ev.verdict_rule)};
  return std::nullopt;
}

// Stage 4b: X-UNIX is the local delivery program's own report: when it names the program
// failing, that failure is the reason, whatever the program said about the user.
std::optional<decision> local_program_failure(const evidence& ev) {
  if (ev.diagnostic_type != "X-UNIX") return std::nullopt;
  return phrase_rule(ev, true, R::mailererror);
}

// Adjustments 3 and 4 of docs/reasons.md ("Adjustments to a strong phrase"): an address verdict
// read with the code and the step beside it.
decision read_in_context(const evidence& ev, decision d) {
  // 3. A destination that cannot be found right now, but may be later, is a network failure.
  if (d.reason == R::hostunknown && looks_temporary(ev))
    return decision{R::networkerror, d.rule + "/temporary"};
  // 4. "User unknown" outside RCPT.
  if (d.reason == R::userunknown && unknown_user_means_filtered(ev))
    return decision{R::filtered, d.rule + "/after-rcpt"};
  return d;
}

// Stage 5: the strong phrase sets, then the adjustments of docs/reasons.md ("Adjustments to a
// strong phrase") in their order.
std::optional<decision> strong_phrase(const evidence& ev) {
  auto d = phrase_rule(ev, true);
  if (!d || d->local_agent) return d;
  // 1, 2. An address refused at MAIL FROM is the sender's, and at the greeting the only address
  // in play is the client's own (its HELO name), whatever the wording calls it.
  const bool address_verdict =
      d->reason == R::userunknown || d->reason == R::filtered || d->reason == R::hostunknown;
  if (address_verdict)
    if (auto c = command_rule(ev)) return c;
  return read_in_context(ev, std::move(*d));
}

// Stage 8: the weak phrase sets, with the strong sets' adjustments 3 and 4 (the SMTP command of
// 1 and 2 decided in stage 7 already). Not in a report typed X-UNIX: there the words are a
// delivery program's, whose failure (class/x-unix) is more specific than a weak set's generic
// words, above all the sysexits texts its MTA writes for an exit code ("temporary failure" for
// EX_TEMPFAIL: Postfix sys_exits.c).
std::optional<decision> weak_phrase(const evidence& ev) {
  if (ev.diagnostic_type == "X-UNIX") return std::nullopt;
  auto d = phrase_rule(ev, false);
  if (!d || d->local_agent) return d;
  return read_in_context(ev, std::move(*d));
}

// Stage 5b: the extractor's generic verdict, when stages 3 to 5 found no more specific cause.
std::optional<decision> generic_verdict(const evidence& ev) {
  if (!ev.verdict || extractor_verdict(ev)) return std::nullopt;  // stage 2 took it
  return decision{*ev.verdict, std::string(ev.verdict_rule)};
}

// Stage 10: nothing decided.
decision fallback(const evidence& ev) {
  if (!ev.text.empty()) return decision{R::onhold, "fallback/onhold"};
  return decision{R::undefined, "fallback/undefined"};
}

// For bounce explain: the phrase sets that matched but were not the one a stage took, and why.
void add_phrase_losers(const evidence& ev, std::vector<candidate>& all) {
  const reason_kind winner = all.front().found.reason;
  for (phrase_match& m : phrase_matches(ev)) {
    bool listed = false;
    for (const candidate& c : all) listed = listed || c.found.rule == m.found.rule;
    if (listed) continue;
    std::string why;
    if (!m.allowed)
      why = "a content verdict, which needs the failure at or after DATA";
    else if (is_generic_outcome(m.found.reason) && !is_generic_outcome(winner))
      why = "a generic outcome: the cause named beside it decides";
    else
      why = "a set before it in the table's priority order (or a stronger stage) decided";
    all.push_back(
        {m.strong ? "5 strong phrase" : "8 weak phrase", std::move(m.found), std::move(why)});
  }
}

}  // namespace

// Generic outcomes say what became of the message, not why: the sending MTA gave up (expired:
// "retry timeout exceeded" is what Exim says whatever made the attempts fail), or nothing was
// decided (onhold, undefined: an MTA's "undeliverable" without a cause). The text around such a
// verdict often names the cause itself ("mailbox is full: retry timeout exceeded"), which is
// what the record's reader acts on. Every other reason names a cause, and a catalogue's entry for
// one is as specific as the text's wording.
bool is_generic_outcome(reason_kind r) {
  return r == R::expired || r == R::onhold || r == R::undefined;
}

decision decide(const evidence& ev, std::vector<candidate>* all) {
  // Stage 1 (feedback and delivered outcomes) is classify_draft's, before the evidence is built.
  // The first stage that decides wins. Without a collector (the normal path) decide returns
  // there; with one (bounce explain) every later stage is still asked, and what it found is
  // kept as a candidate that lost, with why.
  std::optional<decision> won;
  std::string_view won_stage;
  const auto offer = [&](std::string_view stage, std::optional<decision>&& d) {
    if (!d) return false;
    if (!won) {
      won = std::move(d);
      won_stage = stage;
      if (all) all->push_back({std::string(stage), *won, {}});
      return all == nullptr;
    }
    all->push_back({std::string(stage), std::move(*d),
                    "an earlier stage decided (" + std::string(won_stage) + ")"});
    return false;
  };
  if (offer("2 extractor verdict", extractor_verdict(ev))) return std::move(*won);
  // Stages 3 to 5: evidence that names a specific cause, the first of them only. A generic
  // outcome found there (a strong "retry timeout exceeded") is no more specific than the
  // extractor's verdict of one, which keeps its rule (stage 5b).
  bool specific_done = false;
  const auto specific = [&](std::string_view stage, std::optional<decision>&& d) {
    if (!d) return false;
    if (specific_done) {
      if (all)
        all->push_back({std::string(stage), std::move(*d),
                        won ? "an earlier stage decided (" + std::string(won_stage) + ")"
                            : std::string("stages 3 to 5 stop at their first finding, a generic "
                                          "outcome that defers to the extractor's verdict")});
      return false;
    }
    specific_done = true;
    if (!won && ev.verdict && is_generic_outcome(d->reason)) {
      if (all)
        all->push_back({std::string(stage), std::move(*d),
                        "a generic outcome, no more specific than the extractor's verdict of one"});
      return false;
    }
    return offer(stage, std::move(d));
  };
  if (specific("3 provider table", provider_rule(ev))) return std::move(*won);
  // 3b: a cause the text names beats a decisive code of another meaning (cause over
  // consequence: "452 4.4.5 Rate limit exceeded" is a rate limit, not a full system).
  if (specific("3b cause phrase", cause_phrase_rule(ev))) return std::move(*won);
  if (specific("4 decisive status code", status_rule(ev, true))) return std::move(*won);
  if (specific("4b local program failure", local_program_failure(ev))) return std::move(*won);
  if (specific("5 strong phrase", strong_phrase(ev))) return std::move(*won);
  if (offer("5b extractor's generic verdict", generic_verdict(ev))) return std::move(*won);
  if (offer("6 status code", status_rule(ev, false))) return std::move(*won);
  if (offer("7 SMTP command", command_rule(ev))) return std::move(*won);
  if (offer("8 weak phrase", weak_phrase(ev))) return std::move(*won);
  if (offer("9 class fallback", class_rule(ev))) return std::move(*won);
  if (offer("9b refused recipient", refused_recipient_rule(ev))) return std::move(*won);
  if (!won) {
    won = fallback(ev);  // 10
    if (all) all->push_back({"10 fallback", *won, {}});
  }
  if (all) {
    // The decision first, the rest in stage order.
    std::stable_partition(all->begin(), all->end(),
                          [](const candidate& c) { return c.lost.empty(); });
    add_phrase_losers(ev, *all);
  }
  return std::move(*won);
}

}  // namespace bounce::rules
