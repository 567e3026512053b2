"""`factdb ingest URL`: pages fetched from a local server, and one clear error per failure.

Guards against `factdb ingest https://...` answering "no such file or directory". Every page
comes from an HTTP server on 127.0.0.1 that the test starts; no other address is contacted.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from factdb.errors import InputError
from factdb.sources import ArticleInput, read_paths, readers
from tests.cli.helpers import run_cli

PAGE = b"""<html><head><title>Port strike ends</title></head><body><article>
<p>Dockworkers at the port voted on Friday to end their four-day strike after accepting a
5.5% pay rise, the union said in a statement released in the afternoon.</p>
<p>"This is a fair deal for every family on the quay," said Lena Okafor, a union spokeswoman,
adding that ships would be unloaded again from Saturday morning onwards.</p>
</article></body></html>"""
STORY = b"Strike vote\n\nThe union said 5,000 members voted to accept the offer.\n"
SLOW_S = 1.5
LIMIT = 4096


class Pages(BaseHTTPRequestHandler):
    """The test site: one path per kind of answer."""

    def do_GET(self) -> None:
        routes = {
            "/article.html": (200, "text/html; charset=utf-8", PAGE),
            "/story.txt": (200, "text/plain", STORY),
            "/report.pdf": (200, "application/pdf", b"%PDF-1.4"),
            "/big.html": (200, "text/html", b"<p>" + b"x" * (LIMIT * 2)),
        }
        if self.path == "/slow.html":
            time.sleep(SLOW_S)
        if self.path == "/stream.html":
            self._stream()
            return
        status, kind, body = routes.get(self.path, (404, "text/plain", b"not here"))
        if self.path == "/slow.html":
            status, kind, body = routes["/article.html"]
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _stream(self) -> None:
        # No Content-Length: the size is only known while reading.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        for _ in range(8):
            self.wfile.write(b"<p>" + b"y" * 1024 + b"</p>")

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test reads answers, not the server's log."""


class QuietServer(ThreadingHTTPServer):
    """A local server that does not print the broken pipes of clients that gave up."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Ignore a client that closed the connection early (the timeout test does)."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The base URL of a local test site on 127.0.0.1."""
    server = QuietServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A size limit of 4 KiB, so that an oversized page is small to serve."""
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", LIMIT)


def fetch(url: str, timeout: float = 5.0) -> ArticleInput | InputError:
    (item,) = list(read_paths([url], timeout=timeout))
    return item


def failure(url: str, timeout: float = 5.0) -> str:
    item = fetch(url, timeout)
    assert isinstance(item, InputError), item
    assert item.source == url
    return item.reason


def test_an_html_page_is_read_with_its_url(site: str) -> None:
    item = fetch(f"{site}/article.html")
    assert isinstance(item, ArticleInput), item
    assert "fair deal for every family" in item.text
    assert item.url == f"{site}/article.html" and item.source == item.url


def test_a_text_page_is_plain_text(site: str) -> None:
    item = fetch(f"{site}/story.txt")
    assert isinstance(item, ArticleInput), item
    assert item.title == "Strike vote" and item.url == f"{site}/story.txt"


def test_a_missing_page_is_its_http_status(site: str) -> None:
    assert failure(f"{site}/nowhere.html") == "HTTP 404 Not Found"


def test_a_page_that_is_not_html_or_text_is_refused(site: str) -> None:
    assert "not an HTML or text page (content type application/pdf)" in failure(
        f"{site}/report.pdf"
    )


@pytest.mark.usefixtures("small_limit")
def test_a_page_over_the_size_limit_is_refused_by_its_length(site: str) -> None:
    assert f"over the {LIMIT} byte limit" in failure(f"{site}/big.html")


@pytest.mark.usefixtures("small_limit")
def test_a_page_over_the_size_limit_is_refused_while_reading(site: str) -> None:
    assert f"page over the {LIMIT} byte limit" in failure(f"{site}/stream.html")


def test_a_slow_page_times_out(site: str) -> None:
    started = time.monotonic()
    assert failure(f"{site}/slow.html", timeout=0.3) == "timed out after 0.3 s"
    assert time.monotonic() - started < SLOW_S


def test_a_refused_connection_is_named() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port any more.
    assert failure(f"http://127.0.0.1:{port}/x.html").startswith("cannot connect (")


def test_an_unknown_host_is_a_name_resolution_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*_args: object, **_kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    # No lookup leaves the machine: the resolver itself is replaced.
    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    assert failure("http://news.invalid/story.html") == "cannot resolve the host name"


def test_ingest_stores_pages_by_url_and_names_each_failure(db_url: str, site: str) -> None:
    good, missing = f"{site}/article.html", f"{site}/gone.html"
    run = run_cli(db_url, "ingest", good, missing, f"{site}/story.txt")
    assert run.code == 1
    assert f"Error: {missing}: HTTP 404 Not Found" in run.err.splitlines()
    assert "Ingested 2 new articles" in run.err
    urls = run_cli(db_url, "sql", "--format", "csv", "SELECT url FROM articles ORDER BY id")
    assert urls.out.split() == ["url", good, f"{site}/story.txt"]


def test_ingest_timeout_option(db_url: str, site: str) -> None:
    run = run_cli(db_url, "ingest", "--timeout", "0.3", f"{site}/slow.html")
    assert run.code == 1 and "timed out after 0.3 s" in run.err
