#!/usr/bin/env bash
# The webhook receiver's authentication, for real over loopback: every scheme with curl, valid, forged and
# replayed outside the window, Bandwidth's challenge handshake, and the start-up checks. Requests are signed
# here with the openssl command line tool (another implementation than the receiver's libcrypto calls
# through triage::verify), at the current time. The keys are throwaway test keys.
set -u
receiver=$1
fixtures=$2
work=$3
rm -rf "$work" && mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

public=https://hooks.example.com:8443
pid=""
port=""
# start NAME ENV... -- ARGS...: starts a receiver with that environment; its logs go to $work/NAME.{log,err}.
start() {
  local name=$1
  shift
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  for attempt in 1 2 3 4 5; do
    port=$((20000 + (RANDOM % 20000)))
    env -i PATH="$PATH" "${envs[@]}" "$receiver" --host 127.0.0.1 --port "$port" "$@" \
      >"$work/$name.log" 2>"$work/$name.err" &
    pid=$!
    for _ in $(seq 50); do
      grep -q "listening on" "$work/$name.err" 2>/dev/null && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    grep -q "listening on" "$work/$name.err" && return 0
    wait "$pid" 2>/dev/null
    pid=""
  done
  echo "FAIL: receiver $name did not start: $(cat "$work/$name.err")"
  exit 1
}
stop() {
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  pid=""
}
trap 'stop' EXIT

# post ROUTE FILE [curl args...] -> prints the status code; headers of the answer go to $work/headers.
post() {
  local route=$1 file=$2
  shift 2
  curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}' --max-time 5 -X POST \
    -H 'Content-Type: application/json' --data-binary @"$file" "$@" "http://127.0.0.1:$port$route"
}
expect() { # expected what route file [curl args...]
  local want=$1 what=$2
  shift 2
  local got
  got=$(post "$@")
  [ "$got" = "$want" ] || fail "$what: HTTP $got, expected $want"
}
b64() { base64 -w0; }
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
hmac256() { openssl dgst -sha256 -hmac "$1" -binary; }

bird=$fixtures/bird/sms_unknown_subscriber.json
bandwidth=$fixtures/bandwidth/doc_message_failed_4432.json
vibes=$fixtures/vibes/s1_handset_dlr_success.json
bird_key=receiver-test-signing-key

# Bird Channels: base64 HMAC-SHA256 of ts \n URL \n sha256(body), the URL as registered.
channels_signature() { # key ts url file
  { printf '%s\n%s\n' "$2" "$3"; openssl dgst -sha256 -binary "$4"; } | hmac256 "$1" | b64
}

# 1. Start-up: --require-auth refuses unauthenticated routes; a URL-signing scheme needs --public-url.
env -i PATH="$PATH" "$receiver" --port 1 --require-auth >"$work/refuse.log" 2>"$work/refuse.err"
[ $? = 2 ] || fail "--require-auth with no secrets: it started"
grep -q "refusing to start" "$work/refuse.err" || fail "--require-auth: no reason given"
grep -q "/webhooks/vibes: UNAUTHENTICATED" "$work/refuse.err" || fail "--require-auth: unauthenticated routes not listed"
env -i PATH="$PATH" TRIAGE_SECRET_BIRD=$bird_key "$receiver" --port 1 >"$work/nourl.log" 2>"$work/nourl.err"
[ $? = 2 ] || fail "bird-channels without --public-url: it started"
grep -q "give --public-url" "$work/nourl.err" || fail "bird-channels without --public-url: no reason given"

# 2. Every route authenticated: Bird Channels (two keys, a rotation), Bandwidth (secrets file), Vibes
#    (source addresses, through a trusted proxy's X-Forwarded-For since loopback is no Vibes address).
printf '# provider secret\nbandwidth bw-user:s3cret pass\nplivo plivo-auth-token\nvonage vonage-signature-secret\ninfobip ib-user:s3cret pass\n' >"$work/secrets"
chmod 600 "$work/secrets"
twilio_token=receiver-twilio-auth-token
wa_secret=receiver-whatsapp-app-secret
wa_token=receiver-whatsapp-verify-token
# Telnyx: a throwaway Ed25519 key pair; the route is configured with the public key's raw 32 bytes in base64.
openssl genpkey -algorithm ed25519 -out "$work/telnyx.pem" 2>/dev/null || fail "openssl genpkey ed25519"
telnyx_key=$(openssl pkey -in "$work/telnyx.pem" -pubout -outform DER | tail -c 32 | base64 -w0)
# telnyx_signature TIMESTAMP BODY_FILE: base64 of the Ed25519 signature of TIMESTAMP|body.
telnyx_signature() {
  { printf '%s|' "$1"; cat "$2"; } >"$work/telnyx.msg"
  openssl pkeyutl -sign -rawin -inkey "$work/telnyx.pem" -in "$work/telnyx.msg" | base64 -w0
}
# Sinch: x-sinch-webhook-signature = base64(HMAC-SHA256(secret, body.nonce.timestamp)).
sinch_secret=receiver-sinch-webhook-secret
# sinch_signature NONCE TIMESTAMP BODY_FILE
sinch_signature() {
  { cat "$3"; printf '.%s.%s' "$1" "$2"; } | openssl dgst -sha256 -hmac "$sinch_secret" -binary | base64 -w0
}
start all TRIAGE_SECRET_BIRD=$bird_key TRIAGE_SECRET_BIRD_PREVIOUS=previous-key TRIAGE_AUTH_VIBES=vibes-source-ip \
  TRIAGE_SECRET_TWILIO=$twilio_token TRIAGE_SECRET_WHATSAPP=$wa_secret TRIAGE_VERIFY_TOKEN_WHATSAPP=$wa_token \
  TRIAGE_SECRET_TELNYX=$telnyx_key TRIAGE_SECRET_SINCH=$sinch_secret -- \
  --public-url "$public/" --secrets-file "$work/secrets" --trusted-proxy 127.0.0.1 --require-auth --realm "triage test"
grep -q "route /webhooks/bird: bird-channels, 2 secret(s)" "$work/all.err" || fail "start: bird route not listed"
grep -q "UNAUTHENTICATED" "$work/all.err" && fail "start: a route is unauthenticated"
grep -q "route /webhooks/whatsapp: whatsapp-hub-signature, 1 secret(s)" "$work/all.err" ||
  fail "start: whatsapp route not listed"

# WhatsApp: X-Hub-Signature-256 over the raw body (signed here with openssl), forged, missing; and Meta's GET
# verification handshake, which answers hub.challenge only for the verify token.
wa=$fixtures/whatsapp/sdk_pywa_signed_text_message.json
wa_sig=$(openssl dgst -sha256 -hmac "$wa_secret" -hex <"$wa" | sed 's/^.*= *//')
expect 204 "whatsapp valid" /webhooks/whatsapp "$wa" -H "X-Hub-Signature-256: sha256=$wa_sig"
expect 401 "whatsapp forged" /webhooks/whatsapp "$wa" \
  -H "X-Hub-Signature-256: sha256=54edfa1d7259e0eb13c677cc7d73d1b5c86cfa12433d19156e058ab9251bc441"
expect 401 "whatsapp unsigned" /webhooks/whatsapp "$wa"
hub() { curl -s -o "$work/hub" -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/webhooks/whatsapp?$1"; }
got=$(hub "hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=$wa_token")
[ "$got" = 200 ] || fail "whatsapp handshake: HTTP $got, expected 200"
[ "$(cat "$work/hub")" = 1158201444 ] || fail "whatsapp handshake: the answer is not the challenge"
got=$(hub "hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=wrong")
[ "$got" = 403 ] || fail "whatsapp handshake with a wrong token: HTTP $got, expected 403"
got=$(hub "hub.mode=unsubscribe&hub.challenge=1158201444&hub.verify_token=$wa_token")
[ "$got" = 403 ] || fail "whatsapp handshake with another mode: HTTP $got, expected 403"

# Telnyx: telnyx-signature-ed25519 over telnyx-timestamp|body (signed here with openssl), forged by another
# body, replayed outside the 300 s window, unsigned.
grep -q "route /webhooks/telnyx: telnyx-signature-ed25519, 1 secret(s)" "$work/all.err" ||
  fail "start: telnyx route not listed"
tx=$fixtures/telnyx/sdk_dotnet_message_finalized_delivered.json
tx_now=$(date +%s)
tx_sig=$(telnyx_signature "$tx_now" "$tx")
expect 204 "telnyx valid" /webhooks/telnyx "$tx" -H "telnyx-signature-ed25519: $tx_sig" -H "telnyx-timestamp: $tx_now"
tx_other=$fixtures/telnyx/constructed_message_sent.json
expect 401 "telnyx forged (another body)" /webhooks/telnyx "$tx_other" -H "telnyx-signature-ed25519: $tx_sig" \
  -H "telnyx-timestamp: $tx_now"
tx_old=$((tx_now - 400))
tx_sig=$(telnyx_signature "$tx_old" "$tx")
expect 401 "telnyx replayed outside the window" /webhooks/telnyx "$tx" -H "Telnyx-Signature-Ed25519: $tx_sig" \
  -H "Telnyx-Timestamp: $tx_old"
expect 401 "telnyx unsigned" /webhooks/telnyx "$tx"

# Sinch: signed here with openssl over the SDK vector's body, forged by another body, replayed, unsigned.
grep -q "route /webhooks/sinch: sinch-webhook-signature, 1 secret(s)" "$work/all.err" ||
  fail "start: sinch route not listed"
sn=$fixtures/sinch/sdk_node_signed_recipient_delivery_report_sms.json
sn_now=$(date +%s)
sn_sig=$(sinch_signature nonce-1 "$sn_now" "$sn")
expect 204 "sinch valid" /webhooks/sinch "$sn" -H "x-sinch-webhook-signature: $sn_sig" \
  -H "x-sinch-webhook-signature-nonce: nonce-1" -H "x-sinch-webhook-signature-timestamp: $sn_now" \
  -H "x-sinch-webhook-signature-algorithm: HmacSHA256"
expect 401 "sinch forged (another body)" /webhooks/sinch "$fixtures/sinch/clx_php_recipient_report_failed_11.json" \
  -H "x-sinch-webhook-signature: $sn_sig" -H "x-sinch-webhook-signature-nonce: nonce-1" \
  -H "x-sinch-webhook-signature-timestamp: $sn_now"
sn_old=$((sn_now - 400))
sn_sig=$(sinch_signature nonce-2 "$sn_old" "$sn")
expect 401 "sinch replayed outside the window" /webhooks/sinch "$sn" -H "X-Sinch-Webhook-Signature: $sn_sig" \
  -H "X-Sinch-Webhook-Signature-Nonce: nonce-2" -H "X-Sinch-Webhook-Signature-Timestamp: $sn_old"
expect 401 "sinch unsigned" /webhooks/sinch "$sn"

now=$(date +%s)
sig=$(channels_signature "$bird_key" "$now" "$public/webhooks/bird?tenant=a%20b" "$bird")
expect 204 "bird-channels valid" "/webhooks/bird?tenant=a%20b" "$bird" -H "messagebird-signature: $sig" \
  -H "messagebird-request-timestamp: $now"
sig=$(channels_signature previous-key "$now" "$public/webhooks/bird" "$bird")
expect 204 "bird-channels previous key" /webhooks/bird "$bird" -H "MessageBird-Signature: $sig" \
  -H "MessageBird-Request-Timestamp: $now"
sig=$(channels_signature wrong-key "$now" "$public/webhooks/bird" "$bird")
expect 401 "bird-channels forged" /webhooks/bird "$bird" -H "messagebird-signature: $sig" \
  -H "messagebird-request-timestamp: $now"
sig=$(channels_signature "$bird_key" "$now" "$public/webhooks/bird?tenant=a%20b" "$bird")
expect 401 "bird-channels other query" "/webhooks/bird?tenant=a+b" "$bird" -H "messagebird-signature: $sig" \
  -H "messagebird-request-timestamp: $now"
old=$((now - 400))
sig=$(channels_signature "$bird_key" "$old" "$public/webhooks/bird" "$bird")
expect 401 "bird-channels replayed outside the window" /webhooks/bird "$bird" -H "messagebird-signature: $sig" \
  -H "messagebird-request-timestamp: $old"
expect 401 "bird-channels unsigned" /webhooks/bird "$bird"

# Bandwidth: the first leg without credentials gets 401 and the challenge; curl --anyauth then does what
# Bandwidth does (the second request with credentials), from a config file so the password is in no argv.
expect 401 "bandwidth first leg" /webhooks/bandwidth "$bandwidth"
grep -qi '^WWW-Authenticate: Basic realm="triage test"' "$work/headers" ||
  fail "bandwidth first leg: no challenge: $(cat "$work/headers")"
printf 'user = "bw-user:s3cret pass"\n' >"$work/curl-good"
printf 'user = "bw-user:wrong"\n' >"$work/curl-bad"
expect 204 "bandwidth challenge handshake" /webhooks/bandwidth "$bandwidth" --anyauth -K "$work/curl-good"
expect 401 "bandwidth wrong password" /webhooks/bandwidth "$bandwidth" --anyauth -K "$work/curl-bad"

# Infobip (infobip-basic, a subscription profile's BASIC security): the credentials come with the first
# request (curl --basic), no challenge leg; none, or the wrong ones, are refused.
infobip=$fixtures/infobip/spec_sms_v3_delivery_report.json
grep -q "route /webhooks/infobip: infobip-basic, 1 secret(s)" "$work/all.err" || fail "start: infobip route not listed"
printf 'user = "ib-user:s3cret pass"\n' >"$work/curl-ib-good"
printf 'user = "ib-user:wrong"\n' >"$work/curl-ib-bad"
expect 204 "infobip basic" /webhooks/infobip "$infobip" --basic -K "$work/curl-ib-good"
expect 401 "infobip wrong password" /webhooks/infobip "$infobip" --basic -K "$work/curl-ib-bad"
expect 401 "infobip no credentials" /webhooks/infobip "$infobip"

# Plivo (plivo-v3 by default): an unsigned or forged callback is refused before it is parsed.
plivo_form=$work/plivo.form
printf '%s' 'MessageUUID=u1&Status=delivered&To=14155550123' >"$plivo_form"
expect 401 "plivo unsigned" /webhooks/plivo "$plivo_form"
expect 401 "plivo forged" /webhooks/plivo "$plivo_form" \
  -H 'X-Plivo-Signature-V3: k7Pusd4OxCIjR5IfA9iedDNu/h/gbdYqdzG/MiYtd1c=' -H 'X-Plivo-Signature-V3-Nonce: 12345'

# Vibes: a published US address through the trusted proxy; any other address is refused.
expect 204 "vibes from a Vibes address" /webhooks/vibes "$vibes" -H 'X-Forwarded-For: 198.51.100.7, 35.155.139.143'
expect 403 "vibes from elsewhere" /webhooks/vibes "$vibes" -H 'X-Forwarded-For: 203.0.113.9'
expect 403 "vibes direct from loopback" /webhooks/vibes "$vibes"

# Twilio: base64 HMAC-SHA1 of the URL (with its query) + the form parameters sorted, each name then value,
# decoded; a GET signs the URL alone.
twilio_form='MessageStatus=delivered&To=%2B15558675310&MessageSid=SM1&AccountSid=AC1'
printf '%s' "$twilio_form" >"$work/twilio.form"
twilio_signature() { printf '%s' "$1" | openssl dgst -sha1 -hmac "$2" -binary | b64; }
signed="$public/webhooks/twilio?tenant=1AccountSidAC1MessageSidSM1MessageStatusdeliveredTo+15558675310"
form_type='Content-Type: application/x-www-form-urlencoded'
expect 204 "twilio-signature valid" "/webhooks/twilio?tenant=1" "$work/twilio.form" -H "$form_type" \
  -H "X-Twilio-Signature: $(twilio_signature "$signed" "$twilio_token")"
expect 401 "twilio-signature forged" "/webhooks/twilio?tenant=1" "$work/twilio.form" -H "$form_type" \
  -H "X-Twilio-Signature: $(twilio_signature "$signed" wrong-token)"
expect 401 "twilio-signature other query" "/webhooks/twilio?tenant=2" "$work/twilio.form" -H "$form_type" \
  -H "X-Twilio-Signature: $(twilio_signature "$signed" "$twilio_token")"
expect 401 "twilio-signature unsigned" "/webhooks/twilio?tenant=1" "$work/twilio.form" -H "$form_type"
get_query="?$twilio_form"
got=$(curl -s -o "$work/body" -w '%{http_code}' --max-time 5 \
  -H "X-Twilio-Signature: $(twilio_signature "$public/webhooks/twilio$get_query" "$twilio_token")" \
  "http://127.0.0.1:$port/webhooks/twilio$get_query")
[ "$got" = "204" ] || fail "twilio-signature GET: HTTP $got, expected 204"
got=$(curl -s -o "$work/body" -w '%{http_code}' --max-time 5 \
  -H "X-Twilio-Signature: $(twilio_signature "$public/webhooks/twilio$get_query" wrong-token)" \
  "http://127.0.0.1:$port/webhooks/twilio$get_query")
[ "$got" = "401" ] || fail "twilio-signature GET forged: HTTP $got, expected 401"
stop

log_lines=$(grep -c '' "$work/all.log")
[ "$log_lines" = "11" ] || fail "log: $log_lines callbacks logged, expected 11 (the authenticated ones, the WhatsApp, Telnyx, Sinch and Infobip ones included)"
for why in "bird request from 127.0.0.1: bad_signature" "bird request from 127.0.0.1: expired" \
  "bird request from 127.0.0.1: missing_header" "bandwidth request from 127.0.0.1: missing_credentials" \
  "bandwidth request from 127.0.0.1: wrong_credentials" "vibes request from 203.0.113.9: address_not_allowed" \
  "twilio request from 127.0.0.1: bad_signature" "twilio request from 127.0.0.1: missing_header"; do
  grep -q "rejected $why" "$work/all.err" || fail "stderr: no line 'rejected $why'"
done

# 3. Bird v1 (Standard Webhooks): whsec_ + base64 of the key "receiver-v1-key".
v1_secret=whsec_$(printf 'receiver-v1-key' | b64)
start v1 TRIAGE_AUTH_BIRD=bird-v1 TRIAGE_SECRET_BIRD="$v1_secret" -- --public-url "$public"
v1_signature() { { printf 'msg_%s.%s.' "$1" "$2"; cat "$bird"; } | hmac256 receiver-v1-key | b64; }
now=$(date +%s)
expect 204 "bird-v1 valid (with a v2 entry first)" /webhooks/bird "$bird" -H "webhook-id: msg_1" \
  -H "webhook-timestamp: $now" -H "webhook-signature: v2,abc v1,$(v1_signature 1 "$now")"
expect 401 "bird-v1 forged" /webhooks/bird "$bird" -H "webhook-id: msg_2" -H "webhook-timestamp: $now" \
  -H "webhook-signature: v1,$(v1_signature 1 "$now")"
old=$((now - 400))
expect 401 "bird-v1 replayed outside the window" /webhooks/bird "$bird" -H "webhook-id: msg_1" \
  -H "webhook-timestamp: $old" -H "webhook-signature: v1,$(v1_signature 1 "$old")"
stop
grep -q "rejected bird request from 127.0.0.1: expired" "$work/v1.err" || fail "bird-v1: replay not logged"

# 4. MessageBird JWT: HS256 over header.claims, claims as MessageBird's SDKs check them.
mb_key=receiver-jwt-signing-key
start jwt TRIAGE_AUTH_BIRD=messagebird-jwt TRIAGE_SECRET_BIRD=$mb_key -- --public-url "$public"
jwt() { # nbf url file
  local header claims body_hash url_hash
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
  url_hash=$(printf '%s' "$2" | openssl dgst -sha256 -r | cut -d' ' -f1)
  body_hash=$(openssl dgst -sha256 -r "$3" | cut -d' ' -f1)
  claims=$(printf '{"iss":"MessageBird","nbf":%s,"exp":%s,"jti":"j-%s","url_hash":"%s","payload_hash":"%s"}' \
    "$1" "$(($1 + 60))" "$RANDOM" "$url_hash" "$body_hash" | b64url)
  printf '%s.%s.%s' "$header" "$claims" "$(printf '%s.%s' "$header" "$claims" | hmac256 "$mb_key" | b64url)"
}
now=$(date +%s)
expect 204 "messagebird-jwt valid" /webhooks/bird "$bird" \
  -H "MessageBird-Signature-JWT: $(jwt "$now" "$public/webhooks/bird" "$bird")"
expect 401 "messagebird-jwt for another URL" /webhooks/bird "$bird" \
  -H "MessageBird-Signature-JWT: $(jwt "$now" "$public/webhooks/other" "$bird")"
expect 401 "messagebird-jwt replayed after exp" /webhooks/bird "$bird" \
  -H "MessageBird-Signature-JWT: $(jwt $((now - 400)) "$public/webhooks/bird" "$bird")"
stop
grep -q "rejected bird request from 127.0.0.1: url_mismatch" "$work/jwt.err" || fail "messagebird-jwt: URL not logged"
grep -q "rejected bird request from 127.0.0.1: expired (claim exp is in the past)" "$work/jwt.err" ||
  fail "messagebird-jwt: replay not logged"

# 5. MessageBird's deprecated HMAC: ts \n sorted query \n sha256(body); the query arrives unsorted.
start hmac TRIAGE_AUTH_BIRD=messagebird-hmac TRIAGE_SECRET_BIRD=$mb_key -- --public-url "$public"
hmac_signature() { { printf '%s\n%s\n' "$1" "$2"; openssl dgst -sha256 -binary "$bird"; } | hmac256 "$mb_key" | b64; }
now=$(date +%s)
expect 204 "messagebird-hmac valid" "/webhooks/bird?status=delivered&id=abc" "$bird" \
  -H "MessageBird-Signature: $(hmac_signature "$now" 'id=abc&status=delivered')" -H "MessageBird-Request-Timestamp: $now"
expect 401 "messagebird-hmac forged query" "/webhooks/bird?status=failed&id=abc" "$bird" \
  -H "MessageBird-Signature: $(hmac_signature "$now" 'id=abc&status=delivered')" -H "MessageBird-Request-Timestamp: $now"
old=$((now - 400))
expect 401 "messagebird-hmac replayed outside the window" "/webhooks/bird?status=delivered&id=abc" "$bird" \
  -H "MessageBird-Signature: $(hmac_signature "$old" 'id=abc&status=delivered')" -H "MessageBird-Request-Timestamp: $old"
stop
trap - EXIT

# No secret in any log line.
for secret in "$bird_key" previous-key "s3cret pass" receiver-v1-key "$mb_key" "$v1_secret" "$twilio_token" "$wa_secret" \
  "$wa_token" vonage-signature-secret; do
  if grep -qF -- "$secret" "$work"/*.log "$work"/*.err; then fail "a secret appears in the receiver's logs: $secret"; fi
done

if [ "$failures" -ne 0 ]; then
  echo "$failures webhook receiver authentication check(s) failed"
  exit 1
fi
echo "all webhook receiver authentication checks passed"
