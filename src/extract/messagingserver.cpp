// SPDX-License-Identifier: BSD-2-Clause
// Oracle Communications (formerly Sun Java System, iPlanet) Messaging Server's notice:
//   This report relates to a message you sent with the following header fields:
//     Message-id: <...>
//     To: a@example.org
//   Your message cannot be delivered to the following recipients:
//     Recipient address: a@example.org
//     Original address: alias@example.net
//     Reason: Remote SMTP server has rejected address
//     Diagnostic code: smtp;550 5.1.1 <a@example.org>... User Unknown
//     Remote system: dns;mx.example.org (TCP|192.0.2.1|47323|192.0.2.2|25) (mx ESMTP)
// with a delivery-status part that says the same in RFC 3464 fields. Each text block is those
// fields under other names. When the delivery-status part is missing (a notice passed on as
// plain text), the blocks are read as the DSN groups they stand for, so that the recipient
// (Final- or Original-Recipient), its diagnostic and remote MTA follow the one DSN reading
// instead of the generic text scan, which took "Original address:" for a second recipient.
// Source: Sisimai 4.25 Lhost/MessagingServer.pm (the claim by a "Boundary_(ID_" MIME boundary
// or a "Delivery Notification: " Subject, the preface, the field names).
#include <string>

#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {
using kit::npos;

constexpr std::string_view k_engine = "messagingserver";

enum text_marker : std::size_t { preface, recipient_address, marker_count };
constexpr std::string_view markers[] = {
    "this report relates to a message you sent with the following header fields:",
    "recipient address:"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  if (!text.has(preface) || !text.has(recipient_address)) return false;
  return detail::icontains(r.headers.get("Content-Type"), "boundary_(id_") ||
         detail::istarts_with(r.subject, "delivery notification: ");
}

// A text block's fields and the RFC 3464 fields they stand for (the value keeps its type:
// "smtp;550 ...", "dns;mx.example.org"), in the order of block_field.
enum block_field : std::size_t { field_recipient, field_original, field_diagnostic, field_remote };
struct field_name {
  std::string_view text;  // lower case, with its colon
  std::string_view dsn;
};
constexpr field_name k_fields[] = {
    {"recipient address:", "Final-Recipient: rfc822;"},
    {"original address:", "Original-Recipient: rfc822;"},
    {"diagnostic code:", "Diagnostic-Code: "},
    {"remote system:", "Remote-MTA: "},
};
static_assert(std::size(k_fields) == field_remote + 1);
constexpr std::string_view k_reason = "reason:";

// The text blocks written as a delivery-status body: one group per "Recipient address:". A
// block's "Reason:" (Messaging Server's summary) is its diagnostic when it has no diagnostic
// code (a failure with no remote reply).
std::string blocks_as_dsn(std::string_view text) {
  std::string body;
  std::string_view reason;
  bool diagnosed = true;
  const auto end_block = [&] {
    if (!diagnosed && !reason.empty()) body.append("Diagnostic-Code: ").append(reason) += '\n';
    reason = {};
  };
  for (std::string_view raw : kit::split_lines(text)) {
    const std::string_view line = detail::trim(raw);
    if (detail::istarts_with(line, k_reason)) {
      reason = detail::trim(line.substr(k_reason.size()));
      continue;
    }
    std::size_t f = 0;
    while (f < std::size(k_fields) && !detail::istarts_with(line, k_fields[f].text)) ++f;
    if (f == std::size(k_fields)) continue;
    if (f == field_recipient) {
      end_block();
      body += '\n';
      diagnosed = false;
    } else if (f == field_diagnostic) {
      diagnosed = true;
    }
    body.append(k_fields[f].dsn).append(detail::trim(line.substr(k_fields[f].text.size()))) += '\n';
  }
  end_block();
  return body;
}

void extract(const mime::report& r, std::vector<draft>& out) {
  if (!r.delivery_status.empty()) {
    kit::dsn_drafts(r, out);
    return;
  }
  const std::size_t from = kit::offset_after(r.text, markers[preface]);
  if (from == npos) return;
  const std::string_view notice = std::string_view(r.text).substr(from);
  kit::dsn_drafts_of_body(blocks_as_dsn(notice), notice, r.limits.max_recipients, out);
}

}  // namespace

const extractor& messagingserver_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
