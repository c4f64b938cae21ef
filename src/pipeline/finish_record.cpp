// SPDX-License-Identifier: BSD-2-Clause
#include "pipeline/finish_record.hpp"

#include <string_view>

#include "detail/string_util.hpp"

namespace bounce::pipeline {
namespace {

// The domain of an address, lower case (domains are case-insensitive, RFC 5321 2.4); empty when
// the address has no "@" or nothing after it.
std::string domain_of(std::string_view address) {
  const auto at = address.rfind('@');
  if (at == std::string_view::npos || at + 1 == address.size()) return {};
  return detail::to_lower(address.substr(at + 1));
}

}  // namespace

bool is_permanent(const record& rec) noexcept {
  switch (rec.reason) {
    case reason_kind::delivered:
    case reason_kind::feedback:
    case reason_kind::vacation:
      return false;
    default:
      break;
  }
  if (rec.action != action_kind::failed) return false;
  if (rec.reason == reason_kind::expired) return true;
  if (rec.status) return rec.status->cls == 5 || rec.status_source == status_source::dsn;
  if (rec.reply_code) return *rec.reply_code >= 500;
  return true;  // "failed" with no code to say otherwise
}

void finish_record(record& rec, const options& /*opt*/) {
  if (rec.destination.empty()) rec.destination = domain_of(rec.recipient);
  if (rec.sender_domain.empty()) rec.sender_domain = domain_of(rec.sender);
  rec.permanent = is_permanent(rec);
}

}  // namespace bounce::pipeline
