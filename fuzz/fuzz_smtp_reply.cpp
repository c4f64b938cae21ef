// SPDX-License-Identifier: BSD-2-Clause
// SMTP replies (single and multi-line) and the reply-code scan over free text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bounce/fields.hpp"
#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  if (auto r = bounce::parse_smtp_reply(in)) {
    FUZZ_CHECK(r->code >= 200 && r->code <= 599);
    FUZZ_CHECK(r->text.size() <= in.size());
    if (r->enhanced)
      FUZZ_CHECK(r->enhanced->cls == 2 || r->enhanced->cls == 4 || r->enhanced->cls == 5);
  }
  if (auto c = bounce::find_reply_code_in_text(in)) FUZZ_CHECK(*c >= 200 && *c <= 599);
  (void)bounce::parse_typed_field(in);  // Diagnostic-Code: smtp; <reply>
  return 0;
}
