"""Counts of what a factdb database holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from factdb.models import (
    Article,
    Check,
    Claim,
    Cluster,
    Link,
    Outlet,
    Quote,
    Review,
    Speaker,
    Verdict,
)
from factdb.services.database import Database


@dataclass(frozen=True, slots=True)
class Stats:
    """Row counts of the main tables and the review state of links."""

    outlets: int
    articles: int
    speakers: int
    quotes: int
    claims: int
    links: int
    links_by_status: dict[str, int]
    reviews: int
    clusters: int
    verdicts: int = 0
    checks: int = 0
    """Fact-checks imported from other publishers."""


def collect_stats(database: Database) -> Stats:
    """Count every kind of row in DATABASE."""
    with database.read() as session:

        def count(model: type[object]) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        by_status = dict(
            session.execute(select(Link.status, func.count()).group_by(Link.status)).all()
        )
        return Stats(
            outlets=count(Outlet),
            articles=count(Article),
            speakers=count(Speaker),
            quotes=count(Quote),
            claims=count(Claim),
            links=count(Link),
            links_by_status={str(k): v for k, v in sorted(by_status.items())},
            reviews=count(Review),
            clusters=count(Cluster),
            verdicts=count(Verdict),
            checks=count(Check),
        )
