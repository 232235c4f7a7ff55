#!/usr/bin/env bash
# install-packages.sh -- idempotent install of every Debian package the live DNS tests need
# (test/live/**). CI runs it once; the start scripts also install what is missing.
# Debian postinst scripts would start each daemon on port 53 on all addresses: a policy-rc.d
# that exits 101 prevents that during the install (added only if absent, removed afterwards).
set -euo pipefail

# zsh and fish: the shell-completion test loads the generated scripts in each shell.
pkgs=(bind9 bind9-utils bind9-dnsutils knot knot-dnsutils pdns-server pdns-backend-sqlite3 nsd sqlite3 curl zsh fish)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} = 0 ]; then echo "all packages present"; exit 0; fi

sudo=
if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
added_policy=
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
  $sudo chmod 755 /usr/sbin/policy-rc.d
  added_policy=1
fi
cleanup() { if [ -n "$added_policy" ]; then $sudo rm -f /usr/sbin/policy-rc.d; fi; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
echo "installing: ${missing[*]}"
if ! $sudo apt-get install -y --no-install-recommends "${missing[@]}"; then
  $sudo apt-get update
  $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
# The packages' own daemons are never used: tests start private instances on 127.0.0.1.
