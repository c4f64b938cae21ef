// JSON Lines: every key of the record in a fixed order, null when unknown, valid UTF-8 always.
#include "bounce/jsonl.hpp"

#include <array>
#include <cstdio>

namespace bounce {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF).
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
  else return 0;
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return n;
}

// Bytes copied as they are: printable ASCII but the quote and the backslash.
constexpr auto kPlain = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x7F; ++c) t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  return t;
}();

// Appends s as a JSON string; returns false when invalid UTF-8 had to be replaced.
bool append_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  bool clean = true;
  out.push_back('"');
  for (std::size_t i = 0; i < s.size();) {
    // Copy the run of printable ASCII that needs no escape in one append (most of any value).
    std::size_t run = i;
    while (run < s.size() && kPlain[static_cast<unsigned char>(s[run])]) ++run;
    if (run != i) {
      out.append(s.data() + i, run - i);
      i = run;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = utf8_sequence(s, i);
      if (n == 0) {
        out += "\xEF\xBF\xBD";  // U+FFFD
        clean = false;
        ++i;
      } else {
        out.append(s.data() + i, n);
        i += n;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 15]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
  out.push_back('"');
  return clean;
}

struct writer {
  std::string& out;
  bool clean = true;
  bool first = true;
  void key(std::string_view k) {
    out += first ? "{\"" : ",\"";
    first = false;
    out += k;
    out += "\":";
  }
  void str(std::string_view k, std::string_view v) {
    key(k);
    clean &= append_string(out, v);
  }
  void str_or_null(std::string_view k, std::string_view v) {
    if (v.empty()) {
      key(k);
      out += "null";
    } else {
      str(k, v);
    }
  }
  void integer(std::string_view k, long long v) {
    key(k);
    out += std::to_string(v);
  }
  void boolean(std::string_view k, bool v) {
    key(k);
    out += v ? "true" : "false";
  }
};

}  // namespace

bool append_json_string(std::string& out, std::string_view s) { return append_string(out, s); }

void append_json(std::string& out, const record& r) {
  writer w{out};
  w.str("source", r.source);
  w.integer("message_index", static_cast<long long>(r.message_index));
  w.str_or_null("recipient", r.recipient);
  w.str("action", to_string(r.action));
  if (r.status) w.str("status", r.status->to_string()); else w.str_or_null("status", {});
  w.str_or_null("status_source", r.status_source ? to_string(*r.status_source) : std::string_view{});
  w.str_or_null("status_class_title", r.status_class_title);
  w.str_or_null("status_subject_title", r.status_subject_title);
  w.str_or_null("status_detail_title", r.status_detail_title);
  if (r.reply_code) w.integer("reply_code", *r.reply_code); else w.str_or_null("reply_code", {});
  w.str("reason", to_string(r.reason));
  w.boolean("hard_bounce", r.hard_bounce);
  w.str_or_null("diagnostic_type", r.diagnostic_type);
  w.str_or_null("diagnostic", r.diagnostic);
  w.str_or_null("smtp_command", r.smtp_command);
  w.str_or_null("remote_mta", r.remote_mta);
  w.str_or_null("reporting_mta", r.reporting_mta);
  w.str_or_null("arrival_date", r.arrival_date);
  w.str_or_null("last_attempt_date", r.last_attempt_date);
  w.str_or_null("original_message_id", r.original_message_id);
  w.str_or_null("original_from", r.original_from);
  w.str_or_null("original_to", r.original_to);
  w.str_or_null("original_subject", r.original_subject);
  w.str_or_null("feedback_type", r.feedback_type);
  w.str("engine", r.engine);
  w.str("rule", r.rule);
  w.key("warnings");
  out.push_back('[');
  bool comma = false;
  for (const auto& warning : r.warnings) {
    if (comma) out.push_back(',');
    comma = true;
    w.clean &= append_string(out, warning);
  }
  if (!w.clean) {
    if (comma) out.push_back(',');
    out += "\"invalid_utf8\"";
  }
  out += "]}\n";
}

std::string to_json(const record& r) {
  std::string out;
  append_json(out, r);
  return out;
}

}  // namespace bounce
