#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Agreement of `bounce classify` with the rows of ../shared/reference (provider-replies.tsv,
# mta-messages.tsv), by reference_agreement.py: reason, and temporary vs permanent; then whether
# each remote reply among them keeps its reason in the notices of six MTAs, by
# wrapper_agreement.py. Fails below the floors (they only rise: raise them to the level reached
# after an improvement); skips (exit 77) without ../shared/reference.
# Usage: reference_test.sh BOUNCE SOURCE_DIR
set -u
bounce=$1
source_dir=$2
here=$(dirname "$0")
reference=${BOUNCE_REFERENCE_DIR:-$source_dir/../shared/reference}
if [ ! -f "$reference/provider-replies.tsv" ] || [ ! -f "$reference/mta-messages.tsv" ]; then
  echo "skip: no reference tables at $reference"
  exit 77
fi
python3 "$here/reference_agreement.py" "$bounce" "$reference" \
  --floor-reason 0.994 --floor-temporary 0.931 || exit 1
exec python3 "$here/wrapper_agreement.py" "$bounce" "$reference" --floor 1.000
