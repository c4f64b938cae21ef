#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# `pip install .` as a user runs it: a fresh virtual environment (with the system's packages, as
# no package index is reachable here), `pip install --no-build-isolation SOURCE_DIR`, then the
# installed package is imported from outside the source tree, parse_path('corpus') is printed and
# counted against the CLI, and tests/python/test_bounce.py runs against the installed copy
# (BOUNCE_INSTALLED=1 adds the check that the distribution's version is CMakeLists.txt's).
# Called by .ci/test. The CMake build tree of the wheel is SOURCE_DIR/build/pip (kept: a second
# run is incremental; ccache is used when installed).
# Usage: pip_install_test.sh SOURCE_DIR [BOUNCE_CLI]   exit 0 pass, 1 fail, 77 skip
set -euo pipefail
src=$(cd "$1" && pwd)
cli=${2:-}
[ -n "$cli" ] && cli="$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")"  # the tests run elsewhere
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "SKIP: no $python"; exit 77; }
"$python" -c "import venv, ensurepip" 2>/dev/null || { echo "SKIP: no venv/ensurepip (Debian: python3-venv)"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/bounce-pip.XXXXXX")
trap 'rm -rf "$work"' EXIT
venv="$work/venv"
"$python" -m venv --system-site-packages "$venv"
start=$(date +%s)
"$venv/bin/pip" install --no-build-isolation --no-index "$src" >"$work/pip.log" 2>&1 ||
  { tail -60 "$work/pip.log"; fail "pip install"; }
echo "pip install: $(($(date +%s) - start)) s"

cd "$work"
"$venv/bin/python" - "$src" <<'PY' || fail "installed package"
import os, sys
import bounce
src = sys.argv[1]
assert bounce.__file__.startswith(sys.prefix), bounce.__file__  # the venv's copy, not the tree
folder = os.path.dirname(bounce.__file__)
for name in ("py.typed", "_bounce.pyi", "__init__.py"):
    assert os.path.isfile(os.path.join(folder, name)), name
PY
printed=$(cd "$src" && "$venv/bin/python" -c "import bounce; print(bounce.parse_path('corpus'))") ||
  fail "print(bounce.parse_path('corpus'))"
echo "print(bounce.parse_path('corpus')): $printed"
count=$(cd "$src" && "$venv/bin/python" -c "import bounce; print(sum(1 for _ in bounce.parse_path('corpus')))")
echo "records under corpus/: $count"
[ "$count" -gt 0 ] || fail "no records from corpus/"
if [ -n "$cli" ]; then
  expected=$(cd "$src" && "$cli" parse corpus 2>/dev/null | wc -l || true)
  [ "$count" -eq "$expected" ] || fail "python gives $count records, bounce parse $expected"
fi
(cd "$src/tests/python" && BOUNCE_INSTALLED=1 BOUNCE_SOURCE_DIR="$src" BOUNCE_CLI="$cli" \
  "$venv/bin/python" -m unittest -q test_bounce) || fail "test_bounce.py against the installed package"
echo "PASS"
