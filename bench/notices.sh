#!/usr/bin/env bash
# The notice benchmark the acceptance asks for: the raw loop (render + sign, one thread, no database) and the
# bulk path (the app's job: render, sign, store, ledger, audit) on the same machine, one after the other, and
# their ratio. Usage: bench/notices.sh [employees] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
RUNS=${2:-3}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mkdir -p bench/results
OUT=bench/results/notices-$(date -u +%Y%m%dT%H%M%SZ).txt
./mvnw -q -B package -DskipTests
raw=(); one=(); all=()
for run in $(seq 1 "$RUNS"); do
  raw+=("$(bench/notices-raw.sh 8 8 | tee -a "$OUT" | awk '/render \+ sign, RSA-2048/ { gsub(",", "", $5); print $5 }')")
  one+=("$(bench/notices-bulk.sh "$N" 1 | tee -a "$OUT" | awk '/^bulk path/ { print $9 }')")
  all+=("$(bench/notices-bulk.sh "$N" 0 | tee -a "$OUT" | awk '/^bulk path/ { print $9 }')")
  echo "run $run: raw loop ${raw[-1]}/s, bulk path ${one[-1]}/s with one signing thread, ${all[-1]}/s with one per core" | tee -a "$OUT"
done
python3 - "${raw[*]}" "${one[*]}" "${all[*]}" <<'PY' | tee -a "$OUT"
import statistics, sys
raw, one, every = ([float(x) for x in a.split()] for a in sys.argv[1:])
m = statistics.median
print(f"median of {len(raw)} runs: raw loop {m(raw):.0f} notices/s; bulk path {m(one):.0f}/s with one signing thread"
      f" (ratio {m(one) / m(raw):.2f}), {m(every):.0f}/s with one per core (ratio {m(every) / m(raw):.2f})")
PY
