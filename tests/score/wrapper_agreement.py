#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""Does a reply keep its reason whatever MTA carries it back?

Every reference row that is a remote server's reply (it starts with an SMTP code: the provider
rows of ../shared/reference/provider-replies.tsv and the replies of mta-messages.tsv) is first
classified on its own (`bounce classify`, as reference_agreement.py does), then written into the
notices of four sending MTAs, in the layout each MTA's source gives them:
  postfix   RFC 3464 report; "<rcpt>: host H[ip] said: REPLY (in reply to RCPT TO command)"
            (Postfix smtp_proto.c, bounce templates) and Diagnostic-Code: smtp; REPLY
  exim      text only; "SMTP error from remote mail server after RCPT TO:<rcpt>:" (Exim
            deliver.c / smtp.c), 5xx replies only (a 4xx comes back as a retry timeout)
  sendmail  RFC 3464 report with the transcript ">>> RCPT To:<rcpt>" / "<<< REPLY" (Sendmail
            deliver.c, savemail.c)
  qmail     "<ip> does not like recipient. / Remote host said: REPLY" (qmail-remote.c)
  exchange  Exchange 2010's report: "Remote Server returned 'REPLY'" and an RFC 3464 part with
            Remote-MTA and Diagnostic-Code (as the corpus' lhost/exchange2007 and Sisimai's
            Exchange2007 samples lay it out); no SMTP step
  opensmtpd "rcpt: REPLY" under OpenSMTPD's "An error has occurred while attempting to deliver"
            (bounce.c) and a report with Status 5.0.0 only; no host, no step
A content reply (spamdetected, virusdetected, contenterror rows) is given at the end of DATA.
The provider's own host is the remote host, as in reference_agreement.py. Each notice is
compared with the bare reply as far as the notice tells: qmail and OpenSMTPD name no host, so
their notices are compared with the reply classified without one (a provider's own codes apply
only where its host is named); Exchange and OpenSMTPD name no step, so the bare reply names none
either (a content verdict then decides, docs/reasons.md "Classifying a text on its own").

The check is consistency: the reason of the record parsed from each notice must be the reason
`bounce classify` gives the bare reply. An extractor gathers evidence and the classifier decides
(docs/architecture.md), so a reply that changes reason with its carrier means an extractor
decides, or loses, something on its own. Prints each inconsistency and the share per carrier;
exit 1 below --floor.

usage: wrapper_agreement.py BOUNCE REFERENCE_DIR [--floor F] [--show]"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_agreement as ref  # noqa: E402

RCPT = "user@example.org"
IP = "192.0.2.25"
REPLY = re.compile(r"^([245])\d\d[ -]")
ESC = re.compile(r"^[245]\d\d[ -]+([245]\.\d{1,3}\.\d{1,3})\b")

HEAD = ("Return-Path: <>\nDate: Fri, 04 Dec 2026 10:00:00 +0000\nMessage-ID: <{mid}@mx.example.net>\n"
        "To: newsletter@example.net\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n")
ORIGINAL = ("From: newsletter@example.net\nTo: " + RCPT + "\nSubject: News\n"
            "Message-ID: <orig-{mid}@example.net>\n\nHello.\n")


def status_of(reply):
    m = ESC.match(reply)
    return m.group(1) if m else reply[0] + ".0.0"


def postfix(reply, host, data, mid):
    step = "end of DATA" if data else "RCPT TO"
    return (HEAD.format(mid=mid) +
            "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
            "--B\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\n\n"
            "This is the mail system at host mx.example.net.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "                   The mail system\n\n"
            "<%s>: host %s[%s] said: %s (in reply to %s command)\n\n"
            "--B\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.example.net\nArrival-Date: Fri, 04 Dec 2026 09:59:00 +0000\n\n"
            "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\n"
            "Status: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n\n"
            "--B\nContent-Description: Undelivered Message Headers\n"
            "Content-Type: text/rfc822-headers\n\n%s\n--B--\n") % (
                RCPT, host, IP, reply, step, RCPT, RCPT, status_of(reply), host, reply,
                ORIGINAL.format(mid=mid).split("\n\n")[0])


def exim(reply, host, data, mid):
    if reply[0] != "5":
        return None
    step = "end of data" if data else "RCPT TO:<%s>" % RCPT
    return (HEAD.format(mid=mid) +
            "From: Mail Delivery System <Mailer-Daemon@mx.example.net>\n"
            "Subject: Mail delivery failed: returning message to sender\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    host %s [%s]\n    SMTP error from remote mail server after %s:\n    %s\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n%s") % (
                RCPT, host, IP, step, reply, ORIGINAL.format(mid=mid))


def sendmail(reply, host, data, mid):
    temporary = reply[0] == "4"
    command = "DATA" if data else "RCPT To:<%s>" % RCPT
    return (HEAD.format(mid=mid) +
            "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\n"
            "Subject: Returned mail: see transcript for details\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"S\"\n\n"
            "--S\n\nThe original message was received at Fri, 4 Dec 2026 09:59:00 GMT\n"
            "from localhost [127.0.0.1]\n\n"
            "   ----- The following addresses had %s -----\n<%s>\n    (reason: %s)\n\n"
            "   ----- Transcript of session follows -----\n... while talking to %s.:\n"
            ">>> %s\n<<< %s\n\n"
            "--S\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.example.net\nArrival-Date: Fri, 4 Dec 2026 09:59:00 GMT\n\n"
            "Final-Recipient: RFC822; %s\nAction: failed\nStatus: %s\nRemote-MTA: DNS; %s\n"
            "Diagnostic-Code: SMTP; %s\nLast-Attempt-Date: Fri, 4 Dec 2026 10:00:00 GMT\n\n"
            "--S\nContent-Type: text/rfc822-headers\n\n%s\n--S--\n") % (
                "transient non-fatal errors" if temporary else "permanent fatal errors", RCPT,
                reply, host, command, reply, RCPT, status_of(reply), host, reply,
                ORIGINAL.format(mid=mid).split("\n\n")[0])


def qmail(reply, host, data, mid):
    said = "%s failed after I sent the message." % IP if data else "%s does not like recipient." % IP
    return (HEAD.format(mid=mid) +
            "From: MAILER-DAEMON@mx.example.net\nSubject: failure notice\n\n"
            "Hi. This is the qmail-send program at mx.example.net.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<%s>:\n%s\nRemote host said: %s\nGiving up on %s.\n\n"
            "--- Below this line is a copy of the message.\n\n%s") % (
                RCPT, said, reply, IP, ORIGINAL.format(mid=mid))


def exchange(reply, host, data, mid):
    return (HEAD.format(mid=mid) +
            "From: <postmaster@ex.example.net>\nSubject: Undeliverable: News\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"X\"\n\n"
            "--X\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
            "Delivery has failed to these recipients or groups:\n\n%s\n"
            "The recipient's e-mail system rejected the message.\n\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: ex.example.net\n\n"
            "%s\n%s #%s #SMTP#\n\nOriginal message headers:\n\n%s\n"
            "--X\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns;ex.example.net\nReceived-From-MTA: dns;ex.example.net\n"
            "Arrival-Date: Fri, 4 Dec 2026 09:59:00 +0000\n\n"
            "Final-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
            "Diagnostic-Code: smtp;%s\nRemote-MTA: dns;%s\n\n"
            "--X\nContent-Type: text/rfc822-headers\n\n%s\n--X--\n") % (
                RCPT, RCPT, host, "Remote Server returned '%s'" % reply, ORIGINAL.format(mid=mid),
                RCPT, status_of(reply), reply, host, ORIGINAL.format(mid=mid).split("\n\n")[0])


def opensmtpd(reply, host, data, mid):
    return (HEAD.format(mid=mid) +
            "From: Mailer Daemon <MAILER-DAEMON@mx.example.net>\n"
            "Subject: Delivery status notification: failed\n"
            "Content-Type: multipart/mixed;boundary=\"O\"\n\n"
            "--O\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
            "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
            "    An error has occurred while attempting to deliver a message for\n"
            "    the following list of recipients:\n\n%s: %s\n\n"
            "    Below is a copy of the original message:\n\n"
            "--O\nContent-Description: Delivery Report\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
            "Status: 5.0.0\n\n--O\nContent-Description: Message headers\n"
            "Content-Type: text/rfc822-headers\n\n%s\n--O--\n") % (
                RCPT, reply, RCPT, ORIGINAL.format(mid=mid).split("\n\n")[0])


# (name, writer, whether the notice names the remote host, whether it names the SMTP step)
CARRIERS = (("postfix", postfix, True, True), ("exim", exim, True, True),
            ("sendmail", sendmail, True, True), ("qmail", qmail, False, True),
            ("exchange", exchange, True, False), ("opensmtpd", opensmtpd, False, False))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bounce")
    ap.add_argument("reference_dir")
    ap.add_argument("--floor", type=float, default=0.0)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()

    cases = []  # (path, carrier, row text, bare reason)
    with tempfile.TemporaryDirectory() as tmp:
        n = 0
        for src, who, match, text, host, want, temporary in ref.rows(a.reference_dir):
            if want == "undefined" or (src, who, match) in ref.EXCEPTIONS or not REPLY.match(text):
                continue
            data = want in ref.CONTENT_REASONS
            # The bare reply names its step where the notice does (a bare text without one is
            # only assumed to come from RCPT, and a content verdict then still decides).
            stepped = text + (" (in reply to %s command)" % ("end of DATA" if data else "RCPT TO"))
            unstepped = text + " (in reply to end of DATA command)"
            bare = {}
            for carrier, write, names_host, names_step in CARRIERS:
                body = write(text, host or "mx.example.org", data, n)
                if body is None:
                    continue
                path = os.path.join(tmp, "%05d-%s.eml" % (n, carrier))
                with open(path, "w") as f:
                    f.write(body)
                key = (names_host, names_step)
                if key not in bare:
                    bare[key] = ref.classify(a.bounce, stepped if names_step else unstepped,
                                             host if names_host else "")["reason"]
                cases.append((path, carrier, who, text, bare[key]))
                n += 1
        out = subprocess.run([a.bounce, "parse", "-q"] + [c[0] for c in cases],
                             capture_output=True, text=True).stdout
        got = {}
        for line in out.splitlines():
            r = json.loads(line)
            got.setdefault(r["source"], []).append(r)
    seen, same = {}, {}
    for path, carrier, who, text, bare in cases:
        recs = got.get(path, [])
        reason = recs[0]["reason"] if len(recs) == 1 else "%d records" % len(recs)
        ok = reason == bare
        seen[carrier] = seen.get(carrier, 0) + 1
        same[carrier] = same.get(carrier, 0) + ok
        if a.show and not ok:
            print("%s\t%s\tbare %s\tcarried %s (%s)\t%s" % (
                carrier, who, bare, reason, recs[0]["rule"] if len(recs) == 1 else "-", text))
    total, agree = sum(seen.values()), sum(same.values())
    print("wrapper agreement: %s; all %d/%d = %.3f" % (
        ", ".join("%s %d/%d" % (c, same[c], seen[c]) for c, *_ in CARRIERS if c in seen),
        agree, total, agree / max(total, 1)))
    if agree / max(total, 1) + 1e-9 < a.floor:
        print("FAIL: below the floor %.3f" % a.floor)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
