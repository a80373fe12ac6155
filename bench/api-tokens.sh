#!/usr/bin/env bash
# API token benchmark (issue #15): the packaged app with the demo data on its embedded PostgreSQL; an employee's API
# token is made with HTTP Basic, then wrk (-t2 -c16 -d30s by default) runs in turn on /q/health/ready, on
# GET /api/v1/me with the token, with HTTP Basic, and on the /me page with a sign-in cookie. Prints requests/s and p99
# of each, and each one's throughput as a share of /q/health/ready's. Acceptance: the token's share at least 25 %,
# its p99 under 50 ms. Usage: bench/api-tokens.sh [duration, e.g. 30s]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DURATION="${1:-30s}"
PORT="${BENCH_PORT:-18080}"
BASE="http://localhost:$PORT"
OUT=bench/results; mkdir -p "$OUT"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
DATA=$(mktemp -d)
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
[[ -f target/quarkus-app/quarkus-run.jar && "${BENCH_REBUILD:-1}" == 0 ]] || ./mvnw -q -B package -DskipTests

APP_PID=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT
QUOTALEDGER_DEMO_ENABLED=true QUOTALEDGER_DATA_DIR="$DATA" QUARKUS_HTTP_PORT="$PORT" \
QUOTALEDGER_SIGNING_KEY_PASSWORD=bench-signing-key-password \
  "$JAVA_HOME/bin/java" -jar target/quarkus-app/quarkus-run.jar > "$OUT/api-tokens-app-$STAMP.log" 2>&1 &
APP_PID=$!
until curl -sf "$BASE/q/health/ready" > /dev/null; do sleep 1; kill -0 "$APP_PID" || { echo "app failed"; exit 1; }; done
until curl -sf -u employee:quota-demo-2026 "$BASE/api/v1/me" > /dev/null; do sleep 1; done   # demo data loaded

TOKEN=$(curl -sf -u employee:quota-demo-2026 -H 'Content-Type: application/json' -d '{"name":"benchmark"}' \
  "$BASE/api/v1/tokens" | sed -E 's/.*"token":"(ql_[A-Za-z0-9_-]+)".*/\1/')
JAR=$(mktemp)
CSRF=$(curl -sf -c "$JAR" "$BASE/login" | sed -nE 's/.*name="csrf-token" value="([^"]+)".*/\1/p' | head -1)
curl -sf -b "$JAR" -c "$JAR" -o /dev/null -d "j_username=employee&j_password=quota-demo-2026&csrf-token=$CSRF" "$BASE/j_security_check"
COOKIE=$(awk '$6 == "quarkus-credential" { print $6 "=" $7 }' "$JAR"); rm -f "$JAR"
curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me" > /dev/null || { echo "the token does not work"; exit 1; }
curl -sf -H "Cookie: $COOKIE" "$BASE/me" > /dev/null || { echo "the cookie does not work"; exit 1; }

run() { # name, then wrk's arguments; prints "name req/s p99"
  local name=$1; shift
  wrk -t2 -c16 -d"$DURATION" --latency "$@" > "$OUT/api-tokens-$name-$STAMP.txt"
  local rps p99
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$OUT/api-tokens-$name-$STAMP.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$OUT/api-tokens-$name-$STAMP.txt")
  echo "$name $rps $p99"
}
# Each path is warmed until the JIT is done with it: rounds of 10 s of its traffic until two in a row each add under
# 0.3 s to the JVM's compilation time (jstat), at most sixty. Steady state is what a server that has been up for a while
# gives. The page runs far more code than the others: on a 2-core machine the compiler kept one core busy for about
# five minutes of its traffic, so any warm-up judged by req/s alone (five seconds, then rounds until two agreed within
# 3 %) measured the compiler as much as the page (the earlier rows in docs/benchmarks.md).
jit_seconds() { "$JAVA_HOME/bin/jstat" -compiler "$APP_PID" | awk 'NR == 2 { print $4 }'; }
warm() { # name, then wrk's arguments
  local name=$1 quiet=0 before after now round
  shift
  for round in $(seq 1 60); do
    before=$(jit_seconds)
    now=$(wrk -t2 -c16 -d10s "$@" | awk '/^Requests\/sec:/ { print int($2) }')
    after=$(jit_seconds)
    if awk -v a="$before" -v b="$after" 'BEGIN { exit !(b - a < 0.3) }'; then quiet=$((quiet + 1)); else quiet=0; fi
    if (( quiet == 2 )); then
      echo "$name warm after $round rounds of 10 s: $now req/s" >&2
      return
    fi
  done
  echo "$name: the JIT was still compiling after 600 s: $now req/s" >&2
}
warm ready "$BASE/q/health/ready"
warm token -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me"
warm cookie -H "Cookie: $COOKIE" "$BASE/me"

RESULTS=$( {
  run ready "$BASE/q/health/ready"
  run token -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me"
  run basic -H "Authorization: Basic $(printf 'employee:quota-demo-2026' | base64)" "$BASE/api/v1/me"
  run cookie -H "Cookie: $COOKIE" "$BASE/me"
} )
READY=$(awk '$1 == "ready" { print $2 }' <<< "$RESULTS")
{
  echo "wrk -t2 -c16 -d$DURATION, $(nproc) cores, $(date -u +%F)"
  printf '%-8s %12s %10s %10s\n' what 'req/s' p99 'of ready'
  while read -r name rps p99; do
    printf '%-8s %12s %10s %9.1f%%\n' "$name" "$rps" "$p99" "$(awk -v a="$rps" -v b="$READY" 'BEGIN { print 100 * a / b }')"
  done <<< "$RESULTS"
} | tee "$OUT/api-tokens-$STAMP.txt"
