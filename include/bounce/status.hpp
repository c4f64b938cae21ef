// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file status.hpp  An enhanced mail system status code (RFC 3463).
#include <compare>
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
  friend auto operator<=>(const status_code&, const status_code&) = default;
};

}  // namespace bounce
