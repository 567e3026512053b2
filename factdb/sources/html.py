"""Main text and metadata of a news web page, through trafilatura.

A page of more than ``LARGE_PAGE_BYTES`` is no news page as written (trafilatura took 7 s for
6 MB): its main text is read by a linear pass of lxml instead (the text of the ``<article>``
element, else of ``<body>``, block by block, without scripts, styles and navigation), and the
text of any page is cut at ``MAX_PAGE_TEXT`` characters, at a paragraph end, with a warning, so
that reading and extracting one page stays within seconds.
"""

from __future__ import annotations

import logging
import re

from factdb.errors import InputError
from factdb.sources.article import ArticleInput, parse_date
from factdb.sources.encoding import SNIFF_BYTES, decode_text, is_wide, marked_encoding, strip_bom

LARGE_PAGE_BYTES = 2 * 1024 * 1024
MAX_PAGE_TEXT = 1_000_000
"""Characters of main text kept from one page: five times the longest real article read."""
_SKIPPED_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form")
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li blockquote pre td th dd dt figcaption section article br".split()  # noqa: SIM905
)
_BLANKS_RE = re.compile(r"[ \t\r\f\v]+")
log = logging.getLogger(__name__)


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
    if len(data) > LARGE_PAGE_BYTES:
        return _large_page(page, source)
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
    text = _bounded(strip_bom(text), source)
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


def _large_page(page: bytes | str, source: str) -> ArticleInput:
    """A page too large for trafilatura: its title and block texts, read in one lxml pass."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(page)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(source, f"cannot parse HTML ({type(exc).__name__})") from exc
    lxml.etree.strip_elements(root, *_SKIPPED_TAGS, lxml.etree.Comment, with_tail=False)
    title = root.findtext(".//title")
    main = root.find(".//article")
    if main is None:
        main = root.find(".//body")
    if main is None:
        main = root
    parts: list[str] = []
    for node in main.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag in _BLOCK_TAGS:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        if node.tail:
            parts.append(node.tail)
    lines = (_BLANKS_RE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    if not text:
        raise InputError(source, "no main text found in the HTML page")
    return ArticleInput(
        text=_bounded(strip_bom(text), source),
        source=source,
        title=strip_bom(title.strip()) if title and title.strip() else None,
    )


def _bounded(text: str, source: str) -> str:
    """TEXT cut at the last paragraph end within ``MAX_PAGE_TEXT`` characters (at the bound
    itself when no paragraph ends there)."""
    if len(text) <= MAX_PAGE_TEXT:
        return text
    cut = text.rfind("\n", 0, MAX_PAGE_TEXT)
    cut = cut if cut > MAX_PAGE_TEXT // 2 else MAX_PAGE_TEXT
    log.warning("%s: main text of %d characters cut to its first %d", source, len(text), cut)
    return text[:cut]


def _str_or_none(value: object) -> str | None:
    return str(value).strip() or None if value else None
