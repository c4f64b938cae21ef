// The C API: bounce_parse, every field of every record by name, the JSON line, then free.
// No exception may reach the boundary (an "internal error" result means one did).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "bounce.h"
#include "check.hpp"

namespace {
const char* const kFields[] = {"source",
                               "message_index",
                               "recipient",
                               "action",
                               "status",
                               "status_source",
                               "status_class_title",
                               "status_subject_title",
                               "status_detail_title",
                               "reply_code",
                               "reason",
                               "hard_bounce",
                               "diagnostic_type",
                               "diagnostic",
                               "smtp_command",
                               "remote_mta",
                               "reporting_mta",
                               "arrival_date",
                               "last_attempt_date",
                               "original_message_id",
                               "original_from",
                               "original_to",
                               "original_subject",
                               "feedback_type",
                               "engine",
                               "rule",
                               "warnings",
                               "no_such_field"};
}

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
    for (const char* name : kFields) {
      const char* v = bounce_result_field(r, i, name);
      if (i == n || std::strcmp(name, "no_such_field") == 0) FUZZ_CHECK(v == nullptr);
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
