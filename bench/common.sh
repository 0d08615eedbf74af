# Sourced by the benchmark scripts: start and stop a Bindung server process (needs JAR, KEY and
# SERVER_JAVA_OPTS; SERVER_JAVA defaults to java) and publish a results block in docs/benchmarks.md.

prepare_run() { # $1 = name: builds the jar if missing; sets OUT (results folder), JAR (a private copy) and KEY
  [ -f target/bindung.jar ] || mvn -q -B package -DskipTests
  OUT="bench/out/$1-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$OUT"
  # A private copy, so a rebuild of target/ during the run cannot swap classes under the server.
  cp target/bindung.jar "$OUT/bindung.jar"
  JAR="$OUT/bindung.jar"
  KEY="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
}

SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID"
    wait "$SERVER_PID" || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT

start_server() { # $1 = directory for server.log, $2 = SQLite database file; sets SERVER_PID and PORT
  BINDUNG_ADMIN_KEY="$KEY" BINDUNG_ACCESS_LOG=false \
    "${SERVER_JAVA:-java}" $SERVER_JAVA_OPTS -jar "$JAR" serve --db "jdbc:sqlite:$2" --port 0 >"$1/server.log" 2>&1 &
  SERVER_PID=$!
  PORT=""
  for _ in $(seq 1 600); do
    PORT="$(grep -o 'serving on http://localhost:[0-9]*' "$1/server.log" | grep -o '[0-9]*$' || true)"
    [ -n "$PORT" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$1/server.log"; echo "the server did not start" >&2; exit 1; }
    sleep 0.1
  done
  echo "the server did not report its port within 60 s" >&2
  exit 1
}

describe_run() { # prints the "Measured … / Machine: …" lines of a summary; needs COMMAND and SERVER_JAVA_OPTS
  local cpu memory commit
  cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  memory="$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src 2>/dev/null || echo ' + uncommitted changes in src/')"
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) with \`$COMMAND\` at $commit."
  echo "Machine: $(nproc) cores ($cpu), $memory. JDK: $(java -version 2>&1 | head -n 1). Server JVM flags: ${SERVER_JAVA_OPTS:-none}."
}

publish_results() { # $1 = block name, $2 = script, $3 = section title, $4 = summary file
  local doc=docs/benchmarks.md begin="<!-- $1-results:begin (written by $2) -->" end="<!-- $1-results:end -->"
  mkdir -p docs
  if [ ! -f "$doc" ] || ! grep -qF "$begin" "$doc"; then
    { [ -f "$doc" ] || echo "# Benchmarks"; echo; echo "## $3"; echo; echo "$begin"; echo "$end"; } >>"$doc"
  fi
  awk -v begin="$begin" -v end="$end" -v summary="$4" '
    $0 == begin { print; while ((getline line < summary) > 0) print line; skip = 1; next }
    $0 == end { skip = 0 }
    !skip { print }' "$doc" >"$doc.tmp" && mv "$doc.tmp" "$doc"
}

run_jmh() { # $1 = JMH benchmark pattern, $2 = results folder; builds bench/jmh (Maven profile jmh) into BUILD_DIR, runs
  # JMH with JMH_ARGS into $2/jmh.csv and $2/results.txt, and sets load_before and load_after
  local classpath
  echo "== building bench/jmh with the Maven profile jmh into $BUILD_DIR"
  mvn -q -B -Pjmh -Dbindung.buildDir="$BUILD_DIR" -Dmaven.test.skip=true process-test-classes
  classpath="$BUILD_DIR/jmh-classes:$BUILD_DIR/classes:$(cat "$BUILD_DIR/jmh-classpath.txt")"
  load_before="$(cut -d ' ' -f 1-3 /proc/loadavg)"
  echo "== running JMH (load average $load_before)"
  # shellcheck disable=SC2086 # JMH_ARGS is a list of options
  java -cp "$classpath" org.openjdk.jmh.Main "$1" -rf csv -rff "$2/jmh.csv" $JMH_ARGS | tee "$2/results.txt"
  load_after="$(cut -d ' ' -f 1-3 /proc/loadavg)"
}
