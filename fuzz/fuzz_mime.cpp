// SPDX-License-Identifier: BSD-2-Clause
// build_report: pre-scan limits, mimetic (input-iterator path), the tree walk and the report view.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bounce/options.hpp"
#include "check.hpp"
#include "mime/report.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  bounce::limits lim;
  auto rep = bounce::mime::build_report(in, lim);
  if (rep) {
    FUZZ_CHECK(rep->original_raw.size() <= (64u << 10));
    (void)rep->headers.get("Subject");
    (void)bounce::mime::decode_rfc2047(rep->headers.get("Subject"));
  }
  // Tight limits take the flat-view path on small inputs too.
  lim.max_header_line = 64;
  lim.max_parts = 4;
  lim.max_depth = 2;
  (void)bounce::mime::build_report(in, lim);
  return 0;
}
