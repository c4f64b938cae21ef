#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""Write a large, well-formed but hostile-shaped bounce to stdout, for memory tests.

Kinds (--kind):
  groups   an RFC 3464 DSN with N per-recipient groups (default 200000)
  headers  a DSN whose top-level header has N fields (default 100000)
  status   a DSN with one recipient group carrying N Status fields (default 200000)
  listed   a Postfix-style notice naming each of N recipients in its text and in a group
           without Diagnostic-Code (default 20000): every group looks its recipient up in the text
The text is generated, not taken from any corpus.
"""
import argparse
import sys

BOUNDARY = "=_memtest_boundary"


def head(extra_headers="", text="The message could not be delivered to one or more recipients.\n"):
    return (
        "Return-Path: <>\n"
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
        "To: sender@example.org\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        "Date: Wed, 2 Dec 2026 10:00:00 +0000\n"
        "Message-ID: <memtest@mx.example.net>\n"
        + extra_headers
        + "MIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        f' boundary="{BOUNDARY}"\n'
        "\n"
        f"--{BOUNDARY}\n"
        "Content-Type: text/plain\n\n"
        + text + "\n"
        f"--{BOUNDARY}\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.net\n"
        "Arrival-Date: Wed, 2 Dec 2026 09:59:00 +0000\n"
    )


def tail():
    return (
        f"--{BOUNDARY}\n"
        "Content-Type: text/rfc822-headers\n\n"
        "From: sender@example.org\n"
        "To: many@example.com\n"
        "Subject: hello\n\n"
        f"--{BOUNDARY}--\n"
    )


def group(i, full):
    # The compact group (the default) keeps 200k groups near 7.5 MB, under the default
    # max_message_bytes, so the test measures the parser rather than the size check.
    if not full:
        return f"\nFinal-Recipient: rfc822;u{i}@x.ex\n"
    return (
        "\n"
        f"Final-Recipient: rfc822; user{i}@example.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <user{i}@example.com>: User unknown\n"
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", choices=["groups", "headers", "status", "listed"], default="groups")
    ap.add_argument("-n", type=int, default=None, help="how many groups/headers/fields")
    ap.add_argument("--full", action="store_true", help="groups with Action and Diagnostic-Code")
    args = ap.parse_args()
    out = sys.stdout
    if args.kind == "groups":
        n = 200000 if args.n is None else args.n
        out.write(head())
        out.writelines(group(i, args.full) for i in range(n))
        out.write("\n")
    elif args.kind == "headers":
        n = 100000 if args.n is None else args.n
        out.write(head("".join(f"X-Trace-{i}: hop {i} via relay{i % 97}.example.net\n"
                               for i in range(n))))
        out.write(group(0, True))
        out.write("\n")
    elif args.kind == "listed":
        n = 20000 if args.n is None else args.n
        out.write(head(text="".join(f"<u{i}@x.example>: host mx.x.example said: 550 5.1.1 "
                                    f"<u{i}@x.example>: Recipient address rejected: "
                                    "User unknown (in reply to RCPT TO command)\n\n"
                                    for i in range(n))))
        out.writelines(f"\nFinal-Recipient: rfc822; u{i}@x.example\nAction: failed\n"
                       "Status: 5.1.1\n" for i in range(n))
        out.write("\n")
    else:
        n = 200000 if args.n is None else args.n
        out.write(head())
        out.write("\nFinal-Recipient: rfc822; user@example.com\nAction: failed\n")
        out.writelines("Status: 5.1.1\n" for _ in range(n))
        out.write("Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n")
    out.write(tail())


if __name__ == "__main__":
    main()
