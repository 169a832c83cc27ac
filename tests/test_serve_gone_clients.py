"""`gwlint serve` does no work, and keeps nothing, for clients already gone (issue #16, round 27).

Under a flood of clients that connect, send a request and leave, on a loaded machine the event loop fell behind:
asyncio took in the whole listen backlog (2048 connections) every turn, and each request kept running after its
client had hung up, so connections and requests of clients long gone piled up (500 MB, a round of honest requests
timed out).  In process, on the asyncio loop uvicorn runs: a request whose client hangs up is cancelled, and past
the accept limit the listening socket is not read."""
from __future__ import annotations

import asyncio
import socket

import pytest

pytest.importorskip("uvicorn")
from uvicorn.config import Config  # noqa: E402
from uvicorn.server import ServerState  # noqa: E402

from gwlint.serve import protocol  # noqa: E402
from gwlint.serve.protocol import GuardedH11Protocol  # noqa: E402

ACCEPT_BURST = getattr(protocol, "ACCEPT_BURST", 64)


def accept_limit(cap: int) -> int:
    return protocol.accept_limit(cap) if hasattr(protocol, "accept_limit") else 2 * cap + ACCEPT_BURST


def _server(loop, app, cap: int):
    cls = GuardedH11Protocol.with_timeouts(300, 30, cap)
    config = Config(app=app, http=cls, lifespan="off", log_level="critical")
    config.load()
    state = ServerState()
    return cls, state, (lambda: cls(config=config, server_state=state, app_state={}, _loop=loop))


def test_a_request_whose_client_hangs_up_is_cancelled():
    events = []

    async def app(scope, receive, send):
        events.append("started")
        try:
            await asyncio.sleep(30)  # a slow job (a worker, a thread): nobody waits for its answer any more
            events.append("finished")
        except asyncio.CancelledError:
            events.append("cancelled")
            raise

    async def main():
        loop = asyncio.get_running_loop()
        _, state, factory = _server(loop, app, 8)
        server = await loop.create_server(factory, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /v1/rules HTTP/1.1\r\nHost: x\r\n\r\n")
        for _ in range(100):
            await asyncio.sleep(0.01)
            if events:
                break
        s.close()
        for _ in range(200):
            await asyncio.sleep(0.01)
            if not state.tasks:
                break
        left = len(state.tasks)  # before asyncio.run cancels what is left
        server.close()
        return list(events), left

    got, left = asyncio.run(asyncio.wait_for(main(), 20))
    assert got == ["started", "cancelled"] and left == 0


def test_a_flood_is_taken_in_no_faster_than_the_accept_limit():
    cap = 4
    seen = []

    async def app(scope, receive, send):  # not reached: the flood sends nothing
        raise AssertionError

    async def main():
        loop = asyncio.get_running_loop()
        cls, state, factory = _server(loop, app, cap)
        server = await loop.create_server(factory, "127.0.0.1", 0, backlog=2048)
        port = server.sockets[0].getsockname()[1]
        # a first client, as /healthz at start: the listener is found on the first connection (the very first
        # turn may still take in a whole backlog)
        first = socket.create_connection(("127.0.0.1", port))
        while not state.connections:
            await asyncio.sleep(0.01)
        flood = [socket.create_connection(("127.0.0.1", port)) for _ in range(400)]  # the kernel completes them
        try:
            for _ in range(50):  # within the 2 s grace: nothing is shed, so only the limit keeps them out
                await asyncio.sleep(0.01)
                seen.append(len(state.connections))
        finally:
            for s in flood + [first]:
                s.close()
        for _ in range(500):
            await asyncio.sleep(0.01)
            if not state.connections:
                break
        # once the count fell, the listener is read again: a newcomer is taken in
        newcomer = socket.create_connection(("127.0.0.1", port))
        mine = newcomer.getsockname()[1]
        taken = False
        for _ in range(1000):  # a generous guard: the flood's closed connections still in the backlog go first
            await asyncio.sleep(0.01)
            taken = any(p.client and p.client[1] == mine for p in list(state.connections))
            if taken:
                break
        newcomer.close()
        server.close()
        return taken

    taken = asyncio.run(asyncio.wait_for(main(), 30))
    # the count is looked at when a connection is made, two turns of the loop after its accept: a few bursts late
    assert max(seen) <= accept_limit(cap) + 4 * ACCEPT_BURST, max(seen)
    assert taken
