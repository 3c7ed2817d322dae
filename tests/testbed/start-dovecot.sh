#!/bin/bash
# Kestrel's test bed (adapted from the project's verified loopback set-up).
# Start a throw-away Dovecot (Debian 12: apt-get install dovecot-imapd
# dovecot-lmtpd dovecot-submissiond openssl) on 127.0.0.1.
# Usage: start-dovecot.sh [DIR]   (DIR default: new mktemp dir under /tmp)
# Env: IMAP_PORT=10143 IMAPS_PORT=10993 SUBMISSION_PORT=10587 SUBMISSIONS_PORT=10465 LMTP_PORT=10024
#      RELAY_PORT=10025 (where submission relays to), USERS="alice bob" PASS=secret
# Prints DIR; DIR/dovecot.pid holds the master PID; stop: stop.sh DIR/dovecot.pid (takes ~1.5-3 s)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${1:-$(mktemp -d /tmp/dovecot-test.XXXXXX)}
mkdir -p "$DIR"/run "$DIR"/state "$DIR"/home; DIR=$(cd "$DIR" && pwd); chmod 755 "$DIR"   # mktemp makes 0700; unprivileged services must reach it
: "${IMAP_PORT:=10143}" "${IMAPS_PORT:=10993}" "${SUBMISSION_PORT:=10587}" "${SUBMISSIONS_PORT:=10465}"
: "${LMTP_PORT:=10024}" "${RELAY_PORT:=10025}" "${USERS:=alice bob}" "${PASS:=secret}"
(exec 3<>/dev/tcp/127.0.0.1/$IMAP_PORT) 2>/dev/null && { echo "port $IMAP_PORT already in use" >&2; exit 1; }
if [ "$(id -u)" = 0 ]; then U=nobody G=nogroup; else U=$(id -un) G=$(id -gn); fi
[ -f "$DIR/key.pem" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 30 \
  -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
  -keyout "$DIR/key.pem" -out "$DIR/cert.pem" 2>/dev/null
: > "$DIR/passwd"; for u in $USERS; do echo "$u:$PASS::::::" >> "$DIR/passwd"; done
sed -e "s|@DIR@|$DIR|g; s|@USER@|$U|g; s|@GROUP@|$G|g; s|@IMAP_PORT@|$IMAP_PORT|g" \
    -e "s|@IMAPS_PORT@|$IMAPS_PORT|g; s|@SUBMISSION_PORT@|$SUBMISSION_PORT|g" \
    -e "s|@LMTP_PORT@|$LMTP_PORT|g; s|@RELAY_PORT@|$RELAY_PORT|g; s|@SUBMISSIONS_PORT@|$SUBMISSIONS_PORT|g" \
    "$HERE/dovecot.conf.in" > "$DIR/dovecot.conf"
# EXTRA_CONFIG: lines appended by a test, e.g. "imap_capability = IMAP4rev1 IDLE" to hide extensions.
[ -n "${EXTRA_CONFIG:-}" ] && printf '%s\n' "$EXTRA_CONFIG" >> "$DIR/dovecot.conf"
[ "$(id -u)" = 0 ] && chown -R "$U:$G" "$DIR/home" "$DIR/passwd"
/usr/sbin/dovecot -c "$DIR/dovecot.conf" -F >>"$DIR/dovecot.log" 2>&1 &
echo $! > "$DIR/dovecot.pid"
for i in $(seq 100); do   # wait up to 10 s for the "* OK" greeting (sent once auth is up)
  (exec 3<>/dev/tcp/127.0.0.1/$IMAP_PORT && read -t 2 -r l <&3 && [[ $l == "* OK"* ]]) 2>/dev/null && break
  kill -0 "$(cat "$DIR/dovecot.pid")" 2>/dev/null || { cat "$DIR/dovecot.log" >&2; exit 1; }
  sleep 0.1; [ "$i" = 100 ] && { echo "no greeting on $IMAP_PORT" >&2; exit 1; }
done
echo "$DIR"
