#!/usr/bin/env bash
# The end-to-end suite: a second stack of the five applications (ports 9080-9084, databases <svc>_e2e, RabbitMQ
# exchange raa.events.e2e) against a running Keycloak with the ace realm, then
#   1. the e2e-tests Maven module (the tenancy story and the cross-authority probe, through the gateway), and
#   2. the Swagger UI login in headless Debian chromium (deploy/e2e/browser/swagger-login.mjs).
# Usage: deploy/local/e2e.sh KEYCLOAK_URL      (the test command passes its Keycloak, http://localhost:8190)
# Needs the applications packaged (./mvnw verify or package has run); packages them with -DskipTests otherwise.
# Stops every application it started, and nothing else, when it ends.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_URL="${1:?usage: deploy/local/e2e.sh KEYCLOAK_URL (e.g. http://localhost:8190)}"
KC_URL="${KC_URL%/}"
E2E_PORT="${RAA_E2E_PORT:-9080}"
GATEWAY_URL="http://localhost:$E2E_PORT"

e2e_started=()
e2e_cleanup() { local pid; for pid in "${e2e_started[@]}"; do stop_group "$pid"; done; }
trap e2e_cleanup EXIT
trap 'exit 130' INT TERM

SECONDS=0
wait_http "$KC_URL/realms/ace/.well-known/openid-configuration" 120 Keycloak
use_stack e2e "$E2E_PORT"
ports_free "$E2E_PORT" $((E2E_PORT + 1)) $((E2E_PORT + 2)) $((E2E_PORT + 3)) $((E2E_PORT + 4))
ensure_postgres
ensure_rabbitmq
fresh_databases e2e
fresh_queues e2e
if ! apps_built; then
  log "applications not packaged yet; packaging them (tests skipped)"
  mvnw -q -DskipTests package
fi

log "starting the end-to-end stack on $E2E_PORT-$((E2E_PORT + 4)) against Keycloak $KC_URL"
for app in "${APPS[@]}"; do
  e2e_started+=("$(start_app "$app" "$KC_URL")")
done
wait_apps_ready
log "stack ready after ${SECONDS}s; logs in $LOCAL/logs/*-e2e.log"

status=0
log "end-to-end suite (e2e-tests) against $GATEWAY_URL"
mvnw -pl e2e-tests verify -Draa.e2e.gateway-url="$GATEWAY_URL" -Draa.e2e.keycloak-url="$KC_URL" || status=$?

log "Swagger UI login in headless chromium"
[ -x /usr/bin/chromium ] || apt_install chromium
command -v npm >/dev/null 2>&1 || apt_install nodejs npm
browser_status=0
(cd "$ROOT/deploy/e2e/browser" && npm ci --no-audit --no-fund --loglevel=error \
  && RAA_E2E_GATEWAY_URL="$GATEWAY_URL" RAA_E2E_KEYCLOAK_URL="$KC_URL" \
     RAA_E2E_SCREENSHOTS="$LOCAL/logs" node swagger-login.mjs) || browser_status=$?
[ "$status" -ne 0 ] || status=$browser_status

log "end-to-end finished in ${SECONDS}s with exit code $status"
exit "$status"
