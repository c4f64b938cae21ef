// SPDX-License-Identifier: BSD-2-Clause
// bounce::classify() on texts of the kinds issue 12 names: the new reasons where their wording
// appears, cause over consequence, a bare refusal at RCPT, provider codes keyed by the provider's
// host, and no invented status for a text nothing recognises (issue 15).
#include "bounce/classify.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace bounce;

namespace {
struct row {
  std::string_view text;
  std::string_view remote_mta;  ///< empty: no context
  reason_kind reason;
  std::string_view status;  ///< "-": no status; empty: not checked
  std::string_view rule;    ///< empty: not checked
};

const row rows[] = {
    // The checks of issue 12.
    {"421 4.7.0 Try again later, closing connection (throttled)", "", reason_kind::ratelimited,
     "4.7.0", ""},
    {"552 5.3.4 Message size exceeds fixed maximum message size", "", reason_kind::emailtoolarge,
     "5.3.4", ""},
    {"530 5.7.0 Must issue a STARTTLS command first", "", reason_kind::failedstarttls, "5.7.0", ""},
    // Issue 15: nothing recognised, no code, no reply: no status.
    {"hello there", "", reason_kind::onhold, "-", "fallback/onhold"},
    {"", "", reason_kind::undefined, "-", "fallback/undefined"},
    // A reply code is evidence of failure: its class gives the status.
    {"550 hello there", "", reason_kind::onhold, "5.0.0", "fallback/onhold"},
    // Cause over consequence: the cause beside an expiry decides.
    {"mailbox is full: retry timeout exceeded", "", reason_kind::mailboxfull, "5.2.2", ""},
    {"retry timeout exceeded; last error: 554 client host blocked using zen.spamhaus.org", "",
     reason_kind::blocked, "", ""},
    {"retry timeout exceeded", "", reason_kind::expired, "5.4.7", "text/en/expired"},
    // Cause over consequence, stage 3b: a cause named in the text beats a decisive code of
    // another meaning (Stalwart's greylisting and rate limits); the code stays the record's.
    {"452 4.4.5 Rate limit exceeded, try again later.", "", reason_kind::ratelimited, "4.4.5",
     "text/en/rate-limit-exceeded"},
    {"452 4.7.28 Session exceeded transfer quota.", "", reason_kind::ratelimited, "4.7.28",
     "text/en/rate-limit-exceeded"},
    {"452 4.2.2 Greylisted, please try again in 60 seconds", "", reason_kind::systemerror, "4.2.2",
     "text/en/greylisted"},
    // greylistd's Exim ACL (Debian greylistd-setup-exim4) never says "greylist"; gross and
    // others say "Greylisting in effect".
    {"451 192.0.2.1 is not yet authorized to deliver mail from <a@example.com> to "
     "<b@example.org>. Please try later.",
     "", reason_kind::systemerror, "4.3.0", "text/en/greylisted"},
    {"450 4.7.1 <b@example.org>: Recipient address rejected: Greylisting in effect, please come "
     "back later",
     "", reason_kind::systemerror, "4.7.1", "text/en/greylisted"},
    {"452 4.4.5 Insufficient disk space; try again later", "", reason_kind::systemfull, "4.4.5",
     "status/X.4.5"},
    // A set whose MTA defers on its words: class 4 for a text with no code, the bounce's own
    // code otherwise.
    {"table lookup failure", "", reason_kind::systemerror, "4.3.0", "text/en/systemerror-postfix"},
    {"550 5.3.0 table lookup failure", "", reason_kind::systemerror, "5.3.0",
     "text/en/systemerror-postfix"},
    {"System not accepting network messages", "", reason_kind::notaccept, "4.3.2",
     "text/en/notaccept-opensmtpd"},
    {"Host not found, try again", "", reason_kind::networkerror, "5.4.0", ""},
    // hMailServer's retry count is the generic outcome, weak: a code beside it decides.
    {"Tried 3 time(s)", "", reason_kind::expired, "5.4.7", "text/en/expired-hmailserver"},
    {"550 5.1.1 <a@example.net> unknown. Tried 1 time(s)", "", reason_kind::userunknown, "5.1.1",
     "status/X.1.1"},
    {"421 4.7.0 Try again later, closing connection.", "gmail-smtp-in.l.google.com",
     reason_kind::systemerror, "4.7.0", "provider/google/try-again-later"},
    // The MTAs' delay notices: weak expired, temporary; a cause beside them decides.
    {"Delayed Mail (still being retried)", "", reason_kind::expired, "4.4.7",
     "text/en/delay-notice"},
    {"550 5.1.1 user unknown; has not yet been delivered", "", reason_kind::userunknown, "5.1.1",
     ""},
    {"Remote server closed connection.", "", reason_kind::networkerror, "4.4.0",
     "text/en/connection-lost"},
    // Temporary wording from the sources (temporary_words).
    {"Deferred: Connection refused by mx.example.net", "", reason_kind::networkerror, "4.4.0", ""},
    {"all MXs returned transient failures (last: x)", "", reason_kind::networkerror, "4.4.0", ""},
    // Dovecot's message-count quota is a full mailbox, not a rate.
    {"552 5.2.2 Too many messages in the mailbox", "", reason_kind::mailboxfull, "5.2.2", ""},
    {"452 4.2.2 Too many messages in the mailbox", "", reason_kind::mailboxfull, "4.2.2", ""},
    {"421 4.7.0 Too many messages from your IP", "", reason_kind::ratelimited, "4.7.0", ""},
    // Postfix: a bare 550 at RCPT naming no cause refuses the address.
    {"550 <a@example.net>: Recipient address rejected", "", reason_kind::userunknown, "5.1.1",
     "text/en/recipient-rejected"},
    // ... but an enhanced code says more than the bare wording.
    {"550 5.0.0 <a@example.net>: Recipient address rejected: On hold", "", reason_kind::onhold,
     "5.0.0", ""},
    // Mail loops are network errors (Postfix, OpenSMTPD, Exim, Postal).
    {"554 5.4.6 mail for example.net loops back to myself", "", reason_kind::networkerror, "", ""},
    // Provider codes, only where the provider's host is named.
    {"550 BL000010 see postmaster.comcast.net", "mx1.comcast.net", reason_kind::blocked, "",
     "provider/comcast/000010"},
    {"550 SC-001 Mail rejected by Outlook.com for policy reasons", "mx1.hotmail.com",
     reason_kind::badreputation, "", "provider/microsoft/sc-001"},
    {"550 SC-001 (BAY004-MC1F39)", "", reason_kind::onhold, "5.0.0", ""},
    {"451 4.7.500 Server busy. Please try again later", "example-com.mail.protection.outlook.com",
     reason_kind::ratelimited, "4.7.500", "provider/microsoft/4.7.500-699"},
    // The provider's wording beats its code range.
    {"451 4.7.650 The mail server has been temporarily rate limited due to IP reputation",
     "example-com.mail.protection.outlook.com", reason_kind::badreputation, "4.7.650", ""},
    {"550 5.7.708 Access denied, traffic not accepted from this IP",
     "example-com.mail.protection.outlook.com", reason_kind::badreputation, "5.7.708", ""},
    {"421 4.7.29 Your email has been rate limited because this message wasn't sent over a TLS "
     "connection",
     "gmail-smtp-in.l.google.com", reason_kind::failedstarttls, "4.7.29", ""},
    // Without Gmail, X.7.29 is RFC 8617's ARC failure.
    {"550 5.7.29 ARC validation failure", "", reason_kind::authfailure, "5.7.29", ""},
    {"451 DT:SPM 163 mx14,QCCowEBA5 suspected spam", "163mx01.mxmail.netease.com",
     reason_kind::spamdetected, "", ""},
    {"421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred", "mta5.am0.yahoodns.net",
     reason_kind::badreputation, "4.7.0", "provider/yahooinc/tss04"},
    // SPF/DKIM wordings beyond the providers' hosts (Google, Apple iCloud HME1).
    {"554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication "
     "checks.",
     "", reason_kind::authfailure, "5.7.1", "text/en/auth-failure"},
    {"550 5.7.9 This mail has been blocked because the sender is unauthenticated.", "",
     reason_kind::authfailure, "5.7.9", "text/en/authfailure-google"},
    {"550 5.7.1 Sender failed DKIM authentication", "", reason_kind::authfailure, "5.7.1",
     "text/en/auth-failure"},
    // iCloud's volume deferral, relayed or not.
    {"421 4.7.1 Messages to a@example.net deferred due to excessive volume. Try again later", "",
     reason_kind::ratelimited, "4.7.1", "text/en/rate-limit"},
    {"421 4.7.1 Messages to a@icloud.com deferred due to excessive volume.", "mx01.mail.icloud.com",
     reason_kind::ratelimited, "4.7.1", ""},
    // Too many invalid recipients is a block of the sender (Cox, GoDaddy), not an unknown user.
    {"550 Too many invalid recipients", "", reason_kind::blocked, "5.7.1",
     "text/en/invalid-recipients-threshold"},
    // Word orders of the unknown and the disabled mailbox that other parsers' tables list.
    {"550 Account not found", "", reason_kind::userunknown, "5.1.1", "text/en/user-unknown"},
    {"550 mailbox has been blocked due to inactivity", "", reason_kind::suspend, "5.2.1",
     "text/en/account-suspended"},
    // Gmail's RFC 5322 verdict shares its opening words with its spam verdict.
    {"550-5.7.1 [IRR] Our system has detected that this message is not 550-5.7.1 RFC 5322 "
     "compliant",
     "", reason_kind::notcompliantrfc, "5.7.1", "text/en/not-rfc-compliant"},
    // RFC 5321 section 3.4: the server names the forward path.
    {"551 User not local; please try <b@example.com>", "", reason_kind::hasmoved, "5.1.6",
     "text/en/mailbox-moved"},
    // A connection limit under X.3.2 (Exchange): the limit is the cause, not a host refusing mail.
    {"421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing "
     "transmission channel",
     "", reason_kind::ratelimited, "4.3.2", "text/en/concurrent-connections"},
    // A domain named inside the wording; the sender's domain is the sender's problem.
    {"Domain example.invalid does not exist", "", reason_kind::hostunknown, "5.1.2",
     "text/en/host-unknown"},
    {"550 sender domain example.com does not exist", "", reason_kind::rejected, "5.7.1",
     "text/en/sender-rejected"},
    // Words naming the sender as the one refused beat the address words after them.
    {"550 5.1.0 <s@example.com> sender rejected: invalid address", "", reason_kind::rejected,
     "5.1.0", "text/en/sender-rejected"},
    // The client's HELO name or the sender's domain not found: not the recipient's domain.
    {"450 4.7.1 <mx.example>: Helo command rejected: Host not found", "", reason_kind::blocked,
     "4.7.1", "text/en/helo-rejected"},
    {"550 5.7.1 Sender domain not found", "", reason_kind::rejected, "5.7.1",
     "text/en/sender-rejected"},
    // RFC 5321's 550 "mailbox unavailable" is an unknown mailbox unless a cause is named beside
    // it; its 450 twin is a busy or held mailbox, never a hard bounce.
    {"550 Requested action not taken: mailbox unavailable", "", reason_kind::userunknown, "5.1.1",
     "text/en/mailbox-unavailable"},
    {"550 Requested action not taken: mailbox unavailable. Your IP is blocked", "",
     reason_kind::blocked, "", "text/en/blocked"},
    {"550 5.7.1 Requested action not taken: mailbox unavailable - message rejected due to policy",
     "", reason_kind::policyviolation, "5.7.1", "text/en/policy"},
    {"450 Requested mail action not taken: mailbox unavailable", "", reason_kind::onhold, "4.0.0",
     "fallback/onhold"},
    // A server too loaded to take mail is its own state, under any code; Outlook.com's
    // "Server busy ... from [ip]" is its limit on the sender.
    {"421 4.3.2 Server too busy", "", reason_kind::systemerror, "4.3.2", "text/en/server-busy"},
    {"451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (AS843)", "",
     reason_kind::ratelimited, "", "text/en/server-busy-outlook"},
    // A bare text is read as a reply at RCPT, but that step is assumed: a verdict on content
    // (given after DATA) still decides. Named at RCPT, the content wording is not a verdict.
    {"550 5.7.1 Message rejected as spam", "", reason_kind::spamdetected, "5.7.1", "text/en/spam"},
    {"554 5.7.1 virus detected", "", reason_kind::virusdetected, "5.7.1", "text/en/virus"},
    {"550 5.7.1 Message rejected as spam (in reply to RCPT TO command)", "",
     reason_kind::securityerror, "5.7.1", "class/X.7"},
};
}  // namespace

TEST_CASE("classify: issue 12 and 15 texts") {
  for (const row& r : rows) {
    CAPTURE(r.text);
    const classification c = classify(r.text, classify_context{r.remote_mta, {}});
    CHECK(to_string(c.reason) == to_string(r.reason));
    if (r.status == "-") {
      CHECK(!c.status);
    } else if (!r.status.empty()) {
      REQUIRE(c.status);
      CHECK(c.status->to_string() == r.status);
    }
    if (!r.rule.empty()) CHECK(c.rule == r.rule);
  }
}

TEST_CASE("classify: the context names the provider through the recipient's domain too") {
  const classification c = classify("550 BL000000", classify_context{{}, "someone@comcast.net"});
  CHECK(c.reason == reason_kind::blocked);
  CHECK(c.rule == "provider/comcast/000000");
  CHECK(classify("550 BL000000").reason == reason_kind::onhold);
}

TEST_CASE("reason_candidates: the decision first, then the evidence that lost and why") {
  record r;
  r.diagnostic = "mailbox is full: retry timeout exceeded";
  r.smtp_command = "RCPT";
  r.reason = reason_kind::mailboxfull;
  r.rule = "text/en/mailbox-full";
  const std::vector<reason_candidate> all = reason_candidates(r);
  REQUIRE(all.size() >= 2);
  CHECK(all.front().decided);
  CHECK(all.front().rule == "text/en/mailbox-full");
  CHECK(all.front().stage == "5 strong phrase");
  bool expiry_lost = false;
  for (const auto& c : all)
    if (c.rule == "text/en/expired") {
      expiry_lost = !c.decided && c.lost_because.find("generic outcome") != std::string::npos;
    }
  CHECK(expiry_lost);
}

TEST_CASE("reason_candidates: a stated extractor verdict wins, and the stages it beat are listed") {
  record r;
  r.diagnostic = "550 5.1.1 user unknown";
  r.status = status_code{5, 1, 1};
  r.status_source = status_source::dsn;
  r.reply_code = 550;
  r.smtp_command = "RCPT";
  r.reason = reason_kind::mailboxfull;
  r.rule = "extractor/example/mailbox-full";
  const std::vector<reason_candidate> all = reason_candidates(r);
  REQUIRE(!all.empty());
  CHECK(all.front().rule == "extractor/example/mailbox-full");
  CHECK(all.front().decided);
  std::size_t lost = 0;
  for (const auto& c : all) lost += !c.decided && !c.lost_because.empty();
  CHECK(lost == all.size() - 1);
  CHECK(lost >= 2);  // the X.1.1 code and the "user unknown" wording
}
