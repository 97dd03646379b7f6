#!/usr/bin/env bash
# Make sure the Debian packages the tests use are installed: chromium (Playwright drives /usr/bin/chromium; it never
# downloads a browser of its own), npm (installs the pinned axe-core of the accessibility test) and nginx (the replicas
# test runs deploy/nginx.conf on loopback). Installs what is
# missing with apt-get, as root or through sudo. The tests never start the system-wide nginx service.
set -euo pipefail
MISSING=()
[ -x /usr/bin/chromium ] || MISSING+=(chromium fonts-dejavu-core)
command -v npm >/dev/null || MISSING+=(npm)
{ command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; } || MISSING+=(nginx-light)
[ "${#MISSING[@]}" -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "Installing Debian packages for the tests: ${MISSING[*]}…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${MISSING[@]}" >/dev/null
