#!/usr/bin/env bash
# Whole-process benchmarks of the cqcheck command line: cold start to verdict on one proposal, and
# one run over 10,000 generated proposal files, each way worth comparing; and one run over 10,000
# generated indicator reports (5 to 40 figures each) beside the proposals' run, with the cost a
# file of each. Wall time, user+system CPU time and peak RSS from /usr/bin/time -v. The commands run in rounds (every command once per round, in turn), so
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
[ -d "$WORK/reports-10000" ] || java -cp "$BENCH" org.cqcheck.bench.GenerateFiles reports "$WORK/reports-10000" 10000 2> /dev/null

ONE=examples/chemical-mdi-changshou-2013.json
FILES=$WORK/files-10000
REPORTS=$WORK/reports-10000
# One generated report, for a report's cold start beside the proposal's: the city's for 2025, no
# span, 15 figures (the 6 targets of 2025 apply).
ONE_REPORT=$REPORTS/r000000.json
# The city's report for 2015 and 2011-2015 with a figure under each of the vocabulary's 140 keys,
# the most a report can hold (as in bench/cold-start.sh), for the busy machine's rounds below.
SCORECARD_140=$WORK/scorecard-140.json
[ -f "$SCORECARD_140" ] || java -cp "$BENCH" org.cqcheck.bench.GenerateFiles scorecard "$SCORECARD_140" 2> /dev/null
# bin/cqcheck on the build's Java (17 here) with its class-data-sharing archive; and, when the build
# made an ahead-of-time cache (mvn verify -Daot.java=…), bin/cqcheck as it then runs: on the Java
# that made the cache, with it.
L17="env CQCHECK_JAVA=$(command -v java) bin/cqcheck"
labels=(
  "JVM alone (java -version)"
  "cqcheck --version (bin/cqcheck)"
  "one proposal, cold (java -jar, JVM defaults)"
  "one proposal, cold (bin/cqcheck)"
  "one indicator report, cold (bin/cqcheck)"
  "one indicator report, cold (bin/cqcheck scorecard)"
  "10,000 files, jsonl (java -jar, JVM defaults)"
  "10,000 files, jsonl (bin/cqcheck, --threads 1)"
  "10,000 files, jsonl (bin/cqcheck)"
  "10,000 indicator reports, jsonl (bin/cqcheck)"
  "10,000 indicator reports, jsonl (bin/cqcheck scorecard)"
  "10,000 files, text (bin/cqcheck)"
  "10,000 files, sarif: whole report kept (bin/cqcheck)"
  "10,000 JSON lines on stdin, jsonl (bin/cqcheck)"
)
commands=(
  "java -version"
  "$L17 --version"
  "java -jar $JAR check --quiet $ONE"
  "$L17 check --quiet $ONE"
  "$L17 check --quiet $ONE_REPORT"
  "$L17 scorecard --quiet $ONE_REPORT"
  "java -jar $JAR check --format jsonl $FILES"
  "$L17 check --threads 1 --format jsonl $FILES"
  "$L17 check --format jsonl $FILES"
  "$L17 check --format jsonl $REPORTS"
  "$L17 scorecard --format jsonl $REPORTS"
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
    "10,000 indicator reports, jsonl (bin/cqcheck, $aot_version + AOT cache)"
  )
  commands+=(
    "$aot_java -version"
    "bin/cqcheck --version"
    "bin/cqcheck check --quiet $ONE"
    "bin/cqcheck check --format jsonl $FILES"
    "bin/cqcheck check --format jsonl $REPORTS"
  )
fi

# Runs command $1 once; appends "<wall seconds> <peak RSS KiB> <user+system CPU seconds>" to $2.
# With $3, stops the script when the command exits with 2 or more: the time of a check that ends
# in an input or internal error measures nothing.
measure() {
  /usr/bin/time -v bash -c "$1" > /dev/null 2> "$WORK/time.txt" || true
  local wall rss cpu rc
  rc=$(grep 'Exit status' "$WORK/time.txt" | awk '{print $NF}')
  if [ -n "${3:-}" ] && [ "$rc" -ge 2 ]; then
    echo "run-cli.sh: '$1' exits with $rc, not a verdict:" >&2
    grep -v '^\s' "$WORK/time.txt" | head -5 >&2
    exit 1
  fi
  wall=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
  cpu=$(grep -E '(User|System) time \(seconds\)' "$WORK/time.txt" | awk '{s += $NF} END {print s}')
  echo "$wall $rss $cpu" >> "$2"
}


median() {
  sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# Runs every one of "${commands[@]}" once per round, in turn, RUNS rounds after a warm-up round,
# and prints one line per command (labelled from "${labels[@]}"): medians and every run. The
# medians stay in wall_of, cpu_of and rss_of (seconds, seconds, KiB), by command index.
run_table() {
  rm -f "$WORK"/runs-*.txt
  for round in $(seq 0 "$RUNS"); do
    for i in "${!commands[@]}"; do
      if [ "$round" -eq 0 ]; then
        measure "${commands[$i]}" /dev/null stop-on-error
      else
        measure "${commands[$i]}" "$WORK/runs-$i.txt"
      fi
    done
  done
  wall_of=() cpu_of=() rss_of=()
  for i in "${!commands[@]}"; do
    wall=$(awk '{print $1}' "$WORK/runs-$i.txt" | median)
    rss=$(awk '{print $2}' "$WORK/runs-$i.txt" | median)
    cpu=$(awk '{print $3}' "$WORK/runs-$i.txt" | median)
    wall_of[i]=$wall cpu_of[i]=$cpu rss_of[i]=$rss
    all=$(awk '{print $1}' "$WORK/runs-$i.txt" | sort -n | tr '\n' ' ')
    printf '%-62s wall %6.2f s   CPU %6.2f s   peak RSS %7.1f MiB   (runs: %s)\n' "${labels[$i]}" \
      "$wall" "$cpu" "$(echo "$rss/1024" | bc -l)" "$all"
  done
}

# The index in "${labels[@]}" of the label $1.
index_of() {
  local i
  for i in "${!labels[@]}"; do
    [ "${labels[$i]}" = "$1" ] && { echo "$i"; return; }
  done
  echo "run-cli.sh: no row '$1'" >&2
  exit 1
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
run_table

# A file's cost in the 10,000-file runs, indicator reports against proposals: the whole run over
# 10,000, and the run less the cold check of one file of its kind (start-up, the rules loaded) over
# 9,999, by wall time and by CPU time; and the ratio of the two kinds.
p_run=$(index_of "10,000 files, jsonl (bin/cqcheck)")
r_run=$(index_of "10,000 indicator reports, jsonl (bin/cqcheck)")
p_one=$(index_of "one proposal, cold (bin/cqcheck)")
r_one=$(index_of "one indicator report, cold (bin/cqcheck)")
per_file() { # $1 run, $2 one, $3 wall_of or cpu_of: "<whole run / 10,000> <(run - one) / 9,999>" in µs
  local -n of=$3
  echo "${of[$1]} ${of[$2]}" | awk '{printf "%.1f %.1f", $1 / 10000 * 1e6, ($1 - $2) / 9999 * 1e6}'
}
for measure in wall_of cpu_of; do
  read -r p_all p_more <<< "$(per_file "$p_run" "$p_one" "$measure")"
  read -r r_all r_more <<< "$(per_file "$r_run" "$r_one" "$measure")"
  printf '%-62s a proposal %6.1f µs, a report %6.1f µs: ratio %4.2f; past the first file: a proposal %6.1f µs, a report %6.1f µs: ratio %4.2f\n' \
    "a file of 10,000, jsonl, by ${measure%_of} time" "$p_all" "$r_all" \
    "$(echo "$r_all / $p_all" | bc -l)" "$p_more" "$r_more" "$(echo "$r_more / $p_more" | bc -l)"
done

# The cold checks again while another process keeps one core busy (a shell loop), as on a CI
# runner doing other work: start-up runs on several threads, so a loaded machine costs it most. A
# proposal, and the report of 140 figures with check and with scorecard, in the same rounds.
labels=("one proposal, cold, one core busy (bin/cqcheck)"
  "report of 140 figures, cold, one core busy (bin/cqcheck check)"
  "report of 140 figures, cold, one core busy (bin/cqcheck scorecard)")
commands=("$L17 check --quiet $ONE"
  "$L17 check --quiet $SCORECARD_140"
  "$L17 scorecard --quiet $SCORECARD_140")
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
