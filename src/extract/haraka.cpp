// SPDX-License-Identifier: BSD-2-Clause
// Haraka's bounces (outbound/hmail.js, default template config/outbound.bounce_message), with an
// RFC 3464 part:
//   Hi. This is the Haraka Mailer program at mx.example.net.
//   I'm afraid I wasn't able to deliver your message
//   ...
//   Intended Recipients: <a@example.org>, <b@example.org>
//   Failure Reason: Error: 554 5.7.1 Message rejected as spam     (what ended the attempt)
//
//   <a@example.org>: 550 5.1.1 No such user                       (a recipient refused at RCPT)
// Haraka's report gives every recipient of a message refused after DATA the DATA reply, even one
// already refused at RCPT (hmail.js try_deliver()): the "<addr>: reply" line is that recipient's
// own refusal. The template copies qmail's wording, so this reader comes before qmail's.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"
#include "grammar/reply_syntax.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "haraka";

enum text_marker : std::size_t { haraka_mailer, marker_count };
constexpr std::string_view markers[] = {"this is the haraka mailer program"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) { return text.has(haraka_mailer); }

struct refusal {
  std::string_view recipient;
  std::string_view reply;
};

// The "<addr>: reply" lines of the template's {extended_reason}: the recipients refused at RCPT.
std::vector<refusal> refusals(std::string_view text) {
  std::vector<refusal> out;
  for (std::string_view raw : kit::split_lines(text)) {
    const std::string_view line = detail::trim(raw);
    if (line.empty() || line.front() != '<') continue;
    const auto close = line.find(">: ");
    if (close == std::string_view::npos) continue;
    const std::string_view who = line.substr(1, close - 1);
    const std::string_view reply = detail::trim(line.substr(close + 3));
    if (kit::is_address(who) && grammar::leading_reply_code(reply)) out.push_back({who, reply});
  }
  return out;
}

// "Failure Reason: Error: 554 ...": what ended the attempt for the recipients not refused alone.
std::string_view failure_reason(std::string_view text) {
  constexpr std::string_view label = "failure reason:";
  const auto at = detail::ifind(text, label);
  if (at == std::string_view::npos) return {};
  std::string_view rest = text.substr(at + label.size());
  rest = detail::trim(rest.substr(0, rest.find('\n')));
  if (detail::istarts_with(rest, "error:")) rest = detail::trim(rest.substr(6));
  return rest;
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::vector<refusal> own = refusals(r.text);
  std::vector<draft> drafts;
  if (!r.delivery_status.empty()) kit::dsn_drafts(r, drafts);
  if (drafts.empty()) {
    // No report: the intended recipients, each with its own refusal or the failure reason.
    const std::string_view list = kit::after_line(r.text, "i'm afraid i wasn't able to deliver");
    constexpr std::string_view intended = "intended recipients:";
    const auto at = detail::ifind(list, intended);
    if (at == std::string_view::npos) return;
    std::string_view names = list.substr(at + intended.size());
    names = names.substr(0, names.find('\n'));
    for (const std::string& a : kit::find_addresses(names))
      drafts.push_back(kit::make_draft(a, std::string(failure_reason(r.text))));
  }
  for (draft& d : drafts) {
    for (const refusal& f : own) {
      if (!detail::iequals(f.recipient, d.recipient)) continue;
      d.diagnostic = std::string(f.reply);
      d.smtp_command = "RCPT";
      // The report's Status is the DATA reply's: the recipient's own code, if its reply has one.
      const auto prefix = grammar::reply_prefix_at(f.reply, 0);
      d.status = prefix ? prefix->enhanced : std::nullopt;
      d.status_from = status_source::reply;
      break;
    }
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& haraka_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
