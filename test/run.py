#!/usr/bin/env python3
"""nodec's test runner (make test). Runs, in parallel:
  - C unit tests: every program in --ctests (built from test/c/test_*.c); exit 0 = pass
  - JS tests: test/js/**/*.js run by nodec; exit 0 = pass ('// Flags: ...' lines add CLI flags)
  - golden tests: test/golden/*.js; stdout must equal the .out beside it (recorded with node 24);
    optional .args (extra arguments, one line) and .exit (expected exit code)
  - CLI tests: test/cli/*.sh run with bash and NODEC=<binary>; exit 0 = pass
Ends with 'N passed, N failed'. usage: run.py --nodec BIN [--ctests DIR] [--jobs N] [FILTER...]"""
import argparse, concurrent.futures as cf, os, re, shlex, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 60

def flags_of(path):
    with open(path, errors='replace') as f:
        head = f.read(2048)
    m = re.search(r'^// Flags:(.*)$', head, re.M)
    return shlex.split(m.group(1)) if m else []

def run(cmd, env=None, stdin=subprocess.DEVNULL):
    t = time.time()
    try:
        p = subprocess.run(cmd, cwd=ROOT, env=env, stdin=stdin, capture_output=True, timeout=TIMEOUT)
        return p.returncode, p.stdout, p.stderr, time.time() - t
    except subprocess.TimeoutExpired as e:
        return 'timeout', e.stdout or b'', e.stderr or b'', time.time() - t

def tail(b, n=1500):
    s = b.decode(errors='replace')
    return s[-n:]

def c_test(binary):
    code, out, err, secs = run([binary])
    return code == 0, secs, '' if code == 0 else f'exit {code}\n{tail(out)}{tail(err)}'

def js_test(nodec, path):
    code, out, err, secs = run([nodec] + flags_of(path) + [path])
    return code == 0, secs, '' if code == 0 else f'exit {code}\n{tail(out)}{tail(err)}'

def golden_test(nodec, path):
    base = path[:-3]
    args = []
    if os.path.exists(base + '.args'):
        args = shlex.split(open(base + '.args').read().strip())
    want_exit = int(open(base + '.exit').read().strip()) if os.path.exists(base + '.exit') else 0
    want = open(base + '.out', 'rb').read()
    rel = os.path.relpath(path, ROOT)
    code, out, err, secs = run([nodec] + flags_of(path) + [rel] + args)
    if code == want_exit and out == want:
        return True, secs, ''
    msg = f'exit {code} (want {want_exit})\n'
    if out != want:
        import difflib
        diff = difflib.unified_diff(want.decode(errors='replace').splitlines(), out.decode(errors='replace').splitlines(),
                                    'expected (node)', 'nodec', lineterm='', n=2)
        msg += '\n'.join(list(diff)[:40]) + '\n'
    return False, secs, msg + tail(err, 800)

def cli_test(nodec, path):
    env = dict(os.environ, NODEC=os.path.abspath(nodec))
    code, out, err, secs = run(['bash', path], env=env)
    return code == 0, secs, '' if code == 0 else f'exit {code}\n{tail(out)}{tail(err)}'

def collect(args):
    tests = []
    if args.ctests and os.path.isdir(args.ctests):
        for f in sorted(os.listdir(args.ctests)):
            p = os.path.join(args.ctests, f)
            if f.startswith('test_') and os.access(p, os.X_OK):
                tests.append((f'c/{f}', c_test, (p,)))
    for d, _, files in sorted(os.walk(os.path.join(ROOT, 'test', 'js'))):
        if '/fixtures' in d or os.path.basename(d).startswith('_'):
            continue
        for f in sorted(files):
            if (f.endswith('.js') or f.endswith('.mjs')) and not f.startswith('_'):
                p = os.path.join(d, f)
                tests.append((os.path.relpath(p, os.path.join(ROOT, 'test')), js_test, (args.nodec, p)))
    gdir = os.path.join(ROOT, 'test', 'golden')
    if os.path.isdir(gdir):
        for f in sorted(os.listdir(gdir)):
            if f.endswith('.js') and os.path.exists(os.path.join(gdir, f[:-3] + '.out')):
                tests.append((f'golden/{f}', golden_test, (args.nodec, os.path.join(gdir, f))))
    cdir = os.path.join(ROOT, 'test', 'cli')
    if os.path.isdir(cdir):
        for f in sorted(os.listdir(cdir)):
            if f.endswith('.sh'):
                tests.append((f'cli/{f}', cli_test, (args.nodec, os.path.join(cdir, f))))
    if args.filter:
        tests = [t for t in tests if any(x in t[0] for x in args.filter)]
    return tests

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--nodec', required=True)
    ap.add_argument('--ctests')
    ap.add_argument('--jobs', type=int, default=max(2, os.cpu_count() or 2))
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('filter', nargs='*')
    args = ap.parse_args()
    args.nodec = os.path.abspath(args.nodec)
    tests = collect(args)
    passed = failed = 0
    failures = []
    t0 = time.time()
    with cf.ThreadPoolExecutor(args.jobs) as ex:
        futs = {ex.submit(fn, *a): name for name, fn, a in tests}
        for fu in cf.as_completed(futs):
            name = futs[fu]
            try:
                ok, secs, msg = fu.result()
            except Exception as e:  # a broken test file must not stop the run
                ok, secs, msg = False, 0, repr(e)
            if ok:
                passed += 1
                if args.verbose:
                    print(f'ok   {name} ({secs:.2f}s)')
            else:
                failed += 1
                failures.append(name)
                print(f'FAIL {name} ({secs:.2f}s)\n' + '\n'.join('    ' + l for l in msg.rstrip().splitlines()), flush=True)
    print(f'\n{len(tests)} tests in {time.time() - t0:.1f}s')
    if failures:
        print('failed: ' + ' '.join(sorted(failures)))
    print(f'{passed} passed, {failed} failed')
    sys.exit(1 if failed else 0)

main()
