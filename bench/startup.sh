#!/usr/bin/env bash
# Benchmark: how long ward57 takes from launch until /actuator/health answers UP, on the
# embedded PostgreSQL with the demo ward: once on an empty data directory (first start: initdb,
# migrations, demo data) and then twice on the same directory (a normal restart).
# Usage: bench/startup.sh        (builds the jar first if there is none; BENCH_RESTARTS=5)
set -euo pipefail
cd "$(dirname "$0")/.."

java_bin=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -x "$candidate/bin/java" ] || continue
  major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
  if [ "${major:-0}" -ge 21 ]; then java_bin="$candidate/bin/java"; break; fi
done
[ -n "$java_bin" ] || { echo "Cần Java 21 trở lên / needs Java 21+"; exit 1; }

jar=$(ls target/ward57-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/ward57-*.jar | head -n 1); fi

data=$(mktemp -d)
port=${BENCH_PORT:-18080}
pid=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$data"' EXIT

times=()
start_once() {
  local label=$1 t0 t1
  shift
  t0=$(date +%s%N)
  WARD57_DATA_DIR="$data" "$java_bin" "$@" --spring.profiles.active=demo --server.port="$port" \
    > "$data/$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q UP; then break; fi
    sleep 0.1
  done
  t1=$(date +%s%N)
  local spring
  spring=$(sed -n 's/.*Started Ward57Application in \([0-9.]*\) seconds.*/\1/p' "$data/$label.log")
  awk -v l="$label" -v ns="$((t1 - t0))" -v s="$spring" \
    'BEGIN { printf "%-14s launch→health UP %6.2f s   (Spring reports %s s)\n", l, ns / 1e9, s }'
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=""
  times+=("$(( (t1 - t0) / 1000000 ))")
}

echo "ward57 startup, $(nproc) cores, $("$java_bin" -version 2>&1 | head -n 1)"
# The machine's speed varies from run to run: several restarts, and their median, say more than one.
runs=${BENCH_RESTARTS:-5}
summary() {
  printf '%s\n' "${times[@]}" | sort -n | awk -v what="$1" '{ a[NR] = $1 } END {
    printf "%s: median %.2f s, fastest %.2f s, slowest %.2f s over %d\n", what, a[int((NR + 1) / 2)] / 1000, a[1] / 1000, a[NR] / 1000, NR }'
}

echo "java -jar $jar"
start_once first-start -jar "$jar"
times=()
for i in $(seq 1 "$runs"); do start_once "restart-$i" -jar "$jar"; done
summary "restarts, plain jar"

# JDK 24+ can keep the classes a start loads in an AOT cache (JEP 483/514): one training run,
# then each start maps them in. It needs the jar extracted (a fixed class path).
major=$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
if [ "$major" -ge 25 ]; then
  "$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$data/app" >/dev/null
  app="$data/app/$(basename "$jar")"
  WARD57_DATA_DIR="$data" "$java_bin" -XX:AOTCacheOutput="$data/app.aot" -Dspring.context.exit=onRefresh \
    -jar "$app" --spring.profiles.active=demo --server.port="$port" > "$data/training.log" 2>&1
  echo "java -XX:AOTCache=app.aot -jar <extracted jar>"
  times=()
  for i in $(seq 1 "$runs"); do start_once "aot-restart-$i" -XX:AOTCache="$data/app.aot" -jar "$app"; done
  summary "restarts, extracted jar with AOT cache"
fi
