#include "extract/provider_text.hpp"

namespace bounce::extract::ptext {

std::size_t after(std::string_view text, std::string_view lower_marker, std::size_t from) {
  const std::size_t p = detail::ifind(text, lower_marker, from);
  return p == npos ? npos : p + lower_marker.size();
}

std::string_view cut_before(std::string_view text, std::span<const std::string_view> markers) {
  std::size_t end = text.size();
  for (auto m : markers) {
    const std::size_t p = detail::ifind(text, m);
    if (p < end) end = p;
  }
  return text.substr(0, end);
}

std::string_view line_at(std::string_view text, std::size_t pos) {
  if (pos > text.size()) return {};
  std::size_t b = pos == 0 ? npos : text.rfind('\n', pos - 1);
  b = b == npos ? 0 : b + 1;
  std::size_t e = text.find('\n', pos);
  if (e == npos) e = text.size();
  return text.substr(b, e - b);
}

std::size_t next_line(std::string_view text, std::size_t pos) {
  const std::size_t e = text.find('\n', pos);
  return e == npos ? text.size() : e + 1;
}

bool blank(std::string_view line) { return detail::trim(line).empty(); }

std::string fold(std::string_view s) { return detail::collapse_space(s); }

const phrase_reason* match(std::string_view text, std::span<const phrase_reason> table) {
  // Wrapped lines put a newline or several spaces inside a phrase: compare on folded text.
  const std::string folded = fold(text);
  for (const auto& e : table)
    if (detail::icontains(folded, e.phrase)) return &e;
  return nullptr;
}

bool apply_catalogue(draft& d, std::string_view engine, std::span<const phrase_reason> table) {
  const phrase_reason* e = match(d.diagnostic, table);
  if (!e) return false;
  d.reason = e->reason;
  d.rule = "extractor/" + std::string(engine) + "/" + std::string(e->id);
  return true;
}

void merge_split_groups(std::vector<draft>& out, std::size_t first) {
  for (std::size_t i = first + 1; i < out.size();) {
    draft& prev = out[i - 1];
    draft& cur = out[i];
    if (!detail::iequals(prev.recipient, cur.recipient)) {
      ++i;
      continue;
    }
    // Keep the fuller evidence of both halves.
    if (!prev.action) prev.action = cur.action;
    if (!prev.status) prev.status = cur.status;
    if (!prev.reply_code) prev.reply_code = cur.reply_code;
    // A half without Diagnostic-Code got the human text as its diagnostic: the other half's
    // Diagnostic-Code is the better evidence.
    if (prev.diagnostic.empty() || (prev.diagnostic_type.empty() && !cur.diagnostic_type.empty()))
      prev.diagnostic = std::move(cur.diagnostic);
    if (prev.diagnostic_type.empty()) prev.diagnostic_type = std::move(cur.diagnostic_type);
    if (prev.smtp_command.empty()) prev.smtp_command = std::move(cur.smtp_command);
    if (prev.remote_mta.empty()) prev.remote_mta = std::move(cur.remote_mta);
    if (prev.last_attempt_date.empty()) prev.last_attempt_date = std::move(cur.last_attempt_date);
    prev.temporary = prev.temporary || cur.temporary;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

}  // namespace bounce::extract::ptext
