#!/usr/bin/env bash
# Launch Ledger soak test (issue 11): mixed reads and writes at a steady rate for SOAK_MINUTES (10)
# on a new database. Reads: wrk over several pages and API addresses, each connection pausing
# between requests (bench/mixed.lua). Writes: one loop, as the admin over HTTP Basic, creating a
# mission through the API, reading it, changing it with the version read, deleting it.
# Records resident memory and the Java heap's committed size every 30 s; prints the errors (reads: 4xx/5xx; writes: any status other
# than the expected one, 409 counted apart) and memory at minute 2 against the end, with growth.
# Targets: 0 errors; no memory growth between minute 2 and the end (taken as under 5%: the JVM's
# heap breathes). Settings, all optional: SOAK_MINUTES (10), SOAK_CONNECTIONS (4),
# SOAK_READ_DELAY_MS (50, per connection), SOAK_WRITE_PAUSE (2 s between write cycles).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

MINUTES=${SOAK_MINUTES:-10}
CONNECTIONS=${SOAK_CONNECTIONS:-4}
READ_DELAY_MS=${SOAK_READ_DELAY_MS:-50}
WRITE_PAUSE=${SOAK_WRITE_PAUSE:-2}
PASSWORD=soak-admin-password
READS=(/ '/?vehicle=soyuz&from=2011&to=2020' /missions '/api/missions?size=50' /missions/demo-2 /stats
  /people/robert-behnken '/search?q=soyuz' /api/access /present/1)
# The baseline: minute 2, or the middle of a run of two minutes or less.
BASELINE=$(( MINUTES > 2 ? 120 : MINUTES * 30 ))

bench_need wrk curl
bench_build_app
PORT=$(bench_free_port)
BASE=http://127.0.0.1:$PORT
bench_start soak "$APP_JAR" "$PORT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$BENCH_TMP/soak;WRITE_DELAY=0;MAX_MEMORY_ROWS=500000" \
  LEDGER_ADMIN_PASSWORD="$PASSWORD"
APP=$STARTED_PID
bench_wait_200 "$BASE/"
END=$(( $(date +%s) + MINUTES * 60 ))

(
  start=$(date +%s)
  while [ "$(date +%s)" -le "$END" ] && kill -0 "$APP" 2>/dev/null; do
    echo "$(( $(date +%s) - start )) $(bench_rss_mb "$APP") $(bench_heap_mb "$APP")"
    sleep 30
  done
) >"$BENCH_TMP/rss.txt" &
BENCH_PIDS+=("$!")

# write EXPECTED METHOD PATH [BODY]: one API call as the admin; logs "METHOD expected actual".
write() {
  local expected=$1 method=$2 path=$3 status
  status=$(curl -s -o "$BENCH_TMP/answer.json" -w '%{http_code}' -u "admin:$PASSWORD" -X "$method" \
    -H 'Content-Type: application/json' ${4:+--data "$4"} "$BASE$path")
  echo "$method $expected $status"
}
(
  n=0
  while [ "$(date +%s)" -lt "$END" ]; do
    n=$((n + 1))
    slug=soak-$n
    body="{\"slug\":\"$slug\",\"designation\":\"SOAK-$n\",\"vehicle\":\"soyuz\",\"variant\":\"Soyuz-MS\",\
\"launch\":\"2026-06-01T10:00Z\",\"docking\":\"2026-06-01T13:30Z\",\"launchSite\":\"Soak Site\",\
\"outcome\":\"in-progress\",\"expeditions\":[75],\"crew\":[],\"sources\":[\"https://example.invalid/soak\"]"
    write 201 POST /api/missions "$body}"
    write 200 GET "/api/missions/$slug"
    version=$(grep -o '"version":[0-9]*' "$BENCH_TMP/answer.json" | head -1 | cut -d: -f2)
    write 200 PUT "/api/missions/$slug" "${body/Soak Site/Soak Site (changed)},\"version\":${version:-0}}"
    write 204 DELETE "/api/missions/$slug"
    sleep "$WRITE_PAUSE"
  done
) >"$BENCH_TMP/writes.txt" &
WRITER=$!
BENCH_PIDS+=("$WRITER")

BENCH_PATHS="${READS[*]}" BENCH_DELAY_MS=$READ_DELAY_MS bench_wrk "$BENCH_TMP/reads.txt" \
  -t2 -c"$CONNECTIONS" -d"$(( MINUTES * 60 ))s" --timeout 10s --latency -s "$BENCH_ROOT/bench/mixed.lua" "$BASE"
wait "$WRITER" || true
sleep 1
RSS_END=$(bench_rss_mb "$APP")
HEAP_END=$(bench_heap_mb "$APP")

READ_COUNT=$(awk '/requests in/ {print $1}' "$BENCH_TMP/reads.txt")
read -r READ_ERRORS READ_5XX < <(awk '/^errors:/ {gsub(/\)/, ""); print $2, $4}' "$BENCH_TMP/reads.txt")
WRITE_COUNT=$(wc -l <"$BENCH_TMP/writes.txt")
WRITE_ERRORS=$(awk '$2 != $3 && $3 != 409' "$BENCH_TMP/writes.txt" | wc -l)
WRITE_409=$(awk '$3 == 409' "$BENCH_TMP/writes.txt" | wc -l)
WRITE_5XX=$(awk '$3 >= 500' "$BENCH_TMP/writes.txt" | wc -l)
RSS_BASE=$(awk -v b="$BASELINE" '$1 <= b { v = $2 } END { print v }' "$BENCH_TMP/rss.txt")
HEAP_BASE=$(awk -v b="$BASELINE" '$1 <= b { v = $3 } END { print v }' "$BENCH_TMP/rss.txt")
GROWTH=$(awk -v a="$RSS_BASE" -v b="$RSS_END" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
ERRORS=$(( READ_ERRORS + WRITE_ERRORS ))

cat <<EOF

Launch Ledger soak, $(date -u '+%Y-%m-%d %H:%M UTC'), $MINUTES minutes, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)
reads:  $READ_COUNT requests ($(awk '/^Requests\/sec/ {print $2}' "$BENCH_TMP/reads.txt") req/s, p50 $WRK_P50 ms, p99 $WRK_P99 ms), $READ_ERRORS errors ($READ_5XX 5xx)
writes: $WRITE_COUNT requests, $WRITE_ERRORS unexpected statuses ($WRITE_5XX 5xx), $WRITE_409 conflicts (409)
$(sort "$BENCH_TMP/writes.txt" | uniq -c | awk '{printf "        %s %s: %d (expected %s)\n", $2, $4, $1, $3}')
0 errors: $([ "$ERRORS" = 0 ] && echo yes || echo "no ($ERRORS)")
resident memory (MB) every 30 s: $(awk '{printf "%s ", $2}' "$BENCH_TMP/rss.txt")
at $(( BASELINE / 60 ))m$(( BASELINE % 60 ))s $RSS_BASE MB, at the end $RSS_END MB: growth $GROWTH% \
($(bench_below "$GROWTH" 5 && echo "no growth: met" || echo "growth: missed"))
Java heap committed (MB, bounded by -Xmx) every 30 s: $(awk '{printf "%s ", $3}' "$BENCH_TMP/rss.txt")
at $(( BASELINE / 60 ))m$(( BASELINE % 60 ))s $HEAP_BASE MB, at the end $HEAP_END MB; resident outside the heap \
$(awk -v r="$RSS_BASE" -v h="$HEAP_BASE" 'BEGIN { print (h == "?" ? "?" : r - h) }') MB, then \
$(awk -v r="$RSS_END" -v h="$HEAP_END" 'BEGIN { print (h == "?" ? "?" : r - h) }') MB
EOF
