#!/usr/bin/env bash
# Browser tests: starts the whole platform (`npm start`'s script) on its own database, Redis index and
# ports, waits until it serves, runs the playwright-core tests against it, and stops it.
set -euo pipefail
cd "$(dirname "$0")/../.."
export TZ=UTC CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1
# Ports of their own, so a platform already running on this machine (npm start) is left alone.
free_port() { local p=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }
export API_PORT="${E2E_API_PORT:-$(free_port 4100)}"
export WORKER_HEALTH_PORT="${E2E_WORKER_PORT:-$(free_port $((API_PORT + 1)))}"
export WEB_PORT="${E2E_WEB_PORT:-$(free_port 3100)}"
export DATABASE_URL="postgresql://postgres:postgres@127.0.0.1:5432/nianbao_e2e"
export REDIS_URL="redis://127.0.0.1:6379/12" QUEUE_PREFIX="nianbao-e2e"
export API_URL="http://127.0.0.1:${API_PORT}/api/v1" WEB_URL="http://127.0.0.1:${WEB_PORT}"
# Jest needs vm modules for the ESM-only packages the parsers load (htmlparser2, pdfjs-dist).
run_jest() { NODE_OPTIONS="--experimental-vm-modules" npx jest "$@"; }
mkdir -p tmp/logs

psql "postgresql://postgres:postgres@127.0.0.1:5432/postgres" -qc 'DROP DATABASE IF EXISTS nianbao_e2e WITH (FORCE)'
redis-cli -n 12 flushdb >/dev/null

log=tmp/logs/e2e-platform.log
bash tools/scripts/start.sh >"$log" 2>&1 &
platform=$!
stop() { kill -TERM "$platform" 2>/dev/null || true; wait "$platform" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 600); do
  grep -q '== running' "$log" && break
  kill -0 "$platform" 2>/dev/null || { cat "$log" >&2; echo "the platform did not start" >&2; exit 1; }
  sleep 1
done
grep -q '== running' "$log" || { tail -n 40 "$log" >&2; echo "the platform did not start in 10 minutes" >&2; exit 1; }

run_jest -c apps/web/jest.e2e.config.js --runInBand --json --outputFile=tmp/jest-e2e.json
