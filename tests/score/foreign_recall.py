#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""Recipient recall of `bounce parse` on the bounce samples of flufl.bounce (Debian package
python3-flufl.bounce), a corpus written by another project. The expected addresses come from the
package's own test table (testing/helpers.py). Usage: foreign_recall.py BOUNCE [MIN_RECALL]."""
import ast, json, subprocess, sys, os, collections
h='/usr/lib/python3/dist-packages/flufl/bounce/testing/helpers.py'
data='/usr/lib/python3/dist-packages/flufl/bounce/tests/data'
src=open(h).read()
tree=ast.parse(src)
cases=[]
for node in ast.walk(tree):
    if isinstance(node, ast.Tuple) and len(node.elts)==3 and isinstance(node.elts[1], ast.Constant) and str(node.elts[1].value).endswith('.txt'):
        try: v=ast.literal_eval(node)
        except Exception: continue
        cases.append(v)
files={}
for det,f,addrs in cases:
    files.setdefault(f,set()).update(a.decode().lower() for a in (addrs if isinstance(addrs,(list,set,tuple)) else []))
bounce=sys.argv[1]
out=subprocess.run([bounce,'parse']+[os.path.join(data,f) for f in files],capture_output=True,text=True).stdout
got=collections.defaultdict(set)
for l in out.splitlines():
    r=json.loads(l)
    if r['reason'] in ('delivered','vacation','feedback'): continue
    # The expected address is the one the list mailed: the record's recipient, or the alias
    # it was expanded from (original_recipient).
    got[os.path.basename(r['source'])].add((r['recipient'] or '').lower())
    if r.get('original_recipient'):
        got[os.path.basename(r['source'])].add(r['original_recipient'].lower())
want_n=found=0; pos=neg=okpos=okneg=0
for f,w in sorted(files.items()):
    g=got.get(f,set())
    if w:
        pos+=1; okpos+= bool(g)
        want_n+=len(w); found+=len(w&g)
        if w-g: print('MISS',f,sorted(w-g),'got',sorted(g))
    else:
        neg+=1; okneg+= not g
        if g: print('FP?',f,sorted(g))
recall=found/max(want_n,1)
print(f"files={len(files)} bounces={pos} detected={okpos} recall={found}/{want_n}={recall:.3f} empty-expect={neg} with-records={neg-okneg}")
if len(sys.argv)>2:
    floor=float(sys.argv[2])
    if recall+1e-9<floor:
        print(f"FAIL: recall {recall:.3f} < floor {floor}")
        sys.exit(1)
    print(f"ok: recall {recall:.3f} >= floor {floor}")
