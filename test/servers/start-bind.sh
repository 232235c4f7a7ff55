#!/usr/bin/env bash
# start-bind.sh WORKDIR PORT [ZONE...]
# Starts BIND 9 (named -g, foreground, backgrounded with &) on 127.0.0.1:PORT
# serving each ZONE (default: example.test) from WORKDIR/zones/ZONE.zone.
# Creates a minimal zone file only if that file does not exist yet.
# RFC 2136 updates and AXFR are allowed only with TSIG key $TSIG_NAME (hmac-sha256).
# rndc control channel on 127.0.0.1:$CTL_PORT (default PORT+1) with its own key.
# Writes: named.conf tsig.key rndc.key rndc.conf server.pid server.env named.log
# Prints the PID on stdout.  Stop with stop-bind.sh WORKDIR.
# Zone file edits: running -> reload-bind.sh WORKDIR ZONE NEWFILE (sync -clean,
# freeze, write, thaw; plain `rndc reload ZONE` fails: "dynamic zone").
# Stopped -> rewrite the file AND delete zones/ZONE.zone.jnl, else the zone fails
# to load ("journal rollforward failed") or the old journal is replayed on top.
# Env: CTL_PORT, TSIG_NAME (default tsig-key), TSIG_ALG (default hmac-sha256), READY_TIMEOUT (s, default 30),
#      NOTIFY_PORT (send NOTIFY for every zone to 127.0.0.1:NOTIFY_PORT, a local secondary; default: none),
#      CHECK_INTEGRITY=no: accept updates whose in-zone MX/SRV/NS targets have no address (BIND's
#      default refuses them; the provider-agnostic suite uses placeholder targets),
#      TLS_PORT: also serve DNS over TLS (queries, AXFR, UPDATE) on 127.0.0.1:TLS_PORT with a fresh
#      self-signed certificate for IP 127.0.0.1 (WORKDIR/tls/cert.pem; clients trust it through
#      NODE_EXTRA_CA_CERTS or their own CA option)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/_lib.sh"

[ $# -ge 2 ] || die "usage: $0 WORKDIR PORT [ZONE...]"
wd=$1; port=$2; shift 2
zones=("$@"); [ ${#zones[@]} -gt 0 ] || zones=(example.test)
ctl_port=${CTL_PORT:-$((port + 1))}
tsig_name=${TSIG_NAME:-tsig-key}
tsig_alg=${TSIG_ALG:-hmac-sha256}
notify_port=${NOTIFY_PORT:-}
check_integrity=${CHECK_INTEGRITY:-yes}
timeout=${READY_TIMEOUT:-30}
tls_port=${TLS_PORT:-}

ensure_pkgs named bind9 bind9-utils bind9-dnsutils

mkdir -p "$wd/zones"
wd=$(cd "$wd" && pwd)        # named wants absolute paths
if [ -f "$wd/server.pid" ] && alive "$(cat "$wd/server.pid")"; then
  die "already running: pid $(cat "$wd/server.pid")"
fi

require_free_ports "$port" "$ctl_port" ${tls_port:+"$tls_port"}

# Keys: generated once per work directory, reused on restart.
[ -s "$wd/tsig.key" ] || tsig-keygen -a "$tsig_alg" "$tsig_name" > "$wd/tsig.key"
[ -s "$wd/rndc.key" ] || tsig-keygen -a hmac-sha256 rndc-key > "$wd/rndc.key"
tsig_secret=$(sed -n 's/.*secret "\(.*\)";.*/\1/p' "$wd/tsig.key")
tsig_name=$(sed -n 's/^key "\(.*\)" {.*/\1/p' "$wd/tsig.key")

cat > "$wd/rndc.conf" <<EOF
include "$wd/rndc.key";
options { default-key "rndc-key"; default-server 127.0.0.1; default-port $ctl_port; };
EOF

tls_conf=""; tls_listen=""
if [ -n "$tls_port" ]; then
  ensure_pkgs openssl openssl
  mkdir -p "$wd/tls"
  [ -s "$wd/tls/cert.pem" ] || openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -keyout "$wd/tls/key.pem" -out "$wd/tls/cert.pem" -days 2 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1" 2>/dev/null || die "openssl could not make a test certificate"
  tls_conf="tls local-tls { key-file \"$wd/tls/key.pem\"; cert-file \"$wd/tls/cert.pem\"; };"
  tls_listen="listen-on port $tls_port tls local-tls { 127.0.0.1; };"
fi

# NOTIFY only to the explicit local secondary, never to the zone's NS hosts.
if [ -n "$notify_port" ]; then notify_mode="explicit; notify-delay 0; also-notify { 127.0.0.1 port $notify_port; }"; else notify_mode=no; fi
{
cat <<EOF
include "$wd/tsig.key";
include "$wd/rndc.key";
$tls_conf
options {
  directory "$wd";
  pid-file none;
  session-keyfile none;
  managed-keys-directory "$wd";
  listen-on port $port { 127.0.0.1; };
  $tls_listen
  listen-on-v6 { none; };
  reuseport no;            // default yes: a 2nd named could share the port
  recursion no;
  dnssec-validation no;
  check-integrity $check_integrity;
  notify $notify_mode;
  allow-transfer { none; };
  allow-update { none; };
};
controls { inet 127.0.0.1 port $ctl_port allow { 127.0.0.1; } keys { "rndc-key"; }; };
EOF
for z in "${zones[@]}"; do
cat <<EOF
zone "$z" {
  type primary;
  file "zones/$z.zone";               // journal: zones/$z.zone.jnl
  allow-update { key "$tsig_name"; };
  allow-transfer { key "$tsig_name"; };
};
EOF
  write_minimal_zone "$z"
done
} > "$wd/named.conf"

named-checkconf "$wd/named.conf" || die "named-checkconf failed"

# Debian's /etc/apparmor.d/usr.sbin.named confines /usr/sbin/named to /etc/bind,
# /var/lib/bind, /var/cache/bind when AppArmor is on (VM hosts; containers and
# this sandbox have it off).  Then a WORKDIR elsewhere fails with "permission denied".
if grep -qs '^named (enforce)' /sys/kernel/security/apparmor/profiles; then
  echo "warning: AppArmor profile 'named' is enforcing; if named cannot read $wd run:" >&2
  echo "  printf '%s/ rw,\\n%s/** lrw,\\n' '$wd' '$wd' >> /etc/apparmor.d/local/usr.sbin.named && apparmor_parser -r /etc/apparmor.d/usr.sbin.named" >&2
fi

# -g: foreground, log to stderr.  No -u: stays root, so it can write the journal
# in $wd whatever its owner.  -4: IPv4 only.  -n 2: worker threads.
# Ready = every zone's SOA answered NOERROR+AA over TCP; a zone that fails to load (e.g. stale .jnl after the
# file was rewritten) leaves named running but answering SERVFAIL, hence the log pattern.
launch_and_wait named "$wd/named.log" 'not loaded due to errors' named -g -4 -n 2 -c "$wd/named.conf"

cat > "$wd/server.env" <<EOF
SERVER=bind
PID=$pid
PORT=$port
CTL_PORT=$ctl_port
ZONES="${zones[*]}"
TSIG_NAME=$tsig_name
TSIG_ALG=$tsig_alg
TSIG_SECRET=$tsig_secret
RNDC="rndc -c $wd/rndc.conf"
TLS_PORT=$tls_port
TLS_CA=${tls_port:+$wd/tls/cert.pem}
EOF
echo "$pid"
