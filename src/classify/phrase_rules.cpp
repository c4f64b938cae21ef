// SPDX-License-Identifier: BSD-2-Clause
// Stages 3b, 5 and 8 of docs/reasons.md: the phrase sets (the literal table of phrase_table.hpp).
// The order of the sets in the table is the priority: the first matching set wins, so the
// result never depends on hashing.
//
// Matching: the classifier's one automaton (text_hits: every phrase of every set, with the
// providers' patterns and the temporary words), built once at first use, finds in a single
// pass over the text which sets have a phrase in it; the sets are then tried in table order
// exactly as before (same filters, same first winner).
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "classify/phrase_table.hpp"
#include "classify/rules.hpp"
#include "classify/text_hits.hpp"

namespace bounce::rules {
namespace {

constexpr std::uint32_t kSets = std::size(phrase_sets);

// spamdetected, virusdetected and contenterror judge content, so they need the failure to come
// at or after DATA (or at an unknown or only assumed step): a content verdict at RCPT is a
// misreading.
bool content_reason_allowed(const phrase_set& set, const evidence& ev) {
  const reason_kind r = set.reason;
  if (r != reason_kind::spamdetected && r != reason_kind::virusdetected &&
      r != reason_kind::contenterror)
    return true;
  if (ev.command_assumed) return !set.stated_data_only;
  const std::string_view command = ev.command;
  return command.empty() || command == "DATA" || command == "." || command == "BDAT";
}

// Whether a set may decide this evidence: its content reason at the right step, and a set of
// words that mean its reason only in a permanent failure not where the failure looks temporary.
bool set_applies(const phrase_set& set, const evidence& ev) {
  return content_reason_allowed(set, ev) && (!set.permanent_only || !looks_temporary(ev));
}

// The decision a phrase set gives.
decision decision_of(const phrase_set& set) {
  return decision{set.reason, std::string(set.rule), set.level == phrase_strength::local,
                  set.inferred, set.defers};
}

// The first set of a stage of its own (cause, refused_recipient) with a phrase in the text.
std::optional<decision> first_set_of(const evidence& ev, phrase_strength level) {
  const text_hits& found = hits_of(ev);
  const std::uint32_t base = bases().phrases;
  for (std::size_t s = 0; s < kSets; ++s) {
    const phrase_set& set = phrase_sets[s];
    if (set.level == level && set_applies(set, ev) &&
        found.test(base + static_cast<std::uint32_t>(s)))
      return decision_of(set);
  }
  return std::nullopt;
}

}  // namespace

std::optional<decision> phrase_rule(const evidence& ev, bool strong,
                                    std::optional<reason_kind> only) {
  if (ev.text.empty()) return std::nullopt;
  const phrase_strength want = strong ? phrase_strength::strong : phrase_strength::weak;
  // decide() asks up to three times about the same text (strong, X-UNIX, weak sets): the scan
  // is made once (hits_of) and shared with the provider rules and looks_temporary.
  const text_hits& found = hits_of(ev);
  const std::uint32_t base = bases().phrases;
  if (found.first(base, base + kSets) == base + kSets) return std::nullopt;  // no set matched
  // Cause over consequence (docs/reasons.md): a set whose reason is a generic outcome ("retry
  // timeout exceeded", "giving up") decides only when no set naming a cause matched too, since
  // the text that gives both ("mailbox is full: retry timeout exceeded") failed for the cause.
  const phrase_set* outcome = nullptr;
  for (std::size_t s = 0; s < kSets; ++s) {
    const phrase_set& set = phrase_sets[s];
    const bool level =
        set.level == want ||
        (strong && (set.level == phrase_strength::local || set.level == phrase_strength::cause));
    if (!level || !set_applies(set, ev)) continue;
    if (only && set.reason != *only) continue;
    if (!found.test(base + static_cast<std::uint32_t>(s))) continue;
    if (is_generic_outcome(set.reason)) {
      if (!outcome) outcome = &set;
      continue;
    }
    return decision_of(set);
  }
  if (outcome) return decision_of(*outcome);
  return std::nullopt;
}

std::optional<decision> cause_phrase_rule(const evidence& ev) {
  if (ev.text.empty()) return std::nullopt;
  return first_set_of(ev, phrase_strength::cause);
}

std::vector<phrase_match> phrase_matches(const evidence& ev) {
  std::vector<phrase_match> out;
  if (ev.text.empty()) return out;
  const text_hits& found = hits_of(ev);
  const std::uint32_t base = bases().phrases;
  for (std::size_t s = 0; s < kSets; ++s) {
    const phrase_set& set = phrase_sets[s];
    if (set.level == phrase_strength::refused_recipient) continue;  // a stage of its own
    if (!found.test(base + static_cast<std::uint32_t>(s))) continue;
    out.push_back({decision{set.reason, std::string(set.rule), set.level == phrase_strength::local},
                   set.level != phrase_strength::weak, content_reason_allowed(set, ev)});
  }
  return out;
}

std::optional<decision> refused_recipient_rule(const evidence& ev) {
  if (ev.text.empty() || ev.status || ev.command != "RCPT") return std::nullopt;
  if (!ev.reply_code || *ev.reply_code / 100 != 5) return std::nullopt;
  return first_set_of(ev, phrase_strength::refused_recipient);
}

// A pattern's own id is the index of its set.
std::uint32_t phrase_patterns(std::vector<substring_matcher::pattern>& out, std::uint32_t base) {
  for (std::uint32_t s = 0; s < kSets; ++s)
    for (std::string_view p : phrase_sets[s].phrases) out.push_back({p, base + s});
  return kSets;
}

}  // namespace bounce::rules
