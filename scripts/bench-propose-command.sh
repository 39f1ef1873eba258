#!/usr/bin/env bash
# Issue 4's benchmark as a user would run it: `casebench propose --trace` over N demo
# applications (files written by bench_propose --write-applications), single thread, nothing
# stored, the lines written to a file. Prints the wall time of each timed run and the median
# cases/s against the target (20 000/s). One untimed run first reads the files into the page
# cache, so that every timed run measures the command and not the disk.
#
#   scripts/bench-propose-command.sh [BUILD_DIR] [CASES] [RUNS]   (build, 100000, 3)
set -euo pipefail

dir=${1:-build}
cases=${2:-100000}
runs=${3:-3}
target=20000
casebench="$dir/app/casebench"
generator="$dir/bench/bench_propose"
for program in "$casebench" "$generator"; do
    [ -x "$program" ] || { echo "bench-propose-command: $program is not built" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runtime="$work/runtime"
mkdir -m 700 "$runtime"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime"

"$generator" --cases "$cases" --write-applications "$work/applications" > /dev/null

# One run: prints its wall time in milliseconds; fails unless it proposed every application.
propose_once() {
    local start end lines
    start=$(date +%s%N)
    if ! "$casebench" propose --trace "$work/applications" \
        > "$work/proposals.jsonl" 2> "$work/stderr"; then
        echo "bench-propose-command: casebench propose failed:" >&2
        tail -n 5 "$work/stderr" >&2
        exit 1
    fi
    end=$(date +%s%N)
    lines=$(wc -l < "$work/proposals.jsonl")
    if [ "$lines" -ne "$cases" ]; then
        echo "bench-propose-command: $lines lines for $cases applications" >&2
        exit 1
    fi
    echo $(( (end - start) / 1000000 ))
}

propose_once > /dev/null # warm-up: the files into the page cache
times=()
for _ in $(seq "$runs"); do
    times+=("$(propose_once)")
done
median=$(printf '%s\n' "${times[@]}" | sort -n |
    awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
rate=$(( cases * 1000 / median ))
size=$(du -m "$work/proposals.jsonl" | cut -f1)
printf 'casebench propose --trace (%s), %d applications, single thread, %d MB of lines\n' \
    "$casebench" "$cases" "$size"
printf '  runs (ms): %s\n' "${times[*]}"
printf '  median %d ms = %d cases/s (target %d/s: %s)\n' "$median" "$rate" "$target" \
    "$([ "$rate" -ge "$target" ] && echo met || echo "not met")"
