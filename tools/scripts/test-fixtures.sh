#!/usr/bin/env bash
# `npm run test:fixtures`: the suite on the real report documents in ../shared/fixtures, then the
# command-line contract check of ../shared/contract. Needs ../shared (developer machines and CI).
set -euo pipefail
cd "$(dirname "$0")/../.."
export TZ=UTC
shared="$(cd .. && pwd)/shared"
[ -d "$shared/fixtures" ] || { echo "no ../shared/fixtures here: the real-document suite needs it" >&2; exit 1; }
# Jest needs vm modules for the ESM-only packages the parsers load (htmlparser2, pdfjs-dist).
run_jest() { NODE_OPTIONS="--experimental-vm-modules" npx jest "$@"; }
mkdir -p tmp
status=0
run_jest -c jest.fixtures.config.js --json --outputFile=tmp/jest-fixtures.json || status=1
node tools/scripts/jest-summary.js tmp/jest-fixtures.json
python3 "$shared/contract/check-contract" --validate || status=1
exit $status
