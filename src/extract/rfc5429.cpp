// SPDX-License-Identifier: BSD-2-Clause
// The notice of a Sieve "reject" (RFC 5429): the recipient's own filter refused the message
// after it was delivered to the recipient's server, and the server sends it back in the form of
// a message disposition notification (RFC 8098) with the disposition "deleted", sent
// automatically, the form RFC 5429 section 2.1 (after RFC 3028's "reject") gives it. Written so
// by Dovecot's LDA and LMTP (src/lib-lda/mail-send.c mail_send_rejection(): "Rejected: <subject>",
// "Your message to <rcpt> was automatically rejected:", Disposition
// "automatic-action/MDN-sent-automatically; deleted") and by Cyrus (imap/lmtp_sieve.c). The
// refusal is the recipient's filter: filtered, whatever words the user gave it, unless the words
// are the server's own (below). Any other MDN (a read receipt, a deletion by hand) reports on a
// delivered message and is no failure.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

using detail::icontains;
using detail::trim;

constexpr std::string_view k_engine = "rfc5429";

mime::header_block mdn_fields(const mime::report& r) {
  mime::header_block fields;
  mime::parse_header_block(r.disposition_notification, fields);
  return fields;
}

// "automatic-action/MDN-sent-automatically; deleted": RFC 8098 section 3.2.6, the action mode
// first, the disposition type after the semicolon.
bool automatic_deletion(std::string_view disposition) {
  const std::size_t semi = disposition.find(';');
  if (semi == std::string_view::npos) return false;
  return icontains(disposition.substr(0, semi), "automatic-action") &&
         icontains(disposition.substr(semi + 1), "deleted");
}

// Dovecot sends its own refusals in the same form (lib-lda mail_send_rejection() is also how its
// LDA refuses a message over quota): the reason is then Dovecot's fixed text, not a filter's.
// Source: Dovecot src/plugins/quota/quota.c (quota_exceeded_message, "Quota exceeded (mailbox for
// user is full)"; "Quota exceeded" before 2.0), and flufl.bounce's sample simple_38 of it.
constexpr kit::phrase own_refusals[] = {
    {"quota exceeded", reason_kind::mailboxfull, "quota"},
};

bool claims(const mime::report& r, const marker_hits&) {
  if (r.disposition_notification.empty()) return false;
  return automatic_deletion(mdn_fields(r).get("Disposition"));
}

// "rfc822; kim@example.org" (RFC 8098 sections 3.2.3, 3.2.4: address-type; address) -> the
// address, empty when it is none.
std::string_view address_of(std::string_view field) {
  if (const std::size_t semi = field.find(';'); semi != std::string_view::npos)
    field = field.substr(semi + 1);
  const std::string_view address = kit::strip_address(field);
  return kit::is_address(address) ? address : std::string_view{};
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const mime::header_block f = mdn_fields(r);
  const std::string_view recipient = address_of(f.get("Final-Recipient"));
  if (recipient.empty()) return;
  // The reason the filter gave is the human-readable part (the classifier collapses its blank
  // lines and caps it at the caller's max_diagnostic).
  draft d = kit::make_draft(recipient, std::string(trim(r.text)));
  d.action = action_kind::failed;
  d.prose = true;
  d.original_recipient = std::string(address_of(f.get("Original-Recipient")));
  if (!kit::apply_catalogue(d, k_engine, own_refusals))
    kit::set_verdict(d, k_engine, "sieve-reject", reason_kind::filtered, draft::strength::stated);
  out.push_back(std::move(d));
}

}  // namespace

const extractor& rfc5429_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
