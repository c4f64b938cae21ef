// SPDX-License-Identifier: BSD-2-Clause
// The C API: bounce_parse, every field of every record by name, the JSON line, then free.
// No exception may reach the boundary (an "internal error" result means one did).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "bounce.h"
#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  bounce_result* r = bounce_parse(reinterpret_cast<const char*>(data), size);
  FUZZ_CHECK(r != nullptr);
  if (const char* err = bounce_result_error(r)) {
    FUZZ_CHECK(std::strncmp(err, "internal error", 14) != 0);
    FUZZ_CHECK(bounce_result_count(r) == 0);
  }
  const std::size_t n = bounce_result_count(r);
  std::size_t total = 0;
  for (std::size_t i = 0; i <= n; ++i) {  // one past the end must give NULL
    // Every field of the schema (the C API's own list), then one that does not exist.
    for (std::size_t f = 0; f <= bounce_field_count(); ++f) {
      const char* name = f < bounce_field_count() ? bounce_field_name(f) : "no_such_field";
      const char* v = bounce_result_field(r, i, name);
      if (i == n || f == bounce_field_count()) FUZZ_CHECK(v == nullptr);
      if (v) total += std::strlen(v);
    }
    const char* json = bounce_result_json(r, i);
    if (i == n) {
      FUZZ_CHECK(json == nullptr);
      continue;
    }
    FUZZ_CHECK(json != nullptr);
    FUZZ_CHECK(fuzz::valid_utf8(json) && fuzz::plausible_json_object(json));
    FUZZ_CHECK(std::strcmp(bounce_result_field(r, i, "hard_bounce"), "true") == 0 ||
               std::strcmp(bounce_result_field(r, i, "hard_bounce"), "false") == 0);
  }
  (void)total;
  FUZZ_CHECK(bounce_result_field(nullptr, 0, "recipient") == nullptr);
  bounce_result_free(r);
  return 0;
}
