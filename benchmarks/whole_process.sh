#!/usr/bin/env bash
# The whole-process benchmark: the triage CLI over a large NDJSON corpus against two programs that stream
# the same file the same way and only walk it (triage-walk-floor: bare simdjson On-Demand touching the
# fields triage types; triage-walk-nlohmann: nlohmann::json DOM). Runs alternate between the programs, so
# that a slower or busier moment of a shared machine hits all of them alike; medians are printed.
#
#   benchmarks/whole_process.sh [BUILD_DIR [BYTES [RUNS]]]     (defaults: build-bench 100000000 5)
#
# BUILD_DIR is a Release build with -DTRIAGE_BUILD_BENCHMARKS=ON and the examples (the CLI). The corpus,
# `triage-make-corpus --mix all`, is written once to $TMPDIR/triage-whole-process/ and reused.
# Wall time is measured around each process; peak RSS with GNU time (Debian package `time`) when present.
# Also: $(nproc) copies of the single-threaded CLI at once, the parallel speed-up this machine allows.
# Exit status: 0, or 1 when a program fails or the CLI and the floor disagree on the number of callbacks.
set -euo pipefail
export LC_ALL=C # a decimal point in $EPOCHREALTIME and in awk

build=${1:-build-bench}
bytes=${2:-100000000}
runs=${3:-5}

cli=$build/examples/triage
floor=$build/benchmarks/triage-walk-floor
nlohmann=$build/benchmarks/triage-walk-nlohmann
make_corpus=$build/benchmarks/triage-make-corpus
for program in "$cli" "$floor" "$nlohmann" "$make_corpus"; do
  if [ ! -x "$program" ]; then
    echo "whole_process.sh: $program not found; build with:" >&2
    echo "  cmake -S . -B $build -DCMAKE_BUILD_TYPE=Release -DTRIAGE_BUILD_BENCHMARKS=ON && cmake --build $build -j2" >&2
    exit 2
  fi
done

corpus_dir=${TMPDIR:-/tmp}/triage-whole-process
corpus=$corpus_dir/all-$bytes.ndjson
mkdir -p "$corpus_dir"
if [ ! -s "$corpus" ]; then
  "$make_corpus" --mix all --bytes "$bytes" --out "$corpus.tmp.$$"
  mv "$corpus.tmp.$$" "$corpus"
fi
size=$(wc -c <"$corpus")
cat "$corpus" >/dev/null # warm the page cache: the runs measure parsing, not the disk

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' -o "$work/probe" true 2>/dev/null; then
  gnu_time=/usr/bin/time
else
  echo "note: GNU time (/usr/bin/time, Debian package 'time') not found: peak RSS is not measured" >&2
fi
jobs=$(nproc)

names=(summary jsonl summary_jobs independent floor nlohmann)
declare -A label=(
  [summary]="triage --summary --jobs 1"
  [jsonl]="triage --jsonl --jobs 1 >/dev/null"
  [summary_jobs]="triage --summary (--jobs $jobs)"
  [independent]="$jobs x triage --summary --jobs 1 at once"
  [floor]="triage-walk-floor"
  [nlohmann]="triage-walk-nlohmann"
)
# One run: appends the wall seconds to $work/NAME.seconds, the peak RSS (KiB) to $work/NAME.rss and the
# CPU seconds (user + system: on a busy machine the wall time of --jobs N says little) to $work/NAME.cpu; the
# program's stdout is kept in $work/NAME.out (the --jsonl output goes to /dev/null, as in real use it
# goes to a pipe or a file, not into this script).
run_once() {
  local name=$1 out=$work/$1.out status=0 start end
  [ "$name" = jsonl ] && out=/dev/null
  if [ "$name" = independent ]; then
    run_independent
    return
  fi
  local argv
  case $name in
    summary) argv=("$cli" --summary --jobs 1 "$corpus") ;;
    jsonl) argv=("$cli" --jsonl --jobs 1 "$corpus") ;;
    summary_jobs) argv=("$cli" --summary "$corpus") ;;
    floor) argv=("$floor" "$corpus") ;;
    nlohmann) argv=("$nlohmann" "$corpus") ;;
  esac
  start=$EPOCHREALTIME
  if [ -n "$gnu_time" ]; then
    "$gnu_time" -f '%M %U %S' -o "$work/$name.time.last" "${argv[@]}" >"$out" 2>"$work/$name.err" || status=$?
  else
    "${argv[@]}" >"$out" 2>"$work/$name.err" || status=$?
  fi
  end=$EPOCHREALTIME
  if [ "$status" -ne 0 ]; then
    echo "whole_process.sh: '${label[$name]}' failed with exit status $status:" >&2
    head -5 "$work/$name.err" >&2
    exit 1
  fi
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }' >>"$work/$name.seconds"
  if [ -n "$gnu_time" ]; then
    tail -1 "$work/$name.time.last" | awk -v rss="$work/$name.rss" -v cpu="$work/$name.cpu" \
      '{ print $1 >>rss; print $2 + $3 >>cpu }'
  fi
}

# What this machine gives parallel work that shares nothing: $jobs processes of the single-threaded CLI at
# once, each over the whole corpus. Their speed-up ($jobs x the time of one / the time of all) bounds what
# --jobs can reach here (cores of a virtual machine may share a physical core, caches or memory bandwidth).
run_independent() {
  local start end pids=() status=0
  start=$EPOCHREALTIME
  for ((i = 0; i < jobs; i++)); do
    "$cli" --summary --jobs 1 "$corpus" >/dev/null 2>>"$work/independent.err" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || status=$?; done
  end=$EPOCHREALTIME
  if [ "$status" -ne 0 ]; then
    echo "whole_process.sh: '${label[independent]}' failed with exit status $status" >&2
    exit 1
  fi
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }' >>"$work/independent.seconds"
}

median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { sort -g "$1" | tail -1; }

for ((run = 1; run <= runs; run++)); do
  for name in "${names[@]}"; do run_once "$name"; done
done

count_of() { awk -v key="$1" '$1 == key { print $2 }' "$2"; }
cli_callbacks=$(count_of callbacks "$work/summary.out")
floor_callbacks=$(count_of callbacks "$work/floor.out")
nlohmann_callbacks=$(count_of callbacks "$work/nlohmann.out")
jobs_callbacks=$(count_of callbacks "$work/summary_jobs.out")

declare -A seconds
echo "whole process: $corpus, $size bytes, $runs runs of each program, alternated; $jobs cores"
printf '%-40s %10s %8s %12s %18s\n' program "median s" "MB/s" "median CPU s" "max peak RSS MiB"
for name in "${names[@]}"; do
  seconds[$name]=$(median "$work/$name.seconds")
  rss=n/a cpu=n/a
  if [ -n "$gnu_time" ] && [ "$name" != independent ]; then
    rss=$(awk -v k="$(maximum "$work/$name.rss")" 'BEGIN { printf "%.1f", k / 1024 }')
    cpu=$(median "$work/$name.cpu")
  fi
  copies=1
  [ "$name" = independent ] && copies=$jobs
  printf '%-40s %10.3f %8.1f %12s %18s\n' "${label[$name]}" "${seconds[$name]}" \
    "$(awk -v b="$size" -v n="$copies" -v s="${seconds[$name]}" 'BEGIN { print n * b / 1e6 / s }')" "$cpu" "$rss"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "ratios of medians:"
echo "  triage --summary / floor:        $(ratio "${seconds[summary]}" "${seconds[floor]}")   (target: at most 1.25)"
echo "  triage --jsonl / --summary:      $(ratio "${seconds[jsonl]}" "${seconds[summary]}")   (target: at most 2)"
echo "  nlohmann / triage --summary:     $(ratio "${seconds[nlohmann]}" "${seconds[summary]}")"
echo "  --jobs 1 / --jobs $jobs (speed-up): $(ratio "${seconds[summary]}" "${seconds[summary_jobs]}")"
echo "  the same for $jobs independent processes: $(ratio "$(awk -v n="$jobs" -v s="${seconds[summary]}" 'BEGIN { print n * s }')" "${seconds[independent]}")   (what this machine gives $jobs processes that share nothing)"
echo "callbacks: triage $cli_callbacks (--jobs $jobs: $jobs_callbacks), floor $floor_callbacks, nlohmann $nlohmann_callbacks"
if [ -z "$cli_callbacks" ] || [ "$cli_callbacks" != "$floor_callbacks" ] || [ "$cli_callbacks" != "$jobs_callbacks" ] ||
  [ "$cli_callbacks" != "$nlohmann_callbacks" ]; then
  echo "whole_process.sh: the programs disagree on the number of callbacks" >&2
  exit 1
fi
