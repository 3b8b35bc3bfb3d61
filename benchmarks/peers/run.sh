#!/usr/bin/env bash
# Side-by-side speed of FactExtract and the npm peers on the same news texts, one core each.
#   benchmarks/peers/run.sh [TEXT_FOLDER] [COPIES]
# TEXT_FOLDER: .txt files (default: ../shared/corpora/polnear/dev/text when present, else seeds/).
# COPIES: how many times ours reads the texts, as one JSON Lines file (default 50). Ours is timed by the CLI's
# own summary (reading, the whole pipeline and writing JSONL; not process start-up), the peers over whole passes
# repeated for at least MIN_SECONDS (default 5) after a warm-up pass. Peak memory: maximum resident set size.
# Two rows for ours: the whole run (its clock includes loading the model and the first, cold pass), and the same
# steady-state measure as the peers (loading and one warm-up pass not timed): a second run over COPIES + 1 copies,
# minus a run over one copy (both times from the CLI's summary).
# ROUNDS=N (default 0): then also N interleaved rounds of ours (whole run, and steady state as above) and wink-nlp, one
# after the other, each round's ratios printed: this VM's speed changes from minute to minute, and a ratio taken within one round is steadier
# than one from rows timed minutes apart.
# NER=fast|accurate (default fast): the entity model ours runs; the fast one is the bulk-run operating point the
# peers (none of which tags organisations with a trained model) are compared against.
# Installs the peers with npm (package-lock.json pinned) and builds the CLI in Release. Prints a Markdown table.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
texts="${1:-}"
if [[ -z "$texts" ]]; then
  if [[ -d "$root/../shared/corpora/polnear/dev/text" ]]; then texts="$root/../shared/corpora/polnear/dev/text"; else texts="$root/seeds"; fi
fi
copies="${2:-50}"
min_seconds="${MIN_SECONDS:-5}"
ner="${NER:-fast}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
# The tool as its Linux x64 package installs it: ReadyToRun-compiled (see FactExtract.Cli.csproj).
dotnet publish "$root/src/FactExtract.Cli" -c Release -r linux-x64 --self-contained false -o "$work/cli" -nologo -v q >/dev/null
cli="$work/cli/FactExtract.Cli.dll"

n=$(ls "$texts"/*.txt | wc -l)
node "$here/make-jsonl.js" "$work/ours.jsonl" $((n * copies)) "$texts" 2>/dev/null
counts=$(node "$here/run-peers.js" count "$work/ours.jsonl")
node "$here/make-jsonl.js" "$work/one.jsonl" "$n" "$texts" 2>/dev/null
node "$here/make-jsonl.js" "$work/more.jsonl" $((n * (copies + 1))) "$texts" 2>/dev/null

echo "texts: $texts ($n documents; ours reads them $copies times); machine: $(nproc) cores, $(uname -m); $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| tool | what it does | docs/s | tokens/s | MB/s | tokens per CPU-second | peak memory |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
row() { node -e "const r=JSON.parse(process.argv[1]); const f=(x)=>x.toLocaleString('en'); console.log('| '+r.tool+' | '+process.argv[2]+' | '+f(r.docsPerSec)+' | '+f(r.tokensPerSec)+' | '+r.mbPerSec+' | '+f(r.tokensPerCpuSec)+' | '+r.peakRssMb+' MB |')" "$1" "$2"; }

/usr/bin/time -f '%M' -o "$work/rss" dotnet "$cli" extract "$work/ours.jsonl" --format jsonl --out "$work/out.jsonl" --parallel 1 --ner "$ner" --progress plain 2> "$work/stderr" || true
summary=$(grep '^done:' "$work/stderr")
ours=$(node -e "
const c = JSON.parse(process.argv[1]);
const m = /in ([0-9.]+) s \(([0-9.]+) CPU-s\)/.exec(process.argv[2]);
const s = +m[1], cpu = +m[2];
console.log(JSON.stringify({ tool: 'FactExtract (CLI, --parallel 1)', docsPerSec: Math.round(c.docs / s), tokensPerSec: Math.round(c.tokens / s),
  mbPerSec: +(c.bytes / s / 1e6).toFixed(2), tokensPerCpuSec: Math.round(c.tokens / cpu), peakRssMb: Math.round(+process.argv[3] / 1024) }));" "$counts" "$summary" "$(cat "$work/rss")")
row "$ours" "whole pipeline (tokens, sentences, entities, dates, quotes); reads and writes JSONL; whole run, model loading and the first pass included"

# Steady state, as the peers are timed: (COPIES + 1 copies) minus (one copy) = COPIES passes after loading and a warm-up pass.
dotnet "$cli" extract "$work/one.jsonl" --format jsonl --out "$work/out1.jsonl" --parallel 1 --ner "$ner" --progress plain 2> "$work/stderr1" || true
/usr/bin/time -f '%M' -o "$work/rss2" dotnet "$cli" extract "$work/more.jsonl" --format jsonl --out "$work/out2.jsonl" --parallel 1 --ner "$ner" --progress plain 2> "$work/stderr2" || true
steady=$(node -e "
const c = JSON.parse(process.argv[1]);
const t = (s) => { const m = /in ([0-9.]+) s \(([0-9.]+) CPU-s\)/.exec(s); return [+m[1], +m[2]]; };
const [s1, cpu1] = t(process.argv[2]), [s2, cpu2] = t(process.argv[3]);
const s = s2 - s1, cpu = cpu2 - cpu1;
console.log(JSON.stringify({ tool: 'FactExtract (CLI, --parallel 1), steady state', docsPerSec: Math.round(c.docs / s), tokensPerSec: Math.round(c.tokens / s),
  mbPerSec: +(c.bytes / s / 1e6).toFixed(2), tokensPerCpuSec: Math.round(c.tokens / cpu), peakRssMb: Math.round(+process.argv[4] / 1024) }));" "$counts" "$(grep '^done:' "$work/stderr1")" "$(grep '^done:' "$work/stderr2")" "$(cat "$work/rss2")")
row "$steady" "the same, timed as the peers are: loading and one warm-up pass not timed"
row "$(node "$here/run-peers.js" wink "$texts" "$min_seconds")" "wink-nlp + wink-eng-lite-web-model: tokens, sentences, entities"
row "$(node "$here/run-peers.js" compromise "$texts" "$min_seconds")" "compromise + compromise-dates: people, places, organisations, dates, quotations"
row "$(node "$here/run-peers.js" chrono "$texts" "$min_seconds")" "chrono-node: date expressions"
rounds="${ROUNDS:-0}"
if (( rounds > 0 )); then
  echo
  echo "| round | time (UTC) | ours, whole run: tokens/s | ours, steady state: tokens/s | wink-nlp: tokens/s | ratio, whole run | ratio, steady state |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
  for ((k = 1; k <= rounds; k++)); do
    dotnet "$cli" extract "$work/ours.jsonl" --format jsonl --out "$work/out.jsonl" --parallel 1 --ner "$ner" --progress plain 2> "$work/stderr-r" || true
    dotnet "$cli" extract "$work/one.jsonl" --format jsonl --out "$work/out1.jsonl" --parallel 1 --ner "$ner" --progress plain 2> "$work/stderr-r1" || true
    dotnet "$cli" extract "$work/more.jsonl" --format jsonl --out "$work/out2.jsonl" --parallel 1 --ner "$ner" --progress plain 2> "$work/stderr-r2" || true
    w=$(node "$here/run-peers.js" wink "$texts" "$min_seconds")
    node -e "
const c = JSON.parse(process.argv[1]), w = JSON.parse(process.argv[5]);
const t = (s) => +/in ([0-9.]+) s/.exec(s)[1];
const whole = Math.round(c.tokens / t(process.argv[2])), steady = Math.round(c.tokens / (t(process.argv[4]) - t(process.argv[3])));
const f = (x) => x.toLocaleString('en');
console.log('| ' + process.argv[6] + ' | ' + process.argv[7] + ' | ' + f(whole) + ' | ' + f(steady) + ' | ' + f(w.tokensPerSec) + ' | '
  + (whole / w.tokensPerSec).toFixed(2) + 'x | ' + (steady / w.tokensPerSec).toFixed(2) + 'x |');" \
      "$counts" "$(grep '^done:' "$work/stderr-r")" "$(grep '^done:' "$work/stderr-r1")" "$(grep '^done:' "$work/stderr-r2")" "$w" "$k" "$(date -u +%H:%M)"
  done
fi
echo
echo "tokens: one definition for every tool (runs of letters/digits, or one other non-space character), counted over the same texts; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
