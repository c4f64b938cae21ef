// SPDX-License-Identifier: BSD-2-Clause
// Postmark webhooks: {"RecordType": "Bounce" | "SpamComplaint" | "Delivery" | "Open" | "Click" |
// "SubscriptionChange", ...} (Postmark developer docs, "Webhooks": bounce, spam complaint and
// delivery webhooks; "Bounce API": the bounce types). A bounce names its "Type" and "TypeCode"
// (HardBounce 1, Transient 2, Unsubscribe 16, Subscribe 32, AutoResponder 64, AddressChange 128,
// DnsError 256, SpamNotification 512, OpenRelayTest 1024, Unknown 2048, SoftBounce 4096,
// VirusNotification 8192, ChallengeVerification 16384, BadEmailAddress 100000, SpamComplaint
// 100001, ManuallyDeactivated 100002, Unconfirmed 100003, Blocked 100006, SMTPApiError 100007,
// InboundError 100008, DMARCPolicy 100009, TemplateRenderingFailed 100010), the remote's reply
// in "Details" and the address in "Email".
#include "detail/string_util.hpp"
#include "esp/adapter.hpp"

namespace bounce::esp {
namespace {

using extract::draft;

constexpr std::string_view k_engine = "postmark";

// Bounce types that name a cause. The text of Details may name a more specific one (catalogue
// strength), except where Postmark states the outcome itself.
struct bounce_type {
  std::string_view type;
  std::optional<reason_kind> reason;
  draft::strength strength;
  bool temporary;
};
constexpr bounce_type k_types[] = {
    {"HardBounce", std::nullopt, draft::strength::catalogue, false},
    {"Transient", std::nullopt, draft::strength::catalogue, true},
    {"SoftBounce", std::nullopt, draft::strength::catalogue, true},
    {"AutoResponder", reason_kind::vacation, draft::strength::stated, false},
    {"AddressChange", reason_kind::hasmoved, draft::strength::stated, false},
    {"DnsError", reason_kind::hostunknown, draft::strength::catalogue, true},
    {"SpamNotification", reason_kind::spamdetected, draft::strength::catalogue, false},
    {"VirusNotification", reason_kind::virusdetected, draft::strength::catalogue, false},
    {"BadEmailAddress", reason_kind::syntaxerror, draft::strength::catalogue, false},
    {"ManuallyDeactivated", reason_kind::suppressed, draft::strength::stated, false},
    {"Blocked", reason_kind::blocked, draft::strength::catalogue, false},
    {"DMARCPolicy", reason_kind::authfailure, draft::strength::catalogue, false},
};

// Bounce types that are not delivery outcomes: list changes.
constexpr std::string_view k_not_outcome[] = {"Unsubscribe", "Subscribe"};

// --header names: the message's headers ([{Name, Value}], when the event has them), then its
// Metadata, then its Tag when asked for "Tag".
constexpr header_source k_headers[] = {
    {.path = {"Headers"}, .form = header_source::shape::pairs},
    {.path = {"Metadata"}},
    {.only = "Tag"},
};

}  // namespace

verdict read_postmark(const json::value& ev, std::vector<evidence>& out) {
  const std::string_view record_type = ev.str("RecordType");
  if (record_type.empty()) return verdict::not_mine;
  const bool bounce = record_type == "Bounce", spam = record_type == "SpamComplaint",
             delivery = record_type == "Delivery";
  if (!bounce && !spam && !delivery) return verdict::skipped;
  const std::string_view type = ev.str("Type");
  if (bounce)
    for (std::string_view t : k_not_outcome)
      if (type == t) return verdict::skipped;
  std::string_view address = ev.str("Email");
  if (address.empty()) address = ev.str("Recipient");
  if (detail::trim(address).empty()) return verdict::outcome;

  evidence& e = out.emplace_back();
  draft& d = e.d;
  d.recipient.assign(detail::trim(address));
  e.category.assign(delivery ? std::string_view("Delivery") : type.empty() ? record_type : type);
  e.message_id.assign(ev.str("MessageID"));
  e.headers = {&ev, k_headers};
  e.sender = address_of(ev.str("From"));
  e.original_subject.assign(ev.str("Subject"));
  e.timestamp.assign(delivery ? ev.str("DeliveredAt")
                     : spam   ? ev.str("BouncedAt")
                              : ev.str("BouncedAt"));
  set_diagnostic(d, ev.str("Details"));
  if (delivery) {
    d.action = action_kind::delivered;
    return verdict::outcome;
  }
  if (spam || type == "SpamComplaint") {
    d.feedback_type = "abuse";
    extract::kit::set_verdict(d, k_engine, "SpamComplaint", reason_kind::feedback,
                              draft::strength::stated);
    return verdict::outcome;
  }
  for (const bounce_type& t : k_types) {
    if (t.type != type) continue;
    d.temporary = t.temporary;
    if (t.temporary) d.action = action_kind::delayed;
    if (t.reason) extract::kit::set_verdict(d, k_engine, t.type, *t.reason, t.strength);
    break;
  }
  return verdict::outcome;
}

}  // namespace bounce::esp
