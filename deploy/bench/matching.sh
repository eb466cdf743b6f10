#!/usr/bin/env bash
# Rerunnable matching benchmark: the in-process ranking of 10,000 households (RankingBenchmark) and the search path
# over HTTP (token, row-level security, projections in PostgreSQL, ranking, audit) against N generated waiting
# households, which it removes again. Needs PostgreSQL and RabbitMQ as ./test.sh prepares them.
# Usage: deploy/bench/matching.sh [households, default 2000]. Results: matching-service/target/bench/matching.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
HOUSEHOLDS="${1:-2000}"
flock /tmp/mvn-matching-service.lock ./mvnw -o -B -q test -pl matching-service -Dtest=SearchPathBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true -Dbench.households="$HOUSEHOLDS" >/dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
cat matching-service/target/bench/matching.txt
