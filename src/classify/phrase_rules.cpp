// Stages 4 and 6: phrase sets per language (phrases/<lang>.inc). The order of the sets in this
// table is the priority: the first matching set wins, so the result never depends on hashing.
//
// Matching: one automaton over every phrase of every set (substring_matcher), built once at
// first use, finds in a single pass over the text which sets have a phrase in it; the sets are
// then tried in table order exactly as before (same filters, same first winner).
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "classify/rules.hpp"
#include "classify/substring_matcher.hpp"

namespace bounce::rules {
namespace {

// local: a local delivery agent's own message ("mail.local: unknown user:"); tried with the
// strong sets, and its verdict stands whatever the SMTP step.
enum class strength { strong, weak, local };

struct phrase_set {
  strength level;
  reason_kind reason;
  std::string_view rule;
  std::initializer_list<std::string_view> phrases;
};

#define BOUNCE_PHRASES(st, r, id, ...) \
  {strength::st, reason_kind::r, "text/" BOUNCE_LANG "/" id, {__VA_ARGS__}},

const phrase_set phrase_sets[] = {
#define BOUNCE_LANG "en"
#include "classify/phrases/en.inc"
#undef BOUNCE_LANG
#if __has_include("classify/phrases/intl.inc")
#  include "classify/phrases/intl.inc"
#endif
};
#undef BOUNCE_PHRASES

constexpr std::size_t kSets = std::size(phrase_sets);
using set_bits = std::bitset<kSets>;

// spamdetected, virusdetected and contenterror judge content, so they need the failure to come
// at or after DATA (or at an unknown step): a content verdict at RCPT is a misreading.
bool content_reason_allowed(reason_kind r, std::string_view command) {
  if (r != reason_kind::spamdetected && r != reason_kind::virusdetected &&
      r != reason_kind::contenterror)
    return true;
  return command.empty() || command == "DATA" || command == "." || command == "BDAT";
}

// Every phrase of every set in one automaton; a match reports the index of the phrase's set.
class phrase_matcher {
 public:
  phrase_matcher() : m_(patterns()) {}

  /// The sets with at least one phrase in text.
  set_bits match(std::string_view text) const {
    set_bits found;
    m_.match(text, [&](std::uint32_t set) { found.set(set); });
    return found;
  }

 private:
  static std::vector<substring_matcher::pattern> patterns() {
    std::vector<substring_matcher::pattern> out;
    for (std::size_t s = 0; s < kSets; ++s)
      for (std::string_view p : phrase_sets[s].phrases) out.push_back({p, static_cast<std::uint32_t>(s)});
    return out;
  }

  substring_matcher m_;
};

const phrase_matcher& matcher() {
  static const phrase_matcher m;
  return m;
}

}  // namespace

std::optional<decision> phrase_rule(const evidence& ev, bool strong,
                                    std::optional<reason_kind> only) {
  if (ev.text.empty()) return std::nullopt;
  const strength want = strong ? strength::strong : strength::weak;
  // decide() asks up to three times about the same text (strong, X-UNIX, weak sets): scan it
  // once. The cache is keyed by the text itself, so it can never answer for another text.
  thread_local std::string last_text;
  thread_local set_bits last_found;
  if (ev.text != last_text) {
    last_found = matcher().match(ev.text);
    last_text.assign(ev.text);
  }
  const set_bits found = last_found;
  if (found.none()) return std::nullopt;
  for (std::size_t s = 0; s < kSets; ++s) {
    const phrase_set& set = phrase_sets[s];
    const bool level = set.level == want || (strong && set.level == strength::local);
    if (!level || !content_reason_allowed(set.reason, ev.command)) continue;
    if (only && set.reason != *only) continue;
    if (found.test(s))
      return decision{set.reason, std::string(set.rule), set.level == strength::local};
  }
  return std::nullopt;
}

}  // namespace bounce::rules
