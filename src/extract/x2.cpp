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
constexpr std::string_view markers[] = {"unable to deliver message to the following address",
                                        "message from "};
static_assert(std::size(markers) == marker_count);

// Sisimai 4.25 Lhost/X2.pm claims the notice by its sender MAILER-DAEMON@ and its Subject
// ("Delivery failure", "failure delivery", "failed delivery"); the "Message from" line may be
// missing.
constexpr std::string_view k_subjects[] = {"delivery failure", "failure delivery",
                                           "failed delivery"};

bool claims(const mime::report& r, const marker_hits& text) {
  if (!text.has(unable_to_deliver)) return false;
  if (text.has(message_from)) return true;
  if (!detail::icontains(r.headers.get("From"), "mailer-daemon@")) return false;
  const std::string_view subject = r.subject;
  for (std::string_view s : k_subjects)
    if (detail::istarts_with(subject, s)) return true;
  return false;
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view body =
      kit::after_line(r.text, "unable to deliver message to the following address");
  body = kit::until_line(body, {"--- Original message follows", "--- Below this line is a copy"});
  kit::qmail_style_drafts(body, k_engine, out, /*expiry_decides=*/true);
}

}  // namespace

const extractor& x2_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
