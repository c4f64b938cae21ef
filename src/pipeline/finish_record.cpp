// SPDX-License-Identifier: BSD-2-Clause
#include "pipeline/finish_record.hpp"

#include <charconv>
#include <string_view>

#include "bounce/timestamp.hpp"
#include "detail/string_util.hpp"
#include "pipeline/sha1.hpp"

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

std::string record_token(std::string_view sender, std::string_view recipient,
                         std::string_view timestamp) {
  const auto t = parse_rfc3339(timestamp);
  if (recipient.empty() || !t) return {};
  // Sisimai::String->token: sprintf("\x02%s\x1e%s\x1e%d\x03", lc $addr1, lc $addr2, $epoch).
  std::string input;
  input.reserve(sender.size() + recipient.size() + 24);
  input.push_back('\x02');
  input += detail::to_lower(sender);
  input.push_back('\x1e');
  input += detail::to_lower(recipient);
  input.push_back('\x1e');
  char digits[24];
  input.append(digits, std::to_chars(digits, digits + sizeof digits, t->epoch).ptr);
  input.push_back('\x03');
  const auto hex = sha1_hex(input);
  return std::string(hex.data(), hex.size());
}

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
  if (rec.token.empty()) rec.token = record_token(rec.sender, rec.recipient, rec.timestamp);
  rec.permanent = is_permanent(rec);
}

}  // namespace bounce::pipeline
