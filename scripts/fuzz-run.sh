#!/bin/bash
# fuzz-run.sh BUILD_DIR SECONDS TCK_DIR — runs every fuzz target for SECONDS each, with a
# seed corpus from the TCK (DMN models for the DMN reader; the FEEL texts inside them for
# the FEEL target). Findings land in BUILD_DIR/findings-<target>/; exit 1 if any.
set -euo pipefail
build=$1 seconds=$2 tck=$3
status=0
for target in "$build"/fuzz/fuzz_*; do
    # Only the fuzzer executables: CMake's fuzz_*_autogen folders are "executable" too.
    [ -f "$target" ] && [ -x "$target" ] || continue
    name=$(basename "$target")
    corpus="$build/corpus-$name" findings="$build/findings-$name"
    mkdir -p "$corpus" "$findings"
    if [ -d "$tck" ] && [ -z "$(ls -A "$corpus")" ]; then
        case $name in
        fuzz_dmn) find "$tck" -name '*.dmn' -size -64k -exec cp {} "$corpus/" \; ;;
        fuzz_feel)
            # Each <text> of a literal expression or a table entry becomes a seed.
            i=0
            find "$tck" -name '*.dmn' -print0 | xargs -0 grep -ho '<text>[^<]*</text>' |
                sed -e 's/<text>//; s/<\/text>//' -e 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&amp;/\&/g' |
                sort -u | while IFS= read -r line; do
                    i=$((i + 1)); printf '%s' "$line" > "$corpus/seed-$i"
                done ;;
        esac
    fi
    echo "== $name: ${seconds}s, corpus $(ls "$corpus" | wc -l) files"
    if ! "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$findings/" "$corpus"; then
        status=1
    fi
done
exit $status
