// SPDX-License-Identifier: BSD-2-Clause
// The lower-level entry point for callers that read and parse separately (bounce parse -j N):
// reading without parsing.
#include "bounce/parse.hpp"
#include "input/input.hpp"

namespace bounce {

result<std::size_t> for_each_raw_message(std::string_view path, const options& opt,
                                         const raw_message_callback& cb) {
  return input::for_each_raw(
      path, opt.limits,
      [&](std::string_view source, std::size_t index, result<std::string>& bytes) {
        const message_ref ref{source, index};
        cb(ref, bytes);
      });
}

}  // namespace bounce
