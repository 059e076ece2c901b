#!/usr/bin/env bash
# The command line's cold start on one proposal, as a RATIO to a JVM that only parses that proposal
# with Jackson (org.cqcheck.bench.JacksonParseOnly, from bench/target/classes and Jackson's three
# jars: no cqcheck, no class-data archive of its own, the launcher's JVM flags). Seconds move with
# the machine; the ratio moves with cqcheck.
#
#   bench/cold-start.sh [OTHER_JAR...]
#
# Beside the proposal, this build (and each OTHER_JAR) also checks SCORECARD (by default bench/target/work/
# scorecard-140.json, which GenerateFiles writes when it is missing): the city's indicator report
# for 2015 and 2011-2015 with a figure under each of the 140 keys of the vocabulary, the most a
# report can hold, checked against CQ2012's 67 targets, with `cqcheck check` and, where the jar has
# it, `cqcheck scorecard` (which loads only the aggregate targets). Those runs follow the proposal's
# in every round, and the script gives each difference, scorecard minus proposal: of the medians,
# and the median of the round-by-round differences. SCORECARD may name several reports, separated by
# spaces, each checked after the proposal with a difference of its own; SCORECARD= leaves it out.
#
# Every command runs once per round, in turn, RUNS rounds (default 21) after a warm-up round, so
# that a machine whose speed changes slows them alike. Each OTHER_JAR is another build's
# target/cqcheck.jar, run through this bin/cqcheck with the archives beside it (cqcheck.jsa, and
# cqcheck.aot with cqcheck.aot.java when that build made one): before/after comparisons in one run.
# For each command: median wall time, median user+system CPU, median peak RSS, and the ratio of
# its median wall time to the baseline's (JDK 17), and the median of the round-by-round ratios.
# Run from the repository root after `mvn -B -DskipTests install` (-Daot.java=… for the JDK 25
# rows) and `mvn -B -f bench/pom.xml -DskipTests package`. The script stops when a command of the
# warm-up round exits with an input or internal error (2 or more): the time of a check that never
# got to the rules is no cold start.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-21}
WORK=${WORK:-bench/target/work}
ONE=${ONE:-examples/chemical-mdi-changshou-2013.json}
SCORECARD=${SCORECARD-$WORK/scorecard-140.json}
mkdir -p "$WORK"
if [ "$SCORECARD" = "$WORK/scorecard-140.json" ] && [ ! -f "$SCORECARD" ]; then
  java -cp bench/target/benchmarks.jar org.cqcheck.bench.GenerateFiles scorecard "$SCORECARD" 2> /dev/null
fi
JAVA17=${JAVA17:-$(command -v java)}
tuning="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m"
baseline_cp="bench/target/classes:$(printf '%s:' bench/target/baseline-lib/*.jar)"

labels=("baseline: Jackson parses the proposal (JDK 17)")
commands=("$JAVA17 $tuning -cp $baseline_cp org.cqcheck.bench.JacksonParseOnly $ONE")
# Pairs of command indexes (proposal, scorecard) whose difference is given at the end.
pairs=()
# $1 label, $2 jar, $3 the scorecards or nothing: the jar through bin/cqcheck on JDK 17 with its
# CDS archive, and on the JDK that made its AOT cache, when there is one; each on the proposal and,
# right after it in the round, on each scorecard.
add_jar() {
  local runs=("17 + CDS archive|env CQCHECK_JAR=$2 CQCHECK_JAVA=$JAVA17 bin/cqcheck")
  local aot=${2%.jar}.aot
  if [ -f "$aot" ] && [ "$aot" -nt "$2" ] && [ -f "$aot.java" ]; then
    runs+=("$("$(cat "$aot.java")" -version 2>&1 | head -1 | sed 's/[^"]*"\([0-9]*\).*/\1/') + AOT cache|env CQCHECK_JAR=$2 bin/cqcheck")
  fi
  local run jdk launch proposal report
  for run in "${runs[@]}"; do
    jdk=${run%%|*}
    launch=${run#*|}
    labels+=("$1, JDK $jdk")
    commands+=("$launch check --quiet $ONE")
    proposal=$(( ${#commands[@]} - 1 ))
    for report in ${3:-}; do
      labels+=("$1: check $(basename "$report"), JDK $jdk")
      commands+=("$launch check --quiet $report")
      pairs+=("$proposal $(( ${#commands[@]} - 1 ))")
      # cqcheck scorecard, which loads only what a report is checked against, where the jar has it.
      if unzip -p "$2" org/cqcheck/engine/RuleBase.class 2> /dev/null | grep -q loadBuiltInTargets; then
        labels+=("$1: scorecard $(basename "$report"), JDK $jdk")
        commands+=("$launch scorecard --quiet $report")
        pairs+=("$proposal $(( ${#commands[@]} - 1 ))")
      fi
    done
  done
}
add_jar "this build ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes'))" \
  "$PWD/target/cqcheck.jar" "$SCORECARD"
for other in "$@"; do
  # Labelled with the commit of the worktree it was built in, when it was.
  tree=$(dirname "$(dirname "$other")")
  commit=$(git -C "$tree" rev-parse --short HEAD 2> /dev/null || true)
  [ -z "$commit" ] || git -C "$tree" diff --quiet HEAD -- src pom.xml || commit="$commit+changes"
  add_jar "$other${commit:+ ($commit)}" "$other" "$SCORECARD"
done
# Lighter commands of this build, for what start-up costs before any rule is loaded.
labels+=("this build: --version, JDK 17 + CDS archive" "this build: --help, JDK 17 + CDS archive")
commands+=("env CQCHECK_JAVA=$JAVA17 bin/cqcheck --version"
  "env CQCHECK_JAVA=$JAVA17 bin/cqcheck --help")

# Runs command $1 once; appends "<wall s> <user+sys CPU s> <peak RSS KiB> <exit code>" to $2.
measure() {
  local start end
  start=$EPOCHREALTIME
  # shellcheck disable=SC2086 # the command is a list of words, by design
  /usr/bin/time -f '%U %S %M %x' -o "$WORK/time.txt" $1 > /dev/null 2> "$WORK/cold-error.txt" || true
  end=$EPOCHREALTIME
  # The last line: a command that exits non-zero has time say so on a line of its own first.
  tail -n 1 "$WORK/time.txt" | awk -v s="$start" -v e="$end" \
    '{ printf "%.4f %.2f %d %d\n", e - s, $1 + $2, $3, $4 }' >> "$2"
}

median() {
  sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "machine: $(nproc) cores, $(uname -r), $("$JAVA17" -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "proposal: $ONE; ${SCORECARD:+scorecard: $SCORECARD; }$RUNS rounds after one warm-up round"
rm -f "$WORK"/cold-*.txt
for round in $(seq 0 "$RUNS"); do
  for i in "${!commands[@]}"; do
    if [ "$round" -eq 0 ]; then
      # A check that ends in an input or internal error measures nothing.
      measure "${commands[$i]}" "$WORK/cold-warm-up.txt"
      rc=$(tail -n 1 "$WORK/cold-warm-up.txt" | awk '{print $4}')
      if [ "$rc" -ge 2 ]; then
        echo "cold-start.sh: '${labels[$i]}' exits with $rc, not a verdict:" >&2
        head -5 "$WORK/cold-error.txt" >&2
        exit 1
      fi
    else
      measure "${commands[$i]}" "$WORK/cold-$i.txt"
    fi
  done
done
base=$(awk '{print $1}' "$WORK/cold-0.txt" | median)
for i in "${!commands[@]}"; do
  wall=$(awk '{print $1}' "$WORK/cold-$i.txt" | median)
  cpu=$(awk '{print $2}' "$WORK/cold-$i.txt" | median)
  rss=$(awk '{print $3}' "$WORK/cold-$i.txt" | median)
  # The ratio round by round: this command's run over the baseline's of the same round.
  per_round=$(paste -d' ' "$WORK/cold-$i.txt" "$WORK/cold-0.txt" | awk '{print $1 / $5}' | median)
  printf '%-58s wall %5.3f s  CPU %5.2f s  RSS %4.0f MiB  ratio %4.2f (round by round %4.2f)  runs: %s\n' \
    "${labels[$i]}" "$wall" "$cpu" "$(echo "$rss/1024" | bc -l)" \
    "$(echo "$wall/$base" | bc -l)" "$per_round" \
    "$(awk '{printf "%.2f ", $1}' "$WORK/cold-$i.txt")"
done
for pair in "${pairs[@]}"; do
  read -r p c <<< "$pair"
  # Scorecard minus proposal, in milliseconds: of the medians, and round by round (the two ran
  # one after the other in each round).
  wall_p=$(awk '{print $1}' "$WORK/cold-$p.txt" | median)
  wall_c=$(awk '{print $1}' "$WORK/cold-$c.txt" | median)
  per_round=$(paste -d' ' "$WORK/cold-$c.txt" "$WORK/cold-$p.txt" | awk '{print ($1 - $5) * 1000}' | median)
  printf '%-58s %+4.0f ms (round by round %+4.0f ms)  runs: %s\n' \
    "${labels[$c]} minus proposal" "$(echo "($wall_c - $wall_p) * 1000" | bc -l)" "$per_round" \
    "$(paste -d' ' "$WORK/cold-$c.txt" "$WORK/cold-$p.txt" | awk '{printf "%+.0f ", ($1 - $5) * 1000}')"
done
