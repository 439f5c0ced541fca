#!/usr/bin/env bash
# `triage verify` against its contract (issue 21): one JSON line, exit 0 valid / 1 not valid / 2 usage, the
# reason naming the part that differed, and no secret in any output.
# shellcheck source=checks.sh
source "$(dirname "$0")/checks.sh"

v() { "$triage" verify "$@" >"$work/out" 2>"$work/err"; }
bird_body=$work/bird.json
printf '%s' '{"service":"channels","event":"sms.outbound","payload":{"id":"m1","status":"delivered"}}' >"$bird_body"
: >"$work/empty"
export TRIAGE_TEST_BIRD_KEY=secureSigningKey TRIAGE_TEST_OLD_KEY=previous-key
channels=(--scheme bird-channels --url https://domain.com/webhook/bird
          --header 'messagebird-signature: Mj1sk47DPujtXhWyT0aduUyqv5wWs8ICBCIvbWtDtro='
          --header 'MessageBird-Request-Timestamp: 1719823259')

# 1. Bird Channels: valid (our Python-computed vector), with a rotation's two secrets, at the window's edge.
v "${channels[@]}" --secret-env TRIAGE_TEST_BIRD_KEY --now 1719823259 "$bird_body"
expect_exit 0 $? "channels valid"
expect_contains "$work/out" '{"scheme":"bird-channels","valid":true,"reason":"valid"' "channels valid"
expect_lines "$work/out" 1 "channels valid: one line"
v "${channels[@]}" --secret-env TRIAGE_TEST_OLD_KEY --secret-env TRIAGE_TEST_BIRD_KEY --now 1719823559 "$bird_body"
expect_exit 0 $? "channels rotation, 300 s late"
# 2. Replayed outside the window, a changed URL, a changed body.
v "${channels[@]}" --secret-env TRIAGE_TEST_BIRD_KEY --now 1719823560 "$bird_body"
expect_exit 1 $? "channels replayed"
expect_contains "$work/out" '"valid":false,"reason":"expired"' "channels replayed"
v "${channels[@]}" --url https://domain.com/webhook/bird/ --secret-env TRIAGE_TEST_BIRD_KEY --now 1719823259 "$bird_body"
expect_exit 1 $? "channels other URL"
expect_contains "$work/out" '"reason":"bad_signature"' "channels other URL"
expect_contains "$work/out" '"configured_url":"https://domain.com/webhook/bird/"' "channels other URL: what was configured"
v "${channels[@]}" --secret-env TRIAGE_TEST_BIRD_KEY --now 1719823259 "$work/empty"
expect_contains "$work/out" '"body_bytes":0,"body_sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"' \
  "channels other body: the body's hash"
if grep -q secureSigningKey "$work/out" "$work/err"; then fail "channels: the secret appears in the output"; fi

# 3. MessageBird JWT: the first reference vector, then on a URL with a port: the claim and both hashes named.
export TRIAGE_TEST_MB_KEY=36efdd1aace2e26cd490f0d951138253bef2f7c6d34d18981da781555cc4cebb
jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZCIsIm5iZiI6MTYyNTQ3OTIwMCwiZXhwIjoxNjI1NDc5MjYwLCJqdGkiOiI1OWEyNDRkYy1lOWFkLTRlMjMtOTc3OC0zNzFmYWEyMzhmNzIiLCJ1cmxfaGFzaCI6IjBmMTE1ZGIwNjJiN2MwZGQwMzBiMTY4NzhjOTlkZWE1YzM1NGI0OWRjMzdiMzhlYjg4NDYxNzljNzc4M2U5ZDcifQ.6Fp0rVOsRr1fj9S2GidXAfkmPVofKr8_RTffC6G6r2E
v --scheme messagebird-jwt --url https://example.com/ --method GET --header "MessageBird-Signature-JWT: $jwt" \
  --secret-env TRIAGE_TEST_MB_KEY --now 1625479200 "$work/empty"
expect_exit 0 $? "jwt valid"
v --scheme messagebird-jwt --url https://example.com:443/ --header "MessageBird-Signature-JWT: $jwt" \
  --secret-env TRIAGE_TEST_MB_KEY --now 1625479200 "$work/empty"
expect_exit 1 $? "jwt other URL"
expect_contains "$work/out" '"reason":"url_mismatch","detail":"claim url_hash is invalid' "jwt other URL"
expect_contains "$work/out" '"signed_url_hash":"0f115db062b7c0dd030b16878c99dea5c354b49dc37b38eb8846179c7783e9d7"' \
  "jwt other URL: the signed hash"
expect_contains "$work/out" '"configured_url":"https://example.com:443/"' "jwt other URL: the configured URL"
v --scheme messagebird-jwt --url https://example.com/ --header "MessageBird-Signature-JWT: $jwt" \
  --secret-env TRIAGE_TEST_MB_KEY --now 1625479262 "$work/empty"
expect_contains "$work/out" '"reason":"expired","detail":"claim exp is in the past"' "jwt expired"
v --scheme messagebird-jwt --url https://example.com/ --header "MessageBird-Signature-JWT: $jwt" \
  --secret-env TRIAGE_TEST_MB_KEY --now 1625479200 "$bird_body"
expect_contains "$work/out" '"reason":"body_mismatch","detail":"claim payload_hash is not set but payload is present"' \
  "jwt body added"

# Vonage's Messages API JWT: the body-and-token pair of shared/reference/vonage.md §8.2; the secret only in
# the environment.
printf '%s' '{"status":"delivered","message_uuid":"1","to":"447700900000","channel":"sms"}' >"$work/vonage.json"
export TRIAGE_TEST_VONAGE_SECRET=secret-key
vonage_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJwYXlsb2FkX2hhc2giOiI4ZTc4M2NlOGMwNjVmOTQ3NmQyZThiYTA3NWQyMDllMmI5ZmUyZGMwNjFmY2RmZjRiNzRlMzVmZWVkYzRkNTg0IiwiaWF0IjoxNTE2MjM5MDIyLCJqdGkiOiJqdGkiLCJpc3MiOiJWb25hZ2UifQ.phPpAWnQ8LF9c4F3r8x0_RHYt_k1py1MqL2Acy3-q5c
v --scheme vonage-jwt --url https://example.com/webhooks/vonage --header "Authorization: Bearer $vonage_jwt" \
  --secret-env TRIAGE_TEST_VONAGE_SECRET --now 1516239022 "$work/vonage.json"
expect_exit 0 $? "vonage jwt valid"
v --scheme vonage-jwt --url https://example.com/webhooks/vonage --header "Authorization: Bearer $vonage_jwt" \
  --secret-env TRIAGE_TEST_VONAGE_SECRET --now 1516239323 "$work/vonage.json"
expect_exit 1 $? "vonage jwt expired"
expect_contains "$work/out" '"reason":"expired","detail":"claim iat is older than the window"' "vonage jwt expired"
v --scheme vonage-jwt --url https://example.com/webhooks/vonage --header "Authorization: Bearer $vonage_jwt" \
  --secret-env TRIAGE_TEST_VONAGE_SECRET --now 1516239022 "$work/empty"
expect_contains "$work/out" '"reason":"body_mismatch"' "vonage jwt body removed"
grep -qF secret-key "$work/out" && fail "vonage jwt: the secret is in the output"

# 4. Bird v1 (the Standard Webhooks vector), Bandwidth Basic and its first leg, Vibes' addresses.
printf '%s' '{"test": 2432232314}' >"$work/sw.json"
export TRIAGE_TEST_WHSEC=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
v --scheme bird-v1 --url https://example.com/ --header 'webhook-id: msg_p5jXN8AQM9LWM0D4loKWxJek' \
  --header 'webhook-timestamp: 1614265330' --header 'webhook-signature: v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' \
  --secret-env TRIAGE_TEST_WHSEC --now 1614265330 "$work/sw.json"
expect_exit 0 $? "bird-v1 valid"
export TRIAGE_TEST_BW='bw-user:s3cret pass'
v --scheme bandwidth-basic --url https://example.com/bw --header 'Authorization: Basic YnctdXNlcjpzM2NyZXQgcGFzcw==' \
  --secret-env TRIAGE_TEST_BW "$work/empty"
expect_exit 0 $? "bandwidth valid"
v --scheme bandwidth-basic --url https://example.com/bw --secret-env TRIAGE_TEST_BW "$work/empty"
expect_exit 1 $? "bandwidth first leg"
expect_contains "$work/out" '"reason":"missing_credentials"' "bandwidth first leg"
v --scheme bandwidth-basic --url https://example.com/bw --header 'Authorization: Basic YnctdXNlcjp3cm9uZw==' \
  --secret-env TRIAGE_TEST_BW "$work/empty"
expect_contains "$work/out" '"reason":"wrong_credentials"' "bandwidth wrong password"
if grep -q 's3cret' "$work/out" "$work/err"; then fail "bandwidth: the password appears in the output"; fi
v --scheme vibes-source-ip --url https://example.com/vibes --remote-address 54.217.181.160 "$work/empty"
expect_exit 0 $? "vibes EU address"
v --scheme vibes-source-ip --url https://example.com/vibes --remote-address 203.0.113.9 "$work/empty"
expect_contains "$work/out" '"reason":"address_not_allowed"' "vibes other address"

# 5. Twilio: the SDKs' base vector (auth token 12345) over the URL and the form body, the port tried both
#    ways, a GET (the URL alone), the bodySHA256 variant, a wrong token; the token never printed.
export TRIAGE_TEST_TWILIO=12345
printf '%s' 'CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212' \
  >"$work/twilio.form"
twilio=(--scheme twilio-signature --header 'Content-Type: application/x-www-form-urlencoded')
v "${twilio[@]}" --url 'https://mycompany.com/myapp.php?foo=1&bar=2' --header 'X-Twilio-Signature: RSOYDt4T1cUTdK1PDd93/VVr8B8=' \
  --secret-env TRIAGE_TEST_TWILIO "$work/twilio.form"
expect_exit 0 $? "twilio valid"
expect_contains "$work/out" '{"scheme":"twilio-signature","valid":true,"reason":"valid"' "twilio valid"
v "${twilio[@]}" --url 'https://mycompany.com/myapp.php?foo=1&bar=2' --header 'X-Twilio-Signature: kvajT1Ptam85bY51eRf/AJRuM3w=' \
  --secret-env TRIAGE_TEST_TWILIO "$work/twilio.form"
expect_exit 0 $? "twilio signed with :443, received without"
v --scheme twilio-signature --method GET --url 'https://mycompany.com/myapp.php?foo=1&bar=2' \
  --header 'X-Twilio-Signature: zYQTYrRWXE7LtzbG4PfP7/bkkGo=' --secret-env TRIAGE_TEST_TWILIO "$work/empty"
expect_exit 0 $? "twilio GET"
printf '%s' '{"property": "value", "boolean": true}' >"$work/twilio.json"
v --scheme twilio-signature --header 'Content-Type: application/json' \
  --url 'https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620' \
  --header 'X-Twilio-Signature: a9nBmqA0ju/hNViExpshrM61xv4=' --secret-env TRIAGE_TEST_TWILIO "$work/twilio.json"
expect_exit 0 $? "twilio bodySHA256"
v "${twilio[@]}" --url 'https://mycompany.com/myapp.php?foo=1&bar=2' --header 'X-Twilio-Signature: RSOYDt4T1cUTdK1PDd93/VVr8B8=' \
  --secret-env TRIAGE_TEST_OLD_KEY "$work/twilio.form"
expect_exit 1 $? "twilio wrong token"
expect_contains "$work/out" '"reason":"bad_signature"' "twilio wrong token"
if grep -q '12345' "$work/out" "$work/err"; then fail "twilio: the auth token appears in the output"; fi

# 6. Usage: exit 2, with the reason on stderr and nothing on stdout.
v --scheme bird-channels --url https://x/ --secret-env TRIAGE_TEST_NOT_SET "$work/empty"
expect_exit 2 $? "unset secret variable"
expect_contains "$work/err" "TRIAGE_TEST_NOT_SET named by --secret-env is not set" "unset secret variable"
v --scheme bird-channels --url https://x/ --secret secureSigningKey "$work/empty"
expect_exit 2 $? "a secret on the command line"
expect_contains "$work/err" "not taken from the command line" "a secret on the command line"
# Plivo V3 (the openclaw/agentos messaging vector, plivo.md 8.2): valid, a changed body, the token not shown.
plivo_body=$work/plivo.form
printf '%s' 'From=%2B14150000001&To=%2B14150000002&Text=test&Type=sms&MessageUUID=11111111-2222-3333-4444-555555555555' >"$plivo_body"
export TRIAGE_TEST_PLIVO_TOKEN=FAKE_AUTH_TOKEN_1234567890
plivo=(--scheme plivo-v3 --url https://example.com/plivo/inbound
       --header 'X-Plivo-Signature-V3: BsYEsmZvb8pj7+RQtDfliZnZKIBlAmvq4t8a3d6MkXU='
       --header 'X-Plivo-Signature-V3-Nonce: f4b1c2d3e5')
v "${plivo[@]}" --secret-env TRIAGE_TEST_PLIVO_TOKEN "$plivo_body"
expect_exit 0 $? "plivo-v3 valid"
expect_contains "$work/out" '{"scheme":"plivo-v3","valid":true,"reason":"valid"' "plivo-v3 valid"
printf '%s' 'From=%2B14150000001&To=%2B14150000002&Text=forged&Type=sms&MessageUUID=11111111-2222-3333-4444-555555555555' >"$plivo_body"
v "${plivo[@]}" --secret-env TRIAGE_TEST_PLIVO_TOKEN "$plivo_body"
expect_exit 1 $? "plivo-v3 changed body"
expect_contains "$work/out" '"reason":"bad_signature"' "plivo-v3 changed body"
grep -q FAKE_AUTH_TOKEN "$work/out" "$work/err" && fail "plivo-v3: the token is in the output"
v --scheme twilio --url https://x/ "$work/empty"
expect_exit 2 $? "unknown scheme (the provider's name is not its scheme's)"
v --scheme bird-channels "$work/empty"
expect_exit 2 $? "no URL"
v --scheme bird-channels --url https://x/ --secret-env TRIAGE_TEST_BIRD_KEY "$work/missing-file"
expect_exit 2 $? "unreadable body"
[ -s "$work/out" ] && fail "usage errors print nothing on stdout: $(cat "$work/out")"

finish "triage verify"
