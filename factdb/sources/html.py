"""Main text and metadata of a news web page, through trafilatura."""

from __future__ import annotations

import logging

import trafilatura

from factdb.errors import InputError
from factdb.sources.article import ArticleInput, parse_date

# trafilatura logs every page it cannot parse; factdb reports that itself, once.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def read_html(data: bytes, source: str) -> ArticleInput:
    """The article of an HTML page; a page with no main text is refused."""
    if not data.strip():
        raise InputError(source, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not HTML")
    try:
        doc = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception as exc:
        raise InputError(source, f"cannot parse HTML ({type(exc).__name__})") from exc
    fields = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else {}
    text = fields.get("text") or ""
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, "no main text found in the HTML page")
    published = fields.get("date")
    title = fields.get("title")
    return ArticleInput(
        text=text,
        source=source,
        title=str(title) if title else None,
        outlet=_str_or_none(fields.get("sitename")),
        url=_str_or_none(fields.get("url")),
        published=parse_date(str(published)) if published else None,
        byline=_str_or_none(fields.get("author")),
    )


def _str_or_none(value: object) -> str | None:
    return str(value).strip() or None if value else None
