// X2: a qmail-derived notice of an unnamed webmail provider's MTA ("Message from example.com.",
// "Unable to deliver message to the following address(es).", "<rcpt>:" paragraphs,
// "--- Original message follows."). Read like qmail.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/unix_text.hpp"

namespace bounce::extract {
namespace {

namespace ut = unix_text;

class x2_impl final : public extractor {
 public:
  std::string_view name() const override { return "x2"; }
  bool claims(const mime::report& r, const marker_hits&) const override {
    return detail::icontains(r.text, "unable to deliver message to the following address(es).") &&
           detail::icontains(r.text, "message from ");
  }
  void extract(const mime::report& r, std::vector<draft>& out) const override {
    std::string_view body = ut::after_line(r.text, "unable to deliver message to the following address(es).");
    body = ut::until_line(body, {"--- Original message follows", "--- Below this line is a copy"});
    ut::qmail_style_drafts(body, name(), out);
  }
};

}  // namespace

const extractor& x2_extractor() {
  static const x2_impl instance;
  return instance;
}

}  // namespace bounce::extract
