// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The phrase sets of stages 5 and 8 (docs/reasons.md) as one literal table, in priority order:
// within a stage the first set with a phrase in the text wins, so the result never depends on
// hashing or on where a phrase sits in the text. English first (usually the SMTP reply), then
// one block per language (ja, de, fr, es, pt, it, ru, zh). phrase_rules.cpp reads the table; the
// classify tests read it too.
//
// A row: {strength, reason, rule name "text/<lang>/<id>", source, {phrase...}}. Phrases are
// lower-case ASCII/UTF-8 and match as substrings of the diagnostic after whitespace is collapsed
// and ASCII (only ASCII) is lower-cased. A '*' in a phrase stands for one token (1 to 256 bytes
// without a space: the address or name a server writes inside its wording, "user <*> unknown"
// where the source has "User <%s> unknown"); at most one per phrase, never at either end. A
// " ** " stands for one to six words of one clause, not "not" ("mailbox ** disabled": "this
// mailbox is disabled"), for a subject and its state in any server's word order; neither the
// words nor the one before the subject may name another subject (text_hits.cpp). A
// trailing space ends a word ("rbl "): the end of the text counts as one.
// Write phrases in lower case, and where a phrase may start a sentence with a non-ASCII capital
// (Cyrillic, "Ü", "É" ...) list the capitalised form as well.
// strong: specific enough to beat any after-wording status code; weak: used only when no
// specific code decided; local: a local delivery agent's own message, tried with the strong
// sets, never qualified by an SMTP command (the agent spoke after the SMTP session);
// refused_recipient: a refusal at RCPT that names no cause, tried only for a reply with no
// enhanced status, after everything else (stage 9b of docs/reasons.md); cause: wording that
// names a specific cause (greylisting, a rate limit) which servers send under a decisive status
// code of another meaning (Stalwart's "452 4.4.5 Rate limit exceeded"): tried before the
// decisive codes (stage 3b, cause over consequence) and with the strong sets.
// Within a language the more specific reasons come first (full mailbox and size before unknown
// user; domain before user, so "le domaine n'existe pas" is not read as an unknown user).
#include <initializer_list>
#include <string_view>

#include "bounce/record.hpp"
#include "classify/rules.hpp"

namespace bounce::rules {

enum class phrase_strength { strong, weak, local, refused_recipient, cause };

struct phrase_set {
  phrase_strength level;
  reason_kind reason;
  std::string_view rule;    ///< "text/<lang>/<id>"
  std::string_view source;  ///< where the wording comes from: an RFC, an MTA's source or manual,
                            ///< a provider's documentation, or a family of >= 3 messages
  std::initializer_list<std::string_view> phrases;
  inferred_status inferred =
      {};  ///< the set's own inferred status (rules.hpp); unset: the reason's
  /// The source says its MTA defers on these words (keeps the message and tries again): a text
  /// with no code that this set decides gets an inferred status of class 4 (not hard, for
  /// notaccept). Only for sets whose every phrase the source defers on.
  bool defers = false;
  /// A content verdict only when the bounce itself names DATA or no step: the header-loop
  /// wordings, which a server at DATA means as a content error (Sisimai's reading) but which,
  /// read as a bare reply (bounce::classify()), are the mail loop they name (RFC 3463 X.4.6).
  bool stated_data_only = false;
  /// The words mean the set's reason only in a permanent failure: where it looks temporary (a
  /// class-4 code, a delay notice, words saying it may pass: looks_temporary) the set does not
  /// decide (RFC 5321's "mailbox unavailable", whose 450 twin is a busy or held mailbox).
  bool permanent_only = false;
};

/// The defers column of a phrase set, named in the rows.
inline constexpr bool defers = true;
/// The stated_data_only column of a phrase set, named in the rows.
inline constexpr bool stated_data_only = true;
/// The permanent_only column of a phrase set, named in the rows.
inline constexpr bool permanent_only = true;

// The rows keep their hand layout (phrases packed, one set per paragraph).
// clang-format off
inline const phrase_set phrase_sets[] = {
// Language: en.
// Local delivery agents (mail.local, maildrop, vpopmail's vdelivermail, vmailmgr's vdeliver)
// name their program first; Postfix's local(8) quotes the local part it could not find.
{phrase_strength::local, reason_kind::userunknown, "text/en/mda-unknown-user",
 "mail.local(8), maildrop(8), vpopmail vdelivermail, vmailmgr vdeliver: their unknown-user "
 "messages; Postfix src/local/unknown.c (\"unknown user: \\\"%s\\\"\", mta-messages.tsv)",
 {"unknown user: \"", "mail.local: unknown user", "mail.local: user unknown", "mail.local: invalid mailbox path",
  "mail.local: user missing home directory", "maildrop: invalid user specified",
  "maildrop: cannot find system user", "vdelivermail: sorry, no mailbox here by that name",
  "vdeliver: invalid or unknown virtual user", "vdeliver: invalid or unknown base user",
  "vdeliver: user name does not refer to a virtual user"}},

// Courier's local delivery (module.local, courierlocal): "550 User <%s> unknown" for a local
// address, under Status 5.0.0 and with no SMTP step (Courier 1.0.16's notices; a remote Courier
// says it at RCPT).
{phrase_strength::local, reason_kind::userunknown, "text/en/userunknown-courier-local",
 "Courier source, svarshavchik/courier@fe506ccc6d49: courier/module.local (\"User <%s> "
 "unknown\"); ../shared/reference/mta-messages.tsv",
 {"user <*> unknown"}},

// MTAs' own wording, from their source (../shared/reference/mta-messages.tsv), specific enough
// to come before the wider sets below whose words they contain ("sender address rejected",
// "relaying denied", "blocked").
// Postfix smtpd_check.c (reject_sender_login_mismatch): the sender is not the logged-in user.
{phrase_strength::strong, reason_kind::securityerror, "text/en/sender-login-mismatch",
 "Postfix src/smtpd/smtpd_check.c (reject_sender_login_mismatch)",
 {"sender address rejected: not logged in"}},
// Sendmail srvrsmtp.c: relaying refused because the client's IP has no valid name.
{phrase_strength::strong, reason_kind::requireptr, "text/en/ip-name-lookup",
 "Sendmail sendmail/srvrsmtp.c and cf/m4/proto.m4 (\"Relaying denied. IP name lookup failed\", "
 "\"IP name possibly forged\")",
 {"ip name lookup failed", "ip name possibly forged"}},
// Dovecot's quota plugin holds deliveries while it recounts: a server state, not the sender.
{phrase_strength::strong, reason_kind::systemerror, "text/en/quota-calculation",
 "Dovecot src/plugins/quota (\"Blocked by an ongoing background quota calculation\")",
 {"ongoing background quota calculation"}, {}, defers},
// Bare LF and unbalanced brackets: the message or the address is out of the RFCs.
{phrase_strength::strong, reason_kind::notcompliantrfc, "text/en/bare-lf",
 "Postfix src/smtpd/smtpd.c (smtpd_forbid_bare_newline: \"bare <LF> received\"); RFC 5321 section 2.3.8",
 {"bare <lf> received"}},
{phrase_strength::strong, reason_kind::syntaxerror, "text/en/unbalanced-address",
 "Sendmail sendmail/parseaddr.c (\"Unbalanced '<'\" and the other brackets)",
 {"unbalanced '<'", "unbalanced '>'", "unbalanced '('", "unbalanced ')'", "unbalanced '\"'"}},
// Exim's address parser: the errors it gives a recipient it cannot parse.
{phrase_strength::strong, reason_kind::syntaxerror, "text/en/address-syntax",
 "Exim src/src/parser.c (parse_extract_address: FAILED(...) and *errorptr texts, as Sisimai's "
 "Exim module cites them)",
 {"angle-brackets nested too deep", "domain missing in source-routed address",
  "(expected word or \"<\")", "malformed address: "}},
// Sender authentication checks that could not complete or found no policy.
{phrase_strength::strong, reason_kind::authfailure, "text/en/auth-check",
 "Cisco AsyncOS guide (\"Temporary error occurred during SPF verification\"); maddy "
 "internal/check (\"No SPF policy\", \"Temporary error during DKIM verification\")",
 {"error occurred during spf verification", "error during dkim verification",
  "error during spf verification", "no spf policy"}},
// Connections that broke: Haraka ("Tried all MXs"), Exchange ("Connection dropped"), hMailServer
// ("Remote server closed connection"), Dovecot LMTP proxy ("Proxy failed"), OpenSMTPD ("Temporary
// failure in MX lookup").
{phrase_strength::strong, reason_kind::networkerror, "text/en/connection-lost",
 "Haraka outbound; Exchange Server docs (\"Connection dropped\"); hMailServer source; Dovecot "
 "src/lmtp (\"Proxy failed\"); OpenSMTPD usr.sbin/smtpd/mta.c",
 {"tried all mxs", "connection dropped", "remote server closed connection", "proxy failed:",
  "temporary failure in mx lookup"}, {}, defers},

// A sender address on a list, not the client: before `blocklist`, whose "blacklisted" would win,
// the sender's domain before `host-unknown`, whose "domain does not exist" would, and a server
// refusing the sender before `recipient-filter` ("does not accept mail from"). Postfix prefixes
// every sender restriction's reply with "Sender address rejected:" (src/smtpd/smtpd_check.c,
// mta-messages.tsv), also at RCPT, where smtpd_delay_reject puts it: what follows ("Domain not
// found", "User unknown in local recipient table") is about the sender, not the recipient.
{phrase_strength::strong, reason_kind::rejected, "text/en/sender-rejected",
 "Sisimai 4.25 Sisimai::Reason::Rejected; Postfix src/smtpd/smtpd_check.c",
 {"sender address rejected", "access denied (sender blacklisted)", "sender address has been blacklisted",
  "an address that has been blacklisted", "invalid domain, see <url:",
  "your address has been blacklisted", "sender domain does not exist",
  "sender domain * does not exist",
  "this server does not accept mail from",
  // Words that name the sender as the one refused (Sisimai 4.25 Sisimai::Reason::Rejected and
  // the same verdict's word orders): before `user-unknown`, whose "invalid address" or "address
  // unknown" in "Sender rejected: invalid address" would make the recipient a hard bounce.
  "sender domain not found",
  "sender rejected", "sender verify failed", "sender verification failed", "sender unknown",
  "unknown sender", "rejected sender", "could not verify sender", "unverifiable sender",
  "mail from rejected"}},

// Postfix's HELO restrictions prefix their reply with "Helo command rejected:" (smtpd_check.c,
// reject_unknown_helo_hostname: "Helo command rejected: Host not found"): the name the client
// gave is unknown, not the recipient's domain. Before `host-unknown`, whose "host not found"
// would make the recipient a hard bounce.
{phrase_strength::strong, reason_kind::blocked, "text/en/helo-rejected",
 "Postfix src/smtpd/smtpd_check.c (reject_unknown_helo_hostname); Sisimai 4.25 "
 "Sisimai::Reason::Blocked (\"helo command rejected\")",
 {"helo command rejected: host not found"}},

// Domino's unknown recipient says "not listed in": before `blocklist`, whose "listed in" would
// read a missing directory entry as a blocklisted client.
{phrase_strength::strong, reason_kind::userunknown, "text/en/not-in-directory",
 "Sisimai 4.25 Sisimai::Lhost::Domino and Sisimai::Lhost::Notes (the Domino router's \"User x "
 "not listed in Domino Directory\", Notes' \"User not listed in public Name & Address Book\")",
 {"not listed in domino directory", "not listed in public name & address book"}},

// An attachment's file name on a list, not the client: before `blocklist`, whose "blacklisted"
// would win (Sisimai 5.6 reads attachment refusals as content errors).
{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-extension",
 "Exim specification, \"Content scanning at ACL time\", Scanning MIME parts (acl_smtp_mime "
 "deny on $mime_filename: \"Blacklisted file extension detected\")",
 {"blacklisted file extension"}},

{phrase_strength::strong, reason_kind::blocked, "text/en/blocklist",
 "Sisimai 4.25 Sisimai::Reason::Blocked; ZoneMTA source (zone-mta 3.10.3, config/bounces.txt: "
 "\"is listed by the lookup site\", \"IP address is listed by\", \"is listed by Invaluement\", "
 "\"Listed on The Spamhaus Project\", \"is listed on the Exploits Block List\", \"is listed on "
 "https://spamrl.com/\")",
 {"on our block list", "is on a block list", "block list",
  "invalid ip for sending mail",
  "banned sending ip", "please use the smtp server of your isp", "no access from mail server",
  "blocked using", "listed at", "listed in", "is listed by", "listed on", "blacklisted", "blocklisted", "on our blacklist",
  "on a blacklist", "spamhaus", "spamcop", "sorbs.net", "barracudacentral", "dnsbl", "rbl ",
  "rbl:", "blocklist", "blacklist",
  "bad sender ip address", "is in a black list", "listed as abusive",
  // The same words spelt apart or hyphenated, as SparkPost's documented out-of-band event
  // quotes a receiver ("MAIL REFUSED - IP (a.b.c.d) is in black list").
  "is in black list", "on black list", "black-list", "block-list",
  "looks suspiciously like spammer", "you are sending spam", "currently sending spam see:",
  "too many unwanted messages have been sent from", "extreme bad ip profile", "client host rejected: was not authenticated"}},
// A client blocked for the spam it sent: the block is the verdict, not the content of this
// message. Before `spam` and `spam-word`, whose "spam" would win.
// A client blocked for mailing too many unknown addresses: a verdict on the sender, not on this
// recipient. Before `user-unknown`, whose "invalid recipient" would make it a hard bounce.
{phrase_strength::strong, reason_kind::blocked, "text/en/invalid-recipients-threshold",
 "Cox (Sisimai 4.25 Sisimai::Rhost::Cox: \"The sending IP address has exceeded the threshold of "
 "invalid recipients and has been blocked\"); GoDaddy IB112/IB113 (Sisimai::Rhost::GoDaddy: "
 "\"blocked ... for attempting to mail too many invalid recipients\"); ZoneMTA config/bounces.txt "
 "(\"550 Too many invalid recipients\")",
 {"too many invalid recipients"}},
{phrase_strength::strong, reason_kind::blocked, "text/en/blocked-for-spam",
 "Yandex help, message-rejected-under-suspicion-of-spam (\"Blocked by spam statistics\", "
 "provider-replies.tsv); Sisimai 4.25 Sisimai::Reason::Blocked (\"dynamic/zombied/spam ips "
 "blocked\", \"too many spams from your ip\")",
 {"blocked by spam statistics", "spam ips blocked", "too many spams from your ip"}},

// Amazon SES's sending quotas ("Throttling failure: Daily message quota exceeded"): before
// `mailbox-full`, whose "quota exceeded" would win.
{phrase_strength::strong, reason_kind::ratelimited, "text/en/rate-limit",
 "Sisimai 4.25 Sisimai::Reason::Speeding",
 {"throttling failure:", "daily sending quota exceeded"}, {7, 0}},

// A mailbox's message-count quota: before `rate-limit`, whose "too many messages" would win.
{phrase_strength::strong, reason_kind::mailboxfull, "text/en/mailbox-full-count",
 "Dovecot source (quota plugin: \"Too many messages in the mailbox\"), ../shared/reference/mta-messages.tsv",
 {"too many messages in the mailbox", "too many messages in mailbox"}},

{phrase_strength::strong, reason_kind::mailboxfull, "text/en/mailbox-full",
 "Sisimai 4.25 Sisimai::Reason::MailboxFull",
 {"mailbox full", "mailbox is full", "mailbox has exceeded", "mailbox exceeds allowed size",
  "mailbox size limit exceeded", "mailbox is over quota", "over quota", "over the quota",
  "overquota", "quota exceeded", "exceeded storage allocation", "exceeding its mailbox quota",
  "exceeded their quota", "exceeds quota", "quota exceed", "is over its quota", "user is over quota",
  "mailfolder is full", "mail box full", "mailbox would exceed maximum allowed storage",
  "account is full", "account is over quota", "disk quota exceeded", "storage quota",
  "not enough storage space", "insufficient storage space", "user has exceeded",
  "too much mail data", "maildir over quota", "maildir delivery failed: mailbox full",
  "message would exceed quota", "recipient mailbox is full",
  "mailbox full for", "has exceeded its storage limit", "not sufficient disk space in mailbox",
  "full mailbox", "inbox is full", "the user's mailbox is full", "out of storage",
  "exceeded storage", "mailbox quota usage exceeded", "user's disk quota exceeded",
  "the email account that you tried to reach is over quota", "would be over the allowed quota",
  "delivery failed: over quota", "exceeds the storage space", "mailbox is currently full",
  "account disabled temporarly for exceeding receiving limits", "account is exceeding their quota", "does not have enough space",
  "over disk quota", "disc quota exceeded", "mail file size exceeds the maximum size allowed for mail delivery",
  "mailbox exceeded the local limit", "delivery failed: userdisk quota", "delivery failed: domaindisk quota",
  "over the allowed quota", "quota violation for", "reached disk quota",
  "user has too many messages on the server", "space has been used up", "mailbox has exceeded its disk space limit"}},

// Header limits are content errors (X.6.x), before `message-too-big` ("size exceeds maximum")
// and `dns-failure` ("routing loop"); only at DATA, like every content reason.
{phrase_strength::strong, reason_kind::contenterror, "text/en/content",
 "Sisimai 4.25 Sisimai::Reason::ContentError",
 {"header size exceeds maximum permitted",
  "message header size, or recipient list, exceeds policy limit"}},
{phrase_strength::strong, reason_kind::contenterror, "text/en/content",
 "Sisimai 4.25 Sisimai::Reason::ContentError (Courier courier/submit.C at DATA)",
 {"routing loop detected -- too many received: headers"}, {}, false, stated_data_only},

// amavisd-new's refusal names the content category after its queue id ("554 5.7.0 Reject,
// id=30917-04 - BANNED: invoice.exe"): the category is the reason, whatever the generic words
// around it ("message content rejected" in older configurations). A banned file is an attachment
// refusal: contenterror since Sisimai 5.6. Only at DATA, like every content reason.
{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-amavis",
 "amavisd-new 2.13.0 (Debian amavisd-new): Amavis.pm (\"%s Reject, %s\") and "
 "amavisd.conf-default %smtp_reason_by_ccat (\"id=%n - BANNED: %F\", \"id=%n - BAD HEADER\")",
 {"id=* - banned:", "id=* - bad header"}},
// amavisd-new could not hand the message on to its next hop (the MTA it reinjects into): the
// receiving system's own failure, whatever code carries it ("451 4.5.0 id=04675-01 - Temporary
// MTA failure on relaying, From MTA() during fwd-connect ...").
{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-amavis",
 "amavisd-new 2.13.0 (Debian amavisd-new): Amavis/Conf.pm %smtp_reason_by_ccat (CC_MTA: \"id=%n "
 "- Temporary MTA failure on relaying\", \"id=%n - Unable to relay message back to MTA\")",
 {"id=* - temporary mta failure on relaying", "id=* - unable to relay message back to mta"}},
// amavisd-new's own notices (not its SMTP reply) name a banned part in their heading and first
// sentence; "banned" alone is read as a block list, so the template wording comes first.
{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-amavis-notice",
 "amavisd-new 2.13.0 (Debian amavisd-new): /etc/amavis/en_US/template-virus-sender.txt "
 "(\"BANNED CONTENTS ALERT\", \"Our content checker found\" + \"banned names: %F\", Subject "
 "\"BANNED contents from you (%F)\"), template-dsn.txt (Subject \"BANNED contents type (%F)\")",
 {"banned contents alert", "content checker found banned", "banned contents from you",
  "banned contents type"}},
{phrase_strength::strong, reason_kind::virusdetected, "text/en/virusdetected-amavis",
 "amavisd-new 2.13.0 (Debian amavisd-new): amavisd.conf-default %smtp_reason_by_ccat "
 "(\"id=%n - INFECTED: %V\")",
 {"id=* - infected:"}},
{phrase_strength::strong, reason_kind::spamdetected, "text/en/spamdetected-amavis",
 "amavisd-new 2.13.0 (Debian amavisd-new): amavisd.conf-default %smtp_reason_by_ccat "
 "(\"id=%n - spam\", \"id=%n - spammy\")",
 {"id=* - spam"}},

// Content refused as spam, in the MTAs' and providers' own words (only at DATA).
{phrase_strength::strong, reason_kind::spamdetected, "text/en/spam-refused",
 "Courier (\"Spam refused\"); "
 "Haraka (\"known spam signature\"); Postal incoming_message_processor.rb (quarantine); "
 "Stalwart (\"excessive spam score\"); T-Online, Mail.ru, Yandex help pages (../shared/reference); "
 "rspamd 3.4 worker-proxy.inc (reject_message \"Spam message rejected\"); spamass-milter 0.4.0 "
 "(default reject text \"Blocked by SpamAssassin\")",
 {"spam refused", "known spam signature", "placed into quarantine",
  "excessive spam score", "rejected due to spam or virus classification", "spam message rejected",
  "rejected under suspicion of spam", "blocked by spamassassin"}},

// MIMEDefang's distributed filter refuses structures it will not scan (only at DATA).
{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-mimedefang",
 "MIMEDefang 3.3 (Debian mimedefang): mimedefang.pl and the example filter's action_bounce() "
 "texts",
 {"mime type message/partial not accepted here", "too many mime parts"}},

// qpsmtpd's headers plugin refuses a Date header outside the window it allows (only at DATA).
{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-qpsmtpd",
 "qpsmtpd 0.94 (Debian qpsmtpd): plugins/headers invalid_date_range() (\"The Date header is too "
 "far in the past\", \"The Date header is too far in the future\")",
 {"date header is too far in the"}},

// Haraka's plugins refusing as a receiving server (their own DENY texts; the same Date window
// as qpsmtpd's above, and Sisimai 5.6's attachment refusals as content errors).
{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-haraka",
 "haraka-plugin-headers 1.x (npm): index.js invalid_date() (\"The Date header is too old\"); "
 "haraka-plugin-attachment (npm): index.js (\"Message contains disallowed file extension (%s)\", "
 "\"... unacceptable attachment (%s)\", \"... unacceptable content type (%s)\")",
 {"date header is too old", "message contains disallowed file extension",
  "message contains unacceptable attachment", "message contains unacceptable content type"}},

{phrase_strength::strong, reason_kind::notcompliantrfc, "text/en/not-rfc-compliant-haraka",
 "haraka-plugin-headers 1.x (npm): index.js missing_required() (\"Required header '%s' "
 "missing\", RFC 5322 section 3.6's Date and From), invalid_date() (\"The Date header could not "
 "be parsed\")",
 {"required header * missing", "date header could not be parsed"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/en/spam-haraka",
 "haraka-plugin-headers 1.x (npm): index.js from_phish() (\"Phishing message appears to "
 "impersonate %s\")",
 {"phishing message appears to impersonate"}},

{phrase_strength::strong, reason_kind::filtered, "text/en/filtered-haraka",
 "haraka-plugin-access (npm): index.js, the default deny_msg.rcpt of a recipient on the "
 "administrator's list (\"That recipient is not allowed\")",
 {"that recipient is not allowed"}},

{phrase_strength::strong, reason_kind::rejected, "text/en/rejected-haraka",
 "haraka-plugin-access (npm): index.js, a sender domain on access.domains' list (\"Email from "
 "that domain is not accepted here.\")",
 {"email from that domain is not accepted here"}},

{phrase_strength::strong, reason_kind::blocked, "text/en/blocked-haraka",
 "haraka-plugin-access (npm): index.js, a client on the rdns_access list (\"You are not "
 "welcome here.\"); haraka-plugin-early_talker: a client that talks before the greeting (\"You "
 "talk too soon\")",
 {"you are not welcome here", "you talk too soon"}},

// The titles of RFC 3463's X.1.1 and X.1.2, which OpenSMTPD (esc.c) and Exchange Online write.
{phrase_strength::strong, reason_kind::hostunknown, "text/en/bad-destination-system",
 "RFC 3463 section 3.2 (X.1.2 title); OpenSMTPD usr.sbin/smtpd/esc.c",
 {"bad destination system address"}},
{phrase_strength::strong, reason_kind::userunknown, "text/en/bad-destination-mailbox",
 "RFC 3463 section 3.2 (X.1.1 title); OpenSMTPD usr.sbin/smtpd/esc.c; Exchange Online NDR docs",
 {"bad destination mailbox address"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/en/message-too-big",
 "Sisimai 4.25 Sisimai::Reason::MesgTooBig",
 {"line limit exceeded",
  "message too big", "message too large", "message is too big", "message is too large",
  "message size exceeds", "message size limit exceeded", "exceeds size limit",
  "exceeds the maximum message size", "maximum message size exceeded", "size exceeds maximum",
  "message length exceeds", "message exceeds maximum", "exceeded maximum message size",
  "message size is over", "message file too big", "mail size limit exceeded",
  "exceeds the size limit", "exceeds maximum allowed size", "message size exceeds fixed limit",
  "message size exceeds fixed maximum message size", "size limit exceeded",
  "message exceeded max size", "too big for system", "message too long",
  "the message was too big", "message size > ", "exceeds fixed",
  "exceeded maximum inbound message size", "max message size exceeded"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/en/exceed-limit",
 "Sisimai 4.25 Sisimai::Reason::ExceedLimit",
 {"message header size exceeds limit", "header size exceeds", "exceeds the limit of",
  "message too large for this mailbox", "exceeds size limit for this mailbox",
  "message exceeds local size limit"}, {2, 3}},

{phrase_strength::strong, reason_kind::suspend, "text/en/account-suspended",
 "Sisimai 4.25 Sisimai::Reason::Suspend",
 {"temporary locked", "temporarily locked",
  "mailbox is frozen",
  "account disabled", "account has been disabled", "account is disabled", "account is suspended",
  "account suspended", "account has been suspended", "account is inactive", "account inactive",
  "account has been deactivated", "account is deactivated", "account deactivated",
  "mailbox disabled", "mailbox is disabled", "mailbox has been disabled", "mailbox is inactive",
  "mailbox inactive", "mailbox has been suspended", "mailbox suspended",
  "is no longer in use", "no longer in use", "address is no longer active",
  "user suspended", "recipient suspended", "account expired", "account has expired",
  "inactive account", "disabled account", "suspended account", "the email account that you tried to reach is disabled",
  // The same state in the word orders other servers use (KumoMTA's bounce class
  // "InactiveMailbox", mta-messages.tsv), so that one provider's wording is not read as
  // suspended and the next one's as unknown.
  "inactive mailbox", "recipient is inactive", "user is inactive", "account is expired",
  "user account is unavailable", "this account has been temporarily suspended",
  "mailbox currently suspended", "receiving mail has been disabled", "account is locked",
  "account has been locked", "mailbox unavailable: disabled", "is a deactivated mailbox",
  "boite du destinataire archivee", "user has been disabled", "recipient account disabled",
  "is currently suspended", "has been suspended", "invalid/inactive user",
  "email account that you tried to reach is disabled", "mailbox unavailable or access denied", "recipient rejected: temporarily inactive",
  "recipient suspend the service",
  // The same state in the wordings two other bounce parsers' tables list (PHP BounceHandler's
  // responses, bounce-handler 7.3.2 lib/responses.js, under 5.2.1; email-bounce-parser 1.0.22
  // lib/parser.js, "(disabled|inactive) (user|mailbox)" and "(user|mailbox) (is) disabled").
  "user is suspended", "user is disabled", "user disabled", "inactive user", "disabled user",
  "mailbox was disabled", "mailbox temporarily disabled", "locked or suspended",
  "blocked due to inactivity", "disabled mailbox"}},

{phrase_strength::strong, reason_kind::hasmoved, "text/en/mailbox-moved",
 "Sisimai 4.25 Sisimai::Reason::HasMoved; RFC 5321 section 3.4 (\"551 User not local; please "
 "try <forward-path>\": the server knows the new address)",
 {"address has been replaced by", "has been replaced by", "mailbox has moved", "user has moved",
  "address has moved", "has moved to another", "is now at", "no longer at this address",
  "user not local; please try"}},

{phrase_strength::strong, reason_kind::norelaying, "text/en/relay-denied",
 "Sisimai 4.25 Sisimai::Reason::NoRelaying",
 {"not configured to relay", "email address is not verified",
  "relaying denied", "relay access denied", "relay not permitted", "relaying not allowed",
  "relaying not permitted", "relay denied", "we do not relay", "unable to relay",
  "relaying mail to", "not permitted to relay", "relay not allowed", "no relaying",
  "relaying is prohibited", "not allowed to relay", "relaying prohibited", "is not a gateway",
  "mail relay denied", "relay prohibited", "that domain isn't in my list of allowed rcpthosts",
  "sorry, that domain isn't in my list of allowed rcpthosts", "insecure mail relay",
  "we don't handle mail for", "relay attempt denied", "not an open relay",
  "that domain isn't in my list of allowed rcpthost", "not a gateway", "not local host",
  "mail server requires authentication when attempting to send to a non-local e-mail address",
  // MessageLabs' "553-you are trying to use me [...] as a relay, but I have not been configured
  // to let you [...] do this" (Sisimai lists the bare "as a relay", too wide a substring).
  "as a relay, but i have not been configured"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/en/spam-classification",
 "Sisimai 4.25 Sisimai::Reason::SpamDetected",
 {"rejected due to spam classification", "rejected due to spam content"}},

{phrase_strength::strong, reason_kind::authfailure, "text/en/auth-failure",
 "Sisimai 5 Sisimai::Reason::AuthFailure; for the SPF-and-DKIM wordings, Google's \"Neither SPF "
 "nor DKIM passed\" (4.7.26/5.7.26, ../shared/reference/provider-replies.tsv) and Apple's iCloud "
 "postmaster page (HT204137: \"[HME1] ... blocked for failing both SPF and DKIM authentication "
 "checks\")",
 {"spf check failed", "spf fail", "spf validation failed", "spf record", "sender policy framework",
  "dmarc policy", "dmarc validation", "dmarc check failed", "failed dmarc", "dkim signature",
  "dkim validation", "dkim check failed", "no valid dkim", "failed the spf", "spf: fail",
  "does not pass spf", "dmarc reject", "unauthenticated email", "not pass authentication checks",
  "fails to pass authentication checks", "message failed dmarc", "is not authorized by domain",
  "spf-result=fail", "not designated as permitted sender", "not permitted sender",
  "is not allowed to send mail from", "sender is not authorized", "arc validation",
  "spf check: fail", "please inspect your spf settings", "dkim authentication",
  "spf and dkim", "spf or dkim", "spf nor dkim"}},

{phrase_strength::strong, reason_kind::requireptr, "text/en/reverse-dns",
 "Sisimai 5 Sisimai::Reason::RequirePTR; policyd-weight 0.1.15 ($DNSERRMSG \"450 No DNS entries "
 "for your MTA, HELO and Domain\")",
 {"mismatches client ip", "no dns entries for your mta",
  "unverifyable sending ip", "unverifiable sending ip",
  "cannot find your hostname", "cannot find your reverse hostname", "no ptr record",
  "ptr record", "reverse dns", "reverse lookup", "no reverse dns", "reverse mapping",
  "client host name lookup failed", "cannot resolve your address", "rdns",
  "does not have reverse dns", "reverse hostname", "is not resolvable", "no dns ptr",
  "unresolvable address", "client address has no ptr",
  "cannot find your ptr", "without reverse dns", "fcrdns", "no rdns", "reverse-dns",
  "your ip has no reverse", "not a valid hostname for ip", "does not resolve to ip",
  "please setup a reverse dns", "invalid reverse", "hostname does not match ip",
  "dns ptr resource record", "unresolvable relay host name"}},

{phrase_strength::strong, reason_kind::failedstarttls, "text/en/starttls",
 "RFC 3207 section 4 (530 5.7.0 Must issue a STARTTLS command first); Sisimai 5 Sisimai::Reason::FailedSTARTTLS",
 {"starttls is required", "must issue a starttls", "tls required", "tls is required",
  "encryption required", "requires tls", "requiretls", "starttls failed", "tls handshake failed",
  "tls negotiation failed", "must use tls", "should issue a starttls command first",
  // Exim src/transports/smtp.c: "TLS session: %s", a TLS library error on the outbound session.
  "tls session:",
  // Sendmail cf/m4/proto.m4, ruleset TLS_connection: a TLS_Srv/TLS_Clt "ENCR:bits" requirement
  // not met, "encryption too weak 0 less than 112" when no TLS session was started at all.
  "encryption too weak",
  // A server that offered STARTTLS and then could not start it: Postfix src/smtpd/smtpd.c
  // ("454 4.7.0 TLS not available due to local problem"), Sendmail srvrsmtp.c ("454 4.3.3 TLS
  // not available after start"), Exim src/smtp_in.c ("454 TLS currently unavailable").
  "tls not available", "tls currently unavailable"}},

{phrase_strength::strong, reason_kind::badreputation, "text/en/bad-reputation",
 "Sisimai 5 Sisimai::Reason::BadReputation",
 {"poor reputation", "bad reputation", "ip reputation", "sender reputation", "low reputation",
  "reputation of your ip", "domain reputation", "reputation is too low",
  "has a poor reputation", "due to the ip's reputation", "temporarily deferred due to user complaints",
  "because of user complaints", "unusual rate of unsolicited mail",
  "poor email reputation"}},

{phrase_strength::strong, reason_kind::ratelimited, "text/en/recipient-rate",
 "Sisimai 4.25 Sisimai::Reason::Speeding",
 {"has sent to too many recipients", "too many recipients this hour", "too many recipients per hour"}, {7, 0}},

{phrase_strength::strong, reason_kind::ratelimited, "text/en/too-many-connections",
 "Sisimai 4.25 Sisimai::Reason::TooManyConn; Postfix src/smtpd/smtpd.c",
 {"frequency limited",
  // Postfix smtpd.c mail_cmd(): anvil's smtpd_client_message_rate_limit ("Error: too much mail
  // from <ip>"), beside its "too many connections/recipients from" of the same counter.
  "too much mail from",
  "too many connections", "too many simultaneous connections", "too many concurrent",
  "connection rate limit", "connection limit", "too many smtp sessions", "too many sessions",
  "too many open connections", "too many connections from your ip", "simultaneous sessions",
  "connection count exceeded", "maximum number of connections",
  "too many errors from your ip", "we have already made numerous attempts to deliver this message"}},

// Causes that beat a decisive status code of another meaning (stage 3b): a rate limit and
// greylisting, named by servers that put them under X.4.5 (system full), X.7.28 or X.2.2.
{phrase_strength::cause, reason_kind::ratelimited, "text/en/rate-limit-exceeded",
 "Sisimai 4.25 Sisimai::Reason::Speeding (\"rate limit exceeded\"); Stalwart Mail source, "
 "stalwartlabs/mail-server@55e62a683048: crates/smtp/src/inbound/mail.rs (\"452 4.4.5 Rate limit "
 "exceeded, try again later.\"), crates/smtp/src/inbound/spawn.rs (\"452 4.7.28 Session exceeded "
 "transfer quota.\")",
 {"rate limit exceeded", "session exceeded transfer quota"}, {7, 0}},

// qmail-smtpd's viruscan patch (Russell Nelson), which mailfront's `patterns` plugin copies:
// "552 we don't accept email with executable content (#5.3.4)". Its "#5.3.4" is the patch's own
// choice (X.3.4 is "message too big", RFC 3463): the words name the cause, an attachment type,
// and beat the decisive code (stage 3b).
{phrase_strength::cause, reason_kind::contenterror, "text/en/executable-content",
 "qmail-smtpd viruscan patch (qmail.org); mailfront 2.12 plugin-patterns.html (Debian mailfront)",
 {"accept email with executable content"}},

// A mailbox's own recipient limit, before the server's per-message one below that its words
// contain.
{phrase_strength::cause, reason_kind::emailtoolarge, "text/en/exceed-limit",
 "Sisimai 4.25 Sisimai::Reason::ExceedLimit (merged into emailtoolarge by Sisimai 5.6)",
 {"too many recipients for this mailbox"}, {2, 3}},

// A server's per-message recipient limit, which Sendmail puts under the 5.2.2 it derives from a
// bare 552 (deliver.c): a family of 3, Exim smtp_in.c ("552 too many recipients",
// recipients_max_reject), Postfix smtpd.c ("452 4.5.3 Error: too many recipients"), Sendmail
// srvrsmtp.c ("452 4.5.3 Too many recipients"); OpenSMTPD and Courier likewise
// (../shared/reference/mta-messages.tsv).
{phrase_strength::cause, reason_kind::ratelimited, "text/en/too-many-recipients",
 "Exim src/src/smtp_in.c; Postfix src/smtpd/smtpd.c; Sendmail sendmail/srvrsmtp.c; Sisimai 4.25 "
 "Sisimai::Reason::TooManyConn",
 {"too many recipients"}},

// A receiving Exim short of spool space (smtp_in.c, check_spool_space: "452 Space shortage,
// please try later"), under whatever code the sender's notice gives (Sendmail's 4.4.7 when it
// gave up): the cause, not the expiry.
{phrase_strength::cause, reason_kind::systemfull, "text/en/systemfull-exim",
 "Exim source, Exim/exim@13835a3c1e05: src/src/smtp_in.c (check_spool_space)",
 {"space shortage"}, {}, defers},

// A receiving Exim's header_maxsize (receive.c: "552 Message header is ridiculously long"),
// which Sendmail reports under the 5.2.2 it derives from 552.
{phrase_strength::cause, reason_kind::contenterror, "text/en/contenterror-exim-header",
 "Exim source, Exim/exim@13835a3c1e05: src/src/receive.c (header_maxsize)",
 {"header is ridiculously long"}},
// A limit on simultaneous connections, which servers send under X.3.2 ("421 4.3.2 The maximum
// number of concurrent server connections has exceeded a limit"): the limit is the cause.
{phrase_strength::cause, reason_kind::ratelimited, "text/en/concurrent-connections",
 "Microsoft Exchange Server docs (receive connector MaxInboundConnection: \"421 4.3.2 The "
 "maximum number of concurrent server connections has exceeded a limit\"); GoDaddy IB007 "
 "(\"lower the number of concurrent sessions\"), Cox CXCNCT (\"the number of concurrent SMTP "
 "connections per IP address\"), Spectrum 1300-1340 (Sisimai 4.25 Rhost modules)",
 {"number of concurrent", "concurrent server connections", "concurrent connection limit"}},
// Outlook.com's anti-spam deferral ("451 4.7.500 Server busy. Please try again later from
// [ip]. (AS843)"): a limit on the sender, before `server-busy`, whose "server busy" it contains.
{phrase_strength::cause, reason_kind::ratelimited, "text/en/server-busy-outlook",
 "Outlook.com (provider-replies.tsv: \"451 4.7.500 Server busy. Please try again later from\"); "
 "Sisimai 4.25 Sisimai::Rhost::ExchangeOnline (4.7.500)",
 {"server busy. please try again later from"}, {}, defers},
// A server too loaded to take mail now: its own state, whatever code it sends it under
// ("421 4.3.2 Server too busy").
{phrase_strength::cause, reason_kind::systemerror, "text/en/server-busy",
 "Google (provider-replies.tsv: \"421 4.4.5 Server busy, try again later\"); Haraka "
 "plugins/toobusy.js (\"Too busy; please try again later\"); PHP BounceHandler's responses "
 "(bounce-handler 7.3.2 lib/responses.js, 4.3.2: \"server too busy\", \"too busy to accept "
 "mail\", \"system load is too high\", \"Too much load\")",
 {"server busy", "server too busy", "too busy to accept", "system load is too high",
  "too much load"}, {}, defers},
// Greylisting (RFC 6647) refuses a first attempt on purpose, whatever code carries it: the
// server's deliberate deferral, a systemerror (the reference's reading of Stalwart's greylist).
{phrase_strength::cause, reason_kind::systemerror, "text/en/greylisted",
 "RFC 6647 (greylisting); a family of 3: Stalwart Mail crates/smtp/src/inbound/rcpt.rs "
 "(\"452 4.2.2 Greylisted, please try again\"), Postgrey (\"Greylisted, see "
 "http://postgrey.schweikert.ch/help/\"), milter-greylist (\"Greylisting in action, please come back "
 "later\"); sqlgrey 1.8.0 (Debian sqlgrey: \"Greylisted for N seconds\"); greylistd 0.9.0.2 (Debian "
 "greylistd-setup-exim4: \"$sender_host_address is not yet authorized to deliver mail from <s> to "
 "<r>. Please try later.\")",
 {"greylisted", "greylisting", "is not yet authorized to deliver mail from"}},

// An address verification probe that has no result yet: Postfix defers the recipient ("450 4.1.1
// <r>: Recipient address rejected: unverified address: Address verification in progress")
// until its verify service knows; a deliberate deferral like greylisting, not an unknown user
// (whose probe result, "unverified address: host ... said: 550 5.1.1 ...", names the cause).
{phrase_strength::cause, reason_kind::systemerror, "text/en/verification-in-progress",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/smtpd/smtpd_check.c; Postfix "
 "ADDRESS_VERIFICATION_README (\"Address verification in progress\")",
 {"address verification in progress"}},

{phrase_strength::strong, reason_kind::ratelimited, "text/en/rate-limit",
 "Sisimai 4.25 Sisimai::Reason::Speeding; Exim specification (ACL ratelimit example); postfwd 1.35 "
 "manual (rate() examples)",
 {"try again slower", "rate limited", "sending rate", "too many messages",
  "too many emails", "exceeded the rate limit", "rate of messages", "messages per hour",
  "messages per day", "message rate", "throttled", "throttling", "sending too fast",
  "too fast", "exceeded its sending limit",
  "sending limit", "slow down", "ratelimit", "rate-limit",
  "please reduce the rate", "received too many messages", "receiving mail at a rate",
  "max emails per hour",
  // Apple iCloud's documented deferral ("421 4.7.1 Messages to x deferred due to excessive
  // volume. Try again later", HT204137; ../shared/reference/provider-replies.tsv), whoever
  // relays it.
  "deferred due to excessive volume",
  // The Exim specification's ratelimit ACL example ("Sender rate exceeds $sender_rate_limit
  // messages per $sender_rate_period"), which sites copy as it is.
  "sender rate exceeds",
  // postfwd 1.35's documented rate() actions ("450 4.7.1 sorry, max 3 requests per 5 minutes",
  // /usr/sbin/postfwd1's manual), which sites copy as they are.
  "max * requests per"}, {7, 0}},

{phrase_strength::strong, reason_kind::filtered, "text/en/recipient-filter",
 "Sisimai 4.25 Sisimai::Reason::Filtered",
 {"refused due to recipient preferences", "message rejected due to user rules", "user reject",
  "message filtered", "you have been blocked by the recipient", "is not accepting any mail",
  "this account is protected by", "resolver.rst.notauthorized",
  "because the recipient is only accepting mail from specific email addresses", "due to extended inactivity new mail is not currently being accepted for this mailbox", "has restricted sms e-mail",
  "not found recipient account", "recipient id refuse to receive mail",
  // A recipient that takes no mail from this sender: before `does-not-accept-mail`, whose
  // "does not accept mail" (a host that takes no mail at all) would make it a hard bounce.
  "does not accept mail from"}},

{phrase_strength::strong, reason_kind::userunknown, "text/en/user-unknown",
 "Sisimai 4.25 Sisimai::Reason::UserUnknown",
 {"address couldn't be found", "address could not be found",
  "recipient address rejected: access denied",
  "user unknown", "unknown user", "no such user", "no such mailbox", "no such recipient",
  "no such account", "unknown recipient", "recipient unknown", "recipient not found",
  "recipientnotfound", "user not found", "mailbox not found", "address not found",
  "addressnotfound", "invalid recipient", "invalid mailbox", "mailbox unavailable: user unknown",
  "recipient address rejected: user unknown", "user doesn't exist", "user does not exist",
  "mailbox does not exist", "mailbox doesn't exist", "address does not exist",
  "account does not exist", "account that you tried to reach does not exist",
  "recipient does not exist", "recipient doesn't exist", "no mailbox here by that name",
  "this user doesn't have a", "doesn't have a yahoo.com account", "not a valid mailbox",
  "is not a valid user", "invalid address", "bad address", "unknown address",
  "unknown local part", "unknown local-part", "unknown or illegal alias", "no such person",
  "address unknown", "addressee unknown", "user_unknown", "unknown mailbox",
  "mailbox unknown", "not our customer", "no valid recipients",
  "undeliverable address", "unknown email address", "email address does not exist",
  "email account that you tried to reach does not exist", "user invalid", "invalid user",
  "no such local user", "recipient address rejected: undeliverable address",
  "recipient address rejected: unknown user", "rejected: user unknown",
  
  "no account by that name", "no mail box", "no such address", "does not have an account here",
  "the recipient's email address was not found", "destination address does not exist",
  "is not a known user", "account unknown", "unknown account", "user is unknown",
  "sorry, no mailbox here by that name",
  "unknown user account", "no mailbox by that name", "user doesn't have a",
  "this account does not exist", "dd this user doesn't exist", "recipient no longer on server",
  "unknown or invalid recipient", "delivery to the following recipient failed permanently",
  "the email account that you tried to reach does not exist",
  "mailbox invalid",
  // The same verdict in the word orders of "invalid recipient" / "invalid mailbox" (Sisimai's
  // "mailbox invalid", chasquid's "Destination address is invalid", Mimecast's "Invalid
  // Recipient"), so that a server's wording order does not decide the reason.
  "mailbox is invalid", "mailbox is not valid", "recipient invalid", "recipient is invalid",
  "recipient address is invalid", "recipient address is not valid",
  "mailbox not present", "no mailbox found", "address not present in directory",
  "archived recipient", "bad recipient", "bad-recipient",
  "can't accept user", "destination addresses were unknown", "destination server rejected recipients",
  "is not an active address at this host", "no matches to nameserver query", "rejected: account unavailable:",
  "non-existent user", "nonexistent user", "non existent user",
  "not a valid recipient", "not a valid user here", "not a local address",
  "does not exist at the organization", "recipient is not local", "recipient not exist",
  "recipient not ok", "recipient refuses to accept your mail", "recipient address rejected: invalid-recipient",
  "recipient address rejected. (in reply to rcpt to command)", "sorry, badrcptto", "in my badrcptto list",
  "your envelope recipient has been denied", "that domain or user isn't in my list of allowed rcpthosts", "the following recipients was undeliverable",
  "user's email name is not found", "there is no one at this address", "this email address is wrong or no longer valid",
  "in my badrecipientto list", "not in my validrcptto list", "this spectator does not exist",
  "this user doesnt have a", "unknown e-mail address", "user missing home directory",
  "user not active", "user not exist", "user not known",
  "this address no longer accepts mail",
  // The same module's wordings with the address or name inside them ('*': one token).
  "550 address invalid", "<*> not found", "mailbox * does not exist", "rcpt <*> does not exist",
  "recipient * was not found in", "user * was not found", "user * does not exist",
  // The same verdict in the wordings of PHP BounceHandler's response table (bounce-handler
  // 7.3.2 lib/responses.js, under 5.1.1) and email-bounce-parser 1.0.22 (lib/parser.js,
  // "no such (account|user|mailbox|recipient)", "(account|user|...) (...) not found").
  "account not found", "no such email address", "email address was not found",
  "email address is not known", "not a known user", "not a valid user",
  "unknown or illegal user", "invalid account", "no one with that email address"}},

// A destination that takes no mail, in words that the `dns-failure` and `host-unknown` sets
// would also match ("no mx record", "no route").
{phrase_strength::strong, reason_kind::notaccept, "text/en/does-not-accept-mail",
 "Sisimai 4.25 Sisimai::Reason::NotAccept",
 {"no mx record found for domain=",
  "no route for current request", "smtp protocol returned a permanent error"}},

{phrase_strength::strong, reason_kind::networkerror, "text/en/dns-failure",
 "Sisimai 4.25 Sisimai::Reason::NetworkError",
 {"host name lookup failure", "host not found, try again", "no route to host",
  "temporary lookup failure", "network is unreachable",
  "malformed or unexpected name server reply", "malformed name server reply", "mail forwarding loop",
  "too many hops", "hop count exceeded", "routing loop", "message looping",
  "dns records for the destination computer could not be found", "host is unreachable", "maximum forwarding loop count exceeded",
  "unable to resolve route", "could not connect and send the mail to",
  // Haraka outbound/hmail.js: "DNS lookup failure: %s" (../shared/reference/mta-messages.tsv),
  // the cause inside its "Too many failures (...)".
  "dns lookup failure",
  // Sendmail daemon.c "%s: Name server timeout" (../shared/reference/mta-messages.tsv): a DNS
  // query that timed out, the cause under the queue's expiry (X.4.7) when it never answered.
  "name server timeout",
  // OpenSMTPD smtpd/mta.c (relay->failstr; Sisimai's OpenSMTPD module cites the lines).
  "address family mismatch on destination mxs", "all routes to destination blocked",
  "could not retrieve source address",
  // Domino's router: "Message has exceeded maximum hop count" (Sisimai's Notes module).
  "exceeded maximum hop count",
  // Google: "Message exceeded 50 hops, this may indicate an email loop" (provider-replies.tsv;
  // sent as 5.4.6 now, as 5.6.0 before: Sisimai's GoogleApps module).
  "message exceeded * hops"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/host-unknown",
 "Sisimai 4.25 Sisimai::Reason::HostUnknown",
 {"domain is not reachable", "553 * does not exist",
  "unrouteable address",
  "host unknown", "unknown host", "host not found", "no such domain", "domain not found",
  "domain does not exist", "domain doesn't exist", "unrouteable mail domain", "no mx record",
  "no mx for", "name or service not known", "host or domain name not found",
  "recipient domain not found", "unknown domain", "invalid domain", "domain is not valid", "nxdomain", "domain name not found", "illegal host/domain name found",
  // The same verdict in the other word orders ("unknown domain", "no such domain", "unknown
  // host", "domain does not exist" above), so that the order a server writes does not decide.
  "domain unknown", "no such host", "non-existent domain",
  "mx lookup failure", "unable to resolve", "domain could not be found",
  "domain must exist", "host unreachable", "mail domain mentioned in email address is unknown",
  "account or domain may not exist", "unroutable address",
  // With the domain's name inside the wording (email-bounce-parser 1.0.22 lib/parser.js,
  // server_unknown: "domain (name)? <name> does not exist").
  "domain * does not exist", "domain name * does not exist"}},

{phrase_strength::weak, reason_kind::filtered, "text/en/filtered",
 "Sisimai 4.25 Sisimai::Reason::Filtered",
 {"user rejected", "rejected by the recipient", "filtered",
  "recipient preferences", "rejected by user", "refused by recipient", "blocked by recipient",
  "recipient has chosen", "accepts mail only from", "only accepts mail from",
  "not authorized to send to", "notauthorized",
  "delivery not authorized", "you are not allowed to send",
  "sender not in whitelist", "not permitted to send to", "restricted to", "mail refused by user"}},

{phrase_strength::strong, reason_kind::rejected, "text/en/sender-rejected",
 "Sisimai 4.25 Sisimai::Reason::Rejected",
 {"purported responsible address",
  "from: domain is invalid", "recipient addresses rejected : access denied",
  "is not a registered gateway user", "unroutable sender address", "domain of sender address",
  "sender email address rejected", "null sender is not allowed",
  "empty envelope senders not allowed", "sender not pre-approved", "bogus mail from",
  "mail from not owned by user", "returned mail not accepted here",
  // Exim src/src/smtp_in.c smtp_handle_acl_fail(): the reply of an ACL "deny" without a
  // message of its own.
  "administrative prohibition", "batv failed to verify",
  "batv validation failure", "sender domain is empty", "sender is not allowed", "sender denied",
  "invalid sender", "sender address is not", "bad sender", "sender blocked",
  "envelope sender", "sender domain", "return path",
  "sender mailbox", "from address", "sender verify",
  "address verification failed",
  "backscatter protection detected an invalid or expired email address", "denied [bouncedeny]", "denied by secumail valid-address-filter",
  "delivery not authorized, message refused", "does not exist e2110", "email address is on senderfilterconfig list",
  "envelope blocked", "error: no third-party dsns", "fully qualified email address required",
  "(batv: no tag", "rejected by batv defense", "rfc 1035 violation: recursive cname records for",
  "rule imposed mailbox access for", "sender is in my black list", "sender is spammer",
  "syntax error: empty email address", "unsigned dsn for",
  "you are not allowed to post to this mailing list", "your access to submit messages to this e-mail system has been rejected", "because the sender isn't on the recipient's list of senders to accept mail from",
  "connections not accepted from servers without a valid sender domain"}},

// Words about what the recipient accepts, before `does-not-accept-mail` ("not accepting mail"):
// attachments (Exchange's wording) are a content error since Sisimai 5.6, the rest is policy.
{phrase_strength::strong, reason_kind::contenterror, "text/en/attachment",
 "Sisimai 4.25 Sisimai::Reason::PolicyViolation (moved to ContentError by Sisimai 5.6)",
 {"because the recipient is not accepting mail with attachments"}},

{phrase_strength::strong, reason_kind::policyviolation, "text/en/policy",
 "Sisimai 4.25 Sisimai::Reason::PolicyViolation",
 {"because the recipient is not accepting mail with "}},

{phrase_strength::strong, reason_kind::notaccept, "text/en/does-not-accept-mail",
 "Sisimai 4.25 Sisimai::Reason::NotAccept",
 {"indicated no smtp service",
  "does not accept mail", "doesn't accept mail", "not accepting mail", "accepts no mail",
  "null mx", "domain does not accept", "does not receive mail", "no longer accepts mail",
  "mail is not accepted", "this domain does not accept email"}},

{phrase_strength::strong, reason_kind::virusdetected, "text/en/virus",
 "Sisimai 4.25 Sisimai::Reason::VirusDetected",
 {"virus detected", "virus found", "contains a virus", "infected", "malware", "viruses",
  "virus", "executable attachment", "dangerous attachment", "potentially harmful"}},

// Gmail's "[IRR] Our system has detected that this message is not RFC 5322 compliant": before
// `spam`, whose "our system has detected that this message is" (Gmail's spam verdict wrapped
// over two reply lines) would win.
{phrase_strength::strong, reason_kind::notcompliantrfc, "text/en/not-rfc-compliant",
 "Google, Gmail's replies (provider-replies.tsv: \"not RFC 5322 compliant because ...\")",
 {"rfc 5322 compliant"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/en/spam",
 "Sisimai 4.25 Sisimai::Reason::SpamDetected",
 {"spam detected", "detected as spam", "identified as spam", "considered spam",
  "classified as spam", "looks like spam", "message is spam", "spam message", "rejected as spam",
  "spam content", "unsolicited", "junk mail", "spam score", "spamassassin", "high spam",
  "probability of spam", "marked as spam", "spam rejected", "spam-like", "likely spam",
  "appears to be spam", "scored as spam", "spam filter", "is spam", "bulk mail",
  "message content rejected", "content filter rejection", "spam policy", "spamdetected",
  "our system has detected that this message is likely unsolicited mail",
  "blocked for spam", "suspected spam", "message was classified as spam",
  "bulk email", "mail content denied", "message rejected because of unacceptable content",
  "our system has detected that this message is", "reject bulk.advertising", "rejecting banned content",
  "rejecting mail content", "rejected by recurrent pattern detection system", "you're using a mass mailer",
  "breaches local uribl policy", "temporarily blocked by our filter"}},

{phrase_strength::weak, reason_kind::spamdetected, "text/en/spam-word",
 "Sisimai 4.25 Sisimai::Reason::SpamDetected",
 {"spam"}},

// A refused attachment type: Sisimai 5.6 moved these from policyviolation to contenterror.
{phrase_strength::strong, reason_kind::contenterror, "text/en/attachment",
 "Sisimai 4.25 Sisimai::Reason::PolicyViolation (moved to ContentError by Sisimai 5.6)",
 {"prohibited attachment", "attachment not allowed", "an illegal attachment on your message",
  "we do not accept messages containing images or other attachments"}},

{phrase_strength::strong, reason_kind::policyviolation, "text/en/policy",
 "Sisimai 4.25 Sisimai::Reason::PolicyViolation",
 {"its content presents a potential", "protocol violation", "header error",
  "denied by policy", "policy violation", "violates our policy",
  "closed mailing list", "content policy", "message policy",
  "acceptable use policy", "local policy", "policy reasons", "against policy",
  "not allowed by policy", "rejected due to policy", "policy restrictions",
  "email policy", "blocked by policy",
  "the message was rejected by organization policy", "organization policy",
  "by non-member to a members-only list", "email rejected due to security policies",
  "message bounced due to organizational settings", "message given low priority", "the email address used to send your message is not subscribed to this group",
  "allowable number of posts without solving a captcha", "email not accepted for policy reasons"}},

{phrase_strength::strong, reason_kind::notcompliantrfc, "text/en/not-rfc-compliant",
 "Sisimai 5 Sisimai::Reason::NotCompliantRFC; Exim src/src/configure.default",
 {"not rfc 5322 compliant", "rfc 5322", "rfc 2822", "rfc5322", "rfc2822", "rfc 822",
  "multiple from headers", "multiple addresses in from", "duplicate header",
  "contains multiple", "is not rfc compliant", "message not rfc compliant",
  "headers are not rfc", "missing date header", "missing message-id",
  "messages with multiple addresses",
  // Exim's src/src/configure.default data ACL: "deny !verify = header_syntax" with
  // "message = header syntax" (a header line Exim cannot parse).
  "header syntax"}},

{phrase_strength::strong, reason_kind::contenterror, "text/en/content",
 "Sisimai 4.25 Sisimai::Reason::ContentError",
 {"invalid mime", "malformed mime", "mime error", "illegal mime", "8-bit header",
  "raw 8-bit", "header too long", "message header too long",
  "invalid message content", "message content not accepted", "content error",
  "improper use of 8-bit data in message header", "message mime complexity exceeds", "this message contain invalid mime headers",
  "this message contain improperly-formatted binary content", "this message contain text that uses unnecessary base64 encoding"}},
// Exim src/src/deliver.c: "Too many \"Received\" headers - suspected mail loop".
{phrase_strength::strong, reason_kind::contenterror, "text/en/content",
 "Sisimai 4.25 Sisimai::Reason::ContentError; Exim src/src/deliver.c",
 {"too many received", "too many \"received\" headers"}, {}, false, stated_data_only},

{phrase_strength::weak, reason_kind::securityerror, "text/en/security",
 "Sisimai 4.25 Sisimai::Reason::SecurityError",
 {"authentication failed", "auth required", "access denied",
  "must be authenticated", "not authenticated",
  "security policy", "insecure", "authorization required", "smtp auth",
  "authentication failure"}},

{phrase_strength::strong, reason_kind::securityerror, "text/en/smtp-auth",
 "Sisimai 4.25 Sisimai::Reason::SecurityError",
 {"unauthenticated senders not allowed", "must authenticate", "authentication is required",
  "authentication required", "sender must be authenticated",
  "account not subscribed to ses", "authentication credentials invalid", "authentication turned on in your email client",
  "is a dead domain", "executable files are not allowed in compressed files", "you don't authenticate or the domain isn't in my list of allowed rcpthosts",
  "is not authorized to perform ses:sendrawemail"}},

// A receiving system's own failure, in words no other reason uses (strong: they beat an
// after-wording code; "timeout waiting for input" also before `expired`'s "timeout").
{phrase_strength::strong, reason_kind::systemerror, "text/en/system-error",
 "Sisimai 4.25 Sisimai::Reason::SystemError; Postfix src/milter/milter8.c",
 {"aliasing/forwarding loop broken", "can't create user output file",
  "could not load drd for domain", "internal error reading data",
  "internal server error: operation now in progress", "interrupted system call",
  "it encountered an error while being processed", "it would create a mail loop",
  "local error in processing", "loop was found in the mail exchanger", "queue file write error",
  "mail system configuration error", "remote server is misconfigured", "system config error",
  "timeout waiting for input",
  // Postfix src/milter/milter8.c: the reply of milter_default_action = tempfail when a milter
  // does not answer, at whatever step it was asked.
  "service unavailable - try again later"}},

// The local delivery agent's own trouble with a mailbox, not the mailbox's size: Postfix
// local(8) writes the system's error after what it tried, under X.2.0 (4.2.0 / 5.2.0) for any
// errno but EDQUOT (5.2.2, a full mailbox) and ENOSPC (4.3.0). src/global/mbox_open.c: "unable
// to lock for exclusive access: %m"; src/local/maildir.c: "create maildir file %s: %m", here
// with EACCES.
{phrase_strength::strong, reason_kind::systemerror, "text/en/local-mailbox-error",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/global/mbox_open.c, src/local/maildir.c "
 "(corpus/rhost/local-delivery)",
 {"unable to lock for exclusive access", "create maildir file * permission denied"}},

{phrase_strength::strong, reason_kind::systemerror, "text/en/transaction-failed",
 "Sisimai 4.25 Sisimai::Reason::SystemError",
 {"transaction failed"}},

{phrase_strength::strong, reason_kind::systemfull, "text/en/system-full",
 "Sisimai 4.25 Sisimai::Reason::SystemFull",
 {"mail system full", "insufficient system storage", "system storage", "disk full",
  "out of disk space", "file system full", "no space left", "insufficient disk space",
  "queue full", "not enough disk space", "server storage full"}},

// Postfix's smtpd refuses a recipient with "Recipient address rejected: <why>" (postconf(5),
// access(5)); when no wording or code says why, and the reply is a bare 5xx at RCPT, it is the
// address that was refused.
{phrase_strength::refused_recipient, reason_kind::userunknown, "text/en/recipient-rejected",
 "Postfix postconf(5) smtpd_recipient_restrictions, access(5) (\"Recipient address rejected\")",
 {"recipient address rejected"}},

{phrase_strength::weak, reason_kind::systemerror, "text/en/system-error",
 "Sisimai 4.25 Sisimai::Reason::SystemError",
 {"service currently unavailable",
  "internal error", "system error", "server error", "local error", "temporary error",
  "configuration error", "misconfigured", "mail loop",
  "forwarding loop", "local configuration error", "internal server error",
  "server configuration", "service unavailable", "system not accepting", "unable to deliver",
  "cannot deliver", "problem with the mail server", "temporary failure",
  "temporary local problem", "local delivery failed",
  // A deferral that names no cause: hMailServer's greylisting and temporary refusals
  // (SMTPConnection.cpp, ../shared/reference/mta-messages.tsv), gross's greylisting (grossd
  // 1.0.2, "Please try again later").
  "please try again later"}},

{phrase_strength::strong, reason_kind::mailererror, "text/en/mailer-error",
 "Sisimai 4.25 Sisimai::Reason::MailerError; Postfix src/global/sys_exits.c",
 {"command failed", "procmail:", "mailer error", "command died", "exit code", "pipe to",
  "x-unix;", "program exited", "unknown mailer error", "local mailer", "child process",
  "command output:",
  // Postfix sys_exits.c sys_exits_fake(): what pipe(8) and local(8) report for a command that
  // exits with no sysexits code ("Command died with status 1" in the notice's text).
  "unknown mail system error"}},

// chasquid's outbound wrappers: "Could not dial" is a connection failure, as "could not
// connect" is; "all MXs returned transient failures (last: <reply>)" wraps the last server's
// reply, whose own cause (a rate limit, greylisting) decides before these weak words.
{phrase_strength::weak, reason_kind::networkerror, "text/en/networkerror-chasquid",
 "chasquid source, albertito/chasquid@ca2538b9745a: internal/courier/smtp.go",
 {"all mxs returned transient failures (last", "could not dial"}, {}, defers},

{phrase_strength::weak, reason_kind::networkerror, "text/en/network-error",
 "Sisimai 4.25 Sisimai::Reason::NetworkError",
 {"connection refused", "connection reset", "network error",
  "connection lost", "lost connection", "dns error", "dns failure",
  "could not connect", "unable to connect", "no route", "bad connection",
  "connection closed", "dns lookup",
  // Sendmail sendmail/err.c: "Host %s is down", the host status cache's verdict.
  "host * is down"}},

// The MTAs' delay notices, which say the message waits in their queue (weak: a cause or a code
// beside them decides first).
{phrase_strength::weak, reason_kind::expired, "text/en/delay-notice",
 "Postfix src/bounce/bounce_template.c (\"Delayed Mail (still being retried)\"); Exim "
 "src/src/exim_msgs/warn_message (\"has not yet been delivered\"); Sendmail sendmail/savemail.c "
 "(\"Warning: could not send message for past %s\")",
 {"still being retried", "has not yet been delivered", "could not send message for past"}},

// A time-out is how an expiry often shows (Sisimai 4.25 Sisimai::Reason::Expired lists
// "connection timed out"), but it names no more than the status detail beside it: weak, so that
// "421 4.4.2 Connection timed out" is the bad connection its code says (RFC 3463 X.4.2) and a
// bare "426 connection timed out" still an expiry.
{phrase_strength::weak, reason_kind::expired, "text/en/timed-out",
 "Sisimai 4.25 Sisimai::Reason::Expired (\"connection timed out\"); RFC 3463 section 3.5 "
 "(X.4.1 no answer from host, X.4.2 bad connection)",
 {"timed out", "timeout"}},

{phrase_strength::strong, reason_kind::expired, "text/en/expired",
 "Sisimai 4.25 Sisimai::Reason::Expired",
 {"retry timeout exceeded", "message expired", "giving up", "delivery time expired",
  "has been delayed", "could not be delivered for", "retry time not reached",
  "queue lifetime", "undeliverable for", "message delayed", "delivery expired",
  "too long in queue", "retry limit", "maximum time", "deferred for too long",
  "delivery attempts will continue", "unable to deliver within", "has expired",
  "was not delivered within", "delivery has failed after", "delivery has been delayed",
  "have been unable to deliver", "could not deliver for",
  "could not find a gateway for", "failed to deliver to domain ", "have been failing for a long time",
  "it has not been collected after", "server did not respond", "this message has been in the queue too long",
  "unable to deliver message after multiple retries", "was not reachable within the allowed queue period"}},

{phrase_strength::weak, reason_kind::syntaxerror, "text/en/syntax",
 "Sisimai 4.25 Sisimai::Reason::SyntaxError",
 {"syntax error", "command unrecognized", "command not recognized", "unrecognized command",
  "bad sequence of commands", "invalid command", "line too long", "parameter error"}},

{phrase_strength::weak, reason_kind::blocked, "text/en/blocked",
 "Sisimai 4.25 Sisimai::Reason::Blocked",
 {"not accepting connections",
  "client host rejected", "dynamic ip",
  "dynamic address", "residential", "dial-up", "dialup", "your ip", "your server",
  "ip address is blocked", "host blocked", "blocked by", "is blocked",
  "been blocked", "was blocked", "refused to talk to me", "not allowed to connect",
  "banned", "rejected because of your ip",
  "helo command rejected", "invalid helo", "bad helo",
  "your access to this mail system has been rejected",
  "messages from", "temporarily rejected", "service not available", "blocked",
  "refused - see http", "confirm this mail server", "host network not allowed",
  "rejecting open proxy", "sender ip address rejected", "has not passed validation",
  "after initial connection:"}},

// RFC 5321's generic reply text for 550 ("Requested action not taken: mailbox unavailable (e.g.,
// mailbox not found, no access, or command rejected for policy reasons)"): an unknown mailbox
// most often (Microsoft's mailbox-not-found reply), but a cause named beside it (a policy, a
// blocked IP) decides first, so the set is weak and after the others. Its 450 twin ("Requested
// mail action not taken: mailbox unavailable (e.g., mailbox busy or temporarily blocked for
// policy reasons)") is no unknown mailbox: permanent only.
{phrase_strength::weak, reason_kind::userunknown, "text/en/mailbox-unavailable",
 "RFC 5321 section 4.2.3 (550 and 450 reply texts); Microsoft Exchange Online (Sisimai 4.25 "
 "Sisimai::Rhost::ExchangeOnline, 5.5.0 \"requested action not taken: mailbox unavailable\")",
 {"mailbox unavailable", "mailbox is unavailable", "mailbox not available",
  "mailbox is not available"}, {}, false, false, permanent_only},

// ---------------------------------------------------------------------------------------------
// MTAs' own messages, from their source code or manuals (issue 12; the facts gathered in
// ../shared/reference/mta-messages.tsv, each set naming the source it comes from). One set per
// reason and MTA, strong, after every set above: they decide only where no wording above did,
// so they add knowledge without changing what the sets above decide.
{phrase_strength::strong, reason_kind::failedstarttls, "text/en/failedstarttls-chasquid",
 "chasquid source, albertito/chasquid@ca2538b9745a: internal/courier/smtp.go",
 {"security level check failed (level"}, {}, defers},

{phrase_strength::strong, reason_kind::failedstarttls, "text/en/failedstarttls-exim",
 "Exim source, Exim/exim@13835a3c1e05: src/src/transports/smtp.c, src/src/log.c",
 {"a tls session is required, but the server did not offer tls support", "a tls session is required, but an attempt to start tls failed", "failed to start tls session", "mandatory tls session not started"}, {}, defers},

{phrase_strength::strong, reason_kind::failedstarttls, "text/en/failedstarttls-haraka",
 "Haraka source, haraka/Haraka@0bf10cbb4862: outbound/hmail.js",
 {"no tls available but required by configuration", "host failed tls verification required by configuration"}, {}, defers},

{phrase_strength::strong, reason_kind::failedstarttls, "text/en/failedstarttls-hmailserver",
 "hMailServer source, hmailserver/hmailserver@4d11f81d14af: hmailserver/source/Server/SMTP/SMTPClientConnection.cpp",
 {"server does not support starttls"}},

{phrase_strength::strong, reason_kind::failedstarttls, "text/en/failedstarttls-kumomta",
 "KumoMTA source, KumoCorp/kumomta@3ebc1e8585e0: crates/kumod/src/smtp_dispatcher.rs",
 {"but starttls is not advertised by"}, {}, defers},

{phrase_strength::strong, reason_kind::failedstarttls, "text/en/failedstarttls-maddy",
 "maddy source, foxcpp/maddy@837b1b8a7761: internal/check/requiretls/requiretls.go, internal/target/remote/dane.go",
 {"tls conversation required", "no matching tlsa records"}},

{phrase_strength::strong, reason_kind::failedstarttls, "text/en/failedstarttls-opensmtpd",
 "OpenSMTPD source, OpenSMTPD/OpenSMTPD@3153385b02a0: usr.sbin/smtpd/mta_session.c, usr.sbin/smtpd/esc.c",
 {"security features not supported"}},

// The same source, the words its MTA defers on (tries again).
{phrase_strength::strong, reason_kind::failedstarttls, "text/en/failedstarttls-opensmtpd-deferred",
 "OpenSMTPD source, OpenSMTPD/OpenSMTPD@3153385b02a0: usr.sbin/smtpd/mta_session.c, usr.sbin/smtpd/esc.c",
 {"starttls rejected"}, {}, defers},

{phrase_strength::strong, reason_kind::failedstarttls, "text/en/failedstarttls-postfix",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/smtp/smtp_proto.c, src/smtp/smtp_tls_policy.c",
 {"client tls configuration problem", "tlsa lookup error for",
  // TLS_README, smtp_tls_security_level verify/secure: delivery is deferred when the server's
  // certificate cannot be verified (smtp_proto.c, 4.7.5).
  "server certificate not verified", "server certificate not trusted"}, {}, defers},

{phrase_strength::strong, reason_kind::failedstarttls, "text/en/failedstarttls-stalwart",
 "Stalwart Mail source, stalwartlabs/mail-server@55e62a683048: crates/smtp/src/queue/dsn.rs",
 {"tls error from", "dane failed to authenticate", "mta-sts failed to authenticate"}, {}, defers},

{phrase_strength::strong, reason_kind::ratelimited, "text/en/ratelimited-kumomta",
 "KumoMTA source, KumoCorp/kumomta@3ebc1e8585e0: assets/bounce_classifier/iana.toml",
 {"toomanyrecipients"}, {}, defers},

{phrase_strength::strong, reason_kind::ratelimited, "text/en/ratelimited-postal",
 "Postal source, postalserver/postal@8ef89606bc34: app/lib/message_dequeuer/outgoing_message_processor.rb",
 {"message held because send limit"}, {}, defers},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/en/emailtoolarge-courier",
 "Courier source, svarshavchik/courier@fe506ccc6d49: courier/courier/submit2.C",
 {"exceeds administrative limit"}},

{phrase_strength::strong, reason_kind::mailboxfull, "text/en/mailboxfull-dovecot",
 "Dovecot (LMTP/LDA) source, dovecot/core@f28b5a92ec52: src/lib-storage/mail-error.h",
 {"not enough disk quota"}},

{phrase_strength::strong, reason_kind::mailboxfull, "text/en/mailboxfull-exim",
 "Exim source, Exim/exim@13835a3c1e05: src/src/log.c",
 {"exim-imposed quota"}, {}, defers},

{phrase_strength::strong, reason_kind::suspend, "text/en/suspend-dovecot",
 "Dovecot (LMTP/LDA) source, dovecot/core@f28b5a92ec52: src/lmtp/lmtp-proxy.c",
 {"login disabled"}},

{phrase_strength::strong, reason_kind::suspend, "text/en/suspend-hmailserver",
 "hMailServer source, hmailserver/hmailserver@4d11f81d14af: hmailserver/source/Server/SMTP/RecipientParser.cpp",
 {"account is not active", "domain has been disabled", "alias is not active", "distribution list is not active"}},

{phrase_strength::strong, reason_kind::suspend, "text/en/suspend-kumomta",
 "KumoMTA source, KumoCorp/kumomta@3ebc1e8585e0: assets/bounce_classifier/iana.toml",
 {"inactivemailbox"}},

{phrase_strength::strong, reason_kind::suspend, "text/en/suspend-stalwart",
 "Stalwart Mail source, stalwartlabs/mail-server@55e62a683048: crates/email/src/message/delivery.rs",
 {"this account is not authorized to receive email"}},

{phrase_strength::strong, reason_kind::suppressed, "text/en/suppressed-postal",
 "Postal source, postalserver/postal@8ef89606bc34: app/lib/message_dequeuer/outgoing_message_processor.rb",
 {"is on the suppression list (reason"}},

{phrase_strength::strong, reason_kind::userunknown, "text/en/userunknown-chasquid",
 "chasquid source, albertito/chasquid@ca2538b9745a: internal/smtpsrv/conn.go",
 {"destination address is invalid"}},

{phrase_strength::strong, reason_kind::userunknown, "text/en/userunknown-hmailserver",
 "hMailServer source, hmailserver/hmailserver@4d11f81d14af: hmailserver/source/Server/SMTP/RecipientParser.cpp",
 {"recipient not in route list"}},

{phrase_strength::strong, reason_kind::userunknown, "text/en/userunknown-kumomta",
 "KumoMTA source, KumoCorp/kumomta@3ebc1e8585e0: assets/bounce_classifier/iana.toml",
 {"invalidrecipient"}},

{phrase_strength::strong, reason_kind::userunknown, "text/en/userunknown-opensmtpd",
 "OpenSMTPD source, OpenSMTPD/OpenSMTPD@3153385b02a0: usr.sbin/smtpd/mda.c",
 {"permanent failure in user lookup"}},

{phrase_strength::strong, reason_kind::userunknown, "text/en/userunknown-postfix",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/smtpd/smtpd_check.c",
 {"rejected: unverified address"}, {}, defers},

{phrase_strength::strong, reason_kind::userunknown, "text/en/userunknown-stalwart",
 "Stalwart Mail source, stalwartlabs/mail-server@55e62a683048: crates/smtp/src/inbound/rcpt.rs",
 {"mailing list not found"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-chasquid",
 "chasquid source, albertito/chasquid@ca2538b9745a: internal/courier/smtp.go",
 {"could not find mail server"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-courier",
 "Courier source, svarshavchik/courier@fe506ccc6d49: courier/courier/module.esmtp/libesmtp.C",
 {"this domain's dns violates rfc 1035"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-exchange",
 "Microsoft Exchange (on-premises) source, x13-me/OfficeDocs-Exchange@316f63a69349: Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md",
 {"recipient address reserved by rfc 2606", "smtpsend.dns.nonexistentdomain; nonexistent domain"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-exim",
 "Exim source, Exim/exim@13835a3c1e05: src/src/routers/dnslookup.c, src/src/host.c, src/src/transports/smtp.c",
 {"all relevant mx records point to non-existent hosts", "all host address lookups"}},

// The same source, the words its MTA defers on (tries again).
{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-exim-deferred",
 "Exim source, Exim/exim@13835a3c1e05: src/src/routers/dnslookup.c, src/src/host.c, src/src/transports/smtp.c",
 {"no ip address found for host"}, {}, defers},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-hmailserver",
 "hMailServer source, hmailserver/hmailserver@4d11f81d14af: hmailserver/source/Server/SMTP/ExternalDelivery.cpp",
 {"no mail servers appear to exists for the recipient's address"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-kumomta",
 "KumoMTA source, KumoCorp/kumomta@3ebc1e8585e0: crates/kumod/src/smtp_dispatcher.rs",
 {"kumomta internal: mx consisted solely of hosts on the skip_hosts list"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-opensmtpd",
 "OpenSMTPD source, OpenSMTPD/OpenSMTPD@3153385b02a0: usr.sbin/smtpd/mta.c",
 {"no mx found for domain", "no mx found for destination"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-postal",
 "Postal source, postalserver/postal@8ef89606bc34: app/senders/smtp_sender.rb",
 {"no smtp servers were available for"}, {}, defers},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-postfix",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/dns/dns_strerror.c, src/dns/dns_lookup.c, src/smtp/smtp_addr.c, src/global/sys_exits.c",
 {"host found but no data record of requested type", "invalid host or domain name", "host name unknown"}},

// The same source, the words its MTA defers on (tries again).
{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-postfix-deferred",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/dns/dns_strerror.c, src/dns/dns_lookup.c, src/smtp/smtp_addr.c, src/global/sys_exits.c",
 {"unable to find primary relay for"}, {}, defers},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-qmail",
 "qmail/notqmail source, notqmail/notqmail@a7012e4fdf2f: qmail-remote.c",
 {"sorry, i couldn't find any host by that name", "sorry, i couldn't find a mail exchanger or ip address"}},

{phrase_strength::strong, reason_kind::rejected, "text/en/rejected-cyrus",
 "Cyrus IMAP (lmtpd) source, cyrusimap/cyrus-imapd@1f3a12931114: imap/lmtp_err.et",
 {"you do not have permission to post a message to this mailbox"}},

{phrase_strength::strong, reason_kind::rejected, "text/en/rejected-hmailserver",
 "hMailServer source, hmailserver/hmailserver@4d11f81d14af: hmailserver/source/Server/SMTP/RecipientParser.cpp",
 {"not authorized sender"}},

{phrase_strength::strong, reason_kind::rejected, "text/en/rejected-maddy",
 "maddy source, foxcpp/maddy@837b1b8a7761: internal/check/dns/dns.go, internal/check/authorize_sender/authorize_sender.go",
 {"domain in mail from does not have any mx records", "unauthorized use of sender address"}},

{phrase_strength::strong, reason_kind::rejected, "text/en/rejected-opensmtpd",
 "OpenSMTPD source, OpenSMTPD/OpenSMTPD@3153385b02a0: usr.sbin/smtpd/mta.c",
 {"destination seem to reject all mails"}, {}, defers},

{phrase_strength::strong, reason_kind::rejected, "text/en/rejected-postal",
 "Postal source, postalserver/postal@8ef89606bc34: app/lib/smtp_server/client.rb",
 {"route does not accept incoming messages"}},

{phrase_strength::strong, reason_kind::rejected, "text/en/rejected-qmail",
 "qmail/notqmail source, notqmail/notqmail@a7012e4fdf2f: qmail-remote.c",
 {"but sender was rejected"}},

{phrase_strength::strong, reason_kind::rejected, "text/en/rejected-stalwart",
 "Stalwart Mail source, stalwartlabs/mail-server@55e62a683048: crates/smtp/src/inbound/mail.rs",
 {"sender address not allowed"}},

{phrase_strength::strong, reason_kind::norelaying, "text/en/norelaying-haraka",
 "Haraka source, haraka/Haraka@0bf10cbb4862: connection.js (no plugin accepted the recipient: "
 "\"I cannot deliver mail for %s\")",
 {"i cannot deliver mail for"}},

{phrase_strength::strong, reason_kind::norelaying, "text/en/norelaying-hmailserver",
 "hMailServer source, hmailserver/hmailserver@4d11f81d14af: hmailserver/source/Server/SMTP/SMTPConnection.cpp",
 {"delivery is not allowed to this address"}},

{phrase_strength::strong, reason_kind::authfailure, "text/en/authfailure-kumomta",
 "KumoMTA source, KumoCorp/kumomta@3ebc1e8585e0: assets/bounce_classifier/iana.toml",
 {"authenticationfailed"}},

{phrase_strength::strong, reason_kind::authfailure, "text/en/authfailure-maddy",
 "maddy source, foxcpp/maddy@837b1b8a7761: internal/check/spf/spf.go",
 {"spf authentication soft-failed", "neutral spf result is not permitted",
  "spf authentication failed"}},

{phrase_strength::strong, reason_kind::authfailure, "text/en/authfailure-stalwart",
 "Stalwart Mail source, stalwartlabs/mail-server@55e62a683048: crates/smtp/src/inbound/mail.rs",
 {"temporary spf validation error"}},

{phrase_strength::strong, reason_kind::securityerror, "text/en/securityerror-exchange",
 "Microsoft Exchange (on-premises) source, x13-me/OfficeDocs-Exchange@316f63a69349: Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md",
 {"cannot achieve exchange server authentication"}},

{phrase_strength::strong, reason_kind::securityerror, "text/en/securityerror-maddy",
 "maddy source, foxcpp/maddy@837b1b8a7761: internal/target/remote/security.go",
 {"failed to establish the mx record authenticity"}, {}, defers},

{phrase_strength::strong, reason_kind::securityerror, "text/en/securityerror-opensmtpd",
 "OpenSMTPD source, OpenSMTPD/OpenSMTPD@3153385b02a0: usr.sbin/smtpd/mta.c",
 {"could not retrieve credentials"}, {}, defers},

{phrase_strength::strong, reason_kind::securityerror, "text/en/securityerror-postfix",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/smtp/smtp_sasl_proto.c, src/smtp/smtp_sasl_glue.c, src/smtpd/smtpd.c",
 {"error: insufficient authorization"}},

// The same source, the words its MTA defers on (tries again).
{phrase_strength::strong, reason_kind::securityerror, "text/en/securityerror-postfix-deferred",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/smtp/smtp_sasl_proto.c, src/smtp/smtp_sasl_glue.c, src/smtpd/smtpd.c",
 {"offered no compatible authentication mechanisms for this type of connection security", "authentication protocol loop with server"}, {}, defers},

{phrase_strength::strong, reason_kind::spamdetected, "text/en/spamdetected-exchange",
 "Microsoft Exchange (on-premises) source, x13-me/OfficeDocs-Exchange@316f63a69349: Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md",
 {"content filter agent quarantined this message"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/en/spamdetected-maddy",
 "maddy source, foxcpp/maddy@837b1b8a7761: internal/target/remote/remote.go",
 {"refusing to deliver a quarantined message"}},

{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-exim",
 "Exim source, Exim/exim@13835a3c1e05: src/src/transports/smtp.c",
 {"message has lines too long for transport"}},

{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-opensmtpd",
 "OpenSMTPD source, OpenSMTPD/OpenSMTPD@3153385b02a0: usr.sbin/smtpd/esc.c",
 {"conversion required and prohibited"}},

{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-postfix",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/global/sys_exits.c; Sendmail source, "
 "deepin-community/sendmail@c7e7de44d956: libsm/strexit.c (both: EX_DATAERR)",
 {"data format error"}},

{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-qmail",
 "qmail/notqmail source, notqmail/notqmail@a7012e4fdf2f: qmail-remote.c",
 {"smtp cannot transfer messages with partial final lines"}},

{phrase_strength::strong, reason_kind::notcompliantrfc, "text/en/notcompliantrfc-chasquid",
 "chasquid source, albertito/chasquid@ca2538b9745a: internal/smtpsrv/conn.go",
 {"error reading data: invalid line ending"}},

{phrase_strength::strong, reason_kind::notcompliantrfc, "text/en/notcompliantrfc-cyrus",
 "Cyrus IMAP (lmtpd) source, cyrusimap/cyrus-imapd@1f3a12931114: imap/imap_err.et",
 {"message contains nul characters", "message contains bare newlines", "message contains non-ascii characters in headers", "message contains invalid header", "message has no header/body separator"}},

{phrase_strength::strong, reason_kind::notcompliantrfc, "text/en/notcompliantrfc-hmailserver",
 "hMailServer source, hmailserver/hmailserver@4d11f81d14af: hmailserver/source/Server/SMTP/SMTPConnection.cpp",
 {"rejected - message containing bare lf's"}},

{phrase_strength::strong, reason_kind::filtered, "text/en/filtered-courier",
 "Courier source, svarshavchik/courier@fe506ccc6d49: courier/courier/submit.C, "
 "courier/courier/filters/dupfilter.c",
 {"you are not whitelisted by this recipient, please try again later",
  "duplicate message rejected"}},

{phrase_strength::strong, reason_kind::userunknown, "text/en/userunknown-courier",
 "Courier source, svarshavchik/courier@fe506ccc6d49: courier/courier/submit.C (\"556 Address "
 "unavailable.\", 456 while temporary)",
 {"address unavailable."}},

{phrase_strength::strong, reason_kind::blocked, "text/en/blocked-qmail",
 "qmail/notqmail source, notqmail/notqmail@a7012e4fdf2f: qmail-remote.c",
 {"but greeting failed", "but my name was rejected"}, {}, defers},

{phrase_strength::strong, reason_kind::blocked, "text/en/blocked-stalwart",
 "Stalwart Mail source, stalwartlabs/mail-server@55e62a683048: crates/smtp/src/inbound/ehlo.rs",
 {"invalid ehlo domain"}},

// access(5): a check_client_access REJECT or DEFER without text of its own writes "Access denied"
// after the restriction's prefix; the client was refused, whatever the recipient (not the
// authentication that "access denied" alone means in the weak security set).
{phrase_strength::strong, reason_kind::blocked, "text/en/blocked-postfix",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/smtpd/smtpd_check.c (\"Client host "
 "rejected: \" + access(5) REJECT/DEFER default text \"Access denied\")",
 {"client host rejected: access denied"}},

{phrase_strength::strong, reason_kind::mailererror, "text/en/mailererror-exim",
 "Exim source, Exim/exim@13835a3c1e05: src/src/deliver.c, src/src/routers/redirect.c (a broken "
 "alias or .forward file)",
 {"delivery to file forbidden", "delivery to pipe forbidden", "syntax error in redirection data"}},

{phrase_strength::strong, reason_kind::mailererror, "text/en/mailererror-postfix",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/local/alias.c, src/local/include.c, src/local/recipient.c, src/local/mailbox.c, src/local/file.c, src/global/pipe_command.c, src/qmgr/qmgr_deliver.c",
 {"alias database loop for", "include: nesting limit exceeded", "recipient nesting limit exceeded", "is not a regular file", "mail to file is restricted"}},

// The same source, the words its MTA defers on (tries again).
{phrase_strength::strong, reason_kind::mailererror, "text/en/mailererror-postfix-deferred",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/local/alias.c, src/local/include.c, src/local/recipient.c, src/local/mailbox.c, src/local/file.c, src/global/pipe_command.c, src/qmgr/qmgr_deliver.c",
 {"is not owned by recipient", "command time limit exceeded", "unknown mail transport error"}, {}, defers},

{phrase_strength::strong, reason_kind::mailererror, "text/en/mailererror-qmail",
 "qmail/notqmail source, notqmail/notqmail@a7012e4fdf2f: qmail-local.c",
 {"unable to chdir to maildir", "uh-oh: .qmail file is writable", "uh-oh: home directory is writable", "uh-oh: first line of .qmail file is blank", "unable to run /bin/sh"}, {}, defers},

{phrase_strength::strong, reason_kind::systemfull, "text/en/systemfull-exchange",
 "Microsoft Exchange (on-premises) source, x13-me/OfficeDocs-Exchange@316f63a69349: Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md",
 {"insufficient system resources"}, {}, defers},

{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-cyrus",
 "Cyrus IMAP (lmtpd) source, cyrusimap/cyrus-imapd@1f3a12931114: imap/imap_err.et",
 {"mailbox has been moved to another server", "mailbox is locked", "server(s) unavailable to complete operation", "system i/o error"}, {}, defers},

{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-dovecot",
 "Dovecot (LMTP/LDA) source, dovecot/core@f28b5a92ec52: src/plugins/quota/quota.c, src/lmtp/lmtp-proxy.c, src/lib-master/master-service.h",
 {"internal user lookup failure"}},

// The same source, the words its MTA defers on (tries again).
{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-dovecot-deferred",
 "Dovecot (LMTP/LDA) source, dovecot/core@f28b5a92ec52: src/plugins/quota/quota.c, src/lmtp/lmtp-proxy.c, src/lib-master/master-service.h",
 {"internal quota calculation error", "server shutting down"}, {}, defers},

{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-exchange",
 "Microsoft Exchange (on-premises) source, x13-me/OfficeDocs-Exchange@316f63a69349: Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md",
 {"storedrv.deliver: missing or bad storedriver mdb properties", "system incorrectly configured"}},

// The same source, the words its MTA defers on (tries again).
{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-exchange-deferred",
 "Microsoft Exchange (on-premises) source, x13-me/OfficeDocs-Exchange@316f63a69349: Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md",
 {"service not active"}, {}, defers},

{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-exchange",
 "Microsoft Exchange (on-premises) source, x13-me/OfficeDocs-Exchange@316f63a69349: Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md "
 "(5.3.0 \"Too many related errors\": the message was moved to the poison message queue)",
 {"too many related errors"}},

{phrase_strength::strong, reason_kind::ratelimited, "text/en/ratelimited-exchange",
 "Microsoft Exchange (on-premises) source, x13-me/OfficeDocs-Exchange@316f63a69349: Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md "
 "(5.1.8 \"Access denied, bad outbound sender\": the sender exceeded a sending limit)",
 {"bad outbound sender"}, {7, 0}},

{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-haraka",
 "Haraka source, haraka/Haraka@0bf10cbb4862: plugins/toobusy.js",
 {"too busy; please try again later"}},

{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-hmailserver",
 "hMailServer source, hmailserver/hmailserver@4d11f81d14af: hmailserver/source/Server/SMTP/SMTPConnection.cpp, hmailserver/source/Server/SMTP/ExternalDelivery.cpp",
 {"your message was received but it could not be saved. please retry later", "the host specified as smtp relay server could not be found"}},

{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-maddy",
 "maddy source, foxcpp/maddy@837b1b8a7761: internal/endpoint/smtp/session.go",
 {"high load, try again later"}},

// A recipient callout that could not complete (the receiver's own downstream did not answer):
// the receiving system's failure, not the recipient's; with "retry timeout exceeded" after it
// when the callout had been failing for a while (Exim's callout cache), still the cause.
{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-exim",
 "Exim source, Exim/exim@13835a3c1e05: src/src/verify.c; Exim specification, \"Callout "
 "verification\" (a callout that fails temporarily defers with \"Could not complete recipient "
 "verify callout\")",
 {"could not complete recipient verify"}, {}, defers},

{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-postfix",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/smtp/smtp_connect.c, src/smtp/smtp_trouble.c, src/local/alias.c, src/local/mailbox.c, src/global/deliver_pass.c, src/global/sys_exits.c",
 {"all network protocols are disabled", "network address conversion failed", "local data error while talking to", "alias database unavailable", "table lookup failure", "user lookup error", "mail transport unavailable", "system resource problem"}, {}, defers},

{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-qmail",
 "qmail/notqmail source, notqmail/notqmail@a7012e4fdf2f: qmail-remote.c, qmail-local.c, qmail.c",
 {"unable to switch to home directory", "file has been locked for 30 seconds straight", "qq temporary problem", "qq permanent problem"}},

{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-sendmail",
 "Sendmail source, deepin-community/sendmail@c7e7de44d956: sendmail/recipient.c",
 {"deferred: user database error"}},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-courier",
 "Courier source, svarshavchik/courier@fe506ccc6d49: courier/courier/module.esmtp/libesmtp.C",
 {"connection unexpectedly closed by remote host"}, {}, defers},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-dovecot",
 "Dovecot (LMTP/LDA) source, dovecot/core@f28b5a92ec52: src/lmtp/lmtp-proxy.c",
 {"proxying appears to be looping (ttl=0", "proxying loops to itself"}},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-exchange",
 "Microsoft Exchange (on-premises) source, x13-me/OfficeDocs-Exchange@316f63a69349: Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-4-4-7-in-exchange-online.md",
 {"proxy session setup failed on frontend with"}},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-exim",
 "Exim source, Exim/exim@13835a3c1e05: src/src/routers/dnslookup.c, src/src/transports/smtp.c",
 {"host lookup did not complete", "remote host closed connection in response to"}, {}, defers},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-haraka",
 "Haraka source, haraka/Haraka@0bf10cbb4862: outbound/hmail.js",
 {"temporary mx lookup error for", "unrecognized response from upstream server"}},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-hmailserver",
 "hMailServer source, hmailserver/hmailserver@4d11f81d14af: hmailserver/source/Server/SMTP/ExternalDelivery.cpp, hmailserver/source/Server/SMTP/SMTPClientConnection.cpp",
 {"unable to find the recipient's email server. the dns query has failed", "connection to recipients server failed"}},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-kumomta",
 "KumoMTA source, KumoCorp/kumomta@3ebc1e8585e0: crates/kumo-api-types/src/shaping.rs, assets/bounce_classifier/iana.toml",
 {"kumomta internal: failed to connect to any candidate hosts", "noanswerfromhost"}, {}, defers},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-maddy",
 "maddy source, foxcpp/maddy@837b1b8a7761: internal/target/remote/connect.go",
 {"no usable mxs, last err", "mx lookup error"}, {}, defers},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-opensmtpd",
 "OpenSMTPD source, OpenSMTPD/OpenSMTPD@3153385b02a0: usr.sbin/smtpd/mta.c, usr.sbin/smtpd/esc.c",
 {"no valid route to remote mx", "no valid route to destination", "no answer from host"}, {}, defers},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-postfix",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/smtpd/smtpd_check.c, src/smtp/smtp_connect.c",
 {"malformed dns server reply", "server unavailable or unable to receive mail"}, {}, defers},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-qmail",
 "qmail/notqmail source, notqmail/notqmail@a7012e4fdf2f: qmail-local.c, qmail-remote.c",
 {"this message is looping: it already has my delivered-to line", "sorry, i wasn't able to establish an smtp connection", "cname lookup failed temporarily", "although i'm listed as a best-preference mx or a for that host", "it isn't in my control/locals file, so i don't treat it as local"}},

{phrase_strength::strong, reason_kind::networkerror, "text/en/networkerror-stalwart",
 "Stalwart Mail source, stalwartlabs/mail-server@55e62a683048: crates/smtp/src/inbound/data.rs, "
 "crates/smtp/src/queue/dsn.rs (\"(connection to '%s' failed: ...)\")",
 {"too many received headers. possible loop detected", "(connection to '"}, {}, defers},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-stalwart",
 "Stalwart Mail source, stalwartlabs/mail-server@55e62a683048: crates/smtp/src/queue/dsn.rs "
 "(\"(failed to lookup '%s': ...)\")",
 {"(failed to lookup '"}},

// hMailServer's bounce after its retries ran out ("Tried %d time(s)"): the generic outcome, weak,
// so any cause beside it (a code, a phrase) decides first.
{phrase_strength::weak, reason_kind::expired, "text/en/expired-hmailserver",
 "hMailServer source, hmailserver/hmailserver@4d11f81d14af: hmailserver/source/Server/SMTP/ExternalDelivery.cpp",
 {"time(s)"}},

{phrase_strength::strong, reason_kind::syntaxerror, "text/en/syntaxerror-dovecot",
 "Dovecot (LMTP/LDA) source, dovecot/core@f28b5a92ec52: src/lmtp/lmtp-commands.c",
 {"unacceptable to: empty path not allowed"}},

{phrase_strength::strong, reason_kind::syntaxerror, "text/en/syntaxerror-exchange",
 "Microsoft Exchange (on-premises) source, x13-me/OfficeDocs-Exchange@316f63a69349: Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md",
 {"recipient addresses in single label domains not accepted", "send hello first"}},

{phrase_strength::strong, reason_kind::syntaxerror, "text/en/syntaxerror-exim",
 "Exim source, Exim/exim@13835a3c1e05: src/src/configure.default",
 {"restricted characters in address"}},

{phrase_strength::strong, reason_kind::syntaxerror, "text/en/syntaxerror-maddy",
 "maddy source, foxcpp/maddy@837b1b8a7761: internal/endpoint/smtp/session.go",
 {"smtputf8 is required for non-ascii recipients"}},

{phrase_strength::strong, reason_kind::syntaxerror, "text/en/syntaxerror-postfix",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/global/cleanup_strerror.c, src/global/sys_exits.c, src/smtpd/smtpd_check.c, src/smtpd/smtpd.c",
 {"no recipients specified", "remote error in protocol", "rejected: need fully-qualified hostname", "rejected: invalid name", "rejected: need fully-qualified address", "improper use of smtp command pipelining"}},

// The same source, the words its MTA defers on (tries again).
{phrase_strength::strong, reason_kind::syntaxerror, "text/en/syntaxerror-postfix-deferred",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/global/cleanup_strerror.c, src/global/sys_exits.c, src/smtpd/smtpd_check.c, src/smtpd/smtpd.c",
 {"error: too many errors"}, {}, defers},

{phrase_strength::strong, reason_kind::syntaxerror, "text/en/syntaxerror-qmail",
 "qmail/notqmail source, notqmail/notqmail@a7012e4fdf2f: spawn.c, qmail-qmqpd.c",
 {"sorry, address must include host name", "sorry, i can't accept addresses like that"}},

{phrase_strength::strong, reason_kind::syntaxerror, "text/en/syntaxerror-sendmail",
 "Sendmail source, deepin-community/sendmail@c7e7de44d956: libsm/strexit.c, sendmail/parseaddr.c, cf/m4/proto.m4",
 {"remote protocol error", "transient parse error -- message queued for future delivery", "domain name required", "fully qualified domain name required"}},

{phrase_strength::strong, reason_kind::expired, "text/en/expired-kumomta",
 "KumoMTA source, KumoCorp/kumomta@3ebc1e8585e0: assets/bounce_classifier/iana.toml",
 {"messageexpired"}},

{phrase_strength::strong, reason_kind::notaccept, "text/en/notaccept-opensmtpd",
 "RFC 3463 section 3.4 (X.3.2 \"System not accepting network messages\"), the text OpenSMTPD prints "
 "for it: OpenSMTPD source, OpenSMTPD/OpenSMTPD@3153385b02a0: usr.sbin/smtpd/esc.c",
 {"system not accepting network messages"}, {}, defers},

{phrase_strength::strong, reason_kind::expired, "text/en/expired-haraka",
 "Haraka source, haraka/Haraka@0bf10cbb4862: outbound/hmail.js (temporary failures turned into a "
 "bounce after the last attempt: \"Too many failures (%s)\")",
 {"too many failures ("}},

{phrase_strength::strong, reason_kind::expired, "text/en/expired-opensmtpd",
 "OpenSMTPD source, OpenSMTPD/OpenSMTPD@3153385b02a0: usr.sbin/smtpd/queue.c",
 {"envelope expired"}},

{phrase_strength::strong, reason_kind::expired, "text/en/expired-postfix",
 "Postfix source, vdukhovni/postfix@17830e5c13c1: src/qmgr/qmgr_message.c",
 {"message is administratively expired"}},

{phrase_strength::strong, reason_kind::expired, "text/en/expired-sendmail",
 "Sendmail source, deepin-community/sendmail@c7e7de44d956: sendmail/envelope.c",
 {"cannot send message for"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/en/emailtoolarge-dovecot",
 "Dovecot source, dovecot/core@f28b5a92ec52: src/plugins/quota/quota.c",
 {"mail size is larger than the maximum size allowed by server configuration"}},

{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-courier",
 "Courier source, svarshavchik/courier@fe506ccc6d49: courier/courier/module.esmtp/libesmtp.C",
 {"unable to deliver unicode e-mail to a non-unicode mail server"}},

// ---------------------------------------------------------------------------------------------
// Receiving providers' documented replies (issue 12; the facts gathered in
// ../shared/reference/provider-replies.tsv, third-party pages left out), as wording that names
// its cause whoever relays it. One set per reason and provider, after every set above, like
// the MTA block. Provider codes that need the provider's host stay in provider_table.hpp.
{phrase_strength::strong, reason_kind::failedstarttls, "text/en/failedstarttls-microsoft",
 "Microsoft 365/Exchange Online documentation: x13-me/OfficeDocs-Exchange@316f63a69349:Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
 {"destination mail server must support tls to receive mail", "destination mail server's certificate is expired", "the domain failed dane validation", "destination domain returned invalid dnssec records", "remote certificate must have a common name or subject alternative name matching the hostname"}},

{phrase_strength::strong, reason_kind::ratelimited, "text/en/ratelimited-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"the user you are trying to contact is receiving email too quickly", "peak smtp relay limit exceeded for this customer", "gmail has detected an unusual rate of email", "exceeded the quota for sending messages that have the same message-id", "daily smtp relay limit exceeded for user",
  "receiving email at a rate that prevents additional messages from being delivered"}},

{phrase_strength::strong, reason_kind::ratelimited, "text/en/ratelimited-microsoft",
 "Microsoft 365/Exchange Online documentation: x13-me/OfficeDocs-Exchange@316f63a69349:Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
 {"recipient thread limit exceeded", "you've reached your daily limit for message recipients", "has exceeded permitted limits within", "the sender's submission quota was exceeded"}},

{phrase_strength::strong, reason_kind::ratelimited, "text/en/ratelimited-yahoo",
 "Yahoo/AOL documentation: https://community.fortinet.com/t5/FortiMail/Troubleshooting-Tip-How-to-resolve-421-4-7-0-TSS05-Messages-from/ta-p/380206; https://smtp.codes/yahoo",
 {"temporarily deferred due to unexpected volume or user complaints", "max message per connection reached, closing transmission channel", "user is receiving mail too quickly"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/en/emailtoolarge-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"your message exceeded google's message size limits", "exceeds google's limit of", "your message exceeded google's message header size limits"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/en/emailtoolarge-zoho",
 "Zoho documentation: https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html (Zoho's own page)",
 {"email size exceeded the policy"}},

{phrase_strength::strong, reason_kind::suspend, "text/en/suspend-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"the email account that you tried to reach is inactive"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/en/hostunknown-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"we weren't able to find the recipient domain"}},

{phrase_strength::strong, reason_kind::rejected, "text/en/rejected-ironport",
 "Cisco Secure Email (IronPort) documentation: https://manualsbrain.com/pt/manuals/1649565/?page=156 (copy of Cisco AsyncOS 7.5 guide)",
 {"rejected by bounce verification"}},

{phrase_strength::strong, reason_kind::rejected, "text/en/rejected-yandex",
 "Yandex documentation: https://yandex.com/support/domain/troubleshooting/mail-send.html (Yandex's own help)",
 {"callout verification failed", "rcpt-to no mailbox"}},

{phrase_strength::strong, reason_kind::norelaying, "text/en/norelaying-zoho",
 "Zoho documentation: https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html (Zoho's own page)",
 {"relaying disallowed as"}},

{phrase_strength::strong, reason_kind::notaccept, "text/en/notaccept-microsoft",
 "Microsoft 365/Exchange Online documentation: x13-me/OfficeDocs-Exchange@316f63a69349:Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
 {"does not accept email over ipv6"}},

{phrase_strength::strong, reason_kind::authfailure, "text/en/authfailure-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"because spf authentication didn't pass for this message",
  // "This email has been blocked because ..." in the documentation; "This mail has been ..."
  // in replies relayed.
  "because the sender is unauthenticated"}},

{phrase_strength::strong, reason_kind::authfailure, "text/en/authfailure-ironport",
 "Cisco Secure Email (IronPort) documentation: https://manualsbrain.com/it/manuals/1649627/?page=293 (copy of Cisco AsyncOS 7.1 Advanced Configuration Guide)",
 {"spf unauthorized mail is prohibited"}},

{phrase_strength::strong, reason_kind::authfailure, "text/en/authfailure-microsoft",
 "Microsoft 365/Exchange Online documentation: x13-me/OfficeDocs-Exchange@316f63a69349:Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
 {"does not pass dmarc verification"}},

{phrase_strength::strong, reason_kind::authfailure, "text/en/authfailure-outlook",
 "Outlook.com documentation: Outlook.com postmaster troubleshooting page",
 {"command rejected due to sender id validation failure"}},

{phrase_strength::strong, reason_kind::requireptr, "text/en/requireptr-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"does not meet ipv6 sending guidelines regarding ptr"}},

{phrase_strength::strong, reason_kind::securityerror, "text/en/securityerror-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"too many login attempts", "too many unauthenticated commands", "please log in through your web browser and then try again", "username and password not accepted", "application-specific password required"}},

{phrase_strength::strong, reason_kind::securityerror, "text/en/securityerror-microsoft",
 "Microsoft 365/Exchange Online documentation: x13-me/OfficeDocs-Exchange@316f63a69349:Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
 {"client was not authenticated to send anonymous mail during mail from"}},

{phrase_strength::strong, reason_kind::securityerror, "text/en/securityerror-netease",
 "NetEase 163/126 documentation: https://biecuoliao.com/pa/MBRrwEM.html (repost of NetEase 163 postmaster bounce-code list)",
 {"too much fail authentication"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/en/spamdetected-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"due to the nature of the content or the links within"}},

{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"email message is malformed. not accepted"}},

{phrase_strength::strong, reason_kind::contenterror, "text/en/contenterror-microsoft",
 "Microsoft 365/Exchange Online documentation: x13-me/OfficeDocs-Exchange@316f63a69349:Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
 {"x-dg-ref header is too long"}},

{phrase_strength::strong, reason_kind::notcompliantrfc, "text/en/notcompliantrfc-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"header that exceeds google's message header size limits", "messages missing a valid message-id: header are not accepted", "messages missing a valid address in the from: header", "contains a unicode character in a disallowed header", "encoded-word syntax is not permitted in message header"}},

{phrase_strength::strong, reason_kind::policyviolation, "text/en/policyviolation-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"has a policy that prohibits the email that you sent"}},

{phrase_strength::strong, reason_kind::filtered, "text/en/filtered-microsoft",
 "Microsoft 365/Exchange Online documentation: x13-me/OfficeDocs-Exchange@316f63a69349:Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
 {"sender not in allowed-senders list", "sender was not authenticated by organization",
  "sender not authenticated for group", "sender was not authenticated for mailbox",
  "sender was not authenticated for public folder"}},

{phrase_strength::strong, reason_kind::blocked, "text/en/blocked-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"ip not in whitelist for rcpt domain", "is not authorized to send email directly to our servers"}},

{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-mimecast",
 "Mimecast documentation: https://electronicaportatil.com/smtp-error-codes/ (copy of Mimecast SMTP Error Codes KB, community.mimecast.com DOC-1369)",
 {"unable to process connection at this time"}},

{phrase_strength::strong, reason_kind::systemerror, "text/en/systemerror-yahoo",
 "Yahoo/AOL documentation: https://senders.yahooinc.com/smtp-error-codes/; https://smtp.codes/yahoo",
 {"resources temporarily unavailable"}},

{phrase_strength::strong, reason_kind::syntaxerror, "text/en/syntaxerror-google",
 "Google/Gmail documentation: https://support.google.com/a/answer/3726730",
 {"multiple destination domains per transaction is unsupported", "is not a valid rfc 5321 address", "empty helo/ehlo argument not allowed"}},

// A mail loop is the route's failure, a network error: Postfix smtp_addr.c ("mail for %s loops
// back to myself"), OpenSMTPD mta.c and Postal client.rb ("Loop detected"), Exim deliver.c
// ("suspected mail loop"), Courier ("Mail loop - already have my Delivered-To: header"), maddy
// ("possible forwarding loop"). An MX that points back at the sending host is the same loop:
// Exim src/src/routers/rf_self_action.c ("lowest numbered MX record points to local host", the
// router option `self = fail`), Sendmail sendmail/deliver.c ("MX list for %s points back to
// %s", which its "Local configuration error" line follows). After the MTAs' own sets
// (Stalwart's "possible loop detected"), before the weak system-error set that names loops too.
{phrase_strength::strong, reason_kind::networkerror, "text/en/mail-loop",
 "Postfix src/smtp/smtp_addr.c; OpenSMTPD usr.sbin/smtpd/mta.c; Postal app/lib/smtp_server/client.rb; "
 "Exim src/src/deliver.c, src/src/routers/rf_self_action.c; Sendmail sendmail/deliver.c; Courier; "
 "maddy internal/endpoint/smtp/session.go (../shared/reference/mta-messages.tsv; corpus/lhost/transport)",
 {"loops back to myself", "mail loops back to me", "loop detected", "suspected mail loop", "possible mail loop",
  "possible forwarding loop", "mail loop - already have my delivered-to",
  "lowest numbered mx record points to local host", "mx list for * points back to"}},

// ---------------------------------------------------------------------------------------------
// Other bounce parsers' tables. PHP-Bounce-Handler's phrases and the RFC 1893 codes it gives
// them (docs/credits.md), the phrases no set above had, where the code names one cause (X.1.1,
// X.2.2, X.2.1 ...). Its generic phrases ("not available", "delivery failed", "try later") are
// left out: they name no cause. Strong, after every set above: they decide only where nothing
// else did.
{phrase_strength::strong, reason_kind::userunknown, "text/en/user-unknown",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 5.1.1",
 {"address is unknown", "address_not_found", "invalid or unknown virtual user", "no mailbox here",
  "no such mail drop defined", "server doesn't handle mail for that user",
  "was not found in ldap server", "unable to find alias user"}},

{phrase_strength::strong, reason_kind::mailboxfull, "text/en/mailbox-full",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 4.2.2",
 {"quota violation", "exhausted allowed storage space"}},

// qmail-remote's own texts too: "Sorry, I couldn't find any host named %s. (#5.1.2)" and
// "Sorry, I couldn't find any host by that name. (#4.1.2)" (notqmail qmail-remote.c).
{phrase_strength::strong, reason_kind::hostunknown, "text/en/host-unknown",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 5.4.4; notqmail qmail-remote.c",
 {"couldn't find any host named", "couldn't find any host by that name"}},

{phrase_strength::strong, reason_kind::authfailure, "text/en/auth-failure",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 5.7.1 (DomainKeys, RFC 4870)",
 {"does not pass domainkeys"}},

{phrase_strength::strong, reason_kind::contenterror, "text/en/attachment",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 5.6.2 (an attachment refused: contenterror since Sisimai 5.6)",
 {"password protected file attachment"}},

{phrase_strength::strong, reason_kind::blocked, "text/en/blocked",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 5.7.1",
 {"not allowed access from your location"}},

{phrase_strength::strong, reason_kind::userunknown, "text/de/user-unknown",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 5.2.1 (German)",
 {"adressat unbekannt"}},

{phrase_strength::strong, reason_kind::mailboxfull, "text/de/mailbox-full",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 4.2.2 (German)",
 {"zuviele mails auf dem server"}},

{phrase_strength::strong, reason_kind::userunknown, "text/it/user-unknown",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 5.1.1 (Italian)",
 {"destin. sconosciuto", "destinatario errato"}},

{phrase_strength::strong, reason_kind::suspend, "text/it/account-suspended",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 5.2.1 (Italian: blocked for disuse)",
 {"bloccato per inutilizzo"}},

{phrase_strength::strong, reason_kind::suspend, "text/es/account-suspended",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 5.2.1 (Spanish: the user is inactive)",
 {"esta en estado: inactivo"}},

{phrase_strength::strong, reason_kind::userunknown, "text/pl/user-unknown",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 5.1.1 (Polish: no such account)",
 {"nie ma takiego konta"}},

{phrase_strength::strong, reason_kind::suspend, "text/pl/account-suspended",
 "PHP-Bounce-Handler bounce_responses.php (npm bounce-handler 7.3.2 lib/responses.js): 5.2.1 (Polish: blocked by the administrator or inactive)",
 {"konto jest zablokowane administracyjnie lub nieaktywne"}},

// Mail::DeliveryStatus::BounceParser's reason regexes (_std_reason), the literal phrases no set
// had, read with our taxonomy (its user_unknown covers our suspend; docs/credits.md).
{phrase_strength::strong, reason_kind::userunknown, "text/en/user-unknown",
 "Mail::DeliveryStatus::BounceParser 1.543 (Debian libmail-deliverystatus-bounceparser-perl), BounceParser.pm _std_reason: user_unknown",
 {"address not known here", "user mail-box not found", "not an active address at this host",
  "bad_recipient"}},

{phrase_strength::strong, reason_kind::suspend, "text/en/account-suspended",
 "Mail::DeliveryStatus::BounceParser 1.543 (Debian libmail-deliverystatus-bounceparser-perl), BounceParser.pm _std_reason: user_unknown (an account disabled by its administrator: suspend)",
 {"address is administratively disabled"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/en/spam",
 "Mail::DeliveryStatus::BounceParser 1.543 (Debian libmail-deliverystatus-bounceparser-perl), BounceParser.pm _std_reason: spam",
 {"using a mass mailer"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/en/message-too-big",
 "Mail::DeliveryStatus::BounceParser 1.543 (Debian libmail-deliverystatus-bounceparser-perl), BounceParser.pm _std_reason: message_too_large",
 {"message rejected class=size"}},

// Sympa's own bounce reader: the texts it maps to a status code when a notice gives none (Debian
// sympa 6.2.70, Sympa/Spindle/ProcessBounce.pm %equiv; docs/credits.md).
{phrase_strength::strong, reason_kind::userunknown, "text/en/user-unknown",
 "Sympa 6.2.70 Sympa::Spindle::ProcessBounce %equiv: 5.1.1",
 {"receiver not found", "recipient name is not recognized", "not known at this site"}},

{phrase_strength::strong, reason_kind::userunknown, "text/fr/user-unknown",
 "Sympa 6.2.70 Sympa::Spindle::ProcessBounce %equiv: 5.1.1 (French Exchange and Notes texts)",
 {"non recensé dans le carnet d'adresses public", "nom du destinataire n'est pas reconnu"}},

// The same states in any word order: a subject, up to six words of one clause, its state
// (" ** ", text_hits.cpp). Servers put a state after its subject in their own words ("Mailbox
// disabled, not accepting messages": OpenSMTPD's esc.c; "Delivery to mailbox is disabled":
// Cyrus lmtpd; "Account is not active.": hMailServer; "The email account that you tried to
// reach is disabled|inactive|does not exist": Gmail; mta-messages.tsv, provider-replies.tsv),
// so one literal per server misses the next server's order. Weak: tried only where no specific
// code and no literal phrase decided, so every literal above keeps its reading. Subjects are
// the recipient's (mailbox, account, user, recipient): a sender's state is not said this way.
{phrase_strength::weak, reason_kind::suspend, "text/en/suspend-word-order",
 "OpenSMTPD esc.c (X.2.1 \"Mailbox disabled, not accepting messages\"), Cyrus lmtpd "
 "(\"Delivery to mailbox is disabled\"), hMailServer (\"Account is not active.\"), Gmail "
 "(\"The email account that you tried to reach is disabled\"; mta-messages.tsv, "
 "provider-replies.tsv): one state, four word orders",
 {"mailbox ** suspended", "mailbox ** disabled", "mailbox ** deactivated", "mailbox ** inactive",
  "mailbox ** not active", "mailbox ** frozen",
  "account ** suspended", "account ** disabled", "account ** deactivated", "account ** inactive",
  "account ** not active", "account ** terminated",
  "user ** suspended", "user ** deactivated", "user ** inactive", "user ** not active",
  "recipient ** suspended", "recipient ** disabled", "recipient ** deactivated",
  "recipient ** inactive"}},

{phrase_strength::weak, reason_kind::hostunknown, "text/en/host-unknown-word-order",
 "RFC 3463 X.1.2 (\"bad destination system address\"); Postfix (\"Host or domain name not "
 "found. Name service error for name=%s\"), Sendmail (\"Host unknown (Name server: %s: host not "
 "found)\"), Gmail (\"DNS type 'mx' lookup of %s responded with code NXDOMAIN Domain name not "
 "found\"; mta-messages.tsv, provider-replies.tsv): one state, four word orders",
 {"domain ** not exist", "domain ** not found", "domain ** unknown", "host ** not found",
  "host ** unknown"}},

{phrase_strength::weak, reason_kind::userunknown, "text/en/user-unknown-word-order",
 "RFC 5321 section 4.2.2 (550 \"mailbox unavailable (e.g., mailbox not found)\"); Postfix "
 "(\"User unknown in virtual mailbox table\"), Courier (\"User <%s> unknown\"), Gmail "
 "(\"The email account that you tried to reach does not exist\"), Exchange (\"Recipient not "
 "found by SMTP address lookup\"; mta-messages.tsv, provider-replies.tsv): one state, four word "
 "orders",
 {"mailbox ** not exist", "mailbox ** not found", "mailbox ** unknown",
  "account ** not exist", "account ** not found",
  "user ** not exist", "user ** not found", "user ** unknown", "user ** not known",
  "recipient ** not exist", "recipient ** not found", "recipient ** unknown"}},

{phrase_strength::weak, reason_kind::mailboxfull, "text/en/mailbox-full-word-order",
 "RFC 3463 X.2.2 (\"mailbox full\"); Exim (\"mailbox is full\"), Dovecot (\"Quota exceeded "
 "(mailbox for user is full)\"), Gmail (\"The recipient's inbox is out of storage space\"), "
 "Stalwart (\"Mailbox over quota.\"; mta-messages.tsv, provider-replies.tsv): one state, four "
 "word orders",
 {"mailbox ** full", "mailbox ** over quota", "mailbox ** its quota", "mailbox ** storage quota",
  "inbox ** full", "inbox ** out of storage"}},

{phrase_strength::weak, reason_kind::norelaying, "text/en/relay-denied-word-order",
 "RFC 5321 section 3.6.2 (a relay refused); Postfix (\"Relay access denied\"), qmail "
 "(\"sorry, that domain isn't in my list of allowed rcpthosts\"), Apple iCloud (\"Relay not "
 "permitted\"; mta-messages.tsv, provider-replies.tsv): one refusal, three word orders",
 {"relaying ** not allowed", "relaying ** not permitted", "relaying ** denied",
  "relaying ** prohibited", "relay ** not allowed", "relay ** not permitted", "relay ** denied"}},

{phrase_strength::weak, reason_kind::emailtoolarge, "text/en/message-too-big-word-order",
 "RFC 1870 (SIZE) and RFC 3463 X.3.4 (\"message too big for system\"); Postfix (\"message "
 "file too big\"), Exim (\"message too big\"), Gmail (\"Your message exceeded Google's message "
 "size limits\"; mta-messages.tsv, provider-replies.tsv): one limit, three word orders",
 {"message ** too big", "message ** too large", "message ** maximum size",
  "message ** size limits"}},

{phrase_strength::weak, reason_kind::authfailure, "text/en/auth-failure-word-order",
 "RFC 7208 section 8.4 (SPF \"fail\"), RFC 6376 section 6.1 (DKIM verification), RFC 7489 "
 "section 6.6.2 (DMARC); Microsoft 5.7.509 (\"does not pass DMARC verification\"), Google "
 "(\"The SPF record of the sending domain has one or more suspicious entries\"; "
 "provider-replies.tsv), the Sisimai set's \"failed the spf\", \"message failed dmarc\": one "
 "check, three word orders",
 {"failed dkim", "failed spf", "dkim ** failed", "dkim ** fail", "failed ** dkim", "spf ** failed", "failed ** spf",
  "dmarc ** failed", "failed ** dmarc", "not pass ** dmarc", "not pass ** spf",
  "not pass ** dkim"}},

{phrase_strength::weak, reason_kind::blocked, "text/en/blocklist-word-order",
 "RFC 5782 (DNS block lists); Postfix (\"Service unavailable; Client host [%s] blocked using "
 "%s\"), Spamhaus-listing replies of Apple iCloud and Barracuda (\"blocked using "
 "b.barracudacentral.org\"; mta-messages.tsv, provider-replies.tsv): one listing, three word "
 "orders",
 {"ip ** listed", "ip ** blacklisted", "ip ** blocklisted", "ip ** blocked"}},

// ---------------------------------------------------------------------------------------------
// Language: ja.
// Japanese carriers and ISPs (docomo, au/EZweb, SoftBank, BIGLOBE, OCN, m-FILTER ...), after the
// mime layer has decoded ISO-2022-JP / Shift_JIS / EUC-JP to UTF-8.
{phrase_strength::strong, reason_kind::mailboxfull, "text/ja/mailbox-full",
 "design note reasons.md, non-English diagnostics (Japanese list)",
 {"メールボックスが一杯", "メールボックスがいっぱい", "メールボックスが満杯", "メールボックスの容量",
  "メールボックス容量", "容量オーバー", "容量超過", "容量の上限", "容量制限を超え", "容量を超え",
  "容量が不足", "受信容量", "保存容量を超え", "ディスク容量を超え", "メールボックスがフル",
  "容量が一杯", "容量がいっぱい"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/ja/message-too-big",
 "design note reasons.md, non-English diagnostics (Japanese list)",
 {"メールサイズが大きすぎ", "メッセージサイズが大きすぎ", "サイズが大きすぎ", "サイズ制限を超え",
  "サイズの上限を超え", "最大サイズを超え", "メールサイズが制限", "メッセージサイズが制限",
  "サイズオーバー"}},

{phrase_strength::strong, reason_kind::suspend, "text/ja/account-suspended",
 "design note reasons.md, non-English diagnostics (Japanese list)",
 {"アカウントが停止", "アカウントは停止", "アカウントが無効", "アカウントは無効", "利用停止中",
  "利用が停止", "一時停止中", "サービス停止中のアカウント", "休止中"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/ja/host-unknown",
 "design note reasons.md, non-English diagnostics (Japanese list)",
 {"ドメインが存在しません", "ドメインは存在しません", "ドメインが見つかりません", "ドメイン名が見つかりません",
  "宛先ドメインが存在しません", "ホストが見つかりません", "ホストが存在しません", "存在しないドメイン"}},

{phrase_strength::strong, reason_kind::userunknown, "text/ja/user-unknown",
 "design note reasons.md, non-English diagnostics (Japanese list)",
 {"ユーザが存在しません", "ユーザーが存在しません", "ユーザは存在しません", "ユーザーは存在しません",
  "ユーザが見つかりません", "ユーザーが見つかりません", "ユーザ不明", "ユーザー不明", "宛先不明",
  "宛先が見つかりません", "宛先のメールアドレスが見つかりません", "送信先のメールアドレスが見つかりません",
  "送信先メールアドレスが見つかりません", "メールアドレスが存在しません", "メールアドレスは存在しません",
  "アドレスが存在しません", "存在しないメールアドレス", "存在しないユーザ", "存在しないアドレス",
  "アカウントが存在しません", "アカウントは存在しません", "受信者が存在しません", "該当するユーザ",
  "該当ユーザなし", "そのようなユーザ", "宛先アドレスが無効", "無効な宛先", "不明な宛先"}},

{phrase_strength::strong, reason_kind::expired, "text/ja/expired",
 "design note reasons.md, non-English diagnostics (Japanese list)",
 {"配送期限", "配信期限", "送信期限", "一定時間内に配送できません", "一定期間内に配送できません",
  "再送信を試みましたが", "再送を試みましたが", "配送を中止"}},

{phrase_strength::strong, reason_kind::norelaying, "text/ja/relay-denied",
 "design note reasons.md, non-English diagnostics (Japanese list)",
 {"中継は許可されていません", "中継を拒否", "中継拒否", "リレーは許可されていません", "リレー拒否"}},

{phrase_strength::strong, reason_kind::virusdetected, "text/ja/virus",
 "design note reasons.md, non-English diagnostics (Japanese list)",
 {"ウイルスが検出", "ウィルスが検出", "ウイルスを検出", "ウィルスを検出", "ウイルス感染", "ウィルス感染"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/ja/spam",
 "design note reasons.md, non-English diagnostics (Japanese list)",
 {"迷惑メールと判定", "迷惑メールと判断", "スパムと判定", "スパムと判断", "迷惑メールとして"}},

{phrase_strength::weak, reason_kind::filtered, "text/ja/filtered",
 "design note reasons.md, non-English diagnostics (Japanese list)",
 {"受信拒否", "受信を拒否", "指定受信", "ドメイン指定", "拒否設定", "受け取りを拒否"}},

{phrase_strength::weak, reason_kind::systemerror, "text/ja/system-error",
 "design note reasons.md, non-English diagnostics (Japanese list)",
 {"システムエラー", "サーバーエラー", "サーバエラー", "内部エラー", "一時的なエラー"}},

// ---------------------------------------------------------------------------------------------
// Language: de.
{phrase_strength::strong, reason_kind::mailboxfull, "text/de/mailbox-full",
 "design note reasons.md, non-English diagnostics (German list)",
 {"postfach voll", "postfach ist voll", "postfach des empfängers ist voll", "mailbox ist voll",
  "mailbox voll", "postfach ist überfüllt", "postfach überfüllt", "postfach ist übervoll",
  "speicherplatz überschritten", "speicherplatz ist erschöpft", "speicherkontingent",
  "kontingent überschritten", "quota überschritten", "quota ist überschritten", "maximale postfachgröße",
  "postfachgröße überschritten", "postfachgrösse überschritten", "nicht genügend speicherplatz",
  "speicherplatz des postfachs"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/de/message-too-big",
 "design note reasons.md, non-English diagnostics (German list)",
 {"nachricht ist zu groß", "nachricht zu groß", "e-mail ist zu groß", "mail ist zu groß",
  "nachricht ist zu gross", "nachricht zu gross", "maximale nachrichtengröße", "nachrichtengröße überschreitet",
  "maximale größe der nachricht", "größenbeschränkung"}},

{phrase_strength::strong, reason_kind::suspend, "text/de/account-suspended",
 "design note reasons.md, non-English diagnostics (German list)",
 {"konto deaktiviert", "konto ist deaktiviert", "konto wurde deaktiviert", "postfach deaktiviert",
  "postfach ist deaktiviert", "postfach wurde deaktiviert", "konto gesperrt", "konto ist gesperrt",
  "konto wurde gesperrt", "postfach gesperrt", "postfach ist gesperrt", "konto ist inaktiv",
  "postfach ist inaktiv", "nicht mehr aktiv"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/de/host-unknown",
 "design note reasons.md, non-English diagnostics (German list)",
 {"domain existiert nicht", "domäne existiert nicht", "unbekannte domain", "unbekannte domäne",
  "domain nicht gefunden", "domäne nicht gefunden", "host nicht gefunden", "unbekannter host",
  "zieldomain existiert nicht"}},

{phrase_strength::strong, reason_kind::userunknown, "text/de/user-unknown",
 "design note reasons.md, non-English diagnostics (German list)",
 {"benutzer unbekannt", "unbekannter benutzer", "nutzer unbekannt", "unbekannter nutzer",
  "empfänger unbekannt", "unbekannter empfänger", "empfänger nicht gefunden", "empfänger existiert nicht",
  "empfängeradresse existiert nicht", "empfängeradresse unbekannt", "ungültiger empfänger",
  "ungültige empfängeradresse", "benutzer existiert nicht", "benutzer nicht gefunden",
  "postfach existiert nicht", "postfach nicht gefunden", "postfach nicht vorhanden", "kein postfach",
  "adresse existiert nicht", "adresse unbekannt", "unbekannte adresse", "kein solcher benutzer",
  "konto existiert nicht", "e-mail-adresse existiert nicht", "e-mail-adresse wurde nicht gefunden",
  "der empfänger ist unbekannt", "gibt es auf diesem server nicht"}},

{phrase_strength::strong, reason_kind::expired, "text/de/expired",
 "design note reasons.md, non-English diagnostics (German list)",
 {"zeitüberschreitung", "zustellung wird nicht weiter versucht", "konnte nicht innerhalb",
  "nicht innerhalb von", "maximale zustellzeit", "zustellversuche aufgegeben", "wartezeit überschritten"}},

{phrase_strength::strong, reason_kind::norelaying, "text/de/relay-denied",
 "design note reasons.md, non-English diagnostics (German list)",
 {"relaying nicht erlaubt", "relay nicht erlaubt", "weiterleitung nicht erlaubt", "relaying verweigert",
  "relaying abgelehnt"}},

{phrase_strength::strong, reason_kind::blocked, "text/de/blocklist",
 "design note reasons.md, non-English diagnostics (German list)",
 {"sperrliste", "schwarze liste", "schwarzen liste"}},

{phrase_strength::strong, reason_kind::virusdetected, "text/de/virus",
 "design note reasons.md, non-English diagnostics (German list)",
 {"virus gefunden", "virus erkannt", "enthält einen virus", "enthielt einen virus", "schadsoftware",
  "schadcode"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/de/spam",
 "design note reasons.md, non-English diagnostics (German list)",
 {"als spam erkannt", "als spam eingestuft", "als spam klassifiziert", "spamverdacht",
  "unerwünschte werbung", "als unerwünscht eingestuft"}},

{phrase_strength::weak, reason_kind::filtered, "text/de/filtered",
 "design note reasons.md, non-English diagnostics (German list)",
 {"vom empfänger abgelehnt", "empfänger hat die annahme", "annahme verweigert", "annahme abgelehnt"}},

{phrase_strength::weak, reason_kind::systemerror, "text/de/system-error",
 "design note reasons.md, non-English diagnostics (German list)",
 {"interner fehler", "systemfehler", "vorübergehender fehler", "serverfehler"}},

// The same states with a few words between subject and state (the English word-order sets'
// reading, weak): the list's own phrases show each state in several orders.
{phrase_strength::weak, reason_kind::mailboxfull, "text/de/mailbox-full-word-order",
 "design note reasons.md, non-English diagnostics (German list): its phrases in several word orders",
 {"postfach ** voll", "postfach ** überfüllt", "mailbox ** voll"}},

{phrase_strength::weak, reason_kind::userunknown, "text/de/user-unknown-word-order",
 "design note reasons.md, non-English diagnostics (German list): its phrases in several word orders",
 {"benutzer ** unbekannt", "empfänger ** unbekannt", "empfänger ** nicht gefunden", "benutzer ** nicht gefunden", "benutzer ** existiert nicht", "postfach ** nicht gefunden", "postfach ** existiert nicht"}},

{phrase_strength::weak, reason_kind::suspend, "text/de/account-suspended-word-order",
 "design note reasons.md, non-English diagnostics (German list): its phrases in several word orders",
 {"konto ** deaktiviert", "konto ** gesperrt", "postfach ** deaktiviert", "postfach ** gesperrt"}},

// ---------------------------------------------------------------------------------------------
// Language: fr.
{phrase_strength::strong, reason_kind::mailboxfull, "text/fr/mailbox-full",
 "design note reasons.md, non-English diagnostics (French list)",
 {"boîte aux lettres pleine", "boite aux lettres pleine", "boîte aux lettres est pleine",
  "boite aux lettres est pleine", "boîte aux lettres du destinataire est pleine",
  "boite aux lettres du destinataire est pleine", "boîte de réception est pleine",
  "boîte de réception pleine", "boîte pleine", "boite pleine", "boîte est pleine", "boite est pleine",
  "messagerie est pleine", "du destinataire est pleine", "boîte aux lettres saturée", "boite aux lettres saturee", "bal pleine",
  "quota dépassé", "quota depasse", "quota atteint", "dépassement de quota", "quota de stockage",
  "espace de stockage insuffisant", "espace disque insuffisant dans la boîte",
  "boite du destinataire pleine", "boîte du destinataire pleine"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/fr/message-too-big",
 "design note reasons.md, non-English diagnostics (French list)",
 {"message trop volumineux", "message est trop volumineux", "message trop gros",
  "taille du message dépasse", "taille du message depasse", "taille maximale autorisée",
  "dépasse la taille maximale", "depasse la taille maximale",
  "taille limite du message atteinte"}},

{phrase_strength::strong, reason_kind::suspend, "text/fr/account-suspended",
 "design note reasons.md, non-English diagnostics (French list)",
 {"compte désactivé", "compte desactive", "compte suspendu", "compte inactif", "compte bloqué",
  "compte bloque", "boîte aux lettres désactivée", "boite aux lettres desactivee",
  "boîte aux lettres archivée", "boîte aux lettres suspendue"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/fr/host-unknown",
 "design note reasons.md, non-English diagnostics (French list)",
 {"domaine inconnu", "domaine introuvable", "domaine n'existe pas", "domaine inexistant",
  "hôte inconnu", "hote inconnu", "hôte introuvable"}},

{phrase_strength::strong, reason_kind::userunknown, "text/fr/user-unknown",
 "design note reasons.md, non-English diagnostics (French list)",
 {"utilisateur inconnu", "destinataire inconnu", "adresse inconnue", "adresse introuvable",
  "destinataire introuvable", "utilisateur introuvable", "boîte aux lettres introuvable",
  "boite aux lettres introuvable", "boîte aux lettres inexistante", "boite aux lettres inexistante",
  "adresse n'existe pas", "utilisateur n'existe pas", "destinataire n'existe pas", "compte n'existe pas",
  "boîte aux lettres n'existe pas", "adresse électronique inexistante", "adresse inexistante",
  "destinataire inexistant", "utilisateur inexistant", "compte inexistant", "adresse invalide",
  "destinataire invalide", "adresse e-mail invalide", "aucun utilisateur"}},

{phrase_strength::strong, reason_kind::expired, "text/fr/expired",
 "design note reasons.md, non-English diagnostics (French list)",
 {"délai de remise expiré", "delai de remise expire", "délai expiré", "délai d'attente dépassé",
  "n'a pas pu être remis dans", "nombre maximal de tentatives"}},

{phrase_strength::strong, reason_kind::norelaying, "text/fr/relay-denied",
 "design note reasons.md, non-English diagnostics (French list)",
 {"relais refusé", "relais refuse", "relais non autorisé", "relais interdit", "relayage refusé",
  "relayage non autorisé"}},

{phrase_strength::strong, reason_kind::virusdetected, "text/fr/virus",
 "design note reasons.md, non-English diagnostics (French list)",
 {"contient un virus", "virus détecté", "virus detecte", "logiciel malveillant"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/fr/spam",
 "design note reasons.md, non-English diagnostics (French list)",
 {"considéré comme spam", "considere comme spam", "identifié comme spam", "détecté comme spam",
  "courrier indésirable", "pourriel"}},

{phrase_strength::strong, reason_kind::rejected, "text/fr/sender-rejected",
 "design note reasons.md, non-English diagnostics (French list)",
 {"emetteur invalide", "émetteur invalide",
  "Émetteur invalide"}},

{phrase_strength::strong, reason_kind::ratelimited, "text/fr/too-many-connections",
 "design note reasons.md, non-English diagnostics (French list)",
 {"trop de connexions"}},

{phrase_strength::weak, reason_kind::filtered, "text/fr/filtered",
 "design note reasons.md, non-English diagnostics (French list)",
 {"refusé par le destinataire", "rejeté par le destinataire", "refuse par le destinataire"}},

{phrase_strength::weak, reason_kind::systemerror, "text/fr/system-error",
 "design note reasons.md, non-English diagnostics (French list)",
 {"erreur interne", "erreur système", "erreur systeme", "erreur du serveur"}},

// The same states with a few words between subject and state (the English word-order sets'
// reading, weak): the list's own phrases show each state in several orders.
{phrase_strength::weak, reason_kind::mailboxfull, "text/fr/mailbox-full-word-order",
 "design note reasons.md, non-English diagnostics (French list): its phrases in several word orders",
 {"boîte ** pleine", "boite ** pleine", "messagerie ** pleine"}},

{phrase_strength::weak, reason_kind::userunknown, "text/fr/user-unknown-word-order",
 "design note reasons.md, non-English diagnostics (French list): its phrases in several word orders",
 {"utilisateur ** inconnu", "destinataire ** inconnu", "utilisateur ** n'existe pas", "destinataire ** n'existe pas", "compte ** n'existe pas"}},

{phrase_strength::weak, reason_kind::suspend, "text/fr/account-suspended-word-order",
 "design note reasons.md, non-English diagnostics (French list): its phrases in several word orders",
 {"compte ** désactivé", "compte ** suspendu", "compte ** bloqué", "boîte aux lettres ** désactivée"}},

// ---------------------------------------------------------------------------------------------
// Language: es.
{phrase_strength::strong, reason_kind::mailboxfull, "text/es/mailbox-full",
 "design note reasons.md, non-English diagnostics (Spanish list)",
 {"buzón lleno", "buzon lleno", "buzón está lleno", "buzon esta lleno", "buzón del destinatario está lleno", "del destinatario está lleno",
  "bandeja de entrada está llena", "bandeja de entrada llena", "casilla llena", "casilla de correo llena",
  "cuota excedida", "excede la cuota", "superado la cuota", "excedido la cuota", "cuota de almacenamiento"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/es/message-too-big",
 "design note reasons.md, non-English diagnostics (Spanish list)",
 {"mensaje demasiado grande", "mensaje es demasiado grande", "tamaño del mensaje excede",
  "excede el tamaño máximo", "supera el tamaño máximo"}},

{phrase_strength::strong, reason_kind::suspend, "text/es/account-suspended",
 "design note reasons.md, non-English diagnostics (Spanish list)",
 {"cuenta desactivada", "cuenta suspendida", "cuenta deshabilitada", "cuenta inactiva",
  "buzón desactivado", "buzón deshabilitado", "cuenta bloqueada"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/es/host-unknown",
 "design note reasons.md, non-English diagnostics (Spanish list)",
 {"dominio desconocido", "dominio no existe", "dominio inexistente", "host desconocido"}},

{phrase_strength::strong, reason_kind::userunknown, "text/es/user-unknown",
 "design note reasons.md, non-English diagnostics (Spanish list)",
 {"destinatario desconocido", "usuario desconocido", "usuario no existe", "no existe el usuario",
  "dirección desconocida", "direccion desconocida", "cuenta no existe", "buzón no existe",
  "buzon no existe", "buzón inexistente", "destinatario no existe", "dirección no existe",
  "direccion no existe", "destinatario no encontrado", "usuario no encontrado", "destinatario no válido",
  "dirección no válida", "usuario inexistente", "destinatario inexistente",
  "no existe dicha persona", "no existe ese usuario"}},

{phrase_strength::strong, reason_kind::expired, "text/es/expired",
 "design note reasons.md, non-English diagnostics (Spanish list)",
 {"tiempo de espera agotado", "plazo de entrega", "no pudo ser entregado en", "no se pudo entregar en"}},

{phrase_strength::strong, reason_kind::norelaying, "text/es/relay-denied",
 "design note reasons.md, non-English diagnostics (Spanish list)",
 {"relay no permitido", "retransmisión denegada", "reenvío no permitido", "relé no permitido"}},

{phrase_strength::strong, reason_kind::virusdetected, "text/es/virus",
 "design note reasons.md, non-English diagnostics (Spanish list)",
 {"contiene un virus", "virus detectado"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/es/spam",
 "design note reasons.md, non-English diagnostics (Spanish list)",
 {"considerado spam", "considerado como spam", "detectado como spam", "correo no deseado"}},

// The same states with a few words between subject and state (the English word-order sets'
// reading, weak): the list's own phrases show each state in several orders.
{phrase_strength::weak, reason_kind::mailboxfull, "text/es/mailbox-full-word-order",
 "design note reasons.md, non-English diagnostics (Spanish list): its phrases in several word orders",
 {"buzón ** lleno", "buzon ** lleno", "casilla ** llena", "bandeja de entrada ** llena"}},

{phrase_strength::weak, reason_kind::userunknown, "text/es/user-unknown-word-order",
 "design note reasons.md, non-English diagnostics (Spanish list): its phrases in several word orders",
 {"usuario ** desconocido", "destinatario ** desconocido", "usuario ** no existe", "buzón ** no existe", "cuenta ** no existe"}},

{phrase_strength::weak, reason_kind::suspend, "text/es/account-suspended-word-order",
 "design note reasons.md, non-English diagnostics (Spanish list): its phrases in several word orders",
 {"cuenta ** desactivada", "cuenta ** suspendida", "cuenta ** deshabilitada", "cuenta ** inactiva", "cuenta ** bloqueada"}},

// ---------------------------------------------------------------------------------------------
// Language: pt.
{phrase_strength::strong, reason_kind::mailboxfull, "text/pt/mailbox-full",
 "design note reasons.md, non-English diagnostics (Portuguese list)",
 {"caixa postal cheia", "caixa postal está cheia", "caixa de correio cheia", "caixa de correio está cheia",
  "caixa de entrada cheia", "do destinatário está cheia", "caixa de entrada está cheia", "caixa postal lotada", "caixa lotada",
  "cota excedida", "quota excedida", "excedeu a cota", "excedeu a quota", "limite de armazenamento"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/pt/message-too-big",
 "design note reasons.md, non-English diagnostics (Portuguese list)",
 {"mensagem muito grande", "mensagem é muito grande", "mensagem demasiado grande",
  "tamanho da mensagem excede", "excede o tamanho máximo"}},

{phrase_strength::strong, reason_kind::suspend, "text/pt/account-suspended",
 "design note reasons.md, non-English diagnostics (Portuguese list)",
 {"conta desativada", "conta suspensa", "conta bloqueada", "conta inativa", "caixa postal desativada"}},

// "dominio inexistente", the Portuguese words written without the accent, is the Spanish set's.
{phrase_strength::strong, reason_kind::hostunknown, "text/pt/host-unknown",
 "design note reasons.md, non-English diagnostics (Portuguese list)",
 {"domínio desconhecido", "domínio não existe", "domínio inexistente"}},

{phrase_strength::strong, reason_kind::userunknown, "text/pt/user-unknown",
 "design note reasons.md, non-English diagnostics (Portuguese list)",
 {"usuário desconhecido", "usuario desconhecido", "utilizador desconhecido", "destinatário desconhecido",
  "usuário não existe", "usuário inexistente", "utilizador inexistente", "conta não existe",
  "endereço desconhecido", "endereço não existe", "endereço inexistente", "destinatário não encontrado",
  "destinatário inexistente", "caixa postal não existe", "caixa postal inexistente",
  "endereço inválido", "usuário não encontrado"}},

{phrase_strength::strong, reason_kind::expired, "text/pt/expired",
 "design note reasons.md, non-English diagnostics (Portuguese list)",
 {"tempo esgotado", "prazo de entrega", "não pôde ser entregue em"}},

{phrase_strength::strong, reason_kind::virusdetected, "text/pt/virus",
 "design note reasons.md, non-English diagnostics (Portuguese list)",
 {"contém vírus", "contém um vírus", "vírus detectado"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/pt/spam",
 "design note reasons.md, non-English diagnostics (Portuguese list)",
 {"considerada spam", "considerada como spam", "identificada como spam", "detectada como spam",
  "lixo eletrônico"}},

// The same states with a few words between subject and state (the English word-order sets'
// reading, weak): the list's own phrases show each state in several orders.
{phrase_strength::weak, reason_kind::mailboxfull, "text/pt/mailbox-full-word-order",
 "design note reasons.md, non-English diagnostics (Portuguese list): its phrases in several word orders",
 {"caixa postal ** cheia", "caixa de correio ** cheia", "caixa de entrada ** cheia"}},

{phrase_strength::weak, reason_kind::userunknown, "text/pt/user-unknown-word-order",
 "design note reasons.md, non-English diagnostics (Portuguese list): its phrases in several word orders",
 {"usuário ** desconhecido", "destinatário ** desconhecido", "usuário ** não existe", "conta ** não existe"}},

{phrase_strength::weak, reason_kind::suspend, "text/pt/account-suspended-word-order",
 "design note reasons.md, non-English diagnostics (Portuguese list): its phrases in several word orders",
 {"conta ** desativada", "conta ** suspensa", "conta ** bloqueada", "conta ** inativa"}},

// ---------------------------------------------------------------------------------------------
// Language: it.
{phrase_strength::strong, reason_kind::mailboxfull, "text/it/mailbox-full",
 "design note reasons.md, non-English diagnostics (Italian list)",
 {"casella piena", "casella di posta piena", "casella postale piena", "casella è piena",
  "casella di posta è piena", "casella del destinatario è piena", "del destinatario è piena", "mailbox piena", "quota superata",
  "superato la quota", "spazio esaurito", "spazio su disco esaurito nella casella"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/it/message-too-big",
 "design note reasons.md, non-English diagnostics (Italian list)",
 {"messaggio troppo grande", "messaggio è troppo grande", "dimensione del messaggio supera",
  "supera la dimensione massima"}},

{phrase_strength::strong, reason_kind::suspend, "text/it/account-suspended",
 "design note reasons.md, non-English diagnostics (Italian list)",
 {"account disattivato", "account sospeso", "account disabilitato", "casella disattivata",
  "casella sospesa", "casella disabilitata"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/it/host-unknown",
 "design note reasons.md, non-English diagnostics (Italian list)",
 {"dominio sconosciuto", "dominio inesistente", "dominio non esiste"}},

{phrase_strength::strong, reason_kind::userunknown, "text/it/user-unknown",
 "design note reasons.md, non-English diagnostics (Italian list)",
 {"utente sconosciuto", "utente inesistente", "utente non esiste", "destinatario sconosciuto",
  "destinatario inesistente", "indirizzo sconosciuto", "indirizzo inesistente", "indirizzo non esiste",
  "casella inesistente", "casella di posta inesistente", "casella non esiste", "utente non trovato",
  "destinatario non trovato", "indirizzo non valido", "account inesistente",
  "nessun utente simile in questo indirizzo"}},

{phrase_strength::strong, reason_kind::expired, "text/it/expired",
 "design note reasons.md, non-English diagnostics (Italian list)",
 {"tempo scaduto", "non è stato possibile consegnare entro"}},

{phrase_strength::strong, reason_kind::virusdetected, "text/it/virus",
 "design note reasons.md, non-English diagnostics (Italian list)",
 {"virus rilevato"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/it/spam",
 "design note reasons.md, non-English diagnostics (Italian list)",
 {"considerato spam", "identificato come spam", "posta indesiderata"}},

// The same states with a few words between subject and state (the English word-order sets'
// reading, weak): the list's own phrases show each state in several orders.
{phrase_strength::weak, reason_kind::mailboxfull, "text/it/mailbox-full-word-order",
 "design note reasons.md, non-English diagnostics (Italian list): its phrases in several word orders",
 {"casella ** piena"}},

{phrase_strength::weak, reason_kind::userunknown, "text/it/user-unknown-word-order",
 "design note reasons.md, non-English diagnostics (Italian list): its phrases in several word orders",
 {"utente ** sconosciuto", "utente ** inesistente", "utente ** non esiste", "destinatario ** sconosciuto", "destinatario ** inesistente"}},

{phrase_strength::weak, reason_kind::suspend, "text/it/account-suspended-word-order",
 "design note reasons.md, non-English diagnostics (Italian list): its phrases in several word orders",
 {"account ** disattivato", "account ** sospeso", "casella ** disattivata", "casella ** sospesa", "casella ** disabilitata"}},

// ---------------------------------------------------------------------------------------------
// Language: ru.
// Cyrillic is not case-folded: sentence-initial forms are listed too.
{phrase_strength::strong, reason_kind::mailboxfull, "text/ru/mailbox-full",
 "design note reasons.md, non-English diagnostics (Russian list)",
 {"ящик переполнен", "Ящик переполнен", "почтовый ящик переполнен", "Почтовый ящик переполнен",
  "ящик получателя переполнен", "ящик заполнен", "Ящик заполнен", "превышена квота", "Превышена квота",
  "квота превышена", "Квота превышена", "превышен размер почтового ящика", "Превышен размер почтового ящика",
  "недостаточно места в почтовом ящике", "Недостаточно места в почтовом ящике"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/ru/message-too-big",
 "design note reasons.md, non-English diagnostics (Russian list)",
 {"письмо слишком большое", "Письмо слишком большое", "сообщение слишком большое",
  "Сообщение слишком большое", "размер письма превышает", "Размер письма превышает",
  "размер сообщения превышает", "Размер сообщения превышает", "превышает максимальный размер"}},

{phrase_strength::strong, reason_kind::suspend, "text/ru/account-suspended",
 "design note reasons.md, non-English diagnostics (Russian list)",
 {"ящик заблокирован", "Ящик заблокирован", "аккаунт заблокирован", "Аккаунт заблокирован",
  "учетная запись заблокирована", "Учетная запись заблокирована", "учётная запись заблокирована",
  "Учётная запись заблокирована", "ящик отключен", "Ящик отключен", "ящик отключён", "Ящик отключён"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/ru/host-unknown",
 "design note reasons.md, non-English diagnostics (Russian list)",
 {"домен не существует", "Домен не существует", "домен не найден", "Домен не найден",
  "неизвестный домен", "Неизвестный домен"}},

{phrase_strength::strong, reason_kind::userunknown, "text/ru/user-unknown",
 "design note reasons.md, non-English diagnostics (Russian list)",
 {"пользователь не найден", "Пользователь не найден", "пользователь не существует",
  "Пользователь не существует", "нет такого пользователя", "Нет такого пользователя",
  "неизвестный пользователь", "Неизвестный пользователь", "получатель не найден", "Получатель не найден",
  "получатель не существует", "Получатель не существует", "неизвестный получатель",
  "Неизвестный получатель", "адресат не найден", "Адресат не найден", "адрес не существует",
  "Адрес не существует", "почтовый ящик не существует", "Почтовый ящик не существует",
  "ящик не существует", "Ящик не существует", "такого ящика нет", "Такого ящика нет",
  "ящик не найден", "Ящик не найден", "учетная запись не существует", "учётная запись не существует",
  "несуществующий адрес", "Несуществующий адрес"}},

{phrase_strength::strong, reason_kind::expired, "text/ru/expired",
 "design note reasons.md, non-English diagnostics (Russian list)",
 {"истек срок", "Истек срок", "истёк срок", "Истёк срок", "время ожидания истекло",
  "Время ожидания истекло"}},

{phrase_strength::strong, reason_kind::norelaying, "text/ru/relay-denied",
 "design note reasons.md, non-English diagnostics (Russian list)",
 {"пересылка запрещена", "Пересылка запрещена", "релей запрещен", "ретрансляция запрещена"}},

{phrase_strength::strong, reason_kind::virusdetected, "text/ru/virus",
 "design note reasons.md, non-English diagnostics (Russian list)",
 {"обнаружен вирус", "Обнаружен вирус", "содержит вирус", "Содержит вирус"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/ru/spam",
 "design note reasons.md, non-English diagnostics (Russian list)",
 {"распознано как спам", "Распознано как спам", "похоже на спам", "Похоже на спам",
  "признано спамом", "Признано спамом", "считается спамом"}},

// ---------------------------------------------------------------------------------------------
// Language: zh.
// Simplified and traditional forms.
{phrase_strength::strong, reason_kind::mailboxfull, "text/zh/mailbox-full",
 "design note reasons.md, non-English diagnostics (Chinese list)",
 {"邮箱已满", "郵箱已滿", "信箱已满", "信箱已滿", "邮箱满", "邮箱空间不足", "郵箱空間不足",
  "信箱空間不足", "邮箱容量已满", "收件箱已满", "容量已满", "容量已滿", "超过配额", "超過配額",
  "超出配额", "超出配額", "空间已满"}},

{phrase_strength::strong, reason_kind::emailtoolarge, "text/zh/message-too-big",
 "design note reasons.md, non-English diagnostics (Chinese list)",
 {"邮件过大", "郵件過大", "邮件太大", "郵件太大", "邮件大小超过", "郵件大小超過", "邮件大小超出",
  "邮件尺寸超过"}},

{phrase_strength::strong, reason_kind::suspend, "text/zh/account-suspended",
 "design note reasons.md, non-English diagnostics (Chinese list)",
 {"帐号已停用", "账号已停用", "帳號已停用", "账户已停用", "帐户已停用", "帳戶已停用", "账号被冻结",
  "帐号被冻结", "帳號被凍結", "账户已冻结", "账号已冻结", "已被禁用", "帐号已被禁用"}},

{phrase_strength::strong, reason_kind::hostunknown, "text/zh/host-unknown",
 "design note reasons.md, non-English diagnostics (Chinese list)",
 {"域名不存在", "網域不存在", "域名無效", "域名无效", "找不到域名", "主机不存在", "主機不存在"}},

{phrase_strength::strong, reason_kind::userunknown, "text/zh/user-unknown",
 "design note reasons.md, non-English diagnostics (Chinese list)",
 {"用户不存在", "用戶不存在", "使用者不存在", "收件人不存在", "收件者不存在", "帐号不存在",
  "帳號不存在", "账号不存在", "账户不存在", "帐户不存在", "帳戶不存在", "邮箱不存在", "郵箱不存在",
  "信箱不存在", "地址不存在", "无此用户", "無此用戶", "未知用户", "未知用戶", "找不到收件人",
  "收件人无效", "收件人無效", "用户名不存在"}},

{phrase_strength::strong, reason_kind::expired, "text/zh/expired",
 "design note reasons.md, non-English diagnostics (Chinese list)",
 {"投递超时", "投遞逾時", "发送超时", "傳送逾時", "超过重试期限"}},

{phrase_strength::strong, reason_kind::norelaying, "text/zh/relay-denied",
 "design note reasons.md, non-English diagnostics (Chinese list)",
 {"不允许转发", "不允許轉發", "拒绝转发", "拒絕轉發", "不允许中继", "拒绝中继"}},

{phrase_strength::strong, reason_kind::virusdetected, "text/zh/virus",
 "design note reasons.md, non-English diagnostics (Chinese list)",
 {"含有病毒", "包含病毒", "发现病毒", "發現病毒", "检测到病毒"}},

{phrase_strength::strong, reason_kind::spamdetected, "text/zh/spam",
 "design note reasons.md, non-English diagnostics (Chinese list)",
 {"垃圾邮件", "垃圾郵件"}},
};
// clang-format on

/// Wording that says the failure may pass (looks_temporary in status_rules.cpp): for a text
/// with no code, it makes the inferred status class 4, and a host-unknown phrase networkerror.
/// A row: {source, {phrase...}}, lower-case like the phrase sets. Only wording whose source says
/// the sender will try again; "try again" alone is not (qmail's "I'm not going to try again",
/// Google's "check the address and try again"), nor Postfix's "Host not found, try again", which
/// its final bounce repeats (the corpus' lhost-postfix-34 is permanent).
struct temporary_wording {
  std::string_view source;
  std::initializer_list<std::string_view> phrases;
};

// clang-format off
inline const temporary_wording temporary_words[] = {
{"RFC 5321 section 4.2.1 (4yz: the command may be tried again) and RFC 3463 section 3.2 "
 "(class 4, \"persistent transient failure\"): the words replies and reports use for it",
 {"temporar", "try again later", "try later", "transient"}},
{"Sendmail source, deepin-community/sendmail@c7e7de44d956: sendmail/deliver.c (\"Deferred: \"), "
 "sendmail/parseaddr.c (\"Transient parse error -- message queued for future delivery\"), "
 "sendmail/savemail.c (\"Warning: could not send message for past %s\"); Postfix: \"deferred\" "
 "is its queue of messages it will retry",
 {"deferred", "queued for future delivery", "could not send message for past"}},
{"Postfix source, vdukhovni/postfix@17830e5c13c1: src/bounce/bounce_template.c (\"Delayed Mail "
 "(still being retried)\")",
 {"still being retried"}},
{"Exim source, Exim/exim@13835a3c1e05: src/src/exim_msgs/warn_message (\"A message that you sent "
 "has not yet been delivered\")",
 {"has not yet been delivered"}},
{"RFC 6647 (greylisting: the sending MTA is expected to retry)",
 {"greylist"}},
};
// clang-format on

}  // namespace bounce::rules
