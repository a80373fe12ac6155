#!/usr/bin/env bash
# Rules benchmark: checks 10,000 generated quota descriptions through RulesEngine.check on one thread
# and prints documents/second. Usage: bench/rules.sh [documents]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
mkdir -p bench/results
"$JAVA_HOME/bin/java" -XX:ActiveProcessorCount=1 -Xms256m -Xmx256m \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.quotaledger.bench.RulesBenchmark "${1:-10000}" | tee "bench/results/rules-$(date +%Y%m%dT%H%M%S).txt"
