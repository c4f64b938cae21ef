#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# bounce parse -j N must write exactly what -j 1 writes (stdout and stderr, same order, same exit
# status), on the project's corpus, on the shared Sisimai corpus when it is present, on an mbox
# built from corpus messages, and on several paths at once.
# Usage: parallel_test.sh PATH/TO/bounce SOURCE_DIR      exit 0 pass, 1 fail, 77 skip
set -uo pipefail
bounce=$1
src=$2
[ -x "$bounce" ] || { echo "SKIP: no bounce binary at $bounce"; exit 77; }
[ -d "$src/corpus" ] || { echo "SKIP: no corpus in $src"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bounce-par.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
checked=0

# same NAME ARGS...: -j 1 against -j 2, -j 4 and the default (all cores)
same() {
  local name=$1
  shift
  "$bounce" parse -q -j 1 "$@" >"$tmp/$name.1.out" 2>"$tmp/$name.1.err"
  local rc1=$?
  for j in 2 4 default; do
    local jarg=(-j "$j")
    [ "$j" = default ] && jarg=()
    "$bounce" parse -q "${jarg[@]}" "$@" >"$tmp/$name.$j.out" 2>"$tmp/$name.$j.err"
    local rc=$?
    if [ "$rc" -ne "$rc1" ]; then
      echo "FAIL: $name -j $j: exit $rc, -j 1 gave $rc1"; failures=$((failures + 1))
    elif ! cmp -s "$tmp/$name.1.out" "$tmp/$name.$j.out"; then
      echo "FAIL: $name -j $j: stdout differs from -j 1"; failures=$((failures + 1))
    elif ! cmp -s "$tmp/$name.1.err" "$tmp/$name.$j.err"; then
      echo "FAIL: $name -j $j: stderr differs from -j 1"; failures=$((failures + 1))
    fi
  done
  [ -s "$tmp/$name.1.out" ] || { echo "FAIL: $name: no output at all"; failures=$((failures + 1)); }
  checked=$((checked + 1))
}

same corpus "$src/corpus"
same corpus-verbose --verbose "$src/corpus"
shared="$src/../shared/corpus/sisimai"
if [ -d "$shared" ]; then
  same sisimai "$shared"
else
  echo "note: $shared not present, only the project corpus was compared"
fi

# An mbox of many messages (files of the corpus, each behind a "From " line).
mbox="$tmp/many.mbox"
for round in 1 2 3; do
  find "$src/corpus" -type f -name '*.eml' | LC_ALL=C sort | while read -r f; do
    printf 'From sender@example.org Thu Jan  1 00:00:00 2015\n'
    sed 's/^From />From /' "$f"
    printf '\n'
  done
done >"$mbox"
same mbox "$mbox"
same several "$mbox" "$src/corpus" "$src/does-not-exist"

echo "$checked comparisons, $failures failures"
[ "$failures" -eq 0 ]
