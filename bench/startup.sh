#!/usr/bin/env bash
# Benchmark: how long ward57 takes from launch until /actuator/health answers UP, on the
# embedded PostgreSQL with the demo ward: once on an empty data directory (first start: initdb,
# migrations, demo data) and then twice on the same directory (a normal restart).
# Usage: bench/startup.sh        (builds the jar first if there is none)
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
trap 'rm -rf "$data"' EXIT

start_once() {
  local label=$1 t0 t1 pid
  t0=$(date +%s%N)
  WARD57_DATA_DIR="$data" "$java_bin" -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
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
}

echo "ward57 startup, $(nproc) cores, $("$java_bin" -version 2>&1 | head -n 1)"
start_once first-start
start_once restart-1
start_once restart-2
