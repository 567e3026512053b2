"""An article as read from its source, before it is stored, and its metadata helpers."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

import dateparser

_WS = re.compile(r"\s+")
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Only dates that carry a year: a dateline such as "WASHINGTON, Jan. 13 (Reuters)" names no
# year, and guessing one would store a wrong date.
_DATE_WITH_YEAR = re.compile(
    rf"\b(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b"
)
_DATELINE_WINDOW = 800
_DATE_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """One article read from a file, a JSONL line or stdin, with what is known about it."""

    text: str
    source: str
    """Where it came from, for messages: a path, "path:line" or "<stdin>"."""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    byline: str | None = None
    external_id: str | None = None

    def with_defaults(
        self, *, outlet: str | None, url: str | None, published: date | None
    ) -> ArticleInput:
        """This article with command-line metadata filling what the source did not give."""
        return replace(
            self,
            outlet=self.outlet or outlet,
            url=self.url or url,
            published=self.published or published,
        )


def normalized_for_hash(text: str) -> str:
    """The text as compared for duplicates: Unicode NFC, whitespace runs collapsed, trimmed."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text: the same article re-ingested hashes the same."""
    return hashlib.sha256(normalized_for_hash(text).encode("utf-8")).hexdigest()


def first_line_title(text: str) -> str | None:
    """The first non-empty line of a plain-text article, which is its headline."""
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped[:500]
    return None


def parse_date(value: str) -> date | None:
    """A calendar date from VALUE (ISO or as written in news), or None when it has none."""
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    parsed = dateparser.parse(value, languages=["en"], settings=_DATE_SETTINGS)
    return parsed.date() if parsed else None


def dateline_date(text: str) -> date | None:
    """The first full date (with a year) near the top of an article, such as its dateline."""
    for match in _DATE_WITH_YEAR.finditer(text[:_DATELINE_WINDOW]):
        found = parse_date(match.group(0))
        if found is not None:
            return found
    return None
