"""The nginx front of the replicas keeps what Streamlit needs: sticky sessions, websocket upgrade, gzip, timeouts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONF = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
SCRIPT = ROOT / "scripts" / "replicas.sh"


def test_server_settings_are_safe_and_lean() -> None:
    """The committed Streamlit settings every replica runs with (security, no tracebacks, no per-session waste)."""
    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    server = settings["server"]
    assert server["enableXsrfProtection"] is True and server["enableCORS"] is True
    assert server["maxUploadSize"] <= 1  # nothing accepts uploads; keep the limit minimal
    assert server["fileWatcherType"] == "none" and server["runOnSave"] is False  # the watcher cost each session
    assert settings["client"]["showErrorDetails"] == "none"  # users never see a traceback
    assert settings["runner"]["magicEnabled"] is False
    code = [ROOT / "app.py", *(ROOT / "app_pages").glob("*.py"), *(ROOT / "atlas").glob("*.py")]
    assert not [p.name for p in code if "file_uploader" in p.read_text(encoding="utf-8")]


def _block(name: str) -> str:
    """The text of the first `name … { … }` block (no nested braces inside those we look at)."""
    match = re.search(re.escape(name) + r"[^{]*\{([^}]*)\}", CONF)
    assert match, f"no {name} block"
    return match.group(1)


def test_upstream_is_sticky_and_lists_the_replicas() -> None:
    upstream = _block("upstream atlas_replicas")
    assert re.search(r"^\s*(ip_hash|hash \$\S*remote_addr\S* consistent);", upstream, re.M)
    assert [f"127.0.0.1:{p}" for p in (8601, 8602, 8603)] == re.findall(r"server (127\.0\.0\.1:\d+)", upstream)


def test_websocket_location_upgrades_and_keeps_host() -> None:
    ws = _block("location /_stcore/stream")
    assert "proxy_set_header Upgrade $http_upgrade;" in ws
    assert re.search(r"proxy_set_header Connection \$\w+;", ws)
    assert "proxy_set_header Host $http_host;" in ws  # Streamlit compares Origin with Host (port included)
    timeout = re.search(r"proxy_read_timeout (\d+)s;", ws)
    assert timeout and int(timeout.group(1)) >= 3600


def test_gzip_covers_static_json_and_bundles() -> None:
    assert re.search(r"^\s*gzip on;", CONF, re.M)
    types = re.search(r"gzip_types([^;]*);", CONF)
    assert types and {"application/json", "application/javascript", "text/javascript"} <= set(types.group(1).split())


def test_replicas_script_is_valid_bash_with_cleanup() -> None:
    subprocess.run(["bash", "-n", str(SCRIPT)], check=True)
    text = SCRIPT.read_text(encoding="utf-8")
    assert "trap cleanup EXIT" in text
    assert "pkill" not in text and "killall" not in text  # stops only what it started, by pid


def _nginx() -> str:
    """nginx's path; `make test` installs Debian's nginx-light through scripts/ensure-packages.sh."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    assert Path(nginx).exists(), "nginx is not installed: run `make test` (or bash scripts/ensure-packages.sh)"
    return nginx


def test_nginx_accepts_the_config(tmp_path: Path) -> None:
    nginx = _nginx()
    (tmp_path / "atlas.conf").write_text(CONF.replace("listen 8080;", "listen 127.0.0.1:18080;").replace(
        "listen [::]:8080;", ""), encoding="utf-8")  # fmt: skip
    main = f"""pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log;
events {{}}
http {{ include /etc/nginx/mime.types; access_log off; client_body_temp_path {tmp_path}/b; proxy_temp_path {tmp_path}/p;
fastcgi_temp_path {tmp_path}/f; uwsgi_temp_path {tmp_path}/u; scgi_temp_path {tmp_path}/s;
include {tmp_path}/atlas.conf; }}
"""
    (tmp_path / "nginx.conf").write_text(main, encoding="utf-8")
    result = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stderr


@pytest.mark.browser
def test_replicas_behind_nginx_are_sticky_and_fail_over() -> None:
    """scripts/replicas.sh on loopback: 3 replicas, nginx with deploy/nginx.conf, a browser page through the proxy,
    every request of one client on one replica, 20 client addresses spread, and the map still drawn after that
    client's replica is stopped."""
    _nginx()
    env = {**os.environ, "NGINX_PORT": "18080", "PY": sys.executable}
    result = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, env=env, timeout=300)
    log = result.stderr
    assert result.returncode == 0, log[-4000:]
    assert re.search(r"sticky: \d+ requests of the browser, all to 127\.0\.0\.1:86\d\d", log), log
    assert re.search(r"each kept its replica; [23] of 3 replicas used", log), log
    assert "failover: the map is drawn by another replica" in log, log
    assert "security headers: CSP, X-Frame-Options, nosniff, Referrer-Policy once each" in log, log
    assert "all checks passed" in log
