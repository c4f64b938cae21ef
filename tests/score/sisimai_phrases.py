#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""How much of the reference tool's wording knowledge `bounce classify` shares: every literal
phrase of Sisimai 4.25's Sisimai::Reason::* modules (Debian libsisimai-perl), and a sample string
of each alternative of their regular expressions (a token such as an address becomes "x"), is
classified on its own and compared with the module's reason. Content reasons get "(in reply to
end of DATA command)", since `bounce classify` reads a bare text as a reply at RCPT.

Sisimai 5 renamed or split some reasons (docs/reasons.md); a result in the newer reason counts as
agreeing. The rest of the disagreements are listed: each is either a wording to add to the phrase
table (with this module as its source) or a reading the taxonomy changed on purpose.

Usage: sisimai_phrases.py BOUNCE [MIN_AGREEMENT] [-v]"""
import json, os, re, subprocess, sys
import re._constants as C
import re._parser as P

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_agreement  # noqa: E402

REASON_DIR = '/usr/share/perl5/Sisimai/Reason/'
MERGED = {'mesgtoobig': 'emailtoolarge', 'exceedlimit': 'emailtoolarge',
          'speeding': 'ratelimited', 'toomanyconn': 'ratelimited'}
# Sisimai 5 took these out of the 4.25 reason on the left (../shared/design/reasons.md).
SPLIT = {'blocked': {'requireptr', 'authfailure', 'badreputation'},
         'policyviolation': {'contenterror', 'authfailure', 'notcompliantrfc'},
         'securityerror': {'failedstarttls', 'authfailure'},
         'spamdetected': {'badreputation'}}
CONTENT = {'spamdetected', 'virusdetected', 'contenterror', 'emailtoolarge', 'policyviolation'}


def samples(items, cap):
    """Strings of a parsed pattern: each alternative once, a repeat once, a class by one byte."""
    outs = ['']
    for op, av in items:
        outs = [a + b for a in outs for b in sample(op, av, cap)][:cap]
    return outs


def sample(op, av, cap):
    if op is C.LITERAL:
        return [chr(av)]
    if op in (C.NOT_LITERAL, C.ANY):
        return ['x']
    if op is C.IN:
        o, a = av[0]
        if o is C.LITERAL:
            return [chr(a)]
        if o is C.RANGE:
            return [chr(a[0])]
        if o is C.CATEGORY and a is C.CATEGORY_DIGIT:
            return ['1']
        return ['x']
    if op is C.BRANCH:
        out = []
        for alt in av[1]:
            out += samples(list(alt), cap)
        return out
    if op is C.SUBPATTERN:
        return samples(list(av[-1]), cap)
    if op is C.ATOMIC_GROUP:
        return samples(list(av), cap)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _, sub = av
        return [s * max(lo, 1) for s in samples(list(sub), cap)]
    if op is C.CATEGORY:
        return ['1'] if av is C.CATEGORY_DIGIT else ['x']
    return ['']


def phrases():
    """(reason, text, where) for each module's phrases."""
    out = []
    for name in sorted(os.listdir(REASON_DIR)):
        src = open(os.path.join(REASON_DIR, name)).read()
        reason = re.search(r"sub text\s*\{\s*'(\w+)'", src).group(1)
        m = re.search(r"state \$index = \[(.*?)\];", src, re.S)
        if m:
            for s in re.findall(r"'((?:[^'\\]|\\.)*)'", m.group(1)):
                out.append((reason, s.replace("\\'", "'"), name))
        for m in re.finditer(r"state \$(\w+) = qr\{(.*?)\}x;", src, re.S):
            try:
                tree = P.parse(m.group(2).replace('\\z', '$'), re.X)
            except re.error:
                continue
            out += [(reason, s, name + ':' + m.group(1)) for s in samples(list(tree), 400)]
    return [(r, s, w) for r, s, w in out if s.strip() and '\n' not in s and '\t' not in s]


def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    bounce, floor = args[0], float(args[1]) if len(args) > 1 else None
    rows = phrases()
    classify = reference_agreement.Classifier(bounce)
    agree, missed = 0, []
    for want, text, where in rows:
        want = MERGED.get(want, want)
        given = text + (' (in reply to end of DATA command)' if want in CONTENT else '')
        got = classify(given)['reason']
        if got == want or got in SPLIT.get(want, ()):
            agree += 1
        else:
            missed.append((want, got, text, where))
    share = agree / max(len(rows), 1)
    if '-v' in sys.argv:
        for m in missed:
            print('%s -> %s\t%s\t%s' % m)
    print('sisimai phrases: %d, agreement %d/%d = %.3f, unrecognised %d' % (
        len(rows), agree, len(rows), share,
        sum(1 for m in missed if m[1] in ('onhold', 'undefined'))))
    if floor is not None and share + 1e-9 < floor:
        print('FAIL: agreement %.3f < floor %.3f' % (share, floor))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
