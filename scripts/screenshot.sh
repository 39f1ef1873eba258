#!/bin/bash
# screenshot.sh OUT.png [casebench arguments…] — the workbench in a real window under Xvfb,
# captured after it has settled (docs/screenshots/inbox.png was made this way from the
# demo cache: scripts/screenshot.sh docs/screenshots/inbox.png --cache build/demo/casebench-demo.cache
#   --passphrase-file build/demo/passphrase --lang sv).
set -euo pipefail
out=$(realpath -m "$1"); shift
need=()
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v xwd >/dev/null || need+=(x11-apps)
[ -x /usr/bin/convert ] || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
    apt-get install -y -q "${need[@]}" >/dev/null
fi
binary=${CASEBENCH_BIN:-build/app/casebench}
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
XDG_CONFIG_HOME=$config xvfb-run -a -s "-screen 0 1400x850x24" bash -c '
    "$0" "${@:2}" & pid=$!
    sleep 4
    xwd -root -silent | /usr/bin/convert xwd:- -crop 1280x800+0+0 "$1"
    kill $pid' "$binary" "$out" "$@"
echo "wrote $out"
