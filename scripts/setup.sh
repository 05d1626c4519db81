#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine (idempotent):
# Debian's Chromium and Firefox ESR (Playwright cannot download its own browsers here),
# CJK fonts for screenshots, then the exact npm dependencies from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s chromium-l10n >/dev/null 2>&1 || need+=(chromium-l10n) # zh-CN UI, so chrome.i18n serves zh_CN in tests
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${need[*]} with apt"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
