// SPDX-License-Identifier: BSD-2-Clause
// SendGrid Event Webhook: a JSON array of events {email, event, timestamp, sg_message_id, ...}
// (Twilio SendGrid docs, "Event Webhook Reference": delivery events processed, dropped,
// delivered, deferred, bounce (type "bounce" or "blocked"); engagement events open, click,
// spamreport, unsubscribe, group_unsubscribe, group_resubscribe). "reason" carries the remote
// reply of a bounce and the SendGrid reason of a drop, "response" the reply of a delivery or
// deferral, "status" the enhanced status code.
#include "detail/string_util.hpp"
#include "esp/adapter.hpp"

namespace bounce::esp {
namespace {

using extract::draft;

constexpr std::string_view k_engine = "sendgrid";

// Reasons SendGrid gives when it drops a message without sending it because the address is on
// one of its suppression lists ("dropped" event, reason field).
constexpr extract::kit::phrase k_drop_reasons[] = {
    {"bounced address", reason_kind::suppressed, "dropped-bounced-address"},
    {"unsubscribed address", reason_kind::suppressed, "dropped-unsubscribed-address"},
    {"spam reporting address", reason_kind::suppressed, "dropped-spam-reporting-address"},
};

// SendGrid's own fields of an event (Event Webhook Reference); every other top-level key is a
// custom argument (unique_args / custom_args), which --header names are matched against.
constexpr std::string_view k_own_fields[] = {
    "email",
    "timestamp",
    "smtp-id",
    "event",
    "category",
    "sg_event_id",
    "sg_message_id",
    "reason",
    "status",
    "response",
    "attempt",
    "type",
    "useragent",
    "ip",
    "url",
    "url_offset",
    "tls",
    "cert_err",
    "asm_group_id",
    "bounce_classification",
    "pool",
    "sg_machine_open",
    "sg_content_type",
    "sg_template_id",
    "sg_template_name",
    "marketing_campaign_id",
    "marketing_campaign_name",
    "marketing_campaign_version",
    "marketing_campaign_split_id",
    "singlesend_id",
    "template_id",
    "newsletter",
};
// Custom arguments, then the category (a string or a list, joined with ", ") when asked for.
constexpr header_source k_headers[] = {
    {.except = k_own_fields},
    {.only = "category", .join_lists = true},
};

}  // namespace

verdict read_sendgrid(const json::value& ev, std::vector<evidence>& out) {
  const std::string_view event = ev.str("event");
  if (event.empty() || ev.str("email").empty() || ev.get("msys")) return verdict::not_mine;
  if (!ev.get("sg_event_id") && !ev.get("sg_message_id") && !ev.get("smtp-id"))
    return verdict::not_mine;
  const bool bounce = event == "bounce", dropped = event == "dropped",
             deferred = event == "deferred", delivered = event == "delivered",
             spam = event == "spamreport";
  if (!bounce && !dropped && !deferred && !delivered && !spam) return verdict::skipped;
  evidence& e = out.emplace_back();
  draft& d = e.d;
  d.recipient.assign(detail::trim(ev.str("email")));
  e.category.assign(event);
  if (bounce) {
    e.category += '/';
    e.category += ev.str("type").empty() ? std::string_view("bounce") : ev.str("type");
  }
  e.message_id.assign(ev.str("sg_message_id"));
  e.headers = {&ev, k_headers};
  e.original_message_id = without_angles(ev.str("smtp-id"));
  e.timestamp = unix_to_rfc3339(ev.str("timestamp"));
  if (auto st = parse_status(ev.str("status"))) d.status = *st;
  set_diagnostic(d, ev.str("reason").empty() ? ev.str("response") : ev.str("reason"));
  if (spam) {
    d.feedback_type = "abuse";
    extract::kit::set_verdict(d, k_engine, "spamreport", reason_kind::feedback,
                              draft::strength::stated);
  } else if (delivered) {
    d.action = action_kind::delivered;
  } else if (deferred) {
    d.temporary = true;
    d.action = action_kind::delayed;
  } else if (dropped) {
    if (const auto* p = find_label(ev.str("reason"), k_drop_reasons))
      extract::kit::set_verdict(d, k_engine, p->id, p->reason, draft::strength::stated);
  }
  return verdict::outcome;
}

}  // namespace bounce::esp
