"""The worker's small HTTP endpoint: ``/metrics`` for Prometheus, ``/healthz`` and ``/readyz`` for orchestrators.

It runs in a daemon thread of its own, so a scrape or a probe never waits on the event loop that processes
articles (and a busy loop never makes the worker look dead).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import REGISTRY, CollectorRegistry
from prometheus_client.exposition import choose_encoder

log = logging.getLogger(__name__)


class Server:
    """A running metrics/health server; :meth:`close` stops it."""

    def __init__(self, httpd: ThreadingHTTPServer, thread: threading.Thread) -> None:
        self._httpd = httpd
        self._thread = thread

    @property
    def host(self) -> str:
        """The address the server listens on."""
        return str(self._httpd.server_address[0])

    @property
    def port(self) -> int:
        """The port the server listens on (the one picked when 0 was asked for)."""
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Base URL of the server, e.g. ``http://127.0.0.1:9108``."""
        host = self.host
        return f"http://[{host}]:{self.port}" if ":" in host else f"http://{host}:{self.port}"

    def close(self) -> None:
        """Stop serving and free the port; safe to call twice."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()


def _handler(ready: Callable[[], bool], registry: CollectorRegistry) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "khabar"
        sys_version = ""

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                encoder, content_type = choose_encoder(self.headers.get("Accept", ""))
                self._reply(200, encoder(registry), content_type)
            elif path == "/healthz":
                self._reply(200, b"ok\n")
            elif path == "/readyz":
                is_ready = _safe_ready(ready)
                self._reply(200 if is_ready else 503, b"ready\n" if is_ready else b"not ready\n")
            else:
                self._reply(404, b"not found\n")

        def _reply(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            # Probes every few seconds would drown the worker's own logs; keep them for debugging only.
            log.debug("http request", extra={"request": self.requestline, "client": self.client_address[0]})

    return Handler


def _safe_ready(ready: Callable[[], bool]) -> bool:
    try:
        return bool(ready())
    except Exception:
        # A readiness check that crashes means "not ready", and must not take the endpoint down with it.
        log.exception("readiness check failed")
        return False


def serve(host: str, port: int, ready: Callable[[], bool], registry: CollectorRegistry = REGISTRY) -> Server:
    """Serve ``/metrics``, ``/healthz`` and ``/readyz`` on ``host:port`` from a daemon thread (port 0: any free)."""
    httpd = ThreadingHTTPServer((host, port), _handler(ready, registry))
    httpd.daemon_threads = True
    # A short poll interval only bounds how long close() waits; requests are served as they arrive either way.
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, name="khabar-metrics-http", daemon=True
    )
    thread.start()
    log.info("metrics endpoint listening", extra={"host": host, "port": httpd.server_address[1]})
    return Server(httpd, thread)
