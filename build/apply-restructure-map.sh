#!/usr/bin/env bash
# Carries a branch's files across the issue-14 restructuring (docs/architecture.md, "Moving a branch across").
# Run it in your worktree after `git merge main` has brought the restructuring in:
#
#   build/apply-restructure-map.sh          move leftovers, rewrite namespaces, list what is left to do by hand
#   build/apply-restructure-map.sh --check  change nothing; exit 1 if anything still uses the old layout
#
# (a) Files still in an old folder (a file your branch added there; git's rename detection usually moves them, but
#     not always) are moved with `git mv` (or `mv` when untracked) by FILE_MAP, then FOLDER_MAP.
# (b) Old namespaces are rewritten to the new ones by NAMESPACE_MAP in *.cs, *.cshtml, *.razor and *.csproj under
#     src/, tests/, tools/ and bench/: `using` lines, `namespace` lines and qualified names alike. Nothing else changes.
# (c) It prints what it cannot decide: project files still referencing a removed project, and files still naming
#     an old namespace. Then build (dotnet build CxAssistant.sln) and fix what the compiler names.
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
[ "${1:-}" = "--check" ] && check=1

# old path -> new path (single files that left their folder's destination), applied first.
FILE_MAP=(
  "src/CxAssistant.Engine/Samples/StablePrng.cs=src/CxAssistant.Analysis/Personas/StablePrng.cs"
  "src/CxAssistant.Agents/Providers/ModelProviders.cs=src/CxAssistant.Hosting/Providers/ModelProviders.cs"
  "src/CxAssistant.Agents/Providers/ModelProviderServiceCollectionExtensions.cs=src/CxAssistant.Hosting/Providers/ModelProviderServiceCollectionExtensions.cs"
  "src/CxAssistant.Agents/Providers/ProviderCheck.cs=src/CxAssistant.Hosting/Providers/ProviderCheck.cs"
  "src/CxAssistant.Agents/Providers/ProviderCheckResult.cs=src/CxAssistant.Hosting/Providers/ProviderCheckResult.cs"
  "src/CxAssistant.Agents/Configuration/ProviderOverride.cs=src/CxAssistant.Hosting/Configuration/ProviderOverride.cs"
  "src/CxAssistant.Agents/Memory/WorkspaceSearch.cs=src/CxAssistant.Hosting/Memory/WorkspaceSearch.cs"
)

# Types that left a namespace whose other types stayed: type=old namespace=new namespace[=extension]. A file that
# names the type (or calls the extension method) gets `using <new namespace>;`; a moved file gets its namespace line
# rewritten instead. A `using` of the old namespace may then be unnecessary: the build names it (IDE0005).
TYPE_MAP=(
  "ModelProviders=CxAssistant.Agents.Providers=CxAssistant.Hosting.Providers"
  "ModelProviderServiceCollectionExtensions=CxAssistant.Agents.Providers=CxAssistant.Hosting.Providers"
  "AddCxModelProviders=CxAssistant.Agents.Providers=CxAssistant.Hosting.Providers=extension"
  "ProviderCheck=CxAssistant.Agents.Providers=CxAssistant.Hosting.Providers"
  "ProviderCheckResult=CxAssistant.Agents.Providers=CxAssistant.Hosting.Providers"
  "ProviderOverride=CxAssistant.Agents.Configuration=CxAssistant.Hosting.Configuration"
)

# old folder -> new folder, applied in order.
FOLDER_MAP=(
  "src/CxAssistant.Engine/Ingestion=src/CxAssistant.Ingestion"
  "src/CxAssistant.Engine/Yaml=src/CxAssistant.Ingestion/Yaml"
  "src/CxAssistant.Engine/Text=src/CxAssistant.Analysis/Text"
  "src/CxAssistant.Engine/Annotators=src/CxAssistant.Analysis/Annotators"
  "src/CxAssistant.Engine/Touchpoints=src/CxAssistant.Analysis/Touchpoints"
  "src/CxAssistant.Engine/Personas=src/CxAssistant.Analysis/Personas"
  "src/CxAssistant.Engine/Jobs=src/CxAssistant.Analysis/Jobs"
  "src/CxAssistant.Engine/Hypotheses=src/CxAssistant.Analysis/Hypotheses"
  "src/CxAssistant.Engine/Pipeline=src/CxAssistant.Analysis/Pipeline"
  "src/CxAssistant.Engine/Resources=src/CxAssistant.Analysis/Resources"
  "src/CxAssistant.Engine/Meaning=src/CxAssistant.Analysis/Meaning"
  "src/CxAssistant.Engine/Workspace=src/CxAssistant.Data/Workspace"
  "src/CxAssistant.Engine/Chunking=src/CxAssistant.Data/Chunking"
  "src/CxAssistant.Engine/Memory=src/CxAssistant.Data/Memory"
  "src/CxAssistant.Engine/Reports=src/CxAssistant.Reports"
  "src/CxAssistant.Engine/Samples=tools/CxAssistant.DevTools/Samples"
  "src/CxAssistant.Agents/Memory=src/CxAssistant.Hosting/Memory"
  # Names that say what things are (issue 14).
  "src/CxAssistant.Agents/Agents=src/CxAssistant.Agents/Drafters"
  "src/CxAssistant.Web/Views=src/CxAssistant.Web/Charts"
  "src/CxAssistant.Web/Pages/W=src/CxAssistant.Web/Pages/Workspace"
  # Engine.Tests split into one test project per src project (a test that renders goes to Reports.Tests: the
  # compiler says so when an Analysis.Tests file uses CxAssistant.Reports).
  "tests/CxAssistant.Engine.Tests/Ingestion=tests/CxAssistant.Ingestion.Tests"
  "tests/CxAssistant.Engine.Tests/Fixtures=tests/CxAssistant.Ingestion.Tests/Fixtures"
  "tests/CxAssistant.Engine.Tests/Reports=tests/CxAssistant.Reports.Tests"
  "tests/CxAssistant.Engine.Tests/JobStates=tests/CxAssistant.Reports.Tests/JobStates"
  "tests/CxAssistant.Engine.Tests/Samples=tests/CxAssistant.DevTools.Tests/Samples"
  "tests/CxAssistant.Engine.Tests/Chunking=tests/CxAssistant.Data.Tests/Chunking"
  "tests/CxAssistant.Engine.Tests/Memory=tests/CxAssistant.Data.Tests/Memory"
  "tests/CxAssistant.Engine.Tests/Workspace=tests/CxAssistant.Data.Tests/Workspace"
  "tests/CxAssistant.Engine.Tests/Annotators=tests/CxAssistant.Analysis.Tests/Annotators"
  "tests/CxAssistant.Engine.Tests/Hypotheses=tests/CxAssistant.Analysis.Tests/Hypotheses"
  "tests/CxAssistant.Engine.Tests/Jobs=tests/CxAssistant.Analysis.Tests/Jobs"
  "tests/CxAssistant.Engine.Tests/Knowledge=tests/CxAssistant.Analysis.Tests/Knowledge"
  "tests/CxAssistant.Engine.Tests/Meaning=tests/CxAssistant.Analysis.Tests/Meaning"
  "tests/CxAssistant.Engine.Tests/Personas=tests/CxAssistant.Analysis.Tests/Personas"
  "tests/CxAssistant.Engine.Tests/Pipeline=tests/CxAssistant.Analysis.Tests/Pipeline"
  "tests/CxAssistant.Engine.Tests/Text=tests/CxAssistant.Analysis.Tests/Text"
  "tests/CxAssistant.Engine.Tests/Touchpoints=tests/CxAssistant.Analysis.Tests/Touchpoints"
  "tests/CxAssistant.Engine.Tests/Yaml=tests/CxAssistant.Analysis.Tests/Yaml"
)

# old namespace -> new namespace; a name matches only as a whole (CxAssistant.Engine.Reports leaves
# CxAssistant.Engine.Tests.Reports alone; that one has its own entry).
NAMESPACE_MAP=(
  "CxAssistant.Engine.Ingestion=CxAssistant.Ingestion"
  "CxAssistant.Engine.Yaml=CxAssistant.Ingestion.Yaml"
  "CxAssistant.Engine.Text=CxAssistant.Analysis.Text"
  "CxAssistant.Engine.Annotators=CxAssistant.Analysis.Annotators"
  "CxAssistant.Engine.Touchpoints=CxAssistant.Analysis.Touchpoints"
  "CxAssistant.Engine.Personas=CxAssistant.Analysis.Personas"
  "CxAssistant.Engine.Jobs=CxAssistant.Analysis.Jobs"
  "CxAssistant.Engine.Hypotheses=CxAssistant.Analysis.Hypotheses"
  "CxAssistant.Engine.Pipeline=CxAssistant.Analysis.Pipeline"
  "CxAssistant.Engine.Resources=CxAssistant.Analysis.Resources"
  "CxAssistant.Engine.Meaning=CxAssistant.Analysis.Meaning"
  "CxAssistant.Engine.Workspace=CxAssistant.Data.Workspace"
  "CxAssistant.Engine.Chunking=CxAssistant.Data.Chunking"
  "CxAssistant.Engine.Memory=CxAssistant.Data.Memory"
  "CxAssistant.Engine.Reports=CxAssistant.Reports"
  "CxAssistant.Engine.Samples=CxAssistant.DevTools.Samples"
  "CxAssistant.Agents.Memory=CxAssistant.Hosting.Memory"
  "CxAssistant.Agents.Agents=CxAssistant.Agents.Drafters"
  "CxAssistant.Web.Views=CxAssistant.Web.Charts"
  "CxAssistant.Web.Pages.W=CxAssistant.Web.Pages.Workspace"
  # Test namespaces of the Engine.Tests split; the project root last, after its folders.
  "CxAssistant.Engine.Tests.Ingestion=CxAssistant.Ingestion.Tests"
  "CxAssistant.Engine.Tests.Reports=CxAssistant.Reports.Tests"
  "CxAssistant.Engine.Tests.JobStates=CxAssistant.Reports.Tests.JobStates"
  "CxAssistant.Engine.Tests.Samples=CxAssistant.DevTools.Tests.Samples"
  "CxAssistant.Engine.Tests.Chunking=CxAssistant.Data.Tests.Chunking"
  "CxAssistant.Engine.Tests.Memory=CxAssistant.Data.Tests.Memory"
  "CxAssistant.Engine.Tests.Workspace=CxAssistant.Data.Tests.Workspace"
  "CxAssistant.Engine.Tests.Annotators=CxAssistant.Analysis.Tests.Annotators"
  "CxAssistant.Engine.Tests.Hypotheses=CxAssistant.Analysis.Tests.Hypotheses"
  "CxAssistant.Engine.Tests.Jobs=CxAssistant.Analysis.Tests.Jobs"
  "CxAssistant.Engine.Tests.Knowledge=CxAssistant.Analysis.Tests.Knowledge"
  "CxAssistant.Engine.Tests.Meaning=CxAssistant.Analysis.Tests.Meaning"
  "CxAssistant.Engine.Tests.Personas=CxAssistant.Analysis.Tests.Personas"
  "CxAssistant.Engine.Tests.Pipeline=CxAssistant.Analysis.Tests.Pipeline"
  "CxAssistant.Engine.Tests.Text=CxAssistant.Analysis.Tests.Text"
  "CxAssistant.Engine.Tests.Touchpoints=CxAssistant.Analysis.Tests.Touchpoints"
  "CxAssistant.Engine.Tests.Yaml=CxAssistant.Analysis.Tests.Yaml"
  "CxAssistant.Engine.Tests=CxAssistant.Analysis.Tests"
)

# Projects that no longer exist, and what replaced them (for the csproj hint).
REMOVED_PROJECTS=(
  "CxAssistant.Engine.Tests=the test project of the src project the test exercises (Ingestion.Tests, Analysis.Tests, Data.Tests, Reports.Tests, DevTools.Tests); shared helpers are in tests/CxAssistant.TestKit (SampleRuns, AnalysisFixture, TempFolder: Write became File)"
  "CxAssistant.Engine=CxAssistant.Ingestion, CxAssistant.Analysis, CxAssistant.Data, CxAssistant.Reports or tools/CxAssistant.DevTools (and move any reference your branch added to CxAssistant.Engine.csproj, e.g. LocalModel for Meaning/, to the project whose code uses it)"
)

pending=0
move() { # move FROM TO: one file
  local from="$1" to="$2"
  if [ "$check" -eq 1 ]; then echo "would move: $from -> $to"; pending=1; return; fi
  mkdir -p "$(dirname "$to")"
  if git ls-files --error-unmatch "$from" >/dev/null 2>&1; then git mv -k "$from" "$to"; else mv "$from" "$to"; fi
  echo "moved: $from -> $to"
}

for entry in "${FILE_MAP[@]}"; do
  from="${entry%%=*}"; to="${entry#*=}"
  [ -f "$from" ] && move "$from" "$to"
done
for entry in "${FOLDER_MAP[@]}"; do
  from="${entry%%=*}"; to="${entry#*=}"
  if [ -f "$from" ]; then move "$from" "$to"; continue; fi
  [ -d "$from" ] || continue
  while IFS= read -r -d '' file; do
    move "$file" "$to/${file#"$from"/}"
  done < <(find "$from" \( -name bin -o -name obj \) -prune -o -type f -print0)
  [ "$check" -eq 1 ] || find "$from" -depth -type d -empty -delete 2>/dev/null || true
done

# One perl program for every namespace: \b...(?![\w]) keeps CxAssistant.Engine.Tests and longer names apart.
program=""
for entry in "${NAMESPACE_MAP[@]}"; do
  from="${entry%%=*}"; to="${entry#*=}"
  program+="s/\\b\\Q$from\\E(?![\\w])/$to/g; "
done
# The same names written relative to CxAssistant (Engine.Ingestion.IngestResult inside namespace CxAssistant.Chat).
for entry in "${NAMESPACE_MAP[@]}"; do
  from="${entry%%=*}"; to="${entry#*=}"
  program+="s/(?<![\\w.])\Q${from#CxAssistant.}\E(?![\\w])/${to#CxAssistant.}/g; "
done
pattern="$(printf '%s\n' "${NAMESPACE_MAP[@]}" | cut -d= -f1 | sed 's/^CxAssistant\.//; s/\./\\./g' | paste -sd'|')"
mapfile -t files < <(git ls-files -co --exclude-standard -- src tests tools bench |
  grep -E '\.(cs|cshtml|razor|csproj)$' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
for f in "${files[@]}"; do
  grep -qE "($pattern)([^A-Za-z0-9_]|$)" "$f" || continue
  if [ "$check" -eq 1 ]; then echo "old namespace in: $f"; pending=1; continue; fi
  perl -pi -e "$program" "$f"
  echo "rewrote namespaces: $f"
done

# Moved files: their namespace line follows the new folder.
for entry in "${FILE_MAP[@]}"; do
  to="${entry#*=}"
  case "$to" in src/CxAssistant.Hosting/*) ;; *) continue ;; esac
  [ -f "$to" ] || continue
  folder="$(dirname "${to#src/CxAssistant.Hosting/}")"
  ns="CxAssistant.Hosting.${folder//\//.}"
  grep -q "^namespace $ns;" "$to" && continue
  if [ "$check" -eq 1 ]; then echo "old namespace in: $to"; pending=1; continue; fi
  perl -pi -e "s/^namespace CxAssistant\.Agents\.[\w.]+;/namespace $ns;/" "$to"
  echo "rewrote namespace: $to"
done
# Files that name a moved type get the new namespace's using (after their last using line).
for entry in "${TYPE_MAP[@]}"; do
  IFS='=' read -r type _ new kind <<<"$entry"
  before='[^A-Za-z0-9_.]'; [ "${kind:-}" = extension ] && before='[.]'
  for f in "${files[@]}"; do
    case "$f" in *.cs) ;; *) continue ;; esac
    [ -f "$f" ] || continue
    grep -qE "(^|$before)$type([^A-Za-z0-9_]|$)" "$f" || continue
    grep -qE "^(using $new;|namespace $new;)" "$f" && continue
    if [ "$check" -eq 1 ]; then echo "needs using $new: $f"; pending=1; continue; fi
    perl -0pi -e "s/((?:^using [^\n]+\n)*^using [^\n]+\n)/\$1using $new;\n/m or s/\A/using $new;\n/" "$f"
    echo "added using $new: $f"
  done
done

# A rewritten using can repeat one that was there already: keep the first.
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  case "$f" in *.cs) ;; *) continue ;; esac
  dup="$(grep -E '^using [A-Za-z0-9_.]+;$' "$f" | sort | uniq -d || true)"
  [ -n "$dup" ] || continue
  if [ "$check" -eq 1 ]; then echo "repeated using in: $f"; pending=1; continue; fi
  perl -ni -e 'print unless /^using [\w.]+;$/ && $seen{$_}++' "$f"
  echo "removed a repeated using: $f"
done

for entry in "${REMOVED_PROJECTS[@]}"; do
  name="${entry%%=*}"; instead="${entry#*=}"
  for f in "${files[@]}"; do
    case "$f" in *.csproj) ;; *) continue ;; esac
    if grep -q "$name\\\\$name.csproj\|$name/$name.csproj" "$f"; then
      echo "by hand: $f references $name.csproj; reference what the code uses instead: $instead"; pending=1
    fi
  done
done
if [ -d src/CxAssistant.Engine ] && find src/CxAssistant.Engine \( -name bin -o -name obj \) -prune -o -type f -print | grep -q .; then
  echo "by hand: files left in src/CxAssistant.Engine (no folder map for them):"
  find src/CxAssistant.Engine \( -name bin -o -name obj \) -prune -o -type f -print | sed 's/^/  /'
  pending=1
fi
echo "next: dotnet build CxAssistant.sln; see docs/architecture.md for where each concept lives now."
exit $(( check == 1 ? pending : 0 ))
