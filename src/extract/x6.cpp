// SPDX-License-Identifier: BSD-2-Clause
// X6: an unnamed MTA's "We had trouble delivering your message. Full details follow:" with one
// sentence per failure: "The following recipients returned permanent errors: rcpt@example.org.
// Reason: SMTP Server <192.0.2.1> refused to accept your message (DATA), with the following
// error message: [554 ...]" or "SMTP Server <host> rejected recipient <rcpt@example.org>
// (Error following RCPT command). It responded as follows: [550 5.1.1 User unknown]".
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "x6";

enum text_marker : std::size_t { trouble_delivering, errors_count, marker_count };
constexpr std::string_view markers[] = {
    "we had trouble delivering your message. full details follow:", " error(s):"};
static_assert(std::size(markers) == marker_count);

// Sisimai 4.25 Lhost/X6.pm claims the notice by its Subject "There was an error sending your
// mail" and reads from the "N error(s):" line on; the opening sentence may be missing.
bool claims(const mime::report& r, const marker_hits& text) {
  if (text.has(trouble_delivering)) return true;
  return text.has(errors_count) &&
         detail::istarts_with(r.subject, "there was an error sending your mail");
}

// The failure sentences after "N error(s):", one per entry. A sentence wrapped onto indented
// lines ("SMTP Server <mx> rejected recipient <rcpt>\n  (Error following RCPT command). It
// responded as follows: [550 ...]", as in Sisimai 4.25 Lhost/X6.pm) is joined into one.
std::vector<std::string> failure_sentences(std::string_view body) {
  std::vector<std::string> out;
  bool open = false;
  for (std::string_view raw : kit::split_lines(body)) {
    if (kit::blank(raw)) {
      open = false;
      continue;
    }
    if (open && (raw.front() == ' ' || raw.front() == '\t'))
      kit::append_spaced(out.back(), raw);
    else
      out.emplace_back(detail::trim(raw));
    open = true;
  }
  return out;
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view body = kit::after_line(r.text, "error(s):");
  body = kit::until_line(body, {"The attachment contains"});
  for (const std::string& sentence : failure_sentences(body)) {
    std::string_view line = sentence;
    std::string rcpt;
    auto p = detail::ifind(line, "returned permanent errors: ");
    if (p != std::string_view::npos) rcpt = kit::find_address(line.substr(p + 27));
    p = detail::ifind(line, "rejected recipient ");
    if (rcpt.empty() && p != std::string_view::npos) rcpt = kit::find_address(line.substr(p + 19));
    if (rcpt.empty()) continue;
    std::string diag;
    auto lb = line.rfind('['), rb = line.rfind(']');
    if (lb != std::string_view::npos && rb != std::string_view::npos && rb > lb)
      diag = std::string(line.substr(lb + 1, rb - lb - 1));
    else
      diag = std::string(line);
    std::string command;
    auto paren = line.find('(');
    if (paren != std::string_view::npos) {
      std::string_view in = line.substr(paren + 1);
      if (detail::istarts_with(in, "error following ")) in = in.substr(16);
      command = kit::normalize_command(in);
    }
    draft d = kit::make_draft(rcpt, std::move(diag), std::move(command));
    auto srv = detail::ifind(line, "smtp server <");
    if (srv != std::string_view::npos) {
      std::string_view h = line.substr(srv + 13);
      d.remote_mta = std::string(h.substr(0, h.find('>')));
    }
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& x6_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
