#!/usr/bin/env bash
# Two instances behind HAProxy; one is killed under load: bench/failover.sh
#
# 1. uses the commune data set of bench/run.sh (target/bench/commune, or DATA=...; run
#    `bench/run.sh commune` once first to build the jar and generate it),
# 2. starts instance A on it (port 18081): A runs the embedded PostgreSQL, which stands in for the
#    province's database server; starts instance B (port 18082) on the same database and key file,
# 3. starts HAProxy (from the Debian package: apt-get install -y haproxy) on port 18080, round robin
#    over A and B, health-checked every second on /actuator/health, a request whose connection is
#    refused sent to the other instance,
# 4. signs the generated accounts in through HAProxy (sessions are kept in the database),
# 5. runs wrk with the mix (16 connections) for DURATION seconds (default 30) and kills B with
#    SIGKILL after KILL_AFTER seconds (default 10),
# 6. prints wrk's result (the answers that were not 2xx, a redirect to /login included, and the
#    socket errors) and HAProxy's counts per instance; then the same pages are asked once more with
#    the same sessions, through HAProxy, now served by A alone: all must answer 200.
# Target: only the requests in flight on B when it died fail; no session is lost.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-target/bench/commune}
DURATION=${DURATION:-30}
KILL_AFTER=${KILL_AFTER:-10}
CONNECTIONS=${CONNECTIONS:-16}
HEAP=${HEAP:-512m}
PASSWORD=Benchmark-2026
OUT=target/bench/results/failover-$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT/cookies"

for tool in haproxy wrk curl; do
  command -v $tool > /dev/null || {
    echo "$tool is missing: apt-get install -y $tool" >&2
    exit 1
  }
done
JAR=${JAR:-$(ls target/dangbo-*.jar 2> /dev/null | head -1)}
[ -n "$JAR" ] && [ -f "$DATA/bench-targets.tsv" ] || {
  echo "no jar or no data set in $DATA: run bench/run.sh commune first" >&2
  exit 1
}

step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
PIDS=()
trap 'kill "${PIDS[@]}" 2> /dev/null; wait 2> /dev/null || true' EXIT

wait_up() { # port, pid, log
  local started
  started=$(date +%s)
  until curl -fs "http://localhost:$1/actuator/health" > /dev/null; do
    kill -0 "$2" 2> /dev/null || {
      echo "the instance on port $1 stopped; see $3" >&2
      exit 1
    }
    [ $(($(date +%s) - started)) -lt 300 ] || {
      echo "no answer on port $1 after 300 s" >&2
      exit 1
    }
    sleep 1
  done
}

step "instance A on port 18081 with the embedded database in $DATA"
DANGBO_DATA_DIR=$DATA java -Xmx"$HEAP" -jar "$JAR" --spring.profiles.active=bench \
  --server.port=18081 > "$OUT/a.log" 2>&1 &
A=$!
PIDS+=($A)
wait_up 18081 $A "$OUT/a.log"
PG_PORT=$(sed -n 4p "$DATA/pg/postmaster.pid")

step "instance B on port 18082, on A's database (port $PG_PORT)"
DANGBO_DATA_DIR=$DATA DANGBO_DB_URL="jdbc:postgresql://localhost:$PG_PORT/dangbo" \
  DANGBO_DB_USER=postgres java -Xmx"$HEAP" -jar "$JAR" --spring.profiles.active=bench \
  --server.port=18082 > "$OUT/b.log" 2>&1 &
B=$!
PIDS+=($B)
wait_up 18082 $B "$OUT/b.log"

step "HAProxy on port 18080"
cat > "$OUT/haproxy.cfg" << EOF
global
    maxconn 1000
    log stdout format raw local0
defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    # a request whose connection to an instance is refused goes to the other one; a request an
    # instance had received when it died is not sent again (it may have written)
    retries 2
    option redispatch 1
    retry-on conn-failure
    default-server inter 1s fall 2 rise 2
frontend pages
    bind 127.0.0.1:18080
    default_backend dangbo
backend dangbo
    balance roundrobin
    option httpchk GET /actuator/health
    server a 127.0.0.1:18081 check
    server b 127.0.0.1:18082 check
listen stats
    bind 127.0.0.1:18089
    stats enable
    stats uri /
EOF
haproxy -f "$OUT/haproxy.cfg" > "$OUT/haproxy.log" 2>&1 &
PIDS+=($!)
until curl -fs http://localhost:18080/actuator/health > /dev/null; do sleep 1; done

step "signing in through HAProxy"
REQUESTS=$OUT/requests.tsv
: > "$REQUESTS"
for user in $(grep -v '^#' "$DATA/bench-targets.tsv" | cut -f2 | sort -u); do
  jar=$OUT/cookies/$user
  token=$(curl -s -c "$jar" -b "$jar" http://localhost:18080/login |
    grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
    http://localhost:18080/login
  session=$(awk '$6 == "SESSION" { print $7 }' "$jar")
  [ -n "$session" ] || {
    echo "could not sign in as $user" >&2
    exit 1
  }
  grep -v '^#' "$DATA/bench-targets.tsv" | awk -F'\t' -v u="$user" -v s="$session" \
    '$2 == u { print $1 "\t" $3 "\t" s }' >> "$REQUESTS"
done
echo "  $(cut -f3 "$REQUESTS" | sort -u | wc -l) sessions, $(wc -l < "$REQUESTS") pages"

step "the mix for $DURATION s with $CONNECTIONS connections; B killed after $KILL_AFTER s"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION"s --timeout 10s -s bench/mix.lua http://localhost:18080 \
  -- "$REQUESTS" mix > "$OUT/wrk.log" 2>&1 &
WRK=$!
sleep "$KILL_AFTER"
kill -9 $B
echo "B killed at $(date -u +%H:%M:%S.%N | cut -c1-12)"
wait $WRK || true
grep -E '^RESULT|Socket errors|Non-2xx' "$OUT/wrk.log" | tee "$OUT/results.txt"

step "HAProxy's counts per instance"
curl -s "http://localhost:18089/;csv" |
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
    $1 == "dangbo" && ($2 == "a" || $2 == "b") {
      printf "  %s: %s requests, %s connection errors, %s response errors, %s retried, %s sent elsewhere, status %s\n",
        $2, $c["stot"], $c["econ"], $c["eresp"], $c["wretr"], $c["wredis"], $c["status"] }' |
  tee -a "$OUT/results.txt"

echo "  answers by instance and status (HAProxy's log; <NOSRV>: none was up):" | tee -a "$OUT/results.txt"
awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^dangbo\//) { n[$i " " $(i + 2)]++; break } }
  END { for (k in n) printf "    %s: %d\n", k, n[k] }' "$OUT/haproxy.log" | sort |
  tee -a "$OUT/results.txt"

step "every page once more with the same sessions, through HAProxy (A alone now)"
failed=0
while IFS=$'\t' read -r kind path session; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=$session" "http://localhost:18080$path")
  if [ "$code" != 200 ]; then
    echo "  $code $kind $path"
    failed=$((failed + 1))
  fi
done < "$REQUESTS"
echo "  $(wc -l < "$REQUESTS") pages, $failed not 200" | tee -a "$OUT/results.txt"
step "done: $OUT/results.txt"
