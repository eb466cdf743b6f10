#!/usr/bin/env bash
# Loads the demo data set through the APIs, as the agency's users and the councils' case systems would.
# Safe to run again: records that already exist are left as they are.
set -uo pipefail
KC="${1:-http://localhost:8180}"
GW="${RAA_GATEWAY_URL:-http://localhost:8080}"
CHILDREN="${RAA_CHILDREN_URL:-http://localhost:8081}"

token() { # client authority
  curl -fsS -d grant_type=client_credentials -d "client_id=$1-case-system" -d "client_secret=$1-secret" \
    "$KC/realms/ace/protocol/openid-connect/token" | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])'
}

post_child() { # token reference dob sex ethnicity disability
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "{\"childReference\":\"$2\",\"dateOfBirth\":\"$3\",\"sex\":\"$4\",\"ethnicity\":\"$5\",\"disability\":$6}" \
    "$CHILDREN/api/children")
  case "$code" in 201|200|409) return 0 ;; *) echo "child $2: HTTP $code" >&2; return 1 ;; esac
}

ok=0; failed=0
ethnicities=(WBRI MWBC WBRI BCRB WBRI AIND WIRT MWBA WBRI BAFR)
for authority in coventry solihull warwickshire worcestershire herefordshire; do
  t=$(token "$authority") || { echo "no token for $authority" >&2; failed=$((failed+1)); continue; }
  for i in $(seq 1 8); do
    year=$((2014 + (i * 3) % 10)); month=$(( (i * 5) % 12 + 1 )); day=$(( (i * 7) % 27 + 1 ))
    dob=$(printf '%04d-%02d-%02d' "$year" "$month" "$day")
    sex=$([ $((i % 2)) = 0 ] && echo FEMALE || echo MALE)
    disability=$([ $((i % 5)) = 0 ] && echo true || echo false)
    if post_child "$t" "DEMO-${authority:0:3}-$i" "$dob" "$sex" "${ethnicities[$((i % 10))]}" "$disability"; then
      ok=$((ok+1)); else failed=$((failed+1)); fi
  done
done
echo "demo data: $ok children in place across five authorities, $failed failed" >&2
[ "$failed" = 0 ]
