// SPDX-License-Identifier: BSD-2-Clause
// OpenSMTPD bounces and delay warnings: "This is the MAILER-DAEMON, please DO NOT REPLY to this
// e-mail." then one "rcpt@example.org: <error>" line per recipient after "the following list of
// recipients:". Newer versions add a minimal RFC 3464 part (Status: 5.0.0, no Diagnostic-Code):
// the text line is then the diagnostic. The errors OpenSMTPD writes itself (no remote reply) come
// from a short fixed list, mapped here.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "grammar/reply_syntax.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

// Each row names the OpenSMTPD source file that writes it (OpenSMTPD/OpenSMTPD@3153385b02a0,
// ../shared/reference/mta-messages.tsv).
constexpr kit::phrase messages[] = {
    {"domain does not exist", reason_kind::hostunknown, "no-domain"},  // usr.sbin/smtpd/mta.c
    {"no mx found for domain", reason_kind::notaccept, "no-mx"},       // usr.sbin/smtpd/mta.c
    {"envelope expired", reason_kind::expired, "expired"},             // usr.sbin/smtpd/queue.c
    {"network error on destination mxs", reason_kind::networkerror, "network"},  // mta.c
    {"loop detected", reason_kind::networkerror, "loop"},                        // mta.c, esc.c
    {"no valid route to destination", reason_kind::networkerror, "no-route"},    // mta.c
    {"destination seem to reject all mails", reason_kind::notaccept, "rejects-all"},  // mta.c
    {"invalid recipient", reason_kind::userunknown, "invalid-recipient"},  // lka_session.c
    // mda.c mda_imsg(): a local user the lookup cannot find, which OpenSMTPD reports under
    // 5.1.6 ("destination mailbox has moved"); its words, not that code, say what happened.
    {"permanent failure in user lookup", reason_kind::userunknown, "user-lookup"},
};

struct line_entry {
  std::string recipient;
  std::string text;
};

std::vector<line_entry> entries(std::string_view text) {
  std::string_view list = kit::after_line(text, "list of recipients:");
  list = kit::until_line(list, {"Below is a copy", "Please note that this is only", "--"});
  std::vector<line_entry> out;
  bool in_entry = false;
  for (std::string_view raw : kit::split_lines(list)) {
    std::string_view line = detail::trim(raw);
    if (in_entry && !line.empty() && detail::is_space(raw.front())) {
      // OpenSMTPD writes each entry on one line, from column 0; an indented line after one is
      // that entry wrapped by a relay (even where the wrapped text reads "addr: ...").
      kit::append_spaced(out.back().text, line);
      continue;
    }
    auto colon = line.find(':');
    std::string_view who = colon == std::string_view::npos
                               ? std::string_view{}
                               : kit::strip_address(line.substr(0, colon));
    in_entry = kit::is_address(who);
    if (in_entry)
      out.push_back({std::string(who), std::string(detail::trim(line.substr(colon + 1)))});
  }
  return out;
}

void apply_text(draft& d, std::string_view text) {
  if (grammar::leading_reply_code(text)) {
    d.diagnostic = std::string(text);
    return;
  }
  // mda.c mda_imsg() (IMSG_MDA_DONE): a delivery program that failed is reported by the last
  // line it printed, in double quotes; the failure is the local program's.
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
    d.diagnostic = std::string(text.substr(1, text.size() - 2));
    d.diagnostic_type = "X-UNIX";
    return;
  }
  d.diagnostic = std::string(text);
  kit::apply_catalogue(d, "opensmtpd", messages, text);
}

constexpr std::string_view k_engine = "opensmtpd";

enum text_marker : std::size_t { do_not_reply, marker_count };
constexpr std::string_view markers[] = {"this is the mailer-daemon, please do not reply to this"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) { return text.has(do_not_reply); }
void extract(const mime::report& r, std::vector<draft>& out) {
  const auto lines = entries(r.text);
  const bool delayed = detail::icontains(r.text, "only a temporary failure report") ||
                       detail::icontains(r.text, "a message is delayed for");
  std::vector<draft> drafts;
  if (!r.delivery_status.empty()) kit::dsn_drafts(r, drafts);
  if (drafts.empty())
    for (const auto& e : lines) drafts.push_back(kit::make_draft(e.recipient, {}));
  for (auto& d : drafts) {
    for (const auto& e : lines)
      if (detail::iequals(e.recipient, d.recipient)) {
        if (d.diagnostic.empty() || d.diagnostic == kit::paragraph_about(r.text, d.recipient))
          apply_text(d, e.text);
        // The list has no blank line between recipients, so the report's paragraph about one
        // holds the others' lines too: only its own line says at which step it failed.
        d.smtp_command = kit::find_smtp_command(e.text);
        break;
      }
    // "Envelope expired" ends the attempts even inside a warning (queue.c removes the envelope
    // after its expiry notice, which OpenSMTPD 6.8 words as a delay with "Action: delayed"):
    // the recipient failed. Other delay notices are temporary.
    if (d.reason == reason_kind::expired) {
      d.action = action_kind::failed;
      d.temporary = false;
    } else if (delayed) {
      kit::mark_delayed(d);
    }
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& opensmtpd_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
