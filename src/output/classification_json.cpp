// SPDX-License-Identifier: BSD-2-Clause
// A classification's fields, and the JSON object `bounce classify` prints from them; the C API
// hands out both.
#include <string>

#include "bounce/classify.hpp"
#include "bounce/jsonl.hpp"

namespace bounce {

std::array<classification_field, 6> classification_fields(const classification& c) {
  std::array<classification_field, 6> f = {{
      {"reason", std::string(to_string(c.reason)), true},
      {"status", std::nullopt, true},
      {"status_source", std::nullopt, true},  // not written for an absent status
      {"reply_code", std::nullopt, false},
      {"hard_bounce", c.hard_bounce ? "true" : "false", false},
      {"rule", c.rule, true},
  }};
  if (c.status) {
    f[1].text = c.status->to_string();
    f[2].text = std::string(to_string(c.status_source));
  }
  if (c.reply_code) f[3].text = std::to_string(*c.reply_code);
  return f;
}

std::string to_json(const classification& c) {
  std::string out = "{";
  for (const classification_field& f : classification_fields(c)) {
    if (out.size() > 1) out += ',';
    append_json_string(out, f.key);
    out += ':';
    if (!f.text)
      out += "null";
    else if (f.is_string)
      append_json_string(out, *f.text);
    else
      out += *f.text;
  }
  out += '}';
  return out;
}

}  // namespace bounce
