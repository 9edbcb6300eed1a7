#!/usr/bin/env bash
# Mixed HTTP load on a generated data set: bench/run.sh commune|province|nation
#
# 1. builds the application jar and the test classes if missing (MVN_FLAGS=-o for offline),
# 2. generates the data set with vn.dangbo.bench.DataGenerator if its directory has none,
# 3. starts the jar on it (profile "bench": no demo data) and waits for /actuator/health,
# 4. signs the generated accounts in through the login form (CSRF token from the page),
# 5. runs wrk with bench/mix.lua: a warm-up, the mixed load, then each kind of page alone,
# 6. prints percentiles, rate, non-2xx and errors, and the application's heap after the load.
#
# Settings (environment): DURATION (s, mixed load, default 60), WARMUP (s, default 60),
# WARMUP_WINDOWS (default 1; more: the warm-up measured in that many windows, each on a line),
# SINGLE (s per page kind, default 10), SINGLE_CONNECTIONS (default 2), CONNECTIONS (default 16),
# THREADS (default 2),
# PORT (default 18080), DATA (data directory, default target/bench/SCALE), HEAP (default 512m),
# GENERATOR_HEAP (default 3g), KINDS (the kinds of page measured alone, default all), APP_OPTS
# (more options for the application's JVM), JAR (another build of the application), PIN (1: the application on CPU 0, its PostgreSQL and
# wrk on the others), PROFILE (1: a flight recording, broken down per kind by bench/profile.py).
# Results go to target/bench/results/SCALE-TIME/.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${1:-}
case "$SCALE" in
  commune | province | nation) ;;
  *)
    echo "usage: bench/run.sh commune|province|nation" >&2
    exit 2
    ;;
esac
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-60}
WARMUP_WINDOWS=${WARMUP_WINDOWS:-1}
SINGLE=${SINGLE:-10}
SINGLE_CONNECTIONS=${SINGLE_CONNECTIONS:-2}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
HEAP=${HEAP:-512m}
GENERATOR_HEAP=${GENERATOR_HEAP:-3g}
DATA=${DATA:-target/bench/$SCALE}
MVN_FLAGS=${MVN_FLAGS:-}
PIN=${PIN:-}
PROFILE=${PROFILE:-}
PASSWORD=Benchmark-2026
BASE=http://localhost:$PORT
OUT=target/bench/results/$SCALE-$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT/cookies"

command -v wrk > /dev/null || {
  echo "wrk is missing: apt-get install -y wrk" >&2
  exit 1
}
command -v curl > /dev/null || {
  echo "curl is missing" >&2
  exit 1
}

step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

# --- 1. build
if [ -z "${JAR:-}" ] && ! ls target/dangbo-*.jar > /dev/null 2>&1; then
  step "building the jar"
  ./mvnw $MVN_FLAGS -q -DskipTests package
fi
JAR=${JAR:-$(ls target/dangbo-*.jar | head -1)}
if [ ! -f target/test-classes/vn/dangbo/bench/DataGenerator.class ] || [ ! -f target/cp.txt ]; then
  step "compiling the generator"
  ./mvnw $MVN_FLAGS -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
fi

# --- 2. data
if [ ! -f "$DATA/bench-targets.tsv" ]; then
  if [ -d "$DATA" ]; then
    echo "$DATA exists without bench-targets.tsv (an interrupted generation?): delete it first" >&2
    exit 1
  fi
  step "generating the $SCALE data set in $DATA"
  java -Xmx"$GENERATOR_HEAP" -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    vn.dangbo.bench.DataGenerator "$SCALE" "$DATA" 2>&1 | grep -v '^\s*at ' | tee "$OUT/generate.log"
fi
TARGETS=$DATA/bench-targets.tsv

# --- 3. the application
step "starting $JAR on $DATA (port $PORT, -Xmx$HEAP)"
APP_CPU=()
LOAD_CPU=()
if [ -n "$PIN" ]; then
  # the application alone on CPU 0; its PostgreSQL (re-pinned once started) and wrk on the rest
  [ "$(nproc)" -ge 2 ] || {
    echo "PIN needs two CPUs or more" >&2
    exit 1
  }
  APP_CPU=(taskset -c 0)
  LOAD_CPUS="1-$(($(nproc) - 1))"
  LOAD_CPU=(taskset -c "$LOAD_CPUS")
fi
if [ -n "$PROFILE" ]; then
  APP_OPTS="${APP_OPTS:-} -XX:StartFlightRecording=filename=$OUT/app.jfr,settings=default"
fi
# shellcheck disable=SC2086
# (the API's limit per account is lifted: the load is a few accounts asking hundreds a second)
DANGBO_DATA_DIR=$DATA "${APP_CPU[@]}" java -Xmx"$HEAP" ${APP_OPTS:-} -jar "$JAR" \
  --spring.profiles.active=bench --server.port="$PORT" \
  --dangbo.security.api.calls-per-minute=100000000 > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2> /dev/null; wait $APP 2> /dev/null || true' EXIT
started=$(date +%s)
until curl -fs "$BASE/actuator/health" > /dev/null; do
  if ! kill -0 $APP 2> /dev/null; then
    echo "the application stopped; see $OUT/app.log" >&2
    exit 1
  fi
  if [ $(($(date +%s) - started)) -gt 300 ]; then
    echo "no answer from $BASE/actuator/health after 300 s" >&2
    exit 1
  fi
  sleep 1
done
echo "up after $(($(date +%s) - started)) s"
if [ -n "$PIN" ]; then
  postmaster=$(head -1 "$DATA/pg/postmaster.pid")
  for p in $postmaster $(pgrep -P "$postmaster" || true); do
    taskset -a -p -c "$LOAD_CPUS" "$p" > /dev/null # new backends inherit the postmaster's
  done
  echo "pinned: the application on CPU 0, PostgreSQL and wrk on CPUs 1-$(($(nproc) - 1))"
fi
{
  echo "# $SCALE, $(date -u '+%Y-%m-%d %H:%M UTC'), $JAR built $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'),"\
    "checkout at commit $(git rev-parse --short HEAD 2> /dev/null || echo unknown)$(git diff --quiet HEAD \
      -- src 2> /dev/null || echo ' with uncommitted changes')"
  echo "# machine: $(nproc) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)),"\
    "$(free -g | awk '/Mem/ { print $2 }') GB; heap $HEAP; warm-up $WARMUP s, mix $DURATION s,"\
    "each kind $SINGLE s with $SINGLE_CONNECTIONS connections${PIN:+; pinned}"
} | tee "$OUT/results.txt"

# --- 4. sign in: one session per account
step "signing in"
REQUESTS=$OUT/requests.tsv
: > "$REQUESTS"
for user in $(grep -v '^#' "$TARGETS" | cut -f2 | sort -u); do
  jar=$OUT/cookies/$user
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" |
    grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  where=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login")
  session=$(awk '$6 == "SESSION" { print $7 }' "$jar")
  if [ -z "$session" ] || [[ "$where" == *error* ]]; then
    echo "could not sign in as $user (redirected to $where)" >&2
    exit 1
  fi
  echo "  $user"
  grep -v '^#' "$TARGETS" | awk -F'\t' -v u="$user" -v s="$session" \
    '$2 == u { print $1 "\t" $3 "\t" s }' >> "$REQUESTS"
done
# every page once, to see that each answers 200 before loading it
failed=0
while IFS=$'\t' read -r kind path session; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=$session" "$BASE$path")
  if [ "$code" != 200 ]; then
    echo "  $code $kind $path" >&2
    failed=$((failed + 1))
  fi
done < "$REQUESTS"
echo "  $(wc -l < "$REQUESTS") pages requested once, $failed not 200"
# dashboards are kept until the data change (FigureCache): the mix, which changes nothing, is
# served kept ones; the "-computed" kinds ask for 300 different periods of each dashboard (the
# cache keeps 32), so nearly every request computes the figures
days=$(for d in $(seq 0 299); do date -d "2025-01-01 + $d days" +%F; done)
awk -F'\t' '$1 ~ /dashboard$/' "$REQUESTS" | while IFS=$'\t' read -r kind path session; do
  for day in $days; do
    printf '%s-computed\t%s?since=%s\t%s\n' "$kind" "$path" "$day" "$session"
  done
done >> "$REQUESTS"

heap() {
  jcmd $APP GC.heap_info 2> /dev/null | awk '/total/ { gsub(/[,K]/, " "); for (i = 1; i <= NF; i++)
    if ($i == "total") t = $(i + 1); else if ($i == "used") u = $(i + 1) }
    END { printf "heap used %d MB of %d MB committed", u / 1024, t / 1024 }'
  awk '/VmRSS/ { printf ", process RSS %d MB", $2 / 1024 }' /proc/$APP/status
  echo
}

load() { # the machine's load average and the busiest processes that are not this run's
  printf 'load average %s' "$(cut -d' ' -f1-3 /proc/loadavg)"
  ps -eo pid,pcpu,comm --sort=-pcpu --no-headers | awk -v app=$APP -v me=$$ \
    '$1 != app && $3 != "postgres" && $3 != "wrk" && $2 > 5 { printf ", other: %s %s%%", $3, $2 }'
  echo
}

# CPU time (clock ticks) used so far by the application and by its PostgreSQL server: on a
# shared machine, CPU per request says more about the pages than latency does
# (processes may end while they are read: workers of PostgreSQL come and go)
app_ticks() { cat /proc/$APP/stat 2> /dev/null | awk '{ t = $14 + $15 } END { print t + 0 }'; }
pg_ticks() {
  local postmaster
  postmaster=$(head -1 "$DATA/pg/postmaster.pid")
  for p in $postmaster $(pgrep -P "$postmaster" || true); do
    cat /proc/$p/stat 2> /dev/null || true
  done | awk '{ t += $14 + $15 } END { print t + 0 }'
}

# Milliseconds PostgreSQL spent executing statements in the application's database so far
# (pg_stat_database.active_time; backends report it at least every second or so when busy, so a
# 10 s run is measured to within a few percent). Empty without psql (package postgresql-client).
sql_ms() {
  command -v psql > /dev/null || return 0
  psql -h localhost -p "$(sed -n 4p "$DATA/pg/postmaster.pid")" -U postgres -d dangbo -Atq \
    -c "select round(coalesce(sum(active_time), 0)) from pg_stat_database where datname = 'dangbo'" \
    2> /dev/null || true
}

run() { # label, kind, connections, seconds
  local line app pg requests sql
  printf '%s\t%s\t' "$1" "$(date +%T)" >> "$OUT/windows.tsv"
  app=$(app_ticks)
  pg=$(pg_ticks)
  sql=$(sql_ms)
  line=$("${LOAD_CPU[@]}" wrk -t"$THREADS" -c"$3" -d"$4"s --timeout 10s -s bench/mix.lua "$BASE" \
    -- "$REQUESTS" "$2" | tee -a "$OUT/wrk.log" | grep '^RESULT' || true)
  date +%T >> "$OUT/windows.tsv"
  requests=$(echo "$line" | sed -n 's/.*requests=\([0-9]*\).*/\1/p')
  line="$line $(awk -v a=$(($(app_ticks) - app)) -v p=$(($(pg_ticks) - pg)) -v n="${requests:-0}" \
    -v hz="$(getconf CLK_TCK)" 'BEGIN { if (n > 0 && a > 0) printf "app_cpu=%.1f pg_cpu=%.1f per_app_core=%.0f",
      a * 1000 / hz / n, p * 1000 / hz / n, n * hz / a }')"
  # the bare SQL of the same requests, and the page's median time as a multiple of it
  if [ -n "$sql" ]; then
    line="$line $(awk -v s=$(($(sql_ms) - sql)) -v n="${requests:-0}" \
      -v p50="$(echo "$line" | sed -n 's/.*p50=\([0-9.]*\).*/\1/p')" 'BEGIN { if (n > 0)
        printf "sql=%.1f page/sql=%.1f", s / n, (s > 0 ? p50 / (s / n) : 0) }')"
  fi
  printf '%-20s %s\n' "$1" "${line#RESULT }" | tee -a "$OUT/results.txt"
}

# --- 5. load
if [ "$WARMUP_WINDOWS" -gt 1 ]; then
  # the warm-up measured in windows, to see when the cost per request stops falling
  step "warm-up, $WARMUP s of the mix in $WARMUP_WINDOWS windows (not counted in the mix)"
  for window in $(seq 1 "$WARMUP_WINDOWS"); do
    run "warm-up-$window" mix "$CONNECTIONS" $((WARMUP / WARMUP_WINDOWS))
  done
else
  step "warm-up, $WARMUP s of the mix (not counted)"
  "${LOAD_CPU[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP"s -s bench/mix.lua "$BASE" -- "$REQUESTS" mix \
    > /dev/null
fi
step "mixed load: $CONNECTIONS connections, $DURATION s"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ { print $2 }') GB; before: $(load)" |
  tee -a "$OUT/results.txt"
run mix mix "$CONNECTIONS" "$DURATION"
echo "after: $(load)" | tee -a "$OUT/results.txt"
echo "after the mixed load: $(heap)" | tee -a "$OUT/results.txt"
jstat -gcutil $APP | tee -a "$OUT/results.txt"

step "each kind of page alone, $SINGLE s, $SINGLE_CONNECTIONS connections"
for kind in ${KINDS:-cell-members candidate-board candidate member api-member meeting commune-dashboard search \
  province-dashboard commune-dashboard-computed province-dashboard-computed dues-collection \
  dues-report}; do
  if awk -F'\t' -v k="$kind" '$1 == k { found = 1 } END { exit !found }' "$REQUESTS"; then
    run "$kind" "$kind" "$SINGLE_CONNECTIONS" "$SINGLE"
  fi
done
echo "at the end: $(heap)" | tee -a "$OUT/results.txt"

# one table of the run: the figures per kind of page
{
  echo
  echo "| kind | requests/s | p50 ms | p95 ms | app CPU ms | PostgreSQL CPU ms | requests/s per app core | SQL ms | page/SQL |"
  echo "|---|---|---|---|---|---|---|---|---|"
  awk '$2 ~ /^requests=/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, v["rps"], v["p50"], v["p95"],
      v["app_cpu"], v["pg_cpu"], v["per_app_core"], v["sql"], v["page/sql"]; delete v }' \
    "$OUT/results.txt"
} | tee -a "$OUT/results.txt"

if [ -n "$PROFILE" ]; then
  step "profile of each kind (bench/profile.py)"
  jcmd $APP JFR.dump filename="$OUT/app.jfr" > /dev/null
  bench/profile.py "$OUT/app.jfr" "$OUT/windows.tsv" | tee -a "$OUT/results.txt"
fi
step "done: $OUT/results.txt"
