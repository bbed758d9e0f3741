#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: Debian's Chromium (viewer tests and the
# viewer benchmark), the npm packages, and (through `kg db start`) the Maven-built Neo4j launcher.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*" >&2; }

if [ ! -x /usr/bin/chromium ]; then
  say "installing Debian's chromium (for the viewer tests)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

for tool in java mvn node; do
  command -v "$tool" >/dev/null || { say "missing $tool: install Java 17, Maven and Node.js 20 first"; exit 1; }
done
say "ready"
