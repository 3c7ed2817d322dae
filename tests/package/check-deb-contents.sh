#!/usr/bin/env bash
# `cpack -G DEB` gives a package with the programs, the private KMime libraries, the desktop files and
# Depends that let apt pull Qt 6 and QtKeychain on a clean Debian; its unpacked programs run.
# (Installing it into a clean Debian 12 root takes minutes: scripts/check-deb does that.)
# Usage: check-deb-contents.sh BUILD_DIR
set -euo pipefail
BUILD_DIR=$1
APP_ID=org.kestrel_mail.Kestrel
fail() { echo "FAIL: $*" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$BUILD_DIR" && cpack -G DEB -B "$WORK" >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; fail "cpack"; }
deb=$(ls "$WORK"/kestrel_*_amd64.deb 2>/dev/null || ls "$WORK"/kestrel_*.deb)

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$WORK/contents"
for expected in /usr/bin/kestrel /usr/bin/kestrel-cli /usr/share/applications/$APP_ID.desktop \
    /usr/share/icons/hicolor/scalable/apps/$APP_ID.svg /usr/share/metainfo/$APP_ID.metainfo.xml; do
  grep -qx "$expected" "$WORK/contents" || { cat "$WORK/contents"; fail "$expected is not in the package"; }
done
private_kmime=0
grep -qx /usr/lib/kestrel/libKF5Mime.so.5 "$WORK/contents" && private_kmime=1

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6keychain1; do
  grep -q -E "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
if [ $private_kmime = 1 ]; then
  # The package carries KMime itself, so nothing may ask apt for the Qt 5 build Debian 12 has.
  grep -q -i 'libkf5mime\|libkf5codecs' <<<"$depends" && fail "Depends names KDE libraries the package carries"
  grep -q 'libqt6core5compat6' <<<"$depends" || fail "Depends lacks libqt6core5compat6 (KCodecs and KMime need it)"
fi
[ "$(dpkg-deb -f "$deb" Package)" = kestrel ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Section)" = mail ] || fail "section"

# The unpacked package runs from wherever it lies (RUNPATH $ORIGIN/../lib/kestrel, stripped binaries).
dpkg-deb -x "$deb" "$WORK/unpacked"
file "$WORK/unpacked/usr/bin/kestrel" | grep -q 'stripped' && ! file "$WORK/unpacked/usr/bin/kestrel" | grep -q 'not stripped' \
  || fail "the packaged kestrel is not stripped"
"$WORK/unpacked/usr/bin/kestrel-cli" --version | grep -q "^kestrel-cli $(dpkg-deb -f "$deb" Version)$" \
  || fail "the packaged kestrel-cli does not run"
echo "package OK: $(basename "$deb"), $(($(stat -c %s "$deb") / 1024)) KiB, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
