#!/usr/bin/env bash
# Try the scale-out set-up locally: 3 Streamlit replicas (8601..8603) behind nginx (8080 by default), all on
# loopback; check health, gzip, one browser page through nginx, sticky sessions and failover; then stop everything.
#
#   bash scripts/replicas.sh            # uses .venv/bin/python, or $PY
#   NGINX_PORT=8090 PY=/tmp/venv/bin/python bash scripts/replicas.sh
#   KEEP=1 bash scripts/replicas.sh     # leave everything running until Ctrl-C
#
# nginx runs from a temporary prefix (generated main config that includes deploy/nginx.conf, pid file, logs and
# temp dirs under it); nothing is written to /etc. nginx is installed with apt-get when missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY="$(command -v python3)"
NGINX_PORT="${NGINX_PORT:-8080}"
PORTS=(8601 8602 8603)
WORK="$(mktemp -d /tmp/atlas-replicas.XXXXXX)"
PIDS=()
NGINX_BIN=""

log() { printf '[replicas] %s\n' "$*" >&2; }

cleanup() {
  local status=$?
  if [ -n "$NGINX_BIN" ] && [ -f "$WORK/nginx.pid" ]; then
    "$NGINX_BIN" -p "$WORK" -c "$WORK/nginx.conf" -s quit 2>/dev/null || kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  fi
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true   # only the replicas this script started, by pid
  done
  wait 2>/dev/null || true
  if [ "$status" -ne 0 ]; then
    log "FAILED (exit $status); logs kept in $WORK"
    tail -n 20 "$WORK"/error.log "$WORK"/replica-*.log 2>/dev/null >&2 || true
  else
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT INT TERM

# --- nginx ------------------------------------------------------------------------------------------------------
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
  log "installing nginx (apt-get)…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx-light >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
  # The Debian package starts a system-wide nginx on port 80; this script does not need it.
fi
NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"

# --- replicas ---------------------------------------------------------------------------------------------------
# All replicas share one cookie secret (env only: Streamlit refuses it as a CLI flag), so an XSRF cookie issued by one is valid on the others (failover).
SECRET="$("$PY" -c 'import secrets; print(secrets.token_hex(32))')"
for port in "${PORTS[@]}"; do
  (cd "$ROOT" && STREAMLIT_SERVER_COOKIE_SECRET="$SECRET" exec "$PY" -m streamlit run serve.py \
      --server.port "$port" --server.address 127.0.0.1 --server.headless true --browser.gatherUsageStats false) \
      >"$WORK/replica-$port.log" 2>&1 &
  PIDS+=($!)
done
for port in "${PORTS[@]}"; do
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/_stcore/health" >/dev/null 2>&1; then break; fi
    sleep 0.25
  done
  curl -fsS "http://127.0.0.1:$port/_stcore/health" >/dev/null || { log "replica $port is not healthy"; exit 1; }
  log "replica $port: healthy"
done

# --- nginx config: a main config around deploy/nginx.conf, everything under $WORK ---------------------------------
mkdir -p "$WORK/tmp"
sed -e "s/listen 8080;/listen 127.0.0.1:$NGINX_PORT;/" -e "/listen \[::\]:8080;/d" \
    "$ROOT/deploy/nginx.conf" >"$WORK/atlas.conf"   # loopback only for the trial
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format atlas_upstream '\$remote_addr|\$upstream_addr|\$status|\$request';
    access_log $WORK/access.log atlas_upstream;
    client_body_temp_path $WORK/tmp/body;
    proxy_temp_path $WORK/tmp/proxy;
    fastcgi_temp_path $WORK/tmp/fastcgi;
    uwsgi_temp_path $WORK/tmp/uwsgi;
    scgi_temp_path $WORK/tmp/scgi;
    include $WORK/atlas.conf;
}
EOF
"$NGINX_BIN" -t -p "$WORK" -c "$WORK/nginx.conf" 2>&1 | sed 's/^/[nginx -t] /' >&2
"$NGINX_BIN" -p "$WORK" -c "$WORK/nginx.conf"   # daemonises; stopped by the trap (-s quit)
BASE="http://127.0.0.1:$NGINX_PORT"
for _ in $(seq 1 40); do curl -fsS "$BASE/_stcore/health" >/dev/null 2>&1 && break; sleep 0.25; done

# --- checks through nginx -----------------------------------------------------------------------------------------
check() {  # check NAME URL [gzip]
  local headers="$WORK/headers.txt"
  local code
  code=$(curl -sS -o /dev/null -D "$headers" -w '%{http_code}' -H 'Accept-Encoding: gzip' "$2")
  [ "$code" = "200" ] || { log "$1: HTTP $code"; exit 1; }
  if [ "${3:-}" = "gzip" ]; then
    grep -qi '^content-encoding: gzip' "$headers" || { log "$1: not gzip-compressed"; cat "$headers" >&2; exit 1; }
    local size
    size=$(curl -sS -H 'Accept-Encoding: gzip' "$2" | wc -c)
    log "$1: 200, gzip, $size bytes on the wire"
  else
    log "$1: 200"
  fi
}
check "/" "$BASE/"
check "/_stcore/health" "$BASE/_stcore/health"
check "/app/static/ru_map.json" "$BASE/app/static/ru_map.json" gzip
JS=$(curl -sS "$BASE/" | grep -o '/static/js/index[^"]*\.js' | head -1 || true)
[ -n "$JS" ] && check "$JS" "$BASE$JS" gzip

# Security headers through nginx (deploy/README.md): each once, no version in Server, no CORS on the atlas's files.
check_headers() {  # check_headers NAME URL [static]
  local headers="$WORK/security-headers.txt"
  curl -sS -o /dev/null -D "$headers" "$2"
  for want in "content-security-policy: .*frame-ancestors 'self'" "x-frame-options: SAMEORIGIN" \
              "x-content-type-options: nosniff" "referrer-policy: strict-origin-when-cross-origin"; do
    [ "$(grep -ciE "^$want" "$headers")" = "1" ] || { log "$1: header '$want' missing or repeated"; cat "$headers" >&2; exit 1; }
  done
  if grep -qiE '^server: .*[0-9]' "$headers"; then log "$1: the Server header shows a version"; exit 1; fi
  if [ "${3:-}" = "static" ] && grep -qi '^access-control-allow-origin' "$headers"; then
    log "$1: CORS header on a static file"; exit 1
  fi
}
check_headers "/" "$BASE/"
[ -n "$JS" ] && check_headers "$JS" "$BASE$JS"
check_headers "/app/static/ru_map.json" "$BASE/app/static/ru_map.json" static
log "security headers: CSP, X-Frame-Options, nosniff, Referrer-Policy once each on /, a bundle and a static file"

# One headless Chromium page through nginx until the map is drawn (the websocket must upgrade through the proxy).
draw_map() {  # draw_map MESSAGE: logs "MESSAGE in N s"
  "$PY" - "$BASE" "$1" <<'PYEOF'
import sys, time
from playwright.sync_api import sync_playwright

base, message = sys.argv[1], sys.argv[2]
args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    start = time.monotonic()
    page.goto(base + "/", wait_until="commit")
    # A locator wait, not wait_for_function (which uses eval): the page runs under the atlas's real CSP here.
    page.locator(".atlas-map__regions path[fill]").nth(82).wait_for(state="attached", timeout=60_000)
    print(f"[replicas] {message} in {time.monotonic() - start:.2f} s", file=sys.stderr)
    browser.close()
PYEOF
}
draw_map "browser through nginx: map drawn"
# --- sticky sessions --------------------------------------------------------------------------------------------
# Every request of the browser above (page, bundles, websocket, ru_map.json) came from 127.0.0.1: all of them must
# have gone to one replica.
PINNED=$(awk -F'|' '$1 == "127.0.0.1" && $2 != "-" {print $2}' "$WORK/access.log" | sort -u)
[ "$(printf '%s\n' "$PINNED" | grep -c .)" = "1" ] || { log "127.0.0.1 was served by several replicas: $PINNED"; exit 1; }
log "sticky: $(grep -c '^127.0.0.1|' "$WORK/access.log") requests of the browser, all to $PINNED"
# Other client addresses (any 127.x.y.z is loopback on Linux): each stays on its replica, and together they spread.
# (After a failure $upstream_addr lists every replica tried, "a, b": fields are split on '|'.)
: >"$WORK/spread.txt"
for i in $(seq 2 21); do
  for _ in 1 2 3; do curl -fsS -o /dev/null --interface "127.0.0.$i" "$BASE/_stcore/health"; done
done
awk -F'|' '$1 ~ /^127\.0\.0\.([2-9]|1[0-9]|2[01])$/ && $2 != "-" {print $1, $2}' "$WORK/access.log" | sort -u >"$WORK/spread.txt"
[ "$(cut -d' ' -f1 "$WORK/spread.txt" | uniq -d | wc -l)" = "0" ] || { log "a client moved between replicas:"; cat "$WORK/spread.txt" >&2; exit 1; }
USED=$(cut -d' ' -f2 "$WORK/spread.txt" | sort -u | wc -l)
[ "$USED" -ge 2 ] || { log "20 client addresses all went to one replica"; exit 1; }
log "20 more client addresses: each kept its replica; $USED of ${#PORTS[@]} replicas used"

# --- failover: stop the browser's replica; nginx sends the next page load to another one -------------------------
for i in "${!PORTS[@]}"; do
  if [ "127.0.0.1:${PORTS[$i]}" = "$PINNED" ]; then kill "${PIDS[$i]}"; wait "${PIDS[$i]}" 2>/dev/null || true; fi
done
log "stopped the replica at $PINNED"
draw_map "failover: the map is drawn by another replica"
AFTER=$(awk -F'|' -v dead="$PINNED" '$1 == "127.0.0.1" && $2 != "-" && $2 != dead && $3 == 200 {n++} END {print n+0}' "$WORK/access.log")
[ "$AFTER" -gt 0 ] || { log "no request was answered by another replica after the failover"; exit 1; }
log "all checks passed"
if [ "${KEEP:-0}" = "1" ]; then
  log "KEEP=1: serving on $BASE until Ctrl-C"
  while sleep 3600; do :; done
fi
