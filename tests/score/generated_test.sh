#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Bounces made by real MTAs with a known cause (corpus/lhost/*/generated.tsv): every record's
# reason, hard_bounce and action must be the cause the setup produced (generated_truth.py).
# Usage: generated_test.sh BOUNCE SOURCE_DIR
set -u
exec python3 "$(dirname "$0")/generated_truth.py" "$1" "$2/corpus"
