#!/usr/bin/env bash
# Bulk notice benchmark and crash drill, against the packaged app and a real PostgreSQL server.
#
#   bench/notices-bulk.sh [employees] [signing-threads]      (env: WARMUP_JOBS=3 (2 from 5,000), MAX_WARMUP_JOBS=6,
#                                                              JFR=file.jfr, LOG=file, NOTICE_LOG=DEBUG)
#
# 1. Starts the packaged app on a fresh database of the local PostgreSQL 15 cluster (pg_ctlcluster 15 main),
#    files a facility with one role, an active description and N employees (default 2,000).
#    (The roster of 10,000 is imported in one transaction, which a loaded machine can take past the 60 s default.)
# 2. Runs bulk jobs to warm up until the JIT is done (see below), then times one more for all of them: notices per
#    second of the bulk path (render, sign, store, ledger, audit), and the warm-up jobs it took.
# 3. Starts a second job, kills the app with SIGKILL half-way, restarts it, and checks that the job finishes
#    with exactly N notices, one per employee.
# Compare with bench/notices-raw.sh (render + sign only, one thread) run on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
THREADS=${2:-0}   # 0: as deployed, one signing thread per core
PORT=8097
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DB=qlbench_$$
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -q -B package -DskipTests
source bench/lib.sh
bench_database "$DB"
psqlq() { PGPASSWORD=qlbench psql -h localhost -U qlbench -d "$DB" -tAc "$1"; }
LOG=${LOG:-$(mktemp)}
start() {
  QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$DB \
  QUARKUS_DATASOURCE_USERNAME=qlbench QUARKUS_DATASOURCE_PASSWORD=qlbench \
  QUOTALEDGER_ADMIN_USERNAME=bench QUOTALEDGER_ADMIN_PASSWORD=bench-password QUOTALEDGER_NOTICES_THREADS=$THREADS \
  QUOTALEDGER_SIGNING_KEY_PASSWORD=bench-signing-key-password \
  QUOTALEDGER_NOTICES_POLL_INTERVAL=1s QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=300s QUARKUS_LOG_CATEGORY__ORG_QUOTALEDGER_NOTICE__LEVEL=${NOTICE_LOG:-INFO} "$JAVA_HOME/bin/java" -jar target/quarkus-app/quarkus-run.jar >>"$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 90); do curl -sf localhost:$PORT/q/health/ready >/dev/null && return; sleep 1; done
  echo "app did not start; log in $LOG" >&2; exit 1
}
api() { curl -sf -u bench:bench-password -H 'Content-Type: application/json' "$@"; }
cleanup() { kill -9 "${APP:-0}" 2>/dev/null || true; su postgres -c "psql -qc 'drop database if exists $DB'" || true; }
trap cleanup EXIT

start
file_facility localhost:$PORT bench:bench-password "BENCH$$" "$N" B mixed

# Progress is read from the database, not GET /notice-jobs/{id}: HTTP Basic checks the bcrypt password hash
# on every call (about 50 ms of CPU), which polling five times a second would charge to the bulk path.
wait_done() {
  for _ in $(seq 1 1800); do
    STATUS=$(psqlq "select status from notice_job where id = $1") || STATUS=down
    [[ $STATUS == DONE ]] && return 0; sleep 0.2
  done; return 1
}
# Warm-up jobs first, as the raw loop warms up before it measures, until the JIT is done with the bulk path (as
# bench/api-tokens.sh warms each API path): at least WARMUP_JOBS (default 2 from 5,000 employees, 3 below), then more
# until one adds under 1 s to the JVM's compilation time (jstat), at most MAX_WARMUP_JOBS (default 6). On a slow
# 2-core machine C2 has one thread and the signing threads keep both cores busy, so its backlog of OpenPDF's,
# BouncyCastle's and Hibernate's largest methods (1-2 s each) outlasted two jobs of 10,000: 0.8-0.9 ms of JIT CPU per
# notice in the timed job, a third of its CPU, against 0.14-0.25 ms on a faster machine. A server that has been
# issuing notices has no such backlog.
jit_seconds() { "$JAVA_HOME/bin/jstat" -compiler "$APP" | awk 'NR == 2 { print $4 }'; }
WARMUPS=0
while :; do
  before=$(jit_seconds)
  WARM=$(api -X POST localhost:$PORT/api/v1/facilities/$FAC/notice-jobs -d '{}' | json "['id']")
  wait_done "$WARM"
  WARMUPS=$((WARMUPS + 1))
  added=$(awk -v a="$before" -v b="$(jit_seconds)" 'BEGIN { printf "%.1f", b - a }')
  echo "warm-up job $WARMUPS: the JIT compiled for $added s" >&2
  (( WARMUPS >= ${WARMUP_JOBS:-$((N >= 5000 ? 2 : 3))} )) || continue
  awk -v d="$added" 'BEGIN { exit !(d < 1) }' && break
  (( WARMUPS < ${MAX_WARMUP_JOBS:-6} )) || { echo "the JIT was still compiling after $WARMUPS warm-up jobs" >&2; break; }
done
THREAD_LABEL=$([[ $THREADS -gt 0 ]] && echo "$THREADS signing thread(s)" || echo "one signing thread per core ($(nproc))")
# CPU seconds (user + system) of the app and of every PostgreSQL process, to see where the time goes.
cpu() { awk '{ s += $14 + $15 } END { printf "%.2f", s / 100 }' "$@" 2>/dev/null; }
pg_cpu() { cpu $(for p in $(pgrep -u postgres postgres); do echo /proc/$p/stat; done); }
# JFR=file.jfr records the timed job with Java Flight Recorder (jfr print --events jdk.ExecutionSample file.jfr).
[[ -n "${JFR:-}" ]] && "$JAVA_HOME/bin/jcmd" "$APP" JFR.start name=bulk settings=profile >/dev/null
# Per-thread CPU of the app, grouped: the signing pool, the JIT compilers, everything else (storing, HTTP, GC).
threads() { for t in /proc/$APP/task/*; do echo "$(tr ' ' _ <"$t/comm") $(awk '{ print $14 + $15 }' "$t/stat")"; done; }
A0=$(cpu /proc/$APP/stat); P0=$(pg_cpu); threads >/tmp/qlbench-threads0.$$
JOB=$(api -X POST localhost:$PORT/api/v1/facilities/$FAC/notice-jobs -d '{}' | json "['id']")
T0=$(date +%s.%N); wait_done "$JOB"; T1=$(date +%s.%N)
A1=$(cpu /proc/$APP/stat); P1=$(pg_cpu); threads >/tmp/qlbench-threads1.$$
[[ -n "${JFR:-}" ]] && "$JAVA_HOME/bin/jcmd" "$APP" JFR.stop name=bulk filename="$(realpath "$JFR")" >/dev/null
python3 -c "print(f'bulk path: $N notices in {($T1-$T0):.1f} s = {$N/($T1-$T0):.0f} notices/s with ${THREAD_LABEL};'
                  f' CPU per notice: app {($A1-$A0)*1000/$N:.2f} ms, PostgreSQL {($P1-$P0)*1000/$N:.2f} ms; after $WARMUPS warm-up jobs')"
awk -v n="$N" 'NR == FNR { before[$1] += $2; next } { after[$1] += $2 }
  END { for (t in after) { d = (after[t] - before[t]) * 10 / n
          g = t ~ /^notice-signer/ ? "signing threads" : t ~ /Compiler/ ? "JIT compilers" : "other app threads"; sum[g] += d }
        printf "  app CPU per notice: "; for (g in sum) printf "%s %.2f ms  ", g, sum[g]; print "" }' \
  /tmp/qlbench-threads0.$$ /tmp/qlbench-threads1.$$
rm -f /tmp/qlbench-threads0.$$ /tmp/qlbench-threads1.$$

JOB2=$(api -X POST localhost:$PORT/api/v1/facilities/$FAC/notice-jobs -d '{}' | json "['id']")
until [[ $(psqlq "select count(*) from notice where job_id = $JOB2") -ge $((N / 2)) ]]; do sleep 0.1; done
{ kill -9 "$APP"; wait "$APP"; } 2>/dev/null || true
echo "killed the app with $(psqlq "select count(*) from notice where job_id = $JOB2") of $N notices of job $JOB2 stored"
start
wait_done "$JOB2"
echo "after restart: $(psqlq "select count(*) from notice where job_id = $JOB2") notices, $(psqlq "select count(distinct employee_id) from notice where job_id = $JOB2") distinct employees (expected $N)"
