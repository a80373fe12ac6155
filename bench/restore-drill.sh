#!/usr/bin/env bash
# Backup and restore drill: the evidence survives a pg_dump and a restore into a new database.
#
#   bench/restore-drill.sh [employees]          (default 40; env: LOG=file)
#
# 1. Starts the packaged app on a fresh database of the local PostgreSQL 15 cluster (pg_ctlcluster 15 main), files a
#    facility with a role, an active description and N employees, issues everyone's notice, evaluates the facility
#    and exports the audit packet; keeps the packet, the newest signed audit head and every notice's SHA-256.
# 2. Backs the database up with pg_dump (custom format), stops the app, restores the dump into a new database with
#    pg_restore and starts the app on the restored copy.
# 3. Checks on the restored installation: the audit chain verifies end to end; the head kept before the backup is
#    still in the chain; every stored notice's PDF has the SHA-256 recorded before the backup and its signature
#    verifies; the packet exported before the backup verifies, through the API and offline with the jar alone; a
#    packet exported after the restore verifies too.
# Prints one line per check and exits non-zero if any fails. docs/operations.md records a run.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-40}
PORT=8098
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
SRC=qldrill_$$
DST=qldrill_restored_$$
WORK=$(mktemp -d)
LOG=${LOG:-/tmp/qldrill-$$.log}
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -q -B package -DskipTests
source bench/lib.sh
bench_database "$SRC"
export PGPASSWORD=qlbench
psqlq() { psql -h localhost -U qlbench -d "$1" -tAc "$2"; }
start() {
  QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$1 \
  QUARKUS_DATASOURCE_USERNAME=qlbench QUARKUS_DATASOURCE_PASSWORD=qlbench \
  QUOTALEDGER_ADMIN_USERNAME=drill QUOTALEDGER_ADMIN_PASSWORD=drill-password \
  QUOTALEDGER_SIGNING_KEY_PASSWORD=drill-signing-key-password QUOTALEDGER_NOTICES_POLL_INTERVAL=1s \
  "$JAVA_HOME/bin/java" -jar target/quarkus-app/quarkus-run.jar >>"$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do curl -sf localhost:$PORT/q/health/ready >/dev/null && return; sleep 1; done
  echo "app did not start; log in $LOG" >&2; exit 1
}
stop() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
api() { curl -sS --fail-with-body -u drill:drill-password -H 'Content-Type: application/json' "$@"; }
cleanup() {
  kill -9 "${APP:-0}" 2>/dev/null || true
  su postgres -c "psql -qc 'drop database if exists $SRC' -c 'drop database if exists $DST'" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
FAILED=0
check() { # check "what" command...: prints PASS or FAIL with the command's own output on failure
  local what=$1; shift
  local out
  if out=$("$@" 2>&1); then echo "PASS  $what"; else echo "FAIL  $what"; echo "$out" | sed 's/^/      /'; FAILED=1; fi
}

echo "== 1. an installation with evidence ($N employees)"
start "$SRC"
file_facility localhost:$PORT drill:drill-password "DRILL$$" "$N" D mixed
JOB=$(api -X POST localhost:$PORT/api/v1/facilities/$FAC/notice-jobs -d '{}' | json "['id']")
for _ in $(seq 1 600); do [[ $(psqlq "$SRC" "select status from notice_job where id = $JOB") == DONE ]] && break; sleep 0.5; done
api -X POST localhost:$PORT/api/v1/facilities/$FAC/evaluations >/dev/null
api localhost:$PORT/api/v1/facilities/$FAC/audit-packet -o "$WORK/before.zip"
api localhost:$PORT/api/v1/audit/heads/latest -o "$WORK/head.json"
psqlq "$SRC" "select id || ' ' || sha256 from notice order by id" >"$WORK/notices.txt"
FINGERPRINT=$(curl -sf -u drill:drill-password -H 'Content-Type: application/zip' --data-binary @"$WORK/before.zip" \
  localhost:$PORT/api/v1/audit-packets/verify | json "['certificateSha256']")
echo "   $(wc -l <"$WORK/notices.txt") notices, packet $(stat -c %s "$WORK/before.zip") bytes, audit head $(json "['seq']" <"$WORK/head.json")"

echo "== 2. back up, restore into a new database, start on the copy"
T0=$(date +%s.%N)
pg_dump -h localhost -U qlbench -d "$SRC" -Fc -f "$WORK/backup.dump"
T1=$(date +%s.%N)
stop
su postgres -c "psql -qc 'create database $DST owner qlbench'"
pg_restore -h localhost -U qlbench -d "$DST" --no-owner --exit-on-error "$WORK/backup.dump"
T2=$(date +%s.%N)
python3 -c "print(f'   pg_dump {($T1-$T0):.1f} s ($(stat -c %s "$WORK/backup.dump") bytes), pg_restore {($T2-$T1):.1f} s')"
start "$DST"

echo "== 3. the evidence on the restored copy"
chain_intact() { api localhost:$PORT/api/v1/audit/verify | python3 -c "
import json, sys; r = json.load(sys.stdin); print(r); sys.exit(0 if r['intact'] else 1)"; }
head_holds() { api -X POST localhost:$PORT/api/v1/audit/heads/verify \
  -d "$(python3 -c "import json; h = json.load(open('$WORK/head.json')); print(json.dumps({'statement': h['statement'], 'signature': h['signature']}))")" \
  | python3 -c "
import json, sys; r = json.load(sys.stdin); print(r)
sys.exit(0 if r['signatureValid'] and r['signedByThisRegistry'] and r['chainAgrees'] else 1)"; }
every_notice() {
  local bad=0 id sha pdf
  pdf=$WORK/notice.pdf
  while read -r id sha; do
    api localhost:$PORT/api/v1/notices/$id/pdf -o "$pdf" || { echo "notice $id: not served"; bad=1; continue; }
    [[ $(sha256sum "$pdf" | cut -d' ' -f1) == "$sha" ]] || { echo "notice $id: SHA-256 differs from the one recorded before the backup"; bad=1; }
    curl -sf -u drill:drill-password -H 'Content-Type: application/pdf' --data-binary @"$pdf" localhost:$PORT/api/v1/notices/verify \
      | python3 -c "import json, sys; r = json.load(sys.stdin); sys.exit(0 if r['genuine'] and r['signatureValid'] and r['unchanged'] else 1)" \
      || { echo "notice $id: not genuine"; bad=1; }
  done <"$WORK/notices.txt"
  [[ $(psqlq "$DST" "select count(*) from notice") == $(wc -l <"$WORK/notices.txt") ]] || { echo "notice count differs"; bad=1; }
  return $bad
}
packet_by_api() { curl -sf -u drill:drill-password -H 'Content-Type: application/zip' --data-binary @"$1" \
  localhost:$PORT/api/v1/audit-packets/verify | python3 -c "
import json, sys; r = json.load(sys.stdin); print(r['verdict'], r['problems']); sys.exit(0 if r['verdict'] == 'INTACT' else 1)"; }
packet_offline() { "$JAVA_HOME/bin/java" -jar target/quarkus-app/quarkus-run.jar verify-packet "$1" --fingerprint "$FINGERPRINT"; }
check "the audit chain verifies end to end" chain_intact
check "the audit head kept before the backup is in the restored chain" head_holds
check "every notice ($(wc -l <"$WORK/notices.txt")): same SHA-256 as before the backup, signature valid" every_notice
check "the packet exported before the backup verifies (API)" packet_by_api "$WORK/before.zip"
check "the packet exported before the backup verifies (offline, jar only)" packet_offline "$WORK/before.zip"
api localhost:$PORT/api/v1/facilities/$FAC/audit-packet -o "$WORK/after.zip"
check "a packet exported after the restore verifies (API)" packet_by_api "$WORK/after.zip"
stop
[[ $FAILED == 0 ]] && echo "restore drill passed" || { echo "restore drill FAILED (app log: $LOG)"; exit 1; }
