#!/usr/bin/env bash
# The corpus report end to end: extract over the seed and the hand-written sample articles
# (tests/FactExtract.Tests/TestData/report), and the PolNeAR dev articles when ../shared has them, `report` as HTML (with per-document pages) and as JSON, then
# headless Chromium: a screenshot that is not blank, the quotation search's script ran (it fills in its
# count), and no console errors. Installs nothing: the Chromium part is skipped when /usr/bin/chromium is absent.
# Usage: scripts/report-check.sh [OUTDIR]   (default OUTDIR: scratch/report-check, ignored by git)
# REPORT_CHECK_README=1 also refreshes docs/report-example.png from the sample articles' report.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-scratch/report-check}
mkdir -p "$out"
out=$(cd "$out" && pwd)
samples=tests/FactExtract.Tests/TestData/report
cli=(dotnet run --project src/FactExtract.Cli -c Release --)

rm -rf "$out/docs"
"${cli[@]}" extract seeds $samples --format jsonl --out "$out/facts.jsonl" --progress none
"${cli[@]}" extract $samples --format jsonl --out "$out/samples.jsonl" --progress none
"${cli[@]}" report "$out/facts.jsonl" --errors "$out/facts.errors.jsonl" --out "$out/report.html" --documents "$out/docs"
"${cli[@]}" report "$out/samples.jsonl" --out "$out/samples.html" --documents "$out/docs"
"${cli[@]}" report "$out/facts.jsonl" --format json --out "$out/report.json"
# Real news too, when the corpora are beside the clone: the 84 PolNeAR dev articles.
pages=(report samples)
polnear=../shared/corpora/polnear/dev/text
if [ -d "$polnear" ]; then
  "${cli[@]}" extract "$polnear" --format jsonl --out "$out/polnear.jsonl" --progress none
  "${cli[@]}" report "$out/polnear.jsonl" --out "$out/polnear.html"
  pages+=(polnear)
fi
# And the 3,292-article news bench: the 840 PolNeAR train articles and the 2,452 TE3-silver articles with their
# TimeML tags stripped (no reference date given, so the anchor comes from each text), with the fast entity model.
if [ -f ../shared/corpora/polnear/train.tar.gz ] && [ -f ../shared/corpora/tempeval3-silver/TE3-Silver.tar.gz ]; then
  bench="$out/news-bench"
  rm -rf "$bench" && mkdir -p "$bench"
  python3 - "$bench" <<'PY'
import html, os, re, sys, tarfile
out = sys.argv[1]
n = 0
for archive in ('../shared/corpora/polnear/train.tar.gz', '../shared/corpora/tempeval3-silver/TE3-Silver.tar.gz'):
    with tarfile.open(archive) as tar:
        for m in tar:
            if not m.isfile() or not m.name.endswith(('.txt', '.tml')) or '/text/' not in m.name and not m.name.endswith('.tml'):
                continue
            text = tar.extractfile(m).read().decode('utf-8')
            if m.name.endswith('.tml'):
                body = re.search(r'<TEXT>(.*)</TEXT>', text, re.S)
                text = html.unescape(re.sub(r'<[^>]+>', '', body.group(1) if body else text))
            name = os.path.basename(m.name).rsplit('.', 1)[0] + '.txt'
            open(os.path.join(out, name), 'w', encoding='utf-8').write(text)
            n += 1
print(f'report-check: news bench of {n} articles')
PY
  "${cli[@]}" extract "$bench" --ner fast --format jsonl --out "$out/news-bench.jsonl" --progress none
  "${cli[@]}" report "$out/news-bench.jsonl" --out "$out/news-bench.html"
  pages+=(news-bench)
fi

expected=$(( $(ls $samples/*.txt | wc -l) + $(ls seeds/*.txt | wc -l) ))
python3 - "$out" "$expected" <<'PY'
import json, os, re, sys
out, expected = sys.argv[1], int(sys.argv[2])
summary = json.load(open(os.path.join(out, 'report.json')))
assert summary['documents'] == expected, f"report.json: {summary['documents']} documents, expected {expected}"
assert summary['organisations'] and summary['speakers'], 'report.json: no organisations or speakers'
# Every document link in the page names a page that was written.
html = open(os.path.join(out, 'report.html'), encoding='utf-8').read()
links = set(re.findall(r'href="docs/([^"]+)"', html))
missing = [l for l in links if not os.path.exists(os.path.join(out, 'docs', l))]
assert links and not missing, f'report.html: links without a page: {missing[:3]}'
size = os.path.getsize(os.path.join(out, 'report.html'))
assert size < 10_000_000, f'report.html: {size} bytes'
print(f"report-check: report.json {summary['documents']} documents, {len(summary['organisations'])} organisations; "
      f"report.html {size} bytes, {len(links)} document links, all written")
PY

chromium=/usr/bin/chromium
if [ ! -x "$chromium" ]; then
  echo "report-check: $chromium not found, Chromium part skipped"
  exit 0
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars)
status=0
for name in "${pages[@]}"; do
  timeout 120 "$chromium" "${flags[@]}" --enable-logging=stderr --v=0 \
    --screenshot="$out/$name.png" --window-size=1280,2000 "file://$out/$name.html" >/dev/null 2>"$out/$name.console.log" || true
  if [ ! -s "$out/$name.png" ]; then
    echo "report-check: $name: no screenshot written"
    status=1
    continue
  fi
  python3 scripts/png-not-blank.py "$out/$name.png" || status=1
  # Chromium logs the page's console as CONSOLE lines (an uncaught error among them); the page logs nothing itself,
  # so any such line fails the check.
  if grep -E ':CONSOLE[:(]' "$out/$name.console.log"; then
    echo "report-check: $name: console errors (see $out/$name.console.log)"
    status=1
  fi
  # The DOM after scripts ran: the search box's script writes "N of N quotations".
  timeout 120 "$chromium" "${flags[@]}" --dump-dom "file://$out/$name.html" 2>/dev/null > "$out/$name.dom.html" || true
  if ! grep -qE 'id="quote-count">[0-9]+ of [0-9]+ quotations<' "$out/$name.dom.html"; then
    echo "report-check: $name: the quotation search's script did not run"
    status=1
  fi
done

if [ "${REPORT_CHECK_README:-0}" = 1 ] && [ $status -eq 0 ]; then
  timeout 120 "$chromium" "${flags[@]}" --screenshot="$out/readme.png" --window-size=1100,1400 "file://$out/samples.html" >/dev/null 2>&1
  cp "$out/readme.png" docs/report-example.png
  echo "report-check: docs/report-example.png refreshed ($(stat -c %s docs/report-example.png) bytes)"
fi

[ $status -eq 0 ] && echo "report-check: ok ($out)" || echo "report-check: FAILED"
exit $status
