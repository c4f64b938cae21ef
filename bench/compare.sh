#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Whole-process comparison on the same files: bounce parse (-j 1 and all cores) against Perl
# Sisimai (Debian libsisimai-perl) and flufl.bounce (Debian python3-flufl.bounce), each run as
# one process over the whole directory, as a user would. Uses hyperfine when installed (median
# of several runs), else bash's `time` (one run each). Prints each tool's time and its ratio to
# bounce -j 1.
# Usage: bench/compare.sh [BOUNCE_BINARY [DIR]]
#   defaults: build-bench/bin/bounce, ../shared/corpus/sisimai/maildir/bsd (else corpus/)
# Install the others with: apt-get install -y libsisimai-perl python3-flufl.bounce hyperfine
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bounce=${1:-$here/build-bench/bin/bounce}
dir=${2:-$here/../shared/corpus/sisimai/maildir/bsd}
[ -d "$dir" ] || dir=$here/corpus
[ -x "$bounce" ] || { echo "no bounce binary at $bounce (build with -DBOUNCE_BUILD_BENCHMARKS=ON)"; exit 1; }
files=$(find "$dir" -type f | wc -l)
echo "input: $dir ($files files, $(du -sh "$dir" | cut -f1)); $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"

names=() cmds=()
add() { names+=("$1"); cmds+=("$2"); }
add "bounce -j 1" "$bounce parse -q -j 1 $dir > /dev/null"
add "bounce (-j $(nproc))" "$bounce parse -q $dir > /dev/null"

if perl -MSisimai -e 1 2>/dev/null; then
  add "sisimai $(perl -MSisimai -e 'print $Sisimai::VERSION')" \
      "perl -MSisimai -e 'my \$v = Sisimai->make(\$ARGV[0]) || []; print scalar(@\$v), qq(\\n)' $dir > /dev/null"
else
  echo "Sisimai: not installed (Debian 12 has it: apt-get install libsisimai-perl)"
fi
# Debian's module is for the system python, which may not be the first python3 on PATH.
py=/usr/bin/python3
[ -x "$py" ] || py=python3
if "$py" -c 'import flufl.bounce' 2>/dev/null; then
  cat > "${TMPDIR:-/tmp}/bounce-compare-flufl.py" <<'PY'
import email, os, sys
from flufl.bounce import all_failures
n = 0
for root, _, names in os.walk(sys.argv[1]):
    for name in sorted(names):
        with open(os.path.join(root, name), "rb") as fh:
            msg = email.message_from_binary_file(fh)
        temporary, permanent = all_failures(msg)
        n += len(temporary) + len(permanent)
print(n)
PY
  add "flufl.bounce" "$py ${TMPDIR:-/tmp}/bounce-compare-flufl.py $dir > /dev/null"
else
  echo "flufl.bounce: not installed (Debian 12 has it: apt-get install python3-flufl.bounce)"
fi

declare -A secs
if command -v hyperfine >/dev/null; then
  json=$(mktemp)
  hyperfine --warmup 1 --runs "${RUNS:-10}" --export-json "$json" "${cmds[@]}" >/dev/null
  mapfile -t medians < <(python3 -c 'import json,sys; [print(r["median"]) for r in json.load(open(sys.argv[1]))["results"]]' "$json")
  rm -f "$json"
  for i in "${!names[@]}"; do secs[$i]=${medians[$i]}; done
  how="hyperfine median of ${RUNS:-10} runs"
else
  for i in "${!names[@]}"; do
    start=$(date +%s.%N)
    bash -c "${cmds[$i]}"
    end=$(date +%s.%N)
    secs[$i]=$(echo "$end - $start" | bc -l)
  done
  how="one run each (wall clock; install hyperfine for medians)"
fi

echo "timing: $how"
# Ratios to bounce -j 1 and to bounce with its default (all cores), which is how it is run.
printf '%-22s %10s %12s %14s %18s\n' tool seconds messages/s "x bounce -j 1" "x bounce (default)"
base=${secs[0]}
default=${secs[1]}
for i in "${!names[@]}"; do
  printf '%-22s %10.3f %12.0f %14.1f %18.1f\n' "${names[$i]}" "${secs[$i]}" "$(echo "$files / ${secs[$i]}" | bc -l)" \
    "$(echo "${secs[$i]} / $base" | bc -l)" "$(echo "${secs[$i]} / $default" | bc -l)"
done
