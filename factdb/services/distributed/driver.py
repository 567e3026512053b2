"""The driving side of a distributed linking run: parts submitted, staged pairs read back.

`DaskFinder` stands in for `find_links` inside `run_linking`, which keeps everything else of
the single-process run: the locks, the items read, the copies grouped, the pairs sifted and
stored, the run recorded. So incremental runs and kept decisions behave as they do there.

1. The run exports a PostgreSQL snapshot that its workers import, so they read what it read.
2. Each kind (the blocking partition: quotes and claims never link) becomes one small spec
   task holding the ids compared, and its new items are split into parts of consecutive
   positions; each part is a task (`tasks.score_part`) that depends on the spec. If a worker
   is lost, the engine runs its tasks again elsewhere (and the spec too, from the graph).
3. When every part is done, the staged pairs are read back in the order the single-process
   linker yields them (kind, later item, place in its task) and deleted.
"""

from __future__ import annotations

import math
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise
from typing import Any

from distributed import Client, Future, as_completed
from sqlalchemy import delete, select, text

from factdb.errors import CancelledError, WorkerError
from factdb.link import LinkItem, LinkStats, Match, ScoredPair
from factdb.link.linker import Progress
from factdb.models import LinkScore
from factdb.services.database import Database
from factdb.services.distributed.tasks import KindSpec, PartResult, pack_ids, release, score_part
from factdb.vocab import LinkKind

PARTS_PER_THREAD = 8
"""Parts per worker thread: enough that a fast worker takes more and a lost one costs little."""
MIN_PART, MAX_PART = 50, 5000
"""Bounds on the new items of one part."""
STAGE_BATCH = 2000
"""Pairs a task stages per transaction, and rows read back per fetch."""
KINDS = (LinkKind.QUOTE, LinkKind.CLAIM)
"""In the order the single-process linker meets them (`linking._load_items`)."""


class DaskFinder:
    """Finds the linker's pairs on a Dask cluster; called by `run_linking` as its FINDER."""

    def __init__(
        self,
        database: Database,
        client: Client,
        *,
        threshold: float,
        part_items: int | None = None,
        batch: int = STAGE_BATCH,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.database = database
        self.client = client
        self.threshold = threshold
        self.part_items = part_items
        self.batch = batch
        self.cancel = cancel
        self.progress = progress
        self.run = uuid.uuid4().hex
        self.index_seconds = 0.0
        """CPU seconds the workers spent reading and indexing items, summed over workers."""

    def __call__(
        self, new: list[LinkItem], stored: list[LinkItem], stats: LinkStats
    ) -> Iterator[ScoredPair]:
        """The pairs `find_links(new, stored)` yields, in its order, found on the cluster."""
        stats.items = len(new) + len(stored)
        self._clear()
        try:
            with self._exported() as snapshot:
                futures = self._submit(new, stored, snapshot)
                try:
                    self._gather(futures[1], len(new), stats)
                finally:
                    self.client.cancel([*futures[0], *futures[1]])
                    self.client.run(release, self.run)
            pairs = list(self._staged(stats))
        finally:
            self._clear()
        return iter(pairs)

    def _submit(
        self, new: list[LinkItem], stored: list[LinkItem], snapshot: str | None
    ) -> tuple[list[Future[KindSpec]], list[Future[PartResult]]]:
        """The spec of each kind and the parts, submitted."""
        # 2. One spec and its parts per kind.
        size = self.part_items or self._part_size(len(new))
        url = self.database.engine.url.render_as_string(hide_password=False)
        specs: list[Future[KindSpec]] = []
        parts: list[Future[PartResult]] = []
        for kind in KINDS:
            old = [i.id for i in stored if i.kind is kind]
            fresh = [i.id for i in new if i.kind is kind]
            ids = old + fresh
            if not fresh:
                continue
            if any(b <= a for a, b in pairwise(ids)):
                raise ValueError("items must come in id order, stored ones first")
            spec = KindSpec(url, snapshot, self.run, kind, pack_ids(ids), self.threshold)
            held = self.client.submit(_hold, spec, key=f"factdb-spec-{self.run}-{kind.value}")
            specs.append(held)
            for start in range(len(old), len(ids), size):
                stop = min(start + size, len(ids))
                key = f"factdb-part-{self.run}-{kind.value}-{start}"
                parts.append(self.client.submit(score_part, held, start, stop, self.batch, key=key))
        return specs, parts

    def _part_size(self, new: int) -> int:
        nthreads: dict[str, int] = self.client.nthreads()
        threads = max(1, sum(nthreads.values()))
        return max(MIN_PART, min(MAX_PART, math.ceil(new / (threads * PARTS_PER_THREAD))))

    def _gather(self, parts: list[Future[PartResult]], total: int, stats: LinkStats) -> None:
        done = 0
        for future in as_completed(parts, loop=self.client.loop):
            if self.cancel is not None and self.cancel.is_set():
                raise CancelledError("linking cancelled; no link was stored")
            try:
                result: PartResult = future.result()
            except Exception as error:
                if type(error).__name__ == "KilledWorker":
                    raise WorkerError(f"a linking task kept losing its worker: {error}") from error
                raise
            done += result.queried
            stats.queried += result.queried
            stats.candidates += result.candidates
            self.index_seconds += result.index_seconds
            if self.progress is not None:
                self.progress(done, total)

    def _staged(self, stats: LinkStats) -> Iterator[ScoredPair]:
        # 3. Kind by kind, each later item's pairs in its task's order.
        with self.database.read() as session:
            for kind in KINDS:
                query = (
                    select(LinkScore)
                    .where(LinkScore.run == self.run, LinkScore.kind == kind)
                    .order_by(LinkScore.b_id, LinkScore.seq)
                    .execution_options(yield_per=self.batch)
                )
                for row in session.scalars(query):
                    match = Match(row.score, True, row.relation, row.evidence)
                    stats.links += 1
                    stats.conflicts += row.relation == "conflict"
                    yield ScoredPair(kind, row.a_id, row.b_id, match)

    def _clear(self) -> None:
        """Delete staged rows: this run's, and any a run that died left (one run at a time)."""
        with self.database.write() as session:
            session.execute(delete(LinkScore))

    @contextmanager
    def _exported(self) -> Iterator[str | None]:
        # 1. A snapshot the workers import, held open until every part is done.
        with self.database.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            snapshot: Any = conn.scalar(text("SELECT pg_export_snapshot()"))
            try:
                yield str(snapshot)
            finally:
                conn.rollback()


def _hold(spec: KindSpec) -> KindSpec:
    """The spec as a task's result: kept in the graph, so the engine can make it again."""
    return spec
