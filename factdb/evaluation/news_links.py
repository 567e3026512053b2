"""Score the linker on the same-story article pairs (`factdb eval links --news`).

Labels (`labels/news_links.jsonl`, one line a story pair; see docs/labelling-news.md): pairs of
quotes (offsets of the quoted text in each article, as in `dev-gold.jsonl`) and pairs of
claims (offsets of the labelled number) with a relation: `same` (one statement or one fact
restated), `conflict` (the same measured thing with a different value, or the same words from
different speakers), `loose` (related wording of a statement, or a consistent restatement in
other terms: counted neither way) or `unrelated` (a hard negative; every unlisted pair is
unrelated too).

Each pair of articles is extracted and linked as `ingest` and `link` would (`find_links` over
both articles' items, at the threshold). An extracted item stands for the labelled span it
overlaps. A proposed link is right when its two spans are labelled `same` or `conflict`,
neutral when `loose`, wrong otherwise; its relation is right when it matches the label.
Figures per set (the 10 dev pairs, the archive pairs, all) and per half of the story split
(`news_articles`, `news_data.assign_splits`): precision of proposed links,
recall of the labelled `same`/`conflict` pairs (over those whose two sides were extracted, and
over all), and the precision and recall of proposed conflicts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from factdb.evaluation.news_articles import (
    GROUPS,
    HALVES,
    Article,
    Group,
    group_name,
    groups_of,
    label_lines,
    load_articles,
)
from factdb.extract.pipeline import extract_article
from factdb.extract.records import Extraction
from factdb.link import LinkItem
from factdb.link.linker import find_links
from factdb.link.scoring import DEFAULT_THRESHOLD
from factdb.vocab import LinkKind, Relation

Span = tuple[int, int]
LINKED = ("same", "conflict")


@dataclass(slots=True)
class LinkScore:
    """Counts of one half of the split."""

    proposed: int = 0
    right: int = 0
    neutral: int = 0
    gold: int = 0
    gold_extracted: int = 0
    found: int = 0
    conflicts_proposed: int = 0
    conflicts_right: int = 0
    conflicts_gold: int = 0
    relations: Counter[str] = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, other: LinkScore) -> None:
        """Add the counts and the listed errors of OTHER."""
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.relations.update(other.relations)
        self.wrong.extend(other.wrong)
        self.missed.extend(other.missed)


COUNTS = (
    "proposed",
    "right",
    "neutral",
    "gold",
    "gold_extracted",
    "found",
    "conflicts_proposed",
    "conflicts_right",
    "conflicts_gold",
)


@dataclass(frozen=True, slots=True)
class _Side:
    """One extracted item with the labelled span it stands for (None when it stands for none)."""

    item: LinkItem
    span: Span | None


def _items(
    article: Article, number: int, extraction: Extraction, spans: dict[str, list[Span]]
) -> Iterator[_Side]:
    """The article's link items, each with the labelled span it overlaps."""
    published = date.fromisoformat(article.published[:10]) if article.published else None
    for i, q in enumerate(extraction.quotes):
        item = LinkItem(
            number * 10_000 + i,
            LinkKind.QUOTE,
            number,
            q.text,
            q.speaker.name if q.speaker else None,
            published=published,
            confidence=q.confidence,
        )
        yield _Side(item, _span(q.start, q.end, spans["quotes"]))
    for i, c in enumerate(extraction.claims):
        item = LinkItem(
            number * 10_000 + 5_000 + i,
            LinkKind.CLAIM,
            number,
            c.sentence,
            c.speaker.name if c.speaker else None,
            value=c.normalized_value,
            value_max=c.normalized_value_max,
            unit=c.normalized_unit,
            measures=c.measures,
            published=published,
            quantity=c.text,
        )
        yield _Side(item, _span(c.start, c.end, spans["claims"]))


def _span(start: int, end: int, spans: Iterable[Span]) -> Span | None:
    return next((s for s in spans if start < s[1] and s[0] < end), None)


def score_pair(
    story: dict[str, Any], articles: dict[str, Article], score: LinkScore, threshold: float
) -> None:
    """Add one story pair's counts to SCORE."""
    labels: dict[tuple[str, Span, Span], str] = {}
    spans: dict[str, dict[str, list[Span]]] = {story["a"]: {}, story["b"]: {}}
    for kind in ("quotes", "claims"):
        for row in story[kind]:
            span_a: Span = (row["a"][0], row["a"][1])
            span_b: Span = (row["b"][0], row["b"][1])
            labels[(kind, span_a, span_b)] = row["relation"]
            spans[story["a"]].setdefault(kind, []).append(span_a)
            spans[story["b"]].setdefault(kind, []).append(span_b)
    sides: dict[int, _Side] = {}
    for number, article_id in enumerate((story["a"], story["b"])):
        extraction = extract_article(articles[article_id].text)
        side_spans: dict[str, list[Span]] = {"quotes": [], "claims": [], **spans[article_id]}
        for side in _items(articles[article_id], number, extraction, side_spans):
            sides[side.item.id] = side
    items = [s.item for s in sides.values()]
    found: set[tuple[str, Span, Span]] = set()
    for pair in find_links(items, threshold=threshold):
        a, b = sides[pair.a_id], sides[pair.b_id]
        if a.item.article_id > b.item.article_id:
            a, b = b, a
        kind = "quotes" if pair.kind is LinkKind.QUOTE else "claims"
        key = (kind, a.span, b.span) if a.span and b.span else None
        relation = labels.get(key, "unrelated") if key else "unrelated"
        _count(score, pair.match.relation, relation, a, b)
        if key and relation in LINKED:
            found.add(key)
    for key, relation in labels.items():
        if relation not in LINKED:
            continue
        score.gold += 1
        score.conflicts_gold += relation == "conflict"
        extracted = _extracted(key, sides.values())
        score.gold_extracted += extracted
        if key in found:
            score.found += 1
        elif extracted:
            score.missed.append(f"{story['a']} {key[0]} {key[1]} ~ {key[2]} ({relation})")


def _extracted(key: tuple[str, Span, Span], sides: Iterable[_Side]) -> bool:
    kind = LinkKind.QUOTE if key[0] == "quotes" else LinkKind.CLAIM
    present = {s.span for s in sides if s.item.kind is kind}
    return key[1] in present and key[2] in present


def _count(score: LinkScore, proposed: Relation, label: str, a: _Side, b: _Side) -> None:
    if label == "loose":
        score.neutral += 1
        return
    score.proposed += 1
    score.right += label in LINKED
    score.relations[f"{proposed}/{label}"] += 1
    if proposed is Relation.CONFLICT:
        score.conflicts_proposed += 1
        score.conflicts_right += label == "conflict"
    if label not in LINKED or str(proposed) != label:
        score.wrong.append(
            f"{proposed} (label {label}): {a.item.text[:70]!r} ~ {b.item.text[:70]!r}"
        )


def score_news_links(
    threshold: float = DEFAULT_THRESHOLD, articles: list[Article] | None = None
) -> dict[Group, LinkScore]:
    """The counts of each (set, half) row: dev, archive and all, by half and overall."""
    by_id = {a.id: a for a in (load_articles() if articles is None else articles)}
    scores = {group: LinkScore() for group in GROUPS}
    for story in label_lines("news_links.jsonl"):
        if story["a"] not in by_id:
            continue
        pair = LinkScore()
        score_pair(story, by_id, pair, threshold)
        for group in groups_of(by_id[story["a"]]):
            scores[group].add(pair)
    return scores


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "- (0/0)"


def format_news_links(scores: dict[Group, LinkScore], *, verbose: bool = False) -> str:
    """The figures of each set and half, with the wrong and missed pairs when VERBOSE."""
    lines = ["news story pairs (labelled links; check is the half not tuned on)"]
    for group, sc in scores.items():
        lines.append(
            f"  {group_name(group):<13} links P {_ratio(sc.right, sc.proposed)}, "
            f"neutral {sc.neutral}; "
            f"same-story recall {_ratio(sc.found, sc.gold_extracted)} of extracted pairs, "
            f"{_ratio(sc.found, sc.gold)} of all; conflicts P "
            f"{_ratio(sc.conflicts_right, sc.conflicts_proposed)}, "
            f"R {_ratio(sc.conflicts_right, sc.conflicts_gold)}"
        )
    if verbose:
        for name in HALVES:
            lines.extend(f"  {name} wrong: {w}" for w in scores[("all", name)].wrong)
            lines.extend(f"  {name} missed: {m}" for m in scores[("all", name)].missed)
    return "\n".join(lines)
