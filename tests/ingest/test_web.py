"""Fetching, offline: httpx.MockTransport, MockFetcher, and a real server on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from eventwire.errors import FetchError
from eventwire.ingest.web import FetchedPage, HttpxFetcher, MockFetcher

PAGE = b"<html><body><p>Bus drivers stopped work in Tabriz on Thursday.</p></body></html>"


def _handler(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/ok":
        return httpx.Response(200, headers={"content-type": "text/html; charset=windows-1256"}, content=PAGE)
    if path.startswith("/hop/"):
        left = int(path.rsplit("/", 1)[1])
        target = "/ok" if left == 0 else f"/hop/{left - 1}"
        return httpx.Response(302, headers={"location": target})
    if path == "/loop":
        return httpx.Response(301, headers={"location": "/loop"})
    if path == "/to-ftp":
        return httpx.Response(302, headers={"location": "ftp://files.example/a.txt"})
    if path == "/missing":
        return httpx.Response(404, text="not found")
    if path == "/broken":
        return httpx.Response(503, text="down")
    if path == "/image":
        return httpx.Response(200, headers={"content-type": "image/png"}, content=b"\x89PNG")
    if path == "/declared-huge":
        return httpx.Response(
            200, headers={"content-type": "text/html", "content-length": "9999999"}, content=b""
        )
    if path == "/streamed-huge":
        return httpx.Response(200, headers={"content-type": "text/html"}, content=iter([b"x" * 1000] * 10))
    if path == "/refused":
        raise httpx.ConnectError("connection refused", request=request)
    if path == "/slow":
        raise httpx.ReadTimeout("timed out", request=request)
    if path == "/dns":
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)
    return httpx.Response(500)


@pytest.fixture
def fetcher() -> Iterator[HttpxFetcher]:
    with HttpxFetcher(transport=httpx.MockTransport(_handler), max_bytes=5000) as f:
        yield f


def test_web_fetch_page(fetcher: HttpxFetcher) -> None:
    page = fetcher.fetch("https://news.example/ok")
    assert page == FetchedPage("https://news.example/ok", 200, "text/html; charset=windows-1256", PAGE)
    assert (page.media_type, page.charset) == ("text/html", "windows-1256")


def test_web_follows_up_to_five_redirects(fetcher: HttpxFetcher) -> None:
    page = fetcher.fetch("https://news.example/hop/4")
    assert page.url == "https://news.example/ok"
    assert page.body == PAGE
    with pytest.raises(FetchError) as info:
        fetcher.fetch("https://news.example/hop/5")
    assert info.value.code == "E216"


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/loop", "E216"),
        ("/to-ftp", "E215"),
        ("/missing", "E212"),
        ("/broken", "E212"),
        ("/image", "E214"),
        ("/declared-huge", "E213"),
        ("/streamed-huge", "E213"),
        ("/refused", "E211"),
        ("/slow", "E211"),
        ("/dns", "E211"),
    ],
)
def test_web_fetch_errors(fetcher: HttpxFetcher, path: str, code: str) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch("https://news.example" + path)
    assert info.value.code == code
    assert info.value.message


@pytest.mark.parametrize(
    "url", ["ftp://files.example/a.txt", "file:///etc/hosts", "news.example/a", "https://"]
)
def test_web_only_http_and_https(fetcher: HttpxFetcher, url: str) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(url)
    assert info.value.code == "E215"


def test_web_client_is_made_on_first_use_only() -> None:
    fetcher = HttpxFetcher(transport=httpx.MockTransport(_handler))
    assert fetcher._owned is None
    fetcher.fetch("https://news.example/ok")
    assert fetcher._owned is not None
    fetcher.close()
    assert fetcher._owned is None


def test_web_mock_fetcher_behaves_like_the_real_one() -> None:
    ok = FetchedPage("https://n.example/a", 200, "text/html", PAGE)
    mock = MockFetcher(
        {
            "https://n.example/a": ok,
            "https://n.example/gone": FetchedPage("https://n.example/gone", 410, "text/html", b""),
            "https://n.example/pdf": FetchedPage("https://n.example/pdf", 200, "application/pdf", b"%PDF"),
            "https://n.example/boom": FetchError("connection reset", code="E211"),
        },
        max_bytes=500,
    )
    assert mock.fetch("https://n.example/a") is ok
    codes = []
    for url in (
        "https://n.example/gone",
        "https://n.example/pdf",
        "https://n.example/boom",
        "https://dead.example/",
    ):
        with pytest.raises(FetchError) as info:
            mock.fetch(url)
        codes.append(info.value.code)
    assert codes == ["E212", "E214", "E211", "E211"]
    big = MockFetcher(
        {"https://n.example/a": FetchedPage("https://n.example/a", 200, None, b"x" * 51)}, max_bytes=50
    )
    with pytest.raises(FetchError, match="larger"):
        big.fetch("https://n.example/a")
    assert mock.requested[0] == "https://n.example/a"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_web_real_local_server(local_server: str) -> None:
    client = httpx.Client(trust_env=False, timeout=5.0)  # no proxy between us and 127.0.0.1
    with HttpxFetcher(client=client) as fetcher:
        page = fetcher.fetch(local_server + "/moved")
        assert (page.url, page.status, page.body) == (local_server + "/article", 200, PAGE)
        with pytest.raises(FetchError) as info:
            fetcher.fetch(local_server + "/nothing-here")
        assert info.value.code == "E212"
    client.close()


def test_web_connection_refused_on_a_closed_port() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = httpx.Client(trust_env=False, timeout=2.0)
    with pytest.raises(FetchError) as info:
        HttpxFetcher(client=client).fetch(f"http://127.0.0.1:{port}/")
    client.close()
    assert info.value.code == "E211"
