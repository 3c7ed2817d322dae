#!/usr/bin/env bash
# Fails when anything under ROOT/core includes ui/ or a Qt Widgets header, or when a core CMakeLists
# links Qt Widgets. The Widgets headers are read from Qt's own include folder, so a new widget class
# cannot slip past a hand-written list.
# Usage: check-core-layering.sh ROOT QT_WIDGETS_INCLUDE_DIR
set -u
root=${1:?root}; widgets_dir=${2:?QtWidgets include dir}
[ -d "$root/core" ] || { echo "no $root/core"; exit 2; }
[ -f "$widgets_dir/QWidget" ] || { echo "not a QtWidgets include folder: $widgets_dir"; exit 2; }

declare -A widget_header
while IFS= read -r h; do widget_header[$h]=1; done < <(ls "$widgets_dir")

status=0
while IFS=: read -r file line text; do
  target=$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]+)[>"].*/\1/' <<<"$text")
  base=${target##*/}
  if [[ $target == ui/* || $target == ../ui/* || $target == *"/ui/"* || $target == QtWidgets* || -n ${widget_header[$base]:-} ]]; then
    echo "$file:$line: core must not include <$target> (ui/ or Qt Widgets)"
    status=1
  fi
done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include' "$root/core" --include='*.h' --include='*.hpp' --include='*.cpp')

if grep -rnE 'Qt6?::Widgets|kestrel_ui' "$root/core" --include=CMakeLists.txt; then
  echo "core CMake files must not link Qt Widgets or the ui library"
  status=1
fi
[ $status = 0 ] && echo "core/ is free of ui/ and Qt Widgets ($(grep -rlE '#include' "$root/core" | wc -l) files checked)"
exit $status
