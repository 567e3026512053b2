"""Linking on a local Dask cluster gives exactly the links of the single-process linker.

The cluster has two worker processes on 127.0.0.1. Each test runs the same steps on two fresh
PostgreSQL databases, one linked by `run_linking` and one on the cluster, and compares every
link (pair, status, relation, score, evidence), cluster and run record.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from factdb.link.scoring import DEFAULT_THRESHOLD
from factdb.models import ClusterMember, Link, LinkRun, LinkScore
from factdb.services.database import Database
from factdb.services.ingest import ingest_many
from factdb.services.linking import run_linking
from factdb.services.review import decide
from factdb.sources.readers import read_paths
from factdb.vocab import LinkStatus
from tests.conftest import EXAMPLES, PostgresFactory, _pg_unavailable
from tests.services.test_linking import ClaimSpec, add_article

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.postgres

ARTICLES, QUOTES, CLAIMS = 40, 10, 4
"""Synthetic articles and their quotes and claims, on top of the sample corpus."""
PART = 25
"""New items a task scores: small, so that a run has many tasks."""
Linker = Callable[[Database], Any]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Two worker processes, one thread each, on 127.0.0.1."""
    with distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=":0",
    ) as local:
        yield local


@pytest.fixture
def client(cluster: Any) -> Iterator[Any]:
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as connected:
        yield connected


@pytest.fixture
def pair_of_databases(pg_factory: PostgresFactory | None) -> Iterator[tuple[Database, Database]]:
    """Two fresh PostgreSQL databases: the single-process linker's and the cluster's."""
    if pg_factory is None:
        _pg_unavailable("set FACTDB_TEST_PG_URL to a server URL")
    assert pg_factory is not None
    local, remote = Database.open(pg_factory.new()), Database.open(pg_factory.new())
    yield local, remote
    local.close()
    remote.close()


def synthetic(seed: int) -> list[tuple[list[tuple[str, str | None]], list[ClaimSpec]]]:
    """News-like articles: words from a skewed vocabulary, a fifth of items variants of others."""
    rng = random.Random(seed)
    vocab = [f"{rng.choice('bdfgklmnprstvz')}{rng.choice('aeiou')}{i}x" for i in range(400)]
    weights = [1 / (rank + 5) for rank in range(len(vocab))]
    speakers = [f"Speaker {chr(ord('A') + n)}" for n in range(8)]
    seen: list[tuple[str, str | None]] = []
    articles = []
    for _ in range(ARTICLES):
        quotes: list[tuple[str, str | None]] = []
        for _ in range(QUOTES):
            if seen and rng.random() < 0.2:
                text, speaker = rng.choice(seen)
                words = text.split()
                words[rng.randrange(len(words))] = rng.choices(vocab, weights)[0]
                if rng.random() < 0.3:
                    speaker = rng.choice(speakers)
                quote = (" ".join(words), speaker)
            else:
                words = rng.choices(vocab, weights, k=rng.randint(8, 16))
                quote = (" ".join(words), rng.choice([*speakers, None]))
            quotes.append(quote)
        seen.extend(quotes)
        claims = []
        for _ in range(CLAIMS):
            value = float(rng.choice([12, 40, 150, 1000]))
            words = rng.choices(vocab, weights, k=rng.randint(6, 12))
            sentence = f"{' '.join(words)} {value:,.0f} tonnes"
            claims.append(ClaimSpec(sentence, f"{value:,.0f} tonnes", value, "t"))
        articles.append((quotes, claims))
    return articles


def ingest(database: Database, half: int) -> None:
    """Store the sample corpus's files of HALF (0 or 1) and the synthetic articles of HALF."""
    files = sorted(str(p) for p in Path(EXAMPLES).iterdir() if p.is_file())
    middle = len(files) // 2
    ingest_many(database, read_paths(files[:middle] if half == 0 else files[middle:]))
    articles = synthetic(seed=19)
    middle = len(articles) // 2
    for quotes, claims in articles[:middle] if half == 0 else articles[middle:]:
        add_article(database, quotes, claims)


def decide_some(database: Database) -> None:
    """Reject the first pending link and confirm the second, by item pair."""
    with database.read() as session:
        pending = session.scalars(
            select(Link.id)
            .where(Link.status == LinkStatus.PENDING)
            .order_by(Link.kind, Link.a_quote_id, Link.b_quote_id, Link.a_claim_id, Link.b_claim_id)
        ).all()
    decide(database, pending[0], "reject", "ana")
    decide(database, pending[1], "confirm", "ana")


def state(database: Database) -> dict[str, Any]:
    """Every link, cluster and run, without ids or times."""
    with database.read() as session:
        links = sorted(
            (
                link.kind,
                link.a_quote_id or link.a_claim_id,
                link.b_quote_id or link.b_claim_id,
                link.status,
                link.relation,
                link.score,
                repr(sorted(link.evidence.items())),
            )
            for link in session.scalars(select(Link))
        )
        members = sorted(
            (m.quote_id or 0, m.claim_id or 0, m.cluster_id)
            for m in session.scalars(select(ClusterMember))
        )
        runs = [
            (r.full, r.quote_watermark, r.claim_watermark, r.candidates, r.links_created)
            for r in session.scalars(select(LinkRun).order_by(LinkRun.id))
        ]
        staged = session.scalars(select(LinkScore)).all()
    return {"links": links, "members": members, "runs": runs, "staged": len(staged)}


def on_cluster(client: Any, **options: Any) -> Linker:
    from factdb.services.distributed.driver import DaskFinder

    def link(database: Database, full: bool = False) -> Any:
        finder = DaskFinder(
            database, client, threshold=DEFAULT_THRESHOLD, part_items=PART, **options
        )
        return run_linking(database, full=full, finder=finder)

    return link


def test_same_links_as_one_process_after_two_ingests_decisions_and_a_full_run(
    pair_of_databases: tuple[Database, Database], cluster: Any
) -> None:
    from factdb.services.distributed import run_linking_on_dask

    local, remote = pair_of_databases
    address = cluster.scheduler_address
    for database in (local, remote):
        ingest(database, 0)
    first = run_linking(local)
    remote_first = run_linking_on_dask(remote, address, part_items=PART)
    assert first.created > 100 and first.grouped > 0  # the data is not trivial
    assert remote_first.candidates == first.candidates
    for database in (local, remote):
        decide_some(database)
        ingest(database, 1)
    run_linking(local)
    run_linking_on_dask(remote, address, part_items=PART)
    assert state(remote) == state(local)
    run_linking(local, full=True)
    run_linking_on_dask(remote, address, full=True, part_items=PART)
    found = state(remote)
    assert found == state(local)
    statuses = {link[3] for link in found["links"]}
    assert {LinkStatus.REJECTED, LinkStatus.CONFIRMED, LinkStatus.AUTO} <= statuses
    assert found["staged"] == 0


def test_a_worker_killed_mid_part_loses_and_duplicates_nothing(
    pair_of_databases: tuple[Database, Database], client: Any, tmp_path: Path
) -> None:
    from tests.services.distributed.plugins import KillOnce

    local, remote = pair_of_databases
    for database in (local, remote):
        ingest(database, 0)
    run_linking(local)
    marker = tmp_path / "killed"
    client.register_plugin(KillOnce(str(marker)))
    try:
        on_cluster(client, batch=10)(remote)
    finally:
        client.unregister_worker_plugin(KillOnce.name)
    assert marker.exists(), "no worker was killed"
    assert state(remote) == state(local)
    with remote.read() as session:
        pairs = [
            (link.kind, link.a_quote_id, link.b_quote_id, link.a_claim_id, link.b_claim_id)
            for link in session.scalars(select(Link))
        ]
    assert len(pairs) == len(set(pairs))


def test_sqlite_is_refused(tmp_path: Path) -> None:
    from factdb.errors import UnavailableError
    from factdb.services.distributed import run_linking_on_dask

    database = Database.open(f"sqlite:///{tmp_path / 'f.sqlite'}")
    with pytest.raises(UnavailableError, match="needs PostgreSQL"):
        run_linking_on_dask(database, "tcp://127.0.0.1:1")
    database.close()
