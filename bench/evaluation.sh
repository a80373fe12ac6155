#!/usr/bin/env bash
# Facility evaluation at employer scale (issue #15), against the packaged app and the local PostgreSQL 15 cluster.
#
#   bench/evaluation.sh [employees]          (default 10,000; env: RUNS=3, JFR=file.jfr, SQL_COUNT=1, KEEP_DB=1)
#
# 1. Files a California facility with EMPLOYEES on its roster and an active description through the API (bench/lib.sh),
#    then adds in SQL what the rules read: a delivery of the active version to nine employees in ten (every tenth has
#    none) and an older verbal briefing to a third of them, a request from one employee in twenty (half answered, a
#    quarter overdue), a complaint and a quota-based adverse action from one in two hundred.
# 2. Evaluates on demand (POST /api/v1/facilities/{id}/evaluations) once to warm up, then RUNS times, and prints each
#    run's server-side time (the app's quotaledger_evaluation_duration_seconds, gathering + rules + storing) and the
#    median, with the whole request's time beside it (HTTP Basic's bcrypt included).
# 3. SQL_COUNT=1: restarts the app with Hibernate's SQL log on and counts the statements one evaluation sends, to
#    show whether any query runs per employee.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
RUNS=${RUNS:-3}
PORT=${BENCH_PORT:-8098}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DB=qleval_$$
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -o -B -q package -DskipTests
source bench/lib.sh
bench_database "$DB"
psqlq() { PGPASSWORD=qlbench psql -h localhost -U qlbench -d "$DB" -v ON_ERROR_STOP=1 -qtAc "$1"; }
mkdir -p bench/results
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LOG=bench/results/evaluation-app-$STAMP.log
start() {
  QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$DB \
  QUARKUS_DATASOURCE_USERNAME=qlbench QUARKUS_DATASOURCE_PASSWORD=qlbench \
  QUOTALEDGER_ADMIN_USERNAME=bench QUOTALEDGER_ADMIN_PASSWORD=bench-password QUOTALEDGER_METRICS_ACCESS=permit \
  QUOTALEDGER_SIGNING_KEY_PASSWORD=bench-signing-key-password \
  env "$@" \
  "$JAVA_HOME/bin/java" -jar target/quarkus-app/quarkus-run.jar >>"$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do curl -sf localhost:$PORT/q/health/ready >/dev/null && return; sleep 1; done
  echo "app did not start; log in $LOG" >&2; exit 1
}
stop() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
cleanup() { kill -9 "${APP:-0}" 2>/dev/null || true
  [[ -n "${KEEP_DB:-}" ]] || su postgres -c "psql -qc 'drop database if exists $DB'" || true; }
trap cleanup EXIT

start
T0=$(date +%s.%N)
file_facility localhost:$PORT bench:bench-password "EVAL$$" "$N" E mixed
T1=$(date +%s.%N)
echo "filed facility $FAC with $N employees and description $DESC in $(python3 -c "print(f'{$T1-$T0:.1f}')") s"

psqlq "
insert into delivery (id, employee_id, description_id, delivered_at, channel, language, recorded_by, recorded_at)
  select nextval('delivery_seq'), e.id, $DESC, now() - interval '1 hour', 'PAPER', coalesce(e.primary_language, 'en'), 'bench', now()
  from employee e where e.facility_id = $FAC and e.id % 10 <> 0;
insert into delivery (id, employee_id, description_id, delivered_at, channel, language, recorded_by, recorded_at)
  select nextval('delivery_seq'), e.id, $DESC, now() - interval '2 hours', 'VERBAL', 'en', 'bench', now()
  from employee e where e.facility_id = $FAC and e.id % 3 = 0;
insert into employee_request (id, facility_id, employee_id, kind, channel, received_on, due_on, window_from, window_to,
                              status, fulfilled_on, fulfilled_at, fulfilled_by, recorded_by, recorded_at)
  select nextval('employee_request_seq'), $FAC, e.id, case when e.id % 40 = 0 then 'DESCRIPTION' else 'WORK_SPEED_DATA' end,
         'WRITTEN', current_date - (e.id % 60)::int, current_date - (e.id % 60)::int + 21,
         current_date - 90, current_date - (e.id % 60)::int,
         case when e.id % 2 = 0 then 'FULFILLED' else 'OPEN' end,
         case when e.id % 2 = 0 then current_date - (e.id % 60)::int + 5 end,
         case when e.id % 2 = 0 then now() end, case when e.id % 2 = 0 then 'bench' end, 'bench', now() - interval '1 day'
  from employee e where e.facility_id = $FAC and e.id % 20 = 0;
" >/dev/null
echo "deliveries $(psqlq "select count(*) from delivery d join employee e on e.id = d.employee_id where e.facility_id = $FAC"),"\
" requests $(psqlq "select count(*) from employee_request where facility_id = $FAC")"

api() { curl -sS --fail-with-body -u bench:bench-password -H 'Content-Type: application/json' "$@"; }
# Seconds spent in on-demand evaluations so far, read from the app's own timer.
evaluated() { curl -sf localhost:$PORT/q/metrics \
  | awk '/^quotaledger_evaluation_duration_seconds_sum\{cause="on_demand"/ { print $2; f = 1 } END { if (!f) print 0 }'; }
evaluate() { api -o /dev/null -w '%{time_total}' -X POST "localhost:$PORT/api/v1/facilities/$FAC/evaluations"; }

WARM=$(evaluate)
echo "warm-up evaluation: ${WARM} s (request)"
[[ -n "${JFR:-}" ]] && "$JAVA_HOME/bin/jcmd" "$APP" JFR.start name=eval settings=profile >/dev/null
SERVER=(); REQUEST=()
for _ in $(seq 1 "$RUNS"); do
  B=$(evaluated); R=$(evaluate); A=$(evaluated)
  SERVER+=("$(python3 -c "print(f'{$A-$B:.3f}')")"); REQUEST+=("$R")
done
[[ -n "${JFR:-}" ]] && "$JAVA_HOME/bin/jcmd" "$APP" JFR.stop name=eval filename="$(realpath "$JFR")" >/dev/null
SUMMARY=$(api "localhost:$PORT/api/v1/facilities/$FAC/evaluations" | python3 -c \
  "import json,sys; r=json.load(sys.stdin)[0]; print(f\"fail {r['fail']}, needs review {r['needsReview']}, pending {r['pending']}, pass {r['pass']}, n/a {r['notApplicable']}, exposure \${r['exposure']}\")")
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "$N employees: evaluation ${SERVER[*]} s (server), ${REQUEST[*]} s (request); median $(median "${SERVER[@]}") s server,"\
" $(median "${REQUEST[@]}") s request; last run: $SUMMARY" | tee "bench/results/evaluation-$STAMP.txt"

if [[ -n "${SQL_COUNT:-}" ]]; then
  stop
  start QUARKUS_HIBERNATE_ORM_LOG_SQL=true
  evaluate >/dev/null
  MARK=$(wc -l <"$LOG")
  evaluate >/dev/null
  sleep 1
  tail -n +"$((MARK + 1))" "$LOG" > "bench/results/evaluation-sql-$STAMP.log"
  # Hibernate prints "[Hibernate]" and then the statement over several coloured lines: one statement a block. The
  # schedulers' polls (notice jobs, evaluation requests) are counted too; they are not the evaluation's.
  sed 's/\x1b\[[0-9;]*m//g' "bench/results/evaluation-sql-$STAMP.log" \
    | awk '/^\[Hibernate\]/ { if (q) print q; q = ""; next } { gsub(/^ +/, ""); q = q " " $0 } END { if (q) print q }' \
    | sed -E 's/ +/ /g' | cut -c1-110 > "bench/results/evaluation-statements-$STAMP.txt"
  echo "statements while one evaluation ran (schedulers' polls included): $(wc -l <"bench/results/evaluation-statements-$STAMP.txt")" \
    | tee -a "bench/results/evaluation-$STAMP.txt"
  sort "bench/results/evaluation-statements-$STAMP.txt" | uniq -c | sort -rn
fi
