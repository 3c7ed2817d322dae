#!/usr/bin/env bash
# Fails when source under ROOT (core, app, ui) inserts into the messages table anywhere but
# core/cache/MessageColumns.cpp. MessageStore::writeRows, the only caller of that upsert, queues the rows it
# inserts for the full-text index (Schema version 5): an insert elsewhere would leave its messages out of
# the search index for good.
# Usage: check-message-inserts.sh ROOT
set -u
root=${1:?root}
[ -d "$root/core" ] || { echo "no $root/core"; exit 2; }
dirs=()
for d in core app ui; do [ -d "$root/$d" ] && dirs+=("$root/$d"); done
found=$(grep -rnIiE '(insert|replace)([[:space:]]+or[[:space:]]+[a-z]+)?[[:space:]]+into[[:space:]]+messages\b' "${dirs[@]}" \
          --include='*.h' --include='*.cpp' | grep -v '/core/cache/MessageColumns\.cpp:')
if [ -n "$found" ]; then
  echo "$found"
  echo "rows of messages must be inserted through MessageStore (it queues them for the search index)"
  exit 1
fi
echo "messages rows are inserted only by MessageColumns' upsert ($(grep -rlI . "${dirs[@]}" --include='*.cpp' | wc -l) sources checked)"
