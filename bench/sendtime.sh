#!/usr/bin/env bash
# Send-time evaluation (issue: send time); see docs/benchmarks.md. One command: bench/sendtime.sh
#
# A server (its own process, access log off) on a fresh SQLite database; bench/SendTimeEval.java
# makes CUSTOMERS synthetic customers with hidden hourly preferences (segment pattern, fractional
# personal peak, weekday/weekend differences, noise, time zones around the world), sends them and
# 26 weeks of email history through the public API only, asks POST /v1/send-times for the best
# hour of each of the next seven days, and scores the answers against the hidden truth: the
# realised engagement rate of the model's hour against the best global hour, a random hour and
# the oracle, overall and by history depth. Results go to stdout and the "Send-time lift" block of
# docs/benchmarks.md.
#
# Environment: CUSTOMERS (20000), SEED (1), SERVER_JAVA_OPTS (default -Xmx512m), JAR_SOURCE (the jar
# to test, default target/bindung.jar, built if missing), WORLD_OPTS (another synthetic world to check
# that a model is not fitted to this one, e.g. '-Dfloor=0.1 -Dnoise=0.35'; see the Java file),
# KEEP_DBS=1 keeps the database, PUBLISH=0 leaves docs/benchmarks.md alone.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CUSTOMERS="${CUSTOMERS:-20000}"
SEED="${SEED:-1}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS--Xmx512m}"
JAR_SOURCE="${JAR_SOURCE:-target/bindung.jar}"
WORLD_OPTS="${WORLD_OPTS:-}"
COMMAND="bench/sendtime.sh (CUSTOMERS=$CUSTOMERS SEED=$SEED SERVER_JAVA_OPTS='$SERVER_JAVA_OPTS'${WORLD_OPTS:+ WORLD_OPTS='$WORLD_OPTS'})"

. bench/common.sh
if [ "$JAR_SOURCE" = target/bindung.jar ]; then
  prepare_run sendtime
else
  OUT="bench/out/sendtime-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$OUT"
  cp "$JAR_SOURCE" "$OUT/bindung.jar"
  JAR="$OUT/bindung.jar"
  KEY="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
fi
JAR_BUILT="$(date -u -r "$JAR_SOURCE" +%Y-%m-%dT%H:%MZ)"
DB="$OUT/sendtime.db"
start_server "$OUT" "$DB"
java -Xmx2g $WORLD_OPTS -cp "$JAR" bench/SendTimeEval.java "http://127.0.0.1:$PORT" "$KEY" "$CUSTOMERS" "$SEED" "$OUT" | tee "$OUT/results.txt"
ELAPSED=$SECONDS
stop_server
[ "${KEEP_DBS:-0}" = 1 ] || rm -f "$OUT"/*.db "$OUT"/*.db-wal "$OUT"/*.db-shm "$OUT"/*.inbox*

value() { sed -n "s/^$1=//p" "$OUT/results.txt" | tail -n 1; }
at_least() { awk -v v="$1" -v b="$2" 'BEGIN { print (v >= b ? "met" : "MISSED") }'; }
above() { awk -v v="$1" -v b="$2" 'BEGIN { print (v > b ? "met" : "MISSED") }'; }
pct() { awk -v v="$1" 'BEGIN { printf "%.0f%%", 100 * v }'; }
pp() { awk -v v="$1" 'BEGIN { printf "%+.1f pp", 100 * v }'; }
share_row() { # $1 = group key, $2 = label, $3 = target share
  printf '| %s: share of the oracle'"'"'s lift | %s [%s, %s] | ≥ %s | %s |\n' "$2" "$(pct "$(value "group.$1.share")")" \
    "$(pct "$(value "group.$1.share_low")")" "$(pct "$(value "group.$1.share_high")")" "$(pct "$3")" \
    "$(at_least "$(value "group.$1.share")" "$3")"
}
{
  describe_run
  echo "Jar: \`$JAR_SOURCE\` (built $JAR_BUILT). Whole run ${ELAPSED} s: $(value ingest.events) events ingested in $(value ingest.seconds) s;" \
    "the first POST /v1/send-times (what the server prepares on first use) $(value answers.first_call_seconds) s; then" \
    "$(value answers.requests) requests of 1,000 customers answered $((CUSTOMERS * 7)) customer-days in $(value answers.seconds) s" \
    "($(value answers.per_second) customers/s with the answers parsed and scored by this client on the same cores, slowest request" \
    "$(value answers.max_request_seconds) s)."
  echo
  cat "$OUT/table.md"
  echo
  echo "| | measured, 95% interval | target | |"
  echo "|---|---|---|---|"
  share_row all "overall" 0.60
  share_row d6_20 "6–20 past engagements" 0.75
  share_row d21plus "more than 20 past engagements" 0.90
  printf '| no history: lift over the best global hour | %s [%s, %s] | > 0 | %s |\n' "$(pp "$(value group.d0.model_lift)")" \
    "$(pp "$(value group.d0.model_lift_low)")" "$(pp "$(value group.d0.model_lift_high)")" "$(above "$(value group.d0.model_lift)" 0)"
  printf '| speed: %s customer-days asked again, 1,000 a request, 2 in flight, answers unread; median of 5 passes | %s customers/s (passes: %s) | ≥ 50,000 customers/s | %s |\n' \
    "$(value speed.customer_days)" "$(value speed.per_second)" "$(value speed.passes)" "$(at_least "$(value speed.per_second)" 50000)"
  echo
  echo "What these histories allow at best: a Bayesian learner that knows how the world is made (StructureLearner in the Java file)" \
    "reaches $(pct "$(value group.all.structure_share)") of the oracle's lift overall, $(pct "$(value group.d6_20.structure_share)") for 6–20" \
    "and $(pct "$(value group.d21plus.structure_share)") for more than 20 past engagements (expected shares; the histogram learner" \
    "$(pct "$(value group.all.learner_share)"), $(pct "$(value group.d6_20.learner_share)") and $(pct "$(value group.d21plus.learner_share)"))."
  echo
  echo "The synthetic world (seed $SEED): mean P $(pct "$(value world.mean_p)"), a customer's best hour" \
    "$(value world.median_best_over_median)× their median hour and $(value world.median_best_over_worst)× their worst (medians over customers);" \
    "verdicts on the realised point estimates. Model, definitions and statistics: the Javadoc of \`bench/SendTimeEval.java\`."
} >"$OUT/summary.md"
echo
cat "$OUT/summary.md"

if [ "${PUBLISH:-1}" = 1 ]; then
  publish_results sendtime bench/sendtime.sh "Send-time lift (issue: send time)" "$OUT/summary.md"
fi
