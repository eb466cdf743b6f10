#!/usr/bin/env bash
# The test command: makes sure PostgreSQL and RabbitMQ are installed and running, prepares the databases, starts a
# throw-away Keycloak with the ace realm (port 8190, so a running stack on 8180 is left alone), then builds and runs
# every test. Extra arguments go to Maven (e.g. ./test.sh -pl children-service -am).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_TEST_PORT="${RAA_TEST_KEYCLOAK_PORT:-8190}"
started=()
cleanup() { local pid; for pid in "${started[@]}"; do stop_group "$pid"; done; }
trap cleanup EXIT
trap 'exit 130' INT TERM

SECONDS=0
ensure_postgres
ensure_rabbitmq
ensure_databases
# Tests start from empty databases and queues: nothing an earlier run (or an older migration) left can leak in.
fresh_databases test
fresh_queues test
ensure_keycloak
# The Kubernetes manifest checks render overlays with kubectl's built-in kustomize.
command -v kubectl >/dev/null 2>&1 || apt_install kubernetes-client
if curl -fsS -o /dev/null "http://localhost:$KC_TEST_PORT/realms/ace" 2>/dev/null; then
  log "a Keycloak already answers on $KC_TEST_PORT; stop it first (tests need a fresh realm import)"; exit 1
fi
log "starting Keycloak $KEYCLOAK_VERSION for the tests on port $KC_TEST_PORT"
started+=("$(start_keycloak "$KC_TEST_PORT")")
wait_http "http://localhost:$KC_TEST_PORT/realms/ace/.well-known/openid-configuration" 300 Keycloak
log "services ready after ${SECONDS}s; building and testing"

cd "$ROOT"
status=0
./mvnw -B -ntp verify -Draa.e2e.keycloak-url="http://localhost:$KC_TEST_PORT" "$@" || status=$?
# Then the end-to-end suite against this Keycloak (docs/testing.md, "End-to-end suite"): a second stack of the five
# applications on 9080-9084, the e2e-tests module and the Swagger UI login in headless chromium. Only after a
# passing full build: a run narrowed with Maven arguments skips it unless RAA_E2E=1; RAA_E2E=0 always skips it.
if [ "$status" -eq 0 ] && [ "${RAA_E2E:-}" != 0 ] && { [ $# -eq 0 ] || [ "${RAA_E2E:-}" = 1 ]; }; then
  "$ROOT/deploy/local/e2e.sh" "http://localhost:$KC_TEST_PORT" || status=$?
fi
log "tests finished in ${SECONDS}s with exit code $status"
exit $status
