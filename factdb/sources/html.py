"""Main text and metadata of a news web page, through trafilatura."""

from __future__ import annotations

import logging

from factdb.errors import InputError
from factdb.sources.article import ArticleInput, parse_date
from factdb.sources.encoding import SNIFF_BYTES, decode_text, is_wide, marked_encoding, strip_bom


def read_html(data: bytes, source: str) -> ArticleInput:
    """The article of an HTML page; a page with no main text is refused.

    A page that starts with a byte-order mark is decoded here (UTF-16 pages included); any
    other is handed to trafilatura as bytes, which reads the encoding its markup declares.
    """
    # Imported here: trafilatura is the slowest import of factdb and only pages need it.
    import trafilatura

    # trafilatura logs every page it cannot parse; factdb reports that itself, once.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    if not data.strip():
        raise InputError(source, "empty file")
    codec = marked_encoding(data)
    if not is_wide(codec) and b"\x00" in data[:SNIFF_BYTES]:
        raise InputError(source, "binary file, not HTML")
    page: bytes | str = decode_text(data, source) if codec else data
    try:
        doc = trafilatura.bare_extraction(
            page,
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
    text = strip_bom(text)
    published = fields.get("date")
    title = fields.get("title")
    return ArticleInput(
        text=text,
        source=source,
        title=strip_bom(str(title)) if title else None,
        outlet=_str_or_none(fields.get("sitename")),
        url=_str_or_none(fields.get("url")),
        published=parse_date(str(published)) if published else None,
        byline=_str_or_none(fields.get("author")),
    )


def _str_or_none(value: object) -> str | None:
    return str(value).strip() or None if value else None
