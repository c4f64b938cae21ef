// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file status_registry.hpp  The IANA SMTP enhanced status code registry, generated at build time
/// from src/registry/iana-smtp-enhanced-status-codes.txt, plus the class and subject codes of RFC
/// 3463.
#include <optional>
#include <string_view>
#include <vector>

#include "bounce/span.hpp"
#include "bounce/status.hpp"

namespace bounce {

/// One enumerated entry "X.subject.detail".
struct status_entry {
  int subject = 0;
  int detail = 0;
  std::string_view code;              ///< "X.1.1"
  std::string_view title;             ///< sample text, e.g. "Bad destination mailbox address"
  span<const int> basic_codes;        ///< reply codes given as numbers (551, 250 ...), maybe empty
  std::string_view basic_codes_text;  ///< the cell as written ("451, 550", "Any", "5XX", ...)
  std::string_view description;
  std::string_view reference;
  bool deprecated = false;  ///< X.6.10
};

/// A class (2, 4, 5) or subject (X.0 .. X.7) code of RFC 3463.
struct status_category {
  int number = 0;
  std::string_view code;   ///< "5" or "X.1"
  std::string_view title;  ///< "Permanent Failure", "Addressing Status"
};

/// Result of looking up a concrete status.
struct status_lookup {
  const status_category* cls = nullptr;      ///< null when the class is not 2, 4 or 5
  const status_category* subject = nullptr;  ///< null when the subject is not 0..7
  const status_entry* detail =
      nullptr;             ///< null when subject.detail is not registered (class not checked)
  bool fell_back = false;  ///< detail null but cls or subject known: only their titles apply
};

namespace status_registry {
span<const status_entry> entries() noexcept;      ///< the 81 enumerated entries, in file order
span<const status_category> classes() noexcept;   ///< 2, 4, 5
span<const status_category> subjects() noexcept;  ///< X.0 .. X.7
/// Entry for "X.s.d" (class ignored); null when not registered.
const status_entry* find(int subject, int detail) noexcept;
/// Class, subject and detail of a concrete code (RFC 3463 section 2): lookup({5, 1, 1}) gives
/// "Permanent Failure", "Addressing Status", "Bad destination mailbox address"; lookup({5, 1, 99})
/// gives the first two with detail null and fell_back set.
status_lookup lookup(const status_code&) noexcept;
bool is_registered(const status_code&) noexcept;  ///< class 2/4/5 and subject.detail enumerated
}  // namespace status_registry

}  // namespace bounce
