#!/usr/bin/env bash
# A 3-node NATS JetStream cluster on 127.0.0.1 for development and tests, as plain processes (no systemd).
#
#   cluster.sh start DIR          start the 3 nodes (stores, logs and PIDs under DIR) and wait until ready
#   cluster.sh stop DIR           stop every node of DIR (SIGTERM, then SIGKILL after 15 s) and wait for it
#   cluster.sh kill DIR N         SIGKILL node N (1-3), as a crash would
#   cluster.sh start-node DIR N   start node N again (its store is kept) and wait until the cluster is ready
#   cluster.sh wait DIR           wait until the cluster is ready
#   cluster.sh leader STREAM      the node (1-3) that leads STREAM now
#   cluster.sh urls               the client URLs, comma-separated
#
# Ready means: every node's /healthz answers ok, and the meta group has a leader and 3 peers. A cold start
# once formed a meta group of 2 while every /healthz was ok (shared/reference/distributed-engine.md), and R3
# streams then fail, so /healthz alone is not enough. With TRIAGE_CLUSTER_READY=servers, /healthz is asked
# with js-server-only (the servers and the meta group, not every stream and consumer): after every node was
# stopped under traffic, one consumer once stayed "not current" for more than 120 s in CI while the
# deployment's own clients drive the recovery. Ports are fixed by nats/node-N.conf: clients 4241-4243,
# routes 6241-6243, monitoring 8241-8243.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
ready_timeout=${TRIAGE_CLUSTER_TIMEOUT:-30}
case "${TRIAGE_CLUSTER_READY:-all}" in
  all) health_query="" ;;
  servers) health_query="?js-server-only=true" ;;
  *) echo "cluster.sh: TRIAGE_CLUSTER_READY is all or servers" >&2; exit 2 ;;
esac

die() {
  echo "cluster.sh: $*" >&2
  exit 1
}

node_pid() { cat "$1/node-$2.pid" 2>/dev/null || true; }

alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }

start_node() {
  local dir=$1 n=$2
  local pid
  pid=$(node_pid "$dir" "$n")
  if alive "$pid"; then return 0; fi
  mkdir -p "$dir/node-$n"
  # The config includes common.conf relative to itself; the store comes from the environment.
  TRIAGE_NATS_STORE="$dir/node-$n" nohup nats-server -c "$here/nats/node-$n.conf" >>"$dir/node-$n.log" 2>&1 &
  echo $! >"$dir/node-$n.pid"
}

health() { curl -sS --max-time 2 "http://127.0.0.1:824$1/healthz$health_query" 2>&1; }
healthy() { health "$1" | grep -q '"ok"'; }

meta_complete() {
  local n jsz
  for n in 1 2 3; do
    jsz=$(curl -fsS --max-time 2 "http://127.0.0.1:824$n/jsz" 2>/dev/null) || continue
    if grep -q '"leader"' <<<"$jsz" && grep -q '"cluster_size": *3' <<<"$jsz"; then return 0; fi
  done
  return 1
}

wait_ready() {
  local dir=$1 deadline=$((SECONDS + ready_timeout)) n ok
  while [ "$SECONDS" -lt "$deadline" ]; do
    ok=1
    for n in 1 2 3; do
      alive "$(node_pid "$dir" "$n")" || die "node $n exited; see $dir/node-$n.log"
      healthy "$n" || ok=0
    done
    if [ "$ok" -eq 1 ] && meta_complete; then return 0; fi
    sleep 0.1
  done
  # What each node still waits for: the first asset /healthz finds not current, or why it did not answer.
  for n in 1 2 3; do echo "cluster.sh: node $n /healthz$health_query: $(health "$n")" >&2; done
  die "not ready after ${ready_timeout}s; see $dir/node-*.log"
}

stop_all() {
  local dir=$1 n pid pids=()
  for n in 1 2 3; do
    pid=$(node_pid "$dir" "$n")
    if alive "$pid"; then
      kill -TERM "$pid"
      pids+=("$pid")
    fi
  done
  local deadline=$((SECONDS + 15))
  for pid in "${pids[@]}"; do
    while alive "$pid" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
    alive "$pid" && kill -KILL "$pid"
    while alive "$pid"; do sleep 0.05; done
  done
  rm -f "$dir"/node-*.pid
}

stream_leader() {
  local n info
  for n in 1 2 3; do
    info=$(curl -fsS --max-time 2 "http://127.0.0.1:824$n/jsz?streams=true" 2>/dev/null) || continue
    # The cluster block of the stream names its leader by server name: triage-N.
    leader=$(jq -r --arg s "$1" '.account_details[]?.stream_detail[]? | select(.name == $s) | .cluster.leader // empty' \
      <<<"$info" | head -1)
    if [ -n "$leader" ]; then
      echo "${leader#triage-}"
      return 0
    fi
  done
  die "no leader found for stream $1"
}

command=${1:-}
case "$command" in
  start)
    dir=${2:?DIR}
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    command -v nats-server >/dev/null || die "nats-server is not installed (Debian: apt-get install nats-server)"
    for n in 1 2 3; do start_node "$dir" "$n"; done
    wait_ready "$dir"
    ;;
  stop) stop_all "$(cd "${2:?DIR}" && pwd)" ;;
  kill)
    dir=${2:?DIR}
    pid=$(node_pid "$dir" "${3:?N}")
    alive "$pid" && kill -KILL "$pid"
    while alive "$pid"; do sleep 0.05; done
    rm -f "$dir/node-$3.pid"
    ;;
  start-node)
    dir=$(cd "${2:?DIR}" && pwd)
    start_node "$dir" "${3:?N}"
    wait_ready "$dir"
    ;;
  wait) wait_ready "$(cd "${2:?DIR}" && pwd)" ;;
  leader) stream_leader "${2:?STREAM}" ;;
  urls) echo "nats://127.0.0.1:4241,nats://127.0.0.1:4242,nats://127.0.0.1:4243" ;;
  *)
    sed -n '2,12p' "$0" >&2
    exit 2
    ;;
esac
