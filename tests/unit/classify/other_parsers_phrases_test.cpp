// SPDX-License-Identifier: BSD-2-Clause
// The phrases taken from other bounce parsers' tables (PHP-Bounce-Handler's phrase -> RFC 1893
// code list, Mail::DeliveryStatus::BounceParser's reason regexes; src/classify/phrase_table.hpp,
// docs/credits.md): each gives the reason its source names, in a reply as a server writes it,
// with and without a reply code; and none of them outranks a more specific reading that was
// there before.
#include "bounce/classify.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace bounce;

namespace {
struct row {
  reason_kind reason;
  std::string_view text;
};

const row taken[] = {
    {reason_kind::userunknown, "550 Address is unknown"},
    {reason_kind::userunknown, "550 5.1.1 ADDRESS_NOT_FOUND"},
    {reason_kind::userunknown, "550 Invalid or unknown virtual user"},
    {reason_kind::userunknown, "550 Sorry, no mailbox here by that name."},
    {reason_kind::userunknown, "550 No such mail drop defined"},
    {reason_kind::userunknown, "550 Sorry, that server doesn't handle mail for that user"},
    {reason_kind::userunknown, "550 <a@example.org> was not found in LDAP server"},
    {reason_kind::userunknown, "550 Unable to find alias user a@example.org"},
    {reason_kind::mailboxfull, "552 Quota violation"},
    {reason_kind::mailboxfull, "552 User has exhausted allowed storage space"},
    {reason_kind::hostunknown, "Sorry, I couldn't find any host named example.invalid."},
    {reason_kind::authfailure, "550 Message does not pass DomainKeys"},
    {reason_kind::blocked, "550 Not allowed access from your location"},
    {reason_kind::userunknown, "550 Adressat unbekannt oder Mailbox deaktiviert"},
    {reason_kind::mailboxfull, "552 Benutzer hat zuviele Mails auf dem Server"},
    {reason_kind::userunknown, "550 destin. Sconosciuto"},
    {reason_kind::userunknown, "550 Destinatario errato"},
    {reason_kind::suspend, "550 Questo indirizzo e' bloccato per inutilizzo"},
    {reason_kind::suspend, "550 El usuario esta en estado: inactivo"},
    {reason_kind::userunknown, "550 Nie ma takiego konta"},
    {reason_kind::suspend, "550 Podane konto jest zablokowane administracyjnie lub nieaktywne"},
    // Mail::DeliveryStatus::BounceParser
    {reason_kind::userunknown, "550 Address not known here"},
    {reason_kind::userunknown, "550 User mail-box not found"},
    {reason_kind::userunknown, "550 <a@example.org> is not an active address at this host"},
    {reason_kind::userunknown, "550 BAD_RECIPIENT - see http://mail.example.ac.uk/undelivered"},
    {reason_kind::suspend, "550 Address is administratively disabled"},
    // Sympa's bounce reader
    {reason_kind::userunknown, "550 5.0.0 Receiver not found"},
    {reason_kind::userunknown, "The recipient name is not recognized"},
    {reason_kind::userunknown, "550 <a@example.org>... not known at this site."},
    {reason_kind::userunknown, "Utilisateur non recensé dans le carnet d'adresses public"},
    {reason_kind::userunknown, "Le nom du destinataire n'est pas reconnu"},
};

std::string without_code(std::string_view text) {
  const auto space = text.find(' ');
  return std::string(text[0] >= '0' && text[0] <= '9' ? text.substr(space + 1) : text);
}
}  // namespace

TEST_CASE("other parsers phrases: each gives the reason its source names") {
  for (const row& x : taken) {
    CAPTURE(x.text);
    CHECK(classify(x.text).reason == x.reason);
    CHECK(classify(without_code(x.text)).reason == x.reason);
  }
}

TEST_CASE("other parsers phrases: content verdicts after DATA") {
  CHECK(classify("554 5.6.2 Rejecting password protected file attachment (in reply to end of "
                 "DATA command)")
            .reason == reason_kind::contenterror);
  CHECK(classify("550 Your message was rejected: sent using a mass mailer (in reply to end of "
                 "DATA command)")
            .reason == reason_kind::spamdetected);
  CHECK(classify("554 5.7.1 Message Rejected Class=size limit=15728640 Subclass=reject "
                 "size=18571048 (in reply to end of DATA command)")
            .reason == reason_kind::emailtoolarge);
}

TEST_CASE("other parsers phrases: qmail's temporary DNS failure stays temporary") {
  // qmail-remote.c: "Sorry, I couldn't find any host by that name. (#4.1.2)".
  const classification c = classify("Sorry, I couldn't find any host by that name. (#4.1.2)");
  CHECK(c.reason == reason_kind::networkerror);
  CHECK_FALSE(c.hard_bounce);
}

TEST_CASE("other parsers phrases: the sets before them still decide") {
  // "quota violation for" is Sisimai's mailbox-full phrase; a rate wording is still a rate.
  CHECK(classify("452 4.2.2 Quota violation for a@example.org").reason == reason_kind::mailboxfull);
  // Microsoft's unknown recipient at its edge (text/en/user-unknown before this block).
  CHECK(classify("550 5.4.1 Recipient address rejected: Access denied").reason ==
        reason_kind::userunknown);
  // A blocklist named in the same reply decides before the location wording.
  CHECK(classify("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using "
                 "zen.spamhaus.org; not allowed access from your location")
            .reason == reason_kind::blocked);
}
