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
  // The text markers claims() asks about (found with all extractors' in one pass).
  enum text_marker : std::size_t { not_delivered, marker_count };
  static constexpr std::string_view markers[] = {
      "your mail message to the following address(es) could not be delivered"};
  static_assert(std::size(markers) == marker_count);
  std::span<const std::string_view> text_markers() const override { return markers; }
  bool claims(const mime::report&, const marker_hits& text) const override {
    return text.has(not_delivered);
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
