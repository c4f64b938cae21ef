// SPDX-License-Identifier: BSD-2-Clause
// Mailgun events, as the webhook posts them ({"signature", "event-data": {...}}, unwrapped in
// events.cpp) and as the Events API lists them ({"items": [...]}): {"event": "failed" |
// "rejected" | "complained" | "delivered" | "accepted" | "opened" | ..., "recipient", "severity",
// "reason", "delivery-status": {"code", "enhanced-code", "message", "description"},
// "message": {"headers": {...}}, "envelope": {"sender"}, "user-variables"} (Mailgun docs, "Events":
// documentation.mailgun.com, api-events / event structure). delivery-status.code may be a
// Mailgun code of its own (498 no MX, 605 suppressed): it is the payload's code all the same.
#include "detail/string_util.hpp"
#include "esp/adapter.hpp"

namespace bounce::esp {
namespace {

using extract::draft;

constexpr std::string_view k_engine = "mailgun";

// "reason" of a failed event where Mailgun did not send because the address is on one of its
// suppression lists (Mailgun docs, "Events": suppress-bounce, suppress-unsubscribe,
// suppress-complaint).
constexpr extract::kit::phrase k_reasons[] = {
    {"suppress-bounce", reason_kind::suppressed, "suppress-bounce"},
    {"suppress-unsubscribe", reason_kind::suppressed, "suppress-unsubscribe"},
    {"suppress-complaint", reason_kind::suppressed, "suppress-complaint"},
};

// Mailgun's own delivery-status messages (Mailgun docs, "Events": the failed-event examples; the
// same text in its webhook test payloads).
constexpr extract::kit::phrase k_messages[] = {
    {"no mx for", reason_kind::hostunknown, "no-mx"},
};

// --header names: the sent message's headers (lower-case names), then the user variables.
constexpr header_source k_headers[] = {
    {.path = {"message", "headers"}},
    {.path = {"user-variables"}},
};

}  // namespace

verdict read_mailgun(const json::value& ev, std::vector<evidence>& out) {
  const std::string_view event = ev.str("event");
  if (event.empty() || ev.get("msg") || ev.get("sg_event_id")) return verdict::not_mine;
  const json::value* message = ev.get("message");
  const json::value* headers = message ? message->get("headers") : nullptr;
  if (!ev.get("recipient") && !headers && !ev.get("delivery-status")) return verdict::not_mine;
  const bool failed = event == "failed" || event == "bounced" || event == "dropped";
  const bool rejected = event == "rejected", complained = event == "complained",
             delivered = event == "delivered";
  if (!failed && !rejected && !complained && !delivered) return verdict::skipped;

  evidence& e = out.emplace_back();
  draft& d = e.d;
  d.recipient.assign(detail::trim(ev.str("recipient")));
  // A rejected event (Mailgun refused the message before sending) may name nobody but the
  // message's To.
  if (d.recipient.empty() && headers) d.recipient = address_of(headers->str("to"));
  if (d.recipient.empty()) {
    out.pop_back();
    return verdict::outcome;
  }
  const std::string_view severity = ev.str("severity"), reason = ev.str("reason");
  e.category.assign(event);
  e.headers = {&ev, k_headers};
  if (!severity.empty()) (e.category += '/') += severity;
  if (!reason.empty()) (e.category += '/') += reason;
  e.timestamp = unix_to_rfc3339(ev.str("timestamp"));
  if (headers) {
    e.message_id = without_angles(headers->str("message-id"));
    e.original_message_id = e.message_id;
    e.original_from = address_of(headers->str("from"));
    e.original_to = address_of(headers->str("to"));
    e.original_subject.assign(headers->str("subject"));
  }
  const json::value* envelope = ev.get("envelope");
  e.sender = address_of(envelope ? envelope->str("sender") : std::string_view{});
  if (e.sender.empty()) e.sender = e.original_from;

  if (const json::value* ds = ev.get("delivery-status")) {
    if (auto st = parse_status(ds->str("enhanced-code"))) d.status = *st;
    std::string_view text = ds->str("message");
    if (detail::trim(text).empty()) text = ds->str("description");
    set_diagnostic(d, text);
    e.stated_reply = code_of(ds->str("code"));
    if (e.stated_reply && *e.stated_reply < 600) d.reply_code = e.stated_reply;
  }
  if (rejected) {
    if (const json::value* rj = ev.get("reject")) set_diagnostic(d, rj->str("reason"));
  } else if (complained) {
    d.feedback_type = "abuse";
    extract::kit::set_verdict(d, k_engine, "complained", reason_kind::feedback,
                              draft::strength::stated);
  } else if (delivered) {
    d.action = action_kind::delivered;
  } else {
    // "temporary": Mailgun will retry (Mailgun docs: severity of a failed event).
    if (severity == "temporary") {
      d.temporary = true;
      d.action = action_kind::delayed;
    }
    if (const auto* p = find_label(reason, k_reasons))
      extract::kit::set_verdict(d, k_engine, p->id, p->reason, draft::strength::stated);
    if (!d.reason) extract::kit::apply_catalogue(d, k_engine, k_messages);
  }
  return verdict::outcome;
}

}  // namespace bounce::esp
