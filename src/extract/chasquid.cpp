// SPDX-License-Identifier: BSD-2-Clause
// chasquid's delivery status notifications (internal/queue/dsn.go, deliveryStatusNotification):
// "Delivery of your message to the following recipient(s) failed permanently:", a list of the
// addresses, then "Technical details:" with one entry per recipient, '- "<addr>" (EMAIL) failed
// permanently with error:' or '... failed repeatedly and timed out, last error:' (the queue gave
// up after its retries), and the error on the lines below; an RFC 3464 part beside it carries
// the last error as Diagnostic-Code but not whether the queue gave up. The extractor reads the
// report and adds that.
#include <string>

#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "chasquid";

enum text_marker : std::size_t { lead_in, details, marker_count };
constexpr std::string_view markers[] = {
    "delivery of your message to the following recipient(s) failed permanently:",
    "technical details:"};
static_assert(std::size(markers) == marker_count);

// The queue's verdict on a recipient (dsn.go): it gave up after retrying a temporary error. The
// error after it may name the cause, which then decides (a generic outcome waits for causes).
constexpr kit::phrase verdicts[] = {
    {"failed repeatedly and timed out", reason_kind::expired, "timed-out"},
};

bool claims(const mime::report& r, const marker_hits& text) {
  return text.has(lead_in) && text.has(details) && !r.delivery_status.empty();
}

// The technical-details line that names the recipient: '- "<addr>" (EMAIL) failed ...'.
std::string_view details_line(std::string_view text, std::string_view recipient) {
  std::string quoted(1, '"');  // lower-case: ifind folds the text, not the needle
  quoted += detail::to_lower(recipient);
  quoted += '"';
  for (std::string_view line : kit::split_lines(kit::after_line(text, "technical details:"))) {
    line = detail::trim(line);
    if (line.size() > 2 && line.front() == '-' && detail::icontains(line, quoted)) return line;
  }
  return {};
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::vector<draft> drafts;
  if (!r.delivery_status.empty()) kit::dsn_drafts(r, drafts);
  for (auto& d : drafts) {
    kit::apply_catalogue(d, k_engine, verdicts, details_line(r.text, d.recipient));
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& chasquid_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
