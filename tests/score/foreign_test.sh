#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Recipient recall of `bounce parse` on a corpus written by another project: the bounce samples
# of flufl.bounce (Debian package python3-flufl.bounce), scored by foreign_recall.py against the
# package's own expected addresses. Fails below the floor; skips (exit 77) when the package is
# absent. Usage: foreign_test.sh BOUNCE SOURCE_DIR
set -u
bounce=$1
floor=${FOREIGN_RECALL_FLOOR:-0.95}
if [ ! -d /usr/lib/python3/dist-packages/flufl/bounce/tests/data ] ||
   [ ! -f /usr/lib/python3/dist-packages/flufl/bounce/testing/helpers.py ]; then
  echo "skip: python3-flufl.bounce is not installed"
  exit 77
fi
exec python3 "$(dirname "$0")/foreign_recall.py" "$bounce" "$floor"
