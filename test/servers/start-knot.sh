#!/usr/bin/env bash
# start-knot.sh WORKDIR PORT [ZONE...]
# Starts Knot DNS 3.2 (knotd, foreground, backgrounded with &) on 127.0.0.1:PORT
# serving each ZONE (default: example.test) from WORKDIR/zones/ZONE.zone.
# Creates a minimal zone file only if that file does not exist yet.
# RFC 2136 updates and AXFR/IXFR are allowed only with TSIG key $TSIG_NAME (hmac-sha256).
# Control socket WORKDIR/knot.sock:  knotc -c WORKDIR/knot.conf zone-reload ZONE
# Writes: knot.conf tsig.conf server.pid server.env knot.log db/ (journal, timers)
# Prints the PID on stdout.  Stop with stop-knot.sh WORKDIR.
# Env: TSIG_NAME (default tsig-key), READY_TIMEOUT (s, default 30),
#      KNOT_ZONEFILE_SYNC (default -1: knotd never rewrites the zone file; updates
#      live in the journal under db/.  0 = Knot's default: after each update knotd
#      rewrites zones/ZONE.zone in its own format).
#      PRIMARY=127.0.0.1@PORT: serve the zones as a secondary of that primary (AXFR/IXFR signed
#      with the TSIG key unless PRIMARY_TSIG=0; NOTIFY accepted from 127.0.0.1); TSIG_SECRET
#      then gives the shared key.
# Zone file edits: rewrite the file, then `knotc -c WORKDIR/knot.conf zone-reload ZONE`
# (or restart).  Give the file a serial the zone never had: if it equals the serial a
# journal chain starts from, knotd replays those updates on top of the file; any
# other serial (higher or lower) -> the file is served as written.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/_lib.sh"

[ $# -ge 2 ] || die "usage: $0 WORKDIR PORT [ZONE...]"
wd=$1; port=$2; shift 2
zones=("$@"); [ ${#zones[@]} -gt 0 ] || zones=(example.test)
tsig_name=${TSIG_NAME:-tsig-key}
timeout=${READY_TIMEOUT:-30}
zsync=${KNOT_ZONEFILE_SYNC:--1}
primary=${PRIMARY:-}

ensure_pkgs knotd knot knot-dnsutils

mkdir -p "$wd/zones" "$wd/db"
wd=$(cd "$wd" && pwd)
if [ -f "$wd/server.pid" ] && alive "$(cat "$wd/server.pid")"; then
  die "already running: pid $(cat "$wd/server.pid")"
fi

require_free_ports "$port"

# keymgr -t prints "# hmac-sha256:NAME:SECRET" then a knot.conf key: section.
if [ ! -s "$wd/tsig.conf" ]; then
  if [ -n "${TSIG_SECRET:-}" ]; then
    printf 'key:\n  - id: %s\n    algorithm: %s\n    secret: %s\n' "$tsig_name" "${TSIG_ALG:-hmac-sha256}" "$TSIG_SECRET" > "$wd/tsig.conf"
  else
    keymgr -t "$tsig_name" hmac-sha256 > "$wd/tsig.conf"
  fi
fi
tsig_name=$(sed -n 's/^ *- id: *//p' "$wd/tsig.conf")
tsig_secret=$(sed -n 's/^ *secret: *//p' "$wd/tsig.conf")

{
cat <<EOF
server:
    rundir: "$wd"
    pidfile: "$wd/knot.pid"
    listen: 127.0.0.1@$port
control:
    listen: "$wd/knot.sock"
log:
  - target: stderr
    any: info
database:
    storage: "$wd/db"
EOF
sed -n '/^key:/,$p' "$wd/tsig.conf"
cat <<EOF
acl:
  - id: tsig_only
    key: $tsig_name
    action: [update, transfer]
  - id: notify_local
    address: 127.0.0.1
    action: notify
EOF
if [ -n "$primary" ]; then
cat <<EOF
remote:
  - id: primary
    address: $primary
EOF
  # PRIMARY_TSIG=0: the primary (e.g. PowerDNS) allows unsigned AXFR from loopback.
  if [ "${PRIMARY_TSIG:-1}" = 1 ]; then echo "    key: $tsig_name"; fi
fi
cat <<EOF
template:
  - id: default
    storage: "$wd/zones"
    file: "%s.zone"
    zonefile-sync: $zsync
    journal-content: changes
    acl: [tsig_only, notify_local]
zone:
EOF
for z in "${zones[@]}"; do
  echo "  - domain: $z"
  if [ -n "$primary" ]; then echo "    master: primary"; continue; fi
  write_minimal_zone "$z"
done
} > "$wd/knot.conf"

knotc -c "$wd/knot.conf" conf-check >/dev/null || die "knotc conf-check failed"

# No user: in the config -> knotd keeps running as root.
launch_and_wait knotd "$wd/knot.log" 'failed to load|zone file parser|semantic check' knotd -c "$wd/knot.conf"

cat > "$wd/server.env" <<EOF
SERVER=knot
PID=$pid
PORT=$port
ZONES="${zones[*]}"
TSIG_NAME=$tsig_name
TSIG_ALG=${TSIG_ALG:-hmac-sha256}
TSIG_SECRET=$tsig_secret
KNOTC="knotc -c $wd/knot.conf"
EOF
echo "$pid"
