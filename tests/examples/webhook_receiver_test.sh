#!/usr/bin/env bash
# The webhook receiver example, for real: started on 127.0.0.1, fed the providers' doc payloads with curl,
# checked by its status codes and its log. Only loopback traffic; the server is stopped at the end.
set -u
receiver=$1
fixtures=$2
work=$3
rm -rf "$work" && mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

pid=""
for attempt in 1 2 3 4 5; do
  port=$((20000 + (RANDOM % 20000)))
  "$receiver" --host 127.0.0.1 --port "$port" --max-body 4096 >"$work/log" 2>"$work/err" &
  pid=$!
  for _ in $(seq 50); do
    grep -q "listening on" "$work/err" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  grep -q "listening on" "$work/err" && break
  wait "$pid" 2>/dev/null
  pid=""
done
if [ -z "$pid" ]; then
  echo "FAIL: the receiver did not start: $(cat "$work/err")"
  exit 1
fi
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null' EXIT

post() { # route file -> prints the status code; the response body goes to $work/body
  curl -s -o "$work/body" -w '%{http_code}' --max-time 5 -X POST -H 'Content-Type: application/json' \
    --data-binary @"$2" "http://127.0.0.1:$port$1"
}
expect_status() { # expected route file what
  local got
  got=$(post "$2" "$3")
  [ "$got" = "$1" ] || fail "$4: HTTP $got, expected $1 ($(head -c 200 "$work/body"))"
}

expect_status 204 /webhooks/vibes "$fixtures/vibes/s1_handset_dlr_success.json" "vibes delivered"
expect_status 204 /webhooks/bandwidth "$fixtures/bandwidth/doc_message_failed_4432.json" "bandwidth 4432"
expect_status 204 /webhooks/bird "$fixtures/bird/sms_unknown_subscriber.json" "bird unknown subscriber"
expect_status 400 /webhooks/bandwidth "$fixtures/bandwidth/invalid/doc_message_failed_9902_trailing_comma.json" \
  "malformed body"
grep -q '"error":' "$work/body" || fail "malformed body: the response names no error: $(cat "$work/body")"
grep -q '"offset":' "$work/body" || fail "malformed body: the response has no offset"
head -c 5000 /dev/zero | tr '\0' ' ' >"$work/big.json"
expect_status 413 /webhooks/vibes "$work/big.json" "oversized body"
# Infobip: a bucket with one odd report is still answered 2xx (Infobip re-sends a whole bucket it does not
# see accepted, reference §1.4): the odd report is logged as an invalid_report, the other three as usual.
expect_status 204 /webhooks/infobip "$fixtures/infobip/constructed_mixed_batch_one_odd_report.json" \
  "infobip batch with one odd report"
expect_status 400 /webhooks/infobip "$fixtures/bird/sms_unknown_subscriber.json" "infobip route, a Bird body"
expect_status 404 /webhooks/no_such_provider "$fixtures/vibes/s1_handset_dlr_success.json" "unknown provider route"
got=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/webhooks/vibes")
[ "$got" = "405" ] || fail "GET on a JSON provider's route: HTTP $got, expected 405"

# Twilio posts forms: a form body by its Content-Type, the same body without one, and a GET query string.
post_form() { # route file [content-type] -> prints the status code
  curl -s -o "$work/body" -w '%{http_code}' --max-time 5 -X POST -H "Content-Type: ${3-application/x-www-form-urlencoded}" \
    --data-binary @"$2" "http://127.0.0.1:$port$1"
}
got=$(post_form /webhooks/twilio "$fixtures/twilio/constructed_status_undelivered_30003.form")
[ "$got" = "204" ] || fail "twilio form POST: HTTP $got ($(head -c 200 "$work/body"))"
got=$(post_form /webhooks/twilio "$fixtures/form/constructed_twilio_status_delivered.form" "")
[ "$got" = "204" ] || fail "twilio form POST without a Content-Type: HTTP $got ($(head -c 200 "$work/body"))"
query=$(cat "$fixtures/twilio/constructed_inbound_whatsapp_location.query")
got=$(curl -s -o "$work/body" -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/webhooks/twilio$query")
[ "$got" = "204" ] || fail "twilio GET query: HTTP $got ($(head -c 200 "$work/body"))"
got=$(curl -s -o "$work/body" -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/webhooks/twilio?To=1&From=2")
[ "$got" = "400" ] || fail "twilio GET without MessageSid: HTTP $got, expected 400"
grep -q 'MessageSid' "$work/body" || fail "twilio GET without MessageSid: the response names no key: $(cat "$work/body")"
# A form body on a JSON provider's route is that provider's error, not a guess.
got=$(post_form /webhooks/bandwidth "$fixtures/twilio/constructed_status_sent.form")
[ "$got" = "400" ] || fail "form body on the bandwidth route: HTTP $got, expected 400"

kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
trap - EXIT

grep -q '^vibes handset_dlr id=d8897bd0-2f49-4817-866d-cde73182860e status=success code=- -> delivered none none$' \
  "$work/log" || fail "log: vibes line missing: $(cat "$work/log")"
grep -q '^bandwidth message_failed id=14762070468292kw2fuqty55yp2b2 status=message-failed code=4432 -> permanent configuration none$' \
  "$work/log" || fail "log: bandwidth line missing"
grep -q '^bird message .* status=delivery_failed code=1 -> permanent recipient none$' "$work/log" ||
  fail "log: bird line missing"
grep -q '^twilio message_status id=SM5a8a3e2c1b7d4f6e9a0b3c5d7e9f1a2b status=undelivered code=30003 -> retryable unreachable retry_once$' \
  "$work/log" || fail "log: twilio undelivered line missing"
grep -q '^twilio message_status id=SM1f0e8ae6ade43cb3c0ce4525424e404f status=delivered code=- -> delivered none none$' \
  "$work/log" || fail "log: twilio delivered line missing"
grep -q '^twilio inbound_message id=SMa1c3e5f7b9d1a3c5e7f9b1d3a5c7e9f1 status=received code=- -> none none none$' \
  "$work/log" || fail "log: twilio GET inbound line missing"
grep -q '^infobip invalid_report id=MSG-2 status=- code=- -> unknown unknown none$' "$work/log" ||
  fail "log: infobip invalid_report line missing"
grep -q '^infobip delivery_report id=MSG-3 status=UNDELIVERABLE_NOT_DELIVERED code=27 -> retryable unreachable retry_later$' \
  "$work/log" || fail "log: infobip report after the odd one missing"
lines=$(grep -c '' "$work/log")
[ "$lines" = "10" ] || fail "log: $lines lines, expected 10 (one per callback of the accepted payloads)"
grep -q "rejected bandwidth payload" "$work/err" || fail "stderr: the rejected payload is not reported"

if [ "$failures" -ne 0 ]; then
  echo "$failures webhook receiver check(s) failed"
  exit 1
fi
echo "all webhook receiver checks passed"
