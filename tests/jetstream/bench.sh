#!/usr/bin/env bash
# The JetStream deployment's benchmark (not a test: nothing is judged by time). On a fresh 3-node cluster:
#  1. the engine's raw rate: the corpus's callbacks published with their Nats-Msg-Id to an R3 file stream
#     and consumed by 2 consumers that ack, no HTTP, parsing, tracking or KV (triage-jetstream-raw-bench);
#  2. end to end: the same corpus posted over HTTP (64 connections) to 2 receivers, folded by 2 workers
#     into the KV bucket: callbacks per second from the first post until no backlog is left;
#  3. the receiver under wrk at 16, 64 and 256 connections (new callbacks every request), against the same
#     server answering 204 with no work (--answer-only).
#
#   tests/jetstream/bench.sh BUILD_DIR [PAYLOADS] [WRK_SECONDS]
set -euo pipefail

build=$(cd "$1" && pwd)
payloads=${2:-12000}
wrk_seconds=${3:-10}
source=$(cd "$(dirname "$0")/../.." && pwd)
bin="$build/examples/jetstream"
tools="$build/tests/jetstream"
cluster="$source/examples/jetstream/cluster.sh"
work=$(mktemp -d)
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 0.5
  "$cluster" stop "$work/cluster" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"$cluster" start "$work/cluster"
"$tools/triage-jetstream-corpus" --payloads "$payloads" >"$work/corpus.ndjson"

echo "== 1. the engine's raw rate"
"$tools/triage-jetstream-raw-bench" "$work/corpus.ndjson" | tee "$work/raw.out"

echo "== 2. end to end: HTTP -> 2 receivers -> R3 stream -> 2 workers -> KV"
for r in 1 2; do
  "$bin/triage-jetstream-receiver" --port "$((18080 + r))" >"$work/receiver-$r.log" 2>&1 &
  pids+=($!)
done
for w in 0 1; do
  "$bin/triage-jetstream-worker" --ordinal "$w" --workers 2 >"$work/worker-$w.log" 2>&1 &
  pids+=($!)
done
# A receiver listens once it is connected to the cluster: wait for both, or the poster's lanes all settle on one.
for port in 18081 18082; do
  until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.1; done
done
start=$(date +%s.%N)
"$bin/triage-jetstream-post" --urls http://127.0.0.1:18081,http://127.0.0.1:18082 --lanes 64 "$work/corpus.ndjson"
until "$bin/triage-state" --backlog | grep -q '^pending=0 ack_pending=0'; do sleep 0.1; done
end=$(date +%s.%N)
stored=$(curl -fsS http://127.0.0.1:8241/jsz?streams=true |
  jq '[.account_details[].stream_detail[] | select(.name == "CB") | .state.messages] | first')
e2e=$(echo "$stored / ($end - $start)" | bc -l)
raw=$(grep -o 'callbacks_per_second=[0-9]*' "$work/raw.out" | cut -d= -f2)
printf 'end to end: callbacks=%d seconds=%.2f callbacks_per_second=%.0f; raw=%s; ratio=%.2f\n' "$stored" \
  "$(echo "$end - $start" | bc -l)" "$e2e" "$raw" "$(echo "$e2e / $raw" | bc -l)"
for pid in "${pids[@]}"; do kill -TERM "$pid"; done
wait "${pids[@]}" 2>/dev/null || true
pids=()
grep -h 'folded=\|accepted=' "$work"/worker-*.log "$work"/receiver-*.log

echo "== 3. wrk on one receiver (publishing), and on the same server answering only"
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: wrk): skipped"; exit 0; }
run_wrk() {
  local label=$1 c out
  for c in 16 64 256; do
    out=$(wrk -t2 -c"$c" -d"${wrk_seconds}s" --timeout 5s --latency -s "$source/tests/jetstream/wrk_post.lua" \
      http://127.0.0.1:18081/)
    printf '%-11s c=%-3d rps=%-8s p50=%-8s p99=%-8s errors=%s\n' "$label" "$c" \
      "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
      "$(awk '$1 == "99%" {print $2}' <<<"$out")" "$(grep -o 'Socket errors.*\|Non-2xx.*' <<<"$out" | tr '\n' ' ')"
  done
}
"$bin/triage-jetstream-receiver" --port 18081 >"$work/receiver-wrk.log" 2>&1 &
pids+=($!)
sleep 1
run_wrk publishing
kill -TERM "${pids[0]}"
wait "${pids[0]}" 2>/dev/null || true
"$bin/triage-jetstream-receiver" --port 18081 --answer-only >"$work/receiver-empty.log" 2>&1 &
pids=($!)
sleep 1
run_wrk answer-only
