#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Whether a remote reply keeps its reason in the notices of Postfix, Exim, Sendmail and qmail
# (wrapper_agreement.py, over the reply rows of ../shared/reference). Fails below the floor (it
# only rises); skips (exit 77) without ../shared/reference.
# Usage: wrapper_test.sh BOUNCE SOURCE_DIR
set -u
bounce=$1
source_dir=$2
reference=${BOUNCE_REFERENCE_DIR:-$source_dir/../shared/reference}
if [ ! -f "$reference/provider-replies.tsv" ] || [ ! -f "$reference/mta-messages.tsv" ]; then
  echo "skip: no reference tables at $reference"
  exit 77
fi
exec python3 "$(dirname "$0")/wrapper_agreement.py" "$bounce" "$reference" --floor 1.000
