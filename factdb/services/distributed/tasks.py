"""The worker side of a distributed linking run: one part of a kind's new items, pairs staged.

A task reads only the items of its blocking partition, the quotes or the claims (they never
link, and each kind's block index is the one the single-process linker builds for that kind),
from PostgreSQL under the run's exported snapshot, so every worker sees one archive. The index
is built once per worker process and run, then each task scores its range of new items with
the single-process linker (`link_new`) and writes the pairs to `link_scores` in batches, each
batch its own transaction, skipping a pair already there: a task run again after its worker
was lost adds nothing twice.
"""

from __future__ import annotations

import re
import threading
import time
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from factdb.errors import DatabaseError
from factdb.link import LinkItem, LinkStats, ScoredPair
from factdb.link.blocking import BlockIndex
from factdb.link.linker import build_index, link_new
from factdb.models import LinkScore
from factdb.services.linking import kind_items
from factdb.vocab import LinkKind

SNAPSHOT_ID = re.compile(r"^[0-9A-Fa-f]+-[0-9A-Fa-f]+(-[0-9]+)?$")
"""What `pg_export_snapshot()` returns; anything else is refused before it reaches SQL."""


@dataclass(frozen=True, slots=True)
class KindSpec:
    """What every task of one kind needs: where to read, which items, at what threshold."""

    url: str
    snapshot: str | None
    run: str
    kind: LinkKind
    ids: bytes
    """The ids of the items compared, ascending, packed by `pack_ids`."""
    threshold: float


@dataclass(frozen=True, slots=True)
class PartResult:
    """What one task did: new items compared, candidates scored, pairs staged."""

    queried: int
    candidates: int
    pairs: int
    index_seconds: float = 0.0
    """CPU seconds this task spent reading and indexing its kind (0 when the index was built)."""


_LOCK = threading.Lock()
"""One task at a time in a worker process: the linker keeps its index in a module global."""
_CACHE: dict[tuple[str, LinkKind], BlockIndex] = {}
_ENGINES: dict[str, Engine] = {}


def pack_ids(ids: Sequence[int]) -> bytes:
    """IDS (ascending) as compressed gaps: a few bytes per thousand ids of a dense archive."""
    gaps = np.diff(np.asarray(ids, dtype=np.int64), prepend=0)
    return zlib.compress(gaps.astype(np.int64).tobytes())


def unpack_ids(packed: bytes) -> list[int]:
    """The ids `pack_ids` packed."""
    gaps = np.frombuffer(zlib.decompress(packed), dtype=np.int64)
    ids: list[int] = np.cumsum(gaps).tolist()
    return ids


def score_part(spec: KindSpec, start: int, stop: int, batch: int) -> PartResult:
    """Score the new items at positions START to STOP of SPEC's kind and stage their pairs."""
    with _LOCK:
        started = time.thread_time()
        index = _index(spec)
        index_seconds = time.thread_time() - started
        engine = _engine(spec.url)
        stats = LinkStats()
        rows: list[dict[str, Any]] = []
        staged = 0
        pairs = link_new(index, range(start, stop), threshold=spec.threshold, stats=stats)
        for seq, pair in enumerate(pairs):
            rows.append(_row(spec.run, seq, pair))
            if len(rows) >= batch:
                write_scores(engine, rows)
                staged += len(rows)
                rows = []
        if rows:
            write_scores(engine, rows)
            staged += len(rows)
    return PartResult(stats.queried, stats.candidates, staged, index_seconds)


def release(run: str) -> int:
    """Drop the indexes this worker process built for RUN; how many it held."""
    with _LOCK:
        held = [key for key in _CACHE if key[0] == run]
        for key in held:
            del _CACHE[key]
    return len(held)


def write_scores(engine: Engine, rows: list[dict[str, Any]]) -> None:
    """Stage ROWS in one transaction; a pair the run already staged is skipped."""
    with engine.begin() as conn:
        conn.execute(postgresql.insert(LinkScore).on_conflict_do_nothing(), rows)


def _row(run: str, seq: int, pair: ScoredPair) -> dict[str, Any]:
    return {
        "run": run,
        "kind": pair.kind,
        "a_id": pair.a_id,
        "b_id": pair.b_id,
        "seq": seq,
        "score": pair.match.score,
        "relation": pair.match.relation,
        "evidence": pair.match.evidence,
    }


def _index(spec: KindSpec) -> BlockIndex:
    """SPEC's kind indexed as the single-process linker indexes it, once per process and run."""
    key = (spec.run, spec.kind)
    index = _CACHE.get(key)
    if index is None:
        for stale in [k for k in _CACHE if k[0] != spec.run]:
            del _CACHE[stale]
        index, _ = build_index(load_items(spec), ())
        _CACHE[key] = index
    return index


def load_items(spec: KindSpec) -> list[LinkItem]:
    """The items of SPEC's kind that the run compares, by id, read under its snapshot."""
    wanted = unpack_ids(spec.ids)
    keep = set(wanted)
    last = wanted[-1] if wanted else 0
    items: list[LinkItem] = []
    with _snapshot(_engine(spec.url), spec.snapshot) as conn, Session(bind=conn) as session:
        for item in kind_items(session, spec.kind):
            if item.id > last:
                break
            if item.id in keep:
                items.append(item)
    if len(items) != len(wanted):
        missing = len(wanted) - len(items)
        raise DatabaseError(f"{missing} {spec.kind.value}s of the run are no longer stored")
    return items


@contextmanager
def _snapshot(engine: Engine, snapshot: str | None) -> Iterator[Connection]:
    """A connection whose transaction sees the database as SNAPSHOT (exported by the run)."""
    with engine.connect() as conn:
        if snapshot is not None:
            if not SNAPSHOT_ID.match(snapshot):
                raise DatabaseError(f"not a PostgreSQL snapshot id: {snapshot!r}")
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            conn.execute(text(f"SET TRANSACTION SNAPSHOT '{snapshot}'"))
        try:
            yield conn
        finally:
            conn.rollback()


def _engine(url: str) -> Engine:
    """One engine per database in this process, with a pool of two connections.

    No pre-ping: a snapshot must be imported by the first statement of its transaction.
    """
    engine = _ENGINES.get(url)
    if engine is None:
        engine = _ENGINES[url] = create_engine(url, pool_size=2)
    return engine
