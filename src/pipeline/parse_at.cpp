// SPDX-License-Identifier: BSD-2-Clause
// Lower-level entry points for callers that read and parse separately (bounce parse -j N):
// reading without parsing, and parsing bytes that came from a known source.
#include "bounce/parse.hpp"
#include "esp/events.hpp"
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

result<parsed_message> parse_message_at(std::string_view raw, const message_ref& ref,
                                        const options& opt) {
  // The input layer has normalised line endings and enforced the size limit, so this is the
  // same parse as for_each_message's.
  result<parsed_message> parsed = parse_message(raw, opt);
  if (parsed) {
    const bool events = esp::is_event_input(raw);  // message_index: the event's position
    for (auto& rec : parsed->records) {
      rec.source = std::string(ref.source);
      if (!events) rec.message_index = ref.index;
    }
  }
  return parsed;
}

}  // namespace bounce
