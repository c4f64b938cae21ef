// SPDX-License-Identifier: BSD-2-Clause
// Names of the record enums; these strings are a public contract (docs/record-schema.md).
#include "bounce/record.hpp"

#include <array>

namespace bounce {
namespace {
constexpr std::array<std::string_view, reason_count> reason_names = {
    "authfailure",   "badreputation", "blocked",         "contenterror",  "delivered",
    "emailtoolarge", "expired",       "failedstarttls",  "feedback",      "filtered",
    "hasmoved",      "hostunknown",   "mailboxfull",     "mailererror",   "networkerror",
    "norelaying",    "notaccept",     "notcompliantrfc", "onhold",        "policyviolation",
    "ratelimited",   "rejected",      "requireptr",      "securityerror", "spamdetected",
    "suppressed",    "suspend",       "syntaxerror",     "systemerror",   "systemfull",
    "undefined",     "userunknown",   "vacation",        "virusdetected",
};
// Names Sisimai used before 5.6 merged them (docs/reasons.md, "Aliases"): accepted on input,
// never written.
struct reason_alias {
  std::string_view name;
  reason_kind reason;
};
constexpr std::array<reason_alias, 4> reason_aliases = {{
    {"mesgtoobig", reason_kind::emailtoolarge},
    {"exceedlimit", reason_kind::emailtoolarge},
    {"speeding", reason_kind::ratelimited},
    {"toomanyconn", reason_kind::ratelimited},
}};
constexpr std::array<std::string_view, 5> action_names = {"failed", "delayed", "delivered",
                                                          "relayed", "expanded"};
constexpr std::array<std::string_view, 4> source_names = {"dsn", "reply", "text", "inferred"};
constexpr std::array<std::string_view, 5> timestamp_source_names = {
    "last_attempt_date", "arrival_date", "date", "received", "event"};
}  // namespace

std::string_view to_string(action_kind a) noexcept { return action_names[static_cast<int>(a)]; }
std::string_view to_string(reason_kind r) noexcept { return reason_names[static_cast<int>(r)]; }
std::string_view to_string(status_source s) noexcept { return source_names[static_cast<int>(s)]; }
std::string_view to_string(timestamp_source s) noexcept {
  return timestamp_source_names[static_cast<int>(s)];
}

std::optional<reason_kind> reason_from_string(std::string_view name) noexcept {
  for (int i = 0; i < reason_count; ++i)
    if (reason_names[i] == name) return static_cast<reason_kind>(i);
  for (const reason_alias& a : reason_aliases)
    if (a.name == name) return a.reason;
  return std::nullopt;
}

}  // namespace bounce
