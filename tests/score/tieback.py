#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""How many records can be tied back to the send by the returned message's Message-ID.

A bounce that carries the returned message, or a copy of its header, names the Message-ID the
sender gave it: a "Message-ID:" line below the notice's own header block (in a message/rfc822 or
text/rfc822-headers part, or quoted in the notice's text). For each failure record of such a
file (not delivered, feedback or vacation), the record's original_message_id must be one of
those Message-IDs: found (tied back), missing, or wrong (a Message-ID that is not below the
notice's header, such as the notice's own). Prints the share found and the misses; exit 1 when
the share is below MIN_SHARE or any record is wrong.
Usage: tieback.py BOUNCE MIN_SHARE DIR... [-v]"""
import json, os, re, subprocess, sys

MESSAGE_ID = re.compile(rb'(?mi)^[ \t>]*message-id:[ \t]*<?([^\s<>]+)>?')


def body_message_ids(path):
    raw = open(path, 'rb').read().replace(b'\r\n', b'\n')
    parts = raw.split(b'\n\n', 1)
    body = parts[1] if len(parts) > 1 else b''
    # A quoted-printable part breaks a long line with "=" at its end: join them.
    body = re.sub(rb'=\n', b'', body)
    return {m.group(1).decode('utf-8', 'replace').lower() for m in MESSAGE_ID.finditer(body)}


def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    verbose = '-v' in sys.argv[1:]
    bounce, floor, dirs = args[0], float(args[1]), args[2:]
    files = []
    for d in dirs:
        for root, _, names in os.walk(d):
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith(('.eml', '.txt'))]
    out = subprocess.run([bounce, 'parse', '-q'] + sorted(files), capture_output=True).stdout
    ids = {}
    found = missing = wrong = 0
    misses = []
    for line in out.split(b'\n'):
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get('reason') in ('delivered', 'feedback', 'vacation'):
            continue
        src = r['source']
        if src not in ids:
            ids[src] = body_message_ids(src)
        if not ids[src]:
            continue
        got = (r.get('original_message_id') or '').lower()
        if not got:
            missing += 1
            misses.append(f'missing {src} {r.get("recipient")}')
        elif got in ids[src]:
            found += 1
        else:
            wrong += 1
            misses.append(f'WRONG   {src} {r.get("recipient")}: {got}')
    total = found + missing + wrong
    share = found / total if total else 1.0
    print(f'tie-back: {found}/{total} records of notices that return a Message-ID carry it '
          f'({share:.3f}); {missing} missing, {wrong} wrong (floor {floor})')
    if verbose:
        for m in misses:
            print('  ' + m)
    return 0 if share >= floor and wrong == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
