#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo validate, and they agree with each other, with the icon,
# with the screenshot they describe and with the project's version.
# Usage: check-desktop-metadata.sh SOURCE_DIR
set -euo pipefail
SOURCE_DIR=$1
APP_ID=org.kestrel_mail.Kestrel
RESOURCES=$SOURCE_DIR/resources
DESKTOP=$RESOURCES/$APP_ID.desktop
METAINFO=$RESOURCES/$APP_ID.metainfo.xml
fail() { echo "FAIL: $*" >&2; exit 1; }

# desktop-file-validate exits 0 on mere warnings and hints: any output at all fails here.
output=$(desktop-file-validate "$DESKTOP" 2>&1) || fail "desktop-file-validate: $output"
[ -z "$output" ] || fail "desktop-file-validate: $output"
# Errors and warnings fail `appstreamcli validate`; infos (tags newer than Debian 12's AppStream) do not.
appstreamcli validate --no-net "$METAINFO" || fail "appstreamcli validate"

value() { sed -n "s/^$1=//p" "$DESKTOP"; }
[ "$(value Icon)" = "$APP_ID" ] || fail "Icon= is '$(value Icon)'"
[ -f "$RESOURCES/$APP_ID.svg" ] || fail "no icon $APP_ID.svg"
grep -q '^MimeType=.*x-scheme-handler/mailto;' "$DESKTOP" || fail "the desktop file does not handle mailto:"
[[ "$(value Exec)" =~ ^kestrel\ %[uU]$ ]] || fail "Exec= must pass the mailto: URL: '$(value Exec)'"

tag() { sed -n "s|.*<$1[^>]*>\(.*\)</$1>.*|\1|p" "$METAINFO" | head -1; }
[ "$(tag id)" = "$APP_ID" ] || fail "metainfo id '$(tag id)'"
[ "$(tag launchable)" = "$APP_ID.desktop" ] || fail "metainfo launchable '$(tag launchable)'"
[ "$(tag icon)" = "$APP_ID" ] || fail "metainfo icon '$(tag icon)'"
grep -q '<mediatype>x-scheme-handler/mailto</mediatype>' "$METAINFO" || fail "metainfo does not provide mailto"
grep -q '<content_rating type="oars-1.1">' "$METAINFO" || fail "no OARS content rating"

# The newest release listed is the version being built.
version=$(sed -n 's/^project(Kestrel VERSION \([0-9.]*\).*/\1/p' "$SOURCE_DIR/CMakeLists.txt")
first_release=$(grep -o '<release version="[^"]*"' "$METAINFO" | head -1 | cut -d'"' -f2)
[ "$first_release" = "$version" ] || fail "newest release in the metainfo is $first_release, the project is $version"

# The screenshot's stated size is the real picture's (PNG header: width and height at bytes 16..23).
screenshot=$RESOURCES/screenshots/main.png
[ "$(head -c 8 "$screenshot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$screenshot is not a PNG"
read -r width height < <(od -An -tu1 -j16 -N8 "$screenshot" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
grep -q "<image type=\"source\" width=\"$width\" height=\"$height\">" "$METAINFO" \
  || fail "the metainfo's screenshot size differs from main.png ($width x $height)"
echo "desktop entry and metainfo OK (screenshot $width x $height, release $version)"
