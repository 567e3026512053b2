"""Verdicts out as schema.org ClaimReview JSON-LD: one object per cluster with a verdict.

Each cluster (or statement outside any cluster) whose latest verdict of this organisation
(`publisher` null) has a URL gives one object:

- `claimReviewed`: the wording of the statement's first appearance (a claim: its sentence);
- `reviewRating`: a `Rating` with the rating text as `alternateName` (and `name`), and
  `ratingValue`, `bestRating` and `worstRating` when the verdict has a numeric rating;
- `author`: the publishing organisation (`Organization` with `name` and `url`);
- `datePublished`: the day the verdict was first given, `dateModified` the day it was last
  changed (when it was); `url`: where the check is published;
- `itemReviewed`: a `Claim` with its `author` (the speaker, a `Person` or an `Organization`;
  none for an anonymous or unknown source), `datePublished`, `firstAppearance` (the earliest
  article, a `NewsArticle` with url, headline, date and publisher) and `appearance` (the others).

Imported checks in a cluster are other publishers' reviews, not appearances of the claim: they
are left out of the appearances. A verdict without a URL cannot be published (`url` is required
by Google's ClaimReview guidelines) and is reported instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import IO, Any, cast

from sqlalchemy import select

from factdb.models import Article, Check, Claim, ClusterMember, Outlet, Quote, Speaker, Verdict
from factdb.services.database import Database
from factdb.services.verdicts import (
    VERDICT_COLUMNS,
    VerdictRecord,
    item_column,
    latest_verdict,
    member_column,
    verdict_record,
)
from factdb.vocab import LinkKind

CONTEXT = "https://schema.org"
PAGE = 500
"""Clusters whose members are read in one query."""
_PERSON_KINDS = {"person": "Person", "organization": "Organization", "document": "Organization"}


@dataclass(frozen=True, slots=True)
class Organization:
    """The organisation that publishes the checks: `author` of every ClaimReview."""

    name: str
    url: str | None = None

    def as_jsonld(self) -> dict[str, Any]:
        """The organisation as a schema.org Organization."""
        return _compact({"@type": "Organization", "name": self.name, "url": self.url})


@dataclass(frozen=True, slots=True)
class _Appearance:
    """One member of a cluster: the statement, who made it, and the article it is in."""

    item_id: int
    text: str
    speaker: str | None
    speaker_kind: str | None
    article_id: int
    url: str | None
    headline: str | None
    published: date | None
    outlet: str | None

    def key(self) -> tuple[Any, ...]:
        """The order of first appearance: dated first, earliest first, then article and item."""
        return (self.published is None, self.published or date.min, self.article_id, self.item_id)

    def as_jsonld(self) -> dict[str, Any]:
        """The article as a schema.org NewsArticle."""
        publisher = {"@type": "Organization", "name": self.outlet} if self.outlet else None
        return _compact(
            {
                "@type": "NewsArticle",
                "url": self.url,
                "headline": self.headline,
                "datePublished": self.published.isoformat() if self.published else None,
                "publisher": publisher,
            }
        )


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != []}


Group = tuple[LinkKind, int | None, int]
"""A verdict's group: (kind, cluster id or None, the anchor item when in no cluster)."""


def _own_verdicts(database: Database) -> dict[Group, VerdictRecord]:
    """The latest own verdict of each cluster (or lone statement), by group."""
    latest: dict[Group, VerdictRecord] = {}
    with database.read() as session:
        for kind in LinkKind:
            rows = session.execute(
                select(*VERDICT_COLUMNS, ClusterMember.cluster_id)
                .outerjoin(ClusterMember, member_column(kind) == item_column(kind))
                .where(Verdict.kind == kind, Verdict.publisher.is_(None))
            )
            for row in rows:
                record = verdict_record(row, cast(int | None, row[-1]))
                group = (kind, record.cluster_id, 0 if record.cluster_id else record.item_id)
                known = latest.get(group)
                if known is None or latest_verdict([record, known]) is record:
                    latest[group] = record
    return latest


def _appearances(
    database: Database, kind: LinkKind, clusters: list[int], items: list[int]
) -> tuple[dict[int, list[_Appearance]], dict[int, _Appearance]]:
    """The members of CLUSTERS (imported checks left out) and the lone statements ITEMS."""
    model: type[Quote] | type[Claim] = Quote if kind is LinkKind.QUOTE else Claim
    text = Quote.text if kind is LinkKind.QUOTE else Claim.sentence
    columns = (
        model.id, text, Speaker.name, Speaker.kind, Article.id, Article.url, Article.title,
        Article.published, Outlet.name,
    )  # fmt: skip
    base = (
        select(*columns)
        .join(Article, Article.id == model.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Speaker, Speaker.id == model.speaker_id)
    )
    by_cluster: dict[int, list[_Appearance]] = {c: [] for c in clusters}
    lone: dict[int, _Appearance] = {}
    not_check = ~select(Check.id).where(Check.article_id == Article.id).exists()
    with database.read() as session:
        if clusters:
            member = member_column(kind)
            query = (
                base.add_columns(ClusterMember.cluster_id)
                .join(ClusterMember, member == model.id)
                .where(ClusterMember.cluster_id.in_(clusters), not_check)
            )
            for row in session.execute(query):
                by_cluster[row[-1]].append(_appearance(row[:-1]))
        if items:
            for row in session.execute(base.where(model.id.in_(items))):
                lone[row[0]] = _appearance(row)
    return by_cluster, lone


def _appearance(row: Any) -> _Appearance:
    item, text, speaker, speaker_kind, article, url, title, published, outlet = row
    kind = str(speaker_kind) if speaker_kind is not None else None
    return _Appearance(item, text, speaker, kind, article, url, title, published, outlet)


def _rating(verdict: VerdictRecord) -> dict[str, Any]:
    return _compact(
        {
            "@type": "Rating",
            "alternateName": verdict.rating,
            "name": verdict.rating,
            "ratingValue": verdict.rating_value,
            "bestRating": verdict.best_rating,
            "worstRating": verdict.worst_rating,
        }
    )


def _claim_author(appearances: list[_Appearance]) -> dict[str, Any] | None:
    """The speaker of the first appearance that names one (as a Person or Organization)."""
    for a in appearances:
        if a.speaker and a.speaker_kind in _PERSON_KINDS:
            return {"@type": _PERSON_KINDS[a.speaker_kind], "name": a.speaker}
    return None


def claimreview(
    verdict: VerdictRecord, appearances: list[_Appearance], org: Organization
) -> dict[str, Any]:
    """One ClaimReview object for VERDICT on a cluster with APPEARANCES (first appearance first)."""
    first, others = appearances[0], appearances[1:]
    claim = _compact(
        {
            "@type": "Claim",
            "author": _claim_author(appearances),
            "datePublished": first.published.isoformat() if first.published else None,
            "firstAppearance": first.as_jsonld(),
            "appearance": [a.as_jsonld() for a in others],
        }
    )
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "ClaimReview",
            "claimReviewed": first.text,
            "reviewRating": _rating(verdict),
            "author": org.as_jsonld(),
            "datePublished": verdict.created_at.date().isoformat(),
            "dateModified": verdict.reviewed_at.date().isoformat() if verdict.updated_at else None,
            "url": verdict.url,
            "itemReviewed": claim,
        }
    )


Skipped = Callable[[VerdictRecord, str], None]
"""Told of each verdict that cannot be published, and why."""


def iter_claimreviews(
    database: Database, org: Organization, *, skipped: Skipped | None = None
) -> Iterator[dict[str, Any]]:
    """ClaimReview objects for every cluster with an own verdict, by kind then cluster."""
    latest = _own_verdicts(database)
    for kind in LinkKind:
        groups = sorted((g for g in latest if g[0] is kind), key=lambda g: (g[1] or 0, g[2]))
        for start in range(0, len(groups), PAGE):
            page = groups[start : start + PAGE]
            clusters = [g[1] for g in page if g[1] is not None]
            items = [g[2] for g in page if g[1] is None]
            by_cluster, lone = _appearances(database, kind, clusters, items)
            for group in page:
                verdict = latest[group]
                found = by_cluster.get(group[1], []) if group[1] else [lone[group[2]]]
                if verdict.url is None:
                    if skipped is not None:
                        skipped(verdict, "it has no URL (ClaimReview requires one)")
                    continue
                if not found:
                    if skipped is not None:
                        skipped(verdict, "its cluster holds only imported checks")
                    continue
                yield claimreview(verdict, sorted(found, key=_Appearance.key), org)


def write_claimreviews(
    database: Database, org: Organization, out: IO[str], *, skipped: Skipped | None = None
) -> int:
    """Write one ClaimReview JSON-LD object a line to OUT; return how many."""
    count = 0
    for count, document in enumerate(  # noqa: B007 - count is the result
        iter_claimreviews(database, org, skipped=skipped), start=1
    ):
        out.write(json.dumps(document, ensure_ascii=False) + "\n")
    return count
