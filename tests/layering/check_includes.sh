#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Layering test: enforces the dependency table of architecture.md ("Dependencies and error
# ownership") over the #include lines of the sources.
#
#   usage: check_includes.sh SOURCE_DIR       (the project root, containing src/ and include/)
#
# Every `#include "X/..."` (and `#include <X/...>` naming a project directory) in
# src/<layer>/**/*.{hpp,cpp,inc,h} must name a layer allowed for <layer> in the map below, its own
# layer, src/detail/ (string helpers, assertions: shared by every internal layer, but not by
# output, capi, cli and python, which use the public API only), or the public headers
# (include/bounce/..., include/bounce.h), which every layer may use. An include without a '/'
# is a file of the same directory (cli's "commands.hpp") or a generated one
# (registry's "status_registry.inc") and is always allowed. A "../" path is a violation: it
# would step around the layer-rooted include scheme.
# The public headers (include/) and the top-level src/*.cpp (the implementation of the public
# record and error types) may include public headers only. src/detail/ includes nothing from a
# layer.
#
# Exit 0 when every include is allowed; 1 with one "VIOLATION file:line: ..." line per include
# that is not; 2 on usage errors.
set -u

root=${1:-}
if [ -z "$root" ] || [ ! -d "$root/src" ]; then
  echo "usage: $0 SOURCE_DIR  (a directory containing src/)" >&2
  exit 2
fi

# The layers as architecture.md names them; a directory of src/ not listed here is reported,
# so that a new layer gets a row instead of going unchecked.
layers="input mime grammar extract registry classify esp pipeline output capi cli python detail"

# Allowed internal layers per layer (besides itself, detail and the public headers).
#
# The table of architecture.md, with these readings:
# - extract: mime and grammar, as in the table. Not input: an extractor sees a mime::report,
#   never raw bytes, and the current tree does not need it (the brief's "input?" stays closed).
# - classify: extract (the draft it classifies), grammar, registry, as in the table. Not mime:
#   the classifier sees a draft only (the brief's "mime?" stays closed; nothing needs it).
# - pipeline: input, mime, extract, classify: it runs a message through them in that order
#   (src/pipeline/parse_message.cpp), behind the public bounce/parse.hpp.
# - esp: provider events (JSON) turned into the extractor's evidence (extract's draft) and
#   classified by the same classifier as mail (classify); grammar for the codes in their text.
# - pipeline: also esp, whose reader it runs when the input is an event rather than mail.
# - output: the public headers only (the record it writes), like capi and python: it writes
#   records and knows nothing of how they were made.
# - capi, python: the public headers only (bounce.h, bounce/...).
# - cli: the public headers only, plus its own cli/ headers (its own layer).
# - detail: nothing (it is the leaf everyone may use).
allowed_for() {
  case "$1" in
    input) echo "" ;;
    mime) echo "input" ;;
    grammar) echo "" ;;
    extract) echo "mime grammar" ;;
    registry) echo "" ;;
    classify) echo "extract grammar registry" ;;
    esp) echo "extract grammar classify" ;;
    pipeline) echo "input mime extract classify esp" ;;
    output | capi | cli | python | detail) echo "" ;;
    *) echo "" ;;
  esac
}

# Directory names an include path may start with that refer to the project.
project_dirs=" $layers bounce "

violations=0
report() {
  echo "VIOLATION $1"
  violations=$((violations + 1))
}

# check FILE LAYER: LAYER is a layer name, or "public" for include/ and src/*.cpp.
check() {
  local file=$1 layer=$2 allowed lineno line path first
  case "$layer" in
    public) allowed="" ;;
    output | capi | cli | python) allowed=" $layer " ;;  # public API users: not even src/detail/
    *) allowed=" $layer detail $(allowed_for "$layer") " ;;
  esac
  allowed=$(echo $allowed)  # one space between names
  allowed=" $allowed "
  while IFS= read -r line; do
    lineno=${line%%:*}
    line=${line#*:}
    # The path between the quotes or angle brackets.
    path=$(printf '%s\n' "$line" | sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*["<]([^">]*)[">].*/\1/')
    case "$path" in
      ../* | */../*)
        report "$file:$lineno: \"$path\" steps out with ../"
        continue ;;
    esac
    case "$path" in
      */*) first=${path%%/*} ;;
      *) continue ;;  # same directory, generated, bounce.h, or a system header
    esac
    # Angle-bracket includes of system/third-party headers (<boost/...>, <doctest/...>): not ours.
    case "$project_dirs" in
      *" $first "*) ;;
      *) continue ;;
    esac
    [ "$first" = bounce ] && continue  # the public API: allowed everywhere
    if [ "$layer" = public ]; then
      report "$file:$lineno: public code includes internal \"$path\" (public headers only)"
      continue
    fi
    case "$allowed" in
      *" $first "*) ;;
      *) report "$file:$lineno: layer $layer includes \"$path\" (allowed: $(echo $allowed) + public bounce/)" ;;
    esac
  done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*["<]' "$file" || true)
}

files_of() {
  find "$1" -type f \( -name '*.hpp' -o -name '*.cpp' -o -name '*.inc' -o -name '*.h' \) | LC_ALL=C sort
}

checked=0
for dir in "$root"/src/*/; do
  layer=$(basename "$dir")
  case " $layers " in
    *" $layer "*) ;;
    *)
      report "src/$layer/: a directory that is no layer of architecture.md; add it to this script"
      continue ;;
  esac
  while IFS= read -r f; do
    check "$f" "$layer"
    checked=$((checked + 1))
  done < <(files_of "$dir")
done

# Top-level src/*.cpp (record.cpp, error.cpp) and the public headers: public headers only.
while IFS= read -r f; do
  check "$f" public
  checked=$((checked + 1))
done < <( { find "$root/src" -maxdepth 1 -type f \( -name '*.cpp' -o -name '*.hpp' \);
            [ -d "$root/include" ] && files_of "$root/include"; } | LC_ALL=C sort)

if [ "$violations" -gt 0 ]; then
  echo "layering: $violations violation(s) in $checked files (see architecture.md, Dependencies)"
  exit 1
fi
echo "layering: ok ($checked files)"
exit 0
