#!/usr/bin/env bash
# Experiments benchmark (issue: experiments); see docs/benchmarks.md. One command: bench/experiments.sh
#
# A server (its own process, access log off) on a fresh SQLite database: a 6-arm experiment with 3
# metrics gets EXPOSURES seeded exposures (bench/ExperimentBench.java), and GET .../results is timed
# once cold (computed in full) and RUNS times after NEW_CUSTOMERS more customers were exposed through
# the events API each time (kept up to date incrementally); then a 2-arm experiment is assigned one customer per request from 32 concurrent clients
# (bench/LoadGenerator.java assign). Results go to stdout and the "Experiments" block of
# docs/benchmarks.md.
#
# Environment: RUNS (5), EXPOSURES (1000000), NEW_CUSTOMERS (1000), ASSIGNMENTS (60000), SERVER_JAVA_OPTS
# (default -Xmx256m).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-5}"
EXPOSURES="${EXPOSURES:-1000000}"
ASSIGNMENTS="${ASSIGNMENTS:-60000}"
NEW_CUSTOMERS="${NEW_CUSTOMERS:-1000}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS--Xmx256m}"
COMMAND="bench/experiments.sh (RUNS=$RUNS EXPOSURES=$EXPOSURES NEW_CUSTOMERS=$NEW_CUSTOMERS ASSIGNMENTS=$ASSIGNMENTS SERVER_JAVA_OPTS='$SERVER_JAVA_OPTS')"

. bench/common.sh
prepare_run experiments
DB="$OUT/experiments.db"
start_server "$OUT" "$DB"
URL="http://127.0.0.1:$PORT"
java -cp "$JAR" bench/ExperimentBench.java create "$URL" "$KEY" six-arms
echo "== seeding $EXPOSURES exposures"
java -Xmx1g -cp "$JAR" bench/ExperimentBench.java seed "$DB" six-arms "$EXPOSURES" | tee "$OUT/results.txt"
sleep 2
echo "== timing GET /v1/experiments/six-arms/results, $RUNS runs"
java -cp "$JAR" bench/ExperimentBench.java results "$URL" "$KEY" six-arms "$RUNS" "$NEW_CUSTOMERS" | tee -a "$OUT/results.txt"

echo "== assigning $ASSIGNMENTS customers one per request from 32 clients"
curl -sf -X POST "$URL/v1/experiments" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"key":"assign-bench","name":"Assignment","variants":[{"key":"a"},{"key":"b"}],"primaryMetric":{"type":"conversion","event":"Order Completed"}}' >/dev/null
curl -sf -X POST "$URL/v1/experiments/assign-bench/start" -H "Authorization: Bearer $KEY" >/dev/null
java bench/LoadGenerator.java assign --url "$URL" --key "$KEY" --experiment assign-bench --requests "$ASSIGNMENTS" \
  --concurrency 32 | tee -a "$OUT/results.txt"
stop_server
[ "${KEEP_DBS:-0}" = 1 ] || rm -f "$OUT"/*.db "$OUT"/*.db-wal "$OUT"/*.db-shm "$OUT"/*.inbox*

value() { sed -n "s/^$1=//p" "$OUT/results.txt" | tail -n 1; }
verdict() { awk -v v="$1" -v b="$3" 'BEGIN { ok = ("'"$2"'" == ">=") ? v >= b : v < b; print (ok ? "met" : "MISSED") }'; }
{
  describe_run
  echo
  echo "| metric | median | runs | target | |"
  echo "|---|---|---|---|---|"
  echo "| results of a 6-arm experiment, $EXPOSURES exposures, 3 metrics, each after $NEW_CUSTOMERS more customers were exposed, ms | $(value results.median_ms) | $(value results.runs_ms) | < 300 | $(verdict "$(value results.median_ms)" "<" 300) |"
  echo "| the same, cold: computed in full (first look after a start), ms | $(value results.first_ms) | | | |"
  echo "| assignment, customers/s (one per request, 32 clients, $ASSIGNMENTS requests) | $(value assign.requests_per_s) | | >= 5,000 | $(verdict "$(value assign.requests_per_s)" ">=" 5000) |"
  echo "| assignment latency p50, ms | $(value assign.p50_ms) | | | |"
  echo "| assignment latency p99, ms | $(value assign.p99_ms) | | < 20 | $(verdict "$(value assign.p99_ms)" "<" 20) |"
} >"$OUT/summary.md"
echo
cat "$OUT/summary.md"

publish_results experiments bench/experiments.sh "Experiments (issue: experiments)" "$OUT/summary.md"
