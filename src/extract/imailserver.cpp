// Ipswitch IMail Server notices (X-Mailer: <SMTP32 v...>, Subject "Undeliverable Mail"): one line
// per failure, "<error>: rcpt@example.org", then "Original message follows." The error words
// are IMail's own, mapped here.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/text_scan.hpp"
#include "extract/unix_text.hpp"

namespace bounce::extract {
namespace {

namespace ut = unix_text;

struct imail_error {
  std::string_view lower_text;
  std::string_view id;
  reason_kind reason;
};
constexpr imail_error errors[] = {
    {"unknown user", "unknown-user", reason_kind::userunknown},
    {"invalid final delivery userid", "invalid-userid", reason_kind::userunknown},
    {"user mailbox exceeds allowed size", "mailbox-size", reason_kind::mailboxfull},
    {"host unknown", "host-unknown", reason_kind::hostunknown},
    {"unknown host", "host-unknown", reason_kind::hostunknown},
};

class imailserver_impl final : public extractor {
 public:
  std::string_view name() const override { return "imailserver"; }
  // The text markers claims() asks about (found with all extractors' in one pass).
  enum text_marker : std::size_t { original_follows, marker_count };
  static constexpr std::string_view markers[] = {
      "\noriginal message follows."};
  static_assert(std::size(markers) == marker_count);
  std::span<const std::string_view> text_markers() const override { return markers; }
  bool claims(const mime::report& r, const marker_hits& text) const override {
    return detail::istarts_with(r.headers.get("X-Mailer"), "<smtp32 v") ||
           (detail::icontains(r.headers.get("Subject"), "undeliverable mail") &&
            text.has(original_follows));
  }
  void extract(const mime::report& r, std::vector<draft>& out) const override {
    std::string_view body = ut::until_line(r.text, {"Original message follows."});
    for (std::string_view raw : split_lines(body)) {
      std::string_view line = detail::trim(raw);
      auto colon = line.rfind(": ");
      if (colon == std::string_view::npos) continue;
      std::string_view who = ut::bare_address(line.substr(colon + 2));
      if (!is_address(who)) continue;
      draft d = ut::make_draft(who, std::string(line));
      std::string_view what = line.substr(0, colon);
      for (const auto& e : errors)
        if (detail::icontains(what, e.lower_text)) {
          d.reason = e.reason;
          d.rule = "extractor/imailserver/" + std::string(e.id);
          break;
        }
      out.push_back(std::move(d));
    }
  }
};

}  // namespace

const extractor& imailserver_extractor() {
  static const imailserver_impl instance;
  return instance;
}

}  // namespace bounce::extract
