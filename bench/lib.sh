# Shared by the bench scripts that run the packaged app against the local PostgreSQL 15 cluster: source it.

# bench_database NAME: starts the cluster if needed and makes an empty database NAME owned by the role qlbench.
bench_database() {
  pg_ctlcluster 15 main start 2>/dev/null || true
  su postgres -c "psql -qc \"create user qlbench with password 'qlbench'\"" 2>/dev/null || true
  su postgres -c "psql -qc 'create database $1 owner qlbench'"
}

# json EXPR: prints EXPR (a Python subscript such as "['id']") of the JSON document on standard input.
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# file_facility URL USER:PASSWORD CODE EMPLOYEES PREFIX LANGUAGES
#   Through the API at URL (e.g. localhost:8097): an employer without four-eyes approval (one script files and
#   activates), a California facility CODE with the role PICK, EMPLOYEES on its roster numbered PREFIX1, PREFIX2, ...
#   (LANGUAGES "mixed": every second one Spanish, else "en"), and the example description of
#   docs/quota-description-v1.md filed and active. Sets FAC and DESC.
file_facility() {
  local url=$1 user=$2 code=$3 n=$4 prefix=$5 languages=$6 employer doc
  local call=(curl -sS --fail-with-body -u "$user" -H 'Content-Type: application/json')
  employer=$("${call[@]}" -X POST "$url/api/v1/employers" -d "{\"name\":\"$code Logistics\",\"fourEyesApproval\":false}" | json "['id']")
  FAC=$("${call[@]}" -X POST "$url/api/v1/facilities" \
    -d "{\"employerId\":$employer,\"code\":\"$code\",\"name\":\"$code DC\",\"state\":\"CA\",\"naicsCode\":\"493110\"}" | json "['id']")
  "${call[@]}" -X POST "$url/api/v1/facilities/$FAC/roles" -d '{"code":"PICK","title":"Picker"}' >/dev/null
  { echo "employee_number,name,role,hire_date,primary_language"
    for i in $(seq 1 "$n"); do
      echo "$prefix$i,Worker $i,PICK,2025-01-06,$([[ $languages == mixed && $((i % 2)) == 0 ]] && echo es || echo en)"
    done; } | curl -sS --fail-with-body -u "$user" -H 'Content-Type: text/csv' --data-binary @- "$url/api/v1/facilities/$FAC/roster" >/dev/null
  doc=$(sed -n '/^```json/,/^```/p' docs/quota-description-v1.md | sed '1d;$d' | sed "s/\"ONT8\"/\"$code\"/")
  DESC=$("${call[@]}" -X POST "$url/api/v1/facilities/$FAC/quota-descriptions" -d "$doc" | json "['description']['id']")
  "${call[@]}" -X POST "$url/api/v1/quota-descriptions/$DESC/submission" >/dev/null
  "${call[@]}" -X POST "$url/api/v1/quota-descriptions/$DESC/activation" \
    -d '{"backdateReason":"Benchmark: the example document is dated in the past"}' >/dev/null
}
