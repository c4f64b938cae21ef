#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Tie-back (tieback.py): the records of notices that return the sent message's Message-ID carry
# it as original_message_id, never another one; over corpus/, and over the shared corpus when
# ../shared is there. Floors in floors.env. Usage: tieback_test.sh BOUNCE SOURCE_DIR
set -u
bounce=$1
root=$2
. "$(dirname "$0")/floors.env"
here=$(dirname "$0")
fail=0
python3 "$here/tieback.py" "$bounce" "$TIEBACK_CORPUS" "$root/corpus" -v || fail=1
shared="$root/../shared/corpus/sisimai/maildir"
if [ -d "$shared" ]; then
  python3 "$here/tieback.py" "$bounce" "$TIEBACK_SHARED" "$shared" -v || fail=1
else
  echo "skip: $shared not found (corpus/ only)"
fi
exit $fail
