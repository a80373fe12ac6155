#!/usr/bin/env bash
# Two instances of the packaged app on one PostgreSQL database, as behind a load balancer.
#
#   bench/two-instances.sh [employees]          (default 2,000; env: LOGDIR=dir)
#
# Starts instances A (port 8101) and B (port 8102) on a fresh database of the local PostgreSQL 15 cluster
# (pg_ctlcluster 15 main) with the same session key, then shows:
#   1. an upload on A (the roster) is visible on B at once;
#   2. a session made by signing in on A is accepted by B;
#   3. a reminder due for a request is sent once, though both instances run the reminder job every 5 seconds;
#   4. a bulk notice job: whichever instance holds its lease is killed half-way, the other takes the job over when
#      the lease runs out, and the job ends with exactly one notice per employee.
# Prints one line per check and exits non-zero if any fails. docs/operations.md records a run.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DB=qltwo_$$
LOGDIR=${LOGDIR:-/tmp/qltwo-$$}
mkdir -p "$LOGDIR"
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -q -B package -DskipTests
source bench/lib.sh
bench_database "$DB"
export PGPASSWORD=qlbench
psqlq() { psql -h localhost -U qlbench -d "$DB" -tAc "$1"; }
SESSION_KEY=$(head -c 32 /dev/urandom | base64)
declare -A PID
start() { # start NAME PORT
  QUARKUS_HTTP_PORT=$2 QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$DB \
  QUARKUS_DATASOURCE_USERNAME=qlbench QUARKUS_DATASOURCE_PASSWORD=qlbench \
  QUOTALEDGER_ADMIN_USERNAME=two QUOTALEDGER_ADMIN_PASSWORD=two-password \
  QUOTALEDGER_SIGNING_KEY_PASSWORD=two-signing-key-password QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$SESSION_KEY" \
  QUOTALEDGER_NOTICES_POLL_INTERVAL=1s QUOTALEDGER_REMINDERS_CRON='0/5 * * * * ?' \
  QUARKUS_LOG_CATEGORY__ORG_QUOTALEDGER_NOTICE__LEVEL=DEBUG \
  "$JAVA_HOME/bin/java" -jar target/quarkus-app/quarkus-run.jar >>"$LOGDIR/$1.log" 2>&1 &
  PID[$1]=$!
}
ready() { for _ in $(seq 1 120); do curl -sf localhost:$1/q/health/ready >/dev/null && return; sleep 1; done
  echo "instance on port $1 did not start; logs in $LOGDIR" >&2; exit 1; }
# api INSTANCE URL...: the instance's name is for the reader; the URL (see at) says which port is called.
api() { shift; curl -sS --fail-with-body -u two:two-password -H 'Content-Type: application/json' "$@"; }
at() { echo "localhost:$1/api/v1$2"; }
cleanup() {
  for p in "${PID[@]}"; do kill -9 "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  su postgres -c "psql -qc 'drop database if exists $DB'" || true
}
trap cleanup EXIT
FAILED=0
result() { if [[ $2 == ok ]]; then echo "PASS  $1"; else echo "FAIL  $1: $2"; FAILED=1; fi; }

# A migrates the empty database first; B then finds it migrated (Flyway also locks, but the order keeps the log clear).
start A 8101; ready 8101
start B 8102; ready 8102
echo "== two instances on database $DB: A pid ${PID[A]} (8101), B pid ${PID[B]} (8102)"

echo "== 1. an upload on A (the roster, with the facility and its active description), read on B"
file_facility localhost:8101 two:two-password "TWO$$" "$N" T en
SEEN=$(api B "$(at 8102 /facilities/$FAC/employees)" | json ".__len__()")
result "roster of $N uploaded on A: B reads $SEEN employees at once" "$([[ $SEEN == "$N" ]] && echo ok || echo "B read $SEEN")"

echo "== 2. a session made on A, used on B"
JAR=$(mktemp)
LOGIN=$(curl -sS -c "$JAR" localhost:8101/login)
CSRF_NAME=$(grep -o 'name="[^"]*csrf[^"]*" value="[^"]*"' <<<"$LOGIN" | head -1)
FIELD=$(sed 's/name="\([^"]*\)".*/\1/' <<<"$CSRF_NAME"); VALUE=$(sed 's/.*value="\([^"]*\)"/\1/' <<<"$CSRF_NAME")
curl -sS -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode j_username=two --data-urlencode j_password=two-password \
  --data-urlencode "$FIELD=$VALUE" localhost:8101/j_security_check
ON_B=$(curl -sS -b "$JAR" -o /dev/null -w '%{http_code} %{redirect_url}' localhost:8102/facilities)
result "signed in on A, B serves /facilities with A's cookie ($ON_B)" "$([[ $ON_B == "200 " ]] && echo ok || echo "B answered $ON_B")"
rm -f "$JAR"

echo "== 3. a reminder due, both instances running the reminder job every 5 s"
api A -X POST "$(at 8101 /users)" -d "{\"username\":\"mgr$$\",\"password\":\"manager-password-1\",\"role\":\"manager\",\"displayName\":\"Manager\",\"email\":\"mgr$$@example.test\",\"facilityIds\":[$FAC]}" >/dev/null
EMPLOYEE=$(psqlq "select id from employee where facility_id = $FAC order by id limit 1")
# Received 20 days ago: California's 21-day deadline is tomorrow, inside the 3 days before it.
RECEIVED=$(TZ=America/Los_Angeles date -d '20 days ago' +%F)
REQ=$(api A -X POST "$(at 8101 /employees/$EMPLOYEE/requests)" -d "{\"receivedOn\":\"$RECEIVED\",\"kind\":\"DESCRIPTION\",\"channel\":\"WRITTEN\"}" | json "['id']")
sleep 16
SENT=$(psqlq "select count(*) from request_reminder where request_id = $REQ")
result "request $REQ due tomorrow: $SENT reminder row after three runs on each instance" "$([[ $SENT == 1 ]] && echo ok || echo "$SENT reminders")"

echo "== 4. a bulk notice job, the instance working on it killed half-way"
JOB=$(api B -X POST "$(at 8102 /facilities/$FAC/notice-jobs)" -d '{}' | json "['id']")
until [[ $(psqlq "select count(*) from notice where job_id = $JOB") -ge $((N / 2)) ]]; do sleep 0.2; done
WORKER=$(grep -l "Notice job $JOB:" "$LOGDIR/A.log" "$LOGDIR/B.log" | head -1 | xargs basename | cut -d. -f1)
OTHER=$([[ $WORKER == A ]] && echo B || echo A)
kill -9 "${PID[$WORKER]}"; wait "${PID[$WORKER]}" 2>/dev/null || true
STORED=$(psqlq "select count(*) from notice where job_id = $JOB")
echo "   killed $WORKER (it held the job's lease) with $STORED of $N notices stored; $OTHER takes over when the lease runs out"
T0=$(date +%s)
for _ in $(seq 1 600); do [[ $(psqlq "select status from notice_job where id = $JOB") == DONE ]] && break; sleep 0.5; done
STATUS=$(psqlq "select status from notice_job where id = $JOB")
NOTICES=$(psqlq "select count(*) from notice where job_id = $JOB")
DISTINCT=$(psqlq "select count(distinct employee_id) from notice where job_id = $JOB")
BY_OTHER=$(grep -c "Notice job $JOB:" "$LOGDIR/$OTHER.log" || true)
result "job $JOB $STATUS $(($(date +%s) - T0)) s after the kill: $NOTICES notices for $DISTINCT employees" \
  "$([[ $STATUS == DONE && $NOTICES == "$N" && $DISTINCT == "$N" ]] && echo ok || echo "expected $N of each")"
result "$OTHER signed and stored $BY_OTHER batches of the job after $WORKER died" "$([[ $BY_OTHER -gt 0 ]] && echo ok || echo "none")"

[[ $FAILED == 0 ]] && echo "two instances: all checks passed" || { echo "two instances: FAILED (logs in $LOGDIR)"; exit 1; }
