"""Turn paths (files, directories, `-`) into articles, yielding a failure for each bad unit."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from factdb.errors import InputError
from factdb.sources.article import ArticleInput, dateline_date, first_line_title, parse_date
from factdb.sources.html import read_html

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest file (or JSONL line) read: bigger ones are refused rather than loaded whole."""
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


def read_paths(paths: Sequence[str]) -> Iterator[Read]:
    """Every article under PATHS, in order; a file or line that cannot be read yields its error."""
    for raw in paths:
        if raw == STDIN:
            yield _from_stdin()
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield from read_file(path)
        else:
            yield InputError(raw, "no such file or directory")


def _walk(root: Path) -> Iterator[Read]:
    for dirpath, dirnames, filenames in os.walk(root):
        # Hidden folders and files (.git, .DS_Store) are not articles.
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield from read_file(Path(dirpath) / name)


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
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(str(path), f"file is {size} bytes, over the {MAX_FILE_BYTES} limit")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from exc


def decode_text(data: bytes, source: str) -> str:
    """DATA as UTF-8 text, refusing empty, binary and wrongly encoded input with the reason."""
    if not data.strip():
        raise InputError(source, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc


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
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), exc.strerror or str(exc))
        return
    with handle:
        seen_any = False
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            seen_any = True
            source = f"{path}:{number}"
            try:
                yield jsonl_article(raw, source)
            except InputError as exc:
                yield exc
        if not seen_any:
            yield InputError(str(path), "empty file")


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
    meta = {key: _jsonl_field(record, key, source) for key in _JSONL_FIELDS}
    published = meta["published"]
    parsed = parse_date(published) if published else None
    if published and parsed is None:
        raise InputError(source, f"'published' is not a date: {published!r}")
    return ArticleInput(
        text=text,
        source=source,
        title=meta["title"] or first_line_title(text),
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
    return str(value)
