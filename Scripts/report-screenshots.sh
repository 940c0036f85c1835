#!/usr/bin/env bash
# Renders every report kind of the demo workspace as HTML and photographs each in headless
# Chromium, so a person can look at the charts and tables as a reader would.
#
#   Scripts/report-screenshots.sh [OUT_DIR]      (default: .build/report-screenshots)
#
# Needs Debian's chromium (apt-get install -y chromium). Not part of .ci/run: too big.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/report-screenshots}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "chromium not found: apt-get install -y chromium" >&2; exit 1; }

swift build --product drawbridge >&2
bin="$(swift build --show-bin-path)/drawbridge"
export DRAWBRIDGE_NOW=2026-11-21T12:00:00Z TZ=UTC
db="$(mktemp -d)/demo.sqlite"
trap 'rm -rf "$(dirname "$db")"' EXIT
"$bin" demo --db "$db" >&2

shoot() {
    local name="$1"; shift
    "$bin" report --db "$db" "$@" --format html --output "$out/$name.html"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,2400 \
        --screenshot="$out/$name.png" "file://$out/$name.html" >/dev/null 2>&1
    echo "$out/$name.png"
}
shoot attempt-7 --attempt 7
shoot attempt-9 --attempt 9
shoot codebase-lattice-cfd --codebase lattice-cfd
shoot team-vision-research --team vision-research
shoot portfolio --portfolio
