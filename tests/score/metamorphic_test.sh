#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Records must not depend on a bounce's form: metamorphic.py rewrites every message of the
# shipped corpus (and of the shared corpus and flufl.bounce's samples, when present) in ways
# that keep its meaning and fails when any record changes.
# Usage: metamorphic_test.sh BOUNCE SOURCE_DIR
set -u
bounce=$1
src=$2
dirs=("$src/corpus")
[ -d "$src/../shared/corpus/sisimai/maildir" ] && dirs+=("$src/../shared/corpus/sisimai/maildir")
flufl=/usr/lib/python3/dist-packages/flufl/bounce/tests/data
[ -d "$flufl" ] && dirs+=("$flufl")
exec python3 "$(dirname "$0")/metamorphic.py" "$bounce" "${dirs[@]}" --max-changed 0
