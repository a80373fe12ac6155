#!/usr/bin/env bash
# Raw-loop notice benchmark: render one employee notice, then render + sign with RSA-2048 and ECDSA P-256,
# on one thread, without Quarkus or a database. Usage: bench/notices-raw.sh [seconds-per-row] [warm-up-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${JAVA_HOME:-}" ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
mkdir -p bench/results
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
  org.quotaledger.bench.NoticeBenchmark "${1:-10}" "${2:-5}" | tee "bench/results/notices-raw-$(date -u +%Y%m%dT%H%M%SZ).txt"
