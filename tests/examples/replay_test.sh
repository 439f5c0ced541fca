#!/usr/bin/env bash
# The replay example: what to resend and which numbers to suppress, judged per message on the states that
# `triage --final` prints for the same inputs (one line per message and recipient).
#   replay_test.sh TRIAGE_REPLAY FIXTURES_DIR TRIAGE_CLI
set -u
replay=$1
fixtures=$2
triage=$3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# What the replay must print for the inputs "$@", derived from triage --final's state lines (its keys come
# in a fixed order): the resend lines in the order of the states, the suppress lines sorted, the count.
expected_from_final() {
  "$triage" --final "$@" 2>/dev/null | grep -v '^{"source":' |
    sed -E 's/^\{"provider":"([^"]*)","id":("[^"]*"|null),"recipient":("[^"]*"|null),.*,"outcome":"([^"]*)","category":"([^"]*)","retry":"([^"]*)","rule":"([^"]*)","final".*$/\1\t\2\t\3\t\4\t\5\t\6\t\7/' |
    awk -F'\t' '
      NF != 7 { print "unparsed state line: " $0; next }
      {
        n++
        id = $2 == "null" ? "?" : substr($2, 2, length($2) - 2)
        to = $3 == "null" ? "" : substr($3, 2, length($3) - 2)
        if ($4 == "retryable") printf "resend   %s %s to %s: %s (%s, %s)\n", $1, id, to == "" ? "?" : to, $5, $6, $7
        if ($4 == "permanent" && ($5 == "recipient" || $5 == "compliance") && to != "")
          printf "suppress %s (%s: %s)\n", to, $5, $7 | "LC_ALL=C sort -u"
      }
      END { fflush(); close("LC_ALL=C sort -u"); printf "messages %d\n", n }'
}

# The same three things from the replay's own output.
from_replay() { # output
  awk '
    /^resend / { section = "resend  "; next }
    /^suppress / { section = "suppress"; next }
    /^  / { print section " " substr($0, 3); next }
    / messages, / { for (i = 1; i < NF; i++) if ($(i + 1) == "messages,") printf "messages %d\n", $i }' <<<"$1"
}

check_against_final() { # what PATH...
  local what=$1 out status expected actual
  shift
  out=$("$replay" "$@")
  status=$?
  [ "$status" = 0 ] || fail "$what: exit status $status"
  expected=$(expected_from_final "$@")
  actual=$(from_replay "$out")
  if [ "$expected" != "$actual" ]; then
    fail "$what: the replay does not agree with triage --final"
    diff -u <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") | sed 's/^/  | /'
  fi
  grep -q '^messages [1-9]' <<<"$expected" || fail "$what: triage --final reported no message"
  last_out=$out
}

# 1. The Bandwidth and Bird fixtures: agreement, and the answers themselves, checked by hand.
check_against_final "bandwidth + bird fixtures" "$fixtures/bandwidth" "$fixtures/bird"
expect() { grep -qF -- "$1" <<<"$last_out" || fail "'$1' not in the output"; }
expect "bandwidth 1714638600000mixed00000000003 to +15554445555: rate_limit (retry_once"
expect "bird 7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c02 to ?: carrier (retry_later"
expect "+15554447777 (compliance: bandwidth errorCode 4775)"
expect "+31612345678 (recipient: bird failure.source.code sms-messagebird 1)"
expect "+14155550100 (compliance: bird details bird-v1-sms recipient_opted_out)"
expect ", 48 messages, 4 to resend, 8 to suppress"

# 2. The tracker's archives: duplicates, reordered receipts, a group message, Bird progressions, and a
#    Vibes multipart SMS whose callbacks (each with its own event_id) are one message with a failed part.
check_against_final "tracker archives" "$fixtures/tracker"
expect "vibes ev-multipart to 7807b79a-db30-4975-99b0-b89f41a492ac: platform (retry, vibes action.failure.errors[].error_code 10)"
expect ", 13 messages, 1 to resend, 2 to suppress"
check_against_final "vibes multipart archive" "$fixtures/tracker/vibes_multipart.ndjson"
expect "12 callbacks (1 duplicates), 4 messages, 1 to resend, 0 to suppress"

if [ "$failures" -ne 0 ]; then
  printf '%s\n' "$last_out"
  exit 1
fi
echo "all replay checks passed"
