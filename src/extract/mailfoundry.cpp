// MailFoundry gateway notices: "Unable to deliver message to: <rcpt@example.org>", "Delivery
// failed for the following reason:", "Server mx.example.org[192.0.2.1] failed with: 550 ...".
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/text_scan.hpp"
#include "extract/unix_text.hpp"

namespace bounce::extract {
namespace {

namespace ut = unix_text;

class mailfoundry_impl final : public extractor {
 public:
  std::string_view name() const override { return "mailfoundry"; }
  bool claims(const mime::report& r, const marker_hits&) const override {
    return detail::icontains(r.text, "unable to deliver message to: ") &&
           detail::icontains(r.text, "delivery failed for the following reason:");
  }
  void extract(const mime::report& r, std::vector<draft>& out) const override {
    std::string_view why = ut::after_line(r.text, "delivery failed for the following reason:");
    why = ut::until_line(why, {"This has been a permanent failure", "This is a permanent failure"});
    std::string diag = ut::join(why);
    std::string host;
    auto f = detail::ifind(diag, " failed with: ");
    if (f != std::string::npos) {
      auto s = detail::ifind(diag, "server ");
      if (s != std::string::npos && s < f) host = ut::host_name(std::string_view(diag).substr(s + 7));
      diag = diag.substr(f + 14);
    }
    for (std::string_view raw : split_lines(r.text)) {
      std::string_view line = detail::trim(raw);
      if (!detail::istarts_with(line, "unable to deliver message to:")) continue;
      std::string a = find_address(line);
      if (a.empty()) continue;
      draft d = ut::make_draft(a, diag);
      d.remote_mta = host;
      out.push_back(std::move(d));
    }
  }
};

}  // namespace

const extractor& mailfoundry_extractor() {
  static const mailfoundry_impl instance;
  return instance;
}

}  // namespace bounce::extract
