#!/usr/bin/env bash
# Shared by deploy/bench/gateway.sh and deploy/bench/load.sh. Sourced after deploy/local/lib.sh.
# The bench stack: Keycloak on 8200 (management 9020), gateway 10080, children 10081, adopters 10082,
# matching 10083, finance 10084, databases <svc>_bench, exchange raa.events.bench. The applications run on core 0,
# Hyperfoil on core 1. PostgreSQL, RabbitMQ and Keycloak are not pinned (they are shared with the machine).

BENCH_KC_PORT=8200
BENCH_BASE=10080
BENCH_OUT="$LOCAL/bench"
BENCH_PIDS=()
mkdir -p "$BENCH_OUT"

bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do stop_group "$pid"; done
  BENCH_PIDS=()
}

json_field() { python3 -c 'import sys,json; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# Builds the applications when they are missing, then holds the machine's heavy-work lock until the script ends.
bench_prepare() {
  ensure_postgres
  ensure_rabbitmq
  ensure_keycloak
  use_stack bench "$BENCH_BASE"
  ports_free "$BENCH_KC_PORT" $((BENCH_KC_PORT + 820)) $(seq "$BENCH_BASE" $((BENCH_BASE + 4)))
  if ! apps_built; then
    log "packaging the applications"
    (cd "$ROOT" && flock /tmp/raa-heavy.lock ./mvnw -B -ntp -q -DskipTests package)
  fi
  log "waiting for /tmp/raa-heavy.lock (nothing else heavy runs while we measure)"
  exec 9>/tmp/raa-heavy.lock
  flock 9
  # Work that finished just before still shows in the load average: give it up to two minutes to settle.
  for _ in $(seq 1 24); do
    awk '{exit !($1 < 1.0)}' /proc/loadavg && break
    sleep 5
  done
  fresh_databases bench >/dev/null 2>&1
  fresh_queues bench
}

bench_machine() {
  {
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "cores: $(nproc), $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
    echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MiB total, " $7 " MiB available"}')"
    echo "java: $(java -version 2>&1 | head -1), $(java -version 2>&1 | sed -n 2p)"
    echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "other JVMs on the machine: $(bench_other_jvms)"
    echo "commit: $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- . ':!docs' || echo ' (with local changes)')"
  } | tee "$BENCH_OUT/machine.txt"
}

# Java processes that are not this bench's (the lock keeps builds out, not stacks others left running).
bench_other_jvms() {
  local pid pgid n=0 names=""
  for pid in $(pgrep -x java || true); do
    pgid=$(ps -o pgid= -p "$pid" | tr -d ' ')
    if [[ " ${BENCH_PIDS[*]} " != *" $pgid "* ]] && ! grep -q hyperfoil "/proc/$pid/cmdline" 2>/dev/null; then
      n=$((n + 1)); names+=" $(tr '\0' ' ' < "/proc/$pid/cmdline" | grep -o -e '-Dquarkus.http.port=[0-9]*' -e 'kc.sh\|keycloak' -e 'plexus-classworlds' | head -1)"
    fi
  done
  echo "$n${names:+ (${names# })}"
}

bench_keycloak() {
  local pid
  pid=$(exec 9>&-; start_keycloak "$BENCH_KC_PORT")
  BENCH_PIDS+=("$pid")
  wait_http "http://localhost:$((BENCH_KC_PORT + 820))/health/ready" 240 keycloak
  wait_http "http://localhost:$BENCH_KC_PORT/realms/ace/.well-known/openid-configuration" 60 "realm ace"
  # The realm's access tokens live 300 s. A run with its warm-up and Maven's start-up takes longer than that, so
  # this Keycloak (the bench's own) gives 30 minutes; each run still takes a fresh token just before it starts.
  local admin
  admin=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "http://localhost:$BENCH_KC_PORT/realms/master/protocol/openid-connect/token" | json_field access_token)
  curl -fsS -X PUT -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"accessTokenLifespan": 1800}' "http://localhost:$BENCH_KC_PORT/admin/realms/ace"
}

bench_kc_url() { echo "http://localhost:$BENCH_KC_PORT"; }

client_token() { # AUTHORITY: client-credentials token of <authority>-case-system
  curl -fsS -d grant_type=client_credentials -d "client_id=$1-case-system" -d "client_secret=$1-secret" \
    "$(bench_kc_url)/realms/ace/protocol/openid-connect/token" | json_field access_token
}

user_token() { # USERNAME: password-grant token through raa-test-cli (password demo)
  curl -fsS -d grant_type=password -d client_id=raa-test-cli -d "username=$1" -d password=demo \
    "$(bench_kc_url)/realms/ace/protocol/openid-connect/token" | json_field access_token
}

# bench_start_app APP [extra -D...]: starts one application pinned to core 0 while nothing else starts, and records
# how long it took from the process start to the first 200 from /q/health/ready ("ready in").
bench_start_app() {
  local app="$1"; shift
  local start pid ready=""
  start=$(date +%s%N)
  pid=$(exec 9>&-; taskset -p -c 0 "$BASHPID" >/dev/null; start_app "$app" "$(bench_kc_url)" "$@")
  BENCH_PIDS+=("$pid")
  for _ in $(seq 1 1800); do
    if curl -fsS -o /dev/null "http://localhost:${APP_PORTS[$app]}/q/health/ready" 2>/dev/null; then
      ready=$(( ($(date +%s%N) - start) / 1000000 )); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  if [ -z "$ready" ]; then
    log "$(module_of "$app") did not become ready: see $LOCAL/logs/$(module_of "$app")-bench.log"; return 1
  fi
  printf '%s %s %s\n' "$app" "$pid" "$ready" >> "$BENCH_OUT/ready.txt"
  log "$(module_of "$app") ready in ${ready} ms (pid $pid)"
}

# bench_restart_alone APP: stops the bench's APP, starts it again with nothing else starting, on both cores and
# with its database already migrated (a restart, as a rolling deploy does), and appends a table row to
# .local/bench/alone.txt: ready in, RSS after 10 s idle. Not in a subshell: the new pid must reach BENCH_PIDS.
bench_restart_alone() {
  local app="$1" old pid start ready="" rss
  old=$(awk -v a="$app" '$1 == a {print $2}' "$BENCH_OUT/ready.txt")
  stop_group "$old"
  start=$(date +%s%N)
  pid=$(exec 9>&-; start_app "$app" "$(bench_kc_url)" "${@:2}")
  BENCH_PIDS+=("$pid")
  for _ in $(seq 1 1800); do
    if curl -fsS -o /dev/null "http://localhost:${APP_PORTS[$app]}/q/health/ready" 2>/dev/null; then
      ready=$(( ($(date +%s%N) - start) / 1000000 )); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  [ -n "$ready" ] || { log "$(module_of "$app") did not become ready after a restart"; return 1; }
  sleep 10
  rss=$(( $(ps -o rss= -p "$pid" | tr -d ' ') / 1024 ))
  printf '| %s | %s ms | %s MiB |\n' "$(module_of "$app")" "$ready" "$rss" >> "$BENCH_OUT/alone.txt"
}

# Starts the four services one at a time, then the gateway (its readiness needs theirs).
bench_start_stack() {
  : > "$BENCH_OUT/ready.txt"
  : > "$BENCH_OUT/others.txt"
  local svc
  for svc in "${SERVICES[@]}"; do bench_start_app "$svc"; done
  # The gateway's default allowance (20/s, burst 40 per client) is far below the bench's rate: raise it for the run.
  bench_start_app gateway -Draa.gateway.rate-limit.default-per-second=5000 -Draa.gateway.rate-limit.burst=5000
}

# Resident memory of each application after it has started and sat idle.
bench_rss() {
  local app pid ready
  while read -r app pid ready; do
    printf '| %s | %s ms | %s MiB |\n' "$(module_of "$app")" "$ready" \
      "$(( $(ps -o rss= -p "$pid" | tr -d ' ') / 1024 ))"
  done < "$BENCH_OUT/ready.txt"
}

# CPU time so far: "total idle" jiffies of the machine, then "app:jiffies" of each bench application.
bench_cpu() {
  local app pid ready
  awk '/^cpu / {print $2+$3+$4+$5+$6+$7+$8, $5+$6}' /proc/stat | tr '\n' ' '
  while read -r app pid ready; do
    printf '%s:%s ' "$app" "$(awk '{print $14+$15}' "/proc/$pid/stat" 2>/dev/null || echo 0)"
  done < "$BENCH_OUT/ready.txt"
  echo
}

# How busy the machine was during a run, and the CPU each application used (seconds, all threads: JIT and GC too).
bench_cpu_report() { # BEFORE AFTER
  python3 - "$1" "$2" "$(getconf CLK_TCK)" <<'PY'
import sys
b, a, hz = sys.argv[1].split(), sys.argv[2].split(), float(sys.argv[3])
total, idle = float(a[0]) - float(b[0]), float(a[1]) - float(b[1])
apps_b = dict(x.split(":") for x in b[2:]); apps_a = dict(x.split(":") for x in a[2:])
used = ", ".join(f"{k} {(float(apps_a[k]) - float(apps_b.get(k, 0))) / hz:.1f} s" for k in apps_a)
print(f"machine busy {100 * (1 - idle / total):.0f}% of both cores; application CPU: {used}")
PY
}

# hyperfoil TEMPLATE NAME KEY=VALUE...: renders deploy/bench/hyperfoil/TEMPLATE into .local/bench/NAME.yaml and runs
# it with the Hyperfoil Maven plugin on core 1. Prints the log's path.
hyperfoil() {
  local template="$1" name="$2"; shift 2
  local yaml="$BENCH_OUT/$name.yaml" logf="$BENCH_OUT/$name.log" kv
  cp "$ROOT/deploy/bench/hyperfoil/$template" "$yaml"
  sed -i "s|@NAME@|$name|g" "$yaml"
  for kv in "$@"; do sed -i "s|@${kv%%=*}@|${kv#*=}|g" "$yaml"; done
  if grep -q '@[A-Z_]*@' "$yaml"; then log "unfilled placeholders in $yaml"; return 1; fi
  echo "$name: other JVMs when it started: $(bench_other_jvms)" >> "$BENCH_OUT/others.txt"
  local before after
  before=$(bench_cpu)
  (cd "$ROOT" && taskset -c 1 ./mvnw -B -ntp -f deploy/bench/hyperfoil/pom.xml \
    io.hyperfoil:hyperfoil-maven-plugin:0.25.2:run -Dhf.yaml="$yaml") > "$logf" 2>&1 || {
    log "Hyperfoil failed: see $logf"; return 1; }
  after=$(bench_cpu)
  bench_cpu_report "$before" "$after" > "$BENCH_OUT/$name.cpu"
  echo "$logf"
}
