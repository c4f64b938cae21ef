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
  std::string reply;
  for (std::string_view raw : kit::split_lines(text)) {
    std::string_view line = detail::trim(raw);
    if (line.substr(0, 3) == ">>>") {
      d.smtp_command = kit::normalize_command(detail::trim(line.substr(3)));
    } else if (line.substr(0, 3) == "<<<") {
      if (!reply.empty()) reply.push_back(' ');
      reply.append(detail::trim(line.substr(3)));
    } else if (!line.empty() && line.back() == ':' && d.remote_mta.empty()) {
      d.remote_mta = kit::host_name(line);
    }
  }
  if (!reply.empty() && (d.diagnostic.empty() || reply.size() > d.diagnostic.size()))
    d.diagnostic = std::move(reply);
}

constexpr std::string_view k_engine = "courier";

enum text_marker : std::size_t { courier_server, marker_count };
constexpr std::string_view markers[] = {"running the courier mail server"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) { return text.has(courier_server); }
void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view list = kit::after_line(r.text, "the following recipients cannot be delivered");
  if (list.empty()) list = kit::after_line(r.text, "delayed");
  list = kit::until_line(list, {"-----"});
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
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& courier_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
