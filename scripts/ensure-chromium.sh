#!/usr/bin/env bash
# Make sure Debian's Chromium is installed for the browser tests (Playwright drives /usr/bin/chromium; it never
# downloads a browser of its own). Installs it with apt-get when missing: as root, or through sudo.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "Installing Debian's chromium for the browser tests…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
