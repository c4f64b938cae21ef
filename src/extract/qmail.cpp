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

enum text_marker : std::size_t { qmail_send, afraid, this_is_the, hi_qmail, marker_count };
constexpr std::string_view markers[] = {
    "this is the qmail-send program at", "i'm afraid i wasn't able to deliver your message",
    "this is the ",
    // Sisimai 4.25 Lhost/qmail.pm starts at "Hi. This is the qmail" (whatever program follows).
    "hi. this is the qmail"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) {
  return text.has(qmail_send) || text.has(hi_qmail) || (text.has(afraid) && text.has(this_is_the));
}

// The recipient paragraphs: after "I'm afraid I wasn't able to deliver your message ...", or,
// where a patched qmail-send words its preface otherwise, after its "Hi. This is the qmail..."
// greeting (Sisimai 4.25 Lhost/qmail.pm starts reading at "Hi. This is the qmail"). A
// recipient line written "To: <rcpt>:" is read by kit::qmail_style_drafts.
std::string_view notice_body(std::string_view text) {
  std::string_view body = kit::after_line(text, "wasn't able to deliver your message");
  if (body.empty()) body = kit::after_line(text, "this is the qmail");
  return kit::until_line(
      body,
      {"--- Below this line is a copy of the message", "--- Enclosed is a copy of the message",
       "--- Enclosed are the original headers of the message", "--- Original message follows"});
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view body = notice_body(r.text);
  std::string reporting;
  auto at = detail::ifind(r.text, "program at ");
  if (at != std::string_view::npos) {
    // The greeting's line only: "at mx.example.net." ends the sentence and the line.
    std::string_view host = std::string_view(r.text).substr(at + 11);
    reporting = kit::host_name(host.substr(0, host.find('\n')));
  }
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
