#!/usr/bin/env bash
# `npm test`: lint, type-check, unit tests, integration tests against the real PostgreSQL and Redis
# (started if down), and browser tests against the running platform. Ends with one line:
# "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/../.."
export TZ=UTC CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1 NX_DAEMON=false
# Jest needs vm modules for the ESM-only packages the parsers load (htmlparser2, pdfjs-dist).
run_jest() { NODE_OPTIONS="--experimental-vm-modules" npx jest "$@"; }
mkdir -p tmp
rm -f tmp/jest-*.json

bash tools/scripts/ensure-services.sh --browser
npm run --silent generate -w @nianbao/db >/dev/null
npm run --silent lint
npm run --silent typecheck

status=0
run_jest -c jest.unit.config.js --json --outputFile=tmp/jest-unit.json || status=1
run_jest -c jest.int.config.js --runInBand --json --outputFile=tmp/jest-int.json || status=1
bash tools/scripts/test-browser.sh || status=1
node tools/scripts/jest-summary.js tmp/jest-unit.json tmp/jest-int.json tmp/jest-e2e.json
exit $status
