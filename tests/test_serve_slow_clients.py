"""`gwlint serve` against clients that stall before or around their request (slowloris and kin), on real sockets.

Before round 12 a client that connected and sent nothing, sent its headers a line at a time, or trickled a body no
route reads held its connection for ever (uvicorn bounds only keep-alive idleness).  Time bounds are generous guards
against a hang on a loaded machine, not measurements: the deadline under test is 2 s."""
from __future__ import annotations

import json
import socket
import time
import urllib.request

import pytest

from . import hostile_gen

HEAD = b"GET /healthz HTTP/1.1\r\nHost: x\r\n"
GUARD = 40.0  # seconds; the server's deadline is 2


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    pytest.importorskip("fastapi")
    from .serve_live import start_server

    srv = start_server(tmp_path_factory.mktemp("serve-slowloris"), "--workers", "1", "--header-timeout", "2",
                       "--upload-timeout", "2")
    yield srv
    srv.stop()


def _connect(live) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", live.port), timeout=GUARD)
    return s


def _read_to_close(s: socket.socket, trickle: bytes = b"", pause: float = 0.3) -> tuple[bytes, float]:
    """Everything the server sends until it closes; meanwhile send ``trickle`` a byte at a time."""
    start = time.monotonic()
    out = b""
    s.settimeout(pause)
    pending = list(trickle)
    while time.monotonic() - start < GUARD:
        if pending:
            try:
                s.sendall(bytes([pending.pop(0)]))
            except OSError:
                pending = []
        try:
            got = s.recv(65536)
        except socket.timeout:
            continue
        except ConnectionResetError:
            break
        if not got:
            break
        out += got
    return out, time.monotonic() - start


def _healthy(live) -> bool:
    with urllib.request.urlopen(live.url + "/healthz", timeout=GUARD) as r:
        return r.status == 200


def test_a_connection_that_sends_nothing_is_closed_silently(live):
    with _connect(live) as s:
        out, took = _read_to_close(s)
    assert out == b"" and took < GUARD - 5


def test_headers_sent_a_line_at_a_time_get_408_in_chinese_and_the_connection_ends(live):
    lines = b"".join(b"X-Pad-%d: y\r\n" % i for i in range(200))  # would take 200 x 0.3 s = 60 s to finish
    with _connect(live) as s:
        s.sendall(HEAD)
        out, took = _read_to_close(s, lines)
    assert out.startswith(b"HTTP/1.1 408"), out[:200]
    assert "请求头" in json.loads(out.partition(b"\r\n\r\n")[2])["detail"]
    assert took < GUARD - 5


def test_many_stalled_connections_do_not_keep_others_out(live):
    stalled = [_connect(live) for _ in range(40)]
    try:
        for s in stalled:
            s.sendall(HEAD)  # half a request each
        assert _healthy(live)
        r = urllib.request.Request(live.url + "/v1/check?filename=a.txt", data=hostile_gen.TEXT.encode(), method="POST")
        with urllib.request.urlopen(r, timeout=GUARD) as resp:
            assert json.loads(resp.read())["error"] is None
        # and every stalled one was ended by the server
        for s in stalled:
            out, _ = _read_to_close(s)
            assert out.startswith(b"HTTP/1.1 408"), out[:100]
    finally:
        for s in stalled:
            s.close()


def test_a_kept_alive_connection_has_the_same_deadline_for_its_next_request(live):
    with _connect(live) as s:
        s.sendall(HEAD + b"\r\n")
        first = b""
        while b"\r\n\r\n" not in first or not first.endswith(b"}"):
            first += s.recv(65536)
        assert first.startswith(b"HTTP/1.1 200")
        s.sendall(HEAD)  # the next request's head, never finished
        out, took = _read_to_close(s, b"X-Slow: " + b"y" * 200)
    assert out.startswith(b"HTTP/1.1 408"), out[:200]


@pytest.mark.parametrize("path", [b"/healthz", b"/no-such-page", b"/v1/rules"])
def test_a_body_trickled_to_a_route_that_does_not_read_it_is_answered_and_let_go(live, path):
    with _connect(live) as s:
        s.sendall(b"POST " + path + b" HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n")
        out, took = _read_to_close(s, b"z" * 400)
    # the answer arrives whole (not lost to a reset), then the server ends the connection
    assert out.startswith((b"HTTP/1.1 405", b"HTTP/1.1 404")), out[:200]
    head, _, body = out.partition(b"\r\n\r\n")
    assert json.loads(body)["detail"]
    assert took < GUARD - 5


def test_a_slow_but_complete_request_head_within_the_deadline_is_served(live):
    with _connect(live) as s:
        for line in (HEAD, b"Accept: */*\r\n", b"\r\n"):
            s.sendall(line)
            time.sleep(0.3)
        out = b""
        while not out.endswith(b"}"):
            got = s.recv(65536)
            if not got:
                break
            out += got
    assert out.startswith(b"HTTP/1.1 200"), out[:200]


def test_serve_refuses_a_header_timeout_that_is_not_positive(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "gwlint", "serve", "--header-timeout", "0"], capture_output=True,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 2 and "--header-timeout" in proc.stderr.decode("utf-8")


def test_a_client_that_stops_reading_its_answer_is_let_go(live):
    # a 12 MB annotated copy (a big picture inside) asked for by a client that then reads nothing: the
    # answer cannot leave the server's buffers, and the connection must not stay held for ever
    import os

    parts = hostile_gen._parts(hostile_gen.clean_docx())
    parts["word/media/scan.png"] = os.urandom(12 << 20)  # referenced, so the annotated copy keeps it
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdScan" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/image" Target="media/scan.png"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Default Extension="png" ContentType="image/png"/></Types>')
    data = hostile_gen._zip(parts, level=0)
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.settimeout(GUARD)
    s.connect(("127.0.0.1", live.port))
    with s:
        s.sendall(b"POST /v1/annotate?filename=a.docx HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(data))
        s.sendall(data)
        time.sleep(12)  # the write deadline is 2 s past the last progress
        got, took = _read_to_close(s)
    head, _, body = got.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200"), head[:100]
    m = __import__("re").search(rb"content-length: (\d+)", head.lower())
    assert m and len(body) < int(m.group(1))  # cut off, not delivered whole to a reader that never came
    assert _healthy(live)
