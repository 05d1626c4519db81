#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs every check and test: the README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node scripts/test-all.mjs
