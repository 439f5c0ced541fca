#!/bin/sh
# Instructions per callback of each implementation on each corpus, counted by valgrind's callgrind: unlike
# time, a count that the other tenants of a shared machine do not move (and perf's counters are often not
# available in virtual machines). Needs valgrind (Debian: valgrind).
#   benchmarks/instructions.sh BUILD_DIR [PASSES] [CORPUS_BYTES]
set -eu
bench="$1/benchmarks/triage-benchmarks"
passes="${2:-3}"
bytes="${3:-1048576}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count() { # impl mix passes -> instructions executed by the whole process
  valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$bench" --corpus-bytes "$bytes" --passes "$3" "$1" "$2" \
    >/dev/null 2>"$out/log"
  awk '/Collected :/ {print $4}' "$out/log"
}
callbacks() { "$bench" --corpus-bytes "$bytes" --passes 1 triage "$1" 2>/dev/null | awk '{print $1}'; }
printf '%-10s %10s %10s %10s %10s %13s %13s %13s\n' corpus triage floor nlohmann rapidjson triage/floor \
  nlohmann/triage rapidjson/triage
for mix in all vibes bandwidth bird twilio vonage plivo whatsapp telnyx sinch infobip; do
  n=$(callbacks "$mix")
  for impl in triage simdjson_floor nlohmann rapidjson; do
    base=$(count "$impl" "$mix" 0)
    full=$(count "$impl" "$mix" "$passes")
    eval "per_$impl=$(( (full - base) / (passes * n) ))"
  done
  awk -v mix="$mix" -v t="$per_triage" -v f="$per_simdjson_floor" -v n="$per_nlohmann" -v r="$per_rapidjson" \
    'BEGIN {printf "%-10s %10d %10d %10d %10d %13.2f %13.1f %13.1f\n", mix, t, f, n, r, t / f, n / t, r / t}'
done
echo "(instructions per callback; $passes passes over a $bytes-byte corpus of each mix, seed as in the benchmarks)"
