// SPDX-License-Identifier: BSD-2-Clause
// mbox_reader over an in-memory stream: "From " framing, ">From " unquoting, the size limit.
// The first byte picks a small max_bytes so the too-large path is reached as well.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "check.hpp"
#include "input/input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::size_t max_bytes = 10u << 20;
  if (size > 0 && (data[0] & 1)) max_bytes = data[0];  // 1..255 bytes
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  bounce::input::mbox_reader reader(in, max_bytes);
  std::string msg;
  bool too_large = false;
  std::size_t count = 0, total = 0;
  while (reader.next(msg, too_large)) {
    FUZZ_CHECK(++count <= size + 1);
    if (too_large)
      FUZZ_CHECK(msg.empty());
    else
      FUZZ_CHECK(msg.size() <= max_bytes);
    total += msg.size();
    FUZZ_CHECK(total <= size);
  }
  FUZZ_CHECK(reader.ok());
  return 0;
}
