#!/usr/bin/env bash
# Statistics benchmark (issue: experiments); see docs/benchmarks.md. One command: bench/stats.sh
#
# JMH times the pure statistics of one experiment (package io.bindung.stats, no server, no database):
# 6 arms of ~166,000 exposures and 3 metrics, a conversion, a revenue mean and revenue per order
# (bench/jmh/io/bindung/bench/StatsBench.java, built by the Maven profile jmh). `experiment` is
# everything one results request computes from the arms' totals; the others time one piece each.
# Results go to stdout and the "Statistics alone" block of docs/benchmarks.md.
#
# Environment: BUILD_DIR (target/jmh: the Maven build directory, apart from target/ so that another
# build there cannot swap classes under the run), JMH_ARGS (extra JMH options, e.g. '-f 1 -wi 1 -i 2';
# the defaults are in StatsBench.java).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BUILD_DIR="${BUILD_DIR:-target/jmh}"
[[ "$BUILD_DIR" = /* ]] || BUILD_DIR="$ROOT/$BUILD_DIR"
JMH_ARGS="${JMH_ARGS:-}"
COMMAND="bench/stats.sh${JMH_ARGS:+ (JMH_ARGS='$JMH_ARGS')}"
TARGET_US=1000

. bench/common.sh
OUT="bench/out/stats-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
run_jmh 'io\.bindung\.bench\.StatsBench\.' "$OUT"

csv_field() { # $1 = benchmark, $2 = CSV column: 4 samples, 5 score, 6 error
  awk -F ',' -v name="\"io.bindung.bench.StatsBench.$1\"" -v field="$2" '$1 == name { gsub(/"/, "", $field); print $field }' "$OUT/jmh.csv"
}
micros() { awk -v v="$1" 'BEGIN { if (v == "" || v == "NaN") print ""; else if (v < 10) printf "%.3f", v; else printf "%.1f", v }'; }
verdict() { awk -v v="$1" -v b="$2" 'BEGIN { print (v != "" && v < b ? "met" : "MISSED") }'; }
describe() {
  case "$1" in
    experiment) echo "one results request: mismatch test, 3 analyses (sequential, prior N(0, 0.3²), Holm), power of the primary" ;;
    experimentDefaults) echo "the same with fixed-horizon tests and a flat prior" ;;
    proportions) echo "conversion, 6 arms, defaults" ;;
    proportionsSequentialPrior) echo "conversion, sequential and prior" ;;
    means) echo "revenue mean, defaults" ;;
    meansSequentialPrior) echo "revenue mean, sequential and prior" ;;
    ratios) echo "revenue per order (delta method), defaults" ;;
    ratiosSequentialPrior) echo "revenue per order, sequential and prior" ;;
    chanceToBeBest) echo "chance to be best of 6 conversion arms (part of every analysis)" ;;
    welchComparison) echo "one arm against control, Welch (5 per analysis of a mean or ratio)" ;;
    sampleRatioMismatch) echo "sample-ratio mismatch, χ² over 6 arms" ;;
    powerSampleSize) echo "exposures per arm for a 5% lift (Power.proportionSampleSize)" ;;
    powerReachableMde) echo "lift reachable now (Power.proportionReachableMde)" ;;
  esac
}

cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
memory="$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
[ -z "$(git status --porcelain -- src bench/jmh pom.xml 2>/dev/null)" ] || commit="$commit + uncommitted changes in src/, bench/jmh/ or pom.xml"
{
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) with \`$COMMAND\` at $commit."
  echo "Machine: $(nproc) cores ($cpu), $memory. JDK: $(java -version 2>&1 | head -n 1). JMH 1.37, average time per call"
  echo "(forks, warm-up and measurement as set in StatsBench.java${JMH_ARGS:+, overridden by JMH_ARGS}); load average $load_before before"
  echo "and $load_after after the run (other processes share the cores)."
  echo
  echo "| benchmark | what | mean, µs | error (99.9%), µs | samples | target, µs | |"
  echo "|---|---|---|---|---|---|---|"
  for name in experiment experimentDefaults proportions proportionsSequentialPrior means meansSequentialPrior ratios \
    ratiosSequentialPrior chanceToBeBest welchComparison sampleRatioMismatch powerSampleSize powerReachableMde; do
    score="$(csv_field "$name" 5)"
    target="" met=""
    if [[ "$name" = experiment* ]]; then target="< 1,000" met="$(verdict "$score" "$TARGET_US")"; fi
    echo "| \`$name\` | $(describe "$name") | $(micros "$score") | $(micros "$(csv_field "$name" 6)") | $(csv_field "$name" 4) | $target | $met |"
  done
  echo
  echo "Raw results: \`$OUT/results.txt\` and \`jmh.csv\` (git-ignored)."
} >"$OUT/summary.md"
echo
cat "$OUT/summary.md"

publish_results stats bench/stats.sh "Statistics alone (issue: experiments)" "$OUT/summary.md"
