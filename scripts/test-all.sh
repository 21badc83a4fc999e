#!/usr/bin/env bash
# Every test: system packages, typecheck, lint, format, unit tests, then browser tests.
# Stops at the first failure and exits non-zero.
set -euo pipefail

cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh
npm run check
npx playwright test
