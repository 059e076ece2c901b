#!/usr/bin/env bash
# The command line's cold start on one proposal, as a RATIO to a JVM that only parses that proposal
# with Jackson (org.cqcheck.bench.JacksonParseOnly, from bench/target/classes and Jackson's three
# jars: no cqcheck, no class-data archive of its own, the launcher's JVM flags). Seconds move with
# the machine; the ratio moves with cqcheck.
#
#   bench/cold-start.sh [OTHER_JAR...]
#
# Every command runs once per round, in turn, RUNS rounds (default 21) after a warm-up round, so
# that a machine whose speed changes slows them alike. Each OTHER_JAR is another build's
# target/cqcheck.jar, run through this bin/cqcheck with the archives beside it (cqcheck.jsa, and
# cqcheck.aot with cqcheck.aot.java when that build made one): before/after comparisons in one run.
# For each command: median wall time, median user+system CPU, median peak RSS, and the ratio of
# its median wall time to the baseline's (JDK 17), and the median of the round-by-round ratios.
# Run from the repository root after `mvn -B -DskipTests install` (-Daot.java=… for the JDK 25
# rows) and `mvn -B -f bench/pom.xml -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-21}
WORK=${WORK:-bench/target/work}
ONE=${ONE:-examples/chemical-mdi-changshou-2013.json}
mkdir -p "$WORK"
JAVA17=${JAVA17:-$(command -v java)}
tuning="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m"
baseline_cp="bench/target/classes:$(printf '%s:' bench/target/baseline-lib/*.jar)"

labels=("baseline: Jackson parses the proposal (JDK 17)")
commands=("$JAVA17 $tuning -cp $baseline_cp org.cqcheck.bench.JacksonParseOnly $ONE")
# $1 label, $2 jar: the jar through bin/cqcheck on JDK 17 with its CDS archive, and on the JDK
# that made its AOT cache, when there is one.
add_jar() {
  labels+=("$1, JDK 17 + CDS archive")
  commands+=("env CQCHECK_JAR=$2 CQCHECK_JAVA=$JAVA17 bin/cqcheck check --quiet $ONE")
  local aot=${2%.jar}.aot
  if [ -f "$aot" ] && [ "$aot" -nt "$2" ] && [ -f "$aot.java" ]; then
    labels+=("$1, JDK $("$(cat "$aot.java")" -version 2>&1 | head -1 | sed 's/[^"]*"\([0-9]*\).*/\1/') + AOT cache")
    commands+=("env CQCHECK_JAR=$2 bin/cqcheck check --quiet $ONE")
  fi
}
add_jar "this build ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes'))" \
  "$PWD/target/cqcheck.jar"
for other in "$@"; do
  add_jar "$other" "$other"
done
# Lighter commands of this build, for what start-up costs before any rule is loaded.
labels+=("this build: --version, JDK 17 + CDS archive" "this build: --help, JDK 17 + CDS archive")
commands+=("env CQCHECK_JAVA=$JAVA17 bin/cqcheck --version"
  "env CQCHECK_JAVA=$JAVA17 bin/cqcheck --help")

# Runs command $1 once; appends "<wall s> <user+sys CPU s> <peak RSS KiB>" to $2.
measure() {
  local start end
  start=$EPOCHREALTIME
  # shellcheck disable=SC2086 # the command is a list of words, by design
  /usr/bin/time -f '%U %S %M' -o "$WORK/time.txt" $1 > /dev/null 2>&1 || true
  end=$EPOCHREALTIME
  # The last line: a command that exits non-zero has time say so on a line of its own first.
  tail -n 1 "$WORK/time.txt" | awk -v s="$start" -v e="$end" \
    '{ printf "%.4f %.2f %d\n", e - s, $1 + $2, $3 }' >> "$2"
}

median() {
  sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "machine: $(nproc) cores, $(uname -r), $("$JAVA17" -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "proposal: $ONE; $RUNS rounds after one warm-up round"
rm -f "$WORK"/cold-*.txt
for round in $(seq 0 "$RUNS"); do
  for i in "${!commands[@]}"; do
    if [ "$round" -eq 0 ]; then
      measure "${commands[$i]}" /dev/null
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
  per_round=$(paste -d' ' "$WORK/cold-$i.txt" "$WORK/cold-0.txt" | awk '{print $1 / $4}' | median)
  printf '%-58s wall %5.3f s  CPU %5.2f s  RSS %4.0f MiB  ratio %4.2f (round by round %4.2f)  runs: %s\n' \
    "${labels[$i]}" "$wall" "$cpu" "$(echo "$rss/1024" | bc -l)" \
    "$(echo "$wall/$base" | bc -l)" "$per_round" \
    "$(awk '{printf "%.2f ", $1}' "$WORK/cold-$i.txt")"
done
