// SPDX-License-Identifier: BSD-2-Clause
// Apache James bounces: "Error message below:" then the reply, and "Message details:" with the
// envelope ("RCPT TO: rcpt@example.org").
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "apachejames";

enum text_marker : std::size_t { error_below, details, marker_count };
constexpr std::string_view markers[] = {"error message below:", "message details:"};
static_assert(std::size(markers) == marker_count);

// Sisimai 4.25 Lhost/ApacheJames.pm knows James by its headers as well: Subject "[BOUNCE]", a
// "...JavaMail..." Message-ID, a Received header naming "JAMES SMTP Server", and reads the
// notice without "Error message below:" (James prints that heading above an error message,
// when the mail has one); so with one of those headers "Message details:" is enough.
bool james_headers(const mime::report& r) {
  return r.subject == "[BOUNCE]" || detail::icontains(r.headers.get("Message-ID"), ".javamail.") ||
         kit::header_contains(r, "Received", "james smtp server");
}

bool claims(const mime::report& r, const marker_hits& text) {
  return text.has(details) && (text.has(error_below) || james_headers(r));
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view err = kit::after_line(r.text, "error message below:");
  err = kit::until_line(err, {"Message details:"});
  std::string_view details = kit::after_line(r.text, "message details:");
  std::vector<std::string> rcpts;
  for (std::string_view raw : kit::split_lines(details)) {
    std::string_view line = detail::trim(raw);
    if (detail::istarts_with(line, "rcpt to:"))
      for (auto& a : kit::find_addresses(line)) rcpts.push_back(std::move(a));
  }
  if (rcpts.empty() && r.has_original) rcpts = kit::find_addresses(r.original.get("To"));
  // Without "Error message below:" the diagnostic is the first line, if it is James' verdict,
  // or nothing: the notice's fixed text ("I wasn't able to deliver your message ...") states
  // no cause.
  std::string diag = kit::join_lines(err);
  // The first line ("Error: Invalid user address") says what James made of it.
  std::string_view head = detail::trim(std::string_view(r.text).substr(0, r.text.find('\n')));
  if (detail::istarts_with(head, "error:")) diag = std::string(head) + " " + diag;
  for (auto& a : rcpts) out.push_back(kit::make_draft(a, diag));
}

}  // namespace

const extractor& apachejames_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
