#!/usr/bin/env python3
"""Counts executed lock-prefixed (atomic) instructions in a callgrind profile.

Reference-count changes of QString, QList and shared values are atomic instructions: one
instruction each to callgrind, but ~6 ns each on the machines here (against 0.5 ns for a
plain add), so instruction counts hide them. Profile with instruction-level data:

  QT_HASH_SEED=0 valgrind --tool=callgrind --dump-instr=yes --compress-strings=no \
      --compress-pos=no --toggle-collect='*runOnce*' --callgrind-out-file=cg.out \
      build/bench/bench_propose --cases 500 --runs 1

then `scripts/count-atomics.py cg.out [cases]` prints the total (and per case), by object
file and by the function the instructions were compiled into (inlined code counts where
it was inlined). Addresses in the profile are file-relative, as objdump prints them: run it
before rebuilding the profiled binaries.
"""
import collections
import re
import subprocess
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    profile = sys.argv[1]
    cases = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    costs = collections.defaultdict(collections.Counter)  # object -> address -> executions
    function_at = {}
    obj = fn = None
    after_call = False
    with open(profile) as f:
        for line in f:
            if line.startswith('ob='):
                obj = line[3:].strip()
            elif line.startswith('fn='):
                fn = line[3:].strip()
            elif line.startswith('calls='):
                after_call = True  # the next cost line is the call's inclusive cost
            elif line.startswith('0x'):
                if after_call:
                    after_call = False
                    continue
                parts = line.split()
                address = int(parts[0], 16)
                costs[obj][address] += int(parts[2]) if len(parts) > 2 else 0
                function_at[(obj, address)] = fn
    total = 0
    by_function = collections.Counter()
    for obj, executed in costs.items():
        if not obj or not obj.startswith('/'):
            continue
        listing = subprocess.run(['objdump', '-d', '--no-show-raw-insn', obj],
                                 capture_output=True, text=True).stdout
        # `lock`-prefixed, and xchg with a memory operand (locked without a prefix).
        locked = {int(m.group(1), 16)
                  for m in re.finditer(r'^ *([0-9a-f]+):\t(?:lock\b|xchg\S*\s.*\()', listing, re.M)}
        count = 0
        for address, n in executed.items():
            if address in locked:
                count += n
                by_function[function_at[(obj, address)]] += n
        if count:
            print(f'{count:>12}  {obj}')
        total += count
    print(f'{total:>12}  total' + (f' ({total / cases:.0f} per case)' if cases else ''))
    for function, n in by_function.most_common(25):
        print(f'{n:>12}  {function[:150]}')


if __name__ == '__main__':
    main()
