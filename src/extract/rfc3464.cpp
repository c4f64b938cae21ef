// RFC 3464 delivery status notifications (and RFC 6533 global DSNs): one draft per
// per-recipient group of the message/delivery-status part.
#include "detail/string_util.hpp"
#include "extract/dsn_common.hpp"
#include "extract/extractors.hpp"
#include "extract/text_scan.hpp"
#include "grammar/dsn.hpp"

namespace bounce::extract {
std::string_view paragraph_about(std::string_view text, std::string_view recipient) {
  if (recipient.empty()) return {};
  auto pos = detail::ifind(text, detail::to_lower(recipient));
  if (pos == std::string_view::npos) return {};
  auto start = text.rfind("\n\n", pos);
  start = start == std::string_view::npos ? 0 : start + 2;
  auto end = text.find("\n\n", pos);
  if (end == std::string_view::npos) end = text.size();
  return text.substr(start, end - start);
}

void dsn_drafts(const mime::report& r, std::vector<draft>& out) {
  if (r.delivery_status.empty()) return;
  grammar::dsn_message dsn = grammar::parse_dsn(r.delivery_status);
  for (auto& rcpt : dsn.recipients) {
    draft d;
    d.recipient = !rcpt.final_recipient.empty() ? rcpt.final_recipient : rcpt.original_recipient;
    if (d.recipient.empty()) continue;
    d.action = rcpt.action;
    d.status = rcpt.status;
    d.status_from = status_source::dsn;
    d.diagnostic_type = rcpt.diagnostic_type;
    d.diagnostic = rcpt.diagnostic;
    d.remote_mta = rcpt.remote_mta;
    d.reporting_mta = dsn.reporting_mta;
    d.arrival_date = dsn.arrival_date;
    d.last_attempt_date = rcpt.last_attempt_date;
    d.temporary = rcpt.action == action_kind::delayed;
    d.warnings = std::move(rcpt.warnings);
    d.warnings.insert(d.warnings.end(), dsn.warnings.begin(), dsn.warnings.end());
    std::string_view about = paragraph_about(r.text, d.recipient);
    if (about.empty() && !rcpt.original_recipient.empty())
      about = paragraph_about(r.text, rcpt.original_recipient);
    d.smtp_command = find_smtp_command(about);
    if (d.diagnostic.empty() && !about.empty()) d.diagnostic = std::string(about);
    out.push_back(std::move(d));
  }
}

namespace {

class rfc3464_impl final : public extractor {
 public:
  std::string_view name() const override { return "rfc3464"; }
  bool claims(const mime::report& r) const override { return !r.delivery_status.empty(); }
  void extract(const mime::report& r, std::vector<draft>& out) const override {
    dsn_drafts(r, out);
  }
};

}  // namespace

const extractor& rfc3464_extractor() {
  static const rfc3464_impl instance;
  return instance;
}

}  // namespace bounce::extract
