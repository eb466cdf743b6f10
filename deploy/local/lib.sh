#!/usr/bin/env bash
# Shared functions for the run and test commands. Sourced, not executed.
# Everything the project needs on this machine is installed or started here: nothing may rely on a
# service someone started by hand.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="$ROOT/.local"
KEYCLOAK_VERSION="26.7.3"
KEYCLOAK_HOME="$LOCAL/keycloak-$KEYCLOAK_VERSION"
SERVICES=(children adopters matching finance)
mkdir -p "$LOCAL/logs"

log() { printf '\033[1m[raa]\033[0m %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  log "installing $* with apt"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    apt_install postgresql
  fi
  local ver
  ver="$(ls /etc/postgresql | sort -V | tail -n 1)"
  if ! pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" {print $4}' | grep -q online; then
    log "starting PostgreSQL $ver"
    as_root pg_ctlcluster --skip-systemctl-redirect "$ver" main start
  fi
  for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p 5432 && return 0
    sleep 1
  done
  log "PostgreSQL did not become ready on 127.0.0.1:5432"; return 1
}

psql_admin() { as_root runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# One database per service, owned by <svc>_owner (runs Flyway) and used at run time by <svc>_app, a role
# that is neither owner nor superuser, so row-level security applies to it. Tests use <svc>_test, the end-to-end
# suite <svc>_e2e and benchmarks <svc>_bench.
ensure_roles() {
  local svc
  for svc in "${SERVICES[@]}"; do
    psql_admin -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${svc}_owner') THEN
    CREATE ROLE ${svc}_owner LOGIN PASSWORD '${svc}_owner' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${svc}_app') THEN
    CREATE ROLE ${svc}_app LOGIN PASSWORD '${svc}_app' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END \$\$;
SQL
  done
}

prepare_database() { # SERVICE DATABASE
  local svc="$1" db="$2"
  if ! psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
    psql_admin -d postgres -c "CREATE DATABASE $db OWNER ${svc}_owner"
  fi
  psql_admin -d "$db" <<SQL
REVOKE ALL ON DATABASE $db FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE $db TO ${svc}_app;
GRANT USAGE ON SCHEMA public TO ${svc}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE ${svc}_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${svc}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE ${svc}_owner IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO ${svc}_app;
SQL
}

ensure_databases() {
  ensure_roles
  local svc
  for svc in "${SERVICES[@]}"; do prepare_database "$svc" "$svc"; done
}

# fresh_databases SUFFIX: drops and recreates <svc>_SUFFIX for every service, so a test run starts from the
# migrations alone and never from what an earlier run (or an older version of a migration) left behind.
fresh_databases() {
  ensure_roles
  local svc
  for svc in "${SERVICES[@]}"; do
    psql_admin -d postgres -c "DROP DATABASE IF EXISTS ${svc}_$1 WITH (FORCE)"
    prepare_database "$svc" "${svc}_$1"
  done
}

# fresh_queues SUFFIX: deletes the stack's RabbitMQ queues, so no message from an earlier run is delivered.
fresh_queues() {
  local svc q
  for svc in "${SERVICES[@]}"; do
    for q in "$svc.events.$1" "$svc.events.$1.dlq"; do
      as_root rabbitmqctl -q delete_queue "$q" >/dev/null 2>&1 || true
    done
  done
}

ensure_rabbitmq() {
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    apt_install rabbitmq-server
  fi
  if ! as_root rabbitmqctl -q status >/dev/null 2>&1; then
    log "starting RabbitMQ"
    as_root rabbitmq-server -detached
  fi
  as_root rabbitmqctl -q await_startup --timeout 120 >/dev/null
  for _ in $(seq 1 60); do
    (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null && return 0
    sleep 1
  done
  log "RabbitMQ did not open 127.0.0.1:5672"; return 1
}

mvnw() { (cd "$ROOT" && ./mvnw -B -ntp "$@"); }

ensure_keycloak() {
  if [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
    log "fetching Keycloak $KEYCLOAK_VERSION from Maven Central"
    mvnw -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$LOCAL" -Dmdep.overWriteReleases=true
  fi
}

# start_keycloak PORT: starts a dev-mode Keycloak with the ace realm imported fresh; prints its pid.
start_keycloak() {
  local port="$1"
  local data="$LOCAL/keycloak-data-$port"
  rm -rf "$data"; mkdir -p "$data" "$KEYCLOAK_HOME/data/import"
  cp "$ROOT/deploy/keycloak/ace-realm.json" "$KEYCLOAK_HOME/data/import/ace-realm.json"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  JAVA_OPTS_KC_HEAP="-Xms128m -Xmx512m" \
    setsid "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port="$port" --import-realm \
      --http-management-port=$((port + 820)) --health-enabled=true \
      --db=dev-file --db-url="jdbc:h2:file:$data/keycloakdb;NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE" \
      > "$LOCAL/logs/keycloak-$port.log" 2>&1 < /dev/null &
  echo $!
}

wait_http() { # URL TIMEOUT_SECONDS NAME
  local url="$1" timeout="$2" name="$3" i
  for i in $(seq 1 "$timeout"); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 1
  done
  log "$name did not answer at $url within ${timeout}s"; return 1
}

# Kills a process group started with setsid, politely then firmly.
stop_group() {
  local pid="$1"
  [ -n "$pid" ] || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}

# The five applications and their ports (ARCHITECTURE.md "Running it"). A second stack (the end-to-end suite,
# benchmarks) runs beside the first with use_stack NAME PORT_BASE: its own ports, databases <svc>_NAME and
# RabbitMQ exchange and queues, so it never touches the run command's data.
APPS=(children adopters matching finance gateway)
declare -A APP_PORTS=([children]=8081 [adopters]=8082 [matching]=8083 [finance]=8084 [gateway]=8080)
STACK=""
module_of() { if [ "$1" = gateway ]; then echo gateway; else echo "$1-service"; fi; }

use_stack() { # NAME PORT_BASE
  STACK="$1"
  APP_PORTS=([gateway]=$2 [children]=$(($2 + 1)) [adopters]=$(($2 + 2)) [matching]=$(($2 + 3)) [finance]=$(($2 + 4)))
}

apps_built() {
  local app
  for app in "${APPS[@]}"; do
    [ -f "$ROOT/$(module_of "$app")/target/quarkus-app/quarkus-run.jar" ] || return 1
  done
}

# start_app APP KEYCLOAK_URL [extra -D options...]: starts one application in its own process group; prints its pid.
start_app() {
  local app="$1" kc="$2"; shift 2
  local module; module="$(module_of "$app")"
  local opts=(-Dquarkus.http.port="${APP_PORTS[$app]}" -Draa.keycloak.url="$kc")
  if [ "$app" = gateway ]; then
    local svc
    for svc in "${SERVICES[@]}"; do opts+=(-Draa.gateway.routes.$svc.url="http://localhost:${APP_PORTS[$svc]}"); done
    opts+=(-Draa.gateway.headers.ui-origins="http://localhost:${APP_PORTS[gateway]}")
  elif [ -n "$STACK" ]; then
    opts+=(-Draa.db.database="${app}_$STACK" -Draa.events.exchange="raa.events.$STACK"
      -Dmp.messaging.incoming.raa-events.queue.name="$app.events.$STACK"
      -Dmp.messaging.incoming.raa-events.dead-letter-queue-name="$app.events.$STACK.dlq")
  fi
  local logfile="$LOCAL/logs/$module${STACK:+-$STACK}.log"
  setsid java -Xmx384m -XX:+UseSerialGC "${opts[@]}" "$@" \
    -jar "$ROOT/$module/target/quarkus-app/quarkus-run.jar" > "$logfile" 2>&1 < /dev/null &
  echo $!
}

wait_apps_ready() {
  local app
  for app in "${APPS[@]}"; do
    wait_http "http://localhost:${APP_PORTS[$app]}/q/health/ready" 180 "$(module_of "$app")" || {
      log "see $LOCAL/logs/$(module_of "$app")${STACK:+-$STACK}.log"; return 1; }
  done
}

ports_free() {
  local port
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      log "port $port is already in use: is the stack already running? Stop it first."; return 1
    fi
  done
}
