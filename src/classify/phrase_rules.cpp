// Stages 4 and 6: phrase sets per language (phrases/<lang>.inc). The order of the sets in this
// table is the priority: the first matching set wins, so the result never depends on hashing.
#include <initializer_list>
#include <string_view>

#include "classify/rules.hpp"

namespace bounce::rules {
namespace {

enum class strength { strong, weak };

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

// spamdetected, virusdetected and contenterror judge content, so they need the failure to come
// at or after DATA (or at an unknown step): a content verdict at RCPT is a misreading.
bool content_reason_allowed(reason_kind r, std::string_view command) {
  if (r != reason_kind::spamdetected && r != reason_kind::virusdetected &&
      r != reason_kind::contenterror)
    return true;
  return command.empty() || command == "DATA" || command == "." || command == "BDAT";
}

}  // namespace

std::optional<decision> phrase_rule(const evidence& ev, bool strong) {
  if (ev.text.empty()) return std::nullopt;
  const strength want = strong ? strength::strong : strength::weak;
  for (const phrase_set& set : phrase_sets) {
    if (set.level != want || !content_reason_allowed(set.reason, ev.command)) continue;
    for (std::string_view p : set.phrases)
      if (ev.text.find(p) != std::string_view::npos) return decision{set.reason, std::string(set.rule)};
  }
  return std::nullopt;
}

}  // namespace bounce::rules
