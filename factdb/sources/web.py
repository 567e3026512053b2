"""Articles fetched by URL: one GET with a timeout and a size limit, each failure one reason.

HTML pages go through the same main-text extraction as `.html` files, plain-text pages through
the plain-text reader; anything else is refused. The article keeps the URL it was fetched by.
urllib3 is imported here only: reading files never loads it.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from factdb import __version__
from factdb.errors import InputError
from factdb.sources.article import ArticleInput
from factdb.sources.encoding import decode_text
from factdb.sources.html import read_html

if TYPE_CHECKING:
    import urllib3

FETCH_TIMEOUT_S = 30.0
"""Default limit on connecting, on each wait for data, and on the whole download."""
MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
URL_SCHEMES = ("http://", "https://")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
USER_AGENT = f"factdb/{__version__}"


class _Refused(Exception):
    """A response that is not an article page; _download names the URL."""


def is_url(raw: str) -> bool:
    """Whether RAW is an http or https URL rather than a path."""
    return raw[:8].lower().startswith(URL_SCHEMES)


def fetch_article(url: str, *, timeout: float, max_bytes: int) -> ArticleInput:
    """The article at URL; an unreachable, failing, oversized or non-text page raises InputError."""
    from factdb.sources.readers import plain_article

    data, content_type = _download(url, timeout, max_bytes)
    if content_type in HTML_TYPES:
        article = read_html(data, url)
    else:
        article = plain_article(decode_text(data, url), url)
    return replace(article, url=url)


def _download(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    import urllib3

    pool = urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=timeout, read=timeout),
        retries=urllib3.Retry(
            total=None, connect=0, read=0, status=0, other=0, redirect=MAX_REDIRECTS
        ),
        headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9"},
    )
    deadline = time.monotonic() + timeout
    try:
        response = pool.request("GET", url, preload_content=False)
        try:
            content_type = _check_response(response, max_bytes)
            return _read_body(response, max_bytes, deadline, timeout), content_type
        finally:
            response.release_conn()
    except urllib3.exceptions.HTTPError as exc:
        raise InputError(url, _reason(exc, timeout)) from exc
    except _Refused as exc:
        raise InputError(url, str(exc)) from exc
    finally:
        pool.clear()


def _check_response(response: urllib3.BaseHTTPResponse, max_bytes: int) -> str:
    if response.status != 200:
        raise _Refused(f"HTTP {response.status} {response.reason or ''}".strip())
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type not in HTML_TYPES | TEXT_TYPES:
        raise _Refused(f"not an HTML or text page (content type {content_type or 'none'})")
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise _Refused(f"page is {int(length)} bytes, over the {max_bytes} byte limit")
    return content_type


def _read_body(
    response: urllib3.BaseHTTPResponse, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    body = bytearray()
    for chunk in response.stream(CHUNK_BYTES):
        body += chunk
        if len(body) > max_bytes:
            raise _Refused(f"page over the {max_bytes} byte limit")
        if time.monotonic() > deadline:
            raise _Refused(f"timed out after {timeout:g} s")
    return bytes(body)


def _reason(exc: Exception, timeout: float) -> str:
    import urllib3.exceptions as errors

    if isinstance(exc, errors.MaxRetryError) and exc.reason is not None:
        exc = exc.reason
    if isinstance(exc, errors.NameResolutionError):
        return "cannot resolve the host name"
    if isinstance(exc, errors.NewConnectionError):
        return f"cannot connect ({_detail(exc)})"
    if isinstance(exc, errors.TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, errors.SSLError):
        return f"TLS error ({_detail(exc)})"
    if isinstance(exc, errors.ResponseError):
        return f"more than {MAX_REDIRECTS} redirects"
    if isinstance(exc, errors.LocationValueError | errors.LocationParseError):
        return "not a valid URL"
    return f"download failed ({_detail(exc)})"


def _detail(exc: Exception) -> str:
    # urllib3's messages end with the system's own reason, e.g. "[Errno 111] Connection refused".
    text = str(exc).rsplit("]", 1)[-1].strip(" :)'\"") or type(exc).__name__
    return text.lower()
