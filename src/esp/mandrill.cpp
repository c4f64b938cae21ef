// SPDX-License-Identifier: BSD-2-Clause
// Mandrill (Mailchimp Transactional) webhooks: the form field mandrill_events (unwrapped in
// events.cpp) holds a JSON array of {"event": "send" | "deferral" | "hard_bounce" | "soft_bounce" |
// "open" | "click" | "spam" | "unsub" | "reject", "msg": {"email", "sender", "_id", "ts",
// "state", "diag", "bounce_description", "bgtools_code", "smtp_events": [...]}, "ts"} and sync
// events {"type": "blacklist" | "whitelist", "action", "reject"|"entry"} (Mailchimp Transactional
// docs, "Message event webhook format" and "Sync event webhook format"). "send" means Mandrill
// accepted and sent the message, not that it was delivered: not an outcome.
#include "detail/string_util.hpp"
#include "esp/adapter.hpp"

namespace bounce::esp {
namespace {

using extract::draft;

constexpr std::string_view k_engine = "mandrill";

// msg.bounce_description values that name a cause; the diagnostic may name a more specific one.
constexpr extract::kit::phrase k_descriptions[] = {
    {"bad_mailbox", reason_kind::userunknown, "bad_mailbox"},
    {"invalid_domain", reason_kind::hostunknown, "invalid_domain"},
    {"mailbox_full", reason_kind::mailboxfull, "mailbox_full"},
    {"spam_related", reason_kind::spamdetected, "spam_related"},
    {"invalid_content", reason_kind::contenterror, "invalid_content"},
};

// --header names: the message's metadata (msg.tags, a list, is not a value).
constexpr header_source k_headers[] = {
    {.path = {"msg", "metadata"}},
};

}  // namespace

verdict read_mandrill(const json::value& ev, std::vector<evidence>& out) {
  const json::value* msg = ev.get("msg");
  const std::string_view event = ev.str("event");
  if (!msg || !msg->is_object() || event.empty()) {
    // A sync event: a change to the rejection or allow list.
    const std::string_view t = ev.str("type");
    if ((t == "blacklist" || t == "whitelist") && ev.get("action")) return verdict::skipped;
    return verdict::not_mine;
  }
  const bool hard = event == "hard_bounce", soft = event == "soft_bounce",
             reject = event == "reject", deferral = event == "deferral", spam = event == "spam";
  if (!hard && !soft && !reject && !deferral && !spam) return verdict::skipped;
  const std::string_view address = msg->str("email");
  if (detail::trim(address).empty()) return verdict::outcome;

  evidence& e = out.emplace_back();
  draft& d = e.d;
  d.recipient.assign(detail::trim(address));
  const std::string_view description = msg->str("bounce_description");
  e.category.assign(event);
  if (!description.empty()) (e.category += '/') += description;
  if (!msg->str("bgtools_code").empty()) (e.category += "/bgtools=") += msg->str("bgtools_code");
  e.message_id.assign(msg->str("_id"));
  e.headers = {&ev, k_headers};
  e.sender = address_of(msg->str("sender"));
  e.original_subject.assign(msg->str("subject"));
  e.timestamp = unix_to_rfc3339(ev.str("ts").empty() ? msg->str("ts") : ev.str("ts"));
  std::string_view diag = msg->str("diag");
  if (diag.empty()) {
    // A deferral's reply is in its last SMTP event.
    if (const json::value* se = msg->get("smtp_events"); se && se->is_array() && !se->items.empty())
      diag = se->items.back().str("diag");
  }
  set_diagnostic(d, diag);
  if (spam) {
    d.feedback_type = "abuse";
    extract::kit::set_verdict(d, k_engine, "spam", reason_kind::feedback, draft::strength::stated);
  } else if (reject) {
    // Mandrill refused to send: the address is on its rejection list.
    extract::kit::set_verdict(d, k_engine, "reject", reason_kind::suppressed,
                              draft::strength::stated);
  } else {
    if (deferral) {
      d.temporary = true;
      d.action = action_kind::delayed;
    }
    if (const auto* p = find_label(description, k_descriptions))
      extract::kit::set_verdict(d, k_engine, p->id, p->reason);
  }
  return verdict::outcome;
}

}  // namespace bounce::esp
