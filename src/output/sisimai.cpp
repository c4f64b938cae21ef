// SPDX-License-Identifier: BSD-2-Clause
// The record in Sisimai 5.8's JSON shape (Sisimai::Fact->dump("json")): Sisimai's key names and
// value types, empty strings where Sisimai has no value (docs/sisimai-format.md).
#include <charconv>
#include <cstdlib>

#include "bounce/jsonl.hpp"
#include "bounce/sisimai_json.hpp"
#include "bounce/timestamp.hpp"

namespace bounce {
namespace {

using namespace std::string_view_literals;

// How a key's value is written.
enum class kind : unsigned char { string, hardbounce, status, reply, nothing, epoch, zone };

struct sisimai_field {
  std::string_view key;
  kind how;
  std::string_view (*text)(const record&) noexcept;  // kind::string only
};

#define BOUNCE_TEXT(expr) [](const record& r) noexcept -> std::string_view { return expr; }

// Sisimai's alias is the address the recipient was known as before, not a copy of it.
std::string_view alias_of(const record& r) noexcept {
  const std::string_view a = r.original_recipient;
  if (a.size() == r.recipient.size()) {
    bool same = true;
    for (std::size_t i = 0; i < a.size() && same; ++i) {
      char x = a[i], y = r.recipient[i];
      if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
      if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
      same = x == y;
    }
    if (same) return {};
  }
  return a;
}

// In the order of bounce::sisimai_keys (checked below).
constexpr sisimai_field fields[] = {
    {"timestamp", kind::epoch, nullptr},
    {"addresser", kind::string, BOUNCE_TEXT(r.sender)},
    {"recipient", kind::string, BOUNCE_TEXT(r.recipient)},
    {"senderdomain", kind::string, BOUNCE_TEXT(r.sender_domain)},
    {"destination", kind::string, BOUNCE_TEXT(r.destination)},
    {"reason", kind::string, BOUNCE_TEXT(to_string(r.reason))},
    {"diagnosticcode", kind::string, BOUNCE_TEXT(r.diagnostic)},
    {"diagnostictype", kind::string, BOUNCE_TEXT(r.diagnostic_type)},
    {"deliverystatus", kind::status, nullptr},
    {"replycode", kind::reply, nullptr},
    {"action", kind::string, BOUNCE_TEXT(to_string(r.action))},
    {"feedbacktype", kind::string, BOUNCE_TEXT(r.feedback_type)},
    {"hardbounce", kind::hardbounce, nullptr},
    {"lhost", kind::string, BOUNCE_TEXT(r.reporting_mta)},
    {"rhost", kind::string, BOUNCE_TEXT(r.remote_mta)},
    {"listid", kind::string, BOUNCE_TEXT(r.list_id)},
    {"messageid", kind::string, BOUNCE_TEXT(r.original_message_id)},
    {"subject", kind::string, BOUNCE_TEXT(r.original_subject)},
    {"command", kind::string, BOUNCE_TEXT(r.smtp_command)},
    {"alias", kind::string, alias_of},
    {"origin", kind::string, BOUNCE_TEXT(r.source)},
    {"token", kind::string, BOUNCE_TEXT(r.token)},
    {"catch", kind::nothing, nullptr},
    {"timezoneoffset", kind::zone, nullptr},
    {"decodedby", kind::string, BOUNCE_TEXT(r.engine)},
    {"feedbackid", kind::string, BOUNCE_TEXT(r.feedback_id)},
};
#undef BOUNCE_TEXT

static_assert(std::size(fields) == sisimai_keys.size());
static_assert(
    [] {
      for (std::size_t i = 0; i < sisimai_keys.size(); ++i)
        if (fields[i].key != sisimai_keys[i]) return false;
      return true;
    }(),
    "fields must follow sisimai_keys");

void append_integer(std::string& out, long long v) {
  char buf[24];
  out.append(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf));
}

// "+0900": Sisimai's timezoneoffset.
void append_zone(std::string& out, int minutes) {
  char buf[8];
  buf[0] = minutes < 0 ? '-' : '+';
  const int m = std::abs(minutes);
  const int hh = m / 60, mm = m % 60;
  buf[1] = static_cast<char>('0' + hh / 10 % 10);
  buf[2] = static_cast<char>('0' + hh % 10);
  buf[3] = static_cast<char>('0' + mm / 10);
  buf[4] = static_cast<char>('0' + mm % 10);
  out.push_back('"');
  out.append(buf, 5);
  out.push_back('"');
}

}  // namespace

void append_sisimai_json(std::string& out, const record& r) {
  const auto when = parse_rfc3339(r.timestamp);
  bool first = true;
  for (const sisimai_field& f : fields) {
    out.append(first ? "{\""sv : ",\""sv);
    first = false;
    out.append(f.key);
    out.append("\":"sv);
    switch (f.how) {
      case kind::string:
        append_json_string(out, f.text(r));
        break;
      case kind::epoch:
        if (when)
          append_integer(out, when->epoch);
        else
          out.append("null"sv);
        break;
      case kind::zone:
        if (when)
          append_zone(out, when->offset_minutes);
        else
          out.append("\"\""sv);
        break;
      case kind::status: {
        if (!r.status) {
          out.append("\"\""sv);
          break;
        }
        out.push_back('"');
        append_integer(out, r.status->cls);
        out.push_back('.');
        append_integer(out, r.status->subject);
        out.push_back('.');
        append_integer(out, r.status->detail);
        out.push_back('"');
        break;
      }
      case kind::reply:
        out.push_back('"');
        if (r.reply_code) append_integer(out, *r.reply_code);
        out.push_back('"');
        break;
      case kind::hardbounce:
        out.append(r.hard_bounce ? "1"sv : "0"sv);
        break;
      case kind::nothing:  // catch: what a Sisimai hook returned; there are no hooks here
        out.append("null"sv);
        break;
    }
  }
  out.append("}\n"sv);
}

}  // namespace bounce
