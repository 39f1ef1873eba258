#!/bin/bash
# screenshot.sh OUT.png [casebench arguments…] — the workbench in a real window under Xvfb,
# captured after it has settled (docs/screenshots/inbox.png was made this way from the
# demo cache: scripts/screenshot.sh docs/screenshots/inbox.png --cache build/demo/casebench-demo.cache
#   --passphrase-file build/demo/passphrase --lang sv).
#
# screenshot.sh --caseview DIR [--lang LANG] — builds a small demo cache, runs the automation
# on it, opens the first proposed ekonomiskt-bistånd example case with the Why? panel (F1) and then
# the override dialog (Ctrl+O), at 1366×768: DIR/caseview.png and DIR/override.png.
set -euo pipefail
need=()
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v xwd >/dev/null || need+=(x11-apps)
[ -x /usr/bin/convert ] || need+=(imagemagick)
if [ "${1:-}" = "--caseview" ]; then
    command -v xdotool >/dev/null || need+=(xdotool)
fi
if [ ${#need[@]} -gt 0 ]; then
    apt-get install -y -q "${need[@]}" >/dev/null
fi
binary=$(realpath "${CASEBENCH_BIN:-build/app/casebench}")
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT

if [ "${1:-}" != "--caseview" ]; then
    out=$(realpath -m "$1"); shift
    XDG_CONFIG_HOME=$config xvfb-run -a -s "-screen 0 1400x850x24" bash -c '
        "$0" "${@:2}" & pid=$!
        sleep 4
        xwd -root -silent | /usr/bin/convert xwd:- -crop 1280x800+0+0 "$1"
        kill $pid' "$binary" "$out" "$@"
    echo "wrote $out"
    exit 0
fi

dir=$(realpath -m "$2"); shift 2
lang=sv
if [ "${1:-}" = "--lang" ]; then lang=$2; fi
mkdir -p "$dir"
cache=$config/screens.cache
printf 'skärmbild' > "$config/passphrase"
common=(--cache "$cache" --passphrase-file "$config/passphrase")
# Demo cases fill the inbox; the ekonomiskt-bistånd pack's examples are cases its rules
# can evaluate (the demo's application dates may lie outside the shipped packs' validity).
XDG_CONFIG_HOME=$config "$binary" "${common[@]}" demo --cases 200 --seed 5 >/dev/null
XDG_CONFIG_HOME=$config "$binary" "${common[@]}" import --skip-invalid \
    "$(dirname "$0")/../resources/rulepacks/ekonomiskt-bistand/examples" >/dev/null 2>&1 || true
XDG_CONFIG_HOME=$config "$binary" "${common[@]}" process >/dev/null 2>&1 || true
# No window manager: the window is placed and sized by xdotool; keys go to the focused
# widget (filter bar → inbox → case view → dialog).
XDG_CONFIG_HOME=$config xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
    set -e
    "$0" "${@:3}" & pid=$!
    sleep 5
    win=$(xdotool search --sync --onlyvisible --name casebench | head -1)
    xdotool windowmove "$win" 0 0 windowsize "$win" 1366 768 windowfocus --sync "$win"
    sleep 1
    # Status filter (two fields before the search): "Proposed", the fourth entry.
    xdotool key ctrl+f; sleep 0.5
    xdotool key shift+Tab shift+Tab; sleep 0.3
    xdotool key Down Down Down; sleep 1
    xdotool key ctrl+f; sleep 0.5
    xdotool type --delay 30 "EB-EX-1"; sleep 1
    xdotool key Return; sleep 0.5
    xdotool key Return; sleep 1.5
    xdotool key F1; sleep 1.5
    xwd -root -silent | /usr/bin/convert xwd:- -crop 1366x768+0+0 "$1/caseview.png"
    xdotool key ctrl+o; sleep 1.5
    xdotool key Down; sleep 0.5
    xdotool key Tab Tab; sleep 0.3
    xdotool type --delay 20 "Hyran är högre än i ansökan enligt nytt hyresavtal."; sleep 1
    xwd -root -silent | /usr/bin/convert xwd:- -crop 1366x768+0+0 "$1/override.png"
    kill $pid' "$binary" "$dir" "$config" "${common[@]}" --lang "$lang"
echo "wrote $dir/caseview.png $dir/override.png"
