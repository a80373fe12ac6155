#!/usr/bin/env bash
# Issue #15's figures in one go: API tokens against /q/health/ready, 10,000 notices, a 10,000-employee evaluation,
# a year's audit packet under -Xmx256m and the 100-million-row work speed table, each by its own script, one after
# the other; then their numbers, ratios and targets go into docs/benchmarks.md between the "speed:start" and
# "speed:end" markers (the rest of the file, the analysis, is written by hand). Run it alone on the machine: every
# figure is a measurement of CPU the others would take.
#
#   bench/speed.sh              ~60-70 minutes on 2 cores, ~16 GB of disk for the work speed table
#   QUICK=1 bench/speed.sh      small sizes (~10 minutes) to check the scripts; the table then says so
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
QUICK="${QUICK:-0}"
if [[ $QUICK == 1 ]]; then
  TOKENS_FOR=10s; EMPLOYEES=1000; NOTICE_RUNS=1; ROWS=280000; SLICE_DAYS=2; ROUNDS=1; SAMPLES=50
else
  TOKENS_FOR=30s; EMPLOYEES=10000; NOTICE_RUNS=3; ROWS=100000000; SLICE_DAYS=30; ROUNDS=2; SAMPLES=1000
fi
mkdir -p bench/results
LOG="bench/results/speed-$(date -u +%Y%m%dT%H%M%SZ).txt"
step() { echo "== $* ($(date -u +%H:%M:%S))" | tee -a "$LOG"; }

./mvnw -o -q -B package -DskipTests
step "API tokens"
TOKENS=$(BENCH_REBUILD=0 bench/api-tokens.sh "$TOKENS_FOR" | tee -a "$LOG")
step "notices, $EMPLOYEES employees, $NOTICE_RUNS runs"
NOTICES=$(bench/notices.sh "$EMPLOYEES" "$NOTICE_RUNS" | tee -a "$LOG")
step "evaluation, $EMPLOYEES employees"
EVALUATION=$(bench/evaluation.sh "$EMPLOYEES" | tee -a "$LOG")
step "audit packet, $EMPLOYEES employees"
PACKET=$(bench/packet.sh "$EMPLOYEES" | tee -a "$LOG")
step "work speed, $ROWS rows"
WORKSPEED=$(ROWS=$ROWS SLICE_DAYS=$SLICE_DAYS ROUNDS=$ROUNDS SAMPLES=$SAMPLES bench/workspeed-100m.sh | tee -a "$LOG")

# Each script's own summary lines, read back here; a figure a script did not print shows as "?".
export TOKENS NOTICES EVALUATION PACKET WORKSPEED QUICK EMPLOYEES ROWS LOG
python3 - <<'PY'
import os, re
from datetime import datetime, timezone

def find(text, pattern, group=1):
    m = re.search(pattern, text, re.M)
    return m.group(group) if m else "?"

def row(what, measured, target, met):
    return f"| {what} | {measured} | {target} | {met} |"

def verdict(ok):
    return "?" if ok is None else ("**yes**" if ok else "**no**")

def num(s):
    try:
        return float(s.replace(",", "").rstrip("%").rstrip("s").rstrip("m"))
    except ValueError:
        return None

env = os.environ
tokens = {m.group(1): (m.group(2), m.group(3), m.group(4))
          for m in re.finditer(r"^(ready|token|basic|cookie)\s+([\d.]+)\s+(\S+)\s+([\d.]+)%", env["TOKENS"], re.M)}
def tok(name):
    rps, p99, share = tokens.get(name, ("?", "?", "?"))
    return rps, p99, share
t_rps, t_p99, t_share = tok("token")
c_rps, c_p99, c_share = tok("cookie")
r_rps, r_p99, _ = tok("ready")
p99_ms = None if t_p99 == "?" else (num(t_p99) * (1000 if t_p99.endswith("s") and not t_p99.endswith("ms") else 1))

notice_median = find(env["NOTICES"], r"notices in ([\d.]+) s")
notice_runs = find(env["NOTICES"], r"notices in [\d.]+ s \(([^)]*)\)")
eval_median = find(env["EVALUATION"], r"median ([\d.]+) s server")
packet_s = find(env["PACKET"], r"in ([\d.]+) s \(evaluation")
packet_heap = find(env["PACKET"], r"peak heap (\d+) MiB")
packet_ok = find(env["PACKET"], r"packet (intact|NOT intact)")
report = re.search(r"p50 ([\d.]+) ms, p99 ([\d.]+) ms", env["WORKSPEED"])
ingest_best = find(env["WORKSPEED"], r"ingestion ratio app/psql ([\d.]+)")
ingest_median = find(env["WORKSPEED"], r"median ([\d.]+)\s*$")
rows = find(env["WORKSPEED"], r"= ([\d,]+) rows;")
purge = find(env["WORKSPEED"], r"total ([\d.]+) s")
n = int(env["EMPLOYEES"])

lines = [
    "<!-- speed:start (written by bench/speed.sh; edit the script, not this table) -->",
    f"Last `bench/speed.sh` run: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores"
    + (", **QUICK=1: small sizes, not the acceptance's**" if env["QUICK"] == "1" else "")
    + f"; full output in `{env['LOG']}` on the machine that ran it.",
    "",
    "| figure | measured | target | met |",
    "| --- | --- | --- | --- |",
    row("`GET /api/v1/me` with a token, share of `/q/health/ready`",
        f"{t_share} % ({t_rps} req/s against {r_rps}), p99 {t_p99}", "≥ 25 %, p99 < 50 ms",
        verdict(None if num(t_share) is None or p99_ms is None else num(t_share) >= 25 and p99_ms < 50)),
    row("`/me` page with a sign-in cookie, share of `/q/health/ready`", f"{c_share} % ({c_rps} req/s), p99 {c_p99}",
        "≥ 10 %", verdict(None if num(c_share) is None else num(c_share) >= 10)),
    row(f"bulk notices, {n:,} employees, median", f"{notice_median} s ({notice_runs})", "< 15 s for 10,000",
        verdict(None if num(notice_median) is None or n != 10000 else num(notice_median) < 15)),
    row(f"evaluation, {n:,} employees, median of 3 (server)", f"{eval_median} s", "< 2 s for 10,000",
        verdict(None if num(eval_median) is None or n != 10000 else num(eval_median) < 2)),
    row(f"a year's audit packet, {n:,} employees, -Xmx256m", f"{packet_s} s, peak heap {packet_heap} MiB, {packet_ok}",
        "peak heap < 256 MB", verdict(None if num(packet_heap) is None else num(packet_heap) < 256 and packet_ok == "intact")),
    row(f"employee's 90-day report at {rows} rows", "?" if not report else f"p50 {report.group(1)} ms, p99 {report.group(2)} ms",
        "p99 < 50 ms", verdict(None if not report else float(report.group(2)) < 50)),
    row("ingestion against `psql \\copy`, best against best (median of rounds)", f"{ingest_best} ({ingest_median})",
        "≥ 0.8", verdict(None if num(ingest_best) is None else num(ingest_best) >= 0.8)),
    row("purge of one month", f"{purge} s", "none set", ""),
    "<!-- speed:end -->",
]
path = "docs/benchmarks.md"
text = open(path, encoding="utf-8").read()
block = "\n".join(lines)
start, end = text.find("<!-- speed:start"), text.find("<!-- speed:end -->")
if start >= 0 and end >= 0:
    text = text[:start] + block + text[end + len("<!-- speed:end -->"):]
else:
    text = text.replace("\n", "\n\n## Issue #15's figures in one go (`bench/speed.sh`)\n\n" + block + "\n", 1)
open(path, "w", encoding="utf-8").write(text)
print(block)
PY
