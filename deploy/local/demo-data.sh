#!/usr/bin/env bash
# Loads the demo data set through the APIs, as the agency's users and the councils' case systems would.
# Safe to run again: records that already exist are left as they are.
set -uo pipefail
KC="${1:-http://localhost:8180}"
GW="${RAA_GATEWAY_URL:-http://localhost:8080}"
CHILDREN="${RAA_CHILDREN_URL:-http://localhost:8081}"
ADOPTERS="${RAA_ADOPTERS_URL:-http://localhost:8082}"

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

# Adopter households, as an ACE practitioner records them: most approved and waiting, some still in assessment.
user_token() { # username
  curl -fsS -d grant_type=password -d client_id=raa-test-cli -d "username=$1" -d password=demo \
    "$KC/realms/ace/protocol/openid-connect/token" | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])'
}

post_household() { # token reference area children minAge maxAge level earlyPermanence -> prints id, or nothing if it exists
  local body out code
  body=$(cat <<JSON
{"householdReference":"$2","adopters":[{"givenName":"Demo","familyName":"Adopter $2","dateOfBirth":"1985-05-14"}],
 "areaOfResidence":"$3","recruitingAgency":{"code":"ace","type":"THIS_AGENCY"},"fastTrackRoute":"NONE",
 "offer":{"numberOfChildren":$4,"minAgeYears":$5,"maxAgeYears":$6,"siblingGroupsAccepted":$([ "$4" -gt 1 ] && echo true || echo false),
  "needAcceptance":{"HEALTH":"$7","DEVELOPMENT":"$7","BEHAVIOUR":"$7","EDUCATION":"$7"},"excludedAreas":[],"earlyPermanence":$8}}
JSON
)
  out=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$body" \
    "$ADOPTERS/api/adopters/households")
  code="${out##*$'\n'}"
  case "$code" in
    201) printf '%s' "${out%$'\n'*}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])' ;;
    409) return 0 ;;
    *) echo "household $2: HTTP $code" >&2; return 1 ;;
  esac
}

step() { # token id step date
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "{\"step\":\"$3\",\"date\":\"$4\"}" "$ADOPTERS/api/adopters/households/$2/steps")
  [ "$code" = 201 ] || { echo "household step $3: HTTP $code" >&2; return 1; }
}

hh_ok=0
if pt=$(user_token ace.practitioner); then
  areas=(coventry solihull warwickshire worcestershire herefordshire OUTSIDE_AGENCY)
  levels=(LOW MEDIUM HIGH MEDIUM)
  for i in $(seq 1 12); do
    area=${areas[$((i % 6))]}; level=${levels[$((i % 4))]}
    size=$(( i % 3 == 0 ? 2 : 1 )); ep=$([ $((i % 4)) = 0 ] && echo true || echo false)
    id=$(post_household "$pt" "DEMO-H-$i" "$area" "$size" 0 $(( 3 + i % 6 )) "$level" "$ep") || { failed=$((failed+1)); continue; }
    hh_ok=$((hh_ok+1))
    [ -n "$id" ] || continue   # already there from an earlier run
    y=$(( 2022 + i % 3 ))
    steps=(ENQUIRY "$y-01-09" REGISTRATION_OF_INTEREST "$y-01-13" STAGE_1_STARTED "$y-01-20" STAGE_1_COMPLETED "$y-03-20")
    if [ $((i % 5)) != 0 ]; then
      steps+=(STAGE_2_STARTED "$y-04-03" STAGE_2_COMPLETED "$y-07-28" PANEL_RECOMMENDATION "$y-08-21" ADM_APPROVAL "$y-08-28")
    fi
    for ((k = 0; k < ${#steps[@]}; k += 2)); do
      step "$pt" "$id" "${steps[$k]}" "${steps[$((k + 1))]}" || { failed=$((failed+1)); break; }
    done
  done
else
  echo "no token for ace.practitioner" >&2; failed=$((failed+1))
fi
echo "demo data: $hh_ok adopter households in place" >&2
[ "$failed" = 0 ]
