#!/usr/bin/env python3
"""Node's own tests against nodec (make compat).
  compat.py --nodec BIN --root NODE_TEST_DIR            rerun test/node-compat/passing.txt; report regressions
  compat.py --nodec BIN --root DIR --discover GLOB...   run those tests, print per-family counts, add passes to the list
The test tree comes from the denoland/node_test mirror (see DEVELOPERS notes); it is never committed."""
import argparse, collections, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LIST = os.path.join(ROOT, 'test', 'node-compat', 'passing.txt')
RUNNER = os.path.join(os.path.dirname(ROOT), 'shared', 'node-compat.py')

def family(name):
    base = os.path.basename(name)
    m = re.match(r'test-([a-z0-9]+)', base)
    return m.group(1) if m else base

def run(nodec, root, tests, jobs, timeout):
    with tempfile.TemporaryDirectory() as d:
        # A private copy: rebuilding build/nodec during a long run must not pull the binary away.
        shutil.copy2(nodec, os.path.join(d, 'nodec'))
        modules = os.path.join(os.path.dirname(os.path.abspath(nodec)), 'modules')
        if os.path.isdir(modules):  # the dlopen'd binding modules live beside the binary
            shutil.copytree(modules, os.path.join(d, 'modules'))
        nodec = os.path.join(d, 'nodec')
        lst = os.path.join(d, 'list.txt')
        out = os.path.join(d, 'out.tsv')
        with open(lst, 'w') as f:
            f.write('\n'.join(tests) + '\n')
        subprocess.run([sys.executable, RUNNER, '--rt', os.path.abspath(nodec), '--root', root, '--out', out,
                        '--list', lst, '--jobs', str(jobs), '--timeout', str(timeout)], check=True)
        shutil.copy2(out, os.path.join(tempfile.gettempdir(), 'nodec-compat-last.tsv'))
        res = {}
        for line in open(out):
            parts = line.rstrip('\n').split('\t')
            res[parts[0]] = (parts[1] == 'pass', parts[4] if len(parts) > 4 else '')
        return res

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--nodec', required=True)
    ap.add_argument('--root', required=True)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--timeout', type=float, default=30)
    ap.add_argument('--discover', nargs='*')
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.root, 'test', 'parallel')):
        print(f'compat: no Node test tree at {a.root}; skipped (see scripts/compat.py)')
        return 0
    known = [l.strip() for l in open(LIST)] if os.path.exists(LIST) else []
    known = [l for l in known if l and not l.startswith('#')]
    if a.discover is None:
        res = run(a.nodec, a.root, known, a.jobs, a.timeout)
        regressions = [t for t in known if not res.get(t, (False,))[0]]
        for t in regressions:
            print(f'REGRESSION {t}: {res.get(t, (False, "not run"))[1][:200]}')
        print(f'{len(known) - len(regressions)} passed, {len(regressions)} failed')
        return 1 if regressions else 0
    import glob
    tests = sorted({os.path.relpath(p, a.root) for g in a.discover for p in glob.glob(os.path.join(a.root, g))})
    res = run(a.nodec, a.root, tests, a.jobs, a.timeout)
    fam = collections.defaultdict(lambda: [0, 0])
    for t, (ok, _) in res.items():
        fam[family(t)][0] += ok
        fam[family(t)][1] += 1
    for f in sorted(fam):
        print(f'{f:20s} {fam[f][0]:4d} / {fam[f][1]}')
    passing = sorted(set(known) | {t for t, (ok, _) in res.items() if ok})
    os.makedirs(os.path.dirname(LIST), exist_ok=True)
    with open(LIST, 'w') as f:
        f.write('\n'.join(passing) + '\n')
    print(f'{sum(ok for ok, _ in res.values())} passed, {sum(not ok for ok, _ in res.values())} failed; list has {len(passing)}')
    return 0

sys.exit(main())
