#!/usr/bin/env python3
"""How often the scanner's HIP renames are what hand-written HIP twins use.

HeCBench keeps most benchmarks as NAME-cuda and NAME-hip folders written by hand. For every benchmark with both,
this scans the -cuda folder, takes each distinct CUDA name the scanner reports with a HIP replacement that is another
code name (a rename, not a flag, a library or a name HIP keeps), and checks that the replacement occurs as a word in the -hip folder's sources.
Prints the share confirmed (the recall of the catalog's HIP column against real ports) and the most common misses.

usage: Scripts/hip-twin-recall.py HECBENCH_SRC [DRAWBRIDGE_BINARY]
"""
import collections, csv, io, os, re, subprocess, sys

def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    src = sys.argv[1]
    binary = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', '.build', 'debug', 'drawbridge')
    if not os.path.isdir(src):
        sys.exit(f'{src}: not a directory')
    pairs = sorted(d[:-5] for d in os.listdir(src) if d.endswith('-cuda') and os.path.isdir(os.path.join(src, d[:-5] + '-hip')))
    if not pairs:
        sys.exit(f'{src}: no NAME-cuda / NAME-hip folder pairs')
    out = subprocess.run([binary, 'scan', src, '--format', 'csv', '--target', 'hip'], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f'drawbridge scan failed ({out.returncode}): {out.stderr.strip()}')
    wanted = collections.defaultdict(set)          # benchmark -> {(cuda name, hip name)}
    for row in csv.DictReader(io.StringIO(out.stdout)):
        bench = row['file'].split('/', 1)[0]
        if not bench.endswith('-cuda') or bench[:-5] not in pairs:
            continue
        hip = row['hip_replacement']
        name_pattern = r'[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*'
        # Renames only: a name HIP keeps (threadIdx, __global__) says nothing about the catalog, and a HIP twin that
        # builds its kernels from the -cuda folder's files would count it as missing.
        if row['language'] not in ('cuda', 'cpp') or hip == row['key'] or not re.fullmatch(name_pattern, hip or '') \
                or not re.fullmatch(name_pattern, row['key']):
            continue
        wanted[bench[:-5]].add((row['key'], hip))
    confirmed = total = 0
    misses = collections.Counter()
    for name in pairs:
        if not wanted[name]:
            continue
        words = set()
        for root, _, files in os.walk(os.path.join(src, name + '-hip')):
            for f in files:
                if f.endswith(('.cu', '.cpp', '.cc', '.c', '.h', '.hpp', '.cuh', '.hip')):
                    with open(os.path.join(root, f), errors='replace') as handle:
                        words.update(re.findall(r'[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*', handle.read()))
        for key, hip in wanted[name]:
            total += 1
            last = hip.split('::')[-1]
            if hip in words or last in words or any(w.endswith('::' + last) for w in words if '::' in w):
                confirmed += 1
            else:
                misses[(key, hip)] += 1
    print(f'{len(pairs)} benchmark pairs; {total} distinct (benchmark, CUDA name) renames; '
          f'{confirmed} found in the hand-written HIP twin: recall {confirmed / max(total, 1):.3f}')
    for (key, hip), n in misses.most_common(15):
        print(f'  missed in {n:3d} twins: {key} -> {hip}')

main()
