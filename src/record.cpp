// Names of the record enums; these strings are a public contract (docs/record-schema.md).
#include "bounce/record.hpp"

#include <array>

namespace bounce {
namespace {
constexpr std::array<std::string_view, reason_count> reason_names = {
    "authfailure",     "badreputation", "blocked",        "contenterror",    "delivered",
    "exceedlimit",     "expired",       "failedstarttls", "feedback",        "filtered",
    "hasmoved",        "hostunknown",   "mailboxfull",    "mailererror",     "mesgtoobig",
    "networkerror",    "norelaying",    "notaccept",      "notcompliantrfc", "onhold",
    "policyviolation", "rejected",      "requireptr",     "securityerror",   "spamdetected",
    "speeding",        "suppressed",    "suspend",        "syntaxerror",     "systemerror",
    "systemfull",      "toomanyconn",   "undefined",      "userunknown",     "vacation",
    "virusdetected",
};
constexpr std::array<std::string_view, 5> action_names = {"failed", "delayed", "delivered",
                                                          "relayed", "expanded"};
constexpr std::array<std::string_view, 4> source_names = {"dsn", "reply", "text", "inferred"};
}  // namespace

std::string_view to_string(action_kind a) noexcept { return action_names[static_cast<int>(a)]; }
std::string_view to_string(reason_kind r) noexcept { return reason_names[static_cast<int>(r)]; }
std::string_view to_string(status_source s) noexcept { return source_names[static_cast<int>(s)]; }

std::optional<reason_kind> reason_from_string(std::string_view name) noexcept {
  for (int i = 0; i < reason_count; ++i)
    if (reason_names[i] == name) return static_cast<reason_kind>(i);
  return std::nullopt;
}

}  // namespace bounce
