#!/usr/bin/env bash
# triage --final: one line per message (and recipient) with its final state, over replayed archives of
# duplicates, reordered receipts, a Vibes multipart SMS, a Bandwidth group message and Bird progressions
# (tests/fixtures/tracker). The golden file was checked by hand against the rules of tracker/state.hpp.
# shellcheck source=checks.sh
source "$(dirname "$0")/checks.sh"

# 1. The archives: the golden state lines, byte for byte, after the cut line's error record (exit status 1).
#    The error record's own wording belongs to the parser's tests (cli_test.sh), so it is only located here.
"$triage" --final tests/fixtures/tracker >"$work/final.jsonl" 2>"$work/final.err"
expect_exit 1 $? "final over the archives"
head -1 "$work/final.jsonl" | grep -qF '"doc":6,"line":7,"error":"invalid JSON' ||
  fail "final: the error record of the cut line comes first"
tail -n +2 "$work/final.jsonl" >"$work/final-states.jsonl"
diff -u tests/cli/expected/final_tracker.jsonl "$work/final-states.jsonl" >"$work/final.diff" ||
  { fail "final: output differs from tests/cli/expected/final_tracker.jsonl"; head -40 "$work/final.diff"; }
expect_lines "$work/final.err" 1 "final: one stderr line for the cut line"

# 2. Folded: 37 callbacks (one line each without --final) are 13 states.
"$triage" tests/fixtures/tracker >"$work/each.jsonl" 2>/dev/null
expect_lines "$work/each.jsonl" 38 "per callback: 37 callbacks and 1 error record"
expect_lines "$work/final.jsonl" 14 "final: 13 states and 1 error record"

# 3. A capacity of one state: each state is written when the next key evicts it. The keys of the Bird and
#    Vibes archives do not interleave, so their lines are the same, in the same order; the group message's
#    recipients interleave, so a recipient evicted before its receipt gets a second line.
"$triage" --final --final-capacity 1 tests/fixtures/tracker/bird_progression.ndjson \
  tests/fixtures/tracker/vibes_multipart.ndjson >"$work/small.jsonl"
expect_exit 0 $? "final with capacity 1"
grep -e bird_progression -e vibes_multipart tests/cli/expected/final_tracker.jsonl >"$work/small.expected"
diff -u "$work/small.expected" "$work/small.jsonl" >"$work/small.diff" ||
  { fail "final --final-capacity 1: output differs"; head -20 "$work/small.diff"; }
"$triage" --final --final-capacity 1 tests/fixtures/tracker/bandwidth_group.ndjson >"$work/group.jsonl" 2>/dev/null
expect_lines "$work/group.jsonl" 10 "final --final-capacity 1 over the group: 9 state lines and 1 error record"

# 4. Standard input, NDJSON, exit 0 when every payload parses.
"$triage" --final --ndjson - <tests/fixtures/tracker/vibes_multipart.ndjson >"$work/stdin.jsonl"
expect_exit 0 $? "final from stdin"
expect_lines "$work/stdin.jsonl" 4 "final from stdin: 4 events"
grep -qF '"provider":"vibes","id":"ev-multipart","recipient":"7807b79a-db30-4975-99b0-b89f41a492ac","kind":"handset_dlr","status":"failed","reason":"undeliverable","detail":null,"code":10,"outcome":"retryable"' "$work/stdin.jsonl" ||
  fail "final from stdin: the multipart SMS with a failed part is not delivered"
grep -qF '"source":"-","doc":4}' "$work/stdin.jsonl" || fail "final from stdin: source and doc of the last word"

# 5. Usage errors.
"$triage" --final --final-capacity 0 x >/dev/null 2>&1; expect_exit 2 $? "--final-capacity 0"
"$triage" --final --final-capacity >/dev/null 2>&1; expect_exit 2 $? "--final-capacity without a value"

finish "--final"
