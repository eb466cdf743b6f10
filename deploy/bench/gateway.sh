#!/usr/bin/env bash
# Rerunnable benchmark: an authenticated child read (GET /api/children/{id}, Coventry case-system token) at a fixed
# arrival rate (Hyperfoil 0.25.2, open model), first through the gateway, then straight to children-service.
# Starts its own stack (Keycloak 8200, applications 10080-10084 on core 0, databases <svc>_bench), runs Hyperfoil
# on core 1, prints p50 / p99 / max / errors and stops everything it started. Holds /tmp/raa-heavy.lock throughout.
# Usage: deploy/bench/gateway.sh        (RAA_BENCH_RATE=200, RAA_BENCH_DURATION=60s, RAA_BENCH_WARMUP=60s)
# Results: .local/bench/gateway.md (and the Hyperfoil logs beside it). Targets: docs/benchmarks.md.
set -euo pipefail
source "$(dirname "$0")/../local/lib.sh"
source "$ROOT/deploy/bench/bench-lib.sh"
RATE="${RAA_BENCH_RATE:-200}"
DURATION="${RAA_BENCH_DURATION:-60s}"
WARMUP="${RAA_BENCH_WARMUP:-60s}"

trap bench_cleanup EXIT
trap 'exit 130' INT TERM
bench_prepare
bench_machine
bench_keycloak
bench_start_stack
sleep 10   # let start-up work (Flyway, relays, consumers) settle before the idle memory reading
IDLE_RSS="$(bench_rss)"

# One Coventry child, registered through the gateway as Coventry's case system would.
TOKEN=$(client_token coventry)
CHILD=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"childReference":"BENCH-READ-1","dateOfBirth":"2019-03-14","sex":"FEMALE","ethnicity":"WBRI","disability":false}' \
  "http://localhost:${APP_PORTS[gateway]}/api/children" | json_field id)
log "child $CHILD registered; $RATE requests/s for $DURATION after $WARMUP of warm-up (8 users back to back)"

run() { # NAME BASE
  local logf
  logf=$(hyperfoil child-read.yaml "$1" BASE="$2" CHILD="$CHILD" TOKEN="$(client_token coventry)" RATE="$RATE" \
    WARMUP="$WARMUP" DURATION="$DURATION")
  python3 "$ROOT/deploy/bench/hyperfoil-report.py" "$1" "$logf" measure/
}
GATEWAY_ROW=$(run gateway "http://localhost:${APP_PORTS[gateway]}")
DIRECT_ROW=$(run direct "http://localhost:${APP_PORTS[children]}")

{
  cat "$BENCH_OUT/machine.txt" "$BENCH_OUT/others.txt"
  echo
  echo "| path | phase/metric | requests | achieved | p50 | p99 | max | errors |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "$GATEWAY_ROW"
  echo "$DIRECT_ROW"
  echo
  echo "gateway run (warm-up and measured): $(cat "$BENCH_OUT/gateway.cpu")"
  echo "direct run (warm-up and measured): $(cat "$BENCH_OUT/direct.cpu")"
  echo
  echo "| application | ready in (started alone, core 0) | idle RSS |"
  echo "|---|---|---|"
  echo "$IDLE_RSS"
} | tee "$BENCH_OUT/gateway.md"
