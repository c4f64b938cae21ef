#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Reason agreement with Sisimai (libsisimai-perl) on flufl.bounce's samples (python3-flufl.bounce),
# by sisimai_agreement.py. Fails below the floor; skips (exit 77) when either package is absent.
# Usage: agreement_test.sh BOUNCE SOURCE_DIR
set -u
bounce=$1
floor=${SISIMAI_AGREEMENT_FLOOR:-0.90}
if [ ! -d /usr/lib/python3/dist-packages/flufl/bounce/tests/data ] || ! perl -MSisimai -e 1 2>/dev/null; then
  echo "skip: python3-flufl.bounce or libsisimai-perl is not installed"
  exit 77
fi
exec python3 "$(dirname "$0")/sisimai_agreement.py" "$bounce" "$floor"
