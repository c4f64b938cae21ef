// SPDX-License-Identifier: BSD-2-Clause
#include "esp/adapter.hpp"

#include <charconv>
#include <cstdio>

#include "detail/string_util.hpp"
#include "extract/common/addresses.hpp"
#include "extract/common/transcript.hpp"

namespace bounce::esp {
namespace {

// Days since 1970-01-01 -> civil date (H. Hinnant's days_from_civil inverse), no time zone
// database and no gmtime: the event's time is UTC.
void civil_from_days(long long z, long long& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
}

}  // namespace

std::string unix_to_rfc3339(std::string_view seconds) {
  seconds = detail::trim(seconds);
  long long t = 0;
  const auto [p, ec] = std::from_chars(seconds.data(), seconds.data() + seconds.size(), t);
  if (ec != std::errc{} || p == seconds.data()) return {};
  if (p != seconds.data() + seconds.size() && *p != '.') return {};
  // Years 1970..9999: anything else is not an event's time.
  if (t < 0 || t > 253402300799LL) return {};
  long long days = t / 86400, rest = t % 86400;
  long long y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(days, y, m, d);
  char buf[32];
  const int n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", y, m, d,
                              rest / 3600, rest / 60 % 60, rest % 60);
  return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

void set_diagnostic(extract::draft& d, std::string_view text) {
  text = detail::trim(text);
  const std::size_t semi = text.find(';');
  if (semi != std::string_view::npos && semi < 10 &&
      detail::iequals(detail::trim(text.substr(0, semi)), "smtp"))
    text = detail::trim(text.substr(semi + 1));
  if (text.empty()) return;
  d.diagnostic.assign(text);
  d.diagnostic_type = "SMTP";
  d.smtp_command = extract::kit::find_smtp_command(d.diagnostic);
}

std::string address_of(std::string_view header_value) {
  std::string a = extract::kit::find_address(header_value);
  if (a.empty()) return std::string(detail::trim(header_value));
  return a;
}

std::optional<int> code_of(std::string_view text) {
  text = detail::trim(text);
  int v = 0;
  const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || p != text.data() + text.size() || v < 100 || v > 999)
    return std::nullopt;
  return v;
}

std::string without_angles(std::string_view v) {
  v = detail::trim(v);
  if (v.size() >= 2 && v.front() == '<' && v.back() == '>') v = v.substr(1, v.size() - 2);
  return std::string(v);
}

const json::value* find_member(const json::value& object, std::string_view name) noexcept {
  if (!object.is_object()) return nullptr;
  for (std::size_t i = 0; i < object.keys.size(); ++i)
    if (detail::iequals(object.keys[i], name)) return &object.items[i];
  return nullptr;
}

namespace {

// A value as record.headers holds it: a string's text, a number as written, true / false; an
// array of strings joined with ", " where the source says so; nothing for the rest.
std::optional<std::string> header_text(const json::value& v, bool join_lists) {
  using kind = json::value::kind;
  switch (v.type) {
    case kind::string:
    case kind::number:
      return v.text;
    case kind::boolean:
      return std::string(v.boolean ? "true" : "false");
    case kind::array: {
      if (!join_lists || v.items.empty()) return std::nullopt;
      std::string out;
      for (const json::value& item : v.items) {
        if (item.type != kind::string) return std::nullopt;
        if (!out.empty()) out += ", ";
        out += item.text;
      }
      return out;
    }
    default:
      return std::nullopt;
  }
}

// The value of name in one source, or nullptr.
const json::value* find_in(const json::value& root, const header_source& s, std::string_view name) {
  if (!s.only.empty() && !detail::iequals(name, s.only)) return nullptr;
  for (std::string_view x : s.except)
    if (detail::iequals(name, x)) return nullptr;
  const json::value* at = &root;
  for (std::string_view step : s.path) {
    if (step.empty()) break;
    at = at->get(step);
    if (!at) return nullptr;
  }
  if (s.form == header_source::shape::object) return find_member(*at, name);
  if (!at->is_array()) return nullptr;
  for (const json::value& item : at->items) {
    const json::value* n = find_member(item, "name");
    if (n && n->type == json::value::kind::string && detail::iequals(n->text, name))
      return find_member(item, "value");
  }
  return nullptr;
}

}  // namespace

std::optional<std::string> header_value(const header_lookup& in, std::string_view name) {
  if (!in.root) return std::nullopt;
  for (const header_source& s : in.sources)
    if (const json::value* v = find_in(*in.root, s, name))
      if (auto text = header_text(*v, s.join_lists)) return text;
  return std::nullopt;
}

const extract::kit::phrase* find_label(std::string_view value,
                                       std::span<const extract::kit::phrase> table) {
  for (const auto& p : table)
    if (detail::iequals(value, p.text)) return &p;
  return nullptr;
}

}  // namespace bounce::esp
