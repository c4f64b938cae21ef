#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""Reason agreement of `bounce parse` with Sisimai, the reference tool of the reason taxonomy
(Debian libsisimai-perl), on a corpus neither project was tuned on: the bounce samples of
flufl.bounce (Debian python3-flufl.bounce). Records are matched by file and recipient; the
score is the share of records present in both whose reasons agree. Sisimai is not a gold
standard, but where the two disagree on real bounces a rule of ours is often missing or too
tight to our own corpus. --data DIR reads another collection, e.g. the t/corpus of
Mail::DeliveryStatus::BounceParser's source package (`apt-get source
libmail-deliverystatus-bounceparser-perl`, with deb-src enabled).
Usage: sisimai_agreement.py BOUNCE [MIN_AGREEMENT] [-v] [--data DIR]"""
import glob, json, os, subprocess, sys

DATA = '/usr/lib/python3/dist-packages/flufl/bounce/tests/data'
SISIMAI = r'''
use strict; use warnings; use Sisimai;
for my $f (@ARGV) {
  my $v = Sisimai->make($f, delivered => 1, vacation => 1) || [];
  for my $e (@$v) {
    my $d = $e->damn;
    print join("\t", $f, lc($d->{recipient} // ''), $d->{reason} // ''), "\n";
  }
}
'''

# Sisimai 5.6 merged these reasons (docs/reasons.md); the installed Sisimai may predate that.
MERGED = {'mesgtoobig': 'emailtoolarge', 'exceedlimit': 'emailtoolarge',
          'speeding': 'ratelimited', 'toomanyconn': 'ratelimited'}


def main():
    argv = sys.argv[1:]
    data = DATA
    if '--data' in argv:
        k = argv.index('--data')
        data = argv[k + 1]
        del argv[k:k + 2]
    args = [a for a in argv if a != '-v']
    verbose = '-v' in argv
    bounce, floor = args[0], float(args[1]) if len(args) > 1 else 0.0
    files = sorted(glob.glob(os.path.join(data, '*')))
    sis = {}
    out = subprocess.run(['perl', '-e', SISIMAI] + files, capture_output=True, text=True).stdout
    for line in out.splitlines():
        f, rcpt, reason = line.split('\t')
        sis[(os.path.basename(f), rcpt)] = MERGED.get(reason, reason)
    ours = {}
    out = subprocess.run([bounce, 'parse'] + files, capture_output=True, text=True).stdout
    for line in out.splitlines():
        r = json.loads(line)
        ours[(os.path.basename(r['source']), (r['recipient'] or '').lower())] = r
    both = sorted(set(sis) & set(ours))
    agree = [k for k in both if sis[k] == ours[k]['reason']]
    share = len(agree) / len(both) if both else 0.0
    print(f'records: sisimai {len(sis)}, bounce {len(ours)}, both {len(both)}; '
          f'reason agreement {len(agree)}/{len(both)} = {share:.3f} (floor {floor})')
    if verbose:
        for k in both:
            if sis[k] != ours[k]['reason']:
                print(f'{k[0]} {k[1]}: sisimai {sis[k]}, bounce {ours[k]["reason"]} ({ours[k]["rule"]})')
    return 0 if share >= floor else 1

if __name__ == '__main__':
    sys.exit(main())
