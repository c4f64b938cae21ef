// SPDX-License-Identifier: BSD-2-Clause
// The phrase sets cover the phrase lists of the reference tool's Reason modules (Sisimai 4.25,
// /usr/share/perl5/Sisimai/Reason/*.pm; the regexes as the plain phrases they match). Each row
// is one phrase added for that coverage and the reason it must give, through the public
// bounce::classify() as "550 <phrase>" (a content reason's phrase with its DATA step named, since
// a bare text is read as a reply at RCPT; see docs/reasons.md "Classifying a text on its own").
// Where our taxonomy deliberately differs from the reference tool, the last test case pins ours.
#include "bounce/classify.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace bounce;

namespace {
struct row {
  reason_kind reason;
  std::string_view phrase;
};

const row added[] = {
    {reason_kind::rejected, "access denied (sender blacklisted)"},
    {reason_kind::rejected, "sender address has been blacklisted"},
    {reason_kind::rejected, "an address that has been blacklisted"},
    {reason_kind::rejected, "invalid domain, see <url:"},
    {reason_kind::blocked, "bad sender ip address"},
    {reason_kind::blocked, "is in a black list"},
    {reason_kind::blocked, "listed as abusive"},
    {reason_kind::blocked, "looks suspiciously like spammer"},
    {reason_kind::blocked, "you are sending spam"},
    {reason_kind::blocked, "currently sending spam see:"},
    {reason_kind::blocked, "too many unwanted messages have been sent from"},
    {reason_kind::blocked, "extreme bad ip profile"},
    {reason_kind::blocked, "client host rejected: was not authenticated"},
    {reason_kind::ratelimited, "throttling failure:"},
    {reason_kind::mailboxfull, "account disabled temporarly for exceeding receiving limits"},
    {reason_kind::mailboxfull, "account is exceeding their quota"},
    {reason_kind::mailboxfull, "does not have enough space"},
    {reason_kind::mailboxfull, "over disk quota"},
    {reason_kind::mailboxfull, "disc quota exceeded"},
    {reason_kind::mailboxfull, "mail file size exceeds the maximum size allowed for mail delivery"},
    {reason_kind::mailboxfull, "mailbox exceeded the local limit"},
    {reason_kind::mailboxfull, "delivery failed: userdisk quota"},
    {reason_kind::mailboxfull, "delivery failed: domaindisk quota"},
    {reason_kind::mailboxfull, "over the allowed quota"},
    {reason_kind::mailboxfull, "quota violation for"},
    {reason_kind::mailboxfull, "reached disk quota"},
    {reason_kind::mailboxfull, "user has too many messages on the server"},
    {reason_kind::mailboxfull, "space has been used up"},
    {reason_kind::mailboxfull, "mailbox has exceeded its disk space limit"},
    {reason_kind::contenterror, "header size exceeds maximum permitted"},
    {reason_kind::contenterror, "message header size, or recipient list, exceeds policy limit"},
    {reason_kind::contenterror, "routing loop detected -- too many received: headers"},
    {reason_kind::emailtoolarge, "exceeded maximum inbound message size"},
    {reason_kind::emailtoolarge, "max message size exceeded"},
    {reason_kind::suspend, "is currently suspended"},
    {reason_kind::suspend, "has been suspended"},
    {reason_kind::suspend, "invalid/inactive user"},
    {reason_kind::suspend, "email account that you tried to reach is disabled"},
    {reason_kind::suspend, "mailbox unavailable or access denied"},
    {reason_kind::suspend, "recipient rejected: temporarily inactive"},
    {reason_kind::suspend, "recipient suspend the service"},
    {reason_kind::norelaying, "that domain isn't in my list of allowed rcpthost"},
    {reason_kind::norelaying, "not a gateway"},
    {reason_kind::norelaying, "not local host"},
    {reason_kind::norelaying,
     "mail server requires authentication when attempting to send to a non-local e-mail address"},
    {reason_kind::authfailure, "spf check: fail"},
    {reason_kind::authfailure, "please inspect your spf settings"},
    {reason_kind::requireptr, "dns ptr resource record"},
    {reason_kind::requireptr, "unresolvable relay host name"},
    {reason_kind::badreputation, "poor email reputation"},
    {reason_kind::ratelimited, "too many errors from your ip"},
    {reason_kind::ratelimited, "we have already made numerous attempts to deliver this message"},
    {reason_kind::ratelimited, "max emails per hour"},
    {reason_kind::filtered,
     "because the recipient is only accepting mail from specific email addresses"},
    {reason_kind::filtered,
     "due to extended inactivity new mail is not currently being accepted for this mailbox"},
    {reason_kind::filtered, "has restricted sms e-mail"},
    {reason_kind::filtered, "not found recipient account"},
    {reason_kind::filtered, "recipient id refuse to receive mail"},
    {reason_kind::userunknown, "mailbox unavailable"},
    {reason_kind::userunknown, "mailbox is unavailable"},
    {reason_kind::userunknown, "mailbox invalid"},
    {reason_kind::userunknown, "mailbox not present"},
    {reason_kind::userunknown, "no mailbox found"},
    {reason_kind::userunknown, "address not present in directory"},
    {reason_kind::userunknown, "archived recipient"},
    {reason_kind::userunknown, "bad recipient"},
    {reason_kind::userunknown, "bad-recipient"},
    {reason_kind::userunknown, "can't accept user"},
    {reason_kind::userunknown, "destination addresses were unknown"},
    {reason_kind::userunknown, "destination server rejected recipients"},
    {reason_kind::userunknown, "is not an active address at this host"},
    {reason_kind::userunknown, "no matches to nameserver query"},
    {reason_kind::userunknown, "rejected: account unavailable:"},
    {reason_kind::userunknown, "non-existent user"},
    {reason_kind::userunknown, "nonexistent user"},
    {reason_kind::userunknown, "non existent user"},
    {reason_kind::userunknown, "not a valid recipient"},
    {reason_kind::userunknown, "not a valid user here"},
    {reason_kind::userunknown, "not a local address"},
    {reason_kind::userunknown, "does not exist at the organization"},
    {reason_kind::userunknown, "recipient is not local"},
    {reason_kind::userunknown, "recipient not exist"},
    {reason_kind::userunknown, "recipient not ok"},
    {reason_kind::userunknown, "recipient refuses to accept your mail"},
    {reason_kind::userunknown, "recipient address rejected: invalid-recipient"},
    {reason_kind::userunknown, "recipient address rejected. (in reply to rcpt to command)"},
    {reason_kind::userunknown, "sorry, badrcptto"},
    {reason_kind::userunknown, "in my badrcptto list"},
    {reason_kind::userunknown, "your envelope recipient has been denied"},
    {reason_kind::userunknown, "that domain or user isn't in my list of allowed rcpthosts"},
    {reason_kind::userunknown, "the following recipients was undeliverable"},
    {reason_kind::userunknown, "user's email name is not found"},
    {reason_kind::userunknown, "there is no one at this address"},
    {reason_kind::userunknown, "this email address is wrong or no longer valid"},
    {reason_kind::userunknown, "in my badrecipientto list"},
    {reason_kind::userunknown, "not in my validrcptto list"},
    {reason_kind::userunknown, "this spectator does not exist"},
    {reason_kind::userunknown, "this user doesnt have a"},
    {reason_kind::userunknown, "unknown e-mail address"},
    {reason_kind::userunknown, "user missing home directory"},
    {reason_kind::userunknown, "user not active"},
    {reason_kind::userunknown, "user not exist"},
    {reason_kind::userunknown, "user not known"},
    {reason_kind::userunknown, "this address no longer accepts mail"},
    {reason_kind::notaccept, "no mx record found for domain="},
    {reason_kind::notaccept, "no route for current request"},
    {reason_kind::notaccept, "smtp protocol returned a permanent error"},
    {reason_kind::networkerror, "dns records for the destination computer could not be found"},
    {reason_kind::networkerror, "host is unreachable"},
    {reason_kind::networkerror, "maximum forwarding loop count exceeded"},
    {reason_kind::networkerror, "unable to resolve route"},
    {reason_kind::networkerror, "could not connect and send the mail to"},
    {reason_kind::hostunknown, "domain must exist"},
    {reason_kind::hostunknown, "host unreachable"},
    {reason_kind::hostunknown, "mail domain mentioned in email address is unknown"},
    {reason_kind::hostunknown, "account or domain may not exist"},
    {reason_kind::hostunknown, "unroutable address"},
    {reason_kind::rejected, "backscatter protection detected an invalid or expired email address"},
    {reason_kind::rejected, "denied [bouncedeny]"},
    {reason_kind::rejected, "denied by secumail valid-address-filter"},
    {reason_kind::rejected, "delivery not authorized, message refused"},
    {reason_kind::rejected, "does not exist e2110"},
    {reason_kind::rejected, "email address is on senderfilterconfig list"},
    {reason_kind::rejected, "envelope blocked"},
    {reason_kind::rejected, "error: no third-party dsns"},
    {reason_kind::rejected, "fully qualified email address required"},
    {reason_kind::rejected, "(batv: no tag"},
    {reason_kind::rejected, "rejected by batv defense"},
    {reason_kind::rejected, "rfc 1035 violation: recursive cname records for"},
    {reason_kind::rejected, "rule imposed mailbox access for"},
    {reason_kind::rejected, "sender is in my black list"},
    {reason_kind::rejected, "sender is spammer"},
    {reason_kind::rejected, "syntax error: empty email address"},
    {reason_kind::rejected, "this server does not accept mail from"},
    {reason_kind::rejected, "unsigned dsn for"},
    {reason_kind::rejected, "you are not allowed to post to this mailing list"},
    {reason_kind::rejected,
     "your access to submit messages to this e-mail system has been rejected"},
    {reason_kind::rejected,
     "because the sender isn't on the recipient's list of senders to accept mail from"},
    {reason_kind::rejected, "connections not accepted from servers without a valid sender domain"},
    {reason_kind::contenterror,
     "because the recipient is not accepting mail with attachments"},  // 5.6: was policyviolation
    {reason_kind::spamdetected, "bulk email"},
    {reason_kind::spamdetected, "mail content denied"},
    {reason_kind::spamdetected, "message rejected because of unacceptable content"},
    {reason_kind::spamdetected, "our system has detected that this message is"},
    {reason_kind::spamdetected, "reject bulk.advertising"},
    {reason_kind::spamdetected, "rejecting banned content"},
    {reason_kind::spamdetected, "rejecting mail content"},
    {reason_kind::spamdetected, "rejected by recurrent pattern detection system"},
    {reason_kind::spamdetected, "you're using a mass mailer"},
    {reason_kind::spamdetected, "breaches local uribl policy"},
    {reason_kind::spamdetected, "temporarily blocked by our filter"},
    {reason_kind::contenterror,
     "an illegal attachment on your message"},  // 5.6: was policyviolation
    {reason_kind::policyviolation, "by non-member to a members-only list"},
    {reason_kind::policyviolation, "email rejected due to security policies"},
    {reason_kind::policyviolation, "message bounced due to organizational settings"},
    {reason_kind::policyviolation, "message given low priority"},
    {reason_kind::policyviolation,
     "the email address used to send your message is not subscribed to this group"},
    {reason_kind::contenterror,  // 5.6: was policyviolation
     "we do not accept messages containing images or other attachments"},
    {reason_kind::policyviolation, "allowable number of posts without solving a captcha"},
    {reason_kind::policyviolation, "email not accepted for policy reasons"},
    {reason_kind::notcompliantrfc, "messages with multiple addresses"},
    {reason_kind::contenterror, "improper use of 8-bit data in message header"},
    {reason_kind::contenterror, "message mime complexity exceeds"},
    {reason_kind::contenterror, "this message contain invalid mime headers"},
    {reason_kind::contenterror, "this message contain improperly-formatted binary content"},
    {reason_kind::contenterror, "this message contain text that uses unnecessary base64 encoding"},
    {reason_kind::securityerror, "authentication failure"},
    {reason_kind::securityerror, "account not subscribed to ses"},
    {reason_kind::securityerror, "authentication credentials invalid"},
    {reason_kind::securityerror, "authentication turned on in your email client"},
    {reason_kind::securityerror, "is a dead domain"},
    {reason_kind::securityerror, "executable files are not allowed in compressed files"},
    {reason_kind::securityerror,
     "you don't authenticate or the domain isn't in my list of allowed rcpthosts"},
    {reason_kind::securityerror, "is not authorized to perform ses:sendrawemail"},
    {reason_kind::systemerror, "aliasing/forwarding loop broken"},
    {reason_kind::systemerror, "can't create user output file"},
    {reason_kind::systemerror, "could not load drd for domain"},
    {reason_kind::systemerror, "internal error reading data"},
    {reason_kind::systemerror, "internal server error: operation now in progress"},
    {reason_kind::systemerror, "interrupted system call"},
    {reason_kind::systemerror, "it encountered an error while being processed"},
    {reason_kind::systemerror, "it would create a mail loop"},
    {reason_kind::systemerror, "local error in processing"},
    {reason_kind::systemerror, "loop was found in the mail exchanger"},
    {reason_kind::systemerror, "queue file write error"},
    {reason_kind::systemerror, "mail system configuration error"},
    {reason_kind::systemerror, "remote server is misconfigured"},
    {reason_kind::systemerror, "system config error"},
    {reason_kind::systemerror, "timeout waiting for input"},
    {reason_kind::mailererror, "command output:"},
    {reason_kind::expired, "could not find a gateway for"},
    {reason_kind::expired, "failed to deliver to domain example.net"},
    {reason_kind::expired, "have been failing for a long time"},
    {reason_kind::expired, "it has not been collected after"},
    {reason_kind::expired, "server did not respond"},
    {reason_kind::expired, "this message has been in the queue too long"},
    {reason_kind::expired, "unable to deliver message after multiple retries"},
    {reason_kind::expired, "was not reachable within the allowed queue period"},
    {reason_kind::blocked, "refused - see http"},
    {reason_kind::blocked, "confirm this mail server"},
    {reason_kind::blocked, "host network not allowed"},
    {reason_kind::blocked, "rejecting open proxy"},
    {reason_kind::blocked, "sender ip address rejected"},
    {reason_kind::blocked, "has not passed validation"},
    {reason_kind::blocked, "after initial connection:"},
    {reason_kind::mailboxfull, "boite du destinataire pleine"},
    {reason_kind::mailboxfull, "boîte du destinataire pleine"},
    {reason_kind::emailtoolarge, "taille limite du message atteinte"},
    {reason_kind::rejected, "emetteur invalide"},
    {reason_kind::rejected, "émetteur invalide"},
    {reason_kind::rejected, "Émetteur invalide"},
    {reason_kind::ratelimited, "trop de connexions"},
    {reason_kind::userunknown, "no existe dicha persona"},
    {reason_kind::userunknown, "no existe ese usuario"},
    {reason_kind::userunknown, "nessun utente simile in questo indirizzo"},
};

bool content(reason_kind r) {
  return r == reason_kind::contenterror || r == reason_kind::spamdetected ||
         r == reason_kind::virusdetected;
}

std::string reply(std::string_view code, std::string_view phrase, reason_kind r) {
  std::string t = std::string(code) + std::string(phrase);
  if (content(r)) t += " (in reply to end of DATA command)";
  return t;
}
}  // namespace

TEST_CASE("reference phrases: each added phrase gives its reason, with and without a reply code") {
  for (const row& x : added) {
    CAPTURE(x.phrase);
    CHECK(classify(reply("550 ", x.phrase, x.reason)).reason == x.reason);
    if (!content(x.reason)) CHECK(classify(x.phrase).reason == x.reason);
  }
}

TEST_CASE("reference phrases: hardness follows the reason and the reply class") {
  for (const row& x : added) {
    if (x.reason != reason_kind::hostunknown) continue;
    CAPTURE(x.phrase);
    auto hard = classify(reply("550 ", x.phrase, x.reason));
    CHECK(hard.hard_bounce);
    auto soft = classify(reply("450 ", x.phrase, x.reason));  // temporary: a network failure
    CHECK(soft.reason == reason_kind::networkerror);
    CHECK_FALSE(soft.hard_bounce);
  }
  CHECK(classify("550 user not known").hard_bounce);
  CHECK_FALSE(classify("452 4.2.2 recipient reached disk quota").hard_bounce);
  CHECK(classify("no mx record found for domain=example.net").hard_bounce);
  CHECK_FALSE(classify("451 no route for current request").hard_bounce);
}

TEST_CASE(
    "reference phrases: a specific phrase beats a set above it that a shorter word would hit") {
  // "quota exceeded" (mailbox-full) vs Amazon SES's sending quota.
  CHECK(
      classify("554 Message rejected: Throttling failure: Daily message quota exceeded.").reason ==
      reason_kind::ratelimited);
  // "blacklisted" (blocklist) vs a sender address on a list.
  CHECK(classify("550 Access denied (sender blacklisted)").reason == reason_kind::rejected);
  // The list spelt apart or hyphenated is the same list; "my black list" stays the sender's.
  CHECK(classify("554 MAIL REFUSED - IP (192.0.2.9) is in black list").reason ==
        reason_kind::blocked);
  CHECK(classify("550 Rejected: IP in block-list").reason == reason_kind::blocked);
  CHECK(classify("550 sender is in my black list").reason == reason_kind::rejected);
  // "timeout" (expired) vs a system's own failure.
  CHECK(classify("451 timeout waiting for input").reason == reason_kind::systemerror);
  // "too many messages" (rate-limit) vs a full mailbox.
  CHECK(classify("552 user has too many messages on the server").reason ==
        reason_kind::mailboxfull);
  // "account disabled" (suspend) vs a mailbox over its receiving limits.
  CHECK(classify("550 account disabled temporarly for exceeding receiving limits").reason ==
        reason_kind::mailboxfull);
  // "not accepting mail" (does-not-accept-mail) vs the recipient's attachment rule, a content
  // error since Sisimai 5.6 (after DATA: the content reasons need DATA).
  CHECK(classify("550 because the recipient is not accepting mail with attachments (in reply to "
                 "end of DATA command)")
            .reason == reason_kind::contenterror);
  CHECK(classify("550 because the recipient is not accepting mail with embedded images").reason ==
        reason_kind::policyviolation);
  // "unable to resolve" (host-unknown) vs a routing failure.
  CHECK(classify("550 unable to resolve route example.net").reason == reason_kind::networkerror);
  // "routing loop" (dns-failure) vs too many Received headers, at DATA only.
  CHECK(classify("554 routing loop detected -- too many received: headers (in reply to end of "
                 "DATA command)")
            .reason == reason_kind::contenterror);
  CHECK(classify("554 routing loop detected -- too many received: headers").reason ==
        reason_kind::networkerror);
  // a specific phrase beats an after-wording code
  CHECK(classify("550 5.1.1 <a@example.net>... can't create user output file").reason ==
        reason_kind::systemerror);
}

TEST_CASE("reference phrases: where our taxonomy deliberately differs") {
  CHECK(classify("550 5.1.1 user not found").reason == reason_kind::userunknown);  // ref: filtered
  // Sisimai 5.6 merged the reference's exceedlimit into emailtoolarge: now the same answer.
  CHECK(classify("552 message too large").reason == reason_kind::emailtoolarge);
  CHECK(classify("550 unrouteable mail domain").reason ==
        reason_kind::hostunknown);                                         // networkerror
  CHECK(classify("550 dmarc policy").reason == reason_kind::authfailure);  // policyviolation
  CHECK(classify("550 Messages with multiple addresses in From: header are not accepted").reason ==
        reason_kind::notcompliantrfc);  // policyviolation
  CHECK(classify("550 has exceeded the max emails per hour").reason ==
        reason_kind::ratelimited);  // 4.25: toomanyconn, merged into ratelimited by 5.6
  CHECK(classify("550 message rejected: email address is not verified").reason ==
        reason_kind::norelaying);                                                // rejected
  CHECK(classify("550 insecure mail relay").reason == reason_kind::norelaying);  // securityerror
  // too generic to be safe as substrings: no rule
  CHECK(classify("550 size limit").reason == reason_kind::onhold);
  CHECK(classify("550 as a relay").reason == reason_kind::onhold);
  // ... but MessageLabs' sentence around it is a relay refusal.
  CHECK(classify("553-you are trying to use me [mx.example.net] as a relay, but I have not been "
                 "configured to let you [192.0.2.1] do this.")
            .reason == reason_kind::norelaying);
  CHECK(classify("550 bounced address").reason == reason_kind::onhold);
}

TEST_CASE("reference phrases: real replies from an MTA's rule file (ZoneMTA config/bounces.txt)") {
  // ZoneMTA (zone-mta 3.10.3) keeps real replies beside its bounce rules; each must give the
  // category ZoneMTA files it under.
  struct example {
    std::string_view reply;
    reason_kind reason;
  };
  const example examples[] = {
      // a protocol code (X.5.4) on a policy refusal: the words decide
      {"550 5.5.4 ETP208 Your IP 1.2.3.4 is listed by Invaluement. Please see "
       "http://www.invaluement.com/research/ if you feel this is in error",
       reason_kind::blocked},
      {"554 5.5.4 Your IP 1.2.3.4 address has a bad reputation. To unblock visit "
       "http://cloud-security.net/unblock",
       reason_kind::badreputation},
      {"550 The sending IP (1.2.3.4) is listed on https://spamrl.com/. Please resolve this and "
       "retry.",
       reason_kind::blocked},
      {"550 5.7.1 Your IP address is listed by https://spamhaus.org/zen, correct this",
       reason_kind::blocked},
      // Exchange Online's banned sender, recognised by the delisting address it names
      {"550 5.7.511 Access denied, banned sender[1.2.3.4]. To request removal from this list "
       "please forward this message to delist@messaging.microsoft.com.",
       reason_kind::blocked},
  };
  for (const example& e : examples) {
    CAPTURE(e.reply);
    CHECK(classify(e.reply).reason == e.reason);
  }
  // A specific X.5.x code still decides when the words name no other cause.
  CHECK(classify("501 5.5.4 Invalid arguments").reason == reason_kind::syntaxerror);
}

TEST_CASE("reference phrases: a recipient \"not listed in\" a directory is unknown, not blocked") {
  // Domino's and Notes' unknown-recipient wording shares "listed in" with the blocklists.
  CHECK(classify("550 5.1.1 User kim (kim@example.org) not listed in Domino Directory").reason ==
        reason_kind::userunknown);
  CHECK(classify("550 User not listed in public Name & Address Book").reason ==
        reason_kind::userunknown);
}

TEST_CASE(
    "reference phrases: content filters' own refusals (Debian's amavisd-new, MIMEDefang, "
    "spamass-milter, policyd-weight)") {
  struct example {
    std::string_view reply;
    reason_kind reason;
  };
  // amavisd-new: "%s Reject, id=%n - <category>" (Amavis.pm, %smtp_reason_by_ccat); the category
  // decides, even under older configurations' "Message content rejected".
  const example examples[] = {
      {"554 5.7.0 Reject, id=30917-04 - BANNED: invoice.exe", reason_kind::contenterror},
      {"550 5.7.1 Message content rejected, id=01956-02-2 - BANNED: auto__mail.python.bat",
       reason_kind::contenterror},
      {"554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Test-Signature",
       reason_kind::virusdetected},
      {"554 5.7.0 Reject, id=12345-01 - spam", reason_kind::spamdetected},
      {"554 5.7.0 Bounce, id=12345-01 - spammy (tag3)", reason_kind::spamdetected},
      {"554 5.6.0 Reject, id=12345-01 - BAD HEADER: MIME error", reason_kind::contenterror},
      {"554 5.7.1 Blocked by SpamAssassin", reason_kind::spamdetected},
      {"554 MIME type message/partial not accepted here", reason_kind::contenterror},
      // amavisd-new's own notice (template-virus-sender.txt): the heading and first sentence
      {"BANNED CONTENTS ALERT Our content checker found banned name: invoice.exe in email "
       "presumably from you",
       reason_kind::contenterror},
      {"554 Message contained too many MIME parts.  We do not accept such complicated messages.",
       reason_kind::contenterror},
  };
  for (const example& e : examples) {
    const std::string text = std::string(e.reply) + " (in reply to end of DATA command)";
    CAPTURE(text);
    CHECK(classify(text).reason == e.reason);
  }
  // a queue id with a space is not amavis's token
  CHECK(
      classify("554 5.7.0 Reject, id=12 34 - BANNED: x (in reply to end of DATA command)").reason !=
      reason_kind::contenterror);
  CHECK(classify("450 No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator")
            .reason == reason_kind::requireptr);
}

TEST_CASE("reference phrases: MTAs' own wording from their source (mta-messages.tsv)") {
  // Exim src/transports/smtp.c "TLS session: %s"; Sendmail sendmail/err.c "Host %s is down".
  CHECK(classify("TLS session: (SSL_connect): error:0A000086:SSL routines").reason ==
        reason_kind::failedstarttls);
  // A server that offered STARTTLS and could not start it: Postfix smtpd.c, Sendmail
  // srvrsmtp.c, Exim smtp_in.c.
  for (std::string_view t :
       {"454 4.7.0 TLS not available due to local problem",
        "454 4.3.3 TLS not available after start", "454 TLS currently unavailable"})
    CHECK(classify(t).reason == reason_kind::failedstarttls);
  CHECK(classify("Host mx1.example.org is down").reason == reason_kind::networkerror);
  CHECK(classify("Host is down").reason == reason_kind::onhold);  // the host is its token
  // Exim src/src/parser.c, the errors of an address it cannot parse.
  for (std::string_view t :
       {"angle-brackets nested too deep", "domain missing in source-routed address",
        "malformed address: @example.org may not follow <a",
        "missing or malformed local part (expected word or \"<\")"})
    CHECK(classify(t).reason == reason_kind::syntaxerror);
  // OpenSMTPD smtpd/mta.c and Domino's router: routing failures, not a block list.
  for (std::string_view t :
       {"All routes to destination blocked", "Address family mismatch on destination MXs",
        "Could not retrieve source address", "Message has exceeded maximum hop count",
        "554 5.6.0 Message exceeded 50 hops, this may indicate a mail loop"})
    CHECK(classify(t).reason == reason_kind::networkerror);
  // Exim src/src/deliver.c: a header count, found after DATA.
  CHECK(classify(reply("550 ", "Too many \"Received\" headers - suspected mail loop",
                       reason_kind::contenterror))
            .reason == reason_kind::contenterror);
}

TEST_CASE("reference phrases: an inactive or expired account is suspend in every word order") {
  for (std::string_view t :
       {"550 5.2.1 The email account that you tried to reach is inactive",
        "550 mailbox is inactive", "550 5.1.1 inactive mailbox", "550 5.1.1 recipient is inactive",
        "550 User is inactive", "550 Recipient account is inactive", "550 user account is expired",
        "550 5.1.1 Account expired"})
    CHECK(classify(t).reason == reason_kind::suspend);
}

TEST_CASE("reference phrases: an invalid recipient is unknown in every word order") {
  for (std::string_view t :
       {"550 5.0.0 invalid recipient", "550 5.0.0 recipient invalid", "550 Recipient is invalid",
        "550 recipient address is not valid", "550 mailbox invalid", "550 Mailbox is invalid",
        "550 mailbox is not valid", "550 5.1.3 Destination address is invalid"})
    CHECK(classify(t).reason == reason_kind::userunknown);
}

TEST_CASE("reference phrases: a domain that does not exist is hostunknown in every word order") {
  for (std::string_view t : {"550 5.0.0 unknown domain", "550 5.0.0 domain unknown",
                             "550 5.0.0 no such domain", "550 5.0.0 no such host",
                             "550 5.0.0 domain does not exist", "550 5.0.0 non-existent domain"})
    CHECK(classify(t).reason == reason_kind::hostunknown);
  // Temporary evidence still makes it a network failure.
  CHECK(classify("451 4.4.0 no such host").reason == reason_kind::networkerror);
}

TEST_CASE("reference phrases: a state said a few words after its subject (the word-order sets)") {
  // Replies with no enhanced code that no literal phrase knows: the subject and its state with
  // other words between them (phrase_table.hpp, the "-word-order" sets).
  const struct {
    std::string_view text;
    reason_kind want;
  } rows[] = {
      {"550 This mailbox is suspended", reason_kind::suspend},
      {"550 The account is temporarily disabled", reason_kind::suspend},
      {"550 Account has been terminated", reason_kind::suspend},
      {"550 The mailbox you tried to reach does not exist", reason_kind::userunknown},
      {"550 The user you are trying to contact does not exist", reason_kind::userunknown},
      {"550 user is not known", reason_kind::userunknown},
      {"550 the mailbox of the recipient is full", reason_kind::mailboxfull},
      {"452 Mailbox storage is full", reason_kind::mailboxfull},
      {"550 Relaying is not allowed", reason_kind::norelaying},
      {"552 The message you sent is too big", reason_kind::emailtoolarge},
      {"552 Message exceeds the maximum size", reason_kind::emailtoolarge},
      {"550 The message failed DKIM verification", reason_kind::authfailure},
      {"550 The IP address you are sending from is listed", reason_kind::blocked},
      {"550 Recipient host is unknown", reason_kind::hostunknown},
      {"550 Das Postfach des Empfängers ist leider voll", reason_kind::mailboxfull},
      {"550 Das Konto wurde vom Administrator gesperrt", reason_kind::suspend},
      {"550 L'utilisateur demandé n'existe pas", reason_kind::userunknown},
      {"550 La boîte aux lettres de kim est pleine", reason_kind::mailboxfull},
      {"550 El buzón del usuario está lleno", reason_kind::mailboxfull},
      {"550 La cuenta de correo ha sido suspendida", reason_kind::suspend},
      {"550 O usuário solicitado não existe", reason_kind::userunknown},
      {"550 L'utente richiesto è sconosciuto", reason_kind::userunknown},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    CHECK(classify(r.text).reason == r.want);
  }
  // A code that decides, and a literal phrase, still come first; a denied state is no state.
  CHECK(classify("550 5.1.1 The account you tried to reach is disabled").reason ==
        reason_kind::userunknown);
  CHECK(classify("550 Mailbox is not disabled").reason == reason_kind::onhold);
  // The state of another subject between or before them is not the recipient's.
  CHECK(classify("550 The mailbox on that server is disabled").reason == reason_kind::onhold);
  CHECK(classify("550 Your sender domain name does not exist").reason == reason_kind::rejected);
}
