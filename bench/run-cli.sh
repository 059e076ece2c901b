#!/usr/bin/env bash
# Whole-process benchmarks of the cqcheck command line: cold start to verdict on one proposal, and
# one run over 10,000 generated proposal files, each way worth comparing. Wall time and peak RSS
# from /usr/bin/time -v. The commands run in rounds (every command once per round, in turn), so
# that a noisy machine slows them alike; each figure is the median of RUNS rounds, after one
# warm-up round (which fills the page cache). Then the one-proposal cold check again, in its own
# rounds, while a shell loop keeps one of the cores busy.
#
#   bench/run-cli.sh            (from the repository root, after `mvn -DskipTests install` and
#                                `mvn -f bench/pom.xml -DskipTests package`)
#   BIG=1 bench/run-cli.sh      also streams 1,000,000 JSON lines through stdin (minutes; once)
# Build with -Daot.java=/path/to/jdk-25/bin/java as well to compare the ahead-of-time cache.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
JAR=target/cqcheck.jar
BENCH=bench/target/benchmarks.jar
WORK=${WORK:-bench/target/work}
mkdir -p "$WORK"

[ -d "$WORK/files-10000" ] || java -cp "$BENCH" org.cqcheck.bench.GenerateFiles files "$WORK/files-10000" 10000
[ -f "$WORK/p10k.jsonl" ] || java -cp "$BENCH" org.cqcheck.bench.GenerateFiles jsonl "$WORK/p10k.jsonl" 10000

ONE=examples/chemical-mdi-changshou-2013.json
FILES=$WORK/files-10000
# bin/cqcheck on the build's Java (17 here) with its class-data-sharing archive; and, when the build
# made an ahead-of-time cache (mvn verify -Daot.java=…), bin/cqcheck as it then runs: on the Java
# that made the cache, with it.
L17="env CQCHECK_JAVA=$(command -v java) bin/cqcheck"
labels=(
  "JVM alone (java -version)"
  "cqcheck --version (bin/cqcheck)"
  "one proposal, cold (java -jar, JVM defaults)"
  "one proposal, cold (bin/cqcheck)"
  "10,000 files, jsonl (java -jar, JVM defaults)"
  "10,000 files, jsonl (bin/cqcheck, --threads 1)"
  "10,000 files, jsonl (bin/cqcheck)"
  "10,000 files, text (bin/cqcheck)"
  "10,000 files, sarif: whole report kept (bin/cqcheck)"
  "10,000 JSON lines on stdin, jsonl (bin/cqcheck)"
)
commands=(
  "java -version"
  "$L17 --version"
  "java -jar $JAR check --quiet $ONE"
  "$L17 check --quiet $ONE"
  "java -jar $JAR check --format jsonl $FILES"
  "$L17 check --threads 1 --format jsonl $FILES"
  "$L17 check --format jsonl $FILES"
  "$L17 check $FILES"
  "$L17 check --format sarif $FILES"
  "$L17 check --input-format jsonl --format jsonl - < $WORK/p10k.jsonl"
)
if [ -f target/cqcheck.aot ] && [ target/cqcheck.aot -nt "$JAR" ]; then
  aot_java=$(cat target/cqcheck.aot.java)
  aot_version=$("$aot_java" -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')
  labels+=(
    "JVM alone ($aot_version: java -version)"
    "cqcheck --version (bin/cqcheck, $aot_version + AOT cache)"
    "one proposal, cold (bin/cqcheck, $aot_version + AOT cache)"
    "10,000 files, jsonl (bin/cqcheck, $aot_version + AOT cache)"
  )
  commands+=(
    "$aot_java -version"
    "bin/cqcheck --version"
    "bin/cqcheck check --quiet $ONE"
    "bin/cqcheck check --format jsonl $FILES"
  )
fi

# Runs command $1 once; appends "<wall seconds> <peak RSS KiB>" to $2.
measure() {
  /usr/bin/time -v bash -c "$1" > /dev/null 2> "$WORK/time.txt" || true
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
  echo "$wall $rss" >> "$2"
}

median() {
  sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# Runs every one of "${commands[@]}" once per round, in turn, RUNS rounds after a warm-up round,
# and prints one line per command (labelled from "${labels[@]}"): medians and every run.
run_table() {
  rm -f "$WORK"/runs-*.txt
  for round in $(seq 0 "$RUNS"); do
    for i in "${!commands[@]}"; do
      if [ "$round" -eq 0 ]; then
        measure "${commands[$i]}" /dev/null
      else
        measure "${commands[$i]}" "$WORK/runs-$i.txt"
      fi
    done
  done
  for i in "${!commands[@]}"; do
    wall=$(awk '{print $1}' "$WORK/runs-$i.txt" | median)
    rss=$(awk '{print $2}' "$WORK/runs-$i.txt" | median)
    all=$(awk '{print $1}' "$WORK/runs-$i.txt" | sort -n | tr '\n' ' ')
    printf '%-62s wall %6.2f s   peak RSS %7.1f MiB   (runs: %s)\n' "${labels[$i]}" "$wall" \
      "$(echo "$rss/1024" | bc -l)" "$all"
  done
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
run_table

# The cold check again while another process keeps one core busy (a shell loop), as on a CI
# runner doing other work: start-up runs on several threads, so a loaded machine costs it most.
labels=("one proposal, cold, one core busy (bin/cqcheck)")
commands=("$L17 check --quiet $ONE")
if [ -n "${aot_version:-}" ]; then
  labels+=("one proposal, cold, one core busy (bin/cqcheck, $aot_version + AOT)")
  commands+=("bin/cqcheck check --quiet $ONE")
fi
sh -c 'while :; do :; done' &
busy=$!
trap 'kill "$busy" 2>/dev/null || true' EXIT
run_table
kill "$busy"

if [ "${BIG:-0}" = 1 ]; then
  [ -f "$WORK/p1m.jsonl" ] || java -cp "$BENCH" org.cqcheck.bench.GenerateFiles jsonl "$WORK/p1m.jsonl" 1000000
  rm -f "$WORK/runs-big.txt"
  measure "$L17 check --input-format jsonl --format jsonl - < $WORK/p1m.jsonl" "$WORK/runs-big.txt"
  read -r wall rss < "$WORK/runs-big.txt"
  printf '%-62s wall %6.2f s   peak RSS %7.1f MiB   (one run)\n' \
    "1,000,000 JSON lines on stdin, jsonl (bin/cqcheck)" "$wall" "$(echo "$rss/1024" | bc -l)"
fi
