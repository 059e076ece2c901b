#!/usr/bin/env bash
# One cqcheck command line run by several builds' jars in turns, for before/after figures that a
# noisy machine slows alike: each jar through bin/cqcheck on JDK 17 with the CDS archive beside it,
# once per round, RUNS rounds (default 5) after a warm-up round. For each jar: median wall time,
# median user+system CPU time and median peak RSS, with every run's wall time.
#
#   bench/compare-jars.sh JAR... -- CQCHECK_ARGUMENTS...
#   e.g. bench/compare-jars.sh /tmp/old/target/cqcheck.jar target/cqcheck.jar -- \
#          check --format jsonl bench/target/work/files-10000
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
WORK=${WORK:-bench/target/work}
mkdir -p "$WORK"
JAVA17=${JAVA17:-$(command -v java)}
jars=()
while [ "$1" != "--" ]; do
  jars+=("$(realpath "$1")")
  shift
done
shift
echo "machine: $(nproc) cores, $("$JAVA17" -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "command: bin/cqcheck $*; $RUNS rounds after one warm-up round"
rm -f "$WORK"/compare-*.txt
for round in $(seq 0 "$RUNS"); do
  for i in "${!jars[@]}"; do
    start=$EPOCHREALTIME
    CQCHECK_JAR=${jars[$i]} CQCHECK_JAVA=$JAVA17 /usr/bin/time -f '%U %S %M' -o "$WORK/time.txt" \
      bin/cqcheck "$@" > /dev/null 2>&1 || true
    end=$EPOCHREALTIME
    if [ "$round" -gt 0 ]; then
      # The last line: a command that exits non-zero has time say so on a line of its own first.
      tail -n 1 "$WORK/time.txt" | awk -v s="$start" -v e="$end" \
        '{ printf "%.3f %.2f %d\n", e - s, $1 + $2, $3 }' >> "$WORK/compare-$i.txt"
    fi
  done
done
median() {
  sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
for i in "${!jars[@]}"; do
  printf '%-48s wall %6.2f s  CPU %6.2f s  RSS %6.1f MiB  runs: %s\n' "${jars[$i]}" \
    "$(awk '{print $1}' "$WORK/compare-$i.txt" | median)" \
    "$(awk '{print $2}' "$WORK/compare-$i.txt" | median)" \
    "$(echo "$(awk '{print $3}' "$WORK/compare-$i.txt" | median)/1024" | bc -l)" \
    "$(awk '{printf "%.2f ", $1}' "$WORK/compare-$i.txt")"
done
