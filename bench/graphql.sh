#!/usr/bin/env bash
# GraphQL metrics benchmark (issue: GraphQL); see docs/benchmarks.md. One command: bench/graphql.sh
#
# A server (its own process, access log off) on a fresh SQLite database (migrated by it) seeded with CUSTOMERS
# customers and EVENTS events over 13 months (bench/GraphQlBench.java), then each query of the
# issue's targets timed RUNS times after one unmeasured run: a dashboard (a year's weekly retention
# series, repeat purchase rate, NPS, the top 5 campaigns' stats), a 12 × 12 weekly cohort matrix
# and a customer page of 20 fields, and the first fit of the CLV models. Results go to stdout and the "GraphQL" block of docs/benchmarks.md.
#
# Environment: RUNS (5), CUSTOMERS (100000), EVENTS (1000000), SERVER_JAVA_OPTS (default -Xmx512m).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-5}"
CUSTOMERS="${CUSTOMERS:-100000}"
EVENTS="${EVENTS:-1000000}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS--Xmx512m}"
COMMAND="bench/graphql.sh (RUNS=$RUNS CUSTOMERS=$CUSTOMERS EVENTS=$EVENTS SERVER_JAVA_OPTS='$SERVER_JAVA_OPTS')"

. bench/common.sh
prepare_run graphql
DB="$OUT/graphql.db"
start_server "$OUT" "$DB"
URL="http://127.0.0.1:$PORT"
java -Xmx1g -cp "$JAR" bench/GraphQlBench.java seed "$DB" "$CUSTOMERS" "$EVENTS" | tee "$OUT/results.txt"
java -cp "$JAR" bench/GraphQlBench.java time "$URL" "$KEY" "$RUNS" | tee -a "$OUT/results.txt"
stop_server
[ "${KEEP_DBS:-0}" = 1 ] || rm -f "$OUT"/*.db "$OUT"/*.db-wal "$OUT"/*.db-shm "$OUT"/*.inbox*

value() { sed -n "s/^$1=//p" "$OUT/results.txt" | tail -n 1; }
verdict() { awk -v v="$1" -v b="$2" 'BEGIN { print (v < b ? "met" : "MISSED") }'; }
{
  describe_run
  echo
  echo "| query | median, ms | runs, ms | target, ms | |"
  echo "|---|---|---|---|---|"
  echo "| dashboard: weekly retention for a year, repeat purchase rate, NPS, top 5 campaigns | $(value dashboard.median_ms) | $(value dashboard.runs_ms) | < 300 | $(verdict "$(value dashboard.median_ms)" 300) |"
  echo "| 12 × 12 weekly cohort matrix | $(value cohorts.median_ms) | $(value cohorts.runs_ms) | < 500 | $(verdict "$(value cohorts.median_ms)" 500) |"
  echo "| customer page, 20 fields with metrics, RFM and engagement | $(value customer.median_ms) | $(value customer.runs_ms) | < 20 | $(verdict "$(value customer.median_ms)" 20) |"
  echo "| fitting BG/NBD + Gamma-Gamma on every customer with orders (the first \`clvModel\` query; one run) | $(value fit.ms) | $(value fit.ms) | < 5000 | $(verdict "$(value fit.ms)" 5000) |"
  echo
  echo "The fit: \`$(value fit.model)\`"
} >"$OUT/summary.md"
echo
cat "$OUT/summary.md"

publish_results graphql bench/graphql.sh "GraphQL (issue: GraphQL)" "$OUT/summary.md"
