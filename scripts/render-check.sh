#!/usr/bin/env bash
# Renders the seed's HTML report in headless Chromium and checks the screenshot is not blank.
# Installs nothing: skips (exit 0) when /usr/bin/chromium is absent (Debian: apt-get install chromium).
# Usage: scripts/render-check.sh [OUTDIR]   (default OUTDIR: scratch/render-check, ignored by git)
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=/usr/bin/chromium
if [ ! -x "$chromium" ]; then
  echo "render-check: $chromium not found, skipped"
  exit 0
fi

out=${1:-scratch/render-check}
mkdir -p "$out"
out=$(cd "$out" && pwd)
seed=seeds/000_0247617bfd7dbdd2.txt
gold=corpora/seed/000_0247617bfd7dbdd2.gold.json
cli=(dotnet run --project src/FactExtract.Cli -c Release --)

# The pipeline's report against gold (misses and false alarms marked) and the gold file itself.
"${cli[@]}" render "$seed" --gold "$gold" --out "$out/seed.html"
"${cli[@]}" render "$gold" --out "$out/gold.html"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
status=0
for name in seed gold; do
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars \
    --screenshot="$out/$name.png" --window-size=1200,2000 "file://$out/$name.html" >/dev/null 2>&1 || true
  if [ ! -s "$out/$name.png" ]; then
    echo "render-check: $name: no screenshot written"
    status=1
    continue
  fi
  # Not blank: many distinct colours, and enough non-white pixels (text plus highlights).
  python3 scripts/png-not-blank.py "$out/$name.png" || status=1
done
[ $status -eq 0 ] && echo "render-check: ok ($out)" || echo "render-check: FAILED"
exit $status
