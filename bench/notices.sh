#!/usr/bin/env bash
# The notice benchmark the acceptance asks for: the raw loop (render + sign, one thread, no database) and the
# bulk path (the app's job: render, sign, store, ledger, audit) on the same machine, one after the other, and
# their ratio; for the bulk path also its median time, against issue #15's target of 10,000 notices in 15 s.
# Usage: bench/notices.sh [employees, default 10000] [runs, default 3]
# ONE_THREAD=1 adds a bulk run with one signing thread per round (the default for 2,000 employees or fewer).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
RUNS=${2:-3}
ONE_THREAD=${ONE_THREAD:-$([[ $N -le 2000 ]] && echo 1 || echo 0)}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mkdir -p bench/results
OUT=bench/results/notices-$(date -u +%Y%m%dT%H%M%SZ).txt
./mvnw -q -B package -DskipTests
raw=(); one=(); all=(); secs=()
for run in $(seq 1 "$RUNS"); do
  raw+=("$(bench/notices-raw.sh 8 8 | tee -a "$OUT" | awk '/render \+ sign, RSA-2048/ { gsub(",", "", $5); print $5 }')")
  if [[ $ONE_THREAD == 1 ]]; then
    one+=("$(bench/notices-bulk.sh "$N" 1 | tee -a "$OUT" | awk '/^bulk path/ { print $9 }')")
  fi
  line=$(bench/notices-bulk.sh "$N" 0 | tee -a "$OUT" | grep '^bulk path')
  all+=("$(awk '{ print $9 }' <<<"$line")"); secs+=("$(awk '{ print $6 }' <<<"$line")")
  echo "run $run: raw loop ${raw[-1]}/s, bulk path ${all[-1]}/s (${secs[-1]} s) with one signing thread per core${one:+, ${one[-1]}/s with one}" | tee -a "$OUT"
done
python3 - "$N" "${raw[*]}" "${all[*]}" "${secs[*]}" "${one[*]:-}" <<'PY' | tee -a "$OUT"
import statistics, sys
n = int(sys.argv[1])
raw, every, secs = ([float(x) for x in a.split()] for a in sys.argv[2:5])
one = [float(x) for x in sys.argv[5].split()]
m = statistics.median
print(f"median of {len(raw)} runs: raw loop {m(raw):.0f} notices/s; bulk path {n:,} notices in {m(secs):.1f} s"
      f" ({', '.join(f'{s:.1f}' for s in secs)}), {m(every):.0f}/s with one signing thread per core"
      f" (ratio to the raw loop {m(every) / m(raw):.2f})"
      + (f"; {m(one):.0f}/s with one signing thread (ratio {m(one) / m(raw):.2f})" if one else ""))
if n == 10000:
    print(f"issue #15 target, 10,000 in under 15 s: {'met' if m(secs) < 15 else 'not met'} (median {m(secs):.1f} s)")
PY
