// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file status.hpp  An enhanced mail system status code (RFC 3463).
#include <string>

namespace bounce {

/// class.subject.detail, e.g. 5.1.1. class is 2, 4 or 5; subject and detail are 0..999.
struct status_code {
  int cls = 0;
  int subject = 0;
  int detail = 0;

  std::string to_string() const {
    return std::to_string(cls) + '.' + std::to_string(subject) + '.' + std::to_string(detail);
  }
  // Ordered by class, subject, detail. Written out (not <=>) so that the header stays C++17.
  friend constexpr bool operator==(const status_code& a, const status_code& b) noexcept {
    return a.cls == b.cls && a.subject == b.subject && a.detail == b.detail;
  }
  friend constexpr bool operator!=(const status_code& a, const status_code& b) noexcept {
    return !(a == b);
  }
  friend constexpr bool operator<(const status_code& a, const status_code& b) noexcept {
    if (a.cls != b.cls) return a.cls < b.cls;
    if (a.subject != b.subject) return a.subject < b.subject;
    return a.detail < b.detail;
  }
  friend constexpr bool operator>(const status_code& a, const status_code& b) noexcept {
    return b < a;
  }
  friend constexpr bool operator<=(const status_code& a, const status_code& b) noexcept {
    return !(b < a);
  }
  friend constexpr bool operator>=(const status_code& a, const status_code& b) noexcept {
    return !(a < b);
  }
};

}  // namespace bounce
