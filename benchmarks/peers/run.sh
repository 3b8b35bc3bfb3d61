#!/usr/bin/env bash
# Side-by-side speed of FactExtract and the npm peers on the same news texts, one core each.
#   benchmarks/peers/run.sh [TEXT_FOLDER] [COPIES]
# TEXT_FOLDER: .txt files (default: ../shared/corpora/polnear/dev/text when present, else seeds/).
# COPIES: how many times ours reads the texts (as one JSON Lines file), so that process start-up is a small
# share of its time (default 20). The peers repeat whole passes for at least MIN_SECONDS (default 5).
# Installs the peers with npm (package-lock.json pinned) and builds the CLI in Release. Prints a Markdown table.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
texts="${1:-}"
if [[ -z "$texts" ]]; then
  if [[ -d "$root/../shared/corpora/polnear/dev/text" ]]; then texts="$root/../shared/corpora/polnear/dev/text"; else texts="$root/seeds"; fi
fi
copies="${2:-20}"
min_seconds="${MIN_SECONDS:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
dotnet build "$root/src/FactExtract.Cli" -c Release -nologo -v q >/dev/null
cli="$root/src/FactExtract.Cli/bin/Release/net10.0/FactExtract.Cli.dll"

n=$(ls "$texts"/*.txt | wc -l)
node "$here/make-jsonl.js" "$work/ours.jsonl" $((n * copies)) "$texts" 2>/dev/null
counts=$(node "$here/run-peers.js" count "$work/ours.jsonl")

echo "texts: $texts ($n documents); machine: $(nproc) cores, $(uname -m); $(date -u +%Y-%m-%d)"
echo
echo "| tool | what it does | docs/s | tokens/s | MB/s | peak memory |"
echo "| --- | --- | ---: | ---: | ---: | ---: |"
row() { node -e "const r=JSON.parse(process.argv[1]); console.log('| '+r.tool+' | '+process.argv[2]+' | '+r.docsPerSec.toLocaleString('en')+' | '+r.tokensPerSec.toLocaleString('en')+' | '+r.mbPerSec+' | '+r.peakRssMb+' MB |')" "$1" "$2"; }

/usr/bin/time -f '%e %M' -o "$work/time" dotnet "$cli" extract "$work/ours.jsonl" --format jsonl --out "$work/out.jsonl" --parallel 1 --progress none 2>/dev/null || true
read -r secs kb < "$work/time"
ours=$(node -e "const c=JSON.parse(process.argv[1]); const s=+process.argv[2]; console.log(JSON.stringify({tool:'FactExtract (CLI, --parallel 1)', docsPerSec:Math.round(c.docs/s), tokensPerSec:Math.round(c.tokens/s), mbPerSec:+(c.bytes/s/1e6).toFixed(2), peakRssMb:Math.round(+process.argv[3]/1024)}))" "$counts" "$secs" "$kb")
row "$ours" "whole pipeline: tokens, sentences, entities, dates, quotes; reads JSONL, writes JSONL; wall time incl. start-up"
row "$(node "$here/run-peers.js" wink "$texts" "$min_seconds")" "wink-nlp + wink-eng-lite-web-model: tokens, sentences, entities"
row "$(node "$here/run-peers.js" compromise "$texts" "$min_seconds")" "compromise + compromise-dates: people, places, organisations, dates, quotations"
row "$(node "$here/run-peers.js" chrono "$texts" "$min_seconds")" "chrono-node: date expressions"
echo
echo "tokens: one definition for every tool (runs of letters/digits, or one other non-space character), counted over the same texts."
