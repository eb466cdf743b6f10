#!/usr/bin/env bash
# The run command: builds what is missing, makes sure PostgreSQL and RabbitMQ are running (installing them if
# needed), starts Keycloak with the ace realm and the five applications, loads the demo data, prints where to look,
# and stays in the foreground. Ctrl-C stops everything it started and nothing else.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_PORT=8180
started=()
cleanup() {
  # Stop first, talk after: the terminal or a pipe (./run.sh | tee) may already be gone, so no write may fail here.
  trap - EXIT INT TERM HUP
  trap '' PIPE
  local pid
  for pid in "${started[@]}"; do stop_group "$pid"; done
  if [ -n "${STARTED_RABBIT:-}" ]; then as_root rabbitmqctl -q stop >/dev/null 2>&1 || true; fi
  if [ -n "${STARTED_PG:-}" ]; then
    as_root pg_ctlcluster --skip-systemctl-redirect "$STARTED_PG" main stop >/dev/null 2>&1 || true
  fi
  log "stopped everything this command started" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# Remember whether we start PostgreSQL or RabbitMQ, so that Ctrl-C stops only what we started.
pg_ver="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -n "$pg_ver" ] && ! pg_lsclusters -h | awk -v v="$pg_ver" '$1==v && $2=="main" {print $4}' | grep -q online; then
  STARTED_PG="$pg_ver"
fi
if command -v rabbitmqctl >/dev/null 2>&1 && ! as_root rabbitmqctl -q status >/dev/null 2>&1; then
  STARTED_RABBIT=1
fi
ensure_postgres
ensure_rabbitmq
ensure_databases
ensure_keycloak

ports_free "$KC_PORT" "${APP_PORTS[@]}" || exit 1

if ! apps_built || [ "${1:-}" = "--rebuild" ]; then
  log "building the applications (tests are the test command's job)"
  mvnw -q -DskipTests package
fi

log "starting Keycloak on $KC_PORT"
started+=("$(start_keycloak "$KC_PORT")")

# Keycloak first: the applications discover its keys when they start.
wait_http "http://localhost:$KC_PORT/realms/ace/.well-known/openid-configuration" 300 Keycloak
for app in "${APPS[@]}"; do
  log "starting $(module_of "$app") on ${APP_PORTS[$app]}"
  started+=("$(start_app "$app" "http://localhost:$KC_PORT")")
done
wait_apps_ready || exit 1

"$ROOT/deploy/local/demo-data.sh" "http://localhost:$KC_PORT" || log "demo data: some steps failed (see above)"

cat <<MSG

  The RAA platform is running. Ctrl-C stops it.

  Swagger UI (log in as ace.manager / demo)   http://localhost:8080/q/swagger-ui
  Gateway                                     http://localhost:8080/api/<service>/...
  children-service                            http://localhost:8081/q/swagger-ui   (ready: /q/health/ready)
  adopters-service                            http://localhost:8082/q/swagger-ui
  matching-service                            http://localhost:8083/q/swagger-ui
  finance-service                             http://localhost:8084/q/swagger-ui
  Keycloak (admin / admin), realm ace         http://localhost:$KC_PORT/admin/master/console/#/ace
  Demo users (password demo): ace.manager, ace.practitioner, ace.finance, coventry.staff, solihull.staff, ...
  Case-system clients: coventry-case-system / coventry-secret (and the same for each authority)
  Logs                                        $LOCAL/logs/

MSG

# Stay in the foreground until Ctrl-C, or until an application dies.
while true; do
  for pid in "${started[@]}"; do
    if ! kill -0 "$pid" 2>/dev/null; then log "a process of the stack ($pid) stopped; see $LOCAL/logs"; exit 1; fi
  done
  sleep 2
done
