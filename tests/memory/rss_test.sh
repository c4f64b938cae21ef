#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Per-message memory stays bounded (issue 15, deliverable 6): `bounce parse` on generated
# recipient-, header- and Status-heavy DSNs (tests/memory/gen_big_dsn.py) peaks at no more than
# 4x the message plus a constant: the binary's own baseline, measured here on a small DSN, plus
# 16 MiB for the per-recipient evidence of up to max_recipients (10 000) recipients (drafts and
# DSN fields, about 1 KiB each). Records are not held: each is written as JSON as soon as it is
# complete (parse_message_each), also with -j N, where a message over 1 MiB is parsed by the
# writing thread. And the issue's own check: the 200k-group DSN (7 MB) stays under 40 MB (it
# took 250 MiB before the first fix, 53 MiB before records were streamed, now about 28 MiB;
# docs/performance.md). Both runs of each case, -j 1 and the default -j (all cores), are
# measured. Also bounds the time (20 s each): a paragraph lookup per group over the whole text
# was quadratic.
# Usage: rss_test.sh <bounce binary> <source dir>          exit 0 pass, 1 fail, 77 skip
set -u
bounce=$1
src=$2
[ -x "$bounce" ] || { echo "SKIP: no bounce binary at $bounce"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 is needed"; exit 77; }
# A sanitizer build's shadow memory says nothing about ours.
if grep -qa "AddressSanitizer" "$bounce"; then echo "SKIP: sanitizer build"; exit 77; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$bounce" "$src" "$tmp" <<'PY'
import os, resource, subprocess, sys, time

bounce, src, tmp = sys.argv[1:4]
gen = os.path.join(src, "tests", "memory", "gen_big_dsn.py")
MiB = 1 << 20


def make(kind, n=None):
    path = os.path.join(tmp, f"{kind}-{n}.eml")
    args = [sys.executable, gen, "--kind", kind] + ([] if n is None else ["-n", str(n)])
    with open(path, "wb") as f:
        subprocess.run(args, stdout=f, check=True)
    return path


def peak_rss(path, jobs=None):
    """Max RSS in bytes of one `bounce parse [-j jobs] path` (a fresh child each time, measured
    by the kernel: ru_maxrss of the waited-for child), its record count and its wall time."""
    pid = os.fork()
    if pid == 0:
        out = os.open(os.path.join(tmp, "out.jsonl"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(out, 1)
        os.execv(bounce, [bounce, "parse"] + ([] if jobs is None else ["-j", jobs]) + [path])
    t0 = time.monotonic()
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.monotonic() - t0
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        sys.exit(f"FAIL: bounce parse {path} ended with status {status}")
    with open(os.path.join(tmp, "out.jsonl"), "rb") as f:
        records = sum(1 for _ in f)
    return usage.ru_maxrss * 1024, records, elapsed


baseline, _, _ = peak_rss(make("groups", 10))
failures = []
cases = [("groups", None, 10000), ("headers", None, 1), ("status", None, 1), ("listed", None, 10000)]
for kind, n, want_records in cases:
    path = make(kind, n)
    size = os.path.getsize(path)
    for jobs in (None, "1"):
        rss, records, elapsed = peak_rss(path, jobs)
        limit = 4 * size + baseline + 16 * MiB
        if kind == "groups":  # the issue's check: under 40 MB
            limit = min(limit, 40 * 1000 * 1000)
        label = f"{kind} -j {jobs or 'default'}"
        print(f"{label:20} {size / MiB:6.1f} MiB message: max RSS {rss / MiB:6.1f} MiB "
              f"(limit {limit / MiB:.1f}), {records} records, {elapsed:.2f} s")
        if rss > limit:
            failures.append(f"{label}: max RSS {rss / MiB:.1f} MiB over {limit / MiB:.1f} MiB")
        if records != want_records:
            failures.append(f"{label}: {records} records, expected {want_records}")
        if elapsed > 20:
            failures.append(f"{label}: {elapsed:.1f} s")
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
PY
