"""A small web server on 127.0.0.1 for the fetch tests: routes set per test, every request logged.

Nothing in the fetch tests reaches the internet: every URL they use points here, and host names
that must not resolve are given to the client through an injected resolver.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    wait: float = 0.0  # seconds before the status line (a slow server)
    chunks: int = 1  # the body is sent in this many pieces ...
    chunk_wait: float = 0.0  # ... with this pause between them
    length: bool = True  # send Content-Length (False: the body ends when the connection closes)


@dataclass(frozen=True)
class Request:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    at: float


Route = Reply | Callable[[Request], Reply]


class LocalWeb:
    """Routes by path (query included); unknown paths get a 404. ``log`` lists every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Request] = []
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                return

            def do_GET(self) -> None:
                request = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
                web.log.append(request)
                route = web.routes.get(self.path, Reply(b"not here", 404, {"Content-Type": "text/plain"}))
                reply = route(request) if callable(route) else route
                # The client may stop reading (size cap, timeout): that is what such a test wants.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._send(reply)

            def _send(self, reply: Reply) -> None:
                time.sleep(reply.wait)
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                if reply.length:
                    self.send_header("Content-Length", str(len(reply.body)))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                size = max(1, -(-len(reply.body) // reply.chunks))
                for start in range(0, len(reply.body), size):
                    self.wfile.write(reply.body[start : start + size])
                    self.wfile.flush()
                    if reply.chunk_wait:
                        time.sleep(reply.chunk_wait)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def paths(self) -> list[str]:
        """The paths requested so far, in order."""
        return [r.path for r in self.log]

    def __enter__(self) -> LocalWeb:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def serve() -> Iterator[LocalWeb]:
    """Run a server for one test (used by the ``web`` fixture)."""
    with LocalWeb() as web:
        yield web
