#!/usr/bin/env bash
# Launch Ledger benchmark (issue 11), in one run:
# - start-up: the first 200 on / after `java -jar` (the README's command) on a new database (seed
#   loaded) and on the same database again, against the bare Quarkus app of bench/bare/;
# - memory: resident memory after 10,000 requests over the pages below, and after the whole run;
# - throughput: wrk on each page, and on nginx serving a saved copy of the same answer (same bytes,
#   same Content-Type): requests/s, p50, p99 and the ratio app / nginx, with the issue's targets.
# Usage: bench/run.sh (from anywhere). Settings, all optional:
#   BENCH_SECONDS (10) per wrk run; BENCH_CONNECTIONS (32); BENCH_STARTS (3) start-ups, medians;
#   BENCH_PAGES the addresses to measure, space separated; BENCH_REBUILD=1 packages the app anyway.
# Installs wrk and nginx from Debian when missing; stops everything it started on exit.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SECONDS_PER_RUN=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
STARTS=${BENCH_STARTS:-3}
PAGES=(/ /missions/demo-2 '/api/missions?size=50' /stats '/?vehicle=soyuz&from=2011&to=2020' /people/robert-behnken /present/1)
[ -z "${BENCH_PAGES:-}" ] || read -ra PAGES <<<"$BENCH_PAGES"
BARE_JAR=$BENCH_ROOT/bench/bare/target/quarkus-app/quarkus-run.jar

bench_need wrk nginx curl
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
bench_build_app
if [ ! -f "$BARE_JAR" ] || [ -n "$(find "$BENCH_ROOT/bench/bare/src" "$BENCH_ROOT/bench/bare/pom.xml" -newer "$BARE_JAR" -print -quit)" ]; then
  echo "packaging the bare app" >&2
  (cd "$BENCH_ROOT" && ./mvnw -B -o -q -f bench/bare/pom.xml package -DskipTests) >&2
fi

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- start-up -------------------------------------------------------------------------------------
PORT=$(bench_free_port)
# first_200 NAME JAR [VAR=value...]: starts it, waits for the first 200 on /, stops it; prints the milliseconds.
first_200() {
  bench_start "$1" "$2" "$PORT" "${@:3}"
  bench_wait_200 "http://127.0.0.1:$PORT/" >&2 || { bench_stop "$STARTED_PID"; return 1; }
  bench_stop "$STARTED_PID"
  echo "$FIRST_200_MS"
}
fresh=() again=() bare=()
for round in $(seq "$STARTS"); do
  db="jdbc:h2:file:$BENCH_TMP/ledger-$round;WRITE_DELAY=0;MAX_MEMORY_ROWS=500000"
  fresh+=("$(first_200 app "$APP_JAR" QUARKUS_DATASOURCE_JDBC_URL="$db")")
  again+=("$(first_200 app "$APP_JAR" QUARKUS_DATASOURCE_JDBC_URL="$db")")
  bare+=("$(first_200 bare "$BARE_JAR")")
  echo "start-up round $round: new database ${fresh[-1]} ms, restart ${again[-1]} ms, bare ${bare[-1]} ms" >&2
done
FRESH_MS=$(median "${fresh[@]}") AGAIN_MS=$(median "${again[@]}") BARE_MS=$(median "${bare[@]}")

# The bare app with a class-data archive of its own, made as the app's is (a run to its first answer), for a
# comparison at equal means: the target is judged against the bare app as it starts by default.
BENCH_MORE_OPTIONS=("-XX:ArchiveClassesAtExit=$BENCH_TMP/bare.jsa")
first_200 bare-archive "$BARE_JAR" >/dev/null
BENCH_MORE_OPTIONS=("-XX:SharedArchiveFile=$BENCH_TMP/bare.jsa")
bare_cds=()
for round in $(seq "$STARTS"); do
  bare_cds+=("$(first_200 bare "$BARE_JAR")")
done
BENCH_MORE_OPTIONS=()
BARE_CDS_MS=$(median "${bare_cds[@]}")
echo "bare app with its own class-data archive: ${bare_cds[*]} ms" >&2

# --- memory after 10,000 requests -----------------------------------------------------------------
bench_start app "$APP_JAR" "$PORT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$BENCH_TMP/ledger-$STARTS;WRITE_DELAY=0;MAX_MEMORY_ROWS=500000"
APP=$STARTED_PID
bench_wait_200 "http://127.0.0.1:$PORT/"
RSS_START=$(bench_rss_mb "$APP")
# wrk waits out its duration even when both threads reached their limit: stop it once they have.
BENCH_PATHS="${PAGES[*]}" BENCH_LIMIT=5000 BENCH_DONE_FILE="$BENCH_TMP/mixed.done" wrk -t2 -c8 -d3600s \
  --timeout 10s -s "$BENCH_ROOT/bench/mixed.lua" "http://127.0.0.1:$PORT" >"$BENCH_TMP/mixed.txt" 2>&1 &
MIXED=$!
until [ "$(cat "$BENCH_TMP/mixed.done" 2>/dev/null | wc -l)" -ge 2 ] || ! kill -0 "$MIXED" 2>/dev/null; do sleep 1; done
kill -INT "$MIXED" 2>/dev/null || true
wait "$MIXED" || true
MIXED_REQUESTS=$(awk '/requests in/ {print $1}' "$BENCH_TMP/mixed.txt")
MIXED_ERRORS=$(awk '/^errors:/ {print $2}' "$BENCH_TMP/mixed.txt")
RSS_10K=$(bench_rss_mb "$APP")

# --- nginx serving saved answers ------------------------------------------------------------------
SITE=$BENCH_TMP/site
mkdir -p "$SITE"
chmod 755 "$BENCH_TMP"
NGINX_PORT=$(bench_free_port)
{
  [ "$(id -u)" = 0 ] && echo "user root;"
  echo "worker_processes auto; pid $BENCH_TMP/nginx.pid; daemon off; error_log $BENCH_TMP/nginx-error.log;"
  echo "events { worker_connections 1024; }"
  echo "http { access_log off; types {} keepalive_requests 100000;"
  for temp in client_body proxy fastcgi uwsgi scgi; do echo "  ${temp}_temp_path $BENCH_TMP/nginx-$temp;"; done
  echo "  server { listen 127.0.0.1:$NGINX_PORT;"
} >"$BENCH_TMP/nginx.conf"
for i in "${!PAGES[@]}"; do
  read -r status type < <(curl -s -o "$SITE/p$i" -w '%{http_code} %{content_type}\n' "http://127.0.0.1:$PORT${PAGES[$i]}")
  [ "$status" = 200 ] || { echo "${PAGES[$i]} answered $status, not 200" >&2; exit 1; }
  echo "    location = /p$i { default_type \"$type\"; alias $SITE/p$i; }" >>"$BENCH_TMP/nginx.conf"
done
echo "  } }" >>"$BENCH_TMP/nginx.conf"
"$NGINX" -p "$BENCH_TMP" -c "$BENCH_TMP/nginx.conf" -e "$BENCH_TMP/nginx-error.log" &
BENCH_PIDS+=("$!")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/p0")" = 200 ]; do sleep 0.05; done

# --- throughput -----------------------------------------------------------------------------------
ROWS=()
ALL_MET=yes
for i in "${!PAGES[@]}"; do
  page=${PAGES[$i]}
  wrk -t2 -c"$CONNECTIONS" -d2s "http://127.0.0.1:$PORT$page" >/dev/null   # warm-up, not counted
  bench_wrk "$BENCH_TMP/app-$i.txt" -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency "http://127.0.0.1:$PORT$page"
  app_rps=$WRK_RPS app_p50=$WRK_P50 app_p99=$WRK_P99 app_errors=$WRK_ERRORS
  bench_wrk "$BENCH_TMP/nginx-$i.txt" -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency "http://127.0.0.1:$NGINX_PORT/p$i"
  ratio=$(bench_ratio "$app_rps" "$WRK_RPS" 3)
  if [ "$page" = / ]; then
    target="≥ 0.5×, p99 < 25 ms"
    bench_below 0.4999 "$ratio" && bench_below "$app_p99" 25 && met=yes || met=no
  else
    target="≥ 0.25×"
    bench_below 0.2499 "$ratio" && met=yes || met=no
  fi
  [ "$app_errors" = 0 ] || met="no ($app_errors errors)"
  [ "$met" = yes ] || ALL_MET=no
  ROWS+=("| \`$page\` | $(stat -c %s "$SITE/p$i") | $app_rps | $WRK_RPS | $ratio | $app_p50 | $app_p99 | $target | $met |")
  echo "measured $page" >&2
done
RSS_END=$(bench_rss_mb "$APP")

# --- report ---------------------------------------------------------------------------------------
startup_met() { bench_below "$1" "$(( 2 * BARE_MS + 1 ))" && echo yes || echo no; }
cat <<EOF

Launch Ledger benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB,
$(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $("$NGINX" -v 2>&1 | cut -d' ' -f3),
load average at the start $LOAD_BEFORE, at the end $(cut -d' ' -f1-3 /proc/loadavg) (other processes share the cores)

Start-up, first 200 on / after \`java -jar\` (median of $STARTS; target: within 2× the bare app):
| run | ms | × bare | met? |
| --- | ---: | ---: | --- |
| bare Quarkus REST app (bench/bare) | $BARE_MS | 1.00 | |
| bare app with a class-data archive of its own (for comparison) | $BARE_CDS_MS | $(bench_ratio "$BARE_CDS_MS" "$BARE_MS") | |
| Launch Ledger, new database (first start: a copy of the build's, or schema and seed) | $FRESH_MS | $(bench_ratio "$FRESH_MS" "$BARE_MS") | $(startup_met "$FRESH_MS") |
| Launch Ledger, existing database | $AGAIN_MS | $(bench_ratio "$AGAIN_MS" "$BARE_MS") | $(startup_met "$AGAIN_MS") |

Memory, resident (ps rss), JVM options: ${APP_JAVA_OPTS:-none} (target: under 250 MB after 10,000 requests):
after start-up $RSS_START MB; after $MIXED_REQUESTS requests over the pages below ($MIXED_ERRORS errors) $RSS_10K MB \
($(bench_below "$RSS_10K" 250 && echo met || echo missed)); after the whole run $RSS_END MB.

Throughput, wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s, app and nginx on the same machine; nginx serves the app's saved answer:
| page | bytes | app req/s | nginx req/s | app / nginx | app p50 ms | app p99 ms | target | met? |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
$(printf '%s\n' "${ROWS[@]}")

Every throughput target met: $ALL_MET
EOF
