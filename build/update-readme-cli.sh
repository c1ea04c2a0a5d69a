#!/usr/bin/env bash
# Regenerates the README's CLI reference (between the cli:begin/cli:end markers) from the real `cx --help`
# output. HelpAndReadmeTests fails when the README and the binary disagree; run this after changing options.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/CxAssistant.Cli -v q >/dev/null
cx="dotnet src/CxAssistant.Cli/bin/Debug/net10.0/cx.dll"
block="$(mktemp)"
{
  for c in "" $($cx --help | awk '/^Commands:/{f=1;next} f&&NF{print $1}'); do
    echo; echo "#### \`cx${c:+ $c} --help\`"; echo; echo '```text'; $cx $c --help | sed -e 's/[[:space:]]*$//'; echo '```'
  done
} > "$block"
python3 - "$block" <<'PY'
import re, sys
block = open(sys.argv[1]).read()
readme = open("README.md").read()
new = re.sub(r"(<!-- cli:begin -->\n).*?(<!-- cli:end -->)", lambda m: m.group(1) + block.strip("\n") + "\n" + m.group(2), readme, flags=re.S)
open("README.md", "w").write(new)
PY
echo "README CLI reference updated."
