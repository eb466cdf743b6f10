#!/usr/bin/env bash
# Load suite: mixed open-model load through the gateway (Hyperfoil 0.25.2, deploy/bench/hyperfoil/load-mixed.yaml):
# reads and writes of children, family search, scorecard CSV export and SSDA903 import, 200 requests/s together.
# Starts its own stack (Keycloak 8200, applications 10080-10084 on core 0, databases <svc>_bench), records how long
# each application took to be ready when started alone and its idle memory, loads the data the scenarios need,
# runs a warm-up and then the measured run with Hyperfoil on core 1, prints p50 / p99 / max / errors per scenario and
# stops everything it started. Holds /tmp/raa-heavy.lock throughout.
# Usage: deploy/bench/load.sh           (RAA_BENCH_DURATION=60s, RAA_BENCH_WARMUP=60s, RAA_BENCH_HOUSEHOLDS=200)
# Results: .local/bench/load.md (and the Hyperfoil logs beside it). Targets and past results: docs/benchmarks.md.
set -euo pipefail
source "$(dirname "$0")/../local/lib.sh"
source "$ROOT/deploy/bench/bench-lib.sh"
DURATION="${RAA_BENCH_DURATION:-60s}"
WARMUP="${RAA_BENCH_WARMUP:-60s}"
HOUSEHOLDS="${RAA_BENCH_HOUSEHOLDS:-200}"
SSDA903="${RAA_SSDA903_DIR:-$ROOT/../shared/data/ssda903-fake}"
# The mix, in requests/s (200 in all): mostly council reads, a fifth writes, some searches, exports and imports.
MIX=(R_READ=110 R_LIST=24 R_WRITE=40 R_SEARCH=15 R_EXPORT=10 R_IMPORT=1)
[ -f "$SSDA903/ad1.csv" ] || { log "no SSDA903 files in $SSDA903 (set RAA_SSDA903_DIR)"; exit 1; }

trap bench_cleanup EXIT
trap 'exit 130' INT TERM
bench_prepare
bench_machine
bench_keycloak
bench_start_stack
sleep 10   # let start-up work (Flyway, relays, consumers) settle before the idle memory reading
IDLE_RSS="$(bench_rss)"
GW="http://localhost:${APP_PORTS[gateway]}"

# Data the scenarios need, through the gateway as its users would send it.
COUNCIL=$(client_token coventry)
CHILD=$(curl -fsS -H "Authorization: Bearer $COUNCIL" -H 'Content-Type: application/json' \
  -d '{"childReference":"BENCH-READ-1","dateOfBirth":"2019-03-14","sex":"FEMALE","ethnicity":"WBRI","disability":false}' \
  "$GW/api/children" | json_field id)
# Family search reads matching's projections only; the operator's reconciliation endpoints put a waiting child and
# HOUSEHOLDS approved households there without walking each one through the adopters' two-stage approval.
MANAGER=$(user_token ace.manager)
put_json() { # PATH BODY
  curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $MANAGER" -H 'Content-Type: application/json' -d "$2" "$GW$1"
}
SEARCH_CHILD=$(cat /proc/sys/kernel/random/uuid)
put_json "/api/matching/projections/children/$SEARCH_CHILD" '{"authority":"coventry","dateOfBirth":"2021-05-10",
  "sex":"FEMALE","ethnicity":"WBRI","disability":false,"needs":{"HEALTH":"LOW","DEVELOPMENT":"NONE","BEHAVIOUR":"NONE",
  "EDUCATION":"NONE"},"excludedAreas":[],"available":true,"availableSince":"2024-09-01","earlyPermanenceWanted":false}'
areas=(coventry solihull warwickshire worcestershire herefordshire OUTSIDE_AGENCY)
levels=(LOW MEDIUM HIGH)
for i in $(seq 1 "$HOUSEHOLDS"); do
  put_json "/api/matching/projections/households/$(cat /proc/sys/kernel/random/uuid)" "{\"reference\":\"BENCH-HH-$i\",
    \"numberOfAdopters\":$((i % 2 + 1)),\"areaOfResidence\":\"${areas[$((i % 6))]}\",\"recruitingAgency\":\"ace\",
    \"recruitingAgencyType\":\"REGIONAL_ADOPTION_AGENCY\",\"childrenCapacity\":$((i % 3 + 1)),\"minAgeYears\":0,
    \"maxAgeYears\":$((i % 8 + 2)),\"siblingGroupsAccepted\":$([ $((i % 2)) = 0 ] && echo true || echo false),
    \"needAcceptance\":{\"HEALTH\":\"${levels[$((i % 3))]}\",\"DEVELOPMENT\":\"${levels[$(((i + 1) % 3))]}\",
    \"BEHAVIOUR\":\"${levels[$(((i + 2) % 3))]}\",\"EDUCATION\":\"MEDIUM\"},\"excludedAreas\":[],
    \"earlyPermanenceWilling\":$([ $((i % 3)) = 0 ] && echo true || echo false),\"approvalDate\":\"2024-0$((i % 9 + 1))-15\",
    \"status\":\"APPROVED_WAITING\"}"
done
# The SSDA903 return every import sends: the 29 adopted children of the synthetic data set and their rows.
python3 - "$SSDA903" "$BENCH_OUT/ssda903-body.bin" <<'PY'
import csv, io, sys
src, out = sys.argv[1], sys.argv[2]
ids = {row["CHILD"] for row in csv.DictReader(open(f"{src}/ad1.csv", newline=""))}
def subset(name):
    lines = open(f"{src}/{name}", newline="").read().splitlines()
    keep = [lines[0]] + [l for l in lines[1:] if l.split(",", 1)[0] in ids]
    return "\r\n".join(keep) + "\r\n"
parts = [("collectionYear", None, "2019/20")] + [(field, name, subset(name)) for field, name in
    [("header", "header.csv"), ("episodes", "episodes.csv"), ("ad1", "ad1.csv"),
     ("placedAdoption", "placed_for_adoption.csv")]]
body = io.StringIO()
for field, filename, content in parts:
    body.write("--raa-bench-boundary\r\n")
    if filename:
        body.write(f'Content-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
                   "Content-Type: text/csv\r\n\r\n")
    else:
        body.write(f'Content-Disposition: form-data; name="{field}"\r\n\r\n')
    body.write(content + "\r\n")
body.write("--raa-bench-boundary--\r\n")
open(out, "w", newline="").write(body.getvalue())
PY
log "data in place: child $CHILD, search child $SEARCH_CHILD, $HOUSEHOLDS households"

run() { # NAME DURATION
  hyperfoil load-mixed.yaml "$1" BASE="$GW" CHILD="$CHILD" SEARCH_CHILD="$SEARCH_CHILD" \
    COUNCIL="$(client_token coventry)" PRACTITIONER="$(user_token ace.practitioner)" \
    IMPORT_BODY="$BENCH_OUT/ssda903-body.bin" DURATION="$2" "${MIX[@]}"
}
# Warm-up: the same mix at half the rate, so the JIT compilers finish without a queue building up.
HALF=()
for kv in "${MIX[@]}"; do HALF+=("${kv%%=*}=$(python3 -c "print(${kv#*=} / 2)")"); done
MIX_FULL=("${MIX[@]}"); MIX=("${HALF[@]}")
run load-warmup "$WARMUP" >/dev/null
MIX=("${MIX_FULL[@]}")
LOAD_LOG=$(run load "$DURATION")
ROWS=$(python3 "$ROOT/deploy/bench/hyperfoil-report.py" mixed "$LOAD_LOG")
LOADED_RSS="$(bench_rss)"
# Each application restarted alone (both cores, database migrated), after the load: ready in and idle memory.
: > "$BENCH_OUT/alone.txt"
for app in "${SERVICES[@]}"; do bench_restart_alone "$app"; done
bench_restart_alone gateway -Draa.gateway.rate-limit.default-per-second=5000 -Draa.gateway.rate-limit.burst=5000

{
  cat "$BENCH_OUT/machine.txt" "$BENCH_OUT/others.txt"
  echo "mix (requests/s): ${MIX[*]}; $HOUSEHOLDS households in matching's projection; measured for $DURATION after $WARMUP at half the rate"
  echo
  echo "| load | phase/metric | requests | achieved | p50 | p99 | max | errors |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "$ROWS"
  echo
  echo "load run (measured only): $(cat "$BENCH_OUT/load.cpu")"
  echo
  echo "First start, one at a time, pinned to core 0, empty database (migrations run):"
  echo
  echo "| application | ready in | idle RSS |"
  echo "|---|---|---|"
  echo "$IDLE_RSS"
  echo
  echo "RSS after the load:$(echo "$LOADED_RSS" | awk -F'|' '{printf " %s%s", $2, $4}')"
  echo
  echo "Restarted alone after the load, both cores, database already migrated:"
  echo
  echo "| application | ready in | RSS after 10 s idle |"
  echo "|---|---|---|"
  cat "$BENCH_OUT/alone.txt"
} | tee "$BENCH_OUT/load.md"
