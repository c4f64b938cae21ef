// SPDX-License-Identifier: BSD-2-Clause
// Differential, at two levels. 1. Wherever pointer_path_safe lets a message take mimetic's fast
// (const char*) path, that path must build the same tree as the input-iterator path. 2. The
// report build_report makes (fast path, the returned message cut off, the top header left out)
// must equal the one made on the input-iterator path from the whole message.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "bounce/options.hpp"
#include "check.hpp"
#include "input/input.hpp"
#include "mime/detail.hpp"
#include "mime/report.hpp"
#include "support/mime_oracles.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace d = bounce::mime::detail;
  namespace t = bounce::test_support;
  // build_report sees LF text that passed the pre-scan; the gate must hold without that too.
  const std::string msg = bounce::input::normalize_newlines(
      std::string_view(reinterpret_cast<const char*>(data), size));
  if (d::pointer_path_safe(msg))
    FUZZ_CHECK(t::mimetic_tree(msg, true) == t::mimetic_tree(msg, false));

  const bounce::limits lim;
  const auto fast = bounce::mime::build_report(msg, lim);
  const auto reference = t::build_report_input_path(msg, lim);
  FUZZ_CHECK(fast.has_value() == reference.has_value());
  if (fast) FUZZ_CHECK(t::report_digest(*fast) == t::report_digest(*reference));
  return 0;
}
