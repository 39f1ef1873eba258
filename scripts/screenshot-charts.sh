#!/bin/bash
# screenshot-charts.sh [OUT.png] — the charts view at 1366×768 under Xvfb, on a demo cache
# with a year of decided history (casebench demo --history-days 365), drawn by the
# tst_gui_charts screenshot step. Build dir: $BUILD_DIR (default build).
set -euo pipefail
out=$(realpath -m "${1:-docs/screenshots/charts.png}")
build=${BUILD_DIR:-build}
command -v xvfb-run >/dev/null || apt-get install -y -q xvfb >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'demo' > "$work/passphrase"
mkdir -p "$work/rt" && chmod 700 "$work/rt"
XDG_RUNTIME_DIR=$work/rt "$build/app/casebench" --cache "$work/demo.cache" \
    --passphrase-file "$work/passphrase" demo --cases 300 --seed 1 --history-days 365
XDG_CONFIG_HOME=$work XDG_RUNTIME_DIR=$work/rt QT_QPA_PLATFORM=xcb \
    CASEBENCH_CHARTS_SCREENSHOT=$out CASEBENCH_CHARTS_CACHE=$work/demo.cache \
    CASEBENCH_CHARTS_PASSPHRASE=demo \
    xvfb-run -a -s "-screen 0 1400x850x24" "$build/tests/tst_gui_charts" screenshot
echo "wrote $out"
