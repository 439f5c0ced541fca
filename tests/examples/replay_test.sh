#!/usr/bin/env bash
# The replay example over the Bandwidth and Bird fixtures: what to resend, which numbers to suppress.
set -u
replay=$1
fixtures=$2
out=$("$replay" "$fixtures/bandwidth" "$fixtures/bird")
status=$?
failures=0
expect() { grep -qF -- "$1" <<<"$out" || { echo "FAIL: '$1' not in the output"; failures=$((failures + 1)); }; }
[ "$status" = 0 ] || { echo "FAIL: exit status $status"; failures=$((failures + 1)); }
expect "bandwidth 1714638600000mixed00000000003 to +15554445555: rate_limit (retry_once"
expect "bird 7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c02 to ?: carrier (retry_later"
expect "+15554447777 (compliance: bandwidth errorCode 4775 destination-rejected-due-to-user-opt-out)"
expect "+31612345678 (recipient: bird sms-messagebird code 1)"
expect "2 to resend, 5 to suppress"
if [ "$failures" -ne 0 ]; then
  printf '%s\n' "$out"
  exit 1
fi
echo "all replay checks passed"
