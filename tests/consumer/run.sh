#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Installs bounce from a build tree into a temporary prefix, then builds and runs two consumers
# against it (find_package(bounce) from C++ and from C) and a tiny C program through pkg-config.
# Usage: run.sh BUILD_DIR SOURCE_DIR        exit 0 pass, 1 fail, 77 skip (no cmake or compiler)
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
command -v cmake >/dev/null || { echo "SKIP: no cmake"; exit 77; }
command -v cc >/dev/null || command -v gcc >/dev/null || { echo "SKIP: no C compiler"; exit 77; }

work=$(mktemp -d "${TMPDIR:-/tmp}/bounce-consumer.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
dsn="$src/corpus/rfc3464/postfix-two-recipients.eml"
fail() { echo "FAIL: $*" >&2; exit 1; }

# Generators: reuse Ninja when the build tree uses it (faster), else the default.
gen=()
if grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja' "$build/CMakeCache.txt" 2>/dev/null; then gen=(-G Ninja); fi
compilers=()
cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
cc=$(sed -n 's/^CMAKE_C_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
[ -n "$cxx" ] && compilers+=("-DCMAKE_CXX_COMPILER=$cxx")
[ -n "$cc" ] && compilers+=("-DCMAKE_C_COMPILER=$cc")

echo "== install into $prefix"
cmake --install "$build" --prefix "$prefix" >"$work/install.log" || { cat "$work/install.log"; fail "install"; }
for f in include/bounce.h include/bounce/bounce.hpp bin/bounce; do
  [ -e "$prefix/$f" ] || fail "missing $f"
done
cfg=$(find "$prefix" -name bounce-config.cmake | head -1)
[ -n "$cfg" ] || fail "no bounce-config.cmake"
pc=$(find "$prefix" -name bounce.pc | head -1)
[ -n "$pc" ] || fail "no bounce.pc"
"$prefix/bin/bounce" parse "$dsn" >/dev/null || fail "installed CLI"

for lang in cpp c; do
  echo "== find_package consumer ($lang)"
  cmake -S "$src/tests/consumer/$lang" -B "$work/build-$lang" "${gen[@]}" "${compilers[@]}" \
    -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >"$work/cfg-$lang.log" 2>&1 ||
    { cat "$work/cfg-$lang.log"; fail "configure $lang consumer"; }
  cmake --build "$work/build-$lang" >"$work/build-$lang.log" 2>&1 ||
    { cat "$work/build-$lang.log"; fail "build $lang consumer"; }
  out=$("$work/build-$lang/consumer_$lang" "$dsn") || fail "run $lang consumer"
  echo "$out"
  grep -q '^alice.nguyen@example.net userunknown 5.1.1$' <<<"$out" || fail "$lang consumer output"
  grep -q '^b.kowalski@example.net mailboxfull 5.2.2$' <<<"$out" || fail "$lang consumer output"
done

echo "== pkg-config"
if command -v pkg-config >/dev/null; then
  export PKG_CONFIG_PATH="$(dirname "$pc")${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
  flags=$(pkg-config --cflags --libs bounce) || fail "pkg-config bounce"
  echo "pkg-config --cflags --libs bounce: $flags"
  [ "$(pkg-config --modversion bounce)" = "$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")" ] ||
    fail "pkg-config version"
  printf '#include <bounce.h>\n#include <stdio.h>\nint main(void) {\n  bounce_result *r = bounce_parse("", 0);\n  int ok = r && bounce_result_error(r) != NULL;\n  bounce_result_free(r);\n  puts(bounce_version());\n  return ok ? 0 : 1;\n}\n' >"$work/tiny.c"
  # shellcheck disable=SC2086
  ${cc:-cc} -std=c89 -Wall -Wextra -pedantic -o "$work/tiny" "$work/tiny.c" $flags || fail "pkg-config compile"
  "$work/tiny" || fail "pkg-config program"
else
  echo "(pkg-config not installed: skipped that part)"
fi
echo "PASS"
