// SPDX-License-Identifier: BSD-2-Clause
// Amazon SES events, in both forms (the one place that knows them; mail-borne notifications
// come here too, src/pipeline/parse_message.cpp):
//  * notifications: {"notificationType": "Bounce" | "Complaint" | "Delivery", "mail", ...};
//  * event publishing: {"eventType": "Bounce" | "Complaint" | "Delivery" | "DeliveryDelay" |
//    "Reject" | "Send" | "Open" | "Click" | "Rendering Failure" | "Subscription", "mail", ...}.
// Field names and values: Amazon SES Developer Guide, "Contents of notifications" and "Contents of
// event data" (docs.aws.amazon.com/ses/latest/dg/notification-contents.html,
// event-publishing-retrieving-sns-contents.html). Each event names its recipients; the subtype is
// evidence, stated where SES itself decided the outcome (a suppression list: it did not send).
#include "detail/string_util.hpp"
#include "esp/adapter.hpp"

namespace bounce::esp {
namespace {

using extract::draft;
using kit_phrase = extract::kit::phrase;

// bounceSubType values that state the reason (General, Undetermined, ContentRejected do not).
constexpr kit_phrase k_bounce_subtypes[] = {
    {"suppressed", reason_kind::suppressed, "Suppressed"},
    {"onaccountsuppressionlist", reason_kind::suppressed, "OnAccountSuppressionList"},
    {"noemail", reason_kind::userunknown, "NoEmail"},
    {"mailboxfull", reason_kind::mailboxfull, "MailboxFull"},
    {"messagetoolarge", reason_kind::emailtoolarge, "MessageTooLarge"},
    // Sisimai 5.6 reads a refused attachment as contenterror (docs/reasons.md), not
    // policyviolation.
    {"attachmentrejected", reason_kind::contenterror, "AttachmentRejected"},
};

// deliveryDelay.delayType values naming a cause; the text may name a more specific one.
constexpr kit_phrase k_delay_types[] = {
    {"mailboxfull", reason_kind::mailboxfull, "delay-MailboxFull"},
    {"spamdetected", reason_kind::spamdetected, "delay-SpamDetected"},
    {"transientcommunicationfailure", reason_kind::networkerror,
     "delay-TransientCommunicationFailure"},
};

// SES's own words in its diagnostics.
constexpr kit_phrase k_catalogue[] = {
    {"amazon ses has suppressed sending to this address", reason_kind::suppressed, "suppressed"},
    {"is on the suppression list", reason_kind::suppressed, "suppressed"},
    {"on the account-level suppression list", reason_kind::suppressed, "suppressed"},
    {"on the amazon ses suppression list", reason_kind::suppressed, "suppressed"},
};

// Where --header names are looked up: the sent message's headers, then its tags (name -> the
// tag's values, all of them joined with ", ").
constexpr header_source k_headers[] = {
    {.path = {"mail", "headers"}, .form = header_source::shape::pairs},
    {.path = {"mail", "tags"}, .join_lists = true},
};

// Fields of the event's "mail" object that every record of the event carries.
void mail_fields(const json::value* mail, evidence& e) {
  if (!mail) return;
  e.sender = address_of(mail->str("source"));
  e.message_id.assign(mail->str("messageId"));
  if (const json::value* ch = mail->get("commonHeaders")) {
    e.original_message_id = without_angles(ch->str("messageId"));
    if (const json::value* from = ch->get("from"); from && from->is_array() && !from->items.empty())
      e.original_from = address_of(from->items.front().scalar());
    if (const json::value* to = ch->get("to"); to && to->is_array() && !to->items.empty())
      e.original_to = address_of(to->items.front().scalar());
    e.original_subject.assign(ch->str("subject"));
  }
  if (const json::value* hs = mail->get("headers"); hs && hs->is_array()) {
    for (const json::value& h : hs->items) {
      const std::string_view name = h.str("name");
      if (e.list_id.empty() && detail::iequals(name, "List-Id"))
        e.list_id = without_angles(h.str("value"));
      else if (e.feedback_id.empty() && detail::iequals(name, "Feedback-ID"))
        e.feedback_id.assign(detail::trim(h.str("value")));
    }
  }
}

std::string category(std::string_view a, std::string_view b) {
  std::string c(a);
  c += '/';
  c += b;
  return c;
}

// Bounce and DeliveryDelay list recipients as {emailAddress, action, status, diagnosticCode}.
void failed_recipient(const json::value& item, const evidence& base, std::string_view mta,
                      std::vector<evidence>& out) {
  const std::string_view address = item.str("emailAddress");
  if (address.empty()) return;
  evidence& e = out.emplace_back(base);
  e.d.recipient.assign(detail::trim(address));
  if (auto st = parse_status(item.str("status"))) e.d.status = *st;
  set_diagnostic(e.d, item.str("diagnosticCode"));
  e.d.reporting_mta.assign(mta);
}

std::string mta_of(const json::value* v) {
  std::string_view m = v ? v->str("reportingMTA") : std::string_view{};
  const std::size_t semi = m.find(';');
  if (semi != std::string_view::npos && semi < 10) m = m.substr(semi + 1);
  return std::string(detail::trim(m));
}

void read_bounce(const json::value& b, const evidence& base, std::vector<evidence>& out) {
  const std::string_view type = b.str("bounceType"), sub = b.str("bounceSubType");
  evidence proto = base;
  proto.category = category(type, sub);
  proto.timestamp.assign(b.str("timestamp"));
  // "Transient": SES may retry or the remote said so: a delay, as the mail extractor reads it.
  proto.d.temporary = type == "Transient";
  if (proto.d.temporary) proto.d.action = action_kind::delayed;
  const std::string mta = mta_of(&b);
  const std::size_t first = out.size();
  if (const json::value* rs = b.get("bouncedRecipients"); rs && rs->is_array())
    for (const json::value& item : rs->items) failed_recipient(item, proto, mta, out);
  for (std::size_t i = first; i < out.size(); ++i) {
    draft& d = out[i].d;
    if (const kit_phrase* s = find_label(sub, k_bounce_subtypes))
      extract::kit::set_verdict(d, k_ses_engine, s->id, s->reason, draft::strength::stated);
    if (!d.reason) extract::kit::apply_catalogue(d, k_ses_engine, k_catalogue);
  }
}

void read_delay(const json::value& dd, const evidence& base, std::vector<evidence>& out) {
  const std::string_view type = dd.str("delayType");
  evidence proto = base;
  proto.category = category("DeliveryDelay", type);
  proto.timestamp.assign(dd.str("timestamp"));
  proto.d.temporary = true;
  proto.d.action = action_kind::delayed;
  const std::string mta = mta_of(&dd);
  const std::size_t first = out.size();
  if (const json::value* rs = dd.get("delayedRecipients"); rs && rs->is_array())
    for (const json::value& item : rs->items) failed_recipient(item, proto, mta, out);
  for (std::size_t i = first; i < out.size(); ++i) {
    draft& d = out[i].d;
    if (const kit_phrase* s = find_label(type, k_delay_types))
      extract::kit::set_verdict(d, k_ses_engine, s->id, s->reason);
    if (!d.reason) extract::kit::apply_catalogue(d, k_ses_engine, k_catalogue);
  }
}

void read_complaint(const json::value& c, const evidence& base, std::vector<evidence>& out) {
  const std::string_view fb = c.str("complaintFeedbackType"), sub = c.str("complaintSubType");
  evidence proto = base;
  proto.category = category("Complaint", fb);
  if (!sub.empty()) proto.category = category(proto.category, sub);
  proto.timestamp.assign(c.str("timestamp"));
  const json::value* rs = c.get("complainedRecipients");
  if (!rs || !rs->is_array()) return;
  for (const json::value& item : rs->items) {
    const std::string_view address = item.str("emailAddress");
    if (address.empty()) continue;
    evidence& e = out.emplace_back(proto);
    e.d.recipient.assign(detail::trim(address));
    // OnAccountSuppressionList: SES did not send, the address had complained before.
    if (detail::iequals(sub, "OnAccountSuppressionList")) {
      extract::kit::set_verdict(e.d, k_ses_engine, "complaint-OnAccountSuppressionList",
                                reason_kind::suppressed, draft::strength::stated);
      continue;
    }
    e.d.feedback_type = fb.empty() ? std::string("abuse") : std::string(fb);
    extract::kit::set_verdict(e.d, k_ses_engine, "complaint", reason_kind::feedback,
                              draft::strength::stated);
  }
}

void read_delivery(const json::value& dl, const evidence& base, std::vector<evidence>& out) {
  evidence proto = base;
  proto.category = "Delivery";
  proto.timestamp.assign(dl.str("timestamp"));
  proto.d.action = action_kind::delivered;
  set_diagnostic(proto.d, dl.str("smtpResponse"));
  proto.d.reporting_mta = mta_of(&dl);
  const json::value* rs = dl.get("recipients");
  if (!rs || !rs->is_array()) return;
  for (const json::value& item : rs->items) {
    if (item.scalar().empty()) continue;
    evidence& e = out.emplace_back(proto);
    e.d.recipient.assign(detail::trim(item.scalar()));
  }
}

// Reject: SES accepted the message, found a virus in it and did not send it (SES guide, "Reject
// event"); the recipients are the message's destinations.
void read_reject(const json::value& rj, const json::value* mail, const evidence& base,
                 std::vector<evidence>& out) {
  evidence proto = base;
  proto.category = category("Reject", rj.str("reason"));
  proto.d.diagnostic.assign(rj.str("reason"));
  extract::kit::set_verdict(proto.d, k_ses_engine, "reject", reason_kind::virusdetected,
                            draft::strength::stated);
  const json::value* rs = mail ? mail->get("destination") : nullptr;
  if (!rs || !rs->is_array()) return;
  for (const json::value& item : rs->items) {
    if (item.scalar().empty()) continue;
    evidence& e = out.emplace_back(proto);
    e.d.recipient = address_of(item.scalar());
  }
}

}  // namespace

verdict read_ses(const json::value& ev, std::vector<evidence>& out) {
  std::string_view type = ev.str("notificationType");
  if (type.empty()) type = ev.str("eventType");
  const json::value* mail = ev.get("mail");
  if (type.empty() || !mail || !mail->is_object()) return verdict::not_mine;
  evidence base;
  mail_fields(mail, base);
  base.headers = {&ev, k_headers};
  if (type == "Bounce") {
    if (const json::value* b = ev.get("bounce")) read_bounce(*b, base, out);
  } else if (type == "DeliveryDelay") {
    if (const json::value* d = ev.get("deliveryDelay")) read_delay(*d, base, out);
  } else if (type == "Complaint") {
    if (const json::value* c = ev.get("complaint")) read_complaint(*c, base, out);
  } else if (type == "Delivery") {
    if (const json::value* d = ev.get("delivery")) read_delivery(*d, base, out);
  } else if (type == "Reject") {
    if (const json::value* r = ev.get("reject")) read_reject(*r, mail, base, out);
  } else {
    return verdict::skipped;  // Send, Open, Click, Rendering Failure, Subscription, Received
  }
  return verdict::outcome;
}

}  // namespace bounce::esp
