#!/usr/bin/env bash
# Packs FactExtract into a temporary local feed, then acts as a user would:
#  1. a fresh console app references the FactExtract package and extracts the seed article;
#  2. the factextract tool is installed from the same feed and run on the seed.
# Fails (non-zero) when either does not produce the expected organisations.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
seed="$repo/seeds/000_0247617bfd7dbdd2.txt"

dotnet pack "$repo/src/FactExtract/FactExtract.csproj" -c Release -o "$feed" -warnaserror --nologo -v quiet
dotnet pack "$repo/src/FactExtract.Cli/FactExtract.Cli.csproj" -c Release -o "$feed" -warnaserror --nologo -v quiet
version=$(ls "$feed" | sed -n 's/^FactExtract\.\([0-9][^A-Za-z]*[0-9]\)\.nupkg$/\1/p' | head -1)
size=$(stat -c %s "$feed/FactExtract.$version.nupkg")
echo "package-test: FactExtract $version, $((size / 1024)) KiB"
if [ "$size" -gt $((30 * 1024 * 1024)) ]; then echo "package-test: FAIL: package larger than 30 MB" >&2; exit 1; fi

# 1. A consumer console app.
app="$work/consumer"
mkdir -p "$app"
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
cat > "$app/consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FactExtract" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$app/Program.cs" <<'CS'
using System.Diagnostics;
using FactExtract;

var clock = Stopwatch.StartNew();
var extractor = FactExtractor.CreateDefault();
var facts = extractor.Extract(new Document("seed", File.ReadAllText(args[0])));
clock.Stop();
var orgs = facts.Entities.Where(e => e.Label == "ORG").Select(e => e.Canonical).Distinct().ToArray();
Console.WriteLine($"first extraction (model load included): {clock.ElapsedMilliseconds} ms");
Console.WriteLine($"ORG: {string.Join(", ", orgs)}");
Console.WriteLine($"dates: {facts.Dates.Count}, quotes: {facts.Quotes.Count}");
foreach (var expected in new[] { "BlackBerry", "Motherboard", "Apple" })
    if (!orgs.Contains(expected)) { Console.Error.WriteLine($"missing ORG {expected}"); return 1; }
return clock.ElapsedMilliseconds <= 1000 ? 0 : 3;
CS
# The first extraction in a new process must take at most 1 s (model load and JIT included). On a loaded machine
# one process can miss that for reasons of its own, so three fresh processes are timed and the fastest must meet it.
dotnet build "$app/consumer.csproj" -c Release --nologo -v quiet -o "$app/bin" >/dev/null
status=1
for attempt in 1 2 3; do
  if dotnet "$app/bin/consumer.dll" "$seed"; then status=0; break; else status=$?; fi
  [ "$status" -eq 3 ] || break
done
[ "$status" -eq 0 ] || { echo "package-test: FAIL: consumer exit $status (3 = first extraction over 1 s in all three processes)" >&2; exit 1; }

# 2. The tool, installed from the same feed.
dotnet tool install FactExtract.Cli --version "$version" --tool-path "$work/tools" --add-source "$feed" >/dev/null
"$work/tools/factextract" extract "$seed" > "$work/seed.json"
grep -q '"label": "ORG"' "$work/seed.json" || { echo "package-test: FAIL: the tool found no ORG" >&2; exit 1; }
echo "package-test: OK (library consumer and factextract tool)"
