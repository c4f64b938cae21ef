// SPDX-License-Identifier: BSD-2-Clause
// SparkPost webhooks: a JSON array of {"msys": {"<class>_event": {"type": ..., ...}}}
// (SparkPost docs, "Webhook event types": message_event bounce, delivery, delay, out_of_band,
// spam_complaint, policy_rejection, injection, sms_status; gen_event generation_failure,
// generation_rejection; track_event open, click ...; unsubscribe_event; relay_event). A bounce
// carries its "bounce_class" (SparkPost docs, "Bounce classification codes"), the remote reply
// in "raw_reason" and its code in "error_code".
#include "detail/string_util.hpp"
#include "esp/adapter.hpp"

namespace bounce::esp {
namespace {

using extract::draft;

constexpr std::string_view k_engine = "sparkpost";

// Bounce classes that name a cause (the others: 1 undetermined, 20 soft bounce, 25 admin
// failure, 30 generic bounce no RCPT, 40 generic, 70 transient failure, 100 challenge-response).
// Catalogue strength: the reply text may name a more specific cause; an auto-reply and
// SparkPost's own suppression are stated.
struct bounce_class {
  std::string_view code;
  reason_kind reason;
  draft::strength strength;
};
constexpr bounce_class k_classes[] = {
    {"10", reason_kind::userunknown, draft::strength::catalogue},
    {"21", reason_kind::hostunknown, draft::strength::catalogue},
    {"22", reason_kind::mailboxfull, draft::strength::catalogue},
    {"23", reason_kind::emailtoolarge, draft::strength::catalogue},
    {"24", reason_kind::expired, draft::strength::catalogue},
    {"26", reason_kind::suppressed, draft::strength::stated},
    {"50", reason_kind::blocked, draft::strength::catalogue},
    {"51", reason_kind::blocked, draft::strength::catalogue},
    {"52", reason_kind::spamdetected, draft::strength::catalogue},
    {"53", reason_kind::policyviolation, draft::strength::catalogue},
    {"54", reason_kind::norelaying, draft::strength::catalogue},
    {"60", reason_kind::vacation, draft::strength::stated},
};
// Classes that are list changes, not delivery outcomes.
constexpr std::string_view k_not_outcome_classes[] = {"80", "90"};

constexpr std::string_view k_outcomes[] = {
    "bounce",           "inband",   "out_of_band",        "delay",
    "spam_complaint",   "delivery", "generation_failure", "generation_rejection",
    "policy_rejection",
};

// SparkPost's own reason for a message it did not generate for a suppressed recipient (SparkPost
// docs, "Webhook event types", generation_rejection / policy_rejection examples).
constexpr extract::kit::phrase k_reasons[] = {
    {"recipient address suppressed", reason_kind::suppressed, "recipient-suppressed"},
};

// --header names, in the "<class>_event" object: the recipient's metadata, then the campaign id
// when asked for "campaign_id" (tags, a list, are not a value).
constexpr header_source k_headers[] = {
    {.path = {"rcpt_meta"}},
    {.only = "campaign_id"},
};

}  // namespace

verdict read_sparkpost(const json::value& ev, std::vector<evidence>& out) {
  const json::value* msys = ev.get("msys");
  if (!msys || !msys->is_object()) return verdict::not_mine;
  // One "<class>_event" object inside msys.
  const json::value* m = nullptr;
  for (const json::value& v : msys->items)
    if (v.is_object()) m = &v;
  if (!m) return verdict::skipped;
  const std::string_view type = m->str("type"), cls = m->str("bounce_class");
  bool outcome = false;
  for (std::string_view t : k_outcomes) outcome = outcome || t == type;
  for (std::string_view c : k_not_outcome_classes) outcome = outcome && c != cls;
  if (!outcome) return verdict::skipped;
  std::string_view address = m->str("rcpt_to");
  if (address.empty()) address = m->str("raw_rcpt_to");
  if (detail::trim(address).empty()) return verdict::outcome;

  evidence& e = out.emplace_back();
  draft& d = e.d;
  d.recipient.assign(detail::trim(address));
  e.category.assign(type);
  if (!cls.empty()) (e.category += "/class=") += cls;
  if (type == "spam_complaint" && !m->str("fbtype").empty())
    (e.category += "/fbtype=") += m->str("fbtype");
  e.message_id.assign(m->str("message_id"));
  e.headers = {m, k_headers};
  e.timestamp = unix_to_rfc3339(m->str("timestamp"));
  e.sender = address_of(m->str("msg_from"));
  e.original_subject.assign(m->str("subject"));
  std::string_view text = m->str("raw_reason");
  if (text.empty()) text = m->str("reason");
  set_diagnostic(d, text);
  e.stated_reply = code_of(m->str("error_code"));
  if (e.stated_reply && *e.stated_reply < 600) d.reply_code = e.stated_reply;
  if (type == "delivery") {
    d.action = action_kind::delivered;
    return verdict::outcome;
  }
  if (type == "spam_complaint") {
    d.feedback_type =
        m->str("fbtype").empty() ? std::string("abuse") : std::string(m->str("fbtype"));
    extract::kit::set_verdict(d, k_engine, "spam_complaint", reason_kind::feedback,
                              draft::strength::stated);
    return verdict::outcome;
  }
  if (type == "delay") {
    d.temporary = true;
    d.action = action_kind::delayed;
  }
  for (const bounce_class& c : k_classes) {
    if (c.code != cls) continue;
    std::string id = "class-";
    id += c.code;
    extract::kit::set_verdict(d, k_engine, id, c.reason, c.strength);
    break;
  }
  if (!d.reason)
    if (const auto* p = extract::kit::find_phrase(d.diagnostic, k_reasons))
      extract::kit::set_verdict(d, k_engine, p->id, p->reason, draft::strength::stated);
  return verdict::outcome;
}

}  // namespace bounce::esp
