#!/usr/bin/env bash
# Install code-server (VS Code in the browser) offline-friendly, as a real client for the extension's browser test.
# The install is cached outside the repo, keyed by version:  ~/.cache/helder-code-server/<version>/
# Steps and reasons: see ../shared/notes/code-server-offline.md (measured on Debian 12, Node 20).
#
# Needs the Debian packages libkrb5-dev, ripgrep and chromium:
#   apt-get install -y libkrb5-dev ripgrep chromium
# Usage: test/editors/setup-code-server.sh [version]     prints the path of the code-server binary at the end.
# The default is the last code-server on npm that runs on Node 20 (4.103 and later need Node 22).
set -euo pipefail

version="${1:-${HELDER_CODE_SERVER_VERSION:-4.100.3}}"
cache_root="${HELDER_CODE_SERVER_CACHE:-$HOME/.cache/helder-code-server}"
target="$cache_root/$version"
binary="$target/node_modules/.bin/code-server"

if [[ -f "$target/.complete" && -x "$binary" ]]; then
  echo "$binary"
  exit 0
fi

for tool in rg node npm; do
  command -v "$tool" >/dev/null || { echo "setup-code-server: '$tool' is missing. Install it first (apt-get install -y ripgrep libkrb5-dev chromium)." >&2; exit 1; }
done
[[ -f /usr/include/gssapi/gssapi.h || -f /usr/include/gssapi.h ]] || { echo "setup-code-server: the kerberos headers are missing: apt-get install -y libkrb5-dev" >&2; exit 1; }

rm -rf "$target"
mkdir -p "$target"
cd "$target"
log="$target/install.log"
echo "setup-code-server: installing code-server $version into $target (about 5 minutes; log: $log)" >&2
{
  echo '{"name":"helder-code-server-cache","private":true}' > package.json
  npm install --no-audit --no-fund --ignore-scripts "code-server@$version"

  cd node_modules/code-server/lib/vscode
  npm install --no-audit --no-fund --omit=dev --ignore-scripts
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless bin/ exists: use Debian's ripgrep.
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  npm_config_yes=true npm_config_unsafe_perm=true npm rebuild

  cd "$target/node_modules/code-server"
  npm_config_user_agent="npm/11 node/v20 linux x64" npm_config_unsafe_perm=true npm_config_yes=true bash ./postinstall.sh

  cd "$target"
  npm_config_build_from_source=true npm rebuild argon2
} >"$log" 2>&1 || { echo "setup-code-server: the install failed; the last lines of $log:" >&2; tail -n 30 "$log" >&2; exit 1; }

"$binary" --version >/dev/null
touch "$target/.complete"
echo "$binary"
