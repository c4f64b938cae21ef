// SPDX-License-Identifier: BSD-2-Clause
// Address and typed fields (Final-/Original-Recipient, Remote-/Reporting-MTA; RFC 6533 xtext).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bounce/fields.hpp"
#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  if (auto a = bounce::parse_address_field(in)) FUZZ_CHECK(a->size() <= 4 * in.size() + 4);
  if (auto t = bounce::parse_typed_field(in)) {
    FUZZ_CHECK(t->type.size() <= in.size());
    for (const char c : t->type) FUZZ_CHECK(!(c >= 'A' && c <= 'Z'));  // lower-cased
  }
  return 0;
}
