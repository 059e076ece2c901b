#!/usr/bin/env bash
# Whole-process benchmarks of the cqcheck command line: cold start to verdict on one proposal, and
# one run over 10,000 generated proposal files. Wall time and peak RSS from /usr/bin/time -v; each
# figure is the median of RUNS runs after one warm-up run (which fills the page cache).
#
#   bench/run-cli.sh            (from the repository root, after `mvn -DskipTests install` and
#                                `mvn -f bench/pom.xml -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
JAR=target/cqcheck.jar
BENCH=bench/target/benchmarks.jar
WORK=${WORK:-bench/target/work}
mkdir -p "$WORK"

if [ ! -d "$WORK/files-10000" ]; then
  java -cp "$BENCH" org.cqcheck.bench.GenerateFiles files "$WORK/files-10000" 10000
fi

# Prints "<wall seconds> <peak RSS KiB>" of one run of the command.
measure() {
  /usr/bin/time -v "$@" > /dev/null 2> "$WORK/time.txt" || true
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
  echo "$wall $rss"
}

# Median of RUNS runs, after a warm-up run.
median_of() {
  local label=$1; shift
  measure "$@" > /dev/null
  for _ in $(seq "$RUNS"); do measure "$@"; done | sort -n > "$WORK/runs.txt"
  local wall rss
  wall=$(awk '{print $1}' "$WORK/runs.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$(awk '{print $2}' "$WORK/runs.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-44s wall %6.2f s   peak RSS %7.1f MiB   (median of %d)\n' "$label" "$wall" "$(echo "$rss/1024" | bc -l)" "$RUNS"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
median_of "JVM alone (java -version)" java -version
median_of "cqcheck --version" java -jar "$JAR" --version
median_of "check, one proposal, cold (java -jar)" java -jar "$JAR" check --quiet examples/chemical-mdi-changshou-2013.json
median_of "check, one proposal, cold (bin/cqcheck, CDS)" bin/cqcheck check --quiet examples/chemical-mdi-changshou-2013.json
median_of "check, 10,000 files (java -jar)" java -jar "$JAR" check --quiet --format jsonl "$WORK/files-10000"
median_of "check, 10,000 files (bin/cqcheck, CDS)" bin/cqcheck check --quiet --format jsonl "$WORK/files-10000"
