#!/usr/bin/env bash
# Scorecard benchmark (docs/benchmarks.md, "Scorecard"): the full agency-wide scorecard over the national-scale data
# the import benchmark loaded (150 authorities, 82,000 children, ten years, about 30,000 adoptions), timed as
# GET /api/children/scorecard?period=2025 by a manager whose (benchmark) agency has all 150 authorities as members,
# against one hand-written SQL statement (children-service/src/test/resources/bench/scorecard-a1-a2-a3.sql) that
# computes A1, A2 and A3 for every authority and period, in the same run, with the service's heap at -Xmx512m.
# Runs deploy/bench/import.sh first when its database is missing or empty. The import worker is off here (jobs an
# unfinished import left queued stay queued). Holds /tmp/raa-heavy.lock while measuring.
#
# Usage: deploy/bench/scorecard.sh [national|agency] [seed]     (default: national 903)
# Results: children-service/target/bench/scorecard.txt and scorecard-explain.txt (EXPLAIN ANALYZE of the statement).
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
SIZE="${1:-national}"
SEED="${2:-903}"
DB="${RAA_BENCH_DB:-children_bench_import}"
DATA="$LOCAL/bench-ssda903-$SIZE-$SEED"

ensure_postgres
children=$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  && psql_admin -d "$DB" -tAc "select count(*) from child" 2>/dev/null || echo 0)
if [ "${children:-0}" = 0 ] || [ ! -f "$DATA/authorities.csv" ]; then
  log "no imported $SIZE data in $DB: running deploy/bench/import.sh first"
  deploy/bench/import.sh "$SIZE" "$SEED"
fi

if [ -z "${RAA_HEAVY_LOCK_HELD:-}" ]; then   # set when a caller already holds the lock for a series of runs
  exec 9>/tmp/raa-heavy.lock
  log "waiting for /tmp/raa-heavy.lock"
  flock 9
fi
ensure_rabbitmq
log "scorecard over $DB (service heap -Xmx512m)"
mvnw -o -q -pl children-service -am test -Dtest=ScorecardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench=true -Dbench.ssda903.dir="$DATA" -DargLine="-Xmx512m -XX:+UseSerialGC" \
  -Draa.db.database="$DB" "-D%test.raa.db.database=$DB" -Dquarkus.http.test-port=0 \
  -Draa.clients.adopters.url=http://localhost:1 -Draa.imports.poll-every=off "-D%test.raa.imports.poll-every=off" \
  -Draa.events.relay.enabled=false -Draa.events.exchange=raa.events.benchimport \
  "-D%test.raa.events.exchange=raa.events.benchimport" \
  "-D%test.mp.messaging.incoming.raa-events.queue.name=children.events.benchimport" \
  "-D%test.mp.messaging.incoming.raa-events.dead-letter-queue-name=children.events.benchimport.dlq" >/dev/null

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB," \
  "$(java -version 2>&1 | head -1), PostgreSQL $(psql_admin -d postgres -tAc 'show server_version'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
cat children-service/target/bench/scorecard.txt
