#!/usr/bin/env bash
# Segment evaluation benchmark (issue: segments and campaigns); see docs/benchmarks.md.
# One command: bench/segments.sh
#
# Seeds a SQLite database with CUSTOMERS customers and EVENTS events (bench/SegmentBench.java),
# starts the server on it (its own process, access log off) and times POST /v1/segments/preview
# for the issue's three-condition rule (an attribute, an event count in 30 days, a revenue sum),
# written in two orders, RUNS times each after one unmeasured run. Medians go to stdout and to
# the "Segments" results block of docs/benchmarks.md.
#
# Environment: RUNS (7), CUSTOMERS (100000), EVENTS (1000000), SERVER_JAVA_OPTS (default -Xmx256m).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-7}"
CUSTOMERS="${CUSTOMERS:-100000}"
EVENTS="${EVENTS:-1000000}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS--Xmx256m}"
COMMAND="bench/segments.sh (RUNS=$RUNS CUSTOMERS=$CUSTOMERS EVENTS=$EVENTS SERVER_JAVA_OPTS='$SERVER_JAVA_OPTS')"

. bench/common.sh
prepare_run segments
DB="$OUT/segments.db"

echo "== seeding $CUSTOMERS customers and $EVENTS events"
java -jar "$JAR" migrate --db "jdbc:sqlite:$DB" >/dev/null
java -Xmx1g -cp "$JAR" bench/SegmentBench.java seed "$DB" "$CUSTOMERS" "$EVENTS" | tee "$OUT/results.txt"

echo "== server"
start_server "$OUT" "$DB"

echo "== timing POST /v1/segments/preview, $RUNS runs per rule"
java -cp "$JAR" bench/SegmentBench.java measure "http://127.0.0.1:$PORT" "$KEY" "$RUNS" | tee -a "$OUT/results.txt"
stop_server
[ "${KEEP_DBS:-0}" = 1 ] || rm -f "$OUT"/*.db "$OUT"/*.db-wal "$OUT"/*.db-shm "$OUT"/*.inbox*

value() { sed -n "s/^$1=//p" "$OUT/results.txt" | tail -n 1; }
verdict() { awk -v v="$1" 'BEGIN { print (v < 1000 ? "met" : "MISSED") }'; }
{
  describe_run
  echo
  echo "| rule (POST /v1/segments/preview: count + 10-customer sample) | customers in it | first run, ms | median of $RUNS, ms | all runs, ms | target | |"
  echo "|---|---|---|---|---|---|---|"
  for rule in attribute_first attribute_last; do
    printf '| %s | %s | %s | %s | %s | < 1000 ms | %s |\n' "$rule" "$(value "segment.$rule.size")" \
      "$(value "segment.$rule.first_ms")" "$(value "segment.$rule.median_ms")" "$(value "segment.$rule.runs_ms")" \
      "$(verdict "$(value "segment.$rule.median_ms")")"
  done
} >"$OUT/summary.md"
echo
cat "$OUT/summary.md"

publish_results segments bench/segments.sh "Segments (issue: segments and campaigns)" "$OUT/summary.md"
