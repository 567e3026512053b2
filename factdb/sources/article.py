"""An article as read from its source, before it is stored, and its metadata helpers."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from factdb.sources.encoding import BOM

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
# The two written forms above, read without dateparser (which takes 0.4 s of CPU to load its
# English data): month name or abbreviation, day and year, in either order.
_WRITTEN_DATE = re.compile(
    rf"(?:(?P<month>{_MONTHS})\s+(?P<day>\d{{1,2}}),?|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTHS}),?)"
    r"\s+(?P<year>\d{4})"
)
# A compact word list, as the project writes them (SIM905 would spread it over 14 lines).
_MONTH_ABBREVIATIONS = "jan feb mar apr may jun jul aug sep oct nov dec".split()  # noqa: SIM905
_MONTH_NUMBER = {name: number for number, name in enumerate(_MONTH_ABBREVIATIONS, 1)}
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
    """The text as compared for duplicates: Unicode NFC, whitespace runs collapsed, trimmed.

    A leading byte-order mark is not text: the readers drop it, and so does the hash, for
    articles built by other callers.
    """
    # `str.split()` splits on exactly the characters `\s` matches (`str.isspace`) and is
    # several times faster than a regular expression that rewrites every space.
    return " ".join(unicodedata.normalize("NFC", text).split()).removeprefix(BOM).strip()


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
    written = _written_date(value)
    if written is not None:
        return written
    # Imported here: dateparser is slow to load and ISO dates, the common case, do not need it.
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings=_DATE_SETTINGS)
    return parsed.date() if parsed else None


def _written_date(value: str) -> date | None:
    match = _WRITTEN_DATE.fullmatch(value)
    if match is None:
        return None
    month = _MONTH_NUMBER[(match["month"] or match["month2"])[:3].lower()]
    try:
        return date(int(match["year"]), month, int(match["day"] or match["day2"]))
    except ValueError:
        return None


def dateline_date(text: str) -> date | None:
    """The first full date (with a year) near the top of an article, such as its dateline."""
    for match in _DATE_WITH_YEAR.finditer(text[:_DATELINE_WINDOW]):
        found = parse_date(match.group(0))
        if found is not None:
            return found
    return None
