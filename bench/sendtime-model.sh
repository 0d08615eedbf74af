#!/usr/bin/env bash
# Send-time model benchmark (issue: send time); see docs/benchmarks.md. One command: bench/sendtime-model.sh
#
# JMH times the model's work per event and per customer, without database or HTTP
# (bench/jmh/io/bindung/sendtime/SendTimeBench.java, built by the Maven profile jmh): adding an
# engagement or a send to a profile, an engagement with the stored 1,008 bytes decoded and encoded, and choosing one
# customer's hour in a day's window. Results go to stdout and the "Send-time model alone" block of
# docs/benchmarks.md. The whole path over HTTP is timed by bench/sendtime.sh.
#
# Environment: BUILD_DIR (target/jmh), JMH_ARGS (extra JMH options, e.g. '-f 1 -wi 1 -i 2').
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BUILD_DIR="${BUILD_DIR:-target/jmh}"
[[ "$BUILD_DIR" = /* ]] || BUILD_DIR="$ROOT/$BUILD_DIR"
JMH_ARGS="${JMH_ARGS:-}"
COMMAND="bench/sendtime-model.sh${JMH_ARGS:+ (JMH_ARGS='$JMH_ARGS')}"

. bench/common.sh
OUT="bench/out/sendtime-model-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
run_jmh 'io\.bindung\.sendtime\.SendTimeBench\.' "$OUT"

score() { awk -F ',' -v name="\"io.bindung.sendtime.SendTimeBench.$1\"" -v field="$2" '$1 == name { gsub(/"/, "", $field); print $field }' "$OUT/jmh.csv"; }
row() { # $1 = benchmark, $2 = what, $3 = target µs (or empty)
  local mean error verdict=""
  mean="$(score "$1" 5)" error="$(score "$1" 6)"
  [ -n "$3" ] && verdict="$(awk -v v="$mean" -v b="$3" 'BEGIN { print (v < b ? "met" : "MISSED") }')"
  printf '| `%s` | %s | %.3f | %.3f | %s | %s |\n' "$1" "$2" "$mean" "$error" "${3:+< $3}" "$verdict"
}
groups="$(sed -n 's/.*rhythm groups: \([0-9]*\)$/\1/p' "$OUT/results.txt" | head -n 1)"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
[ -z "$(git status --porcelain -- src bench/jmh pom.xml 2>/dev/null)" ] || commit="$commit + uncommitted changes in src/, bench/jmh/ or pom.xml"
{
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) with \`$COMMAND\` at $commit."
  echo "Machine: $(nproc) cores ($cpu). JDK: $(java -version 2>&1 | head -n 1). JMH 1.37, average time per call (settings in"
  echo "SendTimeBench.java); load average $load_before before and $load_after after the run."
  echo
  echo "| benchmark | what | mean, µs | error (99.9%), µs | target, µs | |"
  echo "|---|---|---|---|---|---|"
  row addEvent "one engagement added to a profile in memory (O(1))" 5
  row addSend "one send added to a profile in memory (O(1))" 5
  row applyStoredEvent "one engagement with the stored 1,008 bytes decoded and encoded" 5
  row chooseForCustomer "one customer's best hour of a day's window (exposure, posterior over $groups rhythm groups, 24 × 24-hour horizon)" 20
  echo
  choose="$(score chooseForCustomer 5)"
  echo "One core chooses for $(awk -v us="$choose" 'BEGIN { printf "%d", 1e6 / us }') customers a second in memory (target for the whole"
  echo "path: 50,000 a second; see the HTTP numbers of bench/sendtime.sh). Raw results: \`$OUT/results.txt\` (git-ignored)."
} >"$OUT/summary.md"
echo
cat "$OUT/summary.md"

publish_results sendtime-model bench/sendtime-model.sh "Send-time model alone (issue: send time)" "$OUT/summary.md"
