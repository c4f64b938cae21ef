// SPDX-License-Identifier: BSD-2-Clause
// X4: qmail clones of ISPs and filtering services. The notice keeps qmail's skeleton ("<rcpt>:"
// paragraphs with qmail-remote's sentences, "Remote host said: ...", "--- Below this line is a
// copy of the message.") under the clone's own opening sentence:
//   Your mail message to the following address(es) could not be delivered. ...
//   This is the mail delivery agent at example.net.
//   I was not able to deliver your message to the following addresses.
//   Unfortunately, your mail was not delivered to the following address:
// Read like qmail.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

// qmail's own trace of a bounce it generated: "Received: (qmail 123 invoked for bounce); ...".
// The clone's opening sentences below are ordinary English, so they claim a message only with
// this trace or qmail's Subject "failure notice" (as Sisimai's X4 module requires).
bool qmail_made(const mime::report& r) {
  const std::string_view subject = r.subject;
  if (detail::istarts_with(subject, "failure notice") ||
      detail::istarts_with(subject, "permanent delivery failure"))
    return true;
  for (std::string_view v : r.headers.get_all("Received")) {
    v = detail::trim(v);
    if (detail::istarts_with(v, "(qmail ") &&
        detail::icontains(v.substr(0, 48), " invoked for bounce"))
      return true;
  }
  return false;
}

constexpr std::string_view k_engine = "x4";

// not_delivered is specific enough alone; the others are the clones' openings that need
// qmail_made().
// The openings after agent_at are those of Sisimai 4.25 Lhost/X4.pm's $markingsof (written
// from Sisimai's collection of qmail clones), the last three added from it.
enum text_marker : std::size_t {
  not_delivered,
  agent_at,
  unfortunately,
  unable_hi,
  machine_generated,
  su_mensaje,
  your_message_to,
  he_her_is_not,
  marker_count
};
constexpr std::string_view markers[] = {
    "your mail message to the following address(es) could not be delivered",
    "this is the mail delivery agent at ",
    "unfortunately, your mail was not delivered to the following address",
    "unable to deliver your message to the following addresses",
    "this is the machine generated message from mail service",
    "su mensaje no pudo ser entregado",
    "your message to the following addresses",
    "he/her is not "};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  if (text.has(not_delivered)) return true;
  for (std::size_t k = agent_at; k < marker_count; ++k)
    if (text.has(k)) return qmail_made(r);
  return false;
}

void extract(const mime::report& r, std::vector<draft>& out) {
  // The "<rcpt>:" paragraphs follow the opening; a clone may put its sentences in any order,
  // so the body starts after the first line with any of them.
  std::string_view body;
  for (std::string_view m : markers) {
    const std::string_view b = kit::after_line(r.text, m);
    if (b.size() > body.size()) body = b;
  }
  body = kit::until_line(body, {"--- Below this line is a copy", "--- Original message follows"});
  kit::qmail_style_drafts(body, k_engine, out);
}

}  // namespace

const extractor& x4_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
