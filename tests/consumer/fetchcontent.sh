#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Builds tests/consumer/fetchcontent (a C++17 project taking bounce through FetchContent of this
# source tree) and runs it. Its CMakeLists.txt fails the configure step when bounce, as a
# subproject, enables C, changes CMAKE_BUILD_TYPE or makes its tests, CLI or Python targets.
# The consumer rebuilds the library (only the library target): the build tree is kept under
# BUILD_DIR so that a second run is incremental, and the parent build's compiler launcher (ccache)
# is reused. No build type is given: the parent's empty choice must survive (and -O0 builds
# fastest).
# Usage: fetchcontent.sh BUILD_DIR SOURCE_DIR     exit 0 pass, 1 fail, 77 skip (no cmake)
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
command -v cmake >/dev/null || { echo "SKIP: no cmake"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
work="$build/consumer-fetchcontent"
dsn="$src/corpus/rfc3464/postfix-two-recipients.eml"

args=(-DBOUNCE_SOURCE_DIR="$src")
cache="$build/CMakeCache.txt"
if [ -f "$cache" ]; then
  grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja' "$cache" && args+=(-G Ninja)
  cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$cache")
  launcher=$(sed -n 's/^CMAKE_CXX_COMPILER_LAUNCHER:[A-Z]*=//p' "$cache")
  [ -n "$cxx" ] && args+=("-DCMAKE_CXX_COMPILER=$cxx")
  [ -n "$launcher" ] && args+=("-DCMAKE_CXX_COMPILER_LAUNCHER=$launcher")
fi
[ -f "$work/CMakeCache.txt" ] && args=(-DBOUNCE_SOURCE_DIR="$src")  # already configured
cmake -S "$src/tests/consumer/fetchcontent" -B "$work" "${args[@]}" >"$work.cfg.log" 2>&1 ||
  { cat "$work.cfg.log"; fail "configure (see the message above)"; }
start=$(date +%s)
cmake --build "$work" --target consumer_fetchcontent -j"${BOUNCE_CONSUMER_JOBS:-2}" >"$work.build.log" 2>&1 ||
  { tail -50 "$work.build.log"; fail "build"; }
echo "built in $(($(date +%s) - start)) s"
out=$("$work/consumer_fetchcontent" "$dsn") || fail "run"
echo "$out"
grep -q '^alice.nguyen@example.net userunknown 5.1.1$' <<<"$out" || fail "output"
grep -q '^b.kowalski@example.net mailboxfull 5.2.2$' <<<"$out" || fail "output"
echo "PASS"
