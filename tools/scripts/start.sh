#!/usr/bin/env bash
# `npm start` (after `npm ci`): the whole platform on this machine, in the foreground.
# Starts PostgreSQL/Redis if down, creates and migrates the database, builds, runs api (4000), worker
# and web (3000), submits the demo reports through the real pipeline, prints the URLs. Ctrl-C stops all.
set -euo pipefail
# A script started in the background (`bash start.sh &` in another script) inherits SIGINT as ignored,
# and bash cannot trap a signal ignored on entry: re-exec once with SIGINT at its default, so that
# Ctrl-C and `kill -INT` always reach the trap below that stops the platform.
if [ -z "${NIANBAO_START_SIGINT:-}" ] && command -v python3 >/dev/null; then
  export NIANBAO_START_SIGINT=1
  exec python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp("bash", ["bash", *sys.argv[1:]])' "$0" "$@"
fi
cd "$(dirname "$0")/../.."
root="$(pwd)"
export TZ=UTC CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1 NX_DAEMON=false
export DATABASE_URL="${DATABASE_URL:-postgresql://postgres:postgres@127.0.0.1:5432/nianbao}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
export API_PORT="${API_PORT:-4000}" WEB_PORT="${WEB_PORT:-3000}" WORKER_HEALTH_PORT="${WORKER_HEALTH_PORT:-4001}"
export API_URL="${API_URL:-http://127.0.0.1:${API_PORT}/api/v1}"
node="$root/node_modules/.bin/node"
mkdir -p tmp/logs

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

for port in "$API_PORT" "$WEB_PORT" "$WORKER_HEALTH_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is already in use: stop what runs there, or set API_PORT / WEB_PORT / WORKER_HEALTH_PORT" >&2
    exit 1
  fi
done

say "services"
bash tools/scripts/ensure-services.sh

say "database"
db_name="${DATABASE_URL##*/}"; db_name="${db_name%%\?*}"
admin_url="${DATABASE_URL%/*}/postgres"
if [ "$(psql "$admin_url" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db_name'")" != "1" ]; then
  psql "$admin_url" -qc "CREATE DATABASE \"$db_name\""
  echo "created database $db_name"
fi
npm run --silent generate -w @nianbao/db >/dev/null
# `prisma migrate deploy` finishes its work at once, then its process lingers ~10 s (offline-stack.md).
if ! (cd libs/db && timeout 120 "$root/node_modules/.bin/prisma" migrate deploy --config prisma.config.ts >"$root/tmp/logs/migrate.log" 2>&1); then
  cat tmp/logs/migrate.log >&2
  echo "migration failed" >&2
  exit 1
fi
grep -E 'applied|pending' tmp/logs/migrate.log | tail -n 1

say "build"
npm run --silent build
"$root/node_modules/.bin/tsc" -b tools/scripts/seed-demo

pids=()
stop_all() {
  trap - INT TERM EXIT
  stopping=1
  if [ "${#pids[@]}" -gt 0 ]; then
    say "stopping"
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop_all INT TERM EXIT

say "start"
"$node" apps/api/dist/main.js > tmp/logs/api.log 2>&1 &
pids+=($!)
"$node" apps/worker/dist/main.js > tmp/logs/worker.log 2>&1 &
pids+=($!)
(cd apps/web && PATH="$root/node_modules/.bin:$PATH" exec next start -p "$WEB_PORT") > tmp/logs/web.log 2>&1 &
pids+=($!)

wait_for() { # name url
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$2" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "$1 did not come up at $2 (see tmp/logs)" >&2
  return 1
}
wait_for api "$API_URL/health"
wait_for worker "http://127.0.0.1:$WORKER_HEALTH_PORT/health"
wait_for web "http://127.0.0.1:$WEB_PORT/"

say "demo data"
"$node" tools/scripts/seed-demo/dist/seed-demo.js --api "$API_URL" || echo "demo data incomplete (see above)" >&2

say "running"
cat <<URLS
  web      http://127.0.0.1:$WEB_PORT/
  api      $API_URL   (e.g. $API_URL/reports, $API_URL/findings/summary, $API_URL/health)
  worker   http://127.0.0.1:$WORKER_HEALTH_PORT/health
  logs     tmp/logs/{api,worker,web}.log
Ctrl-C stops everything.
URLS
# Stay in the foreground until one of the processes ends (or Ctrl-C).
wait -n "${pids[@]}" || true
[ -n "${stopping:-}" ] || echo "a process exited; stopping the others" >&2
