#!/usr/bin/env bash
# Installs Kannel's bearerbox and smsbox (Debian package `kannel`) for the Kannel interop IT
# (simulator/.../interop/KannelBearerboxIT). Idempotent: does nothing when bearerbox is on the PATH
# (or in /usr/sbin, which a non-root PATH may lack).
#
# The Debian package ships an init script that starts a bearerbox on 13000/13013 from
# /etc/kannel/kannel.conf. The IT starts its own boxes with their own config on free ports, so the
# system service is never wanted: a temporary policy-rc.d keeps the postinst from starting it, and
# the service is disabled and stopped afterwards in case it started anyway.
set -euo pipefail

if command -v bearerbox >/dev/null 2>&1 || [ -x /usr/sbin/bearerbox ]; then
    echo "install-kannel: bearerbox already installed"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-kannel: bearerbox is missing and installing it needs root (apt-get install kannel)" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-kannel: bearerbox is missing and this machine has no apt-get" >&2
    exit 1
fi

policy=/usr/sbin/policy-rc.d
own_policy=false
if [ ! -e "$policy" ]; then
    # 101 = "action forbidden by policy": invoke-rc.d then starts no service during the install.
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    own_policy=true
fi
cleanup() { if [ "$own_policy" = true ]; then rm -f "$policy"; fi; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends kannel

# Belt and braces: the system service must neither run now nor start at boot.
if command -v update-rc.d >/dev/null 2>&1; then update-rc.d kannel disable >/dev/null 2>&1 || true; fi
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    systemctl disable --now kannel >/dev/null 2>&1 || true
elif [ -x /etc/init.d/kannel ]; then
    /etc/init.d/kannel stop >/dev/null 2>&1 || true
fi

echo "install-kannel: installed $(/usr/sbin/bearerbox --version 2>&1 | head -n 1 || echo bearerbox)"
