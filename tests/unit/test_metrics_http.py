"""The metrics/health HTTP server, over real sockets."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from workers import metrics
from workers.metrics_http import Server, serve


def get(url: str, accept: str | None = None) -> tuple[int, str, str]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode("utf-8")


class Flag:
    def __init__(self) -> None:
        self.up = False

    def __call__(self) -> bool:
        return self.up


@pytest.fixture
def flag() -> Flag:
    return Flag()


@pytest.fixture
def server(flag: Flag) -> Iterator[Server]:
    s = serve("127.0.0.1", 0, flag)
    yield s
    s.close()


def test_port_zero_picks_a_free_port(server: Server) -> None:
    assert server.port > 0
    assert server.url == f"http://127.0.0.1:{server.port}"


def test_metrics_exposes_khabar_and_default_collectors(server: Server) -> None:
    metrics.set_build_info({"en_core_web_sm": "3.8.0"})
    status, content_type, body = get(server.url + "/metrics")
    assert status == 200
    assert content_type.startswith("text/plain")
    assert "khabar_build_info{" in body
    assert "process_cpu_seconds_total" in body
    assert "python_info{" in body
    assert "python_gc_objects_collected_total" in body


def test_metrics_speaks_openmetrics_when_asked(server: Server) -> None:
    status, content_type, body = get(server.url + "/metrics", accept="application/openmetrics-text; version=1.0.0")
    assert status == 200
    assert content_type.startswith("application/openmetrics-text")
    assert body.rstrip().endswith("# EOF")


def test_healthz_is_200_even_when_not_ready(server: Server) -> None:
    assert get(server.url + "/healthz")[0] == 200


def test_readyz_follows_the_ready_callable(server: Server, flag: Flag) -> None:
    assert get(server.url + "/readyz")[0] == 503
    flag.up = True
    assert get(server.url + "/readyz")[0] == 200


def test_a_crashing_ready_check_means_not_ready() -> None:
    def broken() -> bool:
        raise RuntimeError("consumer gone")

    s = serve("127.0.0.1", 0, broken)
    try:
        assert get(s.url + "/readyz")[0] == 503
        assert get(s.url + "/healthz")[0] == 200
    finally:
        s.close()


def test_unknown_path_is_404(server: Server) -> None:
    assert get(server.url + "/admin")[0] == 404


def test_close_frees_the_port() -> None:
    s = serve("127.0.0.1", 0, lambda: True)
    port = s.port
    s.close()
    s.close()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
    again = serve("127.0.0.1", port, lambda: True)
    try:
        assert get(again.url + "/healthz")[0] == 200
    finally:
        again.close()


def test_serve_is_reexported_by_metrics() -> None:
    assert metrics.serve is serve
