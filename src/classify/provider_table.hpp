// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The provider tables of stage 3 (docs/reasons.md) as one literal table, in priority order: the
// first provider whose host or marker matches and that has a matching code or phrase decides.
// provider_rules.cpp reads the table; the classify tests read it too.
//
// A row: {name, source, host suffixes (remote MTA, recipient domain or reporting MTA), markers
// (substrings of the normalised diagnostic that name the provider's own hosts or tokens only it
// emits), code prefixes, {code, reason, id}..., {phrase, reason, id}...}. Codes and phrases are
// lower-case. A provider's codes are tried before its phrases. source names the provider's
// published error-code page, or the replies its wording comes from.
#include <initializer_list>
#include <string_view>

#include "bounce/record.hpp"
#include "classify/rules.hpp"

namespace bounce::rules {

/// A provider's wording: matched as a substring of the normalised diagnostic.
struct provider_phrase {
  std::string_view phrase;  ///< lower-case
  reason_kind reason;
  std::string_view id;
  inferred_status inferred = {};  ///< the row's own inferred status (rules.hpp)
};

/// A provider's error code: the token after one of the provider's code prefixes, read up to
/// the next character that is not a letter or digit, after the last '_', '-' or '#' inside
/// the token ("ofr006_102" -> "102", "aup#in-1310" -> "1310", "aup#cxbl" -> "cxbl").
struct provider_code {
  std::string_view code;  ///< lower-case
  reason_kind reason;
  std::string_view id;
  inferred_status inferred = {};  ///< the row's own inferred status (rules.hpp)
};

struct provider {
  std::string_view name;
  std::string_view source;  ///< the provider's error-code page, or where its wording was seen
  std::initializer_list<std::string_view> hosts;    ///< suffixes of remote MTA / recipient domain
  std::initializer_list<std::string_view> markers;  ///< substrings of the diagnostic naming it
  std::initializer_list<std::string_view> code_prefixes;
  std::initializer_list<provider_code> codes;
  std::initializer_list<provider_phrase> phrases;
};

// The rows keep their hand layout.
// clang-format off
inline const provider providers[] = {
// Google (Gmail, Google Workspace): support.google.com/a/answer/3726730 wording.
{"google",
 "support.google.com/a/answer/3726730",
 {"google.com", "googlemail.com", "gmail.com", "googlegroups.com"},
 {"gsmtp", "support.google.com/mail"},
 {},
 {},
 {{"the email account that you tried to reach is disabled", reason_kind::suspend, "account-disabled"},
  {"email server has temporarily rejected this message", reason_kind::systemerror, "temporarily-rejected"},
  {"smtp protocol violation", reason_kind::syntaxerror, "protocol-violation"},
  {"cannot authenticate due to a temporary system problem", reason_kind::securityerror, "auth-temporary"},
  {"try again later, closing connection", reason_kind::systemerror, "try-again-later"},
  // Before the header-size wording below: a Subject: too long is a header out of RFC 5322.
  {"subject: header that exceeds", reason_kind::notcompliantrfc, "subject-header"},
  {"has a non-compliant domain name", reason_kind::notcompliantrfc, "non-compliant-domain"},
  {"there is a malformed", reason_kind::notcompliantrfc, "malformed"},
  {"unusual rate of unsolicited email", reason_kind::blocked, "unusual-rate-unsolicited"},
  {"unusual rate of email", reason_kind::ratelimited, "unusual-rate-email", {7, 0}},
  {"originating from your ip netblock", reason_kind::ratelimited, "unusual-rate-netblock", {7, 0}},
  {"originating from your dkim domain", reason_kind::ratelimited, "unusual-rate-dkim", {7, 0}},
  {"originating from your spf domain", reason_kind::ratelimited, "unusual-rate-spf", {7, 0}},
  {"containing one of your url domains", reason_kind::ratelimited, "unusual-rate-url", {7, 0}},
  {"email sent from your ip address has been temporarily blocked", reason_kind::ratelimited, "ip-temporarily-blocked", {7, 0}},
  {"messages that have the same message-id", reason_kind::ratelimited, "same-message-id", {7, 0}},
  {"receiving email at a rate that", reason_kind::ratelimited, "recipient-rate-email", {7, 0}},
  {"sending limit exceeded", reason_kind::ratelimited, "sending-limit", {7, 0}},
  {"relay limit exceeded", reason_kind::ratelimited, "relay-limit", {7, 0}},
  {"likely unsolicited email", reason_kind::spamdetected, "unsolicited-email"},
  {"due to the nature of the content or the links within", reason_kind::spamdetected, "content-links"},
  {"connection expired, try reconnecting", reason_kind::networkerror, "connection-expired"},
  {"- gcdp", reason_kind::policyviolation, "gcdp"},
  {"the email account that you tried to reach is inactive", reason_kind::suspend, "account-inactive"},
  {"the email account that you tried to reach does not exist", reason_kind::userunknown, "no-such-account"},
  {"because the address couldn't be found", reason_kind::userunknown, "address-not-found"},
  {"the email account that you tried to reach is over quota", reason_kind::mailboxfull, "over-quota"},
  {"inbox is out of storage space", reason_kind::mailboxfull, "out-of-storage"},
  {"receiving mail at a rate that", reason_kind::ratelimited, "recipient-rate", {7, 0}},
  {"receiving mail too quickly", reason_kind::ratelimited, "recipient-too-quickly", {7, 0}},
  {"unusual rate of unsolicited mail", reason_kind::blocked, "unusual-rate"},
  {"very low reputation of the sending", reason_kind::badreputation, "low-reputation"},
  {"likely unsolicited mail", reason_kind::spamdetected, "unsolicited"},
  {"rejected due to spam classification", reason_kind::spamdetected, "group-spam"},
  {"sender is unauthenticated", reason_kind::authfailure, "unauthenticated"},
  {"dmarc policy", reason_kind::authfailure, "dmarc"},
  {"does not have a ptr record", reason_kind::requireptr, "no-ptr"},
  {"ptr record setup", reason_kind::requireptr, "ptr-setup"},
  {"not rfc 5322 compliant", reason_kind::notcompliantrfc, "rfc5322"},
  {"not authorized to send email directly to our servers", reason_kind::blocked, "ip-not-authorized"},
  {"content presents a potential security issue", reason_kind::policyviolation, "security-issue"},
  {"message exceeded the maximum size", reason_kind::emailtoolarge, "size"},
  {"daily user sending quota exceeded", reason_kind::ratelimited, "daily-quota", {7, 0}},
  {"temporary system problem", reason_kind::systemerror, "temporary-problem"},
  // After "receiving mail at a rate that": the tail of the same sentence, for a reply cut short.
  {"that prevents additional messages from being delivered", reason_kind::ratelimited, "prevents-additional", {7, 0}}}},

// Microsoft (Outlook.com / Hotmail and Exchange Online): learn.microsoft.com "Email non-delivery
// reports and SMTP errors in Exchange Online"; postmaster.live.com S-codes.
{"microsoft",
 "learn.microsoft.com: Email non-delivery reports and SMTP errors in Exchange Online (OfficeDocs-Exchange "
 "non-delivery-reports-in-exchange-online.md, fix-error-code-5-7-700-through-5-7-750.md); postmaster.live.com; "
 "Outlook.com postmaster troubleshooting page (RP-, SC-, DY-, OU- codes; ../shared/reference/provider-replies.tsv); "
 "the delisting address its 5.7.511 reply names (ZoneMTA source, zone-mta 3.10.3, config/bounces.txt)",
 {"outlook.com", "hotmail.com", "live.com", "msn.com", "protection.outlook.com",
  "outlook.office365.com", "onmicrosoft.com", "hotmail.co.uk", "hotmail.fr", "live.jp"},
 {"protection.outlook.com", ".prod.outlook.com", "resolver.adr.", "resolver.rst.",
  "postmaster.live.com", "sender.office.com", "delist@messaging.microsoft.com"},
 {},
 {},
 {{"resolver.adr.recipientnotfound", reason_kind::userunknown, "recipient-not-found"},
  {"resolver.adr.exrecipnotfound", reason_kind::userunknown, "ex-recipient-not-found"},
  {"resolver.adr.recipnotfound", reason_kind::userunknown, "recip-not-found"},
  {"resolver.adr.recipientlimit", reason_kind::emailtoolarge, "recipient-limit", {2, 3}},
  {"resolver.rst.notauthorized", reason_kind::filtered, "not-authorized"},
  {"resolver.rst.authrequired", reason_kind::securityerror, "auth-required"},
  {"resolver.rst.recipsizelimit", reason_kind::emailtoolarge, "recipient-size-limit"},
  {"resolver.rst.sendsizelimit", reason_kind::emailtoolarge, "send-size-limit"},
  {"recipient address rejected: access denied", reason_kind::userunknown, "dbeb"},
  {"banned sending ip", reason_kind::blocked, "banned-ip"},
  {"access denied, banned sender", reason_kind::blocked, "banned-sender"},
  {"part of their network is on our block list", reason_kind::blocked, "network-blocklist"},
  {"(s3150)", reason_kind::blocked, "s3150"},
  {"(s3140)", reason_kind::blocked, "s3140"},
  {"temporarily rate limited due to ip reputation", reason_kind::badreputation, "ip-reputation"},
  {"doesn't meet the required authentication level", reason_kind::authfailure, "auth-level"},
  {"does not pass dmarc verification", reason_kind::authfailure, "dmarc"},
  {"requested action not taken: mailbox unavailable", reason_kind::userunknown, "mailbox-unavailable"},
  {"domain is not reachable", reason_kind::hostunknown, "domain-unreachable"},
  {"mismatches client ip", reason_kind::requireptr, "client-ip-mismatch"},
  {"(as3150)", reason_kind::blocked, "as3150"},
  {"submission quota exceeded", reason_kind::ratelimited, "submission-quota", {7, 0}},
  {"x-dg-ref header is too long", reason_kind::contenterror, "x-dg-ref"},
  // Outlook.com's postmaster codes: RP (rate), SC (spam / reputation), DY and OU (blocks).
  {"rp-001", reason_kind::ratelimited, "rp-001"},
  {"rp-002", reason_kind::ratelimited, "rp-002"},
  {"rp-003", reason_kind::ratelimited, "rp-003"},
  {"sc-001", reason_kind::badreputation, "sc-001"},
  {"sc-002", reason_kind::blocked, "sc-002"},
  {"sc-003", reason_kind::blocked, "sc-003"},
  {"sc-004", reason_kind::blocked, "sc-004"},
  {"dy-001", reason_kind::blocked, "dy-001"},
  {"dy-002", reason_kind::blocked, "dy-002"},
  {"ou-001", reason_kind::blocked, "ou-001"},
  {"ou-002", reason_kind::badreputation, "ou-002"}}},

// Yahoo Inc. (Yahoo, AOL, Verizon Media): senders.yahooinc.com/smtp-error-codes.
{"yahooinc",
 "senders.yahooinc.com/smtp-error-codes; smtp-error-codes.info (TS02, 4.16.50); Fortinet KB (TSS05)",
 {"yahoodns.net", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "ymail.com", "rocketmail.com",
  "aol.com", "aim.com", "verizon.net"},
 {"postmaster.verizonmedia.com", "postmaster.yahooinc.com", "senders.yahooinc.com"},
 {"["},
 {{"tss04", reason_kind::badreputation, "tss04"},
  {"tss05", reason_kind::ratelimited, "tss05"},
  {"tss09", reason_kind::blocked, "tss09"},
  {"ts01", reason_kind::badreputation, "ts01"},
  {"ts02", reason_kind::badreputation, "ts02"},
  {"ts03", reason_kind::badreputation, "ts03"}},
 {{"this user doesn't have a", reason_kind::userunknown, "no-such-account"},
  {"temporarily deferred - 4.16.50", reason_kind::badreputation, "4.16.50"},
  {"temporary domain failure", reason_kind::systemerror, "domain-failure"},
  {"[ph", reason_kind::spamdetected, "ph"},
  {"message not accepted for policy reasons", reason_kind::policyviolation, "policy"},
  // AOL's own report when the recipient domain's MX lookup fails for good.
  {"type=mx: malformed or unexpected name server reply", reason_kind::notaccept, "mx-malformed"}}},

// Apple (iCloud): support.apple.com/HT204137.
{"apple",
 "support.apple.com/HT204137; smtp.codes/icloud and note.com/sendmagic (third-party, "
 "../shared/reference/provider-replies.tsv)",
 {"icloud.com", "me.com", "mac.com", "apple.com", "privaterelay.appleid.com"},
 {"support.apple.com/en-us/ht204137"},
 {},
 {},
 {{"due to local policy", reason_kind::policyviolation, "local-policy"},
  {"recipient no longer on server", reason_kind::hasmoved, "no-longer-on-server"},
  {"user is over quota", reason_kind::mailboxfull, "over-quota"},
  {"inactive email address", reason_kind::suspend, "inactive"},
  {"relay access denied", reason_kind::norelaying, "relay-denied"},
  {"not accepting connections", reason_kind::blocked, "not-accepting-connections"},
  {"present in the spamhaus dbl", reason_kind::spamdetected, "spamhaus-dbl"},
  {"message content rejected due to spam", reason_kind::spamdetected, "content-spam"},
  // "deferred due to excessive volume" is read on any host (phrase_table.hpp, text/en/rate-limit).
  // iCloud's reply for an address it does not host.
  {"relay not permitted", reason_kind::userunknown, "relay-not-permitted"},
  {"spamhaus", reason_kind::blocked, "spamhaus"},
  {"dnsbl-lookup", reason_kind::blocked, "dnsbl"},
  {"user not found", reason_kind::userunknown, "user-not-found"},
  {"unknown or illegal alias", reason_kind::userunknown, "illegal-alias"}}},

// Cox: cox.com/residential/support/email-error-codes ("AUP#CXBL" ...).
{"cox",
 "cox.com/residential/support/email-error-codes",
 {"cox.net", "cox.com", "cloudfilter.net"},
 {"cox.com/", "cox.net/"},
 {"aup#"},
 {{"cxbl", reason_kind::blocked, "cxbl"},
  {"cdrbl", reason_kind::blocked, "cdrbl"},
  {"cxdns", reason_kind::requireptr, "cxdns"},
  {"cxsndr", reason_kind::rejected, "cxsndr"},
  {"cxsmtp", reason_kind::rejected, "cxsmtp"},
  {"cxcnct", reason_kind::ratelimited, "cxcnct"},
  {"cxmxrt", reason_kind::ratelimited, "cxmxrt", {7, 0}},
  {"cxthrt", reason_kind::securityerror, "cxthrt"},
  {"cxmj", reason_kind::blocked, "cxmj"}},
 {{"ipbl0", reason_kind::blocked, "ipbl"},
  {"ipbl1", reason_kind::blocked, "ipbl"},
  {"rrbl0", reason_kind::blocked, "rrbl"},
  {"urlbl1", reason_kind::spamdetected, "urlbl"}}},

// Spectrum / Charter: spectrum.net/support/internet/understanding-email-error-codes
// ("AUP#In-1310", "AUP#Out-1000").
{"spectrum",
 "spectrum.net/support/internet/understanding-email-error-codes",
 {"charter.net", "spectrum.net", "twc.com", "rr.com", "brighthouse.com"},
 {"spectrum.net/support", "charter.net/support"},
 {"aup#in-", "aup#out-", "aup#i-", "aup#o-"},
 {{"1000", reason_kind::blocked, "1000"},
  {"1010", reason_kind::rejected, "1010"},
  {"1020", reason_kind::rejected, "1020"},
  {"1080", reason_kind::ratelimited, "1080", {7, 0}},
  {"1090", reason_kind::systemerror, "1090"},
  {"1100", reason_kind::requireptr, "1100"},
  {"1150", reason_kind::requireptr, "1150"},
  {"1160", reason_kind::authfailure, "1160"},
  {"1260", reason_kind::networkerror, "1260"},
  {"1300", reason_kind::ratelimited, "1300"},
  {"1310", reason_kind::ratelimited, "1310"},
  {"1320", reason_kind::ratelimited, "1320"},
  {"1330", reason_kind::ratelimited, "1330"},
  {"1340", reason_kind::ratelimited, "1340"}},
 {}},

// GoDaddy (Secureserver): "IB" codes of its bounce-code page (only those whose meaning the
// accompanying text confirms: IB508 SPF failure, IB605/IB607 sending limits).
{"godaddy",
 "GoDaddy bounce-code page (IB codes)",
 {"secureserver.net"},
 {"x.co/rlbounce", "secureserver.net"},
 {"ib"},
 {{"508", reason_kind::authfailure, "ib508"},
  {"605", reason_kind::ratelimited, "ib605", {7, 0}},
  {"607", reason_kind::ratelimited, "ib607", {7, 0}}},
 {{"too many recipients this hour", reason_kind::ratelimited, "recipients-per-hour", {7, 0}}}},

// Tencent (QQ mail, Foxmail, Exmail): service.mail.qq.com help pages.
{"tencent",
 "service.mail.qq.com help pages; smtp.codes/qq, qqmailbox.com (third-party, ../shared/reference)",
 {"qq.com", "foxmail.com", "exmail.qq.com"},
 {"service.mail.qq.com", "mail.qq.com/"},
 {},
 {},
 {{"frequency limited", reason_kind::ratelimited, "frequency-limited"},
  {"is a deactivated mailbox", reason_kind::suspend, "deactivated"},
  {"mailbox not found", reason_kind::userunknown, "mailbox-not-found"},
  {"spf check failed", reason_kind::authfailure, "spf"},
  {"dmarc check failed", reason_kind::authfailure, "dmarc"},
  {"suspected bounce attacks", reason_kind::blocked, "bounce-attack"},
  {"suspected spam ip", reason_kind::blocked, "spam-ip"},
  {"connection denied", reason_kind::blocked, "connection-denied"},
  {"message too large", reason_kind::emailtoolarge, "too-large"},
  {"mail content denied", reason_kind::spamdetected, "content-denied"},
  {"spam is embedded in the email", reason_kind::spamdetected, "embedded-spam"},
  {"bad address syntax", reason_kind::syntaxerror, "bad-syntax"},
  {"mail is rejected by recipients", reason_kind::filtered, "rejected-by-recipients"},
  {"suspected spam sender", reason_kind::badreputation, "spam-sender"},
  {"content rejected", reason_kind::spamdetected, "content-rejected"}}},

// Orange / Wanadoo / La Poste (France PTT): "OFR_506", "OFR006_102", "LPN007_416" codes of
// the postmaster pages of Orange and La Poste.
{"franceptt",
 "postmaster pages of Orange and La Poste",
 {"orange.fr", "wanadoo.fr", "laposte.net", "francetelecom.fr", "orange.com", "nordnet.fr"},
 {"mwinf", "lpn0", "ofr0", "ofr_"},
 {"ofr", "lpn"},
 {{"102", reason_kind::blocked, "102"},
  {"103", reason_kind::blocked, "103"},
  {"104", reason_kind::ratelimited, "104"},
  {"105", reason_kind::blocked, "105"},
  {"106", reason_kind::requireptr, "106"},
  {"109", reason_kind::blocked, "109"},
  {"201", reason_kind::ratelimited, "201"},
  {"202", reason_kind::ratelimited, "202"},
  {"403", reason_kind::rejected, "403"},
  {"405", reason_kind::rejected, "405"},
  {"415", reason_kind::rejected, "415"},
  {"416", reason_kind::userunknown, "416"},
  {"417", reason_kind::mailboxfull, "417"},
  {"418", reason_kind::userunknown, "418"},
  {"420", reason_kind::mailboxfull, "420"},
  {"424", reason_kind::suspend, "424"},
  {"425", reason_kind::suspend, "425"},
  {"426", reason_kind::suspend, "426"},
  {"505", reason_kind::systemerror, "505"},
  {"506", reason_kind::spamdetected, "506"},
  {"510", reason_kind::spamdetected, "510"},
  {"514", reason_kind::emailtoolarge, "514"},
  {"515", reason_kind::emailtoolarge, "515"},
  {"630", reason_kind::policyviolation, "630"},
  {"999", reason_kind::blocked, "999"}},
 {{"le compte du destinataire est bloque", reason_kind::suspend, "account-blocked"},
  {"boite du destinataire archivee", reason_kind::suspend, "mailbox-archived"},
  {"adresse destinataire invalide", reason_kind::userunknown, "invalid-recipient"},
  {"client host blocked for spamming", reason_kind::blocked, "spamming-host"}}},

// Mimecast: community.mimecast.com "Mimecast SMTP error codes".
{"mimecast",
 "community.mimecast.com: Mimecast SMTP error codes (DOC-1369, copy at electronicaportatil.com)",
 {"mimecast.com", "mimecast.co.za", "mimecast-offshore.com"},
 {"mimecast.com"},
 {},
 {},
 {{"email rejected due to security policies", reason_kind::virusdetected, "security-policies"},
  {"virus signature detected", reason_kind::virusdetected, "virus"},
  {"spam signature detected", reason_kind::spamdetected, "spam-signature"},
  {"host network not allowed", reason_kind::policyviolation, "host-network"},
  // The recipient's own block entries are the recipient's filter; the administrator's envelope
  // block refuses the sender's host.
  {"envelope blocked - user entry", reason_kind::filtered, "user-entry"},
  {"administrative prohibition - envelope blocked", reason_kind::blocked, "admin-envelope"},
  {"envelope blocked", reason_kind::rejected, "envelope-blocked"},
  {"blocked senders", reason_kind::filtered, "blocked-senders"},
  {"anti-spoofing policy", reason_kind::authfailure, "anti-spoofing"},
  {"invalid recipient", reason_kind::userunknown, "invalid-recipient"},
  {"recipient address rejected: user unknown", reason_kind::userunknown, "user-unknown"},
  {"user over quota", reason_kind::mailboxfull, "over-quota"},
  {"message size exceeds limit", reason_kind::emailtoolarge, "size"},
  {"internal resources are temporarily unavailable", reason_kind::systemerror, "resources"},
  {"exceeded connection limit", reason_kind::ratelimited, "connection-limit"}}},

// Broadcom / Symantec MessageLabs (Email Security.cloud).
{"messagelabs",
 "Broadcom Email Security.cloud (MessageLabs) replies",
 {"messagelabs.com"},
 {"messagelabs.com"},
 {},
 {},
 {{"please turn on smtp authentication", reason_kind::securityerror, "smtp-auth"},
  {"no such user", reason_kind::userunknown, "no-such-user"},
  {"rejected by the recipient", reason_kind::filtered, "recipient-rejected"}}},

// Facebook: postmaster.facebook.com/response_codes.
{"facebook",
 "postmaster.facebook.com/response_codes",
 {"facebook.com", "facebookmail.com", "fb.com"},
 {"postmaster.facebook.com"},
 {},
 {},
 {{"rcp-p1", reason_kind::userunknown, "rcp-p1"},
  {"rcp-p2", reason_kind::filtered, "rcp-p2"},
  {"rcp-p3", reason_kind::filtered, "rcp-p3"},
  {"rcp-t1", reason_kind::systemerror, "rcp-t1"},
  {"rcp-t4", reason_kind::suspend, "rcp-t4"},
  {"msg-p1", reason_kind::emailtoolarge, "msg-p1"},
  {"msg-p2", reason_kind::contenterror, "msg-p2"},
  {"pol-p1", reason_kind::blocked, "pol-p1"},
  {"pol-p2", reason_kind::blocked, "pol-p2"},
  {"pol-p7", reason_kind::authfailure, "pol-p7"},
  {"pol-t1", reason_kind::blocked, "pol-t1"},
  {"pol-t2", reason_kind::blocked, "pol-t2"},
  {"pol-t3", reason_kind::blocked, "pol-t3"},
  {"con-t1", reason_kind::ratelimited, "con-t1"},
  {"con-t2", reason_kind::ratelimited, "con-t2"},
  {"con-t3", reason_kind::ratelimited, "con-t3"},
  {"con-t4", reason_kind::ratelimited, "con-t4"}}},

// NTT DOCOMO (docomo.ne.jp): its MX speaks few words; sizes and recipient counts.
{"nttdocomo",
 "docomo.ne.jp replies",
 {"docomo.ne.jp", "mopera.net"},
 {},
 {},
 {},
 {{"552 too much mail data", reason_kind::mailboxfull, "too-much-data"},
  {"552 too many recipients", reason_kind::ratelimited, "too-many-recipients"}}},

// KDDI (au, ezweb): refusals of the recipient's filter read "550 : user unknown" (no address);
// an unknown mailbox is named ("550 <a@ezweb.ne.jp>: user unknown").
{"kddi",
 "KDDI au/ezweb replies",
 {"ezweb.ne.jp", "au.com", "auone.jp"},
 {},
 {},
 {},
 {{"550 : user unknown", reason_kind::filtered, "filtered-unknown"},
  {">: user unknown", reason_kind::userunknown, "named-unknown"}}},

// I.UA: mail.i.ua/err/N/ pages.
{"iua",
 "mail.i.ua/err/N/",
 {"i.ua", "email.ua"},
 {"mail.i.ua/err/"},
 {},
 {},
 {{"i.ua/err/1/", reason_kind::norelaying, "err-1"},
  {"i.ua/err/2/", reason_kind::userunknown, "err-2"},
  {"i.ua/err/3/", reason_kind::suspend, "err-3"},
  {"i.ua/err/4/", reason_kind::mailboxfull, "err-4"},
  {"i.ua/err/5/", reason_kind::ratelimited, "err-5", {7, 0}},
  {"i.ua/err/6/", reason_kind::norelaying, "err-6"},
  {"i.ua/err/7/", reason_kind::blocked, "err-7"},
  {"i.ua/err/8/", reason_kind::rejected, "err-8"},
  {"i.ua/err/9/", reason_kind::blocked, "err-9"},
  {"mailbox is frozen", reason_kind::suspend, "frozen"}}},

// Zoho Mail.
{"zoho",
 "Zoho Mail replies; zoho.com/zeptomail/help/api/smtp-error-codes.html; smtp.codes/zoho (third-party)",
 {"zoho.com", "zohomail.com", "zoho.eu", "zoho.in"},
 {},
 {},
 {},
 {{"flagged as spam", reason_kind::spamdetected, "spam"},
  {"mail rejected by destination domain", reason_kind::filtered, "destination-domain"},
  {"mailbox delivery restricted by policy error", reason_kind::policyviolation, "delivery-restricted"},
  {"mailbox delivery failure policy error", reason_kind::policyviolation, "delivery-policy"},
  {"detected by zoho mail", reason_kind::virusdetected, "virus"},
  {"sender address blocked", reason_kind::securityerror, "sender-blocked"},
  {"temporary system error", reason_kind::systemerror, "temporary-error"},
  {"user does not exist", reason_kind::userunknown, "no-such-user"},
  {"email policy violation", reason_kind::policyviolation, "policy"},
  {"relaying disallowed", reason_kind::norelaying, "relay"}}},

// Cloudflare Email Routing: developers.cloudflare.com/email-routing/postmaster.
{"cloudflare",
 "developers.cloudflare.com/email-routing/postmaster",
 {"mx.cloudflare.net", "cloudflare.net"},
 {"developers.cloudflare.com/email-routing"},
 {},
 {},
 {{"upstream error", reason_kind::systemerror, "upstream"},
  {"address does not exist", reason_kind::userunknown, "no-such-address"}}},

// GMX, Web.de, 1&1, IONOS (United Internet).
{"unitedinternet",
 "postmaster.gmx.com/en/error-messages; postmaster.web.de/de/fehlermeldungen; smtp.codes/unitedinternet (third-party)",
 {"gmx.net", "gmx.de", "gmx.com", "gmx.at", "gmx.ch", "web.de", "1und1.de", "ionos.com", "ionos.de",
  "kundenserver.de", "mail.com"},
 {"postmaster.gmx.net", "postmaster.web.de", "postmaster.1und1.de"},
 {},
 {},
 {{"reject due to spf policy", reason_kind::authfailure, "spf"},
  {"ip address is block listed", reason_kind::blocked, "ip-block-listed"},
  {"nemesis esmtp service not available", reason_kind::blocked, "nemesis"},
  {"reject due to policy restrictions", reason_kind::policyviolation, "policy"}}},

// Comcast (Xfinity): its BL (block list) and ES codes, "#BL000010" in the reply's URL.
{"comcast",
 "postmaster.comcast.net/mail-error-codes.html; business.comcast.com email-bounce-back-messages",
 {"comcast.net"},
 {"postmaster.comcast.net"},
 {"bl", "es"},
 {{"000000", reason_kind::blocked, "000000"},
  {"000001", reason_kind::blocked, "000001"},
  {"000010", reason_kind::blocked, "000010"},
  {"000011", reason_kind::blocked, "000011"},
  {"000100", reason_kind::blocked, "000100"},
  {"000101", reason_kind::blocked, "000101"},
  {"000110", reason_kind::blocked, "000110"},
  {"006", reason_kind::blocked, "006"},
  {"007", reason_kind::blocked, "007"}},
 {{"too many sessions opened", reason_kind::ratelimited, "sessions"},
  {"reverse dns failure", reason_kind::requireptr, "reverse-dns"}}},

// NetEase (163.com, 126.com, yeah.net): the two-part codes of its postmaster's bounce list.
{"netease",
 "NetEase 163 postmaster bounce-code list (repost biecuoliao.com/pa/MBRrwEM.html; "
 "../shared/reference/provider-replies.tsv)",
 {"163.com", "126.com", "yeah.net", "188.com", "netease.com", "vip.163.com"},
 {"mail.163.com/help", "help.163.com"},
 {},
 {},
 {{"hl:rep", reason_kind::blocked, "hl-rep"},
  {"hl:icc", reason_kind::ratelimited, "hl-icc"},
  {"hl:ifc", reason_kind::ratelimited, "hl-ifc"},
  {"hl:mep", reason_kind::blocked, "hl-mep"},
  {"mi:cel", reason_kind::syntaxerror, "mi-cel"},
  {"mi:dmc", reason_kind::ratelimited, "mi-dmc"},
  {"mi:ccl", reason_kind::syntaxerror, "mi-ccl"},
  {"mi:sfq", reason_kind::ratelimited, "mi-sfq"},
  {"rp:drc", reason_kind::ratelimited, "rp-drc"},
  {"rp:ccl", reason_kind::syntaxerror, "rp-ccl"},
  {"rp:cel", reason_kind::syntaxerror, "rp-cel"},
  {"dt:rbl", reason_kind::blocked, "dt-rbl"},
  {"dt:spm", reason_kind::spamdetected, "dt-spm"},
  {"wm:bli", reason_kind::blocked, "wm-bli"},
  {"wm:blu", reason_kind::rejected, "wm-blu"},
  {"too much fail authentication", reason_kind::securityerror, "auth-failures"}}},

// Deutsche Telekom (t-online.de).
{"telekom",
 "timmehosting.de and bllmnn.de on T-Online's replies (third-party, ../shared/reference)",
 {"t-online.de", "t-online.com"},
 {},
 {},
 {},
 {{"(nowl)", reason_kind::badreputation, "nowl"},
  {"bad reputation", reason_kind::badreputation, "bad-reputation"},
  {"dialup/transient ip not allowed", reason_kind::blocked, "dialup"}}},
};

/// A provider's own enhanced status codes: where a provider gives a registered code its own
/// meaning, or uses a code outside the registry (Exchange Online's X.7.5xx ... X.7.8xx).
/// Tried after the provider's codes and wording, when the provider is named (as above) and the status is cls.subject.detail with
/// detail in [detail_lo, detail_hi]; cls 0 matches either class.
struct provider_status {
  std::string_view provider;  ///< a providers[] name
  int cls, subject, detail_lo, detail_hi;
  reason_kind reason;
  std::string_view id;
  std::string_view source;
};

inline constexpr std::string_view kExchangeNdr =
    "learn.microsoft.com: Email non-delivery reports and SMTP errors in Exchange Online";
inline constexpr std::string_view kGoogleCodes = "support.google.com/a/answer/3726730";

inline const provider_status provider_statuses[] = {
// Exchange Online: its temporary throttling and reputation ranges.
{"microsoft", 4, 7, 500, 699, reason_kind::ratelimited, "4.7.500-699", kExchangeNdr},
{"microsoft", 4, 7, 850, 899, reason_kind::badreputation, "4.7.850-899", kExchangeNdr},
{"microsoft", 5, 1, 90, 90, reason_kind::ratelimited, "5.1.90", kExchangeNdr},
{"microsoft", 5, 2, 121, 122, reason_kind::ratelimited, "5.2.121-122", kExchangeNdr},
{"microsoft", 5, 3, 190, 190, reason_kind::systemerror, "5.3.190", kExchangeNdr},
{"microsoft", 5, 4, 300, 300, reason_kind::expired, "5.4.300", kExchangeNdr},
{"microsoft", 5, 6, 11, 11, reason_kind::notcompliantrfc, "5.6.11", kExchangeNdr},
{"microsoft", 5, 7, 12, 12, reason_kind::filtered, "5.7.12", kExchangeNdr},
{"microsoft", 5, 7, 57, 57, reason_kind::securityerror, "5.7.57", kExchangeNdr},
{"microsoft", 5, 7, 64, 64, reason_kind::norelaying, "5.7.64", kExchangeNdr},
{"microsoft", 5, 7, 124, 124, reason_kind::filtered, "5.7.124", kExchangeNdr},
{"microsoft", 5, 7, 133, 136, reason_kind::filtered, "5.7.133-136", kExchangeNdr},
{"microsoft", 5, 7, 501, 501, reason_kind::securityerror, "5.7.501", kExchangeNdr},
{"microsoft", 5, 7, 502, 503, reason_kind::blocked, "5.7.502-503", kExchangeNdr},
{"microsoft", 5, 7, 505, 505, reason_kind::userunknown, "5.7.505", kExchangeNdr},
{"microsoft", 5, 7, 506, 507, reason_kind::blocked, "5.7.506-507", kExchangeNdr},
{"microsoft", 5, 7, 508, 508, reason_kind::ratelimited, "5.7.508", kExchangeNdr},
{"microsoft", 5, 7, 509, 509, reason_kind::authfailure, "5.7.509", kExchangeNdr},
{"microsoft", 5, 7, 510, 510, reason_kind::notaccept, "5.7.510", kExchangeNdr},
{"microsoft", 5, 7, 511, 511, reason_kind::blocked, "5.7.511", kExchangeNdr},
{"microsoft", 5, 7, 512, 512, reason_kind::notcompliantrfc, "5.7.512", kExchangeNdr},
{"microsoft", 5, 7, 513, 513, reason_kind::blocked, "5.7.513", kExchangeNdr},
{"microsoft", 5, 7, 515, 515, reason_kind::authfailure, "5.7.515", kExchangeNdr},
{"microsoft", 5, 7, 606, 649, reason_kind::blocked, "5.7.606-649", kExchangeNdr},
{"microsoft", 5, 7, 700, 705, reason_kind::securityerror, "5.7.700-705", kExchangeNdr},
{"microsoft", 5, 7, 708, 708, reason_kind::badreputation, "5.7.708", kExchangeNdr},
{"microsoft", 5, 7, 750, 750, reason_kind::securityerror, "5.7.750", kExchangeNdr},
// Gmail: registry codes it sends with its own meaning (TLS, SPF, DKIM, DMARC, ARC, PTR).
{"google", 0, 7, 23, 23, reason_kind::requireptr, "x.7.23", kGoogleCodes},
{"google", 0, 7, 27, 27, reason_kind::authfailure, "x.7.27", kGoogleCodes},
{"google", 0, 7, 29, 29, reason_kind::failedstarttls, "x.7.29", kGoogleCodes},
{"google", 0, 7, 30, 30, reason_kind::authfailure, "x.7.30", kGoogleCodes},
{"google", 0, 7, 32, 32, reason_kind::authfailure, "x.7.32", kGoogleCodes},
{"google", 0, 7, 40, 40, reason_kind::authfailure, "x.7.40", kGoogleCodes},
{"google", 4, 7, 28, 28, reason_kind::ratelimited, "4.7.28", kGoogleCodes},
{"google", 5, 4, 5, 5, reason_kind::ratelimited, "5.4.5", kGoogleCodes},
};
// clang-format on

}  // namespace bounce::rules
