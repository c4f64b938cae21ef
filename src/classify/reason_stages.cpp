// SPDX-License-Identifier: BSD-2-Clause
// The order of the reason decision: docs/reasons.md, "How a reason is decided". Each stage is a
// named function below; decide() is the one list of them, and the first stage that decides wins.
// The rules inside the stages are tables elsewhere (provider_rules.cpp, phrase_rules.cpp,
// status_rules.cpp); only their order lives here.
#include <utility>

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
  return !(ev.status && ev.status->subject == 1);
}

// Stage 2: the extractor's verdict decides when the format states it (strength::stated), when it
// is a final outcome, or when it names a cause (a catalogue's "mailbox-full", "no-mx"). A generic
// outcome (expired ...) waits for the specific causes of stages 3 to 5.
std::optional<decision> extractor_verdict(const evidence& ev) {
  if (!ev.verdict) return std::nullopt;
  if (ev.verdict_stated || is_final_outcome(*ev.verdict) || !is_generic_outcome(*ev.verdict))
    return decision{*ev.verdict, std::string(ev.verdict_rule)};
  return std::nullopt;
}

// Stage 4b: X-UNIX is the local delivery program's own report: when it names the program
// failing, that failure is the reason, whatever the program said about the user.
std::optional<decision> local_program_failure(const evidence& ev) {
  if (ev.diagnostic_type != "X-UNIX") return std::nullopt;
  return phrase_rule(ev, true, R::mailererror);
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
  // 3. A destination that cannot be found right now, but may be later, is a network failure.
  if (d->reason == R::hostunknown && looks_temporary(ev))
    return decision{R::networkerror, d->rule + "/temporary"};
  // 4. "User unknown" outside RCPT.
  if (d->reason == R::userunknown && unknown_user_means_filtered(ev))
    return decision{R::filtered, d->rule + "/after-rcpt"};
  return d;
}

// Stages 3 to 5: evidence that names a specific cause.
std::optional<decision> specific_cause(const evidence& ev) {
  if (auto d = provider_rule(ev)) return d;          // 3: provider tables
  if (auto d = status_rule(ev, true)) return d;      // 4: decisive status codes
  if (auto d = local_program_failure(ev)) return d;  // 4b
  return strong_phrase(ev);                          // 5: strong phrases
}

// Stage 5b: the extractor's generic verdict, when stages 3 to 5 found no more specific cause.
std::optional<decision> generic_verdict(const evidence& ev) {
  if (!ev.verdict) return std::nullopt;
  return decision{*ev.verdict, std::string(ev.verdict_rule)};
}

// Stage 10: nothing decided.
decision fallback(const evidence& ev) {
  if (!ev.text.empty()) return decision{R::onhold, "fallback/onhold"};
  return decision{R::undefined, "fallback/undefined"};
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

decision decide(const evidence& ev) {
  // Stage 1 (feedback and delivered outcomes) is classify_draft's, before the evidence is built.
  if (auto d = extractor_verdict(ev)) return std::move(*d);  // 2
  if (auto d = specific_cause(ev)) {                         // 3 to 5
    // A generic outcome found there (a strong "retry timeout exceeded") is no more specific
    // than the extractor's verdict of one, which keeps its rule.
    if (!ev.verdict || !is_generic_outcome(d->reason)) return std::move(*d);
  }
  if (auto d = generic_verdict(ev)) return std::move(*d);         // 5b
  if (auto d = status_rule(ev, false)) return std::move(*d);      // 6: after-wording codes
  if (auto d = command_rule(ev)) return std::move(*d);            // 7: the SMTP command
  if (auto d = phrase_rule(ev, false)) return std::move(*d);      // 8: weak phrases
  if (auto d = class_rule(ev)) return std::move(*d);              // 9: class fallbacks
  if (auto d = refused_recipient_rule(ev)) return std::move(*d);  // 9b
  return fallback(ev);                                            // 10
}

}  // namespace bounce::rules
