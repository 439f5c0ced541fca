#!/usr/bin/env bash
# Compiles the consumer against an installed triage with nothing but pkg-config and a compiler.
# triage.pc sets no -std: the consumer picks its standard (C++17 or newer).
set -euo pipefail
prefix=$1 source=$2 work=$3 cxx=$4
mkdir -p "$work"
export PKG_CONFIG_PATH="$prefix/share/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
flags=$(pkg-config --cflags --libs triage)
echo "pkg-config --cflags --libs triage: $flags"
# shellcheck disable=SC2086
"$cxx" -std=c++17 "$source" -o "$work/consumer" $flags
"$work/consumer"
