#!/usr/bin/env bash
# Launch Ledger benchmark: start-up time, memory, and throughput of the main pages under wrk.
# Prints figures and ratios; sets no pass/fail threshold. Needs wrk (apt-get install wrk).
# Usage: bench/run.sh [seconds-per-endpoint]   (run from anywhere; packages the current tree first,
#        unless BENCH_SKIP_BUILD=1 and a jar exists)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
PORT=${BENCH_PORT:-18080}
JAR=target/quarkus-app/quarkus-run.jar
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then ./mvnw -B -q package -DskipTests; fi

WORK=$(mktemp -d)
trap 'kill "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
start=$(date +%s%N)
QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$WORK/ledger;WRITE_DELAY=0" \
  java -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do
  kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 0.05
done
first=$(( ($(date +%s%N) - start) / 1000000 ))
echo "first start (empty database, seed loaded): ${first} ms to ready"
echo "RSS after start: $(( $(awk '/VmRSS/ {print $2}' /proc/$APP/status) / 1024 )) MB"

declare -A RPS
for path in /q/health/live /api/missions/demo-2 "/api/missions?size=50" /api/access / "/?vehicle=soyuz&from=2011&to=2020" \
    /missions/demo-2 /stats; do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT$path"   # warm up the path once
  wrk -t2 -c8 -d"${DURATION}s" "http://127.0.0.1:$PORT$path" > "$WORK/wrk.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  mean=$(awk '/Latency/ {print $2}' "$WORK/wrk.txt")
  RPS[$path]=$rps
  printf '%-40s %10s req/s   mean latency %s\n' "$path" "$rps" "$mean"
done
echo "RSS after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$APP/status) / 1024 )) MB"
base=${RPS[/q/health/live]}
for path in "${!RPS[@]}"; do
  [ "$path" = /q/health/live ] && continue
  awk -v p="$path" -v r="${RPS[$path]}" -v b="$base" 'BEGIN { printf "ratio %-40s %.3f of the health check\n", p, r / b }'
done
