#!/usr/bin/env bash
# start-pdns.sh WORKDIR PORT [API_PORT]
# Starts PowerDNS Authoritative 4.7 (pdns_server, foreground, backgrounded with &)
# with the gsqlite3 backend (WORKDIR/pdns.sqlite3, created from the schema the
# package ships), DNS on 127.0.0.1:PORT, HTTP API on 127.0.0.1:API_PORT
# (default PORT+1).  No zones are created: use the API.
# Writes: pdns.conf pdns.sqlite3 server.pid server.env pdns.log
# Prints the PID on stdout.  Stop with stop-pdns.sh WORKDIR.
# Env: API_KEY (default: random, kept in WORKDIR/api.key), READY_TIMEOUT (s, default 30),
#      PDNS_CACHE=1 keeps the packet/query caches on (default: off, see pdns.conf below),
#      NOTIFY_PORT: act as primary and NOTIFY 127.0.0.1:NOTIFY_PORT (a local secondary) when a
#      Master zone's serial changes (checked every second); AXFR allowed from loopback only.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/_lib.sh"

[ $# -ge 2 ] || die "usage: $0 WORKDIR PORT [API_PORT]"
wd=$1; port=$2; api_port=${3:-$((port + 1))}
timeout=${READY_TIMEOUT:-30}

ensure_pkgs pdns_server pdns-server pdns-backend-sqlite3
ensure_pkgs sqlite3 sqlite3
ensure_pkgs curl curl
schema=/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql
[ -f "$schema" ] || die "missing $schema"

mkdir -p "$wd"
wd=$(cd "$wd" && pwd)
if [ -f "$wd/server.pid" ] && alive "$(cat "$wd/server.pid")"; then
  die "already running: pid $(cat "$wd/server.pid")"
fi

require_free_ports "$port" "$api_port"

if [ -n "${API_KEY:-}" ]; then echo "$API_KEY" > "$wd/api.key"
elif [ ! -s "$wd/api.key" ]; then od -An -N16 -tx1 /dev/urandom | tr -d ' \n' > "$wd/api.key"; fi
api_key=$(cat "$wd/api.key")

# Database: created once per work directory, kept across restarts.
[ -s "$wd/pdns.sqlite3" ] || sqlite3 "$wd/pdns.sqlite3" < "$schema"

if [ "${PDNS_CACHE:-0}" = 1 ]; then cache=20; qcache=20; ncache=60; else cache=0; qcache=0; ncache=0; fi
if [ -n "${NOTIFY_PORT:-}" ]; then
  primary_conf="primary=yes
also-notify=127.0.0.1:$NOTIFY_PORT
only-notify=127.0.0.1
xfr-cycle-interval=1
allow-axfr-ips=127.0.0.1"
else primary_conf="primary=no"; fi
cat > "$wd/pdns.conf" <<EOF
launch=gsqlite3
gsqlite3-database=$wd/pdns.sqlite3
# DNSSEC tables are in the shipped schema; zones created with "dnssec": true get signed
gsqlite3-dnssec=yes
# a throwaway test database: no fsync per transaction (disk flushes made timings swing 150-300 ms)
gsqlite3-pragma-synchronous=0
local-address=127.0.0.1
local-port=$port
socket-dir=$wd
include-dir=
daemon=no
guardian=no
disable-syslog=yes
loglevel=4
# no secpoll.powerdns.com. lookup through the system resolver at start
security-poll-suffix=
$primary_conf
secondary=no
api=yes
api-key=$api_key
webserver=yes
webserver-address=127.0.0.1
webserver-port=$api_port
webserver-allow-from=127.0.0.1
# default 2 (MB) rejects big PATCH bodies
webserver-max-bodysize=64
# caches off: a test sees its own changes at once (defaults 20/20/60 s)
cache-ttl=$cache
query-cache-ttl=$qcache
negquery-cache-ttl=$ncache
EOF

# pdns_server reads CONFIG-DIR/pdns.conf; running as root with no setuid= keeps root.
pdns_server --config-dir="$wd" </dev/null >"$wd/pdns.log" 2>&1 &
pid=$!
echo "$pid" > "$wd/server.pid"

# Ready = API answers 200 and the DNS listener answers a query (REFUSED is fine).
pdns_ready() {
  curl -fsS -o /dev/null -H "X-API-Key: $api_key" \
    "http://127.0.0.1:$api_port/api/v1/servers/localhost" 2>/dev/null || return 1
  dns_tcp_rcode "$port" . >/dev/null
}
rc=0; wait_until "$pid" "$timeout" pdns_ready || rc=$?
if [ $rc != 0 ]; then
  tail -20 "$wd/pdns.log" >&2
  stop_pidfile "$wd" >/dev/null
  die "pdns not ready on 127.0.0.1:$port / api :$api_port (rc=$rc)"
fi

cat > "$wd/server.env" <<EOF
SERVER=pdns
PID=$pid
PORT=$port
API_PORT=$api_port
API_URL=http://127.0.0.1:$api_port/api/v1/servers/localhost
API_KEY=$api_key
PDNS_CONTROL="pdns_control --config-dir=$wd"
EOF
echo "$pid"
