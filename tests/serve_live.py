"""A real ``gwlint serve`` process on a free loopback port, for the browser and wire tests."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    port: int
    proc: subprocess.Popen
    log: Path
    tmpdir: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


def start_server(workdir: Path, *args: str, wait: float = 180.0) -> LiveServer:
    """Start ``gwlint serve`` in ``workdir`` (its own TMPDIR inside) and wait until it answers."""
    port = free_port()
    tmpdir = workdir / "tmp"
    tmpdir.mkdir(parents=True, exist_ok=True)
    log = workdir / "server.log"
    env = {**os.environ, "TMPDIR": str(tmpdir), "PYTHONIOENCODING": "utf-8"}
    with open(log, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "gwlint", "serve", "--port", str(port), *args],
                                cwd=workdir, stdout=fh, stderr=subprocess.STDOUT, env=env)
    server = LiveServer(f"http://127.0.0.1:{port}", port, proc, log, tmpdir)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gwlint serve exited with {proc.returncode}:\n{server.log_text()}")
        try:
            with urllib.request.urlopen(server.url + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return server
        except OSError:
            time.sleep(0.25)
    server.stop()
    raise RuntimeError(f"gwlint serve did not start within {wait} s:\n{server.log_text()}")
