#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Scores `bounce parse` over ../shared/corpus/sisimai with ../shared/tools/score.py, and over the
# providers' event payloads (../shared/esp) with score_esp.py, and holds the floors in
# floors.env. Also: CRLF/CR twins give their LF file's records, maildir/not gives none, and the
# mbox files parse. Skips (exit 77) when ../shared is absent.
set -u
bounce=$1
root=$2
shared="$root/../shared"
corpus="$shared/corpus/sisimai"
if [ ! -f "$corpus/gold.tsv" ] || [ ! -f "$shared/tools/score.py" ]; then
  echo "skip: $corpus not found"
  exit 77
fi
. "$(dirname "$0")/floors.env"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

"$bounce" parse "$corpus/maildir/bsd" >"$tmp/bsd.jsonl" 2>"$tmp/bsd.err"
python3 "$shared/tools/score.py" --gold "$corpus/gold.tsv" --results "$tmp/bsd.jsonl" --by none \
  --show-misses 0 | tee "$tmp/score.txt"
# check_floors LABEL SUMMARY_LINE KEY:FLOOR...: each KEY=value of the summary line is at least
# its floor.
check_floors() {
  local label=$1 line=$2 pair key floor got
  shift 2
  for pair in "$@"; do
    key=${pair%%:*}; floor=${pair#*:}
    got=$(echo "$line" | tr ' ' '\n' | grep "^$key=" | cut -d= -f2)
    if python3 -c "import sys; sys.exit(0 if float('${got:-0}') + 1e-9 >= float('$floor') else 1)"; then
      echo "ok: $label$key $got >= floor $floor"
    else
      echo "FAIL: $label$key $got < floor $floor"; fail=1
    fi
  done
}
check_floors "" "$(grep '^score:' "$tmp/score.txt")" "reason:$REASON" "status:$STATUS" \
  "hard:$HARD" "count:$COUNT"

# The providers' event payloads: recall, status and reason against ../shared/esp/expected.tsv.
if [ -f "$shared/esp/expected.tsv" ] && [ -f "$shared/tools/score_esp.py" ]; then
  "$bounce" parse "$shared/esp" 2>/dev/null >"$tmp/esp.jsonl"
  python3 "$shared/tools/score_esp.py" --expected "$shared/esp/expected.tsv" \
    --results "$tmp/esp.jsonl" | tee "$tmp/esp.txt"
  check_floors "esp " "$(grep '^esp:' "$tmp/esp.txt")" "recall:$ESP_RECALL" \
    "status:$ESP_STATUS" "reason:$ESP_REASON"
fi

# Line-ending twins: same records (apart from source) as the LF file of the same name.
strip() { python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line); r.pop("source", None); print(json.dumps(r, sort_keys=True))'; }
twins=0; bad_twins=0
for dir in dos mac; do
  for f in "$corpus/maildir/$dir"/*.eml; do
    [ -f "$f" ] || continue
    lf="$corpus/maildir/bsd/$(basename "$f")"
    [ -f "$lf" ] || continue
    twins=$((twins + 1))
    if ! cmp -s <("$bounce" parse "$f" 2>/dev/null | strip) <("$bounce" parse "$lf" 2>/dev/null | strip); then
      echo "FAIL: $dir/$(basename "$f") differs from its LF twin"; bad_twins=$((bad_twins + 1))
    fi
  done
done
echo "twins: $twins compared, $bad_twins differ"
[ "$bad_twins" -eq 0 ] || fail=1

# Not bounces: no failure records.
notrec=$("$bounce" parse --failures-only "$corpus/maildir/not" 2>/dev/null | wc -l)
echo "maildir/not: $notrec failure records"
[ "$notrec" -eq 0 ] || { echo "FAIL: maildir/not gave records"; fail=1; }

# mbox files parse (exit 0 or 1 for unreadable empty files; never a crash).
"$bounce" parse "$corpus/mailbox" >"$tmp/mbox.jsonl" 2>"$tmp/mbox.err"
rc=$?
echo "mailbox/: $(wc -l <"$tmp/mbox.jsonl") records, exit $rc"
[ "$rc" -le 1 ] || { echo "FAIL: bounce parse mailbox/ exited $rc"; fail=1; }
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$tmp/mbox.jsonl" || fail=1
exit $fail
