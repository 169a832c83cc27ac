"""uvicorn's HTTP/1.1 protocol with the deadlines it lacks, so a stalled client cannot hold the service.

uvicorn bounds only the idle time between keep-alive requests.  A client that connects and sends nothing,
that sends its request headers one byte at a time (slowloris), that keeps trickling a request body no route
reads, or that never reads its response, held its connection open for ever; a few hundred such clients use up
the process's file descriptors and the service stops answering anyone.  Here:

* the request line and headers must arrive within ``header_timeout`` seconds of the connection opening (or of
  the previous response on a kept-alive connection), else 408 and close — a total deadline, not an idle one,
  since slowloris sends a byte just before any idle deadline;
* a response sent before its request body was read ends the connection (the unread body is not waited for);
* a response the client stops reading for ``write_timeout`` seconds (the upload stall allowance) ends the
  connection.

The body of a request a route does read has its own idle and total deadlines (:mod:`gwlint.serve.body`).
The protocol is always h11 (also when httptools is installed) so these deadlines always apply.
"""
from __future__ import annotations

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_SECONDS = 10.0
LINGER_SECONDS = 2.0  # how long an unread request body is still taken in after the answer


def _408() -> bytes:
    body = json.dumps({"detail": "请求头在限定时间内没有发送完整，连接已关闭。"}, ensure_ascii=False).encode()
    return (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\nconnection: close\r\n"
            b"content-length: %d\r\n\r\n" % len(body)) + body


class GuardedH11Protocol(H11Protocol):
    header_timeout: float = HEADER_SECONDS
    write_timeout: float = 30.0

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer = None
        self._write_timer = None
        self._got_bytes = False
        self._linger = None

    @classmethod
    def with_timeouts(cls, header: float, write: float) -> type[GuardedH11Protocol]:
        return type("GuardedH11Protocol", (cls,), {"header_timeout": float(header), "write_timeout": float(write)})

    # ---- the request head
    def _arm_header_deadline(self) -> None:
        self._cancel_header_deadline()
        self._got_bytes = False
        self._header_timer = self.loop.call_later(self.header_timeout, self._header_deadline_passed)

    def _cancel_header_deadline(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_deadline_passed(self) -> None:
        self._header_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        if self._got_bytes and self.conn.our_state is h11.IDLE:
            self.transport.write(_408())  # part of a request head came: say why it ends
        self.transport.close()

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_deadline()

    def connection_lost(self, exc) -> None:
        self._cancel_header_deadline()
        self._cancel_write_deadline()
        if self._linger is not None:
            self._linger.cancel()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if data:
            self._got_bytes = True
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._cancel_header_deadline()  # the head is complete: the route (or body.py) takes over

    def on_response_complete(self) -> None:
        if not self.transport.is_closing() and self.conn.their_state is h11.SEND_BODY:
            # answered without reading the body (404, 405, 401, 413, 408...): the rest of it is not waited for.
            # Closing at once would reset the connection and the client could lose the answer with it: end our
            # side, discard what still comes for a moment, then close.
            self.server_state.total_requests += 1
            if self.transport.can_write_eof():
                self.transport.write_eof()
            self._cancel_header_deadline()
            self._linger = self.loop.call_later(LINGER_SECONDS, self.transport.close)
            return
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._arm_header_deadline()

    # ---- the response
    def _cancel_write_deadline(self) -> None:
        if self._write_timer is not None:
            self._write_timer.cancel()
            self._write_timer = None

    def pause_writing(self) -> None:
        super().pause_writing()
        self._cancel_write_deadline()
        self._write_timer = self.loop.call_later(self.write_timeout, self.transport.abort)

    def resume_writing(self) -> None:
        self._cancel_write_deadline()
        super().resume_writing()


def raise_open_file_limit() -> None:
    """Lift the soft limit on open files to the hard one: each client connection holds a descriptor."""
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        want = max(soft, 65536) if hard == resource.RLIM_INFINITY else hard
        if soft != resource.RLIM_INFINITY and want > soft:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    except (ValueError, OSError):
        pass
