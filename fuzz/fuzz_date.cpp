// SPDX-License-Identifier: BSD-2-Clause
// RFC 5322 date-time (Arrival-Date, Last-Attempt-Date, Date) and its RFC 3339 rendering.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "bounce/fields.hpp"
#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  if (auto d = bounce::parse_date(in)) {
    const std::string s = d->to_rfc3339();
    FUZZ_CHECK(!s.empty() && s.size() <= 40);
    FUZZ_CHECK(d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= 31);
    FUZZ_CHECK(d->hour >= 0 && d->hour <= 23 && d->minute >= 0 && d->minute <= 59);
    FUZZ_CHECK(d->second >= 0 && d->second <= 60);
  }
  return 0;
}
