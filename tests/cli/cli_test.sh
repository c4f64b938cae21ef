#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# End-to-end tests of the bounce CLI: exit codes, inputs, subcommands, JSON validity.
# Usage: cli_test.sh PATH/TO/bounce SOURCE_DIR      exit 0 pass, 1 fail, 77 skip
set -uo pipefail
bounce=$1
src=$2
[ -x "$bounce" ] || { echo "SKIP: no bounce binary at $bounce"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 is needed to check JSON"; exit 77; }
cd "$src" || exit 1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bounce-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

two=corpus/rfc3464/postfix-two-recipients.eml
good=corpus/junk/good-dsn.eml
mbox=corpus/mbox/three-messages.mbox

# run NAME EXPECTED_RC CMD...: stdout in $tmp/NAME.out, stderr in $tmp/NAME.err
run() {
  local name=$1 want=$2
  shift 2
  "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
  local rc=$?
  [ "$rc" -eq "$want" ] || fail "$name: exit $rc, want $want ($*); stderr: $(head -c 300 "$tmp/$name.err")"
}
# Every line is one JSON object.
jsonl() {
  python3 -c '
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    assert isinstance(json.loads(line), dict)
    n += 1
print(n)' "$tmp/$1.out" 2>/dev/null || { fail "$1: output is not valid JSON Lines"; echo -1; }
}
lines() { wc -l <"$tmp/$1.out" | tr -d ' '; }
has() { grep -q -- "$2" "$tmp/$1.out" || fail "$1: output lacks '$2'"; }

# --- parse ------------------------------------------------------------------------------------
run good 0 "$bounce" parse "$two"
[ "$(jsonl good)" = 2 ] || fail "good: want 2 records"
has good '"recipient":"alice.nguyen@example.net"'
has good '"source":"corpus/rfc3464/postfix-two-recipients.eml"'

run stdin 0 "$bounce" parse - <"$two"
[ "$(jsonl stdin)" = 2 ] || fail "stdin: want 2 records"
has stdin '"source":"-"'

run missing 3 "$bounce" parse "$tmp/does-not-exist.eml" "$two"
[ "$(jsonl missing)" = 2 ] || fail "missing: the readable file's records must still come out"
grep -q "does-not-exist.*No such file or directory" "$tmp/missing.err" ||
  fail "missing: no error line naming the file and the system's reason"
# A path that cannot be opened outranks a message that is not mail (3 over 1).
run missingjunk 3 "$bounce" parse corpus/junk "$tmp/does-not-exist.eml"

# Output that cannot be written is an error (4) with a message, and the run stops.
"$bounce" parse corpus >/dev/full 2>"$tmp/full.err"; rc=$?
[ "$rc" -eq 4 ] || fail "/dev/full: exit $rc, want 4"
grep -q "cannot write output: No space left on device" "$tmp/full.err" || fail "/dev/full: no message"
"$bounce" parse -j 2 corpus >/dev/full 2>"$tmp/full2.err"; rc=$?
[ "$rc" -eq 4 ] || fail "/dev/full -j 2: exit $rc, want 4"
"$bounce" parse "$two" >&- 2>"$tmp/closed.err"; rc=$?
[ "$rc" -eq 4 ] || fail "closed stdout: exit $rc, want 4"
grep -q "cannot write output" "$tmp/closed.err" || fail "closed stdout: no message"
"$bounce" stats "$two" >/dev/full 2>/dev/null; rc=$?
[ "$rc" -eq 4 ] || fail "stats to /dev/full: exit $rc, want 4"

# A directory holding a FIFO, a link to a FIFO with no writer and a symlink loop: the walk never
# blocks (timeout), every special entry is reported with its reason, the mail is still read.
if command -v mkfifo >/dev/null && command -v timeout >/dev/null; then
  mkdir "$tmp/specials" && cp "$two" "$tmp/specials/a.eml"
  mkfifo "$tmp/fifo" "$tmp/specials/bare-fifo"
  ln -s "$tmp/fifo" "$tmp/specials/m.eml"
  ln -s loop1 "$tmp/specials/loop2" && ln -s loop2 "$tmp/specials/loop1"
  run specials 1 timeout 5 "$bounce" parse "$tmp/specials"
  [ "$(grep -c . "$tmp/specials.out")" = 2 ] || fail "specials: want the two records of a.eml"
  [ "$(grep -c "not a regular file" "$tmp/specials.err")" = 2 ] || fail "specials: FIFOs not reported"
  [ "$(grep -c "Too many levels of symbolic links" "$tmp/specials.err")" = 2 ] ||
    fail "specials: loop not reported with its reason"
fi

# --strict: the first input that cannot be read or parsed ends the run.
run strict 1 "$bounce" parse --strict -j 1 corpus/junk
[ "$(grep -c . "$tmp/strict.err")" = 1 ] || fail "strict: want exactly one error line"

# SIGINT stops the run after the line being written: every line written is whole JSON.
for i in $(seq 400); do printf 'From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n'; cat "$two"; echo; done >"$tmp/big.mbox"
for i in 1 2 3 4 5 6 7 8; do cat "$tmp/big.mbox"; done >"$tmp/bigger.mbox"
"$bounce" parse -q -j 1 "$tmp/bigger.mbox" "$tmp/bigger.mbox" "$tmp/bigger.mbox" >"$tmp/int.out" 2>/dev/null &
pid=$!
sleep 0.2
kill -INT "$pid" 2>/dev/null
wait "$pid"; rc=$?
[ "$rc" -eq 130 ] || [ "$rc" -eq 0 ] || fail "SIGINT: exit $rc, want 130"
[ "$(jsonl int)" -ge 0 ] || fail "SIGINT: a torn line"

if [ "$(id -u)" -ne 0 ]; then
  cp "$two" "$tmp/unreadable.eml" && chmod 000 "$tmp/unreadable.eml"
  run unreadable 3 "$bounce" parse "$tmp/unreadable.eml" "$two"
  [ "$(jsonl unreadable)" = 2 ] || fail "unreadable: the readable file's records must still come out"
fi

run junk 1 "$bounce" parse corpus/junk
[ "$(jsonl junk)" -ge 1 ] || fail "junk: the good DSN gave no records"
has junk '"source":"corpus/junk/good-dsn.eml"'
has junk '"recipient":"nobody@example.org"'
grep -q "empty.eml" "$tmp/junk.err" || fail "junk: empty file not reported"

run mbox 0 "$bounce" parse "$mbox"
[ "$(jsonl mbox)" -ge 1 ] || fail "mbox: no records"
has mbox '"message_index":1'
python3 -c '
import json, sys
idx = {json.loads(l)["message_index"] for l in open(sys.argv[1])}
assert idx <= {1, 2, 3}, idx' "$tmp/mbox.out" || fail "mbox: message_index outside 1..3"

run all 0 "$bounce" parse corpus/rfc3464
run failures 0 "$bounce" parse --failures-only corpus/rfc3464
all=$(jsonl all)
failonly=$(jsonl failures)
[ "$failonly" -lt "$all" ] || fail "--failures-only kept every record ($failonly of $all)"
grep -q '"reason":"delivered"' "$tmp/all.out" || fail "all: no delivered record in corpus/rfc3464"
! grep -qE '"reason":"(delivered|feedback|vacation)"' "$tmp/failures.out" ||
  fail "--failures-only: a non-failure record came out"

run quiet 0 "$bounce" parse --quiet "$two"
[ "$(jsonl quiet)" = 2 ] || fail "--quiet changed the output"
[ ! -s "$tmp/quiet.err" ] || fail "--quiet: stderr not empty"

# --- usage errors -----------------------------------------------------------------------------
# Compressed inputs are read by content: the same records as the plain mbox, under the
# archive's name; a cut archive is reported after the records before the cut; a bomb is an
# error, not an out-of-memory.
run plainmbox 0 "$bounce" parse "$mbox"
for z in gzip bzip2 xz; do
  "$z" -c "$mbox" >"$tmp/box.$z"
  run "z$z" 0 "$bounce" parse "$tmp/box.$z"
  [ "$(sed 's/"source":"[^"]*"//' "$tmp/z$z.out")" = "$(sed 's/"source":"[^"]*"//' "$tmp/plainmbox.out")" ] ||
    fail "$z: the records differ from the plain mbox's"
  grep -q "\"source\":\"$tmp/box.$z\"" "$tmp/z$z.out" || fail "$z: source is not the archive's name"
  "$z" -c "$two" >"$tmp/one.$z"
  run "zone$z" 0 "$bounce" parse - <"$tmp/one.$z"
  [ "$(jsonl "zone$z")" = 2 ] || fail "$z on stdin: want the DSN's two records"
done
head -c "$(($(wc -c <"$tmp/box.gzip") - 40))" "$tmp/box.gzip" >"$tmp/cut.gz"
run zcut 1 "$bounce" parse "$tmp/cut.gz"
head -c 300000000 /dev/zero | gzip -1 >"$tmp/bomb.gz"
# (No ulimit -v here: the sanitizer build reserves terabytes of address space. The size limit
# and the bomb ratio bound the work; the exit says the bomb was refused, not parsed.)
run zbomb 1 "$bounce" parse "$tmp/bomb.gz"

# GNU option forms; numbers are checked (no negative or absurd limits); a usage error is short.
run jobseq 0 "$bounce" parse --jobs=2 "$two"
[ "$(jsonl jobseq)" = 2 ] || fail "--jobs=2: want the two records"
run jobsattached 0 "$bounce" parse -j2 "$two"
run maxeq 1 "$bounce" parse --max-message-bytes=100 "$two"
grep -q "too large\|exceeds" "$tmp/maxeq.err" || fail "--max-message-bytes=100: the message must be reported as too large"
run maxneg 2 "$bounce" parse --max-message-bytes -1 "$two"
run maxhuge 2 "$bounce" parse --max-message-bytes 99999999999999999999 "$two"
run jobszero 2 "$bounce" parse -j 0 "$two"
run topneg 2 "$bounce" stats --top=-3 "$two"
run noargs 2 "$bounce"
run nocmd 2 "$bounce" no-such-command
run noparse 2 "$bounce" parse
run badopt 2 "$bounce" parse --no-such-option "$two"
[ "$(grep -c . "$tmp/badopt.err")" -le 2 ] || fail "badopt: a usage error prints a line and a hint, not the whole help"
grep -q "no-such-option" "$tmp/badopt.err" || fail "badopt: the option is not named"
run statsbad 2 "$bounce" stats --no-such-option "$two"
run statsnone 2 "$bounce" stats
run explainnone 2 "$bounce" explain
run classifynone 2 "$bounce" classify
run version 0 "$bounce" --version
has version "bounce "

# --- --help everywhere ------------------------------------------------------------------------
run help 0 "$bounce" --help
for cmd in parse stats explain classify registry; do
  run "help-$cmd" 0 "$bounce" "$cmd" --help
  has "help-$cmd" "usage: bounce $cmd"
  grep -q "^  $cmd " "$tmp/help.out" || fail "top-level --help does not list $cmd"
done

# --- records a bounce processor acts on (issue 13) ----------------------------------------------
rec=corpus/records
# --format sisimai: every key of Sisimai's record on every line, and valid JSON.
run sisimai 1 "$bounce" parse --format sisimai corpus
[ "$(jsonl sisimai)" -gt 20 ] || fail "sisimai: want the corpus's records"
python3 -c '
import json, sys
keys = """timestamp addresser recipient senderdomain destination reason diagnosticcode
diagnostictype deliverystatus replycode action feedbacktype hardbounce lhost rhost listid
messageid subject command alias origin token catch timezoneoffset decodedby feedbackid""".split()
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    assert list(r) == keys, list(r)
    assert r["hardbounce"] in (0, 1) and (r["timestamp"] is None or isinstance(r["timestamp"], int))
' "$tmp/sisimai.out" || fail "sisimai: a line lacks a key or has a wrong type"
if command -v jq >/dev/null; then
  jq -e . "$tmp/sisimai.out" >/dev/null || fail "sisimai: jq cannot parse the output"
fi
run sisimaiorig 0 "$bounce" parse --format=sisimai "$rec/original-recipient.eml"
has sisimaiorig '"timestamp":1773039728,"addresser":"news@example.com"'
has sisimaiorig '"timezoneoffset":"+0100"'
run badformat 2 "$bounce" parse --format xml "$two"
# --header: the value from the returned message's header, null for a missing one.
run header 0 "$bounce" parse --header X-Campaign-Id --header X-None "$rec/original-recipient.eml"
has header '"headers":{"X-Campaign-Id":"c-2026-03-march","X-None":null}'
run badheader 2 "$bounce" parse --header "Bad Name" "$two"
# --header on provider events: the event's header first, then its metadata (docs/esp.md).
run espheader 0 "$bounce" parse --header X-Campaign-Id --header userid --header cohort \
  --header X-None corpus/esp/postmark/metadata.json
has espheader '"headers":{"X-Campaign-Id":"spring-2026","userid":"u-1001","cohort":"7","X-None":null}'
# A bounce to a VERP address naming no recipient; the VERP options.
run verp 0 "$bounce" parse "$rec/verp-no-recipient.eml"
has verp '"recipient":"lena.fischer@example.org"'
run noverp 0 "$bounce" parse --no-verp "$rec/verp-no-recipient.eml"
[ "$(lines noverp)" = 0 ] || fail "noverp: want no record"
run verpprefix 0 "$bounce" parse --verp-prefix bounces+ "$rec/verp-no-recipient.eml"
[ "$(lines verpprefix)" = 1 ] || fail "verpprefix: want the record"
run verpsep 2 "$bounce" parse --verp-separator == "$two"
# token: identical across runs and across -j 1 / -j 4.
"$bounce" parse -q -j 1 corpus | python3 -c 'import json,sys; [print(json.loads(l)["token"]) for l in sys.stdin]' >"$tmp/tok1"
"$bounce" parse -q -j 1 corpus | python3 -c 'import json,sys; [print(json.loads(l)["token"]) for l in sys.stdin]' >"$tmp/tok1b"
"$bounce" parse -q -j 4 corpus | python3 -c 'import json,sys; [print(json.loads(l)["token"]) for l in sys.stdin]' >"$tmp/tok4"
cmp -s "$tmp/tok1" "$tmp/tok1b" || fail "token: two runs differ"
cmp -s "$tmp/tok1" "$tmp/tok4" || fail "token: -j 1 and -j 4 differ"
grep -qE '^[0-9a-f]{40}$' "$tmp/tok1" || fail "token: no 40-digit SHA-1 hex token at all"
# --select: bounces (no delivered, feedback, vacation), sisimai (feedback kept), the alias.
run selall 0 "$bounce" parse corpus/arf corpus/rfc3834/*.eml corpus/rfc3464/success-dsn.eml
run selbounces 0 "$bounce" parse --select bounces corpus/arf corpus/rfc3834/*.eml corpus/rfc3464/success-dsn.eml
run selsisimai 0 "$bounce" parse --select=sisimai corpus/arf corpus/rfc3834/*.eml corpus/rfc3464/success-dsn.eml
run selalias 0 "$bounce" parse --failures-only corpus/arf corpus/rfc3834/*.eml corpus/rfc3464/success-dsn.eml
python3 -c '
import json, sys
def reasons(name):
    return sorted(json.loads(l)["reason"] for l in open(sys.argv[1] + "/" + name + ".out"))
every, bounces, sisimai, alias = (reasons(n) for n in ("selall", "selbounces", "selsisimai", "selalias"))
assert {"feedback", "vacation", "delivered"} <= set(every), every
assert not {"feedback", "vacation", "delivered"} & set(bounces), bounces
assert "feedback" in sisimai and not {"vacation", "delivered"} & set(sisimai), sisimai
assert alias == bounces
' "$tmp" || fail "--select: wrong records kept"
run badselect 2 "$bounce" parse --select some "$two"

# --- stats ------------------------------------------------------------------------------------
run stats 0 "$bounce" stats "$two"
has stats "userunknown"
has stats "mailboxfull"
has stats "example.net"
has stats "50.0"
run statsjson 0 "$bounce" stats --json corpus/rfc3464 "$two"
[ "$(jsonl statsjson)" = 1 ] || fail "stats --json: want one JSON object"
python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))
assert s["records"] == sum(r["count"] for r in s["by_reason"]), s
assert s["records"] == sum(r["count"] for r in s["by_type"]), s
assert len(s["top_domains"]) <= 10
assert abs(sum(r["percent"] for r in s["by_reason"]) - 100) < 0.5
' "$tmp/statsjson.out" || fail "stats --json: inconsistent counts"
# A delivery report whose body a relay dropped gives no record: --verbose says so, and stats
# counts it apart.
lost=corpus/regressions/report-body-lost.eml
run lostbody 0 "$bounce" parse --verbose "$lost"
grep -q "report-body-lost.eml#1: warning: no_recipient" "$tmp/lostbody.err" ||
  fail "parse --verbose: no no_recipient warning for a report without body"
run statslostjson 0 "$bounce" stats --json "$lost" "$two"
python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))
assert list(s)[-1] == "reports_without_recipient" and s["reports_without_recipient"] == 1, s
assert s["messages"] == 2 and s["records"] == 2, s
' "$tmp/statslostjson.out" || fail "stats --json: the report without body is not counted"
run statslost 0 "$bounce" stats "$lost" "$two"
has statslost "1 delivery report gave no record"
run statsjunk 1 "$bounce" stats --json corpus/junk
python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))
assert s["records"] >= 1 and s["failed_messages"] >= 2, s' "$tmp/statsjunk.out" ||
  fail "stats on junk: want the good DSN counted and the junk reported"
# Complaints, deliveries and auto-replies are counted apart from hard and soft bounces; -j N
# gives the -j 1 counts and error lines.
run statstypes 0 "$bounce" stats --json -j 1 corpus/arf corpus/rfc3834/*.eml corpus/rfc3464
python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))
t = {r["type"]: r["count"] for r in s["by_type"]}
assert set(t) == {"hard", "soft", "complaint", "delivered", "vacation"}, t
assert t["complaint"] >= 1 and t["delivered"] >= 1 and t["vacation"] >= 1, t
' "$tmp/statstypes.out" || fail "stats: complaint/delivered/vacation not counted apart"
run statsj1 1 "$bounce" stats --json -j 1 corpus
run statsj4 1 "$bounce" stats --json -j 4 corpus
cmp -s "$tmp/statsj1.out" "$tmp/statsj4.out" || fail "stats -j 4: counts differ from -j 1"
cmp -s "$tmp/statsj1.err" "$tmp/statsj4.err" || fail "stats -j 4: errors differ from -j 1"

# --- explain ----------------------------------------------------------------------------------
run explain 0 "$bounce" explain "$two"
has explain "alice.nguyen@example.net"
has explain "rfc3464"
has explain "Status: field"
has explain "decided by"
has explain "text/en/user-unknown\|status/X"
has explain "evidence:\|other evidence: none"
run explainmissing 3 "$bounce" explain "$tmp/does-not-exist.eml"

# --- classify ---------------------------------------------------------------------------------
run classify 0 "$bounce" classify '550 5.1.1 <a@example.net>: Recipient address rejected: User unknown'
[ "$(jsonl classify)" = 1 ] || fail "classify: want one JSON object"
python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))
assert list(c) == ["reason", "status", "status_source", "reply_code", "hard_bounce", "rule"], c
assert c["reason"] == "userunknown" and c["status"] == "5.1.1" and c["reply_code"] == 550, c
assert c["hard_bounce"] is True and c["rule"], c' "$tmp/classify.out" || fail "classify: wrong object"
run classifystdin 0 "$bounce" classify - <<<'452 4.2.2 Mailbox full'
has classifystdin '"reason":"mailboxfull"'
run classifyodd 0 "$bounce" classify $'quote " backslash \\ tab \t ctrl \x01 latin1 \xe9'
[ "$(jsonl classifyodd)" = 1 ] || fail "classify: odd bytes broke the JSON"
# --lines: one object per input line, in order, an empty line included (output line N answers
# input line N); a CR before the newline and a last line without one are read as lines.
printf '550 5.1.1 user unknown\n\n452 4.2.2 Mailbox full\r\n421 4.7.0 Try again later, closing connection (throttled)' \
  >"$tmp/lines.in"
run classifylines 0 "$bounce" classify --lines <"$tmp/lines.in"
[ "$(jsonl classifylines)" = 4 ] || fail "classify --lines: want 4 objects"
python3 -c '
import json, sys
got = [json.loads(l)["reason"] for l in open(sys.argv[1])]
assert got == ["userunknown", "undefined", "mailboxfull", "ratelimited"], got' \
  "$tmp/classifylines.out" || fail "classify --lines: wrong reasons or order"
# The same texts one by one give the same objects.
for k in 1 3 4; do
  sed -n "${k}p" "$tmp/lines.in" | tr -d '\r' >"$tmp/line$k.in"
  "$bounce" classify - <"$tmp/line$k.in" >"$tmp/one$k.out"
  sed -n "${k}p" "$tmp/classifylines.out" | cmp -s - "$tmp/one$k.out" || fail "classify --lines: line $k differs from classify -"
done
# --tsv: the second column is the host that gave the reply, so its provider's codes apply; a
# line without one keeps --remote-mta.
printf '550 BL000010\tmx1.comcast.net\n550 BL000010\n' >"$tmp/tsv.in"
run classifytsv 0 "$bounce" classify --tsv <"$tmp/tsv.in"
python3 -c '
import json, sys
got = [json.loads(l)["rule"] for l in open(sys.argv[1])]
assert got[0] == "provider/comcast/000010" and not got[1].startswith("provider/"), got' \
  "$tmp/classifytsv.out" || fail "classify --tsv: host column not applied"
run classifytsvdefault 0 "$bounce" classify --tsv --remote-mta mx1.comcast.net <<<'550 BL000010'
has classifytsvdefault '"rule":"provider/comcast/000010"'
# A line longer than --max-line-bytes: its first bytes are classified, stderr says so, and the
# next line is still read.
{ head -c 5000 /dev/zero | tr '\0' a; printf '\n452 4.2.2 Mailbox full\n'; } >"$tmp/long.in"
run classifylong 0 "$bounce" classify --lines --max-line-bytes 100 <"$tmp/long.in"
[ "$(jsonl classifylong)" = 2 ] || fail "classify --max-line-bytes: want 2 objects"
grep -q "line 1: 5000 bytes, only the first 100 classified" "$tmp/classifylong.err" ||
  fail "classify --max-line-bytes: no warning"
run classifylinestext 2 "$bounce" classify --lines '550 5.1.1 user unknown'
run classifylinesbad 2 "$bounce" classify --lines --max-line-bytes 0
run classifydir 3 "$bounce" classify --lines <.
"$bounce" classify --lines <"$tmp/lines.in" >/dev/full 2>"$tmp/classifyfull.err"
[ $? -eq 4 ] || fail "classify --lines to /dev/full: want exit 4"
grep -q "cannot write output" "$tmp/classifyfull.err" || fail "classify --lines to /dev/full: no message"

# --- registry ---------------------------------------------------------------------------------
run registry 0 "$bounce" registry
[ "$(jsonl registry)" -ge 80 ] || fail "registry: too few entries"

# --- man page and completion ------------------------------------------------------------------
man_page="$(dirname "$bounce")/../man/bounce.1"
if [ -f "$man_page" ] && command -v man >/dev/null; then
  MANWIDTH=100 man -l "$man_page" >"$tmp/man.out" 2>"$tmp/man.err" || fail "man -l: the page does not render"
  has man "EXIT STATUS"
  # Every option the CLI lists in its help is documented on the page (docs/cli.md).
  for cmd in parse stats explain; do
    for opt in $("$bounce" "$cmd" --help | grep -o -- '--[a-z-]*' | sort -u); do
      grep -q -- "$opt" "$tmp/man.out" || fail "man page: $cmd's option $opt is not documented"
    done
  done
fi
if command -v bash >/dev/null; then
  got=$(bash -c 'source "$1"; COMP_WORDS=(bounce parse --st); COMP_CWORD=2; _bounce; echo "${COMPREPLY[*]}"' _ "$src/src/cli/completion/bounce.bash")
  [ "$got" = "--strict" ] || fail "bash completion: 'bounce parse --st' gave '$got'"
  got=$(bash -c 'source "$1"; COMP_WORDS=(bounce st); COMP_CWORD=1; _bounce; echo "${COMPREPLY[*]}"' _ "$src/src/cli/completion/bounce.bash")
  [ "$got" = "stats" ] || fail "bash completion: 'bounce st' gave '$got'"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "PASS"
