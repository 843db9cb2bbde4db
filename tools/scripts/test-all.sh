#!/usr/bin/env bash
# `npm test`: lint, type-check, unit tests, then integration and end-to-end tests against the real
# PostgreSQL and Redis (started if down). Ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/../.."
export TZ=UTC CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1 NX_DAEMON=false
mkdir -p tmp

bash tools/scripts/ensure-services.sh
npm run --silent lint
npm run --silent typecheck

status=0
npx jest -c jest.unit.config.js --json --outputFile=tmp/jest-unit.json || status=1
npx jest -c jest.int.config.js --runInBand --json --outputFile=tmp/jest-int.json || status=1
node tools/scripts/jest-summary.js tmp/jest-unit.json tmp/jest-int.json
exit $status
