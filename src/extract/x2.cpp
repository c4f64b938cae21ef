// SPDX-License-Identifier: BSD-2-Clause
// X2: a qmail-derived notice of an unnamed webmail provider's MTA ("Message from example.com.",
// "Unable to deliver message to the following address(es).", "<rcpt>:" paragraphs,
// "--- Original message follows."). Read like qmail, except that qmail-send's closing "this
// message has been in the queue too long" outranks qmail's sentence for the last attempt
// ("Sorry, I wasn't able to establish an SMTP connection"): the provider's notice reports the
// expiry, as Sisimai's X2 module (which keeps no qmail catalogue) reads it.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "x2";

enum text_marker : std::size_t { unable_to_deliver, message_from, marker_count };
constexpr std::string_view markers[] = {"unable to deliver message to the following address(es).",
                                        "message from "};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) {
  return text.has(unable_to_deliver) && text.has(message_from);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view body =
      kit::after_line(r.text, "unable to deliver message to the following address(es).");
  body = kit::until_line(body, {"--- Original message follows", "--- Below this line is a copy"});
  kit::qmail_style_drafts(body, k_engine, out, /*expiry_decides=*/true);
}

}  // namespace

const extractor& x2_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
