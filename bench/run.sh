#!/usr/bin/env bash
# Ingestion benchmark (issue: foundation); see docs/benchmarks.md. One command: bench/run.sh
#
# Each of RUNS rounds: a JDBC ceiling at two commit sizes on fresh SQLite files, then a fresh
# server (its own process, access log off) loaded by a separate client process: EVENTS events in
# batches, then single events; then the server's peak RSS. Medians go to stdout and to the
# "Ingestion" results block of docs/benchmarks.md.
#
# Environment: RUNS (3), EVENTS (1000000), SINGLE_REQUESTS (60000), SERVER_JAVA_OPTS (JVM flags of
# the server, default -Xmx256m -XX:+UseSerialGC as the README recommends; empty for JDK defaults), SERVER_JAVA (the
# server's java, default java; a JDK 21+ serves on virtual threads), KEEP_DBS=1 keeps the database
# files in bench/out/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-3}"
EVENTS="${EVENTS:-1000000}"
CUSTOMERS=50000
BATCH=500
CONNECTIONS=4
SINGLE_REQUESTS="${SINGLE_REQUESTS:-60000}"
SINGLE_CONCURRENCY=32
# The server's largest transaction (ingestCommitEvents: events moved from the inbox at once).
CEILING_COMMIT=50000
# What committing each group of requests straight away could reach: 4 connections x 500 in flight.
REFERENCE_COMMIT=$((BATCH * CONNECTIONS))
# The heap and collector the README recommends; without -Xmx the JVM lets the heap grow toward a quarter of RAM.
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS--Xmx256m -XX:+UseSerialGC}"
SERVER_JAVA="${SERVER_JAVA:-java}"
COMMAND="bench/run.sh (RUNS=$RUNS EVENTS=$EVENTS SINGLE_REQUESTS=$SINGLE_REQUESTS SERVER_JAVA_OPTS='$SERVER_JAVA_OPTS' SERVER_JAVA=$SERVER_JAVA)"

. bench/common.sh
prepare_run ingestion

value() { # $1 = results file, $2 = key
  sed -n "s/^$2=//p" "$1" | tail -n 1
}

echo "== generating $EVENTS events for $CUSTOMERS customers"
java bench/LoadGenerator.java generate --out "$OUT/events.tsv" --events "$EVENTS" --customers "$CUSTOMERS" --seed 1

for run in $(seq 1 "$RUNS"); do
  dir="$OUT/run$run"
  mkdir -p "$dir"
  results="$dir/results.txt"
  for commit in "$CEILING_COMMIT" "$REFERENCE_COMMIT"; do
    echo "== run $run: JDBC ceiling, $commit events per commit"
    java -jar "$JAR" migrate --db "jdbc:sqlite:$dir/ceiling$commit.db" >/dev/null
    java -Xmx2g -cp "$JAR" bench/Ceiling.java insert "$dir/ceiling$commit.db" "$OUT/events.tsv" "$commit" | tee -a "$results"
  done

  echo "== run $run: server, $EVENTS events in batches of $BATCH over $CONNECTIONS connections"
  start_server "$dir" "$dir/server.db"
  url="http://127.0.0.1:$PORT"
  java -Xmx1500m bench/LoadGenerator.java batch --url "$url" --key "$KEY" --events-file "$OUT/events.tsv" \
    --batch "$BATCH" --connections "$CONNECTIONS" | tee -a "$results"
  echo "== run $run: server, $SINGLE_REQUESTS single events from $SINGLE_CONCURRENCY concurrent clients"
  java bench/LoadGenerator.java single --url "$url" --key "$KEY" --requests "$SINGLE_REQUESTS" \
    --concurrency "$SINGLE_CONCURRENCY" --customers "$CUSTOMERS" | tee -a "$results"
  echo "server.peak_rss_mib=$(awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status")" | tee -a "$results"
  stop_server
  echo "== run $run: checking that server and ceiling stored the same rows"
  java -cp "$JAR" bench/Ceiling.java compare "$dir/ceiling$CEILING_COMMIT.db" "$dir/server.db" | tee -a "$results"
  awk -v s="$(value "$results" batch.events_per_s)" -v c="$(value "$results" "ceiling$CEILING_COMMIT.events_per_s")" \
    -v r="$(value "$results" "ceiling$REFERENCE_COMMIT.events_per_s")" \
    'BEGIN { printf "ratio.server_to_ceiling%d=%.2f\nratio.server_to_ceiling%d=%.2f\n", '"$CEILING_COMMIT"', s / c, '"$REFERENCE_COMMIT"', s / r }' \
    | tee -a "$results"
  [ "${KEEP_DBS:-0}" = 1 ] || rm -f "$dir"/*.db "$dir"/*.db-wal "$dir"/*.db-shm "$dir"/*.inbox*
done

# ---- summary: medians over the runs (peak RSS: the largest run) ------------------------------
all() { # $1 = key: the values of all runs, comma-separated
  for run in $(seq 1 "$RUNS"); do value "$OUT/run$run/results.txt" "$1"; done | paste -sd, | sed 's/,/, /g'
}
median() {
  for run in $(seq 1 "$RUNS"); do value "$OUT/run$run/results.txt" "$1"; done | sort -g |
    awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
maximum() {
  for run in $(seq 1 "$RUNS"); do value "$OUT/run$run/results.txt" "$1"; done | sort -g | tail -n 1
}
verdict() { # $1 = value, $2 = comparison (">=" or "<"), $3 = bound
  awk -v v="$1" -v b="$3" 'BEGIN { ok = ("'"$2"'" == ">=") ? v >= b : v < b; print (ok ? "met" : "MISSED") }'
}

batch_rate=$(median batch.events_per_s)
ratio=$(median "ratio.server_to_ceiling$CEILING_COMMIT")
single_rate=$(median single.requests_per_s)
single_p99=$(median single.p99_ms)
rss=$(maximum server.peak_rss_mib)
same_rows=$(all compare.same_rows)
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
memory="$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
jdk="$("$SERVER_JAVA" -version 2>&1 | head -n 1)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src 2>/dev/null || echo ' + uncommitted changes in src/')"

row() { # metric, key, target, verdict
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$(median "$2")" "$(all "$2")" "$3" "$4"
}
{
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) with \`$COMMAND\` at $commit."
  echo "Machine: $(nproc) cores ($cpu), $memory. Server JDK: $jdk. Medians of $RUNS runs (all runs listed)."
  echo "Server JVM flags: ${SERVER_JAVA_OPTS:-none (JDK defaults)}."
  echo
  echo "| metric | median | runs | target | |"
  echo "|---|---|---|---|---|"
  row "batch ingestion, events/s over all $EVENTS until all are in the events table ($BATCH per request, $CONNECTIONS connections)" batch.events_per_s ">= 25,000" "$(verdict "$batch_rate" ">=" 25000)"
  row "batch ingestion, events/s acknowledged (durable in the inbox, before the last move)" batch.acked_events_per_s "" ""
  row "batch request latency p50, ms" batch.p50_ms "" ""
  row "batch request latency p99, ms" batch.p99_ms "" ""
  row "JDBC ceiling, events/s, $CEILING_COMMIT events per commit" "ceiling$CEILING_COMMIT.events_per_s" "" ""
  row "JDBC ceiling, events/s, $REFERENCE_COMMIT events per commit (reference)" "ceiling$REFERENCE_COMMIT.events_per_s" "" ""
  row "server / ceiling ($CEILING_COMMIT per commit)" "ratio.server_to_ceiling$CEILING_COMMIT" ">= 0.50" "$(verdict "$ratio" ">=" 0.5)"
  row "server / ceiling ($REFERENCE_COMMIT per commit)" "ratio.server_to_ceiling$REFERENCE_COMMIT" "" ""
  row "single events, requests/s ($SINGLE_CONCURRENCY concurrent clients, $SINGLE_REQUESTS requests)" single.requests_per_s ">= 3,000" "$(verdict "$single_rate" ">=" 3000)"
  row "single event latency p50, ms" single.p50_ms "" ""
  row "single event latency p99, ms" single.p99_ms "< 25" "$(verdict "$single_p99" "<" 25)"
  printf '| %s | %s | %s | %s | %s |\n' "server peak RSS (VmHWM), MiB" "$rss (largest run)" "$(all server.peak_rss_mib)" "< 512" "$(verdict "$rss" "<" 512)"
  echo
  echo "Server and ceiling stored identical rows (every run): $same_rows. Raw results: \`$OUT/run*/results.txt\` (git-ignored)."
} >"$OUT/summary.md"

echo
echo "== summary (also in $OUT/summary.md and docs/benchmarks.md)"
cat "$OUT/summary.md"

publish_results ingestion bench/run.sh "Ingestion (issue: foundation)" "$OUT/summary.md"
