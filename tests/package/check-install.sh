#!/usr/bin/env bash
# `cmake --install` into a fresh prefix must give a tree that works on its own: the expected files, binaries
# whose RUNPATH points into the tree (not at the build or at KMime's private build prefix), the KMime
# libraries resolved from lib/kestrel, kestrel-cli decoding a message with them, and kestrel starting
# offscreen with its translations (a Russian window differs from an English one).
# Usage: check-install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
BUILD_DIR=$1 SOURCE_DIR=$2
APP_ID=org.kestrel_mail.Kestrel
fail() { echo "FAIL: $*" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A prefix with a space: nothing may assume a tidy path.
PREFIX="$WORK/installed tree"
cmake --install "$BUILD_DIR" --prefix "$PREFIX" >"$WORK/install.log" || { cat "$WORK/install.log"; fail "cmake --install"; }

(cd "$PREFIX" && find . \( -type f -o -type l \) | sed 's|^\./||' | sort) >"$WORK/tree"
for expected in bin/kestrel bin/kestrel-cli \
    share/applications/$APP_ID.desktop share/icons/hicolor/scalable/apps/$APP_ID.svg share/metainfo/$APP_ID.metainfo.xml; do
  grep -qx "$expected" "$WORK/tree" || { cat "$WORK/tree"; fail "$expected is not installed"; }
done
# Only the binaries, their private libraries and the desktop files: no headers, no CMake packages, no tests.
if grep -v -E "^(bin/kestrel(-cli)?|lib/kestrel/lib[A-Za-z0-9]+\.so\.[0-9.]+|share/(applications|icons/hicolor/scalable/apps|metainfo)/$APP_ID\.[a-z.]+)$" "$WORK/tree"; then
  fail "unexpected files installed (above)"
fi

uses_private_kmime=0
grep -q '^lib/kestrel/libKF5Mime\.so\.5$' "$WORK/tree" && uses_private_kmime=1
for binary in bin/kestrel bin/kestrel-cli; do
  runpath=$(readelf -d "$PREFIX/$binary" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
  [ "$runpath" = '$ORIGIN/../lib/kestrel' ] || fail "$binary has RUNPATH '$runpath'"
  ldd "$PREFIX/$binary" >"$WORK/ldd"
  grep 'not found' "$WORK/ldd" && fail "$binary misses libraries"
  if [ $uses_private_kmime = 1 ]; then
    # Every KDE library must come from the tree, none from the prefix scripts/build-kmime made.
    grep 'libKF5' "$WORK/ldd" | grep -v -F "$PREFIX/bin/../lib/kestrel/" && fail "$binary loads KDE libraries from outside the tree"
    grep -q "libKF5Mime.so.5 => $PREFIX/bin/../lib/kestrel/libKF5Mime.so.5" "$WORK/ldd" || { cat "$WORK/ldd"; fail "$binary does not load KMime from lib/kestrel"; }
  fi
done
if [ $uses_private_kmime = 1 ]; then
  for library in "$PREFIX"/lib/kestrel/*.so.*; do
    [ -L "$library" ] && continue
    runpath=$(readelf -d "$library" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
    [ "$runpath" = '$ORIGIN' ] || fail "$(basename "$library") has RUNPATH '$runpath'"
  done
fi

desktop-file-validate "$PREFIX/share/applications/$APP_ID.desktop" || fail "the installed desktop file"

version=$(sed -n 's/^project(Kestrel VERSION \([0-9.]*\).*/\1/p' "$SOURCE_DIR/CMakeLists.txt")
[ "$("$PREFIX/bin/kestrel-cli" --version)" = "kestrel-cli $version" ] || fail "kestrel-cli --version"
"$PREFIX/bin/kestrel-cli" --help | grep -q '^Usage:' || fail "kestrel-cli --help"
"$PREFIX/bin/kestrel-cli" --profile "$WORK/cli-profile" show-file "$SOURCE_DIR/tests/package/hello.eml" >"$WORK/shown"
grep -q 'Привет' "$WORK/shown" && grep -q 'Hello from an installed Kestrel — KMime decoded this line.' "$WORK/shown" \
  || { cat "$WORK/shown"; fail "the installed kestrel-cli did not decode the message"; }

QT_QPA_PLATFORM=offscreen "$PREFIX/bin/kestrel" --version | grep -q -F "$version" || fail "kestrel --version"
for run in ru en en-again; do
  QT_QPA_PLATFORM=offscreen timeout 60 "$PREFIX/bin/kestrel" --profile "$WORK/profile-$run" --language "${run%-again}" \
    --screenshot "$WORK/window-$run.png" >/dev/null 2>&1 || fail "kestrel --screenshot ($run)"
  [ "$(head -c 8 "$WORK/window-$run.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "no PNG ($run)"
done
# An empty profile gives the same picture every time, so the Russian one can differ from the English ones
# only by its language: the translations compiled into the binary were found.
cmp -s "$WORK/window-en.png" "$WORK/window-en-again.png" || fail "two English windows differ: the comparison proves nothing"
cmp -s "$WORK/window-ru.png" "$WORK/window-en.png" && fail "the Russian window is identical to the English one"
echo "installed tree OK: $(wc -l <"$WORK/tree") files, $(du -sk "$PREFIX" | cut -f1) KiB"
