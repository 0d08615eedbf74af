#!/usr/bin/env bash
# Webhook dispatch benchmark (issue: campaigns and delivery); see docs/benchmarks.md.
# One command: bench/dispatch.sh
#
# Per run (bench/DispatchBench.java): a fresh SQLite database, the server in its own process with
# the webhook channel pointed at a local receiver, then MESSAGES webhook messages enqueued through
# Outbox.enqueue in one transaction. Messages/s is counted from the start of that transaction until the receiver,
# which checks signatures and de-duplicates by Idempotency-Key, holds every message. The median of
# RUNS runs goes to stdout and to the "Delivery" results block of docs/benchmarks.md.
#
# Environment: RUNS (3), MESSAGES (100000), SERVER_JAVA_OPTS (default -Xmx512m),
# JAR (default target/bindung.jar, built when missing).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-3}"
MESSAGES="${MESSAGES:-100000}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS--Xmx512m}"
JAR_SOURCE="${JAR:-target/bindung.jar}"
COMMAND="bench/dispatch.sh (RUNS=$RUNS MESSAGES=$MESSAGES SERVER_JAVA_OPTS='$SERVER_JAVA_OPTS')"

[ -f "$JAR_SOURCE" ] || mvn -q -B package -DskipTests
OUT="bench/out/dispatch-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
cp "$JAR_SOURCE" "$OUT/bindung.jar"
JAR="$OUT/bindung.jar"

. bench/common.sh

echo "== dispatching $MESSAGES webhook messages, $RUNS runs"
java -Xmx1g -cp "$JAR" bench/DispatchBench.java "$JAR" "$OUT" "$MESSAGES" "$RUNS" "$SERVER_JAVA_OPTS" | tee "$OUT/results.txt"
[ "${KEEP_DBS:-0}" = 1 ] || rm -f "$OUT"/run*/*.db "$OUT"/run*/*.db-wal "$OUT"/run*/*.db-shm "$OUT"/run*/*.inbox*

value() { sed -n "s/^$1=//p" "$OUT/results.txt" | tail -n 1; }
all() { for run in $(seq 1 "$RUNS"); do value "dispatch.run$run.$1"; done | paste -sd, - | sed 's/,/, /g'; }
median="$(value dispatch.median_per_s)"
verdict="$(awk -v v="$median" 'BEGIN { print (v >= 2000 ? "met" : "MISSED") }')"
{
  describe_run
  echo "Dispatcher defaults: batches of 500, 64 sending threads, one SQLite database; receiver in the benchmark's JVM on the same machine."
  echo
  echo "| metric | median | runs | target | |"
  echo "|---|---|---|---|---|"
  echo "| webhook messages/s, from the start of the enqueue transaction until all $MESSAGES arrived | $median | $(value dispatch.runs_per_s) | >= 2,000 | $verdict |"
  echo "| messages received (de-duplicated by Idempotency-Key) | | $(all received) | all $MESSAGES | |"
  echo "| repeats (sent again, dropped by the receiver) | | $(all repeats) | | |"
  echo "| bad signatures | | $(all bad_signatures) | 0 | |"
  echo "| of which the enqueue transaction, ms | | $(all enqueue_ms) | | |"
} >"$OUT/summary.md"
echo
cat "$OUT/summary.md"

publish_results dispatch bench/dispatch.sh "Delivery (issue: campaigns and delivery)" "$OUT/summary.md"
