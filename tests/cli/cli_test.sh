#!/usr/bin/env bash
# Behaviour of the triage CLI against its contract (DESIGN.md): records, error records, exit status,
# NDJSON streaming, directories and standard input.
# shellcheck source=checks.sh
source "$(dirname "$0")/checks.sh"

# 1. Every Vibes fixture: the golden output, byte for byte.
"$triage" tests/fixtures/vibes >"$work/fixtures.jsonl" 2>"$work/fixtures.err"
expect_exit 1 $? "fixtures (with the invalid ones)"
diff -u tests/cli/expected/vibes_fixtures.jsonl "$work/fixtures.jsonl" >"$work/fixtures.diff" ||
  { fail "fixtures: output differs from tests/cli/expected/vibes_fixtures.jsonl"; head -40 "$work/fixtures.diff"; }
expect_lines "$work/fixtures.err" 11 "fixtures: one stderr line per invalid payload"

# 2. The bundled sample corpus parses without errors.
"$triage" examples/corpus >"$work/corpus.jsonl" 2>"$work/corpus.err"
expect_exit 0 $? "sample corpus"
[ -s "$work/corpus.err" ] && fail "sample corpus: unexpected stderr: $(head -3 "$work/corpus.err")"

# 3. NDJSON: blank lines skipped, CRLF accepted, a bad line in the middle loses nothing else.
good=$(tr -d '\n' <tests/fixtures/vibes/s1_handset_dlr_success.json)
other=$(tr -d '\n' <tests/fixtures/vibes/s1_routing_no_route_rules.json)
printf '%s\r\n\n   \n{"event_id": broken\n%s\n42\n\n%s' "$good" "$other" "$good" >"$work/mixed.ndjson"
"$triage" "$work/mixed.ndjson" >"$work/mixed.jsonl" 2>"$work/mixed.err"
expect_exit 1 $? "mixed ndjson"
expect_lines "$work/mixed.jsonl" 5 "mixed ndjson: 3 callbacks and 2 error records"
expect_contains "$work/mixed.jsonl" '"doc":1,"line":4,"error":"invalid JSON' "mixed ndjson: error record of line 4"
expect_contains "$work/mixed.jsonl" '"doc":3,"line":6,"error":"payload is a JSON scalar' "mixed ndjson: scalar line"
expect_contains "$work/mixed.jsonl" '"doc":4,"index":0,"provider":"vibes","kind":"handset_dlr"' "mixed ndjson: last line"
expect_contains "$work/mixed.err" "line 4" "mixed ndjson: stderr names the line"

# 4. Standard input, as one payload and as NDJSON.
"$triage" - <tests/fixtures/vibes/s1_handset_dlr_success.json >"$work/stdin.jsonl"
expect_exit 0 $? "stdin"
expect_contains "$work/stdin.jsonl" '{"source":"-","doc":0,"index":0,"provider":"vibes","kind":"handset_dlr","id":"d8897bd0-2f49-4817-866d-cde73182860e","status":"success","reason":"delivered","detail":null,"code":null,"outcome":"delivered","category":"none"' "stdin"
"$triage" --ndjson - <"$work/mixed.ndjson" >"$work/stdin-ndjson.jsonl" 2>/dev/null
expect_exit 1 $? "stdin ndjson"
expect_lines "$work/stdin-ndjson.jsonl" 5 "stdin ndjson"

# 5. Empty files and unknown providers are error records, never silence; the payloads around them still count.
: >"$work/empty.json"
echo '{"hello":"world"}' >"$work/unknown.json"
echo '[{"type":"message-delivered","message":{"id":"m1"}}]' >"$work/bandwidth.json"
"$triage" "$work/empty.json" "$work/unknown.json" "$work/bandwidth.json" >"$work/odd.jsonl" 2>/dev/null
expect_exit 1 $? "odd payloads"
expect_lines "$work/odd.jsonl" 3 "odd payloads"
expect_contains "$work/odd.jsonl" '"error":"empty payload"' "empty file"
expect_contains "$work/odd.jsonl" '"error":"not a callback of any known provider' "unknown provider"
expect_contains "$work/odd.jsonl" '"doc":0,"index":0,"provider":"bandwidth","kind":"message_delivered","id":"m1","status":"message-delivered"' "bandwidth line"

# 6. A line over --max-document-size is an error record; the lines after it still come through.
long=$(head -c 5000 /dev/zero | tr '\0' 'x')
printf '%s\n{"event_id":"%s"}\n%s\n' "$good" "$long" "$good" >"$work/long.ndjson"
"$triage" --max-document-size 2000 "$work/long.ndjson" >"$work/long.jsonl" 2>/dev/null
expect_exit 1 $? "long line"
expect_lines "$work/long.jsonl" 3 "long line"
expect_contains "$work/long.jsonl" '"doc":1,"line":2,"error":"payload too large' "long line record"
expect_contains "$work/long.jsonl" '"doc":2,"index":0' "line after the long one"

# 7. --summary counts.
"$triage" --summary tests/fixtures/vibes >"$work/summary.txt" 2>/dev/null
expect_exit 1 $? "summary"
expect_contains "$work/summary.txt" "callbacks 40" "summary callbacks"
expect_contains "$work/summary.txt" "errors    11" "summary errors"
# The Platform's other callback types (tests/fixtures/vibes/platform): their own kinds, an opt-out and a
# declined double opt-in in compliance.
expect_contains "$work/summary.txt" "vibes/subscription_removed               1" "summary other callback types"
expect_contains "$work/summary.txt" "compliance     2" "summary compliance signals"
expect_contains "$work/summary.txt" "vibes/routing                            12" "summary kinds"
expect_contains "$work/summary.txt" "permanent      22" "summary outcomes"

# 8. --provider skips detection.
echo '{"id":"generic"}' >"$work/generic.json"
"$triage" --provider vibes "$work/generic.json" >"$work/generic.jsonl"
expect_exit 0 $? "--provider vibes"
expect_contains "$work/generic.jsonl" '"provider":"vibes","kind":"unknown"' "--provider vibes"

# 9. Usage and I/O errors exit 2; a missing path does not stop the others.
"$triage" >/dev/null 2>&1; expect_exit 2 $? "no path"
"$triage" --bogus x >/dev/null 2>&1; expect_exit 2 $? "unknown option"
"$triage" --provider twilio x >/dev/null 2>&1; expect_exit 2 $? "unknown provider"
"$triage" "$work/does-not-exist.json" tests/fixtures/vibes/s1_routing_success.json >"$work/missing.jsonl" 2>/dev/null
expect_exit 2 $? "missing path"
expect_lines "$work/missing.jsonl" 1 "missing path: the other path is still processed"
"$triage" --help >/dev/null; expect_exit 0 $? "--help"

# Bird: every fixture (golden output), the envelope and the bare message with their fields, NDJSON, summary.
"$triage" tests/fixtures/bird >"$work/bird-fixtures.jsonl" 2>"$work/bird-fixtures.err"
expect_exit 1 $? "bird fixtures (with the two as-published snippets)"
diff -u tests/cli/expected/bird_fixtures.jsonl "$work/bird-fixtures.jsonl" >"$work/bird-fixtures.diff" ||
  { fail "bird fixtures: output differs from tests/cli/expected/bird_fixtures.jsonl"; head -40 "$work/bird-fixtures.diff"; }
expect_lines "$work/bird-fixtures.err" 2 "bird fixtures: one stderr line per snippet"
bird_envelope=tests/fixtures/bird/envelope_sms_outbound_unknown_subscriber.json
bird_bare=tests/fixtures/bird/sms_received_network_error.json
"$triage" "$bird_envelope" "$bird_bare" >"$work/bird.jsonl" 2>"$work/bird.err"
expect_exit 0 $? "bird: envelope and bare message"
expect_lines "$work/bird.jsonl" 2 "bird: one line per message"
[ -s "$work/bird.err" ] && fail "bird: unexpected stderr: $(head -3 "$work/bird.err")"
expect_contains "$work/bird.jsonl" '{"source":"'"$bird_envelope"'","doc":0,"index":0,"provider":"bird","kind":"message","id":"7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c03","status":"delivery_failed","reason":"unknown_subscriber","detail":"unknown subscriber","code":1,"outcome":"permanent","category":"recipient","retry":"none","rule":"bird failure.source.code sms-messagebird 1"}' "bird: envelope"
expect_contains "$work/bird.jsonl" '{"source":"'"$bird_bare"'","doc":0,"index":0,"provider":"bird","kind":"message","id":"7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c02","status":"delivery_failed","reason":"received_network_error","detail":"system failure","code":34,"outcome":"retryable","category":"carrier","retry":"retry_later","rule":"bird failure.source.code sms-messagebird 34"}' "bird: bare message"
"$triage" --provider bird --ndjson - <examples/corpus/bird.ndjson >"$work/bird-ndjson.jsonl"
expect_exit 0 $? "bird: NDJSON on stdin with --provider bird"
expect_lines "$work/bird-ndjson.jsonl" 5 "bird: one line per NDJSON message"
expect_contains "$work/bird-ndjson.jsonl" '"doc":3,"index":0,"provider":"bird","kind":"message","id":"b1c2d3e4-0000-4000-8000-000000000005","status":"delivered"' "bird: inbound line"
expect_contains "$work/bird-ndjson.jsonl" '"outcome":"none","category":"none","retry":"none","rule":"bird inbound message"' "bird: inbound verdict"
"$triage" --summary tests/fixtures/bird >"$work/bird-summary.txt" 2>/dev/null
expect_exit 1 $? "bird summary"
expect_contains "$work/bird-summary.txt" "callbacks 28" "bird summary callbacks"
expect_contains "$work/bird-summary.txt" "  bird           28" "bird summary provider"
expect_contains "$work/bird-summary.txt" "bird/message                             7" "bird summary kinds"
expect_contains "$work/bird-summary.txt" "bird/platform_sms                        6" "bird summary platform kinds"
expect_contains "$work/bird-summary.txt" "bird/conversations_message               4" "bird summary legacy Conversations kinds"
expect_contains "$work/bird-summary.txt" "bird/interaction                         4" "bird summary interactions"

# Vonage: every JSON fixture (golden output; the form and query fixtures are read at the library level
# until the CLI takes form bodies), the SMS API's DLR and the Messages API's status side by side, the corpus.
"$triage" tests/fixtures/vonage >"$work/vonage-fixtures.jsonl" 2>"$work/vonage-fixtures.err"
expect_exit 0 $? "vonage fixtures"
diff -u tests/cli/expected/vonage_fixtures.jsonl "$work/vonage-fixtures.jsonl" >"$work/vonage-fixtures.diff" ||
  { fail "vonage fixtures: output differs from tests/cli/expected/vonage_fixtures.jsonl"; head -40 "$work/vonage-fixtures.diff"; }
[ -s "$work/vonage-fixtures.err" ] && fail "vonage fixtures: unexpected stderr: $(head -3 "$work/vonage-fixtures.err")"
vonage_dlr=tests/fixtures/vonage/sdk_php_issue416_dlr_failed.json
"$triage" "$vonage_dlr" >"$work/vonage-dlr.jsonl"
expect_exit 0 $? "vonage: failed DLR"
expect_contains "$work/vonage-dlr.jsonl" '{"source":"'"$vonage_dlr"'","doc":0,"index":0,"provider":"vonage","kind":"delivery_receipt","id":"2e1b8fa7-5fb5-4792-b24c-4caa2d06d73b","status":"failed","reason":null,"detail":"Destination Unreachable","code":12,"outcome":"permanent","category":"recipient","retry":"none","rule":"vonage err-code 12"}' "vonage: DLR line"
"$triage" --provider vonage --ndjson - <examples/corpus/vonage.ndjson >"$work/vonage-ndjson.jsonl"
expect_exit 0 $? "vonage: corpus as NDJSON with --provider"
expect_lines "$work/vonage-ndjson.jsonl" "$(grep -c . examples/corpus/vonage.ndjson)" "vonage: one line per corpus payload"

# Sinch: every fixture (golden output): per-recipient and batch reports (a line per statuses[] bucket),
# inbound messages, Conversation reports.
"$triage" tests/fixtures/sinch >"$work/sinch-fixtures.jsonl" 2>"$work/sinch-fixtures.err"
expect_exit 0 $? "sinch fixtures"
diff -u tests/cli/expected/sinch_fixtures.jsonl "$work/sinch-fixtures.jsonl" >"$work/sinch-fixtures.diff" ||
  { fail "sinch fixtures: output differs from tests/cli/expected/sinch_fixtures.jsonl"; head -40 "$work/sinch-fixtures.diff"; }
[ -s "$work/sinch-fixtures.err" ] && fail "sinch fixtures: unexpected stderr: $(head -3 "$work/sinch-fixtures.err")"

# Infobip: every fixture (golden output): one line per results[] report, the odd report of the mixed batch
# an invalid_report line (its path and byte offset in `detail`) between the others, exit 0.
"$triage" tests/fixtures/infobip >"$work/infobip-fixtures.jsonl" 2>"$work/infobip-fixtures.err"
expect_exit 0 $? "infobip fixtures"
diff -u tests/cli/expected/infobip_fixtures.jsonl "$work/infobip-fixtures.jsonl" >"$work/infobip-fixtures.diff" ||
  { fail "infobip fixtures: output differs from tests/cli/expected/infobip_fixtures.jsonl"; head -40 "$work/infobip-fixtures.diff"; }
[ -s "$work/infobip-fixtures.err" ] && fail "infobip fixtures: unexpected stderr: $(head -3 "$work/infobip-fixtures.err")"

# Bandwidth: every fixture (golden output), a batch with a group message (one line per event, in order),
# NDJSON batches, an empty batch, summary counts.
"$triage" tests/fixtures/bandwidth >"$work/bandwidth-fixtures.jsonl" 2>"$work/bandwidth-fixtures.err"
expect_exit 1 $? "bandwidth fixtures (with the trailing-comma doc example)"
diff -u tests/cli/expected/bandwidth_fixtures.jsonl "$work/bandwidth-fixtures.jsonl" >"$work/bandwidth-fixtures.diff" ||
  { fail "bandwidth fixtures: output differs from tests/cli/expected/bandwidth_fixtures.jsonl"; head -40 "$work/bandwidth-fixtures.diff"; }
expect_lines "$work/bandwidth-fixtures.err" 1 "bandwidth fixtures: one stderr line for the invalid doc example"
expect_contains "$work/bandwidth-fixtures.jsonl" '"error":"[0].message.to[1]: invalid JSON' "bandwidth: trailing comma named"
# Plivo posts forms: its sample corpus is one form body per line, each a callback the CLI reads as a form.
"$triage" examples/corpus/plivo.ndjson >"$work/plivo.jsonl" 2>"$work/plivo.err"
expect_exit 0 $? "plivo corpus"
diff -u tests/cli/expected/plivo_corpus.jsonl "$work/plivo.jsonl" >"$work/plivo.diff" ||
  { fail "plivo corpus: output differs from tests/cli/expected/plivo_corpus.jsonl"; head -40 "$work/plivo.diff"; }
[ -s "$work/plivo.err" ] && fail "plivo corpus: unexpected stderr: $(head -3 "$work/plivo.err")"
printf 'MessageUUID=u1&Status=delivered\nMessageSid=SM1&MessageStatus=delivered&AccountSid=AC1\n' >"$work/forms.ndjson"
"$triage" "$work/forms.ndjson" >"$work/forms.jsonl" 2>/dev/null
expect_exit 0 $? "form lines of two providers"
expect_contains "$work/forms.jsonl" '"doc":0,"index":0,"provider":"plivo"' "forms: the Plivo line is Plivo's"
expect_contains "$work/forms.jsonl" '"doc":1,"index":0,"provider":"twilio"' "forms: the Twilio line is Twilio's"
bw_group=tests/fixtures/bandwidth/constructed_group_mms_delivered.json
"$triage" "$bw_group" >"$work/bandwidth-group.jsonl" 2>"$work/bandwidth-group.err"
expect_exit 0 $? "bandwidth: group batch"
expect_lines "$work/bandwidth-group.jsonl" 3 "bandwidth: one line per event of the group batch"
[ -s "$work/bandwidth-group.err" ] && fail "bandwidth group: unexpected stderr: $(head -3 "$work/bandwidth-group.err")"
for i in 0 1 2; do
  sed -n "$((i + 1))p" "$work/bandwidth-group.jsonl" | grep -qF '"doc":0,"index":'"$i"',"provider":"bandwidth"' ||
    fail "bandwidth group: line $((i + 1)) is not event $i"
done
expect_contains "$work/bandwidth-group.jsonl" '{"source":"'"$bw_group"'","doc":0,"index":2,"provider":"bandwidth","kind":"message_failed","id":"1709287200000grpmms0000000001","status":"message-failed","reason":"destination-tn-deactivated","detail":"destination-tn-deactivated","code":4721,"outcome":"permanent","category":"recipient","retry":"none","rule":"bandwidth errorCode 4721"}' "bandwidth: group failure line"
"$triage" --provider bandwidth --ndjson - <examples/corpus/bandwidth.ndjson >"$work/bandwidth-ndjson.jsonl"
expect_exit 0 $? "bandwidth: NDJSON on stdin with --provider bandwidth"
expect_lines "$work/bandwidth-ndjson.jsonl" 8 "bandwidth: one line per event of every NDJSON batch"
expect_contains "$work/bandwidth-ndjson.jsonl" '"doc":2,"index":0,"provider":"bandwidth","kind":"message_sent"' "bandwidth: bare event object"
expect_contains "$work/bandwidth-ndjson.jsonl" '"doc":4,"index":0,"provider":"bandwidth","kind":"message_failed","id":"14762070468292kw2fuqty55yp2b2","status":"message-failed","reason":"forbidden to country","detail":"rejected-forbidden-country","code":4432,"outcome":"permanent","category":"configuration"' "bandwidth: 4432"
expect_contains "$work/bandwidth-ndjson.jsonl" '"doc":5,"index":2,"provider":"bandwidth"' "bandwidth: last event of the last batch"
# A bad batch between two good ones loses nothing else; event indexes restart with every payload.
vibes_line=$(tr -d '\n' <tests/fixtures/vibes/s1_handset_dlr_success.json)
{ sed -n 6p examples/corpus/bandwidth.ndjson; echo '[{"type":"message-sent","message":{"to":["+1",2]}}]'; echo "$vibes_line"; sed -n 5p examples/corpus/bandwidth.ndjson; } >"$work/bandwidth-mixed.ndjson"
"$triage" "$work/bandwidth-mixed.ndjson" >"$work/bandwidth-mixed.jsonl" 2>/dev/null
expect_exit 1 $? "bandwidth: mixed NDJSON"
expect_lines "$work/bandwidth-mixed.jsonl" 6 "bandwidth: mixed NDJSON, 5 callbacks and 1 error record"
expect_contains "$work/bandwidth-mixed.jsonl" '"doc":1,"line":2,"error":"[0].message.to[1]: wrong type: expected a string, found a number"' "bandwidth: error record names the element"
expect_contains "$work/bandwidth-mixed.jsonl" '"doc":2,"index":0,"provider":"vibes"' "bandwidth: vibes line after the bad batch"
expect_contains "$work/bandwidth-mixed.jsonl" '"doc":3,"index":0,"provider":"bandwidth","kind":"message_failed"' "bandwidth: last batch"
echo '[]' >"$work/bandwidth-empty.json"
"$triage" --provider bandwidth "$work/bandwidth-empty.json" >"$work/bandwidth-empty.jsonl"
expect_exit 0 $? "bandwidth: [] with --provider bandwidth is an empty batch"
[ -s "$work/bandwidth-empty.jsonl" ] && fail "bandwidth: [] printed $(head -3 "$work/bandwidth-empty.jsonl")"
"$triage" "$work/bandwidth-empty.json" >"$work/bandwidth-empty-detect.jsonl" 2>/dev/null
expect_exit 1 $? "bandwidth: [] without --provider is no known provider"
expect_contains "$work/bandwidth-empty-detect.jsonl" '"error":"not a callback of any known provider' "bandwidth: [] error record"
"$triage" --summary tests/fixtures/bandwidth >"$work/bandwidth-summary.txt" 2>/dev/null
expect_exit 1 $? "bandwidth summary"
expect_contains "$work/bandwidth-summary.txt" "callbacks 29" "bandwidth summary callbacks"
expect_contains "$work/bandwidth-summary.txt" "  bandwidth      29" "bandwidth summary provider"
expect_contains "$work/bandwidth-summary.txt" "bandwidth/message_failed                 8" "bandwidth summary kinds"
expect_contains "$work/bandwidth-summary.txt" "bandwidth/multichannel_delivered         1" "bandwidth summary multichannel kinds"

# Twilio posts forms: every form fixture given as a file (golden output; a directory walk takes *.json,
# *.ndjson and *.jsonl only), form lines in an NDJSON archive mixed with JSON lines, a broken form line,
# --provider, --summary and --final over the sample corpus.
mapfile -t twilio_files < <(LC_COLLATE=C; printf '%s\n' tests/fixtures/twilio/*.form tests/fixtures/twilio/*.query \
  tests/fixtures/form/constructed_twilio_*.form)
"$triage" "${twilio_files[@]}" >"$work/twilio-fixtures.jsonl" 2>"$work/twilio-fixtures.err"
expect_exit 0 $? "twilio fixtures"
diff -u tests/cli/expected/twilio_fixtures.jsonl "$work/twilio-fixtures.jsonl" >"$work/twilio-fixtures.diff" ||
  { fail "twilio fixtures: output differs from tests/cli/expected/twilio_fixtures.jsonl"; head -40 "$work/twilio-fixtures.diff"; }
[ -s "$work/twilio-fixtures.err" ] && fail "twilio fixtures: unexpected stderr: $(head -3 "$work/twilio-fixtures.err")"
{ sed -n 1p examples/corpus/twilio.ndjson; echo "$vibes_line"; echo 'MessageSid=SM9&AccountSid=AC1&ErrorCode=300x3';
  sed -n 5p examples/corpus/bandwidth.ndjson; echo; sed -n 3p examples/corpus/twilio.ndjson; } >"$work/twilio-mixed.ndjson"
"$triage" "$work/twilio-mixed.ndjson" >"$work/twilio-mixed.jsonl" 2>"$work/twilio-mixed.err"
expect_exit 1 $? "twilio: mixed NDJSON with a broken form line"
expect_lines "$work/twilio-mixed.jsonl" 5 "twilio: mixed NDJSON, 4 callbacks and 1 error record"
expect_contains "$work/twilio-mixed.jsonl" '"doc":0,"index":0,"provider":"twilio","kind":"message_status","id":"SM5a8a3e2c1b7d4f6e9a0b3c5d7e9f1a2b","status":"sent"' "twilio: first form line"
expect_contains "$work/twilio-mixed.jsonl" '"doc":1,"index":0,"provider":"vibes"' "twilio: a JSON line between form lines"
expect_contains "$work/twilio-mixed.jsonl" '"doc":2,"line":3,"error":"ErrorCode: invalid value: expected decimal digits (at most 18), found a string","offset":40' "twilio: the broken form line's error record"
expect_contains "$work/twilio-mixed.jsonl" '"doc":4,"index":0,"provider":"twilio","kind":"message_status","id":"SM5a8a3e2c1b7d4f6e9a0b3c5d7e9f1a2b","status":"undelivered","reason":null,"detail":"Unreachable destination handset","code":30003,"outcome":"retryable","category":"unreachable","retry":"retry_once","rule":"twilio ErrorCode 30003"}' "twilio: the last form line, after a blank one"
expect_lines "$work/twilio-mixed.err" 1 "twilio: one stderr line for the broken form line"
"$triage" --provider twilio --ndjson - <examples/corpus/twilio.ndjson >"$work/twilio-ndjson.jsonl"
expect_exit 0 $? "twilio: form lines on stdin with --provider twilio"
expect_lines "$work/twilio-ndjson.jsonl" 9 "twilio: one line per form line"
"$triage" --provider bird tests/fixtures/twilio/constructed_status_sent.form >"$work/twilio-as-bird.jsonl" 2>/dev/null
expect_exit 1 $? "twilio: a form body named as bird's"
expect_contains "$work/twilio-as-bird.jsonl" '"error":"wrong type (a form-encoded body, but this provider' "twilio: a JSON provider says it takes no forms"
"$triage" --summary examples/corpus/twilio.ndjson >"$work/twilio-summary.txt"
expect_exit 0 $? "twilio summary"
expect_contains "$work/twilio-summary.txt" "callbacks 9" "twilio summary callbacks"
expect_contains "$work/twilio-summary.txt" "twilio/message_status                    6" "twilio summary kinds"
"$triage" --final examples/corpus/twilio.ndjson >"$work/twilio-final.jsonl"
expect_exit 0 $? "twilio --final"
expect_lines "$work/twilio-final.jsonl" 8 "twilio --final: one line per MessageSid"
expect_contains "$work/twilio-final.jsonl" '"provider":"twilio","id":"SM5a8a3e2c1b7d4f6e9a0b3c5d7e9f1a2b","recipient":"+15558675310","kind":"message_status","status":"undelivered"' "twilio --final: sent then undelivered"

# --jobs: every thread count gives the output of --jobs 1, byte for byte, on stdout and on stderr.
for provider in vibes bird bandwidth; do
  "$triage" --jobs 1 "tests/fixtures/$provider" >"$work/$provider-jobs1.jsonl" 2>"$work/$provider-jobs1.err"
  for jobs in 2 3; do
    "$triage" --jobs "$jobs" "tests/fixtures/$provider" >"$work/$provider-jobs$jobs.jsonl" 2>"$work/$provider-jobs$jobs.err"
    expect_exit 1 $? "$provider fixtures with --jobs $jobs"
    cmp -s "tests/cli/expected/${provider}_fixtures.jsonl" "$work/$provider-jobs$jobs.jsonl" ||
      fail "$provider fixtures with --jobs $jobs: output differs from tests/cli/expected/${provider}_fixtures.jsonl"
    cmp -s "$work/$provider-jobs1.err" "$work/$provider-jobs$jobs.err" ||
      fail "$provider fixtures with --jobs $jobs: stderr differs from --jobs 1"
  done
done
"$triage" -j 0 x >/dev/null 2>&1; expect_exit 2 $? "-j 0"
"$triage" --jobs=many x >/dev/null 2>&1; expect_exit 2 $? "--jobs=many"

# A large NDJSON (many chunks, more than the chunks in flight) of every fixture as a line, with invalid,
# blank, CRLF and oversized lines and a run of tiny ones: --jobs 4 and --jobs 1 agree, also on stdin.
block="$work/block.ndjson"
: >"$block"
for f in tests/fixtures/vibes/*.json tests/fixtures/bandwidth/*.json tests/fixtures/bird/*.json; do
  tr -d '\n\r' <"$f" >>"$block"
  printf '\n' >>"$block"
done
printf '{"event_id": broken\n\n  \n42\n%s\r\n{"event_id":"%s"}\n' "$good" "$long" >>"$block"
big="$work/big.ndjson"
cp "$block" "$big"
while [ "$(wc -c <"$big")" -lt 12000000 ]; do cat "$big" "$big" >"$big.tmp" && mv "$big.tmp" "$big"; done
{
  for _ in $(seq 20000); do echo '[]'; done
  cat "$block"
  printf '%s' "$good" # no final newline
} >>"$big"
for mode in jsonl summary; do
  for jobs in 1 4; do
    "$triage" --"$mode" --jobs "$jobs" --max-document-size 4000 "$big" >"$work/big-$mode-$jobs.out" 2>"$work/big-$mode-$jobs.err"
    expect_exit 1 $? "large NDJSON --$mode --jobs $jobs"
  done
  if [ "$mode" = summary ]; then
    for jobs in 1 4; do
      grep -v -e '^seconds ' -e '^throughput ' "$work/big-$mode-$jobs.out" >"$work/big-$mode-$jobs.counts"
    done
    cmp -s "$work/big-$mode-1.counts" "$work/big-$mode-4.counts" ||
      { fail "large NDJSON --summary: --jobs 4 counts differ from --jobs 1"; diff "$work/big-$mode-1.counts" "$work/big-$mode-4.counts" | head -20; }
  else
    cmp -s "$work/big-$mode-1.out" "$work/big-$mode-4.out" ||
      { fail "large NDJSON --jsonl: --jobs 4 output differs from --jobs 1"; cmp "$work/big-$mode-1.out" "$work/big-$mode-4.out"; }
  fi
  cmp -s "$work/big-$mode-1.err" "$work/big-$mode-4.err" || fail "large NDJSON --$mode: --jobs 4 stderr differs from --jobs 1"
done
expect_contains "$work/big-summary-1.counts" "document_too_large     257" "large NDJSON: oversized lines counted"
"$triage" --ndjson --jobs 3 --max-document-size 4000 - <"$big" >"$work/big-stdin.out" 2>"$work/big-stdin.err"
expect_exit 1 $? "large NDJSON on stdin with --jobs 3"
sed 's/"source":"-"/"source":"'"$(printf '%s' "$big" | sed 's/[\/&]/\\&/g')"'"/' "$work/big-stdin.out" |
  cmp -s - "$work/big-jsonl-1.out" || fail "large NDJSON on stdin with --jobs 3: output differs from --jobs 1"

# WhatsApp: every fixture (golden output), a batch of entries and changes in document order, value-level
# errors as their own lines, NDJSON, summary counts.
"$triage" tests/fixtures/whatsapp >"$work/whatsapp-fixtures.jsonl" 2>"$work/whatsapp-fixtures.err"
expect_exit 0 $? "whatsapp fixtures"
diff -u tests/cli/expected/whatsapp_fixtures.jsonl "$work/whatsapp-fixtures.jsonl" >"$work/whatsapp-fixtures.diff" ||
  { fail "whatsapp fixtures: output differs from tests/cli/expected/whatsapp_fixtures.jsonl"; head -40 "$work/whatsapp-fixtures.diff"; }
[ -s "$work/whatsapp-fixtures.err" ] && fail "whatsapp fixtures: unexpected stderr: $(head -3 "$work/whatsapp-fixtures.err")"
wa_errors=tests/fixtures/whatsapp/constructed_value_errors_130429.json
"$triage" "$wa_errors" >"$work/whatsapp-errors.jsonl"
expect_exit 0 $? "whatsapp: value-level errors are no parse failure"
expect_lines "$work/whatsapp-errors.jsonl" 1 "whatsapp: one line per value-level error"
expect_contains "$work/whatsapp-errors.jsonl" '{"source":"'"$wa_errors"'","doc":0,"provider":"whatsapp","batch_error":{"code":130429,"title":"Rate limit hit","message":"Rate limit hit","details":"Message failed to send because there were too many messages sent from this phone number in a short period of time","href":"/documentation/business-messaging/whatsapp/support/error-codes"}}' "whatsapp: batch error line"
"$triage" --provider whatsapp --ndjson - <examples/corpus/whatsapp.ndjson >"$work/whatsapp-ndjson.jsonl"
expect_exit 0 $? "whatsapp: NDJSON on stdin with --provider whatsapp"
expect_lines "$work/whatsapp-ndjson.jsonl" 12 "whatsapp: 11 callbacks and 1 batch error"
expect_contains "$work/whatsapp-ndjson.jsonl" '"doc":4,"index":4,"provider":"whatsapp","kind":"status","id":"wamid.B1","status":"failed","reason":"Re-engagement message"' "whatsapp: the last item of the second entry"
expect_contains "$work/whatsapp-ndjson.jsonl" '"code":131049,"outcome":"retryable","category":"rate_limit","retry":"retry_later","rule":"whatsapp statuses[].errors[].code 131049"' "whatsapp: 131049"
"$triage" --summary tests/fixtures/whatsapp >"$work/whatsapp-summary.txt" 2>/dev/null
expect_exit 0 $? "whatsapp summary"
expect_contains "$work/whatsapp-summary.txt" "callbacks 11" "whatsapp summary callbacks"
expect_contains "$work/whatsapp-summary.txt" "batch errors 1" "whatsapp summary batch errors"
expect_contains "$work/whatsapp-summary.txt" "skipped   2" "whatsapp summary skipped changes"
expect_contains "$work/whatsapp-summary.txt" "whatsapp/status                          7" "whatsapp summary kinds"

# A file that says it is empty but is not (procfs) is streamed, with --jobs as without.
if [ -r /proc/self/status ]; then
  "$triage" --ndjson --jobs 1 /proc/self/status >/dev/null 2>"$work/proc-1.err"
  "$triage" --ndjson --jobs 2 /proc/self/status >/dev/null 2>"$work/proc-2.err"
  expect_contains "$work/proc-1.err" "line 2: invalid JSON" "procfs file with --jobs 1"
  cmp -s "$work/proc-1.err" "$work/proc-2.err" || fail "procfs file: --jobs 2 stderr differs from --jobs 1"
fi

finish "CLI"
