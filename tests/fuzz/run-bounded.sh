#!/usr/bin/env bash
# A bounded libFuzzer run for CTest: FUZZER over the seed corpus for RUNS executions (and at most
# SECONDS); new inputs go to a scratch folder so the repository's corpus is never modified.
# A crash, leak or sanitizer report makes libFuzzer exit non-zero, and so this script.
# Usage: run-bounded.sh FUZZER SEED_DIR RUNS SECONDS
set -euo pipefail
fuzzer=$(realpath -m "$1") seeds=$(realpath -m "$2") runs=$3 seconds=$4
if [ ! -x "$fuzzer" ]; then
  echo "fuzzer $fuzzer was not built (scripts/setup builds build-fuzz/ with clang)"; exit 1
fi
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
cd "$scratch"   # crash-* artifacts land here; they are printed below before the folder goes
status=0
"$fuzzer" -runs="$runs" -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 "$scratch" "$seeds" 2>&1 | tail -25 || status=$?
for artifact in crash-* leak-* timeout-* oom-*; do
  [ -e "$artifact" ] && { echo "artifact $artifact:"; od -c "$artifact" | head -20; }
done
exit $status
