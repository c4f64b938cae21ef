// SPDX-License-Identifier: BSD-2-Clause
// The DSN Status and Action grammars and the status scan over free text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bounce/fields.hpp"
#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  if (auto s = bounce::parse_status(in)) {
    FUZZ_CHECK(s->cls == 2 || s->cls == 4 || s->cls == 5);
    FUZZ_CHECK(s->subject >= 0 && s->subject <= 999 && s->detail >= 0 && s->detail <= 999);
    // what was accepted prints and parses back to itself
    auto again = bounce::parse_status(s->to_string());
    FUZZ_CHECK(again && *again == *s);
  }
  if (auto s = bounce::find_status_in_text(in))
    FUZZ_CHECK(s->cls == 2 || s->cls == 4 || s->cls == 5);
  if (auto a = bounce::parse_action(in)) (void)bounce::to_string(*a);
  return 0;
}
