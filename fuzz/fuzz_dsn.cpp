// SPDX-License-Identifier: BSD-2-Clause
// parse_dsn over a message/delivery-status body: blank-line groups, unfolding, every field grammar.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "grammar/dsn.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const bounce::grammar::dsn_message m = bounce::grammar::parse_dsn(in);
  FUZZ_CHECK(m.recipients.size() <= size);
  for (const auto& r : m.recipients) {
    if (r.status) FUZZ_CHECK(r.status->cls == 2 || r.status->cls == 4 || r.status->cls == 5);
    FUZZ_CHECK(r.final_recipient.size() + r.original_recipient.size() <= 4 * size + 8);
  }
  return 0;
}
