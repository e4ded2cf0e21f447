#!/usr/bin/env bash
# Launch Ledger at scale (issue 11): the app on its seed alone, then on the same database with
# 100,000 synthetic missions added by bench/scale-data.sql (SYN-000001..., three seats each, 30,000
# synthetic people; never import.sql). For each page: the first request after start-up (uncached),
# its size, wrk's steady state with 8 connections (requests/s, p50, p99) and with one (p50, p99).
# Targets: / under 300 ms uncached; /api/missions?size=50 under 50 ms (p99, one request at a time); the
# cost should follow the page, not the data.
# Every measured request sends Cache-Control: no-cache, so the page cache (web/PageCache) never
# answers: the figures are the cost of drawing each page (the ledger itself, read once per data
# version, is warm after start-up: the start-up line gives its first read).
# Usage: bench/scale.sh. Settings, all optional: SCALE_SECONDS (10) per 8-connection wrk run, half of it one at a time; SCALE_DB a path
# (without .mv.db) to keep the generated database and reuse it next time (default: a temporary one);
# BENCH_JAVA_OPTS (the README's options by default; 100,000 missions need a larger -Xmx, e.g. 1g).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SECONDS_PER_RUN=${SCALE_SECONDS:-10}
ONE_SECONDS=$(( (SECONDS_PER_RUN + 1) / 2 ))
DB=${SCALE_DB:-$BENCH_TMP/scale}
PAGES=(/ '/api/missions?size=50' '/missions?page=1500' '/search?q=SYN-0001' /stats)
# On the seed alone there is no page 1500: its first page stands in for it.
SEED_PAGES=(/ '/api/missions?size=50' '/missions?page=1' '/search?q=SYN-0001' /stats)

bench_need wrk curl
bench_build_app
PORT=$(bench_free_port)

# measure NAME PAGE...: starts the app on the database, requests each page once in turn (the first
# request of each after start-up), then runs wrk on each; fills FIRST_*, BYTES_*, RPS_*, P50_*, P99_*.
measure() {
  local name=$1 i
  shift
  bench_start "$name" "$APP_JAR" "$PORT" QUARKUS_DATASOURCE_JDBC_URL="$URL"
  bench_wait_200 "http://127.0.0.1:$PORT/"
  echo "$name: started in $FIRST_200_MS ms" >&2
  local pages=("$@")
  for i in "${!pages[@]}"; do
    read -r "STATUS_${name}_$i" "FIRST_${name}_$i" "BYTES_${name}_$i" < <(curl -s -o /dev/null -H 'Cache-Control: no-cache' \
      -w '%{http_code} %{time_total} %{size_download}\n' "http://127.0.0.1:$PORT${pages[$i]}")
  done
  for i in "${!pages[@]}"; do
    local status=STATUS_${name}_$i first=FIRST_${name}_$i
    if [ "${!status}" != 200 ] || ! bench_below "${!first}" 10; then
      # A page that failed or took 10 s once would only time out under load, and keep the app
      # busy for the pages after it: its steady state is not measured.
      printf -v "ERRORS_${name}_$i" 'not run'
      continue
    fi
    bench_wrk "$BENCH_TMP/$name-$i.txt" -t2 -c8 -d"${SECONDS_PER_RUN}s" --timeout 10s --latency \
      -H 'Cache-Control: no-cache' "http://127.0.0.1:$PORT${pages[$i]}"
    printf -v "ERRORS_${name}_$i" '%s' "$WRK_ERRORS"
    printf -v "RPS_${name}_$i" '%s' "$WRK_RPS"
    printf -v "P50_${name}_$i" '%s' "$WRK_P50"
    printf -v "P99_${name}_$i" '%s' "$WRK_P99"
    # One request at a time: what a single reader waits, without the queue of eight on two cores.
    bench_wrk "$BENCH_TMP/$name-$i-one.txt" -t1 -c1 -d"${ONE_SECONDS}s" --timeout 10s --latency \
      -H 'Cache-Control: no-cache' "http://127.0.0.1:$PORT${pages[$i]}"
    [ "$WRK_ERRORS" = 0 ] || printf -v "ERRORS_${name}_$i" '%s' "$WRK_ERRORS"
    printf -v "ONE50_${name}_$i" '%s' "$WRK_P50"
    printf -v "ONE99_${name}_$i" '%s' "$WRK_P99"
  done
  MISSIONS=$(curl -s "http://127.0.0.1:$PORT/api/missions?size=1" | grep -o '"total[A-Za-z]*":[0-9]*' | head -1 | cut -d: -f2)
  echo "$name: ${MISSIONS:-?} missions" >&2
  bench_stop "$STARTED_PID"
}

URL="jdbc:h2:file:$BENCH_TMP/seed;WRITE_DELAY=0;MAX_MEMORY_ROWS=500000"
measure seed "${SEED_PAGES[@]}"
URL="jdbc:h2:file:$DB;WRITE_DELAY=0;MAX_MEMORY_ROWS=500000"
if [ -f "$DB.generated" ]; then
  echo "reusing the generated database $DB" >&2
else
  cp "$BENCH_TMP/seed.mv.db" "$DB.mv.db"
  start=$(date +%s)
  # H2's own tools are in the app's jar, at the version the app runs.
  java -cp "$BENCH_ROOT/$APP_JAR" org.h2.tools.RunScript -url "$URL" -script "$BENCH_ROOT/bench/scale-data.sql"
  echo "generated in $(( $(date +%s) - start )) s" >&2
  touch "$DB.generated"
fi
measure scale "${PAGES[@]}"

ms() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }
cat <<EOF

Launch Ledger at scale, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1),
load average $(cut -d' ' -f1-3 /proc/loadavg) (other processes share the cores); database $(du -m "$DB.mv.db" | cut -f1) MB.
First request after start-up, then wrk -t2 -c8 -d${SECONDS_PER_RUN}s (8 connections), then wrk -t1 -c1 -d${ONE_SECONDS}s (one request at a time), all with Cache-Control: no-cache (drawn every time); JVM options: ${APP_JAVA_OPTS:-none}:
| page | seed only: first ms | seed only: p50 / p99 ms (8 conn.) | 100,000 missions: status | first ms | bytes | req/s (8 conn.) | p50 / p99 ms (8 conn.) | p50 / p99 ms (one at a time) | errors | target | met? |
| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
EOF
for i in "${!PAGES[@]}"; do
  status=STATUS_scale_$i errors=ERRORS_scale_$i first=FIRST_scale_$i bytes=BYTES_scale_$i rps=RPS_scale_$i p50=P50_scale_$i p99=P99_scale_$i
  one50=ONE50_scale_$i one99=ONE99_scale_$i
  seed_first=FIRST_seed_$i seed_p50=P50_seed_$i seed_p99=P99_seed_$i
  case ${PAGES[$i]} in
    /) target="first < 300 ms"; bench_below "$(ms "${!first}")" 300 && met=yes || met=no ;;
    /api/*) target="p99 < 50 ms, one at a time"; bench_below "${!one99:-999}" 50 && met=yes || met=no ;;
    *) target="–"; met="–" ;;
  esac
  [ "${!status}" = 200 ] || met="no (${!status})"
  [ "${!errors}" = 0 ] || [ "${!errors}" = "not run" ] || met="no (errors)"
  echo "| \`${PAGES[$i]}\` | $(ms "${!seed_first}") | ${!seed_p50:-–} / ${!seed_p99:-–} | ${!status} | $(ms "${!first}") | ${!bytes} | ${!rps:-–} | ${!p50:-–} / ${!p99:-–} | ${!one50:-–} / ${!one99:-–} | ${!errors} | $target | $met |"
done
