#!/usr/bin/env bash
# Sets up, builds, and opens Chromium with the extension loaded on the sample bulletin
# (when a display exists); otherwise prints where the unpacked build is.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx wxt build
exec npx tsx scripts/start.mjs
