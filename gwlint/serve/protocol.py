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

* a request whose client hangs up before its answer is ended with the connection (its task cancelled, or never
  started): under a flood of clients that send a request and leave at once, the work and memory of requests
  nobody waits for would otherwise pile up without bound — the connection cap counts open connections only, and
  such a request outlives its connection (on a loaded 2-core machine, 16 000 of them held 500 MB).
* past ``max_connections`` open connections (a flood of clients connecting at once, or opening and closing
  faster than the header deadline ends the idle ones), the connections that have waited longest without a
  request head are ended to make room — never one in the middle of a request — so the descriptors and the
  memory the connections hold stay bounded and /healthz and honest requests still get in.

The body of a request a route does read has its own idle and total deadlines (:mod:`gwlint.serve.body`).
The protocol is always h11 (also when httptools is installed) so these deadlines always apply.
"""
from __future__ import annotations

import asyncio
import inspect
import json
from collections import OrderedDict

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_SECONDS = 10.0
LINGER_SECONDS = 2.0  # how long an unread request body is still taken in after the answer
MAX_CONNECTIONS = 1000
# A new connection's time to send its request head before it may be ended for room: a burst of accepts brings
# connections whose requests (or hang-ups) are read only on a later turn of the loop, later still on a loaded
# machine; a flood can then hold at most the cap plus what arrives within this time.
GRACE_SECONDS = 2.0
SWEEP_DELAY = 0.05
# asyncio accepts up to the listen backlog (2048) connections each turn of the loop, whatever it has in hand: a
# loop slower than the clients (a loaded machine) takes in more every turn than it finishes, and the connections,
# their accept tasks and requests pile up in memory (a cap that only sheds after a grace cannot keep up).  Past
# this many connections plus requests under way the listening sockets are not read; the clients wait in the
# kernel's backlog, and are taken in again as soon as the count falls back.
# Each turn takes in at most ACCEPT_BURST, not the whole backlog, so that the count is looked at often.
ACCEPT_BURST = 64


def accept_limit(max_connections: int) -> int:
    return 2 * max_connections + ACCEPT_BURST


def _answer(status: bytes, detail: str) -> bytes:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode()
    return (b"HTTP/1.1 " + status + b"\r\ncontent-type: application/json\r\nconnection: close\r\n"
            b"content-length: %d\r\n\r\n" % len(body)) + body


def _408() -> bytes:
    return _answer(b"408 Request Timeout", "请求头在限定时间内没有发送完整，连接已关闭。")


def _503_crowded() -> bytes:
    return _answer(b"503 Service Unavailable", "同时打开的连接过多，这个连接等待最久仍没有发完请求头，已关闭，请重试。")


class GuardedH11Protocol(H11Protocol):
    header_timeout: float = HEADER_SECONDS
    write_timeout: float = 30.0
    max_connections: int = MAX_CONNECTIONS
    # the connections of one server waiting for a request head since when, oldest first, and the pending sweep
    # over them (each server's class has its own: with_timeouts).  An OrderedDict: its first entry is found in
    # constant time however many were removed before it (a dict scans past their holes)
    _waiting: OrderedDict = OrderedDict()
    _sweep: list = [None]
    _listeners: list = []  # (descriptor, reader callback, its arguments) of the listening sockets
    _paused: list = [False]  # whether they are not read now

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer = None
        self._write_timer = None
        self._got_bytes = False
        self._linger = None
        self._app = self.app
        self.app = self._answer_if_still_there
        self._request: tuple | None = None  # (cycle, task) of the request under way

    # ---- the request
    async def _answer_if_still_there(self, scope, receive, send) -> None:
        cycle = getattr(receive, "__self__", self.cycle)
        if cycle.disconnected:  # gone before its turn came (a loaded loop starts tasks late)
            return
        task = asyncio.current_task()
        self._request = (cycle, task)
        try:
            await self._app(scope, receive, send)
        except asyncio.CancelledError:
            if self._request != (cycle, None):  # not our cancel (shutdown): let it end the task
                raise
            if hasattr(task, "uncancel"):
                task.uncancel()
        finally:
            self._request = None
            self.tasks.discard(task)  # as uvicorn's done callback will: the count may let the listeners resume
            self._resume_accepting()

    @classmethod
    def with_timeouts(cls, header: float, write: float,
                      max_connections: int = MAX_CONNECTIONS) -> type[GuardedH11Protocol]:
        return type("GuardedH11Protocol", (cls,), {"header_timeout": float(header), "write_timeout": float(write),
                                                   "max_connections": int(max_connections), "_waiting": OrderedDict(),
                                                   "_sweep": [None], "_listeners": [], "_paused": [False]})

    # ---- taking in connections
    def _load(self) -> int:
        return len(self.connections) + len(self.tasks)

    def _find_listeners(self) -> None:
        """The selector loop's readers of the listening sockets (asyncio has no public pause), each set to take in
        at most ACCEPT_BURST connections a turn.  On another loop nothing is found and nothing is paused."""
        if self._listeners:
            return
        selector = getattr(self.loop, "_selector", None)
        if selector is None:
            return
        for fd, key in list(selector.get_map().items()):
            handle = key.data[0] if isinstance(key.data, tuple) else None
            callback = getattr(handle, "_callback", None)
            if getattr(callback, "__name__", "") != "_accept_connection" or getattr(callback, "__self__", None) is not self.loop:
                continue
            args = list(handle._args)
            try:
                at = list(inspect.signature(callback).parameters).index("backlog")
                args[at] = min(int(args[at]), ACCEPT_BURST)
            except (ValueError, TypeError, IndexError):
                pass
            self.loop.remove_reader(fd)
            self.loop.add_reader(fd, callback, *args)
            self._listeners.append((fd, callback, tuple(args)))

    def _pause_accepting(self) -> None:
        self._find_listeners()
        if self._paused[0] or self._load() < accept_limit(self.max_connections):
            return
        for fd, _, _ in self._listeners:
            self.loop.remove_reader(fd)
        self._paused[0] = True

    def _resume_accepting(self) -> None:
        if not self._paused[0] or self._load() >= accept_limit(self.max_connections):
            return
        self._paused[0] = False
        for fd, callback, args in self._listeners:
            sock, server = args[1], args[3]
            if sock.fileno() == fd and (server is None or server.is_serving()):  # not once shut down
                try:
                    self.loop.add_reader(fd, callback, *args)
                except (OSError, ValueError):
                    pass

    # ---- the request head
    def _arm_header_deadline(self) -> None:
        self._cancel_header_deadline()
        self._got_bytes = False
        self._header_timer = self.loop.call_later(self.header_timeout, self._header_deadline_passed)
        self._waiting[self] = self.loop.time()

    def _cancel_header_deadline(self) -> None:
        self._waiting.pop(self, None)
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _make_room(self) -> None:
        """Over the cap, end the connections that have waited longest for a request head.  A connection gets
        GRACE_SECONDS to send its head first.  Runs again until the count is back under the cap."""
        self._sweep[0] = None
        now = self.loop.time()
        excess = len(self.connections) - self.max_connections
        grace = min(GRACE_SECONDS, self.header_timeout)
        while excess > 0 and self._waiting:
            oldest, since = next(iter(self._waiting.items()))
            if now - since < grace:
                break
            oldest._cancel_header_deadline()
            if oldest._got_bytes and oldest.conn.our_state is h11.IDLE:
                oldest.transport.write(_503_crowded())  # part of a request head came: say why it ends
            oldest.transport.close()
            oldest.connections.discard(oldest)  # closed now; connection_lost follows on the next loop turn
            excess -= 1
        if excess > 0 and self._waiting:
            self._sweep[0] = self.loop.call_later(min(grace / 4, max(0.0, grace - (now - since))) + SWEEP_DELAY,
                                                  self._make_room)

    def _header_deadline_passed(self) -> None:
        self._header_timer = None
        self._waiting.pop(self, None)
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        if self._got_bytes and self.conn.our_state is h11.IDLE:
            self.transport.write(_408())  # part of a request head came: say why it ends
        self.transport.close()

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_deadline()
        self._pause_accepting()
        if len(self.connections) > self.max_connections and self._sweep[0] is None:
            # not at once: the requests and hang-ups that came with this burst of connections are read first
            self._sweep[0] = self.loop.call_later(SWEEP_DELAY, self._make_room)

    def connection_lost(self, exc) -> None:
        self._cancel_header_deadline()
        self._cancel_write_deadline()
        if self._linger is not None:
            self._linger.cancel()
        super().connection_lost(exc)
        if self._request is not None:
            cycle, task = self._request
            if not cycle.response_complete and not task.done():
                # nobody is left to answer: stop the work now rather than let it finish (or queue for a thread)
                self._request = (cycle, None)
                task.cancel()
        self._resume_accepting()

    def data_received(self, data: bytes) -> None:
        if data:
            self._got_bytes = True
        super().data_received(data)
        self._pause_accepting()  # a request task may have started
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


def raise_open_file_limit() -> int | None:
    """Lift the soft limit on open files to the hard one: each client connection holds a descriptor.  Returns
    the limit in force (None when unknown or unlimited)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        want = max(soft, 65536) if hard == resource.RLIM_INFINITY else hard
        if soft != resource.RLIM_INFINITY and want > soft:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
            soft = want
    except (ValueError, OSError):
        return None
    return None if soft == resource.RLIM_INFINITY else int(soft)


def connection_cap(wanted: int, open_files: int | None) -> int:
    """``wanted`` connections at most, and no more than half the descriptors: uploads, the check processes'
    pipes and the log need the rest (a server out of descriptors stops accepting anyone for a while)."""
    if open_files is None:
        return wanted
    return max(8, min(wanted, open_files // 2))
