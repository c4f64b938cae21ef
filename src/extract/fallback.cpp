// Last resort for bounces in no known format: recipients from X-Failed-Recipients, else from
// the text, else from the returned message's To; the human-readable text is the diagnostic.
// Claims only messages that present themselves as delivery failures, so that ordinary mail
// gives no record.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/text_scan.hpp"

namespace bounce::extract {
namespace {

bool from_mailer(std::string_view from) {
  static constexpr std::string_view senders[] = {"mailer-daemon", "postmaster", "mail delivery",
                                                  "mail administrator", "mailer_daemon",
                                                  "<>"};
  for (auto s : senders)
    if (detail::icontains(from, s)) return true;
  return false;
}

bool bounce_subject(std::string_view subject) {
  static constexpr std::string_view words[] = {
      "undeliver", "delivery status", "delivery failure", "failure notice", "returned mail",
      "delivery failed", "mail delivery failed", "non-delivery", "nondeliverable",
      "could not be delivered", "delivery notification", "undelivered", "returned to sender",
      "mail system error", "delivery problem", "rejected"};
  for (auto w : words)
    if (detail::icontains(subject, w)) return true;
  return false;
}

std::string_view first_lines(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  return text.substr(0, max_bytes);
}

class fallback_impl final : public extractor {
 public:
  std::string_view name() const override { return "fallback"; }
  bool claims(const mime::report& r) const override {
    return r.headers.has("X-Failed-Recipients") || from_mailer(r.headers.get("From")) ||
           bounce_subject(r.headers.get("Subject"));
  }
  void extract(const mime::report& r, std::vector<draft>& out) const override {
    std::vector<std::string> recipients;
    for (auto v : r.headers.get_all("X-Failed-Recipients"))
      for (auto& a : find_addresses(v)) recipients.push_back(std::move(a));
    if (recipients.empty() && r.has_original) {
      auto to = find_address(r.original.get("To"));
      if (!to.empty()) recipients.push_back(std::move(to));
    }
    if (recipients.empty()) return;
    std::string_view diag = first_lines(detail::trim(r.text), 2048);
    for (auto& a : recipients) {
      draft d;
      d.recipient = std::move(a);
      d.diagnostic = std::string(diag);
      d.smtp_command = find_smtp_command(diag);
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
