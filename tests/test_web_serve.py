"""'dyadwatch serve': one-line errors, the warning for a non-loopback address without a token."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import uvicorn

from dyadwatch.store import Store
from dyadwatch.web import app as web_app


def test_serve_needs_a_store(cli) -> None:
    r = cli("serve")
    assert r.exit_code == 1 and "no store here yet" in r.output and "Traceback" not in r.output


def test_serve_reports_a_busy_port_in_one_line(cli, db_path: Path) -> None:
    Store(db_path).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = cli("serve", "--port", str(port))
    assert r.exit_code == 1
    assert r.output.strip() == f"error: cannot listen on 127.0.0.1:{port} (Address already in use)"


@pytest.mark.parametrize(("host", "token", "warned"), [
    ("0.0.0.0", "", True), ("0.0.0.0", "tok", False), ("127.0.0.1", "", False), ("localhost", "", False),
])
def test_warning_beyond_loopback_without_a_token(cli, db_path: Path, monkeypatch: pytest.MonkeyPatch, host: str,
                                                 token: str, warned: bool) -> None:
    Store(db_path).close()
    started: list[list[socket.socket]] = []

    def fake_listen(h: str, port: int) -> socket.socket:  # bind nothing beyond loopback in tests
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        return s

    monkeypatch.setattr(web_app, "listen_socket", fake_listen)
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: started.append(sockets))
    monkeypatch.setenv("DYADWATCH_TOKEN", token)
    r = cli("serve", "--host", host, "--port", "8000")
    assert r.exit_code == 0, r.output
    assert len(started) == 1
    assert ("warning: listening on 0.0.0.0" in r.output) is warned
    assert f"writing {'on' if token else 'off'}" in r.output
