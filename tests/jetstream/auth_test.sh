#!/usr/bin/env bash
# The JetStream receiver verifies as the plain receiver does (examples/receiver_auth.hpp), before it parses
# or publishes: on a fresh 3-node cluster, Bandwidth's challenge handshake, a forged password, a valid and a
# forged Bird Channels signature, and what reached the stream (only the authenticated callbacks). The keys
# are throwaway test keys; requests are signed with the openssl command line tool.
#
#   auth_test.sh BIN_DIR SOURCE_DIR WORK_DIR
set -uo pipefail
bin=$1 source=$2 work=$3
cluster="$source/examples/jetstream/cluster.sh"
fixtures="$source/tests/fixtures"
rm -rf "$work" && mkdir -p "$work"
cd "$work" || exit 2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pid=""
cleanup() {
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  "$cluster" stop "$work/cluster" >/dev/null 2>&1
}
trap cleanup EXIT

public=https://hooks.example.com:8443
port=18083
bird_key=jetstream-test-signing-key

# --require-auth with an unauthenticated route refuses to start, before it connects to any cluster.
env -i PATH="$PATH" TRIAGE_SECRET_BANDWIDTH=u:p "$bin/triage-jetstream-receiver" --port "$port" --require-auth \
  >refuse.log 2>&1
[ $? = 2 ] || fail "--require-auth with unauthenticated routes: it did not refuse"
grep -q "/webhooks/vibes: UNAUTHENTICATED" refuse.log || fail "--require-auth: unauthenticated routes not listed"
# A secret on the command line is refused.
"$bin/triage-jetstream-receiver" --port "$port" --secret x >secret.log 2>&1
[ $? = 2 ] || fail "--secret on the command line was accepted"

"$cluster" start "$work/cluster" >cluster.log 2>&1 || { echo "FAIL: cluster did not start"; exit 1; }
env -i PATH="$PATH" TRIAGE_SECRET_BANDWIDTH=user:pass TRIAGE_SECRET_BIRD="$bird_key" \
  "$bin/triage-jetstream-receiver" --port "$port" --public-url "$public" >receiver.log 2>&1 &
pid=$!
deadline=$((SECONDS + 20))
until curl -s -o /dev/null "http://127.0.0.1:$port/"; do
  [ "$SECONDS" -lt "$deadline" ] || { echo "FAIL: receiver not listening"; cat receiver.log; exit 1; }
  sleep 0.1
done
grep -q "route /webhooks/bandwidth: bandwidth-basic, 1 secret" receiver.log || fail "bandwidth route not reported"
grep -q "route /webhooks/vibes: UNAUTHENTICATED" receiver.log || fail "vibes route not reported unauthenticated"

post() { # route file [curl args...] -> status; headers in ./headers
  local route=$1 file=$2
  shift 2
  curl -s -o body -D headers -w '%{http_code}' --max-time 10 -X POST -H 'Content-Type: application/json' \
    --data-binary @"$file" "$@" "http://127.0.0.1:$port$route"
}
expect() { # want what route file [curl args...]
  local want=$1 what=$2 got
  shift 2
  got=$(post "$@")
  [ "$got" = "$want" ] || fail "$what: HTTP $got, expected $want"
}

bandwidth=$fixtures/bandwidth/doc_message_failed_4432.json
bird=$fixtures/bird/sms_unknown_subscriber.json

# Bandwidth: the first leg has no credentials and gets the challenge; curl --anyauth answers it.
expect 401 "bandwidth without credentials" /webhooks/bandwidth "$bandwidth"
grep -qi '^WWW-Authenticate: Basic realm=' headers || fail "bandwidth 401 without its WWW-Authenticate challenge"
expect 401 "bandwidth, wrong password" /webhooks/bandwidth "$bandwidth" -u user:wrong
expect 204 "bandwidth handshake" /webhooks/bandwidth "$bandwidth" --anyauth -u user:pass

# Bird Channels: base64 HMAC-SHA256 of ts \n URL \n sha256(body), over the URL as registered.
ts=$(date +%s)
sig=$({ printf '%s\n%s\n' "$ts" "$public/webhooks/bird"; openssl dgst -sha256 -binary "$bird"; } |
  openssl dgst -sha256 -hmac "$bird_key" -binary | base64 -w0)
expect 204 "bird, valid signature" /webhooks/bird "$bird" -H "messagebird-signature: $sig" \
  -H "messagebird-request-timestamp: $ts"
expect 401 "bird, signature of another key" /webhooks/bird "$bird" \
  -H "messagebird-signature: $(printf x | openssl dgst -sha256 -hmac other -binary | base64 -w0)" \
  -H "messagebird-request-timestamp: $ts"
expect 401 "bird, replayed an hour later" /webhooks/bird "$bird" -H "messagebird-signature: $sig" \
  -H "messagebird-request-timestamp: $((ts - 3600))"
grep -q "rejected bird request" receiver.log || fail "a rejected request was not logged"
grep -q "$bird_key" receiver.log && fail "the signing key appears in the log"

# Only what was authenticated reached the stream: the Bandwidth batch's callbacks and the one Bird message.
want=$(( $(jq length "$bandwidth" 2>/dev/null || echo 1) + 1 ))
messages=$(curl -fsS --max-time 2 "http://127.0.0.1:8241/jsz?streams=true" |
  jq -r '[.account_details[]?.stream_detail[]? | select(.name == "CB") | .state.messages] | first // 0')
[ "$messages" = "$want" ] || fail "stream CB holds $messages callbacks, expected $want"

echo "jetstream auth: $failures failure(s); stream CB holds $messages callbacks"
[ "$failures" = 0 ]
