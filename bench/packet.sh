#!/usr/bin/env bash
# Audit packet benchmark: a facility of 10,000 employees with a year of weekly deliveries (520,000 rows), one stored
# notice per employee (~240 MB of PDFs), 10,000 audit events and 500 requests, in an embedded PostgreSQL; the packaged app runs
# against it with -Xmx256m and one packet is downloaded with curl. Records time, size, the JVM's peak heap (jstat,
# sampled every 200 ms) and whether the packet verifies. Usage: bench/packet.sh [employees]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
EMPLOYEES="${1:-10000}"
PORT="${BENCH_PORT:-8093}"
OUT=bench/results; mkdir -p "$OUT"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
READY="$OUT/packet-db-$STAMP.env"
./mvnw -o -q -B package -DskipTests
./mvnw -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test

"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.quotaledger.bench.PacketBenchmarkData "$READY" "$EMPLOYEES" &
DATA_PID=$!
APP_PID=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
  rm -f "$READY"
  wait "$DATA_PID" 2>/dev/null || true
}
trap cleanup EXIT
until [[ -f "$READY" ]]; do sleep 1; kill -0 "$DATA_PID" || { echo "data generator failed"; exit 1; }; done
source "$READY"

QUARKUS_DATASOURCE_JDBC_URL="$URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
QUOTALEDGER_ADMIN_USERNAME=bench QUOTALEDGER_ADMIN_PASSWORD=bench-password-1 QUARKUS_HTTP_PORT="$PORT" \
QUOTALEDGER_SIGNING_KEY_PASSWORD=bench-signing-key-password QUOTALEDGER_METRICS_ACCESS=permit \
  "$JAVA_HOME/bin/java" -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$OUT/packet-app-$STAMP.log" 2>&1 &
APP_PID=$!
until curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null; do sleep 1; kill -0 "$APP_PID" || { echo "app failed"; exit 1; }; done

# Peak heap: the largest used heap (survivor + eden + old, KB) jstat sees while the packet streams.
"$JAVA_HOME/bin/jstat" -gc "$APP_PID" 200 > "$OUT/packet-jstat-$STAMP.txt" &
JSTAT_PID=$!
TO=$(date -u +%F); FROM=$(date -u -d '365 days ago' +%F)
RESULT=$(curl -s -u bench:bench-password-1 -o "$OUT/packet-$STAMP.zip" \
  -w '%{http_code} %{size_download} %{time_total}' \
  "http://localhost:$PORT/api/v1/facilities/$FACILITY/audit-packet?from=$FROM&to=$TO")
kill "$JSTAT_PID"
# The part of it spent judging the facility as of the period's end (the filing summary's findings), from the app's timer.
EVAL_S=$(curl -s "http://localhost:$PORT/q/metrics" \
  | awk '/^quotaledger_evaluation_duration_seconds_sum\{cause="as_of"/ { printf "%.1f", $2 }')
# Old generation after the download: what stayed live, beside the peak that a nearly full young generation inflates.
OLD_KB=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { if ($8 > m) m = $8 } END { printf "%d", m }' "$OUT/packet-jstat-$STAMP.txt")
read -r STATUS BYTES SECONDS_TOTAL <<< "$RESULT"
PEAK_KB=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%d", m }' "$OUT/packet-jstat-$STAMP.txt")
# The trust anchor comes from the registry's public page, never from the packet.
EMPLOYER=$(curl -s -u bench:bench-password-1 "http://localhost:$PORT/api/v1/facilities/$FACILITY" | sed -E 's/.*"employerId":([0-9]+).*/\1/')
curl -sf -o "$OUT/packet-trusted-$STAMP.pem" "http://localhost:$PORT/verify/employers/$EMPLOYER/certificate.pem"
if "$JAVA_HOME/bin/java" -jar target/quarkus-app/quarkus-run.jar verify-packet "$OUT/packet-$STAMP.zip" \
    --certificate "$OUT/packet-trusted-$STAMP.pem" > "$OUT/packet-verify-$STAMP.txt"; then
  VERIFIED=intact; else VERIFIED="NOT intact"; fi
read -r UNCOMPRESSED FILES <<< "$(unzip -l "$OUT/packet-$STAMP.zip" | tail -1 | awk '{print $1, $2}')"
echo "HTTP $STATUS, $((BYTES / 1048576)) MiB zipped ($((UNCOMPRESSED / 1048576)) MiB of files) in ${SECONDS_TOTAL} s (evaluation ${EVAL_S:-?} s), $FILES files, peak heap $((PEAK_KB / 1024)) MiB of 256 (old generation at most $((OLD_KB / 1024)) MiB), packet $VERIFIED" \
  | tee "$OUT/packet-$STAMP.txt"
