"""Benchmark of review volume under syndication: the sample corpus and N copies of each article.

A syndicated copy is the same article under another outlet and headline (given apart from the
body, as a JSONL feed gives it), with one paragraph dropped (a different one in each copy), the
outlet in its dateline changed and a credit line ("Distributed by ...") added. For one copy
and for N copies, the benchmark ingests examples/ and the copies into an empty database, links
everything in one run and prints the pending links (what reviewers must read), the links
grouped automatically, the clusters, the items in them, the times, and how many copies of a
statement share its original's cluster (a copy whose speaker the extractor read differently,
its attribution paragraph dropped, is counted apart: that is not a copy beyond doubt).

    .venv/bin/python bench/bench_syndication.py --copies 21
    .venv/bin/python bench/bench_syndication.py --copies 21 --db postgresql+psycopg://USER@HOST/EMPTY_DB

Without --db each run uses a new SQLite file in a temporary directory; with --db the database
must be empty, and it is emptied again after each run.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factdb.link.copies import words_of
from factdb.models import (
    Article,
    Claim,
    Cluster,
    ClusterMember,
    Link,
    LinkRun,
    Outlet,
    Quote,
    Review,
    Speaker,
    SpeakerAlias,
)
from factdb.services.database import Database
from factdb.services.ingest import ingest_many
from factdb.services.linking import run_linking
from factdb.sources import ArticleInput, read_paths
from factdb.vocab import LinkStatus

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TARGET_RATIO = 3.0
"""Pending links with N copies may be at most this many times those with one copy."""
MIN_PARAGRAPH = 80
"""Blocks shorter than this (headline, byline, dateline line) are never the one dropped."""
TABLES = (Review, Link, ClusterMember, Cluster, Claim, Quote, SpeakerAlias, Speaker, Article)
TABLES_AFTER = (Outlet, LinkRun)
DATELINE_OUTLET = re.compile(r"\(([A-Z][\w.&' -]{1,60})\)(\s*[–—-])")


@dataclass(frozen=True)
class Figures:
    """What one run measured."""

    copies: int
    articles: int
    ingest_s: float
    link_s: float
    pending: int
    auto: int
    clusters: int
    clustered_items: int
    together: int
    apart: int
    reattributed: int


def copy_of(original: ArticleInput, k: int) -> ArticleInput:
    """The K-th syndicated copy of ORIGINAL: other outlet and headline, one paragraph dropped."""
    outlet = f"Syndicate Post {k}"
    # Paragraphs are separated by blank lines, or by line breaks in text taken from HTML.
    sep = "\n\n" if "\n\n" in original.text else "\n"
    blocks = original.text.split(sep)
    title = original.title or ""
    # A feed gives the headline apart from the body, as JSONL does: the copy's own headline.
    if title and blocks[0].strip() == title.strip():
        del blocks[0]
    droppable = [i for i, block in enumerate(blocks) if len(block) >= MIN_PARAGRAPH]
    if len(droppable) > 1:
        del blocks[droppable[k % len(droppable)]]
    # The syndicator's credit line keeps two copies that drop the same paragraph apart.
    blocks.append(f"(Distributed by {outlet})")
    text = DATELINE_OUTLET.sub(rf"({outlet})\2", sep.join(blocks), count=1)
    return ArticleInput(
        text=text,
        source=f"{original.source}#copy{k}",
        title=f"{title} - {outlet} report" if title else None,
        outlet=outlet,
        url=f"https://syndicate{k}.example.com/{k}",
        published=original.published,
        byline=original.byline,
    )


def originals() -> list[ArticleInput]:
    """The sample corpus as read by `factdb ingest examples/`."""
    read = list(read_paths([str(EXAMPLES)]))
    articles = [a for a in read if isinstance(a, ArticleInput)]
    if len(articles) != len(read):
        sys.exit("examples/ has files that cannot be read")
    return articles


def empty(database: Database) -> None:
    """Delete every row, children first."""
    with database.write() as session:
        for table in (*TABLES, *TABLES_AFTER):
            session.execute(delete(table))


def count(database: Database, query: object) -> int:
    """The value of a COUNT query."""
    with database.read() as session:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]


def grouped_copies(database: Database, n_originals: int) -> tuple[int, int, int]:
    """(in their original's cluster, not, not because the speaker was read differently).

    Articles are stored in ingest order: the originals, then copy 1 of each, copy 2 of each...
    A quote of a copy is matched to the quote of its original with the same words in the same
    sentence (the dateline cut off).
    """
    with database.read() as session:
        article_ids = list(session.scalars(select(Article.id).order_by(Article.id)))
        pairs = session.execute(select(ClusterMember.quote_id, ClusterMember.cluster_id))
        members: dict[int | None, int] = {quote: cluster for quote, cluster in pairs}  # noqa: C416 - a Result has keys(): dict() would take it for a mapping
        rows = session.execute(
            select(Quote.id, Quote.article_id, Quote.text, Quote.sentence, Speaker.name).outerjoin(
                Speaker, Quote.speaker_id == Speaker.id
            )
        ).all()
    position = {aid: i for i, aid in enumerate(article_ids)}
    originals: dict[tuple[int, str, str], tuple[int, str | None]] = {}
    for qid, aid, text, sentence, speaker in rows:
        if position[aid] < n_originals:
            originals[position[aid], words_of(text), words_of(sentence)] = (qid, speaker)
    together = apart = reattributed = 0
    for qid, aid, text, sentence, speaker in rows:
        if position[aid] < n_originals:
            continue
        key = (position[aid] % n_originals, words_of(text), words_of(sentence))
        original = originals.get(key)
        if original is None:
            continue
        cluster = members.get(qid)
        if cluster is not None and cluster == members.get(original[0]):
            together += 1
        elif speaker != original[1]:
            reattributed += 1
        else:
            apart += 1
    return together, apart, reattributed


def run(database: Database, base: list[ArticleInput], copies: int) -> Figures:
    """Ingest BASE and COPIES copies of each article, link once, and measure."""
    articles = base + [copy_of(a, k) for k in range(1, copies + 1) for a in base]
    started = time.perf_counter()
    report = ingest_many(database, articles)
    ingested = time.perf_counter()
    if report.failures or report.duplicates:
        sys.exit(f"ingest: {len(report.failures)} failed, {report.duplicates} duplicates")
    run_linking(database)
    linked = time.perf_counter()
    status = select(func.count()).select_from(Link).where
    together, apart, reattributed = grouped_copies(database, len(base))
    return Figures(
        copies=copies,
        articles=report.stored,
        ingest_s=ingested - started,
        link_s=linked - ingested,
        pending=count(database, status(Link.status == LinkStatus.PENDING)),
        auto=count(database, status(Link.status == LinkStatus.AUTO)),
        clusters=count(database, select(func.count()).select_from(Cluster)),
        clustered_items=count(database, select(func.count()).select_from(ClusterMember)),
        together=together,
        apart=apart,
        reattributed=reattributed,
    )


def show(f: Figures) -> None:
    """Print one run's figures."""
    label = "1 copy" if f.copies == 1 else f"{f.copies} copies"
    copies = f.together + f.apart + f.reattributed
    print(
        f"{label:>10}: {f.articles} articles, ingest {f.ingest_s:.1f} s, link {f.link_s:.1f} s;"
        f" pending links {f.pending:,}, grouped automatically {f.auto:,},"
        f" clusters {f.clusters:,} holding {f.clustered_items:,} items;"
        f" quote copies in their original's cluster {f.together} of {copies}"
        f" ({f.reattributed} read with another speaker, {f.apart} other)"
    )


def main() -> None:
    """Parse the options, run with one copy and with N, print the figures and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an empty database URL (default: temporary SQLite files)")
    parser.add_argument("--copies", type=int, default=21, help="copies of each article (20-100)")
    args = parser.parse_args()
    base = originals()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for copies in (1, args.copies):
            url = args.db or f"sqlite:///{Path(tmp) / f'synd-{copies}.sqlite'}"
            database = Database.open(url)
            if count(database, select(func.count()).select_from(Article)):
                sys.exit(f"{database.url} is not empty")
            try:
                results.append(run(database, base, copies))
                show(results[-1])
            finally:
                if args.db:
                    empty(database)
                database.close()
    one, many = results
    ratio = many.pending / max(one.pending, 1)
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print(
        f"pending links with {many.copies} copies / with 1 copy: {ratio:.2f}"
        f" (target at most {TARGET_RATIO:.0f}: {verdict})"
    )


if __name__ == "__main__":
    main()
