#!/usr/bin/env bash
# Records what the offline product writes, so a refactoring can prove it changed nothing.
#
#   build/check-outputs.sh record DIR            run everything below, store the (normalised) outputs in DIR
#   build/check-outputs.sh compare BEFORE AFTER  diff two recorded folders; exit 1 on any difference
#   build/check-outputs.sh check BEFORE [DIR]    record into DIR (default: a temporary folder), then compare
#
# What is recorded (Release build, offline, no key):
#   analyze/<sample>/          `cx analyze samples/<sample>` for both shipped samples (every report file)
#   generated.csv.sha256       the 100,000-record synthetic export (`generate --records 100000`, seed 42)
#   analyze/generated-100k/    `cx analyze` on that export
#   workspace/                 `cx ingest` of trailhead-outfitters into a fresh workspace, then `cx search` (text and
#                              JSON), `cx ask` (offline answer, JSON) and `cx analyze --workspace`
#   logs/                      stdout and stderr of each command
#
# Normalised (they differ from run to run by design; nothing else is touched):
#   - the temporary folder's absolute path in console output -> <TMP>
#   - the time of the run: "generatedAt" (analysis.json, alerts.json), and the "Generated yyyy-MM-dd HH:mm UTC" line
#     of report.md, report.html, personas.md and backlog.md -> <TIMESTAMP>
#   - the report-set manifest (.cx-report-set.json): "Id" (a fresh GUID per write), "WrittenAt", and the SHA-256 of
#     each file (files holding the time differ by it); each hash is first checked against the file it names, and the
#     files themselves are compared after normalising
# The script prints which files the normalisation changed, so a new varying field is seen, not hidden.
set -euo pipefail
start="$(pwd)"
abs() { case "$1" in /*) echo "$1" ;; *) echo "$start/$1" ;; esac; }
cd "$(dirname "$0")/.."
root="$(pwd)"

usage() { sed -n '2,8p' "$0" >&2; exit 2; }

build() {
  dotnet build src/CxAssistant.Cli -c Release -v q -nologo >/dev/null
  if [ -d tools/CxAssistant.DevTools ]; then
    dotnet build tools/CxAssistant.DevTools -c Release -v q -nologo >/dev/null
  fi
}

cx() { dotnet "$root/src/CxAssistant.Cli/bin/Release/net10.0/cx.dll" "$@"; }

# `generate` lived in cx before issue 14 and lives in the dev tools after it.
generate() {
  if [ -f "$root/tools/CxAssistant.DevTools/bin/Release/net10.0/cxdev.dll" ]; then
    dotnet "$root/tools/CxAssistant.DevTools/bin/Release/net10.0/cxdev.dll" generate "$@"
  else
    cx generate "$@"
  fi
}

# run NAME COMMAND...: stdout and stderr kept under logs/NAME.{out,err}; a failing command stops the recording.
run() {
  local name="$1"; shift
  "$@" >"$dir/logs/$name.out" 2>"$dir/logs/$name.err" || { echo "failed: $name (exit $?)" >&2; cat "$dir/logs/$name.err" >&2; exit 1; }
}

# Every report set's manifest must name the SHA-256 of each file as written (checked here, before normalising).
check_manifests() {
  local manifest folder name hash
  while IFS= read -r -d '' manifest; do
    folder="$(dirname "$manifest")"
    while read -r name hash; do
      [ "$(sha256sum "$folder/$name" | cut -d' ' -f1)" = "$hash" ] || { echo "manifest hash wrong: $folder/$name" >&2; exit 1; }
    done < <(python3 -c 'import json,sys; [print(k, v) for k, v in json.load(open(sys.argv[1]))["Files"].items()]' "$manifest")
  done < <(find "$1" -name .cx-report-set.json -print0)
}

normalise() {
  find "$dir" -type f ! -name '*.sha256' -print0 | while IFS= read -r -d '' f; do
    cp "$f" "$f.orig"
    TMPDIR_ABS="$tmp" perl -0pi -e '
      my $t = quotemeta($ENV{TMPDIR_ABS}); s/$t/<TMP>/g;
      s/("generatedAt":\s*)"[^"]*"/$1"<TIMESTAMP>"/g;
      s/Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\b/Generated <TIMESTAMP>/g;
      s/"Id":"[0-9a-f]{32}"/"Id":"<RUN-ID>"/g;
      s/"WrittenAt":"[^"]*"/"WrittenAt":"<TIMESTAMP>"/g;
      s/("[\w.-]+\.(?:md|html|json|csv|svg)"):"[0-9a-f]{64}"/$1:"<SHA-256>"/g;
    ' "$f"
    if ! cmp -s "$f" "$f.orig"; then echo "normalised: ${f#"$dir"/}"; fi
    rm "$f.orig"
  done
}

record() {
  dir="$(mkdir -p "$1" && cd "$1" && pwd)"
  rm -rf "${dir:?}"/*
  mkdir -p "$dir/logs"
  # Everything is written under one temporary folder (same path length every run, so console line wrapping is too).
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  echo "building (Release)…"
  build
  export NO_COLOR=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  for sample in trailhead-outfitters bloom-and-crumb; do
    echo "analyze $sample…"
    run "analyze-$sample" cx analyze "samples/$sample" --out "$tmp/analyze/$sample"
  done
  echo "generate 100000…"
  run generate generate --records 100000 --out "$tmp/generated-100k.csv"
  (cd "$tmp" && sha256sum generated-100k.csv) >"$dir/generated.csv.sha256"
  echo "analyze generated-100k…"
  run analyze-generated cx analyze "$tmp/generated-100k.csv" --out "$tmp/analyze/generated-100k"
  echo "ingest, search, ask, analyze --workspace…"
  run ingest cx ingest samples/trailhead-outfitters --workspace "$tmp/ws"
  run search cx search "delivery arrived late" --workspace "$tmp/ws"
  run search-json cx search "checkout was confusing" --workspace "$tmp/ws" --json --sentiment negative
  run ask cx ask "what should I fix first?" --workspace "$tmp/ws" --json
  run analyze-workspace cx analyze --workspace "$tmp/ws" --out "$tmp/workspace-analyze"
  check_manifests "$tmp"
  cp -r "$tmp/analyze" "$dir/analyze"
  mkdir -p "$dir/workspace" && cp -r "$tmp/workspace-analyze" "$dir/workspace/analyze"
  normalise
  echo "recorded $(find "$dir" -type f | wc -l) files in $dir"
}

compare() {
  if diff -r "$1" "$2" >/tmp/check-outputs.diff; then
    echo "identical: $(find "$1" -type f | wc -l) files ($1 vs $2)"
  else
    echo "DIFFERENT ($1 vs $2); first lines of the diff:" >&2
    head -60 /tmp/check-outputs.diff >&2
    exit 1
  fi
}

case "${1:-}" in
  record) [ $# -eq 2 ] || usage; record "$(abs "$2")" ;;
  compare) [ $# -eq 3 ] || usage; compare "$(abs "$2")" "$(abs "$3")" ;;
  check)
    [ $# -ge 2 ] || usage
    before="$(abs "$2")"; after="$(abs "${3:-$(mktemp -d)}")"
    record "$after"; compare "$before" "$after" ;;
  *) usage ;;
esac
