#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Hostile files through the CLI (issue "Hostile input"): `bounce parse DIR` over a directory of
# hostile messages beside one good DSN, under a 2 GiB address-space limit and a 20 s timeout,
# must end without a signal, print only valid JSON lines, and still give the good DSN's two
# records; each hostile file alone must also finish within 20 s.
# Usage: hostile_test.sh <bounce binary> <source dir>
set -u
bounce=$1
src=$2
command -v python3 >/dev/null || { echo "python3 missing: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dir=$tmp/in
mkdir -p "$dir"
cp "$src/corpus/rfc3464/postfix-two-recipients.eml" "$dir/00-good.eml"

python3 - "$dir" "$src/corpus/rfc3464/postfix-two-recipients.eml" <<'PY'
import os, sys
d, good_path = sys.argv[1], sys.argv[2]
good = open(good_path, 'rb').read()
def w(name, data):
    open(os.path.join(d, name), 'wb').write(data)
hdr = b"From: MAILER-DAEMON@mx.example\nSubject: x\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
w("long-header-1mb.eml", b"X-Long: " + b"a" * (1 << 20) + b"\n" + hdr + b"--b\nContent-Type: text/plain\n\nhi\n--b--\n")
w("long-header-8mb.eml", hdr.replace(b"Subject: x\n", b"Subject: " + b"s" * (8 << 20) + b"\n") + b"--b\n\nx\n--b--\n")
w("deep-multipart-100k.eml", b"From: a@b\n" + b"".join(b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (i, i) for i in range(100000)))
w("deep-rfc822-100k.eml", hdr + b"--b\n" + b"Content-Type: message/rfc822\n\n" * 100000)
w("parts-200k.eml", hdr + b"--b\n\nx\n" * 200000)
w("boundary-lines-10mb.eml", hdr + b"--b\n" * 2500000)
w("nul-bytes.eml", good.replace(b" ", b"\0"))
w("invalid-utf8.eml", good.replace(b"e", b"e\xff\xc0\xaf\xed\xa0\x80"))
groups = b"".join(b"Final-Recipient: rfc822;u%d@x\nStatus: 5.1.1\n\n" % i for i in range(200000))
w("recipients-200k.eml", hdr + b"--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n" + groups + b"--b--\n")
w("garbage-base64.eml", hdr + b"--b\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n" + b"!!==\xff\x00*&^%\n" * 100000 + b"--b--\n")
w("empty.eml", b"")
w("headers-only.eml", good[:good.index(b"\n\n") + 1])
w("too-large-11mb.eml", hdr + b"--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n" + (b"Q" * 76 + b"\n") * 150000)
for i, cut in enumerate(range(97, len(good), 97 * 7)):
    w("truncated-%04d.eml" % cut, good[:cut])
PY

fail=0
# ASan reserves terabytes of address space: the memory cap applies to ordinary builds only.
if ! grep -qa __asan_init "$bounce"; then ulimit -v 2097152; fi
out=$tmp/out.jsonl
timeout 20 "$bounce" parse "$dir" >"$out" 2>"$tmp/err"
rc=$?
if [ "$rc" -ge 124 ]; then
  echo "FAIL: bounce parse DIR ended with $rc (timeout or signal)"; head -5 "$tmp/err"; fail=1
fi
python3 - "$out" <<'PY' || fail=1
import json, sys
n = 0; good = 0
with open(sys.argv[1], 'rb') as f:
    for line in f:
        n += 1
        try:
            rec = json.loads(line.decode('utf-8', 'strict'))
        except Exception as e:
            print("FAIL: line %d is not valid JSON in UTF-8: %s" % (n, e)); sys.exit(1)
        if not isinstance(rec, dict):
            print("FAIL: line %d is not an object" % n); sys.exit(1)
        if str(rec.get("source", "")).endswith("00-good.eml"):
            good += 1
if good != 2:
    print("FAIL: expected the good DSN's 2 records, got %d (of %d lines)" % (good, n)); sys.exit(1)
print("ok: %d JSON lines, the good DSN's 2 records present" % n)
PY

for f in "$dir"/*; do
  start=${EPOCHREALTIME/,/.}
  timeout 20 "$bounce" parse "$f" >/dev/null 2>&1
  rc=$?
  end=${EPOCHREALTIME/,/.}
  if [ "$rc" -ge 124 ]; then
    echo "FAIL: $(basename "$f"): exit $rc (timeout or signal)"; fail=1
  else
    printf '%-28s exit %d  %.2f s\n' "$(basename "$f")" "$rc" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
  fi
done
exit $fail
