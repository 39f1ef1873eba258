#!/usr/bin/env bash
# The release build: the same sources, compiled with GCC's profile-guided optimisation
# (CMakeLists.txt, CASEBENCH_PGO) and link-time optimisation. Two passes over one build
# folder:
#   1. GENERATE: bench_propose instrumented, then run over demo applications with the trace
#      on (read, check, pipeline, JSON line: what `casebench propose --trace` does per file),
#      which leaves the profiles (.gcda) beside the objects;
#   2. USE: the programs rebuilt with those profiles.
# A fingerprint of the sources is kept in the folder: when nothing changed since the last
# release build, both passes are skipped (profiles of other sources would not match them).
#
#   scripts/release-build.sh [BUILD_DIR] [TARGET ...]     (default: build-release, all)
set -euo pipefail

cd "$(dirname "$0")/.."
dir=${1:-build-release}
shift || true
targets=("$@")
training_cases=${CASEBENCH_PGO_TRAINING_CASES:-4000}

fingerprint() {
    # Every file that goes into the programs, by content.
    find CMakeLists.txt scripts/release-build.sh app automation model ui bench resources \
        translations -type f -not -name '*.qm' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum |
        sha256sum | cut -c1-64
}

# Link-time optimisation as well: alone it made the command 3 % slower (an earlier session);
# with the profiles it makes it ×1.03–1.05 faster than the profiles alone (session 13), as
# hot code from different files (values, contexts, the evaluator) is inlined where the
# profiles say it pays.
configure() {
    mkdir -p "$dir"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEBENCH_WERROR=OFF \
        -DCMAKE_INTERPROCEDURAL_OPTIMIZATION=ON -DCASEBENCH_PGO="$1" \
        > "$dir/configure.log" || { cat "$dir/configure.log"; exit 1; }
}

build_targets() {
    if [ ${#targets[@]} -eq 0 ]; then
        cmake --build "$dir"
    else
        cmake --build "$dir" --target "${targets[@]}"
    fi
}

now=$(fingerprint)
if [ -f "$dir/release.fingerprint" ] && [ "$(cat "$dir/release.fingerprint")" = "$now" ]; then
    echo "release build in $dir is current (profile-guided, sources unchanged)"
    build_targets
    exit 0
fi

rm -f "$dir/release.fingerprint"
echo "== release build, pass 1 of 2: instrumented bench_propose in $dir"
configure GENERATE
find "$dir" -name '*.gcda' -delete
cmake --build "$dir" --target bench_propose
echo "== training: bench_propose over $training_cases demo applications (trace on)"
runtime="$dir/runtime"
mkdir -p "$runtime" && chmod 700 "$runtime"
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" \
    "$dir/bench/bench_propose" --cases "$training_cases" --runs 1 > "$dir/training.log"
tail -n 3 "$dir/training.log"
echo "== release build, pass 2 of 2: rebuilt with the profiles"
configure USE
build_targets
if [ ${#targets[@]} -eq 0 ] || [[ " ${targets[*]} " == *" bench_propose "* ]]; then
    # The optimised code must give the very lines the instrumented one gave.
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" \
        "$dir/bench/bench_propose" --cases "$training_cases" --runs 1 > "$dir/check.log"
    trained=$(grep 'output SHA-256' "$dir/training.log")
    released=$(grep 'output SHA-256' "$dir/check.log")
    if [ "$trained" != "$released" ]; then
        echo "release build: its proposals differ from the instrumented build's" >&2
        echo "  instrumented: $trained" >&2
        echo "  release:      $released" >&2
        exit 1
    fi
    echo "release build gives the instrumented build's proposals ($released)"
fi
echo "$now" > "$dir/release.fingerprint"
echo "release build ready in $dir"
