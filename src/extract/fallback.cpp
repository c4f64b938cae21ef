// Last resort for bounces in no known format: recipients from X-Failed-Recipients, else from
// the text, else from the returned message's To; the diagnostic is what the text says about
// each recipient. Claims only messages that present themselves as delivery failures
// (presents_as_bounce), so that ordinary mail gives no record; and in the text it takes only
// addresses the notice itself reports as failed, never the returned message's.
#include <array>
#include <span>

#include "bounce/fields.hpp"
#include "detail/string_util.hpp"
#include "extract/dsn_common.hpp"
#include "extract/extractors.hpp"
#include "extract/text_scan.hpp"

namespace bounce::extract {
namespace {

using detail::icontains;
using detail::istarts_with;
using detail::trim;

bool any_of(std::string_view text, std::span<const std::string_view> words) {
  for (auto w : words)
    if (icontains(text, w)) return true;
  return false;
}

// Lines after which the returned message (or a copy of its headers) follows: nothing below
// is the notice's own report.
constexpr std::array<std::string_view, 12> returned_markers = {
    "message text follows", "original message follows", "returned message",
    "original message",     "copy of the message",      "copy of your message",
    "message headers follow", "unsent message below",   "headers of the original",
    "undelivered message",  "message follows",          "original message headers"};

bool header_line(std::string_view line) {
  static constexpr std::string_view names[] = {"received:", "return-path:", "date:", "from:",
                                               "to:", "subject:", "message-id:", "mime-version:",
                                               "content-type:", "cc:", "reply-to:", "x-"};
  for (auto n : names)
    if (istarts_with(line, n)) return true;
  return false;
}

// A marker is a separator line ("------ Original message follows ------", "Message text
// follows:"), not prose that mentions the returned message in passing.
bool marker_line(std::string_view line) {
  const std::string_view t = trim(line);
  const bool separator = t.find("--") != std::string_view::npos ||
                         t.find("==") != std::string_view::npos ||
                         t.find("||") != std::string_view::npos || (!t.empty() && t.back() == ':');
  return separator && any_of(t, returned_markers);
}

// The notice's own text: up to the returned message, which starts at a marker line, at an mbox
// "From " line, or at a run of two header lines.
std::string_view notice_part(std::string_view text) {
  std::size_t pos = 0, prev_pos = 0;
  bool prev_header = false;
  while (pos < text.size()) {
    const std::size_t nl = text.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    const std::string_view line = text.substr(pos, end - pos);
    if (pos > 0 && (marker_line(line) || line.substr(0, 5) == "From ")) return text.substr(0, pos);
    const bool is_header = header_line(line);
    if (is_header && prev_header) return text.substr(0, prev_pos);
    prev_header = is_header;
    prev_pos = pos;
    pos = end + 1;
  }
  return text;
}

// Lines introducing a list of failed addresses ("The following addresses had permanent fatal
// errors", "Failed addresses follow:").
constexpr std::array<std::string_view, 9> list_intros = {
    "following address",   "following recipient", "failed address",
    "failed recipient",    "permanent fatal error", "following destination",
    "could not be delivered to", "undeliverable to", "delivery to the following"};

// Words that make a line report a failure for the address on it.
constexpr std::array<std::string_view, 24> failure_words = {
    "unknown",       "full",        "did not reach", "failed",     "failure",
    "not found",     "rejected",    "unable to deliver", "could not be delivered",
    "undeliverable", "does not exist", "no such",    "invalid",    "quota",
    "denied",        "refused",     "not exist",     "disabled",   "error",
    "unavailable",   "not deliver", "bounced",       "expired",    "blocked"};

// Addresses the notice reports as failed: those on a line that says so, or listed (alone on
// their line) under an introducing line. The bounce's own sender and receiver are skipped.
std::vector<std::string> addresses_in_text(std::string_view notice, std::string_view self_from,
                                           std::string_view self_to) {
  std::vector<std::string> found;
  auto add = [&](std::string a) {
    if (a.empty() || detail::iequals(a, self_from) || detail::iequals(a, self_to)) return;
    for (const auto& f : found)
      if (detail::iequals(f, a)) return;
    found.push_back(std::move(a));
  };
  bool in_list = false;
  for (std::string_view line : split_lines(notice)) {
    const std::string_view t = trim(line);
    if (t.empty()) {
      continue;  // a blank line may separate the intro from its list
    }
    if (any_of(t, list_intros)) {
      in_list = true;
      // "Did not reach the following recipient: a@b" names it on the same line.
      if (t.find('@') != std::string_view::npos) add(find_address(t));
      continue;
    }
    if (t.find('@') == std::string_view::npos) {
      // A line of prose ends a list; decorations ("-----") and short labels do not.
      if (t.size() > 40) in_list = false;
      continue;
    }
    const std::string a = find_address(t);
    if (a.empty()) continue;
    const bool alone = t.size() <= a.size() + 40;  // "<a@b>", "a@b (unrecoverable error)"
    if ((in_list && alone) || any_of(t, failure_words)) add(a);
  }
  return found;
}

std::string_view line_around(std::string_view text, std::size_t at) {
  const std::size_t b = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  const std::size_t start = b == std::string_view::npos ? 0 : b + 1;
  const std::size_t e = text.find('\n', at);
  return text.substr(start, (e == std::string_view::npos ? text.size() : e) - start);
}

// What the notice says about recipient: the paragraph naming it that carries an SMTP reply,
// else the recipient's own line when that line states the failure ("a@b ... unknown host"),
// else the first paragraph naming it that reads as a failure, else the first naming it.
std::string diagnostic_for(std::string_view notice, std::string_view recipient) {
  const std::string needle = detail::to_lower(recipient);
  std::string_view first, failing, own_line;
  for (std::size_t at = detail::ifind(notice, needle); at != std::string_view::npos;
       at = detail::ifind(notice, needle, at + needle.size())) {
    const std::string_view line = line_around(notice, at);
    const std::string_view para = paragraph_around(notice, at);
    if (find_reply_code_in_text(para)) {
      first = para;
      failing = {};
      own_line = {};
      break;
    }
    if (first.empty()) first = para;
    if (own_line.empty() && line.size() > recipient.size() + 8 && any_of(line, failure_words))
      own_line = line;
    if (failing.empty() && any_of(para, failure_words)) failing = para;
  }
  std::string_view about = !own_line.empty() ? own_line : !failing.empty() ? failing : first;
  if (about.empty()) about = trim(notice);
  if (about.size() > 2048) about = about.substr(0, 2048);
  return std::string(trim(about));
}

class fallback_impl final : public extractor {
 public:
  std::string_view name() const override { return "fallback"; }
  bool claims(const mime::report& r) const override { return presents_as_bounce(r); }
  void extract(const mime::report& r, std::vector<draft>& out) const override {
    const std::string_view notice = notice_part(r.text);
    std::vector<std::string> recipients;
    for (auto v : r.headers.get_all("X-Failed-Recipients"))
      for (auto& a : find_addresses(v)) recipients.push_back(std::move(a));
    if (recipients.empty())
      recipients = addresses_in_text(notice, find_address(r.headers.get("From")),
                                     find_address(r.headers.get("To")));
    if (recipients.empty() && r.has_original) {
      auto to = find_address(r.original.get("To"));
      if (!to.empty()) recipients.push_back(std::move(to));
    }
    for (auto& a : recipients) {
      draft d;
      d.diagnostic = diagnostic_for(notice, a);
      d.recipient = std::move(a);
      d.smtp_command = find_smtp_command(d.diagnostic);
      out.push_back(std::move(d));
    }
  }
};

}  // namespace

const extractor& fallback_extractor() {
  static const fallback_impl instance;
  return instance;
}

}  // namespace bounce::extract
