#!/usr/bin/env bash
# Refreshes the browser libraries the web UI serves from src/CxAssistant.Web/wwwroot/lib.
# Run by hand when upgrading; the app itself never needs npm (the files are committed).
# Usage: build/vendor-web.sh [htmx-version]
set -euo pipefail
cd "$(dirname "$0")/.."
HTMX_VERSION="${1:-2.0.11}"
dest=src/CxAssistant.Web/wwwroot/lib/htmx
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "htmx.org@${HTMX_VERSION}" >/dev/null && tar -xzf htmx.org-*.tgz)
mkdir -p "$dest"
cp "$tmp/package/dist/htmx.min.js" "$dest/htmx.min.js"
cp "$tmp/package/LICENSE" "$dest/LICENSE"
echo "htmx.org@${HTMX_VERSION}" > "$dest/VERSION"
echo "vendored htmx.org@${HTMX_VERSION} into $dest"
