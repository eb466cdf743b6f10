#!/usr/bin/env bash
# SSDA903 import benchmark (docs/benchmarks.md, "SSDA903 import"): generates the national-scale set if it is missing
# (150 authorities, 82,000 children, about 235,000 episodes, ten collection years: 1,500 returns), then imports every
# return through the service's own upload API and import worker (children-service ImportBenchmark, a @QuarkusTest
# run only with -Dbench=true) in a JVM limited to -Xmx512m, against a freshly created database, and times it from
# the first upload to the last job finished. The scheduled outbox relay is off during the import; relaying the events
# it wrote is timed afterwards and reported separately. The whole run holds /tmp/raa-heavy.lock.
#
# Usage: deploy/bench/import.sh [national|agency] [seed]     (default: national 903)
# Results: children-service/target/bench/import.txt; the database (children_bench_import) is left for scorecard.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
SIZE="${1:-national}"
SEED="${2:-903}"
DB="${RAA_BENCH_DB:-children_bench_import}"
DATA="$LOCAL/bench-ssda903-$SIZE-$SEED"

if [ -z "${RAA_HEAVY_LOCK_HELD:-}" ]; then   # set when a caller already holds the lock for a series of runs
  exec 9>/tmp/raa-heavy.lock
  log "waiting for /tmp/raa-heavy.lock"
  flock 9
fi
ensure_postgres
ensure_rabbitmq
if [ ! -f "$DATA/authorities.csv" ]; then
  log "generating the $SIZE set (seed $SEED) into $DATA"
  mvnw -q -o -pl children-service -am test-compile
  java -cp children-service/target/test-classes:children-service/target/classes \
    uk.raa.children.bench.Ssda903Generator "$SIZE" "$SEED" "$DATA"
fi
ensure_roles
psql_admin -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
prepare_database children "$DB"
as_root rabbitmqctl -q delete_queue children.events.benchimport >/dev/null 2>&1 || true
as_root rabbitmqctl -q delete_queue children.events.benchimport.dlq >/dev/null 2>&1 || true

log "importing $DATA into $DB (service heap -Xmx512m)"
rm -f children-service/target/bench/import.txt
# RAA_BENCH_TIMEOUT (seconds, default 3600) bounds the run; the job table below still shows how far it got.
timeout "${RAA_BENCH_TIMEOUT:-3600}" ./mvnw -B -ntp -o -q -pl children-service -am test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench=true -Dbench.ssda903.dir="$DATA" -DargLine="-Xmx512m -XX:+UseSerialGC" \
  -Draa.db.database="$DB" "-D%test.raa.db.database=$DB" -Dquarkus.http.test-port=0 \
  -Draa.events.relay.enabled=false -Draa.events.exchange=raa.events.benchimport \
  "-D%test.raa.events.exchange=raa.events.benchimport" \
  "-D%test.mp.messaging.incoming.raa-events.queue.name=children.events.benchimport" \
  "-D%test.mp.messaging.incoming.raa-events.dead-letter-queue-name=children.events.benchimport.dlq" >/dev/null \
  || log "the benchmark did not finish (timeout or failure); the job table below says how far the import got"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB," \
  "$(java -version 2>&1 | head -1), PostgreSQL $(psql_admin -d postgres -tAc 'show server_version'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
cat children-service/target/bench/import.txt 2>/dev/null || true
psql_admin -d "$DB" -tA -F ' ' -c "select 'jobs:', count(*), 'done:', count(*) filter (where status = 'DONE'),
  'children done:', sum(children_done), 'of', sum(children_total), 'first created:', min(created_at),
  'last finished:', max(finished_at), 'seconds:', round(extract(epoch from max(finished_at) - min(created_at))::numeric, 1)
  from import_job"
psql_admin -d "$DB" -tA -F ' ' -c "select 'database: children', (select count(*) from child), 'facts', (select count(*) from journey_fact),
  'history', (select count(*) from journey_change), 'outbox', (select count(*) from outbox_event),
  'findings', (select count(*) from import_finding), 'error findings', (select count(*) from import_finding where severity = 'ERROR')"
