#!/usr/bin/env bash
# Work speed data at employer scale (issue #15): 70,000 employees, 4 metrics a day, ROWS rows of history (default
# 100,000,000: 357 days) in the partitioned work_speed_record of a fresh database on the local PostgreSQL 15, then
# the ingestion of a SLICE_DAYS-day month (default 30: 8.4 million rows) by the app's loader and by psql \copy, the
# employee's 90-day report (p50/p99 over SAMPLES random employees), a request answer's data, and the purge of one
# month (ROUNDS rounds of each load, default 2, best of each). See WorkSpeedScaleBenchmark for what each step does.
# Usage: ROWS=10000000 SLICE_DAYS=7 bench/workspeed-100m.sh      (100M rows: ~25 min on 2 cores; ~15 GB of data plus WAL)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
ROWS="${ROWS:-100000000}"
SLICE_DAYS="${SLICE_DAYS:-30}"
SAMPLES="${SAMPLES:-1000}"
ROUNDS="${ROUNDS:-2}"
DB="${DB:-qlworkspeed}"
KEEP="${KEEP:-no}"     # yes: leave the database for a look afterwards

./mvnw -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
su postgres -c "psql -qc 'drop database if exists $DB'"
bench_database "$DB"
mkdir -p bench/results
out="bench/results/workspeed-100m-$(date +%Y%m%dT%H%M%S).txt"
{ echo "date: $(date -u +%FT%TZ); $(nproc) cores; $(su postgres -c 'psql -Atc "select version()"')"
  "$JAVA_HOME/bin/java" -Xms1g -Xmx3g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.quotaledger.bench.WorkSpeedScaleBenchmark "jdbc:postgresql://localhost:5432/$DB" qlbench qlbench \
    "$ROWS" "$SLICE_DAYS" "$SAMPLES" "localhost:5432/$DB" "$ROUNDS"
} 2>&1 | tee "$out"
[[ $KEEP == yes ]] || su postgres -c "psql -qc 'drop database if exists $DB'"
