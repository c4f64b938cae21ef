// SPDX-License-Identifier: BSD-2-Clause
// Courier mail server notices ("This is a delivery status notification from host, running the
// Courier mail server"): an RFC 3464 report whose text repeats each failure as
//   <rcpt@example.org>:
//       mx.example.org [192.0.2.1]:
//   >>> RCPT TO:<rcpt@example.org>
//   <<< 550 5.1.1 <rcpt@example.org>... User Unknown
// The transcript gives the SMTP command; the DSN's Status is usually a generic 5.0.0.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

void apply_block(draft& d, std::string_view text) {
  std::string reply, own;
  for (std::string_view raw : kit::split_lines(text)) {
    std::string_view line = detail::trim(raw);
    if (line.substr(0, 3) == ">>>") {
      d.smtp_command = kit::normalize_command(detail::trim(line.substr(3)));
    } else if (line.substr(0, 3) == "<<<") {
      if (!reply.empty()) reply.push_back(' ');
      reply.append(detail::trim(line.substr(3)));
    } else if (!line.empty() && line.back() == ':' && d.remote_mta.empty()) {
      d.remote_mta = kit::host_name(line);
    } else {
      // Courier's own words when no server replied ("No such domain.", "DNS lookup failed.":
      // courier/module.esmtp, the $MessagesOf of Sisimai 4.25 Lhost/Courier.pm).
      kit::append_spaced(own, line);
    }
  }
  if (reply.empty()) reply = std::move(own);
  if (!reply.empty() && (d.diagnostic.empty() || reply.size() > d.diagnostic.size()))
    d.diagnostic = std::move(reply);
}

constexpr std::string_view k_engine = "courier";

enum text_marker : std::size_t { courier_server, marker_count };
constexpr std::string_view markers[] = {"running the courier mail server"};
static_assert(std::size(markers) == marker_count);

// Sisimai 4.25 Lhost/Courier.pm also knows a notice by its sender, "Courier mail server at
// <host>" (courier/module.dsn): the claim holds when the "running the Courier mail server" line
// was edited away.
bool claims(const mime::report& r, const marker_hits& text) {
  return text.has(courier_server) || kit::header_contains(r, "From", "courier mail server at ");
}

// Where the list of recipients starts: the failure sentence, else the headings Sisimai 4.25
// Lhost/Courier.pm starts at ($StartingOf: "UNDELIVERABLE MAIL", "DELAYS IN DELIVERING YOUR
// MESSAGE", courier/module.dsn/dsn*.txt), else the delay sentence ("... has been delayed.").
constexpr std::string_view list_starts[] = {"the following recipients cannot be delivered",
                                            "undeliverable mail",
                                            "delays in delivering your message", "delayed"};

// A delay warning: its heading, or its Subject "WARNING: delayed mail." (Sisimai 4.25
// Lhost/Courier.pm; courier/module.dsn/dsnsubjectwarn.txt). The delivery goes on.
bool delay_notice(const mime::report& r) {
  return kit::has_line_starting(r.text, "delays in delivering your message") ||
         detail::icontains(r.subject, "warning: delayed mail");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view list;
  for (std::string_view start : list_starts)
    if (list.empty()) list = kit::after_line(r.text, start);
  list = kit::until_line(list, {"-----"});
  const bool delayed = delay_notice(r);
  const auto blocks = kit::angle_address_blocks(list);
  std::vector<draft> drafts;
  if (!r.delivery_status.empty()) kit::dsn_drafts(r, drafts);
  if (drafts.empty())
    for (const auto& b : blocks) drafts.push_back(kit::make_draft(b.recipient, {}));
  for (auto& d : drafts) {
    for (const auto& b : blocks)
      if (detail::iequals(b.recipient, d.recipient)) {
        apply_block(d, b.text);
        break;
      }
    if (delayed) kit::mark_delayed(d);
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& courier_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
