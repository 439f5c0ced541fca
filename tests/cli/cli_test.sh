#!/usr/bin/env bash
# Behaviour of the triage CLI against its contract (DESIGN.md): records, error records, exit status,
# NDJSON streaming, directories and standard input.
set -u
triage=$1
source_dir=$2
work=$3
rm -rf "$work" && mkdir -p "$work"
cd "$source_dir" || exit 2
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_exit() { # expected actual what
  [ "$1" = "$2" ] || fail "$3: exit status $2, expected $1"
}
expect_contains() { # file text what
  grep -qF -- "$2" "$1" || { fail "$3: '$2' not found in $1"; sed 's/^/  | /' "$1" | head -20; }
}
expect_lines() { # file count what
  local n
  n=$(grep -c '' "$1")
  [ "$n" = "$2" ] || fail "$3: $n lines, expected $2"
}

# 1. Every Vibes fixture: the golden output, byte for byte.
"$triage" tests/fixtures/vibes >"$work/fixtures.jsonl" 2>"$work/fixtures.err"
expect_exit 1 $? "fixtures (with the invalid ones)"
diff -u tests/cli/expected/vibes_fixtures.jsonl "$work/fixtures.jsonl" >"$work/fixtures.diff" ||
  { fail "fixtures: output differs from tests/cli/expected/vibes_fixtures.jsonl"; head -40 "$work/fixtures.diff"; }
expect_lines "$work/fixtures.err" 10 "fixtures: one stderr line per invalid payload"

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

# 5. Empty files, unknown providers, not-yet-supported providers: error records, never silence.
: >"$work/empty.json"
echo '{"hello":"world"}' >"$work/unknown.json"
echo '[{"type":"message-delivered","message":{"id":"m1"}}]' >"$work/bandwidth.json"
"$triage" "$work/empty.json" "$work/unknown.json" "$work/bandwidth.json" >"$work/odd.jsonl" 2>/dev/null
expect_exit 1 $? "odd payloads"
expect_lines "$work/odd.jsonl" 3 "odd payloads"
expect_contains "$work/odd.jsonl" '"error":"empty payload"' "empty file"
expect_contains "$work/odd.jsonl" '"error":"not a callback of any known provider' "unknown provider"
expect_contains "$work/odd.jsonl" '(bandwidth)' "bandwidth named"

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
expect_contains "$work/summary.txt" "callbacks 32" "summary callbacks"
expect_contains "$work/summary.txt" "errors    10" "summary errors"
expect_contains "$work/summary.txt" "vibes/routing                    12" "summary kinds"
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

if [ "$failures" -ne 0 ]; then
  echo "$failures CLI check(s) failed"
  exit 1
fi
echo "all CLI checks passed"
