// SPDX-License-Identifier: BSD-2-Clause
// qmail-send bounces (qmail, netqmail, indimail, vpopmail set-ups): plain text,
//   Hi. This is the qmail-send program at mx.example.net.
//   I'm afraid I wasn't able to deliver your message to the following addresses.
//   <rcpt@example.org>:
//   192.0.2.1 does not like recipient.
//   Remote host said: 550 5.1.1 <rcpt@example.org>... User unknown
//   Giving up on 192.0.2.1.
//   --- Below this line is a copy of the message.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "qmail";

enum text_marker : std::size_t { qmail_send, afraid, this_is_the, marker_count };
constexpr std::string_view markers[] = {"this is the qmail-send program at",
                                        "i'm afraid i wasn't able to deliver your message",
                                        "this is the "};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) {
  return text.has(qmail_send) || (text.has(afraid) && text.has(this_is_the));
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view body = kit::after_line(r.text, "wasn't able to deliver your message");
  body = kit::until_line(
      body,
      {"--- Below this line is a copy of the message", "--- Enclosed is a copy of the message",
       "--- Enclosed are the original headers of the message", "--- Original message follows"});
  std::string reporting;
  auto at = detail::ifind(r.text, "program at ");
  if (at != std::string_view::npos)
    reporting = kit::host_name(std::string_view(r.text).substr(at + 11));
  std::vector<draft> drafts;
  kit::qmail_style_drafts(body, k_engine, drafts);
  for (auto& d : drafts) {
    d.reporting_mta = reporting;
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& qmail_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
