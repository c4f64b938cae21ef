#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""Split the shared corpus's labelled files into a tuning part (3/4) and a held-aside part (1/4),
and score a `bounce parse` output on each part with ../shared/tools/score.py.

Issue 12 (deliverable 6): rules are written from the tuning part only; the held-aside part
measures how the rules do on messages nobody tuned them on. The gap between the two parts is the
number to close.

The split is a fixed hash of the gold path (SHA-256, not Python's salted hash()), so it is the
same on every machine and every run. A file is held aside when the first 32 bits of the hash are
0 modulo 4. Every engine (the file-name prefix family: "lhost-postfix" for
lhost-postfix-41.eml) keeps at least one file on the tuning side: when all of a family's files
hash to the held-aside part, its first file (by name) moves to tuning.

Usage:
  split.py [--gold GOLD.tsv] --list tuning|held      print the part's gold paths
  split.py [--gold GOLD.tsv] --results OUT.jsonl     score OUT.jsonl on both parts
  build/bin/bounce parse ../shared/corpus/sisimai/maildir/bsd | split.py --results -
"""
import argparse, collections, hashlib, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))


def family(path):
    """The engine family of a corpus file: its name without the -NN.eml suffix."""
    return re.sub(r"-\d+\.eml$", "", os.path.basename(path))


def is_held_by_hash(path):
    return int(hashlib.sha256(path.encode("utf-8")).hexdigest()[:8], 16) % 4 == 0


def split(paths):
    """(tuning, held): sets of paths."""
    held = {p for p in paths if is_held_by_hash(p)}
    by_family = collections.defaultdict(list)
    for p in sorted(paths):
        by_family[family(p)].append(p)
    for files in by_family.values():
        if all(p in held for p in files):
            held.discard(files[0])
    return set(paths) - held, held


def read_gold(gold):
    with open(gold, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header, rows = lines[0], [l for l in lines[1:] if l.strip()]
    return header, rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=os.path.join(SHARED, "corpus", "sisimai", "gold.tsv"))
    ap.add_argument("--score", default=os.path.join(SHARED, "tools", "score.py"))
    ap.add_argument("--list", choices=["tuning", "held"])
    ap.add_argument("--results", help="bounce parse output (JSON Lines); - for stdin")
    args = ap.parse_args()
    if not os.path.isfile(args.gold):
        print(f"skip: {args.gold} not found")
        return 77
    header, rows = read_gold(args.gold)
    paths = sorted({r.split("\t", 1)[0] for r in rows})
    tuning, held = split(paths)
    if args.list:
        for p in sorted(tuning if args.list == "tuning" else held):
            print(p)
        return 0
    if not args.results:
        ap.error("--list or --results is required")
    results = sys.stdin.read() if args.results == "-" else open(args.results, encoding="utf-8").read()
    with tempfile.TemporaryDirectory() as tmp:
        res = os.path.join(tmp, "results.jsonl")
        with open(res, "w", encoding="utf-8") as f:
            f.write(results)
        for name, part in (("tuning", tuning), ("held", held)):
            gold = os.path.join(tmp, name + ".tsv")
            with open(gold, "w", encoding="utf-8") as f:
                f.write(header + "\n")
                f.writelines(r + "\n" for r in rows if r.split("\t", 1)[0] in part)
            out = subprocess.run([sys.executable, args.score, "--gold", gold, "--results", res,
                                  "--by", "none"], capture_output=True, text=True, check=True).stdout
            score = [l for l in out.splitlines() if l.startswith("score:")]
            print(f"{name:<7} files={len(part)} {score[0] if score else out.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
