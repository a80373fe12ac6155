#!/usr/bin/env bash
# Work-speed ingestion benchmark: generates N work speed rows (default 1,000,000) as the upload CSV, loads
# them with the app's loader (validate + COPY into staging + insert ... on conflict do nothing) and with
# psql \copy into the same table of an embedded PostgreSQL 17, and prints rows/second and the ratio.
# Usage: bench/workspeed.sh [rows]   (needs psql on the PATH, e.g. /usr/bin/psql)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
mkdir -p bench/results
"$JAVA_HOME/bin/java" -Xms1g -Xmx2g -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.quotaledger.bench.WorkSpeedBenchmark "${1:-1000000}" | tee "bench/results/workspeed-$(date +%Y%m%dT%H%M%S).txt"
