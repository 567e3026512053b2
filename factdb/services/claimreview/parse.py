"""ClaimReview JSON-LD read and checked: the objects of a file, each as what would be stored.

Input is a JSON document (one object, a list, an `@graph`, or a `DataFeed` whose items hold
ClaimReviews), JSON Lines (what `factdb export claimreview` writes), or an HTML page whose
`<script type="application/ld+json">` blocks hold any of those. Every object whose `@type` is
ClaimReview is checked on its own (`check_object`), so one bad object does not stop the others.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from typing import Any

from factdb.errors import InputError
from factdb.extract.records import SpeakerKind, SpeakerRef
from factdb.services.verdicts import VerdictInput

# schema.org's defaults for a Rating's scale when a value is given without it.
DEFAULT_BEST, DEFAULT_WORST = 5.0, 1.0
_NESTED = ("@graph", "dataFeedElement", "item")
"""Keys whose values may hold ClaimReview objects (a graph, a DataFeed and its items)."""
_TEXT_MAX = 255


class _JsonLdBlocks(HTMLParser):
    """The text of every `<script type="application/ld+json">` block of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kind = dict(attrs).get("type") or ""
        self._inside = tag == "script" and kind.strip().lower() == "application/ld+json"
        if self._inside:
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.blocks[-1] += data


def _is_claimreview(node: dict[str, Any]) -> bool:
    types = node.get("@type")
    names = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "ClaimReview"
               for t in names)  # fmt: skip


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """The ClaimReview objects in NODE, in document order."""
    if isinstance(node, list):
        for child in node:
            yield from _walk(child)
    elif isinstance(node, dict):
        if _is_claimreview(node):
            yield node
        for key in _NESTED:
            if key in node:
                yield from _walk(node[key])


def read_documents(text: str, source: str) -> list[dict[str, Any]]:
    """The ClaimReview objects of a file's TEXT (JSON, JSON Lines or HTML); InputError if none
    can be read."""
    text = text.lstrip("\ufeff")
    if text.lstrip().startswith("<"):
        parser = _JsonLdBlocks()
        parser.feed(text)
        chunks = parser.blocks
        if not chunks:
            raise InputError(source, "the page has no application/ld+json block")
    else:
        chunks = [text]
    found: list[dict[str, Any]] = []
    for chunk in chunks:
        found.extend(_walk(_parse_json(chunk, source)))
    if not found:
        raise InputError(source, "no ClaimReview object found")
    return found


def _parse_json(chunk: str, source: str) -> Any:
    try:
        return json.loads(chunk)
    except json.JSONDecodeError as whole:
        lines = [line for line in chunk.splitlines() if line.strip()]
        if len(lines) < 2:
            raise InputError(source, f"not JSON ({whole})") from whole
        try:
            return [json.loads(line) for line in lines]
        except json.JSONDecodeError as exc:
            raise InputError(source, f"not JSON or JSON Lines ({exc})") from exc


@dataclass(frozen=True, slots=True)
class CheckInput:
    """One ClaimReview, checked: what is stored for it."""

    claim: str
    verdict: VerdictInput
    publisher: str
    publisher_url: str | None
    published: date | None
    author: SpeakerRef | None
    title: str | None
    appearances: tuple[str, ...]
    document: dict[str, Any]


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(value: Any) -> str | None:
    value = _first(value)
    return value.strip() or None if isinstance(value, str) else None


def _number(value: Any, what: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{what} is not a number: {value!r}") from exc


def _date(value: Any) -> date | None:
    text = _text(value)
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError as exc:
            raise ValueError(f"datePublished is not a date: {text!r}") from exc


def _rating(node: dict[str, Any]) -> VerdictInput:
    rating = _first(node.get("reviewRating"))
    if not isinstance(rating, dict):
        raise ValueError("no reviewRating")
    text = _text(rating.get("alternateName")) or _text(rating.get("name"))
    if text is None:
        raise ValueError("reviewRating has no alternateName")
    value = _number(rating.get("ratingValue"), "ratingValue")
    best = _number(rating.get("bestRating"), "bestRating")
    worst = _number(rating.get("worstRating"), "worstRating")
    if value is not None:
        best = DEFAULT_BEST if best is None else best
        worst = DEFAULT_WORST if worst is None else worst
    else:
        best = worst = None
    try:
        return VerdictInput(text[:_TEXT_MAX], value, best, worst, _text(node.get("url"))).checked()
    except InputError as exc:
        raise ValueError(f"reviewRating: {exc.reason}") from exc


def _author(claim: dict[str, Any]) -> SpeakerRef | None:
    author = _first(claim.get("author"))
    if isinstance(author, str):
        author = {"name": author}
    if not isinstance(author, dict) or _text(author.get("name")) is None:
        return None
    name = _text(author.get("name"))
    assert name is not None
    organization = "Organization" in str(author.get("@type") or "")
    kind = SpeakerKind.ORGANIZATION if organization else SpeakerKind.PERSON
    return SpeakerRef(name[:_TEXT_MAX], kind, aliases=(name[:_TEXT_MAX],))


def _urls(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    out = []
    for v in values:
        url = v.get("url") if isinstance(v, dict) else v
        if isinstance(url, str) and url.strip():
            out.append(url.strip())
    return out


def check_object(node: dict[str, Any]) -> CheckInput:
    """NODE as a CheckInput; ValueError saying what is wrong with it."""
    claim = _text(node.get("claimReviewed"))
    if claim is None:
        raise ValueError("no claimReviewed")
    verdict = _rating(node)
    author = _first(node.get("author"))
    publisher = _text(author.get("name")) if isinstance(author, dict) else _text(author)
    item = _first(node.get("itemReviewed"))
    item = item if isinstance(item, dict) else {}
    return CheckInput(
        claim=claim,
        verdict=verdict,
        publisher=(publisher or "unknown publisher")[:_TEXT_MAX],
        publisher_url=_text(author.get("url")) if isinstance(author, dict) else None,
        published=_date(node.get("datePublished")),
        author=_author(item),
        title=_text(node.get("name")) or _text(node.get("headline")),
        appearances=tuple(_urls(item.get("firstAppearance")) + _urls(item.get("appearance"))),
        document=node,
    )
