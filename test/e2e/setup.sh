#!/usr/bin/env bash
# Idempotent setup for running the extension in a real VS Code on a machine that only reaches the
# npm registry and Debian apt: code-server (VS Code 1.100.3 for the browser) plus Debian Chromium
# driven by playwright-core. Everything from npm goes into the git-ignored .e2e/ folder, never into
# the root package. A second run only checks and exits. See /work/shared/e2e/README.md for why.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E2E="$ROOT/.e2e"
CODE_SERVER_VERSION=4.100.3 # newest line whose engines.node accepts Node 20
PLAYWRIGHT_VERSION=1.65.1   # only the driver; the browser is Debian's /usr/bin/chromium
RG_VERSION=1.15.11          # @vscode/ripgrep inside code-server 4.100.3; keys its download cache
APT_PACKAGES=(chromium fonts-wqy-microhei libkrb5-dev ripgrep)
STAMP="$E2E/setup-stamp"
WANT="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION node@$(node -p 'process.versions.modules')"

log() { echo "[e2e-setup] $*"; }

# 1. Debian packages: chromium (browser), fonts-wqy-microhei (CJK glyphs in screenshots),
#    libkrb5-dev (headers for code-server's native `kerberos` module), ripgrep (offline rg binary).
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  log "apt: installing ${missing[*]}"
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "apt: ${APT_PACKAGES[*]} already installed"
fi

# 2. npm packages into .e2e/ (skipped when the stamp matches and the entry points exist).
CS_ENTRY="$E2E/node_modules/code-server/out/node/entry.js"
if [ "$(cat "$STAMP" 2>/dev/null)" = "$WANT" ] && [ -f "$CS_ENTRY" ] &&
  [ -f "$E2E/node_modules/playwright-core/package.json" ]; then
  log "npm: $WANT already in .e2e/ (delete .e2e/ to reinstall)"
  exit 0
fi

log "npm: installing $WANT into .e2e/ (about 40 s; log in .e2e/npm-install.log)"
rm -rf "$E2E/node_modules" "$E2E/package-lock.json" "$STAMP"
mkdir -p "$E2E/tmp"
# A private package.json of its own, so the root package's lockfile never sees these.
cat >"$E2E/package.json" <<EOF
{
  "private": true,
  "description": "e2e tools installed by test/e2e/setup.sh; git-ignored",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION", "playwright-core": "$PLAYWRIGHT_VERSION" }
}
EOF

# @vscode/ripgrep uses a cached download if present: a tar.gz holding a single `rg` under
# $TMPDIR/vscode-ripgrep-cache-<ver>/. Debian's rg stands in for the GitHub release.
export TMPDIR="$E2E/tmp"
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_VERSION"
mkdir -p "$RG_CACHE"
tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg

# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: a nested `npx node-gyp` would otherwise wait for a "y" (~/.npmrc may say yes=false).
# nodedir: node-gyp uses the local Node headers (/usr/include/node) instead of downloading them.
# (argon2 and kerberos first try a prebuilt binary from github.com, fail fast when it does not
#  resolve, then compile; npm_config_build_from_source=true would also make @parcel/watcher
#  compile although its prebuilt npm package is present: +30 s, so it is not set.)
# dangerously_allow_all_scripts: npm 11 has an install-script policy (allowScripts). Today it only
#   warns, but with strict-allow-scripts (or a future default) it skips/blocks the native builds.
#   code-server's postinstall runs nested `npm install`s in lib/vscode whose package.json we cannot
#   give an allowScripts field, and those reject allow-scripts from env/.npmrc (EALLOWSCRIPTS), so
#   this flag is the only thing that reaches them. It is scoped to this one pinned install.
if ! (cd "$E2E" && npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
  npm_config_dangerously_allow_all_scripts=true npm_config_update_notifier=false \
  npm install --no-audit --no-fund --foreground-scripts >"$E2E/npm-install.log" 2>&1); then
  tail -40 "$E2E/npm-install.log"
  log "npm install failed (full log: .e2e/npm-install.log)"
  exit 1
fi

# The install "succeeds" even when scripts were skipped: check what they should have produced.
VS="$E2E/node_modules/code-server/lib/vscode"
for f in node_modules/node-pty/build/Release/pty.node node_modules/@vscode/spdlog/build/Release/spdlog.node \
  node_modules/kerberos/build/Release/kerberos.node node_modules/@vscode/ripgrep/bin/rg node_modules.asar; do
  [ -e "$VS/$f" ] || { log "missing after install: lib/vscode/$f (see .e2e/npm-install.log)"; exit 1; }
done
# (Not `code-server --version`: without --config it creates ~/.config/code-server.)
log "code-server $(node -p "require('$VS/../../package.json').version") = VS Code $(node -p "require('$VS/package.json').version")"
echo "$WANT" >"$STAMP"
log "done"
