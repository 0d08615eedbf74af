#!/usr/bin/env bash
# Demo shop benchmark (issue: ecosystem); see docs/benchmarks.md. One command: bench/demo.sh
#
# Loads the demo shop (`java -jar bindung.jar demo`, 10,000 customers, about 300,000 events) into a
# fresh SQLite file RUNS times and reports the wall time of the whole command (JVM start, migrations,
# loading through the API). Results go to stdout and the "Demo shop" block of docs/benchmarks.md.
#
# Environment: RUNS (3).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-3}"
COMMAND="bench/demo.sh (RUNS=$RUNS)"
SERVER_JAVA_OPTS=""

. bench/common.sh
prepare_run demo
SECONDS_LIST=()
for run in $(seq 1 "$RUNS"); do
  rm -f "$OUT"/demo.db*
  started=$(date +%s.%N)
  java -jar "$JAR" demo --db "jdbc:sqlite:$OUT/demo.db" 2>/dev/null | tee -a "$OUT/results.txt"
  SECONDS_LIST+=("$(echo "$(date +%s.%N) - $started" | bc)")
done
rm -f "$OUT"/demo.db*
SORTED=$(printf '%s\n' "${SECONDS_LIST[@]}" | sort -n)
MEDIAN=$(echo "$SORTED" | sed -n "$(( (RUNS + 1) / 2 ))p")
{
  describe_run
  echo
  echo "| command | median, s | runs, s | target | |"
  echo "|---|---|---|---|---|"
  echo "| \`java -jar target/bindung.jar demo\` on a new SQLite file (10,000 customers, ~300,000 events) | $(printf '%.1f' "$MEDIAN") | $(printf '%.1f ' ${SECONDS_LIST[@]}) | < 60 s | $(awk -v v="$MEDIAN" 'BEGIN { print (v < 60 ? "met" : "MISSED") }') |"
} >"$OUT/summary.md"
echo
cat "$OUT/summary.md"
publish_results demo bench/demo.sh "Demo shop (issue: ecosystem)" "$OUT/summary.md"
