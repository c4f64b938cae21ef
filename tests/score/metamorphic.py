#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""Metamorphic check of generalisation: rewrites every bounce in ways that keep its meaning and
counts the messages whose records change. Real MTAs send the same notice with other line endings,
other header-name case, DSN fields folded at other columns, the notice in base64 or
quoted-printable, without the returned message, for other addresses, and forwarded by a person
as an attachment (a support mailbox gets those), and under another Subject (Postfix's and Exim's
are the administrator's), as an entry of an mbox file, with its text in capitals (the
separators an extractor cuts at are found in any case, as its markers are), with each
recipient's DSN fields in another order or with an extension field (RFC 3464 sets no order and
allows X- fields), with trailing blanks, and with the trace fields a relay of the sender's site
adds on top, with a gateway's tag in front of the Subject, the From in its other RFC 5322 form,
the top Content-Type's parameters quoted and reordered, ASCII text labelled windows-1252,
Action values in capitals, other boundaries, a MIME preamble, no MIME-Version, and the
report's recipient domains in capitals, a CRLF header block over an LF body, and the returned
message base64-encoded or sent as a text part, and with a second recipient that failed alike
(dsn-twin: both must get the record);
a record that changes under such a rewrite depends on the sample's form, not on
what it says, and will miss on mail never seen.

Compared per message: the records' recipients (renamed back), reasons, statuses, reply codes and
hard/soft, in order. Messages without records in the original are skipped.

Usage: metamorphic.py BOUNCE DIR... [--max-changed K] [--show N] [--only T]
Exit 1 when some transform changes more than K messages (default: no limit)."""
import argparse, email, email.policy, hashlib, json, os, re, subprocess, sys, tempfile
from email.generator import BytesGenerator
from io import BytesIO

DSN_FIELDS = (b'Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code|Remote-MTA|'
              b'Reporting-MTA|Last-Attempt-Date|Arrival-Date|Received-From-MTA|Will-Retry-Until')
FIELD_RE = re.compile(rb'^(' + DSN_FIELDS + rb')([ \t]*):', re.M | re.I)


def eol(raw):
    head = raw[:4096]
    if b'\r\n' in head:
        return b'\r\n'
    return b'\r' if b'\r' in head and b'\n' not in head else b'\n'  # classic Mac OS


def to_crlf(raw):
    return re.sub(rb'\r?\n', b'\r\n', raw)


def to_lf(raw):
    return raw.replace(b'\r\n', b'\n')


def field_case(raw):
    return FIELD_RE.sub(lambda m: m.group(1).lower() + m.group(2) + b':', raw)


def refold(raw):
    """Unfolds each Diagnostic-Code field and folds it again at about 40 columns."""
    nl = eol(raw)
    pat = re.compile(rb'^(Diagnostic-Code:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)', re.M | re.I)

    def fold(m):
        if re.search(rb'=\r?$', m.group(1), re.M):
            return m.group(1)  # a quoted-printable part: its soft line breaks stay
        text = re.sub(rb'\r?\n[ \t]+', b' ', m.group(1))
        words = text.split(b' ')
        lines, cur = [], b''
        for w in words:
            if cur and len(cur) + 1 + len(w) > 40:
                lines.append(cur)
                cur = w
            else:
                cur = cur + b' ' + w if cur else w
        lines.append(cur)
        return (nl + b'    ').join(lines)

    return pat.sub(fold, raw)


def walk_parts(msg, inside_returned=False):
    """Leaf parts of the notice, without those of a returned message."""
    ctype = msg.get_content_type()
    # Python's email package parses any message/* body as a message (a message/xdelivery-status
    # report too): none of them is the notice's text.
    if ctype.startswith('message/') or ctype in ('text/rfc822-headers',):
        return
    if msg.is_multipart():
        for p in msg.get_payload():
            yield from walk_parts(p)
    else:
        yield msg


def regenerate(msg):
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=email.policy.compat32).flatten(msg)
    return out.getvalue()


def rewrite_plain_text(raw, rewrite):
    """Applies rewrite(part) to each unencoded text/plain part of the notice (not its delivery
    report or returned message); rewrite returns False to leave a part as it is."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    changed = False
    for part in walk_parts(msg):
        if part.get_content_type() != 'text/plain':
            continue
        if (part.get('Content-Transfer-Encoding') or '7bit').strip().lower() not in ('7bit', '8bit'):
            continue
        changed = rewrite(part) is not False or changed
    return regenerate(msg) if changed else None


def encode_text(raw, cte):
    def encode(part):
        body = part.get_payload(decode=True)
        if not body:
            return False
        del part['Content-Transfer-Encoding']
        if cte == 'base64':
            import base64
            enc = base64.encodebytes(body).decode('ascii')
        else:
            import quopri
            enc = quopri.encodestring(body).decode('ascii')
        part['Content-Transfer-Encoding'] = cte
        part.set_payload(enc)
    return rewrite_plain_text(raw, encode)


def upper_text(raw):
    """Upper-cases the notice's plain text."""
    def upper(part):
        body = part.get_payload()
        if not isinstance(body, str) or not body.strip():
            return False
        # JSON keys (a provider's notification) are case-sensitive, and ISO-2022 text is
        # letters inside its escape sequences: neither keeps its meaning upper-cased.
        if body.lstrip().startswith('{') or 'iso-2022' in (part.get_content_charset() or ''):
            return False
        part.set_payload(body.upper())
    return rewrite_plain_text(raw, upper)


def drop_returned(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if msg.get_content_type() != 'multipart/report' or not msg.is_multipart():
        return None
    if msg.get_param('report-type', '').lower() == 'feedback-report':
        return None  # a complaint names its recipient in the returned message only (RFC 5965)
    keep = [p for p in msg.get_payload() if p.get_content_type() not in (
        'message/rfc822', 'text/rfc822-headers', 'message/rfc822-headers')]
    if len(keep) == len(msg.get_payload()):
        return None
    msg.set_payload(keep)
    return regenerate(msg)


def html_only(raw):
    """Drops the plain-text alternative of the notice where an HTML one says the same."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    changed = False
    stack = [msg]
    while stack:
        m = stack.pop()
        if m.get_content_type() in ('message/rfc822', 'text/rfc822-headers'):
            continue
        if not m.is_multipart():
            continue
        parts = m.get_payload()
        if m.get_content_type() == 'multipart/alternative':
            types = [p.get_content_type() for p in parts]
            html = [p for p in parts if p.get_content_type() == 'text/html']
            plain = [p for p in parts if p.get_content_type() == 'text/plain']
            if html and plain and len(html[0].get_payload(decode=True) or b'') >= 200:
                m.set_payload([p for p in parts if p.get_content_type() != 'text/plain'])
                changed = True
                continue
        stack.extend(parts)
    return regenerate(msg) if changed else None


def dsn_address_form(raw):
    """Writes the address type upper-case, without a space, and the address in brackets
    (\"RFC822;<a@b>\"): forms real MTAs use for the same field (RFC 3464 section 2.3)."""
    pat = re.compile(rb'^((?:Final|Original)-Recipient:[ \t]*)rfc822;[ \t]*<?([^\s<>]+@[^\s<>]+?)>?'
                     rb'([ \t]*\r?$)', re.M | re.I)
    out = pat.sub(lambda m: m.group(1) + b'RFC822;<' + m.group(2) + b'>' + m.group(3), raw)
    return out if out != raw else None


def dsn_bodies(raw):
    """(start, end) of the body of each unencoded message/delivery-status part, in order."""
    nl = eol(raw)
    for m in re.finditer(rb'(?mi)^Content-Type:[ \t]*message/(?:global-)?delivery-status[^\r\n]*'
                         rb'(?:\r?\n[ \t][^\r\n]*)*\r?\n', raw):
        head_end = raw.find(nl + nl, m.start())
        if head_end < 0 or re.search(rb'(?i)Content-Transfer-Encoding:[ \t]*(base64|quoted-printable)',
                                     raw[m.start():head_end]):
            continue
        start = head_end + 2 * len(nl)
        end = raw.find(nl + b'--', start)
        yield start, len(raw) if end < 0 else end


def dsn_blocks(raw, rewrite_block):
    """Applies rewrite_block(lines) to each per-recipient field block of an unencoded
    message/delivery-status part; a block is a list of fields, each a list of its lines."""
    nl = eol(raw)
    out, changed = [], False
    pos = 0
    for start, end in dsn_bodies(raw):
        blocks = raw[start:end].split(nl + nl)
        for i in range(1, len(blocks)):  # the first block is per-message
            body = blocks[i].rstrip(b'\r\n')
            tail = blocks[i][len(body):]
            fields = []
            for line in body.split(nl):
                if fields and line[:1] in (b' ', b'\t'):
                    fields[-1].append(line)
                else:
                    fields.append([line])
            if len(fields) < 2 or not all(re.match(rb'[A-Za-z-]+:', f[0]) for f in fields):
                continue
            new_fields = rewrite_block(fields)
            if new_fields != fields:
                blocks[i] = nl.join(nl.join(f) for f in new_fields) + tail
                changed = True
        out.append(raw[pos:start] + (nl + nl).join(blocks))
        pos = end
    return b''.join(out) + raw[pos:] if changed else None


def dsn_field_order(raw):
    """Writes each recipient's DSN fields in reverse order: RFC 3464 (section 2.3) sets no
    order, and MTAs differ (Exim writes Action before Final-Recipient's neighbours, Exchange
    puts Remote-MTA last)."""
    return dsn_blocks(raw, lambda fields: fields[::-1])


def dsn_recipient_order(raw):
    """Writes the per-recipient blocks of each delivery-status part in reverse order: each
    record must follow its recipient, whatever its place (the text part is left as it is, so a
    reader that pairs the n-th block with the n-th text paragraph is caught)."""
    nl = eol(raw)
    out, changed, pos = [], False, 0
    for start, end in dsn_bodies(raw):
        body = raw[start:end]
        core = body.rstrip(b'\r\n')
        blocks = core.split(nl + nl)
        rcpt = [b for b in blocks[1:] if re.search(rb'(?mi)^Final-Recipient:', b)]
        if len(rcpt) < 2 or len(rcpt) != len(blocks) - 1:
            continue
        out.append(raw[pos:start] + (nl + nl).join(blocks[:1] + rcpt[::-1]) + body[len(core):])
        pos = end
        changed = True
    return b''.join(out) + raw[pos:] if changed else None


def dsn_extension(raw):
    """Adds an extension field to each recipient's DSN fields (RFC 3464 section 2.4 allows
    them; Postfix writes X-Postfix-Sender, Exim X-Exim-Diagnostic)."""
    return dsn_blocks(raw, lambda fields: fields[:1] + [[b'X-Example-Queue-ID: 4F1B2C3D']] +
                      fields[1:])


def multiline_reply(raw):
    """Writes each one-line SMTP reply of a Diagnostic-Code field as the two-line reply a server
    may send instead (RFC 5321 section 4.2.1: "550-5.1.1 first half" then "550 5.1.1 second
    half"), joined the way Postfix and Sendmail copy a multi-line reply into the field. The
    server chooses where its lines break, often inside a sentence (Gmail's replies), so the
    split falls at the word nearest the middle."""
    reply = re.compile(rb'^(\s*smtp;\s*)(\d{3}) (\d\.\d{1,3}\.\d{1,3} )?(.*)$', re.I | re.S)

    def split(fields):
        out = []
        for f in fields:
            m = re.match(rb'(?i)Diagnostic-Code:', f[0])
            value = b' '.join(x.strip() for x in [f[0][m.end():]] + f[1:]) if m else b''
            r = reply.match(value) if m else None
            words = r.group(4).split() if r else []
            if not r or len(words) < 4 or re.search(rb'\b\d{3}-', value):
                out.append(f)
                continue
            half = len(words) // 2
            code, enh = r.group(2), r.group(3) or b''
            first = code + b'-' + enh + b' '.join(words[:half])
            second = code + b' ' + enh + b' '.join(words[half:])
            out.append([b'Diagnostic-Code: smtp; ' + first, b'    ' + second])
            # The notice's own text quotes the same reply: where it does so on one line, it
            # gets the same two lines.
            texts.append((code + b' ' + enh + b' '.join(words), first + b' ' + second))
        return out
    texts = []
    out = dsn_blocks(raw, split)
    for old, new in texts if out else ():
        out = out.replace(old, new)
    return out


def trailing_space(raw):
    """Adds trailing blanks to the notice's plain-text lines (what some MTAs and relays leave)."""
    def pad(part):
        body = part.get_payload()
        if not isinstance(body, str) or not body.strip():
            return False
        part.set_payload(re.sub(r'(?m)(\S)[ \t]*$', r'\1  ', body))
    return rewrite_plain_text(raw, pad)


def relayed(raw):
    """The notice as the sender's own mailbox receives it: a relay of the receiving site adds its
    trace and delivery fields on top (RFC 5321 section 4.4, Postfix's Delivered-To and
    X-Original-To), and a filter its verdict."""
    nl = eol(raw)
    start = raw.find(nl) + len(nl) if raw.startswith(b'From ') else 0  # an mbox line stays first
    head = nl.join([
        b'Return-Path: <>', b'X-Original-To: bounces@example.org',
        b'Delivered-To: bounces@example.org',
        b'Received: from mx1.example.org (mx1.example.org [192.0.2.25])',
        b'\tby inbound.example.org (Postfix) with ESMTPS id 4ABCD12345',
        b'\tfor <bounces@example.org>; Thu,  3 Dec 2026 09:00:01 +0000 (UTC)',
        b'X-Spam-Status: No, score=-0.1 required=5.0', b''])
    return raw[:start] + head + raw[start:]


def forwarded(raw):
    """The bounce forwarded by a person as an attachment (message/rfc822): what a support
    mailbox receives when a user passes a bounce on."""
    nl = eol(raw)
    head = nl.join([
        b'From: A User <user@example.net>', b'To: support@example.com',
        b'Subject: Fwd: this bounced', b'MIME-Version: 1.0',
        b'Content-Type: multipart/mixed; boundary="fwd-7f3a9c"', b'', b'--fwd-7f3a9c',
        b'Content-Type: text/plain; charset=us-ascii', b'', b'See the attached bounce.', b'',
        b'--fwd-7f3a9c', b'Content-Type: message/rfc822', b'', b''])
    return head + raw.rstrip(b'\r\n') + nl + b'--fwd-7f3a9c--' + nl


def other_subject(raw):
    """The notice's Subject localised or customised by its administrator (Postfix's
    bounce_template_file, Exim's bounce_message_file): only the top header block changes."""
    end = raw.find(b'\n\n')
    if end < 0:
        return None
    head, rest = raw[:end], raw[end:]
    out = re.sub(rb'(?mi)^Subject:[^\r\n]*(\r?\n[ \t][^\r\n]*)*', b'Subject: Mail system notification', head,
                 count=1)
    return out + rest if out != head else None


def mbox(raw):
    """The message as one entry of an mbox file: a "From " line first, and body lines that
    start with "From " quoted as ">From " (mboxrd)."""
    nl = eol(raw)
    body = re.sub(rb'(?m)^(>*From )', rb'>\1', raw)
    return b'From MAILER-DAEMON Thu Dec  3 09:00:00 2026' + nl + body


def disclaimer(raw):
    """A relay's footer under each plain-text part of the notice: MailScanner's default
    "Inline Text Signature" (MailScanner.conf, "Sign Clean Messages") and a corporate
    confidentiality notice, as outbound relays of many sites add them to every message."""
    footer = ('\n-- \nThis message has been scanned for viruses and\ndangerous content by '
              'MailScanner, and is\nbelieved to be clean.\n\nCONFIDENTIALITY NOTICE: This '
              'e-mail and any attachments are intended\nonly for the addressee. If you have '
              'received it in error, please\nnotify the sender and delete it.\n')

    def sign(part):
        body = part.get_payload()
        if not isinstance(body, str) or not body.strip() or body.lstrip().startswith('{'):
            return False  # a provider's JSON notification takes no footer
        if 'iso-2022' in (part.get_content_charset() or ''):
            return False
        nl = '\r\n' if '\r\n' in body else '\n'
        part.set_payload(body.rstrip('\r\n') + nl + footer.replace('\n', nl))
    return rewrite_plain_text(raw, sign)


def headers_only(raw):
    """The returned message cut to its header block, as text/rfc822-headers (RFC 6522 section 3:
    a report's third part may be the returned headers alone; Postfix and Exchange send that)."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if msg.get_content_type() != 'multipart/report' or not msg.is_multipart():
        return None
    if msg.get_param('report-type', '').lower() == 'feedback-report':
        return None  # RFC 5965 keeps the whole message; its body may name the recipient
    changed = False
    for part in msg.get_payload():
        if part.get_content_type() != 'message/rfc822' or not part.is_multipart():
            continue
        inner = part.get_payload()[0]
        head = b''.join(k.encode('utf-8', 'surrogateescape') + b': ' +
                        str(v).encode('utf-8', 'surrogateescape') + b'\n'
                        for k, v in inner.items())
        if not head:
            continue
        for k in list(part.keys()):
            del part[k]
        part['Content-Type'] = 'text/rfc822-headers'
        part.set_payload(head.decode('utf-8', 'surrogateescape'))
        changed = True
    return regenerate(msg) if changed else None


def top_subject(raw, rewrite):
    """Applies rewrite(value) to the top header block's Subject (its folded lines joined)."""
    nl = eol(raw)
    end = raw.find(nl + nl)
    if end < 0:
        return None
    head, rest = raw[:end], raw[end:]
    m = re.search(rb'(?mi)^Subject:[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)', head)
    if not m:
        return None
    value = re.sub(rb'\r?\n(?=[ \t])', b'', m.group(1)).strip()
    new = rewrite(value, nl)
    if new is None or new == m.group(1):
        return None
    return head[:m.start(1)] + new + head[m.end(1):] + rest


def subject_folded(raw):
    """The notice's Subject folded at its middle blank (RFC 5322 section 2.2.3): the same
    Subject once unfolded."""
    def fold(value, nl):
        blanks = [i for i, c in enumerate(value) if c == 0x20]
        if not blanks:
            return None
        mid = blanks[len(blanks) // 2]
        return value[:mid] + nl + value[mid:]
    return top_subject(raw, fold)


def subject_encoded(raw):
    """The notice's ASCII Subject written as an RFC 2047 encoded-word, as relays and
    Exchange write theirs: the same text once decoded."""
    def encode(value, nl):
        if b'=?' in value or any(c > 0x7F for c in value) or not value:
            return None
        import base64
        return b'=?UTF-8?B?' + base64.b64encode(value) + b'?='
    return top_subject(raw, encode)


def html_alternative(raw):
    """Each plain-text part of the notice becomes a multipart/alternative of itself and an
    HTML copy (RFC 2046 section 5.1.4), as Exchange and Gmail send their notices."""
    import html as htmlmod
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    changed = False

    def wrap(container):
        nonlocal changed
        parts = container.get_payload()
        for i, part in enumerate(parts):
            ctype = part.get_content_type()
            if ctype.startswith('message/') or ctype == 'text/rfc822-headers':
                continue
            if part.is_multipart():
                if ctype != 'multipart/alternative':
                    wrap(part)
                continue
            if ctype != 'text/plain':
                continue
            body = part.get_payload(decode=True)
            if not body or body.lstrip().startswith(b'{'):
                continue
            charset = part.get_content_charset() or 'us-ascii'
            try:
                text = body.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
            alt = MIMEMultipart('alternative')
            alt.attach(part)
            alt.attach(MIMEText('<html><body><pre>' + htmlmod.escape(text) + '</pre></body></html>',
                                'html', 'utf-8'))
            parts[i] = alt
            changed = True

    if not msg.is_multipart() or msg.get_content_type() == 'multipart/alternative':
        return None
    wrap(msg)
    return regenerate(msg) if changed else None


def subject_tag(raw):
    """The tag "[EXTERNAL] " in front of the notice's Subject, as a receiving gateway marks
    mail from outside the organisation (Exchange transport rules, mail gateways); the other tags
    the parser drops (SpamAssassin's, Proofpoint's) are in tests/unit/mime/notice_fields_test."""
    def tag(value, nl):
        return b'[EXTERNAL] ' + value if value else None
    return top_subject(raw, tag)


def top_field(raw, name, rewrite):
    """Applies rewrite(value) to the top header block's field `name` (its folded lines kept)."""
    nl = eol(raw)
    end = raw.find(nl + nl)
    if end < 0:
        return None
    head, rest = raw[:end], raw[end:]
    m = re.search(rb'(?mi)^' + name + rb':[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)', head)
    if not m:
        return None
    new = rewrite(m.group(1))
    if new is None or new == m.group(1):
        return None
    return head[:m.start(1)] + new + head[m.end(1):] + rest


def from_comment(raw):
    """The notice's From written in the other form RFC 5322 allows: "Name <addr>" as
    "addr (Name)" (a comment, section 3.2.2, still written by older MTAs), and the reverse."""
    def swap(value):
        if b'\n' in value:
            return None
        m = re.fullmatch(rb'"?([^"<>()]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*', value)
        if m and m.group(1).strip():
            return m.group(2) + b' (' + m.group(1).strip() + b')'
        m = re.fullmatch(rb'([^<>\s()]+@[^<>\s()]+)\s*\(([^()]+)\)\s*', value)
        if m:
            name = m.group(2).strip()
            if re.search(rb'[,;:@<>\[\]".]', name):  # RFC 5322 specials: a quoted phrase
                name = b'"' + name.replace(b'\\', b'\\\\').replace(b'"', b'\\"') + b'"'
            return name + b' <' + m.group(1) + b'>'
        return None
    return top_field(raw, rb'From', swap)


def param_form(raw):
    """The top Content-Type's parameters in another order and every value quoted (RFC 2045
    section 5.1: a quoted value is the same value; RFC 2231 sets no order), with the type's
    name in mixed case (its case is not significant)."""
    def reform(value):
        if b'\n' in value or b'=' not in value:
            return None
        parts = [x.strip() for x in value.split(b';')]
        kind, params = parts[0], [x for x in parts[1:] if x]
        if b'"' in b';'.join(params) and len(params) < 2:
            return None
        quoted = []
        for prm in params:
            k, eq, v = prm.partition(b'=')
            if not eq:
                return None
            v = v.strip()
            if b'(' in v:
                return None  # a comment after the value would move inside the quotes
            if not v.startswith(b'"'):
                v = b'"' + v + b'"'
            quoted.append(k.strip() + b'=' + v)
        kind = b'/'.join(x[:1].upper() + x[1:] for x in kind.split(b'/'))
        return b'; '.join([kind] + quoted[::-1])
    return top_field(raw, rb'Content-Type', reform)


def charset_label(raw):
    """Each plain-text part whose text is ASCII labelled windows-1252 instead of us-ascii or
    UTF-8: the same characters (Exchange and many Windows MTAs label their notices so)."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    changed = False
    for part in walk_parts(msg):
        if part.get_content_type() != 'text/plain':
            continue
        cs = (part.get_content_charset() or 'us-ascii').lower()
        if cs not in ('us-ascii', 'utf-8', 'ascii'):
            continue
        body = part.get_payload(decode=True)
        if not body or any(c > 0x7F for c in body):
            continue
        part.set_param('charset', 'windows-1252')
        changed = True
    return regenerate(msg) if changed else None


def dsn_value_case(raw):
    """Writes each recipient's Action value upper-case ("FAILED"): RFC 3464 section 2.3.3
    reads the action-value case-insensitively, and MTAs differ."""
    def upper(fields):
        out = []
        for f in fields:
            m = re.match(rb'(?i)(Action:[ \t]*)([A-Za-z]+)(.*)$', f[0])
            out.append([m.group(1) + m.group(2).upper() + m.group(3)] + f[1:] if m else f)
        return out
    return dsn_blocks(raw, upper)


def boundaries(raw):
    """The boundary parameters of the message's multipart parts (outside returned messages)."""
    return re.findall(rb'(?i)boundary=(?:"([^"\r\n]+)"|([^\s;"]+))', raw)


def boundary_change(raw):
    """Every multipart boundary replaced by another legal one with the characters RFC 2046
    section 5.1.1 allows and MTAs use ("----=_Part_", "'()+_,-./:=?", always quoted):
    where the parts start must not depend on a boundary's form."""
    if b'\r' in raw and b'\n' not in raw:
        return None  # old Mac line ends: the delimiter lines are not found line by line
    found = [a or b for a, b in boundaries(raw)]
    if not found:
        return None
    out = raw
    for i, old in enumerate(dict.fromkeys(found)):
        if len(old) < 6:
            return None  # a short boundary may occur in other text
        new = ("----=_Part_%d_(x'y+z),/:?=%d" % (i, len(old))).encode()
        out = out.replace(b'"' + old + b'"', b'"' + new + b'"')
        out = re.sub(rb'(?i)(boundary=)' + re.escape(old) + rb'(?=[\s;]|$)', rb'\1"' + new + b'"', out)
        out = re.sub(rb'(?m)^--' + re.escape(old) + rb'(--)?(?=[ \t]*\r?$)',
                     lambda m: b'--' + new + (m.group(1) or b''), out)
    return out if out != raw else None


def preamble(raw):
    """A preamble before the first part of a multipart notice (RFC 2046 section 5.1.1: to be
    ignored), as Sendmail and Exchange write "This is a MIME-encapsulated message."."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if not msg.is_multipart() or msg.preamble:
        return None
    nl = eol(raw)
    b = msg.get_boundary()
    if not b:
        return None
    at = raw.find(nl + b'--' + b.encode('utf-8', 'surrogateescape'))
    head_end = raw.find(nl + nl)
    if at < 0 or head_end < 0 or at < head_end:
        return None
    text = nl + b'This is a MIME-encapsulated message.' + nl
    return raw[:at] + text + raw[at:]


def no_mime_version(raw):
    """The top MIME-Version field left out, as some old MTAs do (qmail's bouncer, early
    Sendmail DSNs): the structure is the same."""
    nl = eol(raw)
    end = raw.find(nl + nl)
    if end < 0:
        return None
    head = raw[:end]
    out = re.sub(rb'(?mi)^MIME-Version:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*', b'', head + nl,
                 count=1)[:-len(nl)]
    return out + raw[end:] if out != head else None


def dsn_domain_case(raw):
    """Writes the domain of each Final-Recipient and Original-Recipient in capitals: a domain
    is read without regard to case (RFC 5321 section 2.4), and a report and its notice's text
    may spell one differently; each record must still find its recipient's text."""
    pat = re.compile(rb'^((?:Final|Original)-Recipient:[ \t]*[^;\r\n]*;[ \t]*<?[^\s<>@]+@)'
                     rb'([^\s<>]+)', re.M | re.I)
    out = pat.sub(lambda m: m.group(1) + m.group(2).upper(), raw)
    return out if out != raw else None


def mixed_eol(raw):
    """The top header block with CRLF line ends and the rest with LF, as a relay that writes
    its own fields in network form onto a message stored with LF leaves it."""
    if b'\r\n' in raw or b'\r' in raw:
        return None
    end = raw.find(b'\n\n')
    if end < 0:
        return None
    return raw[:end].replace(b'\n', b'\r\n') + b'\r\n' + raw[end + 1:]


def returned_base64(raw):
    """The returned message/rfc822 part sent base64-encoded: RFC 2046 section 5.2.1 forbids
    it, yet Exchange and some gateways do it, and readers decode it."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if not msg.is_multipart():
        return None
    import base64
    changed = False
    for part in msg.walk():
        if part.get_content_type() != 'message/rfc822' or not part.is_multipart():
            continue
        inner = part.get_payload()[0]
        body = inner.as_bytes(policy=email.policy.compat32)
        for k in list(part.keys()):
            if k.lower() == 'content-transfer-encoding':
                del part[k]
        part.set_payload(base64.encodebytes(body).decode('ascii'))
        part['Content-Transfer-Encoding'] = 'base64'
        changed = True
    return regenerate(msg) if changed else None


def returned_as_text(raw):
    """The returned message sent as a text/plain part instead of message/rfc822, as older MTAs
    and some gateways attach it: its header fields and addresses are the returned message's,
    not the notice's, whatever the part's type says."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if msg.get_content_type() != 'multipart/report' or not msg.is_multipart():
        return None
    if msg.get_param('report-type', '').lower() != 'delivery-status':
        return None
    changed = False
    for part in msg.get_payload():
        if part.get_content_type() != 'message/rfc822' or not part.is_multipart():
            continue
        inner = part.get_payload()[0]
        body = inner.as_bytes(policy=email.policy.compat32).decode('utf-8', 'surrogateescape')
        for k in list(part.keys()):
            del part[k]
        part['Content-Type'] = 'text/plain; charset=utf-8'
        part['Content-Description'] = 'Undelivered Message'
        part.set_payload(body)
        changed = True
    return regenerate(msg) if changed else None


def global_types(raw):
    """Labels an all-ASCII report with the RFC 6533 types (message/global-delivery-status,
    message/global-headers, message/global): the same report, as an MTA that supports SMTPUTF8
    writes it (Postfix and Exim use these types once the message is internationalized)."""
    out = re.sub(rb'(?mi)^(Content-Type:[ \t]*)message/delivery-status\b',
                 rb'\1message/global-delivery-status', raw)
    out = re.sub(rb'(?mi)^(Content-Type:[ \t]*)text/rfc822-headers\b', rb'\1message/global-headers',
                 out)
    out = re.sub(rb'(?mi)^(Content-Type:[ \t]*)message/rfc822\b', rb'\1message/global', out)
    return out if out != raw else None


def twin_namer(addrs):
    """(pattern, rename): a pattern matching any of the addresses (longest first), and a
    function writing "twin-" before each whole one in a text."""
    any_addr = rb'|'.join(re.escape(a) for a in sorted(addrs, key=len, reverse=True))
    return any_addr, lambda text: re.sub(rb'(?<![\w.+-])(' + any_addr + rb')',
                                         lambda m: b'twin-' + m.group(1), text, flags=re.I)


def twin_entries(head, text_end, any_addr, rename, nl, first_token=False):
    """head with every entry of its text before text_end that names one of the addresses (the
    line and the lines indented under it: Exim's, Courier's and Haraka's blocks, the address
    then its host and reply; a "<addr>:" line and its paragraph) written again, renamed, just
    below it; header lines are left. With first_token, only entries that start with the
    address (a list), not sentences naming it."""
    lines = head[:text_end].split(nl)
    out = []
    top_end = head.find(nl + nl)
    pos, i = 0, 0
    indent = lambda ln: len(ln) - len(ln.lstrip(b' \t'))
    while i < len(lines):
        line = lines[i]
        if pos > top_end and re.search(rb'(?<![\w.+-])(' + any_addr + rb')', line, re.I) and \
                not re.match(rb'(?i)(to|cc|from|subject|x-[a-z-]+|original-recipient|final-recipient):', line) and \
                (not first_token or re.match(rb'[ \t]*[<"]?(' + any_addr + rb')', line, re.I)):
            j = i + 1
            # "<addr>:" alone heads a paragraph (qmail's and Yahoo's entries run to the blank line).
            paragraph = re.match(rb'[ \t]*[<"]?(' + any_addr + rb')[>"]?:[ \t]*\r?$', line, re.I)
            while j < len(lines) and lines[j].strip() and \
                    (paragraph or indent(lines[j]) > indent(line)):
                j += 1
            block = lines[i:j]
            out += block + [rename(ln) for ln in block]
            pos += sum(len(ln) + len(nl) for ln in block)
            i = j
            continue
        out.append(line)
        pos += len(line) + len(nl)
        i += 1
    return nl.join(out) + head[text_end:]


def text_twinner(records):
    """text-twin (a probe, run with --only): for a notice without a delivery report whose one
    record names its recipient, each entry of the text that starts with it written again for
    "twin-<recipient>" (twin_entries), up to the returned message. Both should get the same
    record; where a format gives each recipient its own section elsewhere, the copy is not
    its form, so the changes it shows are read one by one."""
    if len(records) != 1 or not records[0][0] or '@' not in records[0][0]:
        return lambda raw: None
    addr = records[0][0].encode()

    def apply(raw):
        if re.search(rb'(?i)message/(global-)?delivery-status', raw) or \
                b'transcript of session' in raw.lower() or re.search(b'twin-' + re.escape(addr), raw, re.I):
            return None
        nl = eol(raw)
        any_addr, rename = twin_namer([addr])
        # The returned message: its part, or the first header block quoted in the text.
        cut = raw.find(b'message/rfc822')
        if cut < 0:
            m = re.search(rb'(?m)^(Received|Return-Path|From|Message-ID|Date):', raw[raw.find(nl + nl) + 1:])
            cut = raw.find(nl + nl) + 1 + m.start() if m else len(raw)
        out = twin_entries(raw, cut, any_addr, rename, nl, first_token=True)
        return out if out != raw else None
    return apply


def dsn_twin(raw):
    """A second recipient with the same fate: each per-recipient block of a one-recipient
    delivery-status part copied for "twin-<local part>", and each entry of the notice's text
    that names the recipient (its line and the lines indented under it) written again for the
    twin just below it, as an MTA lists two recipients that failed alike. Both must get the
    same record (multi-recipient notices: a second record missed, or the list of recipients
    read as their diagnostic). Notices with an SMTP transcript are left out: one conversation
    cannot be copied line by line."""
    nl = eol(raw)
    if b'transcript of session' in raw.lower():
        return None  # one SMTP conversation: its lines cannot be copied for a second recipient
    bodies = list(dsn_bodies(raw))
    if len(bodies) != 1:
        return None
    start, end = bodies[0]
    body = raw[start:end]
    core = body.rstrip(b'\r\n')
    blocks = core.split(nl + nl)
    rcpt = [b for b in blocks[1:] if re.search(rb'(?mi)^Final-Recipient:', b)]
    if len(rcpt) != 1 or len(blocks) != 2:
        return None
    # The recipient's addresses in its block (Final-Recipient, and Original-Recipient or
    # X-Actual-Recipient when they name another), each renamed for the twin.
    addrs = list(dict.fromkeys(x.lower() for x in re.findall(
        rb'(?mi)^(?:Final|Original|X-Actual)-Recipient:[^;\r\n]*;[ \t]*<?([^\s<>@]+@[^\s<>]+?)>?[ \t]*\r?$',
        rcpt[0])))
    if not addrs or any(re.search(re.escape(b'twin-' + a), raw, re.I) for a in addrs):
        return None
    any_addr, rename = twin_namer(addrs)
    twin_block = rename(rcpt[0])
    new_body = core + nl + nl + twin_block + body[len(core):]
    head = raw[:start]
    cut = head.find(b'message/rfc822')
    new_head = twin_entries(head, len(head) if cut < 0 else cut, any_addr, rename, nl)
    return new_head + new_body + raw[end:]


def rewrap(raw, width=78):
    """Wraps the notice's plain-text lines longer than width at a space, each continuation
    indented two spaces deeper than its line: what a relay or a mail program that refolds a
    notice does to a long reply, and how MTAs themselves continue one (Postfix's bounce(8),
    Exim's "SMTP error from remote mail server" block)."""
    if b'\r' in raw and b'\n' not in raw:
        return None  # old Mac line ends: Python's parser reads the body as one line

    def wrap(part):
        body = part.get_payload()
        if not isinstance(body, str) or body.lstrip().startswith('{'):
            return False
        out, changed = [], False
        for line in body.split('\n'):
            cr = '\r' if line.endswith('\r') else ''
            line = line.rstrip('\r')
            indent = line[:len(line) - len(line.lstrip())]
            while len(line) > width:
                cut = line.rfind(' ', len(indent) + 10, width)
                if cut < 0:
                    break
                out.append(line[:cut] + cr)
                line = indent + '  ' + line[cut + 1:].lstrip()
                changed = True
            out.append(line + cr)
        if not changed:
            return False
        part.set_payload('\n'.join(out))
    return rewrite_plain_text(raw, wrap)


def identity(raw):
    return regenerate(email.message_from_bytes(raw, policy=email.policy.compat32))


def renamer(records):
    """Renames each recipient's local part wherever its whole address appears."""
    mapping = {}
    for r in records:
        rcpt = r[0] or ''
        lp, _, domain = rcpt.rpartition('@')
        if len(lp) >= 4 and domain and rcpt not in mapping:
            mapping[rcpt] = 'rn' + hashlib.sha1(lp.encode()).hexdigest()[:6] + 'x@' + domain

    def apply(raw):
        out = raw
        for old, new in mapping.items():
            out = re.sub(re.escape(old.encode()), new.encode(), out, flags=re.I)
        return out if out != raw else None

    back = {v.split('@')[0]: k.rpartition('@')[0] for k, v in mapping.items()}
    return apply, back


# Rewrites after which the records must change, with why.
EXPECTED = {
    ('no-returned', 'lhost-postfix-64.eml'):
        'its delivery report has no recipient fields: the returned message alone names the '
        'recipient',
    ('dsn-twin', 'real-exim-alias-loop-unrouteable.eml'):
        'its report names the alias and its text the member the alias loop ended at: the twin '
        'alias gets a "generated from" line but no member of its own',
    ('returned-as-text', 'lhost-postfix-64.eml'):
        'its delivery report has no recipient fields: the returned message alone names the '
        'recipient, and a text part is not read as a returned message',
    ('returned-as-text', 'lhost-office365-08.eml'):
        "its message/rfc822 part's own header lost its folds' white space, so the part's header "
        "ends inside it and the returned message is not read; rewritten as a text part, the "
        'returned message is read whole (original_message_id found)',
    ('forwarded', 'rhost-cox-01.eml'):
        'the file holds two messages (mbox-style); forwarded whole it is one message, whose '
        'returned message is the first',
    ('mbox', 'rhost-cox-01.eml'):
        'the file holds two messages; quoting its second "From " line makes them one',
    ('relayed', 'rhost-cox-01.eml'):
        'the file holds two messages; only the first gets the relay fields',
    ('html-only', 'lhost-googleworkspace-01.eml'):
        "Google's notice is read from its plain-text part (\"** Message not delivered **\"), "
        'which Google always sends beside the HTML one',
}
# Rewrites that keep the meaning only for some MTAs: the administrator sets the Subject of
# Postfix's notices (bounce_template_file, bounce(5)) and of Exim's (bounce_message_file);
# Domino's, Biglobe's or an auto-reply's Subject is part of what the message is.
ENGINE_ONLY = {'other-subject': {'postfix', 'exim'}}
# Rewrites that do not keep the meaning for some formats: Haraka always sends its plain-text
# template beside the HTML one (outbound/hmail.js), and only the plain text names the program
# and each recipient's own reply.
ENGINE_EXCLUDED = {'html-only': {'haraka'}}
# Rewrites after which a record's original_message_id (the send it ties back to) may change.
ID_FREE = {
    'no-returned': 'the returned message is dropped',
    'upper-text': 'a returned message quoted in the text is upper-cased with it',
    'rename': 'the addresses inside a Message-ID are renamed too',
}
# Rewrites after which the same records may come in another order.
ORDER_FREE = {'dsn-recipient-order'}
# Rewrites that add a twin recipient: each record must come with the twin's copy.
TWINNED = {'dsn-twin', 'text-twin'}
GENERATED = ('returned-as-text', 'returned-base64', 'charset-label', 'rewrap', 'disclaimer', 'headers-only', 'html-alternative', 'base64', 'quoted-printable', 'no-returned', 'html-only', 'upper-text', 'trailing-space')
TRANSFORMS = {
    'crlf': lambda raw: to_crlf(raw) if b'\r\n' not in raw else None,
    'lf': lambda raw: to_lf(raw) if b'\r\n' in raw else None,
    'field-case': lambda raw: (lambda out: out if out != raw else None)(field_case(raw)),
    'refold': lambda raw: (lambda out: out if out != raw else None)(refold(raw)),
    'base64': lambda raw: encode_text(raw, 'base64'),
    'quoted-printable': lambda raw: encode_text(raw, 'quoted-printable'),
    'no-returned': drop_returned,
    'html-only': html_only,
    'dsn-address-form': dsn_address_form,
    'forwarded': forwarded,
    'other-subject': other_subject,
    'mbox': mbox,
    'upper-text': upper_text,
    'dsn-field-order': dsn_field_order,
    'dsn-extension': dsn_extension,
    'trailing-space': trailing_space,
    'relayed': relayed,
    'rewrap': rewrap,
    'dsn-recipient-order': dsn_recipient_order,
    'multiline-reply': multiline_reply,
    'disclaimer': disclaimer,
    'headers-only': headers_only,
    'subject-folded': subject_folded,
    'subject-encoded': subject_encoded,
    'html-alternative': html_alternative,
    'subject-tag': subject_tag,
    'from-comment': from_comment,
    'param-form': param_form,
    'charset-label': charset_label,
    'dsn-value-case': dsn_value_case,
    'boundary-change': boundary_change,
    'preamble': preamble,
    'no-mime-version': no_mime_version,
    'dsn-domain-case': dsn_domain_case,
    'mixed-eol': mixed_eol,
    'returned-base64': returned_base64,
    'returned-as-text': returned_as_text,
    'dsn-twin': dsn_twin,
    'global-types': global_types,
}


ENGINES = {}  # path -> the engines of its records, from the last parse that read it


def parse(bounce, paths):
    """{path: [(recipient, reason, status, reply, hard, original_message_id)]} for the given
    files."""
    out = subprocess.run([bounce, 'parse', '-q'] + paths, capture_output=True).stdout
    got = {p: [] for p in paths}
    for line in out.decode('utf-8', 'replace').splitlines():
        try:
            r = json.loads(line)
        except ValueError:
            continue
        ENGINES.setdefault(r['source'], set()).add(r.get('engine'))
        got.setdefault(r['source'], []).append(
            ((r.get('recipient') or '').lower(), r.get('reason'), r.get('status'),
             r.get('reply_code'), r.get('hard_bounce'), r.get('original_message_id')))
    return got


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('bounce')
    ap.add_argument('dirs', nargs='+')
    ap.add_argument('--max-changed', type=int, default=None)
    ap.add_argument('--show', type=int, default=5)
    ap.add_argument('--only', action='append')
    args = ap.parse_args()
    files = []
    for d in args.dirs:
        for root, _, names in os.walk(d):
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith(('.eml', '.txt'))]
    files.sort()
    base = parse(args.bounce, files)
    base_engines = {f: set(ENGINES.get(f, ())) for f in files}
    files = [f for f in files if base.get(f)]
    # text-twin only when asked (--only text-twin): many formats give each recipient its own
    # section (Exchange's per-recipient "Remote Server returned", a DSN quoted in the text), so
    # a copied entry is not always the form their MTA writes; it is a probe, not a check.
    names = args.only or list(TRANSFORMS) + ['rename']
    worst = 0
    with tempfile.TemporaryDirectory() as tmp:
        # Python's own MIME generator rewrites some messages beyond repair (it refolds headers
        # and takes a bad header line for the body's start); the transforms that use it skip
        # the messages whose records its plain round trip already changes.
        regen = {}
        for i, f in enumerate(files):
            try:
                p = os.path.join(tmp, f'roundtrip-{i:05d}.eml')
                open(p, 'wb').write(identity(open(f, 'rb').read()))
                regen[p] = f
            except Exception:
                pass
        got = parse(args.bounce, list(regen))
        broken = {f for p, f in regen.items() if got.get(p, []) != base[f]}
        # It also writes message/global-delivery-status (RFC 6533) as a message and adds a
        # header to its fields.
        broken |= {f for f in files if b'global-delivery-status' in open(f, 'rb').read()}
        for name in names:
            made, back_of = {}, {}
            for i, f in enumerate(files):
                if name in GENERATED and f in broken:
                    continue
                if name in ENGINE_ONLY and not base_engines[f] <= ENGINE_ONLY[name]:
                    continue
                if base_engines[f] & ENGINE_EXCLUDED.get(name, set()):
                    continue
                raw = open(f, 'rb').read()
                try:
                    if name == 'rename':
                        fn, back_of[f] = renamer(base[f])
                        out = fn(raw)
                    elif name == 'text-twin':
                        out = text_twinner(base[f])(raw)
                    else:
                        out = TRANSFORMS[name](raw)
                except Exception:  # the rewrite itself failed: not the parser's fault
                    out = None
                if out is None:
                    continue
                p = os.path.join(tmp, f'{name}-{i:05d}.eml')
                open(p, 'wb').write(out)
                made[p] = f
            got = parse(args.bounce, list(made))
            changed = []
            for p, f in made.items():
                recs = got.get(p, [])
                if name == 'rename':
                    back = back_of[f]
                    recs = [(re.sub(r'rn[0-9a-f]{6}x', lambda m: back.get(m.group(0), m.group(0)),
                                    r[0]),) + r[1:] for r in recs]
                want = base[f]
                if name in ID_FREE:
                    recs = [r[:-1] for r in recs]
                    want = [r[:-1] for r in want]
                if name in TWINNED:  # each twinned record and its twin's, in either order
                    text = open(p, 'rb').read().lower()
                    want = want + [('twin-' + r[0],) + r[1:] for r in want
                                   if r[0] and b'twin-' + r[0].encode()[:4] in text]
                same = sorted(recs, key=repr) == sorted(want, key=repr) \
                    if name in ORDER_FREE or name in TWINNED else recs == want
                if not same and (name, os.path.basename(f)) not in EXPECTED:
                    changed.append((f, want, recs))
            worst = max(worst, len(changed))
            print(f'{name:18} rewritten={len(made):4} changed={len(changed):3}')
            for f, want, have in changed[:args.show]:
                print(f'    {f}\n      before {want}\n      after  {have}')
    if args.max_changed is not None and worst > args.max_changed:
        print(f'FAIL: a transform changed {worst} messages (> {args.max_changed})')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
