// SPDX-License-Identifier: BSD-2-Clause
// RFC 3464 delivery status notifications (and RFC 6533 global DSNs): one draft per
// per-recipient group of the message/delivery-status part. Also DSNs whose MIME structure is
// broken or absent but whose text carries the delivery-status fields (a lost boundary, a
// plain-text copy of the report): the fields are read from the text.
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "rfc3464";

bool claims(const mime::report& r, const marker_hits&) {
  if (!r.delivery_status.empty()) return true;
  // A report whose delivery-status part was lost in the text: only for messages that present
  // themselves as bounces, so that a message quoting a DSN is not taken for one.
  return kit::presents_as_bounce(r) && !kit::embedded_delivery_status(r.text).empty();
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::size_t before = out.size();
  kit::dsn_drafts(r, out);
  if (out.size() > before) return;
  const std::string_view body = kit::embedded_delivery_status(r.text);
  if (body.empty()) return;
  // The human-readable part is what precedes the embedded report.
  const std::string_view human =
      std::string_view(r.text).substr(0, static_cast<std::size_t>(body.data() - r.text.data()));
  kit::dsn_drafts_of_body(body, human, r.limits.max_recipients, out);
}

}  // namespace

const extractor& rfc3464_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
