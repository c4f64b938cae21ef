// SPDX-License-Identifier: BSD-2-Clause
// A classification as the JSON object `bounce classify` prints; the C API hands out the same.
#include <string>

#include "bounce/classify.hpp"
#include "bounce/jsonl.hpp"

namespace bounce {

std::string to_json(const classification& c) {
  std::string out = "{\"reason\":";
  append_json_string(out, to_string(c.reason));
  out += ",\"status\":";
  if (c.status)
    append_json_string(out, c.status->to_string());
  else
    out += "null";
  out += ",\"status_source\":";
  if (c.status)
    append_json_string(out, to_string(c.status_source));
  else
    out += "null";
  out += ",\"reply_code\":";
  out += c.reply_code ? std::to_string(*c.reply_code) : std::string("null");
  out += ",\"hard_bounce\":";
  out += c.hard_bounce ? "true" : "false";
  out += ",\"rule\":";
  append_json_string(out, c.rule);
  out += '}';
  return out;
}

}  // namespace bounce
