// Differential: wherever pointer_path_safe lets a message take mimetic's fast (const char*)
// path, that path must build the same tree as the input-iterator path.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check.hpp"
#include "input/input.hpp"
#include "mime/detail.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // build_report sees LF text that passed the pre-scan; the gate must hold without that too.
  const std::string msg = bounce::input::normalize_newlines(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!bounce::mime::detail::pointer_path_safe(msg)) return 0;
  FUZZ_CHECK(bounce::mime::detail::mimetic_tree(msg, true) == bounce::mime::detail::mimetic_tree(msg, false));
  return 0;
}
