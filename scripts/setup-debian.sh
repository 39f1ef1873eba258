#!/usr/bin/env bash
# Installs what casebench needs on Debian bookworm, only when something is missing.
# SQLCipher 4.6 lives in bookworm-backports; its apt entry is derived from the machine's
# own Debian source so that no mirror host name is written into the repository.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6 libqt6opengl6-dev libgl-dev
  libspdlog-dev libfmt-dev libssl-dev libzip-dev libmimalloc-dev
  xvfb xauth poppler-utils
)
BACKPORTS_PACKAGES=(libsqlcipher-dev libsqlcipher1)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

sqlcipher_ok=0
if dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | grep -Eq '^4\.([6-9]|[1-9][0-9])'; then
  sqlcipher_ok=1
fi

if [ ${#missing[@]} -eq 0 ] && [ $sqlcipher_ok -eq 1 ]; then
  exit 0
fi

# --- derive bookworm-backports from the existing Debian source -----------------------
backports_present() {
  grep -rqsE 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null
}

debian_uri() {
  # deb822 first (Debian 12 default), then one-line format.
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk '
      BEGIN { RS=""; FS="\n" }
      {
        uri=""; suites=""; types=""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/)   { sub(/^URIs:[ \t]*/, "", $i); uri=$i }
          if ($i ~ /^Suites:/) { sub(/^Suites:[ \t]*/, "", $i); suites=$i }
          if ($i ~ /^Types:/)  { types=$i }
        }
        if (types ~ /deb( |$)/ && suites ~ /(^| )bookworm( |$)/) { split(uri, u, " "); print u[1]; exit }
      }' "$f"
  done | head -n 1
  if [ -f /etc/apt/sources.list ]; then
    awk '$1 == "deb" && $0 ~ / bookworm / && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) { print $i; exit } }' /etc/apt/sources.list
  fi
}

if [ $sqlcipher_ok -eq 0 ] && ! backports_present; then
  uri="$(debian_uri | head -n 1)"
  if [ -z "$uri" ]; then
    echo "setup: could not find the machine's Debian bookworm apt source to derive bookworm-backports from" >&2
    exit 1
  fi
  keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  echo "setup: enabling bookworm-backports from the existing Debian source"
  {
    echo "Types: deb"
    echo "URIs: $uri"
    echo "Suites: bookworm-backports"
    echo "Components: main"
    [ -f "$keyring" ] && echo "Signed-By: $keyring"
  } | $SUDO tee /etc/apt/sources.list.d/casebench-backports.sources >/dev/null
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if [ $sqlcipher_ok -eq 0 ]; then
  $SUDO apt-get install -y -qq --no-install-recommends -t bookworm-backports "${BACKPORTS_PACKAGES[@]}"
fi
