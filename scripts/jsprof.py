#!/usr/bin/env python3
"""Summarizes a JSC sampling profile written by `NODEC_CPU_PROFILE=FILE nodec app.js`.

Prints the functions with the most samples on top of the stack (self) and anywhere on it
(total), as name (source:line), then which JS lines call the built-ins that take self time.
Usage: scripts/jsprof.py FILE [N]
"""
import collections
import json
import sys


def main():
    data = json.load(open(sys.argv[1]))
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    urls = {s['sourceID']: s.get('url', '?') for s in data.get('sources', [])}
    self_count, total_count = collections.Counter(), collections.Counter()
    callers = collections.Counter()  # (built-in, first JS frame under it)
    traces = data['traces']
    for trace in traces:
        frames = trace['frames']
        if not frames:
            continue
        keys = []
        for f in frames:
            if f['category'] in ('Host', 'Unknown Executable', 'Wasm'):
                key = f"({f['category'].lower()}) {f['name']}"
            else:
                url = urls.get(f['sourceID'], f"#{f['sourceID']}")
                key = f"{f['name'] or '(anonymous)'} ({url}:{f['line']})"
            keys.append(key)
        self_count[keys[0]] += 1
        if keys[0].startswith('(') and len(keys) > 1:
            callers[(keys[0], keys[1])] += 1
        for key in set(keys):
            total_count[key] += 1
    n = len(traces) or 1
    for title, counter in (('self', self_count), ('total', total_count)):
        print(f'-- {title} ({len(traces)} samples)')
        for key, c in counter.most_common(top):
            print(f'{100 * c / n:6.1f}%  {key}')
    print(f'-- built-ins by caller ({len(traces)} samples)')
    for (builtin, caller), c in callers.most_common(top):
        print(f'{100 * c / n:6.1f}%  {builtin} <- {caller}')


if __name__ == '__main__':
    main()
