#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""Regenerate the corpus files that are easier to produce with a script than
to type: line-ending twins, base64 and ISO-2022-JP bodies, binary junk and the
mimetic crash reproducers. Run from anywhere:  python3 corpus/tools/make_derived.py
The output is deterministic (fixed random seed), so re-running it gives
byte-identical files and an unchanged git tree."""
import base64
import pathlib
import random

ROOT = pathlib.Path(__file__).resolve().parent.parent


def write(rel, data: bytes):
    path = ROOT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


# --- 1. line-ending twins of the Postfix DSN ---------------------------------
lf = (ROOT / "rfc3464/postfix-two-recipients.eml").read_bytes()
assert b"\r" not in lf, "the LF original must not contain CR"
write("rfc3464/postfix-two-recipients-crlf.eml", lf.replace(b"\n", b"\r\n"))
write("rfc3464/postfix-two-recipients-cr.eml", lf.replace(b"\n", b"\r"))

# --- 2. Microsoft 365 style NDR with a base64 delivery-status part ----------
dsn = (
    "Reporting-MTA: dns;DB9PR07MB8841.eurprd07.prod.outlook.example.com\n"
    "Received-From-MTA: dns;AS8P251CA0017.EURP251.PROD.OUTLOOK.example.com\n"
    "Arrival-Date: Tue, 14 Apr 2026 07:41:52 +0000\n"
    "\n"
    "Original-Recipient: rfc822;r.haddad@northwind.example\n"
    "Final-Recipient: rfc822;r.haddad@northwind.example\n"
    "Action: failed\n"
    "Status: 5.1.10\n"
    "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
    "Remote-MTA: dns;PA4PR09MB6120.eurprd09.prod.outlook.example.com\n"
    "X-Display-Name: Rami Haddad\n"
).replace("\n", "\r\n").encode("ascii")  # Exchange encodes CRLF inside the base64
b64 = base64.encodebytes(dsn).decode("ascii")  # 76-column lines, LF

o365 = f"""Return-Path: <>
Received: from DB9PR07MB8841.eurprd07.prod.outlook.example.com (2001:db8:0:5a::12)
 by AM0PR07MB4410.eurprd07.prod.outlook.example.com with HTTPS; Tue, 14 Apr 2026
 07:41:54 +0000
Received: from DB9PR07MB8841.eurprd07.prod.outlook.example.com ([2001:db8:0:5a::12])
 by DB9PR07MB8841.eurprd07.prod.outlook.example.com ([2001:db8:0:5a::12]) with
 mapi id 15.20.8901.012; Tue, 14 Apr 2026 07:41:53 +0000
MIME-Version: 1.0
From: Microsoft Outlook
	<postmaster@example.org>
To: <priya.s@example.org>
Date: Tue, 14 Apr 2026 07:41:53 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e3a0c6d4-1b7f-4a22-9e5d-80c1f2a9b7e6"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID:
 <7b9d0e2f-3c41-4f86-a2d5-6e1f09c4b3a8@DB9PR07MB8841.eurprd07.prod.outlook.example.com>
In-Reply-To:
 <DB9PR07MB88410A1F3E6C5D2B7A94C1E0F2D3A@DB9PR07MB8841.eurprd07.prod.outlook.example.com>
References:
 <DB9PR07MB88410A1F3E6C5D2B7A94C1E0F2D3A@DB9PR07MB8841.eurprd07.prod.outlook.example.com>
Thread-Topic: Site visit on Thursday
Subject: Undeliverable: Site visit on Thursday
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-replied

--e3a0c6d4-1b7f-4a22-9e5d-80c1f2a9b7e6
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="5f1e7c20-8d3b-46a9-b0e4-c92a17d6f351"

--5f1e7c20-8d3b-46a9-b0e4-c92a17d6f351
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery has failed to these recipients or groups:

Rami Haddad (r.haddad@northwind.example)
The address you sent to wasn't found at the destination domain. Check the s=
pelling of the address, or ask the recipient's administrator whether the ad=
dress has changed.

Diagnostic information for administrators:

Generating server: DB9PR07MB8841.eurprd07.prod.outlook.example.com

r.haddad@northwind.example
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient=
 not found by SMTP address lookup'

Original message headers:

Received: from DB9PR07MB8841.eurprd07.prod.outlook.example.com
 ([2001:db8:0:5a::12]) by DB9PR07MB8841.eurprd07.prod.outlook.example.com
 ([2001:db8:0:5a::12]) with mapi id 15.20.8901.012; Tue, 14 Apr 2026 07:41:52
 +0000
From: Priya Sharma <priya.s@example.org>
To: Rami Haddad <r.haddad@northwind.example>
Subject: Site visit on Thursday
Date: Tue, 14 Apr 2026 07:41:51 +0000
Message-ID:
 <DB9PR07MB88410A1F3E6C5D2B7A94C1E0F2D3A@DB9PR07MB8841.eurprd07.prod.outlook.example.com>

--5f1e7c20-8d3b-46a9-b0e4-c92a17d6f351
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body>
<p><b>Your message to r.haddad@northwind.example couldn't be delivered.</b></=
p>
<p>Rami Haddad wasn't found at northwind.example.</p>
<p>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipie=
nt not found by SMTP address lookup'</p>
</body></html>

--5f1e7c20-8d3b-46a9-b0e4-c92a17d6f351--

--e3a0c6d4-1b7f-4a22-9e5d-80c1f2a9b7e6
Content-Type: message/delivery-status
Content-Transfer-Encoding: base64

{b64}
--e3a0c6d4-1b7f-4a22-9e5d-80c1f2a9b7e6
Content-Type: message/rfc822

Received: from DB9PR07MB8841.eurprd07.prod.outlook.example.com
 ([2001:db8:0:5a::12]) by DB9PR07MB8841.eurprd07.prod.outlook.example.com
 ([2001:db8:0:5a::12]) with mapi id 15.20.8901.012; Tue, 14 Apr 2026 07:41:52
 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
From: Priya Sharma <priya.s@example.org>
To: Rami Haddad <r.haddad@northwind.example>
Subject: Site visit on Thursday
Date: Tue, 14 Apr 2026 07:41:51 +0000
Message-ID:
 <DB9PR07MB88410A1F3E6C5D2B7A94C1E0F2D3A@DB9PR07MB8841.eurprd07.prod.outlook.example.com>

Hi Rami,

Could we move the site visit to 10:30 on Thursday? The crane is booked
until ten.

Priya

--e3a0c6d4-1b7f-4a22-9e5d-80c1f2a9b7e6--
"""
write("rfc3464/office365-base64.eml", o365.encode("ascii"))

# --- 3. Japanese plain-text bounce in ISO-2022-JP ----------------------------
def ew(text):  # RFC 2047 B-encoded word in ISO-2022-JP
    return "=?ISO-2022-JP?B?" + base64.b64encode(text.encode("iso2022_jp")).decode() + "?="

ja_head = f"""Return-Path: <>
Received: from mta05.mail.isp.example (mta05.mail.isp.example [203.0.113.51])
	by mx.example.com (Postfix) with ESMTP id 4gT7kL2mQbz3vRx
	for <kenji.sato@example.com>; Thu, 11 Jun 2026 14:02:12 +0900 (JST)
Date: Thu, 11 Jun 2026 14:02:11 +0900 (JST)
From: {ew("メール配送システム")} <MAILER-DAEMON@mta05.mail.isp.example>
To: kenji.sato@example.com
Subject: {ew("メール配送エラーのお知らせ")}
Message-ID: <20260611050211.3F2A1C0019@mta05.mail.isp.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-2022-JP
Content-Transfer-Encoding: 7bit

"""
ja_body = f"""このメールはメールシステムから自動的に送信されています。

お客様が送信されたメールは、次の宛先に配送できませんでした。

  宛先： yuki.tanaka@isp.example
  理由： 宛先のメールボックスが容量の上限に達しているため、
         メールを受け取ることができません。(メールボックス容量超過)

お手数ですが、別の方法で宛先の方にご連絡ください。

------ 送信されたメールのヘッダ ------

Received: from [198.51.100.77] (unknown [198.51.100.77])
	by smtp.example.com (Postfix) with ESMTPSA id 4gT7kJ6wPcz1qNd;
	Thu, 11 Jun 2026 14:02:09 +0900 (JST)
Message-ID: <5e2c9a41-0d7b-4c3e-b8f1-7a6d2e90c315@example.com>
Date: Thu, 11 Jun 2026 14:02:05 +0900
From: {ew("佐藤 健二")} <kenji.sato@example.com>
To: yuki.tanaka@isp.example
Subject: {ew("来週の打ち合わせについて")}
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-2022-JP
Content-Transfer-Encoding: 7bit
"""
write("lhost/localized/ja-iso2022jp-mailbox-full.eml",
      ja_head.encode("ascii") + ja_body.encode("iso2022_jp"))

# --- 4. binary junk ------------------------------------------------------------
rng = random.Random(20260302)
junk = bytes([0x00, 0xff, 0xfe, 0x00]) + bytes(rng.randrange(256) for _ in range(1020))
junk = junk[:200] + b"\x00" * 16 + junk[200:]
assert not junk.startswith(b"From ")
write("junk/junk.eml", junk)

# --- 5. mimetic std::length_error reproducers (stack-notes.md) ----------------
write("regressions/mimetic-length-error-48.eml", bytes.fromhex(
    "436f6e74656e742d547970653a206d756c7469706172742f6d697865643b20626f756e646172793d620a0a0d0a2d2d62"))
write("regressions/mimetic-length-error-28.eml", bytes.fromhex(
    "436f6e74656e742d547970653a6d756c7469706172740a0a0d0a2d2d"))
write("regressions/mimetic-length-error-61.eml", bytes.fromhex(
    "436f6e74656e742d547970653a206d756c7469706172742f6d697865643b20626f756e646172793d620a0a2d2d620a413a20620a0a0d0a2d2d622d2d0a"))
