// X4: a qmail-based ISP notice ("Your mail message to the following address(es) could not be
// delivered. This is a permanent error.", "<rcpt>:" paragraphs with the local delivery
// program's words, "--- Below this line is a copy of the message."). Read like qmail.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/unix_text.hpp"

namespace bounce::extract {
namespace {

namespace ut = unix_text;

class x4_impl final : public extractor {
 public:
  std::string_view name() const override { return "x4"; }
  bool claims(const mime::report& r, const marker_hits&) const override {
    return detail::icontains(r.text, "your mail message to the following address(es) could not be delivered");
  }
  void extract(const mime::report& r, std::vector<draft>& out) const override {
    std::string_view body = ut::after_line(r.text, "could not be delivered");
    body = ut::until_line(body, {"--- Below this line is a copy", "--- Original message follows"});
    ut::qmail_style_drafts(body, name(), out);
  }
};

}  // namespace

const extractor& x4_extractor() {
  static const x4_impl instance;
  return instance;
}

}  // namespace bounce::extract
