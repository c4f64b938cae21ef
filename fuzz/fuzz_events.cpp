// SPDX-License-Identifier: BSD-2-Clause
// Provider events (src/esp/): the JSON reader and every adapter, through esp::parse_events with
// small limits, so that the fuzzer reaches the limit paths (depth, event size, event count) as
// well as the adapters. Records must be valid JSON lines within the limits; broken events must
// become warnings, never a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "bounce/jsonl.hpp"
#include "check.hpp"
#include "esp/events.hpp"
#include "esp/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  bounce::options opt;
  opt.limits.max_event_bytes = 4096;
  opt.limits.max_event_depth = 16;
  opt.limits.max_events = 64;
  opt.limits.max_recipients = 100;
  // The input as events, whatever its first byte (parse_events does not re-check).
  const bounce::parsed_message m = bounce::esp::parse_events(in, opt, nullptr);
  FUZZ_CHECK(m.records.size() <= opt.limits.max_recipients);
  // Warnings are bounded too: at most a fixed number of error lines plus the summaries.
  FUZZ_CHECK(m.warnings.size() <= 24);
  std::string out;
  for (const auto& rec : m.records) {
    FUZZ_CHECK(rec.message_index >= 1 && rec.message_index <= opt.limits.max_events);
    FUZZ_CHECK(!rec.esp.empty());
    const std::size_t start = out.size();
    bounce::append_json(out, rec);
    const std::string_view line(out.data() + start, out.size() - start - 1);
    FUZZ_CHECK(fuzz::plausible_json_object(line));
  }
  FUZZ_CHECK(fuzz::valid_utf8(out));
  // The reader on its own: a parse either succeeds or names an error.
  bounce::esp::json::value v;
  bounce::esp::json::error err;
  if (!bounce::esp::json::parse(in, 16, v, err))
    FUZZ_CHECK(err.kind != bounce::esp::json::error_kind::none && err.offset <= in.size());
  return 0;
}
