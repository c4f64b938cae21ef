#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# The share of Sisimai 4.25's reason wording (libsisimai-perl's Sisimai::Reason::* modules) that
# `bounce classify` reads as the same reason, by sisimai_phrases.py. Fails below the floor; skips
# (exit 77) when libsisimai-perl is absent. Usage: phrases_test.sh BOUNCE SOURCE_DIR
set -u
bounce=$1
floor=${SISIMAI_PHRASES_FLOOR:-0.885}
if [ ! -d /usr/share/perl5/Sisimai/Reason ]; then
  echo "skip: libsisimai-perl is not installed"
  exit 77
fi
exec python3 "$(dirname "$0")/sisimai_phrases.py" "$bounce" "$floor"
