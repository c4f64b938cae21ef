// SPDX-License-Identifier: BSD-2-Clause
// The whole pipeline: parse_message, then append_json of every record. The JSON must be valid
// UTF-8, one object per line, and the limits must bound the output.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "bounce/jsonl.hpp"
#include "bounce/parse.hpp"
#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  bounce::options opt;
  auto parsed = bounce::parse_message(in, opt);
  if (!parsed) return 0;
  FUZZ_CHECK(parsed->records.size() <= opt.limits.max_recipients);
  std::string out;
  for (const auto& rec : parsed->records) {
    FUZZ_CHECK(rec.diagnostic.size() <= opt.limits.max_diagnostic + 8);
    const std::size_t start = out.size();
    bounce::append_json(out, rec);
    FUZZ_CHECK(out.size() > start && out.back() == '\n');
    const std::string_view line(out.data() + start, out.size() - start - 1);
    FUZZ_CHECK(line.find('\n') == std::string_view::npos);
    FUZZ_CHECK(fuzz::plausible_json_object(line));
  }
  FUZZ_CHECK(fuzz::valid_utf8(out));
  return 0;
}
