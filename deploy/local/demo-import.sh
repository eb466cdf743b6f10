#!/usr/bin/env bash
# Loads the agency-size generated SSDA903 set (five ACE authorities, about 3,000 children, ten collection years;
# children-service uk.raa.children.bench.Ssda903Generator, seed 903) through the import API, as each council's case
# system would: one job per authority and collection year, oldest year first, with the authority's own
# client-credentials token (<authority>-case-system / <authority>-secret). Polls every job and prints the findings
# summary. Safe to run again: an authority that already holds every child of the set is skipped (and a re-import
# would change nothing anyway).
#
# Usage: deploy/local/demo-import.sh KEYCLOAK_URL CHILDREN_URL      e.g. http://localhost:8180 http://localhost:8081
# RAA_DEMO_YEARS=N imports only the last N collection years (default: all ten).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KC="${1:?usage: demo-import.sh KEYCLOAK_URL CHILDREN_URL}"
CHILDREN="${2:?usage: demo-import.sh KEYCLOAK_URL CHILDREN_URL}"
DATA="$ROOT/.local/demo-ssda903"
AUTHORITIES=(coventry solihull warwickshire worcestershire herefordshire)
YEARS="${RAA_DEMO_YEARS:-10}"

say() { printf '\033[1m[demo-import]\033[0m %s\n' "$*" >&2; }
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }

if [ ! -f "$DATA/authorities.csv" ]; then
  classes="$ROOT/children-service/target/test-classes"
  if [ ! -f "$classes/uk/raa/children/bench/Ssda903Generator.class" ]; then
    say "compiling the generator (children-service test sources)"
    (cd "$ROOT" && ./mvnw -B -ntp -q -pl children-service -am test-compile) || { say "build failed"; exit 1; }
  fi
  say "generating the agency-size SSDA903 set into $DATA"
  java -cp "$classes:$ROOT/children-service/target/classes" uk.raa.children.bench.Ssda903Generator agency 903 "$DATA" \
    >&2 || { say "generation failed"; exit 1; }
fi

token() {
  curl -fsS -d grant_type=client_credentials -d "client_id=$1-case-system" -d "client_secret=$1-secret" \
    "$KC/realms/ace/protocol/openid-connect/token" | json 'd["access_token"]'
}

failed=0
summary=()
for authority in "${AUTHORITIES[@]}"; do
  t=$(token "$authority") || { say "no token for $authority"; failed=$((failed + 1)); continue; }
  expected=$(cat "$DATA/$authority"/*/header.csv | grep -v '^CHILD,' | cut -d, -f1 | sort -u | wc -l)
  held=$(curl -fsS -H "Authorization: Bearer $t" "$CHILDREN/api/children?size=1" | json 'd["totalItems"]') || held=0
  if [ "$held" -ge "$expected" ]; then
    say "$authority already holds $held children ($expected in the set): skipped"
    continue
  fi
  jobs=()
  for dir in $(ls -d "$DATA/$authority"/*/ | sort | tail -n "$YEARS"); do
    year="$(basename "$dir" | tr - /)"
    out=$(curl -sS -w '\n%{http_code}' -H "Authorization: Bearer $t" -F "collectionYear=$year" \
      -F "header=@${dir}header.csv;type=text/csv" -F "episodes=@${dir}episodes.csv;type=text/csv" \
      -F "ad1=@${dir}ad1.csv;type=text/csv" -F "placedAdoption=@${dir}placed_for_adoption.csv;type=text/csv" \
      "$CHILDREN/api/children/imports")
    code="${out##*$'\n'}"
    if [ "$code" != 202 ]; then say "$authority $year: HTTP $code"; failed=$((failed + 1)); continue; fi
    jobs+=("$year=$(printf '%s' "${out%$'\n'*}" | json 'd["id"]')")
  done
  say "$authority: ${#jobs[@]} returns queued"
  for entry in "${jobs[@]}"; do
    year="${entry%%=*}"; id="${entry#*=}"
    for _ in $(seq 1 1200); do
      # tokens last a few minutes: take a new one for each poll
      t=$(token "$authority") || break
      job=$(curl -fsS -H "Authorization: Bearer $t" "$CHILDREN/api/children/imports/$id") || { sleep 1; continue; }
      status=$(printf '%s' "$job" | json 'd["status"]')
      case "$status" in DONE|FAILED) break ;; esac
      sleep 1
    done
    line=$(printf '%s' "$job" | json '"%-15s %s %-6s children %5d: applied %5d, unchanged %5d, rejected %3d; findings: %d errors, %d warnings" % (d["authority"], d["collectionYear"], d["status"], d["childrenTotal"], d["childrenApplied"], d["childrenUnchanged"], d["childrenRejected"], d["errors"], d["warnings"])')
    summary+=("$line")
    [ "$status" = DONE ] || failed=$((failed + 1))
    errors=$(printf '%s' "$job" | json 'd["errors"]')
    if [ "$errors" != 0 ]; then
      curl -fsS -H "Authorization: Bearer $t" "$CHILDREN/api/children/imports/$id/findings?severity=ERROR&size=5" \
        | json '"\n".join("    %s row %s %s: %s" % (f["table"], f["row"], f["rule"], f["message"]) for f in d["items"])' >&2
    fi
  done
done
printf '%s\n' "${summary[@]}" >&2
say "SSDA903 demo import: ${#summary[@]} returns imported, $failed problems"
[ "$failed" = 0 ]
