# Shared by the CLI test scripts (sourced): the arguments every script takes, and its checks.
#   script TRIAGE SOURCE_DIR WORK_DIR
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
# Ends the script: exit 1 with a count of the failed checks, or 0.
finish() { # what
  if [ "$failures" -ne 0 ]; then
    echo "$failures $1 check(s) failed"
    exit 1
  fi
  echo "all $1 checks passed"
}
