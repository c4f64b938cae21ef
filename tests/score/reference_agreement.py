# SPDX-License-Identifier: BSD-2-Clause
"""Agreement of `bounce classify` with the reference rows of ../shared/reference.

Every row of provider-replies.tsv (provider, match, smtp_code, enhanced_code, ..., reason,
temporary, source) and mta-messages.tsv (mta, match, meaning, reason, temporary, source) is fed
through the public classifier as the reply its row describes: "<smtp_code> <enhanced_code>
<match>", with the provider's host given as the remote MTA (a provider's own codes apply only
where its host is named), and printf fragments (%s, %d) replaced by neutral words. Each row
agrees on the reason when the classifier gives the row's reason (aliases folded), and on
temporary-vs-permanent when the status class (4 or 5; none counts as permanent) matches the
row's `temporary` column. A row whose reason judges content (spamdetected, virusdetected,
contenterror) names the DATA step. Rows tagged `undefined` (wrappers whose inner text decides) are not
scored.

EXCEPTIONS lists the rows where the reference reading is wrong or the taxonomy deliberately
differs, each with why; they are reported, not scored. The floor only rises.

usage: reference_agreement.py BOUNCE REFERENCE_DIR [--floor-reason F] [--floor-temporary F]
       [--show-disagreements]
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys

# The Sisimai 5.5 names that 5.6 merged (docs/reasons.md, "Aliases").
ALIASES = {"toomanyconn": "ratelimited", "speeding": "ratelimited", "mesgtoobig": "emailtoolarge",
           "exceedlimit": "emailtoolarge"}

CONTENT_REASONS = {"spamdetected", "virusdetected", "contenterror"}

# A host of each provider, given as the remote MTA (the provider tables key on it).
PROVIDER_HOSTS = {
    "Google/Gmail": "gmail-smtp-in.l.google.com",
    "Microsoft 365/Exchange Online": "example-com.mail.protection.outlook.com",
    "Outlook.com": "mx1.hotmail.com",
    "Yahoo/AOL": "mta5.am0.yahoodns.net",
    "Comcast": "mx1.comcast.net",
    "NetEase 163/126": "163mx01.mxmail.netease.com",
    "Mimecast": "eu-smtp-inbound-1.mimecast.com",
    "Apple iCloud": "mx01.mail.icloud.com",
    "QQ / Tencent": "mx1.qq.com",
    "Zoho": "mx.zoho.com",
    "GMX / Web.de / 1&1 / IONOS": "mx00.gmx.net",
    "Cisco Secure Email (IronPort)": "mx1.iphmx.com",
    "Barracuda (ESS)": "d123.ess.barracudanetworks.com",
    "AT&T": "ff-ip4-mx-vip1.prodigy.net",
    "Yandex": "mx.yandex.ru",
    "T-Online / Deutsche Telekom": "mx00.t-online.de",
    "Orange": "smtp-in.orange.fr",
    "Mail.ru": "mxs.mail.ru",
    "Proofpoint": "mx0a-00000000.pphosted.com",
}

# (source file, source-row key: provider or mta, match) -> why the row is not scored. A row is
# listed here only when its reading is wrong or our taxonomy decides otherwise on purpose.
EXPIRED_TIMEOUT = ("Sisimai 5.8 reads a timeout as expired (Sisimai::Reason::Expired: 'timed out', "
                   "'timeout'), and the corpus gold agrees (8 records 'connection timed out' -> expired)")
NULL_MX = ("RFC 7505 (null MX, X.1.10): Sisimai 5.8 reads a domain that accepts no mail as notaccept; the "
           "shared corpus' 'doesn't receive email' records are notaccept")
KUMO = ("a KumoMTA bounce-classification label, written to its logs, not words an MTA puts in a bounce")
WRAPPER = ("a wrapper before the real error (the %s after it decides), like the rows tagged undefined")
ACCESS_DENIED = ("a bare 'Access denied' is securityerror in Sisimai 5.8 (Sisimai::Reason::SecurityError) and "
                 "in the shared corpus' gold (550 5.7.1 ... access denied); at MAIL FROM the command rule "
                 "gives rejected")
THIRD_PARTY = ("the row's only source is a third-party page, not the provider's own documentation; the "
               "rule tables take provider wording from the provider's pages only (docs/reasons.md, "
               "'Where the rules come from')")
RFC3463_X71 = ("'Delivery not authorized, message refused' is RFC 3463's title of X.7.1 (the sender is not "
               "authorized to send to the destination), printed for any X.7.1 (OpenSMTPD esc.c); read as "
               "rejected, as Sisimai 4.25 (Sisimai::Reason::Rejected) and OpenSMTPD's row do. "
               "The words alone do not tell this MTA's narrower use of them")
SYSEXITS = ("a sysexits(3) text (Postfix sys_exits.c, Sendmail libsm/strexit.c): a delivery program's exit "
            "reads as mailererror when the report says a program failed (Diagnostic-Type X-UNIX: "
            "class/x-unix, 'command failed', 'pipe to'); alone, the words name the receiving system's "
            "failure (RFC 5321's 'service unavailable'; Sisimai 4.25 SystemError: \"can't create user "
            "output file\")")
NO_CAUSE = ("the text names no cause; the reference's reason is a guess at the usual one ('often quota or "
            "disk', 'e.g. quota')")
HOST_TEMPORARY = ("a host-unknown text with temporary evidence is networkerror on purpose (docs/reasons.md, "
                  "adjustment 3: a destination not found now but maybe later is a network failure)")
DELAY_NOTICE = ("a delay notice is expired in our taxonomy, as a report with Action delayed is (docs/reasons.md: "
                "class/delayed): the message has not gone yet; the reference's onhold names no reason")
EXCEPTIONS = {
    ("provider-replies.tsv", "Yahoo/AOL", "[TSS04]"): "Sisimai 5.8 reads TSS04 as badreputation, as does the corpus gold",
    ("provider-replies.tsv", "Yahoo/AOL", "[TS"): "a code prefix, not a reply: its codes (TS01..TS03) have their own rows",
    ("provider-replies.tsv", "Google/Gmail", "The sender address address is not a valid RFC 5321 address"):
        "X.1.7 (sender address syntax) is rejected in Sisimai 5.8: the sender, not the recipient, is refused",
    ("provider-replies.tsv", "Google/Gmail", "Timeout - closing connection"): EXPIRED_TIMEOUT,
    ("provider-replies.tsv", "Google/Gmail", "its content presents a potential security issue"):
        "Sisimai 5.8 reads this Gmail reply as policyviolation (Sisimai::Rhost::GoogleApps), as "
        "does the corpus gold (3 records)",
    ("provider-replies.tsv", "Microsoft 365/Exchange Online", "Access denied, bad outbound sender"):
        "X.1.8 is rejected (Sisimai 5.8, RFC 3463 'bad sender's system address'); the corpus' "
        "'501 5.1.8 Sender address rejected' (Office 365) is rejected; the Exchange row reads it as ratelimited",
    ("provider-replies.tsv", "Zoho", "Sender Address Blocked"): "see Exchange's 5.1.8: X.1.8 is rejected",
    ("provider-replies.tsv", "Mimecast", "Email rejected due to security policies"):
        "the corpus gold reads Mimecast's reply (with its 'mcspamsignature' detail) as virusdetected",
    ("provider-replies.tsv", "QQ / Tencent", "Mailbox unavailable or access denied"):
        "Sisimai 5.8 lists this wording under suspend (Sisimai::Reason::Suspend)",
    ("provider-replies.tsv", "AT&T", "Connections not accepted from servers without a valid sender domain"):
        "Sisimai 5.8 lists this wording under rejected (the sender's domain), as does reference_phrases_test",
    ("mta-messages.tsv", "Postfix", "conversation with %s timed out while %s"): EXPIRED_TIMEOUT,
    ("mta-messages.tsv", "Postfix", "Error: timeout exceeded"): EXPIRED_TIMEOUT,
    ("mta-messages.tsv", "Postfix", "connect to %s[%s]:%d: %m"): WRAPPER,
    ("mta-messages.tsv", "Postfix", "delivery temporarily suspended: "): WRAPPER,
    ("mta-messages.tsv", "Postfix", "rejected: Access denied"): ACCESS_DENIED,
    ("mta-messages.tsv", "Sendmail", "550 Access denied"): ACCESS_DENIED,
    ("mta-messages.tsv", "Sendmail", "Deferred: "): WRAPPER,
    ("mta-messages.tsv", "Sendmail", "Name server: "): WRAPPER,
    ("mta-messages.tsv", "Sendmail", "%s: Name server timeout"): EXPIRED_TIMEOUT,
    ("mta-messages.tsv", "Exim", "SMTP timeout after %s%s"): EXPIRED_TIMEOUT,
    ("mta-messages.tsv", "Exim", "SMTP command timeout"): EXPIRED_TIMEOUT,
    ("mta-messages.tsv", "Exim", "SMTP incoming data timeout"): EXPIRED_TIMEOUT,
    ("mta-messages.tsv", "Exim", "retry time not reached"): "Exim's retry state: the consequence, read as expired (Sisimai 5.8)",
    ("mta-messages.tsv", "Exim", "retry time not reached for any host"): "as 'retry time not reached'",
    ("mta-messages.tsv", "Exim", "some host address lookups failed and retry time not reached for other hosts"):
        "as 'retry time not reached'",
    ("mta-messages.tsv", "qmail/notqmail", "451 timeout (#4.4.2)"): EXPIRED_TIMEOUT,
    ("mta-messages.tsv", "qmail/notqmail", "Zconnection to mail server timed out (#4.4.1)"): EXPIRED_TIMEOUT,
    ("mta-messages.tsv", "qmail/notqmail", "Timeout on maildir delivery. (#4.3.0)"): EXPIRED_TIMEOUT,
    ("mta-messages.tsv", "Microsoft Exchange (on-premises)", "Connection timed out"): EXPIRED_TIMEOUT,
    ("mta-messages.tsv", "hMailServer", "There was a timeout while talking to the remote server."): EXPIRED_TIMEOUT,
    ("mta-messages.tsv", "maddy", "Domain does not accept email (null MX)"): NULL_MX,
    ("mta-messages.tsv", "maddy", "Domain in MAIL FROM has null MX record"): NULL_MX + " (the MAIL FROM step gives rejected "
        "in a bounce that names it)",
    ("mta-messages.tsv", "KumoMTA", "Recipient address has a null MX"): NULL_MX,
    ("mta-messages.tsv", "chasquid", "Security level check failed"):
        "the reference gives this wording two reasons (securityerror and, with '(level:', failedstarttls)",
    ("provider-replies.tsv", "Apple iCloud", "Error: too many errors"):
        THIRD_PARTY + "; the words are Postfix smtpd's (smtpd.c, 'client made too many errors'), "
        "syntaxerror in the reference's own Postfix row",
    ("provider-replies.tsv", "GMX / Web.de / 1&1 / IONOS", "Syntax error in parameters or arguments"):
        THIRD_PARTY + "; RFC 5321 gives 501 these words for a syntax error",
    ("provider-replies.tsv", "Mail.ru", "message sending for this account is disabled"):
        THIRD_PARTY + "; a disabled account is suspend (the account-suspended set, Sisimai 4.25 "
        "Sisimai::Reason::Suspend)",
    ("provider-replies.tsv", "Barracuda (ESS)", "rejecting spoofed message"): THIRD_PARTY,
    ("provider-replies.tsv", "Barracuda (ESS)", "permanent failure for one or more recipients"): THIRD_PARTY,
    ("provider-replies.tsv", "AT&T", "sender rejected AUP"):
        THIRD_PARTY + " (KumoMTA's community rules); 'sender rejected' is rejected in Sisimai 4.25",
    ("provider-replies.tsv", "Microsoft 365/Exchange Online", "Delivery not authorized"):
        "Sisimai 4.25 lists 'delivery not authorized' under filtered (Sisimai::Reason::Filtered): the "
        "recipient's side does not take mail from this sender, as the row's meaning says",
    ("mta-messages.tsv", "Courier", "571 Delivery not authorized, message refused."): RFC3463_X71 + " (Courier: relaying)",
    ("mta-messages.tsv", "Microsoft Exchange (on-premises)", "Delivery not authorized, message refused"):
        RFC3463_X71 + " (Exchange: a transport rule, whose own 5.7.900-5.7.999 codes are not registered)",
    ("mta-messages.tsv", "Postfix", "service unavailable"): SYSEXITS,
    ("mta-messages.tsv", "Postfix", "cannot open input"): SYSEXITS,
    ("mta-messages.tsv", "Postfix", "internal software error"): SYSEXITS,
    ("mta-messages.tsv", "Postfix", "can't create user output file"): SYSEXITS,
    ("mta-messages.tsv", "Postfix", "permission denied"): SYSEXITS,
    ("mta-messages.tsv", "Sendmail", " 554 5.0.0 Service unavailable"): SYSEXITS,
    ("mta-messages.tsv", "Postfix", "cannot update mailbox %s for user %s. "): NO_CAUSE,
    ("mta-messages.tsv", "Postfix", "create maildir file %s: %m"): NO_CAUSE,
    ("mta-messages.tsv", "qmail/notqmail", "Temporary error on maildir delivery. (#4.3.0)"): NO_CAUSE,
    ("mta-messages.tsv", "Sendmail", "Deferred: DNS failure: CNAME loop for %.100s"): HOST_TEMPORARY,
    ("mta-messages.tsv", "qmail/notqmail", "Sorry, I couldn't find any host by that name. (#4.1.2)"): HOST_TEMPORARY,
    ("mta-messages.tsv", "Sendmail", "550 Rejected: "): WRAPPER,
    ("mta-messages.tsv", "qmail/notqmail", "Zconnection to mail server rejected (#4.4.1)"):
        "X.4.1 (RFC 3463 'no answer from host') is expired in status_rules.cpp, as the timeouts above "
        "are (Sisimai 5.8's reading)",
    ("mta-messages.tsv", "qmail/notqmail", "Home directory is sticky: user is editing his .qmail file. (#4.2.1)"):
        "X.2.1 is RFC 3463's 'mailbox disabled, not accepting messages': suspend (status_rules.cpp)",
    ("mta-messages.tsv", "qmail/notqmail", "Dmail server permanently rejected message (#5.3.0)"):
        "rejected is the envelope sender's refusal; a QMQP server's refusal of the message names no sender, "
        "and X.3.0 is systemerror",
    ("mta-messages.tsv", "OpenSMTPD", "524 5.2.4 Mailing list expansion problem"):
        "X.2.4 (RFC 3463 'mailing list expansion problem') is a decisive filtered code (status_rules.cpp): "
        "the list refused the message; mailererror is a local delivery program's failure",
    ("mta-messages.tsv", "OpenSMTPD", "424 4.2.4 Mailing list expansion problem"):
        "as the 524 row: X.2.4 is filtered",
    ("mta-messages.tsv", "Cyrus IMAP (lmtpd)", "550 5.7.1 Message refused"):
        "'message refused' is too generic to name Sieve's reject (it ends RFC 3463's X.7.1 title too); "
        "under 5.7.1 it is the generic X.7 securityerror",
    ("mta-messages.tsv", "Postfix", "Delayed Mail (still being retried)"): DELAY_NOTICE,
    ("mta-messages.tsv", "Exim", "A message that you sent has not yet been delivered to one or more of its"):
        DELAY_NOTICE,
    ("mta-messages.tsv", "Sendmail", "Warning: could not send message for past %s"): DELAY_NOTICE,
    ("mta-messages.tsv", "Postfix", "queue file write error"):
        "Sisimai 4.25 lists 'queue file write error' under systemerror (Sisimai::Reason::SystemError); "
        "the words name the failed write, not a full disk",
    ("mta-messages.tsv", "Microsoft Exchange (on-premises)", "Service not available"):
        "Sisimai 4.25 lists 'service not available' under blocked (Sisimai::Reason::Blocked: a 421 at the "
        "greeting); Exchange's own 4.3.2, where the bounce carries it, decides before the weak wording",
    ("mta-messages.tsv", "Courier", "Domain does not exist:"):
        "'domain does not exist' names no sender: hostunknown (Sisimai 4.25 HostUnknown); at MAIL FROM "
        "the command rule gives rejected",
}
for kumo in ("BadDomain", "InvalidSender", "QuotaIssues", "BadConnection", "DNSFailure", "RoutingErrors",
             "PolicyRelated", "SpamBlock", "SpamContent"):
    EXCEPTIONS[("mta-messages.tsv", "KumoMTA", kumo)] = KUMO


def fill_format(match):
    """A printf fragment as a text an MTA would write: variable parts become neutral words."""
    text = re.sub(r"%[-0-9.]*l?[sdiuxmv]", "x", match)
    return text.replace("%%", "%")


def provider_text(r):
    """A provider row's reply: its codes, unless its match already starts with them ("451 4.7.500
    Server busy" is the whole reply), then its wording."""
    match = r["match"]
    text = " ".join(p for p in (r["smtp_code"], r["enhanced_code"]) if p and not match.startswith(p))
    return (text + " " + fill_format(match)).strip()


# Each reference file: (name, the column naming who writes the row, the reply text of a row, the
# remote host given for it).
REFERENCE_FILES = (
    ("provider-replies.tsv", "provider", provider_text, lambda r: PROVIDER_HOSTS.get(r["provider"], "")),
    ("mta-messages.tsv", "mta", lambda r: fill_format(r["match"]), lambda r: ""),
)


def rows(reference_dir):
    for name, who, text, host in REFERENCE_FILES:
        with open(os.path.join(reference_dir, name), newline="") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                yield name, r[who], r["match"], text(r), host(r), r["reason"], r["temporary"]


class Classifier:
    """One `bounce classify --tsv` process for all texts: a line out (text, then the host that
    gave it), the answer's line back. One process per text made these scripts slow, above all
    under the sanitizers."""

    def __init__(self, bounce):
        self.proc = subprocess.Popen([bounce, "classify", "--tsv"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8",
                                     errors="replace")

    def __call__(self, text, host=""):
        line = re.sub(r"[\t\r\n]", " ", text)
        self.proc.stdin.write("%s\t%s\n" % (line, host))
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        if not answer:
            raise RuntimeError("bounce classify --tsv stopped (exit %s)" % self.proc.wait())
        return json.loads(answer)


_classifiers = {}


def classify(bounce, text, host):
    if bounce not in _classifiers:
        _classifiers[bounce] = Classifier(bounce)
    return _classifiers[bounce](text, host)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bounce")
    ap.add_argument("reference_dir")
    ap.add_argument("--floor-reason", type=float, default=0.0)
    ap.add_argument("--floor-temporary", type=float, default=0.0)
    ap.add_argument("--show-disagreements", action="store_true")
    a = ap.parse_args()

    scored = reason_ok = temp_ok = 0
    unused = set(EXCEPTIONS)
    for src, who, match, text, host, want, temporary in rows(a.reference_dir):
        if want == "undefined":
            continue
        key = (src, who, match)
        if key in EXCEPTIONS:
            unused.discard(key)
            continue
        # A content verdict is given after DATA; a bare text is read as a reply at RCPT
        # (docs/reasons.md, "Classifying a text on its own"), so the row names its step.
        if want in CONTENT_REASONS:
            text += " (in reply to end of DATA command)"
        got = classify(a.bounce, text, host)
        reason = ALIASES.get(got["reason"], got["reason"])
        cls4 = (got["status"] or "5").startswith("4")
        scored += 1
        r_ok = reason == ALIASES.get(want, want)
        t_ok = cls4 == (temporary == "yes")
        reason_ok += r_ok
        temp_ok += t_ok
        if a.show_disagreements and not (r_ok and t_ok):
            print("%s\t%s\twant %s%s\tgot %s%s\t%s\t%s" % (
                src.split("-")[0], who, want, "/temp" if temporary == "yes" else "",
                got["reason"], "/temp" if cls4 else "", got["rule"], text))
    for key in sorted(unused):
        print("stale exception (no such row): %s" % (key,))
    r = reason_ok / scored if scored else 0.0
    t = temp_ok / scored if scored else 0.0
    print("reference agreement: %d rows, reason %.3f, temporary %.3f, %d exceptions" % (
        scored, r, t, len(EXCEPTIONS)))
    fail = False
    if round(r, 3) < a.floor_reason:
        print("FAIL: reason %.3f below the floor %.3f" % (r, a.floor_reason))
        fail = True
    if round(t, 3) < a.floor_temporary:
        print("FAIL: temporary %.3f below the floor %.3f" % (t, a.floor_temporary))
        fail = True
    if unused:
        fail = True
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
