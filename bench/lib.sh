# shellcheck shell=bash
# What bench/run.sh, scale.sh and soak.sh share: tools, the packaged app, processes they start (and
# stop on exit), start-up timing, memory and wrk's figures. Sourced, never run.

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The README's jar, named as the README names it: its class-data archive (target/launch-ledger.jsa) holds that
# relative path, so the app is started from $BENCH_ROOT with it.
APP_JAR=target/launch-ledger-runner.jar
BENCH_TMP=$(mktemp -d "${TMPDIR:-/tmp}/ledger-bench.XXXXXX")
BENCH_PIDS=()
BENCH_MORE_OPTIONS=()

bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "${BENCH_KEEP_TMP:-0}" = 1 ]; then echo "kept $BENCH_TMP" >&2; else rm -rf "$BENCH_TMP"; fi
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

# Installs the given Debian packages when their command is missing (nginx lives in /usr/sbin).
bench_need() {
  local missing=() tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing ${missing[*]} from Debian" >&2
  local sudo=
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y "${missing[@]}" >/dev/null 2>&1 \
    || { $sudo apt-get update >/dev/null && $sudo apt-get install -y "${missing[@]}" >/dev/null; }
}

# Packages the app unless its jar is newer than every source (BENCH_REBUILD=1 forces it).
bench_build_app() {
  if [ "${BENCH_REBUILD:-0}" = 1 ] || [ ! -f "$BENCH_ROOT/$APP_JAR" ] \
      || [ -n "$(find "$BENCH_ROOT/src/main" "$BENCH_ROOT/src/tools" "$BENCH_ROOT/pom.xml" "$BENCH_ROOT/import.sql" -newer "$BENCH_ROOT/$APP_JAR" -print -quit)" ]; then
    echo "packaging the app" >&2
    (cd "$BENCH_ROOT" && ./mvnw -B -o -q package -DskipTests) >&2
  fi
}

# The Python interpreter itself, not a version manager's shim in front of it (pyenv's took 0.3 s per call here,
# which bench_start paid inside the start-up it times).
BENCH_PYTHON=$(python3 -c 'import sys; print(sys.executable)')

bench_free_port() {
  "$BENCH_PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The JVM options of the README's run command (`./mvnw ... && java OPTIONS -jar target/launch-ledger-runner.jar`),
# read from the README itself so that the app is measured exactly as the README starts it.
# BENCH_JAVA_OPTS replaces them (e.g. a larger -Xmx for bench/scale.sh's 100,000 missions).
APP_JAVA_OPTS=$(sed -n 's#^\./mvnw .*&& java \(.*\)-jar target/launch-ledger-runner\.jar$#\1#p' "$BENCH_ROOT/README.md" | head -1)
grep -q '^\./mvnw .*&& java .*-jar target/launch-ledger-runner\.jar$' "$BENCH_ROOT/README.md" \
  || { echo "README.md has no run command ./mvnw ... && java ... -jar target/launch-ledger-runner.jar" >&2; exit 1; }
read -ra APP_JAVA_OPTIONS <<<"${BENCH_JAVA_OPTS-$APP_JAVA_OPTS}"
APP_JAVA_OPTS="${APP_JAVA_OPTIONS[*]}"

# bench_start NAME JAR PORT [VAR=value...]: starts `java -jar JAR` from the project's directory with the given
# environment, and for the app's jar with the README's JVM options (the README's command), then the options in
# the array BENCH_MORE_OPTIONS; output in $BENCH_TMP/NAME.log; sets STARTED_PID and STARTED_NS (launch time).
bench_start() {
  local name=$1 jar=$2 port=$3 options=() management_port
  shift 3
  [ "$jar" != "$APP_JAR" ] || options=("${APP_JAVA_OPTIONS[@]}")
  options+=("${BENCH_MORE_OPTIONS[@]}")
  management_port=$(bench_free_port)
  STARTED_NS=$(date +%s%N)
  (cd "$BENCH_ROOT" && exec env QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$management_port" "$@" \
    java "${options[@]}" -jar "$jar") >"$BENCH_TMP/$name.log" 2>&1 &
  STARTED_PID=$!
  BENCH_PIDS+=("$STARTED_PID")
}

# bench_wait_200 URL: polls until URL answers 200; sets FIRST_200_MS, from STARTED_NS. Fails after
# BENCH_START_TIMEOUT seconds (300: a busy machine is slow) or when the process died (log shown).
# One Python process polls every 10 ms: a curl started every 20 ms took enough of this 2-core machine's CPU to
# make the app's start-up 0.8 s slower than without it (3.9 s against 3.0 s by hand), and the bare app's less.
bench_wait_200() {
  local url=$1 done_ns
  done_ns=$("$BENCH_PYTHON" - "$url" "$STARTED_PID" "${BENCH_START_TIMEOUT:-300}" <<'PY'
import http.client, os, sys, time, urllib.parse
url, pid, deadline = urllib.parse.urlsplit(sys.argv[1]), int(sys.argv[2]), time.time() + float(sys.argv[3])
target = url.path + ("?" + url.query if url.query else "")
while True:
    try:
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        connection.request("GET", target)
        response = connection.getresponse()
        response.read()
        connection.close()
        if response.status == 200:
            print(time.time_ns())
            sys.exit(0)
    except OSError:
        pass
    try:
        os.kill(pid, 0)
    except OSError:
        sys.exit(1)
    if time.time() > deadline:
        sys.exit(1)
    time.sleep(0.01)
PY
  ) || {
    echo "no 200 from $url; log:" >&2
    tail -50 "$BENCH_TMP"/*.log >&2
    return 1
  }
  FIRST_200_MS=$(( (done_ns - STARTED_NS) / 1000000 ))
}

# Stops a process bench_start started and waits for it to end.
bench_stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# Resident memory of a process, in MB (whole MB, rounded down).
bench_rss_mb() {
  echo $(( $(ps -o rss= -p "$1") / 1024 ))
}

# The Java heap's committed size (all generations, `jcmd PID GC.heap_info`), in MB; "?" without jcmd.
bench_heap_mb() {
  jcmd "$1" GC.heap_info 2>/dev/null | awk '/generation|region|heap/ && / total / {
      for (i = 1; i < NF; i++) if ($i == "total") { v = $(i + 1); gsub(/[K,]/, "", v); sum += v } }
    END { if (sum > 0) print int(sum / 1024); else print "?" }'
}

# bench_wrk OUT [wrk args...]: runs wrk, its report in OUT; then WRK_RPS (requests/s), WRK_P50 and
# WRK_P99 (ms, from --latency) and WRK_ERRORS (non-2xx/3xx answers plus socket errors) describe it.
bench_wrk() {
  local out=$1
  shift
  wrk "$@" >"$out" 2>&1 || { cat "$out" >&2; return 1; }
  WRK_RPS=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$out")
  WRK_P50=$(bench_latency_ms "$out" '50%')
  WRK_P99=$(bench_latency_ms "$out" '99%')
  WRK_ERRORS=$(awk '/Non-2xx or 3xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$out")
}

# A percentile line of wrk's latency distribution ("99%   12.34ms"), converted to milliseconds.
bench_latency_ms() {
  awk -v p="$2" '$1 == p {
    v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1
    printf "%.2f", v * f
  }' "$1"
}

# bench_ratio A B [digits]: A / B as a decimal.
bench_ratio() {
  awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { printf "%." d "f", (b > 0) ? a / b : 0 }'
}

# bench_below A B: succeeds when A < B (decimals).
bench_below() {
  awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'
}
