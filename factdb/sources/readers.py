"""Turn paths (files, folders, `-`, URLs) into articles, yielding a failure for each bad unit."""

from __future__ import annotations

import codecs
import io
import json
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from factdb.errors import InputError
from factdb.sources.article import ArticleInput, dateline_date, first_line_title, parse_date
from factdb.sources.encoding import check_unicode, decode_text, marked_encoding, strip_bom
from factdb.sources.files import check_regular, path_error, stat_path, walk
from factdb.sources.html import read_html
from factdb.sources.web import FETCH_TIMEOUT_S, fetch_article, is_url

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest file, page or JSONL line read: bigger ones are refused rather than loaded whole."""
PLAIN_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = PLAIN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"
_FILENAME_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_DATELINE_OUTLET = re.compile(r"^[^\n]{0,80}?\(([A-Z][\w.&' -]{1,60})\)\s*[–—-]", re.MULTILINE)
_BYLINE = re.compile(r"^By\s+([^\n]{3,120})$", re.MULTILINE)
_JSONL_FIELDS = ("title", "outlet", "url", "published", "byline", "id")

Read = ArticleInput | InputError


def read_paths(paths: Sequence[str], *, timeout: float = FETCH_TIMEOUT_S) -> Iterator[Read]:
    """Every article under PATHS, in order; a file or line that cannot be read yields its error.

    A path is a file, a folder (walked recursively), `-` for stdin, or an http(s) URL fetched
    with TIMEOUT seconds to spare.
    """
    for raw in paths:
        if raw == STDIN:
            yield _from_stdin()
        elif is_url(raw):
            yield _from_url(raw, timeout)
        else:
            yield from _from_path(Path(raw))


def _from_path(path: Path) -> Iterator[Read]:
    try:
        status = stat_path(path)
    except InputError as exc:
        yield exc
        return
    if stat.S_ISDIR(status.st_mode):
        for found in walk(path):
            yield from read_file(found) if isinstance(found, Path) else (found,)
    else:
        yield from read_file(path)


def _from_url(url: str, timeout: float) -> Read:
    try:
        return fetch_article(url, timeout=timeout, max_bytes=MAX_FILE_BYTES)
    except InputError as exc:
        return exc


def read_file(path: Path) -> Iterator[Read]:
    """The articles of one file, chosen by its suffix."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        expected = ", ".join(sorted(SUPPORTED_SUFFIXES))
        yield InputError(str(path), f"unsupported file type {suffix or '(none)'!r} ({expected})")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path)
        return
    try:
        data = _read_bytes(path)
        yield read_html(data, str(path)) if suffix in HTML_SUFFIXES else _plain(data, str(path))
    except InputError as exc:
        yield exc


def _read_bytes(path: Path) -> bytes:
    status = stat_path(path)
    check_regular(path, status)
    if status.st_size > MAX_FILE_BYTES:
        raise InputError(
            str(path), f"file is {status.st_size} bytes, over the {MAX_FILE_BYTES} limit"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise path_error(path, exc) from exc


def _plain(data: bytes, source: str) -> ArticleInput:
    text = decode_text(data, source)
    return plain_article(text, source)


def plain_article(text: str, source: str) -> ArticleInput:
    """A plain-text article: headline from the first line, date, outlet and byline if written."""
    if not text.strip():
        raise InputError(source, "empty file")
    outlet = _DATELINE_OUTLET.search(text[:2000])
    byline = _BYLINE.search(text[:2000])
    name_date = _FILENAME_DATE.search(Path(source).name)
    published = dateline_date(text) or (parse_date(name_date.group(1)) if name_date else None)
    return ArticleInput(
        text=text,
        source=source,
        title=first_line_title(text),
        outlet=outlet.group(1).strip() if outlet else None,
        published=published,
        byline=byline.group(1).strip() if byline else None,
    )


def _from_stdin() -> Read:
    try:
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            return InputError("<stdin>", f"input over the {MAX_FILE_BYTES} byte limit")
        return _plain(data, "<stdin>")
    except InputError as exc:
        return exc


def _read_jsonl(path: Path) -> Iterator[Read]:
    try:
        check_regular(path, stat_path(path))
        handle = path.open("rb")
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield path_error(path, exc)
        return
    with handle:
        seen_any, number = False, 0
        try:
            for number, raw in enumerate(_lines(handle), start=1):
                if not raw.strip():
                    continue
                seen_any = True
                source = f"{path}:{number}"
                try:
                    yield jsonl_article(raw, source)
                except InputError as exc:
                    yield exc
        except UnicodeDecodeError as exc:
            yield InputError(str(path), f"not valid {exc.encoding.upper()} after line {number}")
            return
        except OSError as exc:
            yield path_error(path, exc)
            return
        if not seen_any:
            yield InputError(str(path), "empty file")


def _lines(handle: io.BufferedReader) -> Iterator[bytes]:
    """The lines of a JSONL file as UTF-8, after any byte-order mark (UTF-16/32 re-encoded)."""
    codec = marked_encoding(handle.peek(4)[:4])
    if codec == "utf-8-sig":
        handle.read(len(codecs.BOM_UTF8))
    elif codec is not None:
        for line in io.TextIOWrapper(handle, encoding=codec, newline="\n"):
            yield line.encode("utf-8")
        return
    yield from handle


def jsonl_article(raw: bytes, source: str) -> ArticleInput:
    """One JSONL line as an article; the error names the line."""
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(source, f"line over the {MAX_FILE_BYTES} byte limit")
    try:
        record: Any = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(source, "not valid UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise InputError(source, f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise InputError(source, "a line must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, "missing or empty 'text'")
    text = strip_bom(check_unicode(text, "text", source))
    meta = {key: _jsonl_field(record, key, source) for key in _JSONL_FIELDS}
    published = meta["published"]
    parsed = parse_date(published) if published else None
    if published and parsed is None:
        raise InputError(source, f"'published' is not a date: {published!r}")
    title = strip_bom(meta["title"] or "")
    return ArticleInput(
        text=text,
        source=source,
        title=title or first_line_title(text),
        outlet=meta["outlet"],
        url=meta["url"],
        published=parsed,
        byline=meta["byline"],
        external_id=meta["id"],
    )


def _jsonl_field(record: dict[str, Any], key: str, source: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(source, f"'{key}' must be a string")
    return check_unicode(str(value), key, source)
