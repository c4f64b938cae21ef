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

IP = "192.0.2.25"
REPLY = re.compile(r"^([245])\d\d[ -]")
ESC = re.compile(r"^[245]\d\d[ -]+([245]\.\d{1,3}\.\d{1,3})\b")

HEAD = ("Return-Path: <>\nDate: Fri, 04 Dec 2026 10:00:00 +0000\nMessage-ID: <{mid}@mx.example.net>\n"
        "To: newsletter@example.net\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n")


def original(items, mid, headers_only=False):
    text = ("From: newsletter@example.net\nTo: %s\nSubject: News\n"
            "Message-ID: <orig-%s@example.net>\n\nHello.\n") % (
                ", ".join(i.rcpt for i in items), mid)
    return text.split("\n\n")[0] if headers_only else text


def status_of(reply):
    m = ESC.match(reply)
    return m.group(1) if m else reply[0] + ".0.0"


class Item:
    """One recipient of a notice: its address, the reply its host gave, the host, and whether the
    reply came at the end of DATA."""

    def __init__(self, rcpt, reply, host, data):
        self.rcpt, self.reply, self.host, self.data = rcpt, reply, host, data


def postfix(items, mid):
    blocks = "".join("<%s>: host %s[%s] said: %s (in reply to %s command)\n\n" % (
        i.rcpt, i.host, IP, i.reply, "end of DATA" if i.data else "RCPT TO") for i in items)
    groups = "".join(
        "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\n"
        "Status: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n\n" % (
            i.rcpt, i.rcpt, status_of(i.reply), i.host, i.reply) for i in items)
    return (HEAD.format(mid=mid) +
            "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
            "--B\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\n\n"
            "This is the mail system at host mx.example.net.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "                   The mail system\n\n" + blocks +
            "--B\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.example.net\nArrival-Date: Fri, 04 Dec 2026 09:59:00 +0000\n\n" +
            groups + "--B\nContent-Description: Undelivered Message Headers\n"
            "Content-Type: text/rfc822-headers\n\n" + original(items, mid, True) + "\n--B--\n")


def exim(items, mid):
    if any(i.reply[0] != "5" for i in items):
        return None
    blocks = "".join("  %s\n    host %s [%s]\n    SMTP error from remote mail server after %s:\n"
                     "    %s\n\n" % (i.rcpt, i.host, IP,
                                     "end of data" if i.data else "RCPT TO:<%s>" % i.rcpt, i.reply)
                     for i in items)
    return (HEAD.format(mid=mid) +
            "From: Mail Delivery System <Mailer-Daemon@mx.example.net>\n"
            "Subject: Mail delivery failed: returning message to sender\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n" +
            blocks + "------ This is a copy of the message, including all the headers. ------\n\n" +
            original(items, mid))


def sendmail(items, mid):
    temporary = items[0].reply[0] == "4"
    if any((i.reply[0] == "4") != temporary for i in items):
        return None
    listed = "".join("<%s>\n    (reason: %s)\n" % (i.rcpt, i.reply) for i in items)
    transcript = "".join("... while talking to %s.:\n>>> %s\n<<< %s\n" % (
        i.host, "DATA" if i.data else "RCPT To:<%s>" % i.rcpt, i.reply) for i in items)
    groups = "".join(
        "Final-Recipient: RFC822; %s\nAction: failed\nStatus: %s\nRemote-MTA: DNS; %s\n"
        "Diagnostic-Code: SMTP; %s\nLast-Attempt-Date: Fri, 4 Dec 2026 10:00:00 GMT\n\n" % (
            i.rcpt, status_of(i.reply), i.host, i.reply) for i in items)
    return (HEAD.format(mid=mid) +
            "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\n"
            "Subject: Returned mail: see transcript for details\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"S\"\n\n"
            "--S\n\nThe original message was received at Fri, 4 Dec 2026 09:59:00 GMT\n"
            "from localhost [127.0.0.1]\n\n"
            "   ----- The following addresses had %s -----\n" % (
                "transient non-fatal errors" if temporary else "permanent fatal errors") +
            listed + "\n   ----- Transcript of session follows -----\n" + transcript +
            "\n--S\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.example.net\nArrival-Date: Fri, 4 Dec 2026 09:59:00 GMT\n\n" +
            groups + "--S\nContent-Type: text/rfc822-headers\n\n" + original(items, mid, True) +
            "\n--S--\n")


def qmail(items, mid):
    blocks = "".join("<%s>:\n%s\nRemote host said: %s\nGiving up on %s.\n\n" % (
        i.rcpt, ("%s failed after I sent the message." if i.data else
                 "%s does not like recipient.") % IP, i.reply, IP) for i in items)
    return (HEAD.format(mid=mid) +
            "From: MAILER-DAEMON@mx.example.net\nSubject: failure notice\n\n"
            "Hi. This is the qmail-send program at mx.example.net.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n" + blocks +
            "--- Below this line is a copy of the message.\n\n" + original(items, mid))


def exchange(items, mid):
    users = "".join("%s\nThe recipient's e-mail system rejected the message.\n\n" % i.rcpt
                    for i in items)
    admin = "".join("%s\n%s #Remote Server returned '%s' #SMTP#\n\n" % (i.rcpt, i.host, i.reply)
                    for i in items)
    groups = "".join("Final-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
                     "Diagnostic-Code: smtp;%s\nRemote-MTA: dns;%s\n\n" % (
                         i.rcpt, status_of(i.reply), i.reply, i.host) for i in items)
    return (HEAD.format(mid=mid) +
            "From: <postmaster@ex.example.net>\nSubject: Undeliverable: News\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"X\"\n\n"
            "--X\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
            "Delivery has failed to these recipients or groups:\n\n" + users +
            "\nDiagnostic information for administrators:\n\nGenerating server: ex.example.net\n\n" +
            admin + "Original message headers:\n\n" + original(items, mid) +
            "\n--X\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns;ex.example.net\nReceived-From-MTA: dns;ex.example.net\n"
            "Arrival-Date: Fri, 4 Dec 2026 09:59:00 +0000\n\n" + groups +
            "--X\nContent-Type: text/rfc822-headers\n\n" + original(items, mid, True) + "\n--X--\n")


def opensmtpd(items, mid):
    lines = "".join("%s: %s\n" % (i.rcpt, i.reply) for i in items)
    groups = "".join("Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.0.0\n\n" % i.rcpt
                     for i in items)
    return (HEAD.format(mid=mid) +
            "From: Mailer Daemon <MAILER-DAEMON@mx.example.net>\n"
            "Subject: Delivery status notification: failed\n"
            "Content-Type: multipart/mixed;boundary=\"O\"\n\n"
            "--O\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
            "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
            "    An error has occurred while attempting to deliver a message for\n"
            "    the following list of recipients:\n\n" + lines +
            "\n    Below is a copy of the original message:\n\n"
            "--O\nContent-Description: Delivery Report\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.example.net\n\n" + groups +
            "--O\nContent-Description: Message headers\nContent-Type: text/rfc822-headers\n\n" +
            original(items, mid, True) + "\n--O--\n")


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

    replies = []  # (who, text, host, data, {(names_host, names_step): bare reason})
    for src, who, match, text, host, want, temporary in ref.rows(a.reference_dir):
        if want == "undefined" or (src, who, match) in ref.EXCEPTIONS or not REPLY.match(text):
            continue
        data = want in ref.CONTENT_REASONS
        # The bare reply names its step where the notice does (a bare text without one is only
        # assumed to come from RCPT, and a content verdict then still decides); a notice that
        # names no step reads like a reply at DATA (docs/reasons.md, adjustment 4).
        stepped = text + (" (in reply to %s command)" % ("end of DATA" if data else "RCPT TO"))
        unstepped = text + " (in reply to end of DATA command)"
        bare = {}
        for names_host in (True, False):
            for names_step in (True, False):
                bare[(names_host, names_step)] = ref.classify(
                    a.bounce, stepped if names_step else unstepped,
                    host if names_host else "")["reason"]
        replies.append((who, text, host or "mx.example.org", data, bare))

    # Each reply alone, then in notices of three recipients (rows i, i+1, i+2 of the same class,
    # 4 or 5), which must give three records, each with its own reply's reason.
    notices = [[r] for r in replies]
    for cls in "45":
        same = [r for r in replies if r[1][0] == cls]
        notices += [same[i:i + 3] for i in range(0, len(same) - 2, 3)]

    cases = []  # (path, carrier, [(rcpt, who, text, bare reason)])
    with tempfile.TemporaryDirectory() as tmp:
        for n, group in enumerate(notices):
            for carrier, write, names_host, names_step in CARRIERS:
                items = [Item("user%d@example.org" % k, who, host, data)
                         for k, (who, text, host, data, bare) in enumerate(group)]
                for item, (who, text, host, data, bare) in zip(items, group):
                    item.reply = text
                body = write(items, n)
                if body is None:
                    continue
                path = os.path.join(tmp, "%05d-%s.eml" % (n, carrier))
                with open(path, "w") as f:
                    f.write(body)
                cases.append((path, carrier, [(i.rcpt, g[0], g[1], g[4][(names_host, names_step)])
                                              for i, g in zip(items, group)]))
        out = subprocess.run([a.bounce, "parse", "-q"] + [c[0] for c in cases],
                             capture_output=True, text=True).stdout
        got = {}
        for line in out.splitlines():
            r = json.loads(line)
            got.setdefault(r["source"], {})[r["recipient"]] = r
    seen, same = {}, {}
    for path, carrier, wants in cases:
        recs = got.get(path, {})
        extra = len(recs) - len(wants)
        for rcpt, who, text, bare in wants:
            rec = recs.get(rcpt)
            reason = rec["reason"] if rec else "no record"
            ok = reason == bare and extra == 0
            key = (carrier, len(wants))
            seen[key] = seen.get(key, 0) + 1
            same[key] = same.get(key, 0) + ok
            if a.show and not ok:
                print("%s/%d\t%s\tbare %s\tcarried %s (%s)%s\t%s" % (
                    carrier, len(wants), who, bare, reason, rec["rule"] if rec else "-",
                    " +%d records" % extra if extra else "", text))
    total, agree = sum(seen.values()), sum(same.values())
    print("wrapper agreement (recipients alone / in threes): %s; all %d/%d = %.3f" % (
        ", ".join("%s %d/%d %d/%d" % (c, same.get((c, 1), 0), seen.get((c, 1), 0),
                                      same.get((c, 3), 0), seen.get((c, 3), 0))
                  for c, *_ in CARRIERS),
        agree, total, agree / max(total, 1)))
    if agree / max(total, 1) + 1e-9 < a.floor:
        print("FAIL: below the floor %.3f" % a.floor)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
