"""Many decisions at once: links chosen by id, by a filter or by cluster, in one transaction.

A bulk decision writes what single decisions write, row for row: each link's new status,
reviewer, time and lease, and one `reviews` row with its status before and after. It does it
with one set-based statement each (the ids bound as one value, `idsets`), and recomputes the
clusters once at the end, so 100,000 links take seconds (`bench/bench_decide.py`). Every link
is checked first (`choose`): with ids, one that is missing, already decided or held by another
reviewer stops the whole decision before anything is written; with a filter, links held by
another reviewer are left out and counted. `write` holds the statements.

Decisions: `confirm` and `reject` (pending links, or `auto` ones, which a reviewer may
overrule), and `undo` for links of status `auto`, which go back to pending for review.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from factdb.models.base import utcnow
from factdb.services.bulk.choose import (
    DECISIONS,
    OPEN,
    Selection,
    check,
    filtered,
    held,
    parse_action,
    select_rows,
)
from factdb.services.bulk.write import recluster, sqlite_cache, write
from factdb.services.database import Database
from factdb.vocab import LinkStatus, ReviewAction

__all__ = [
    "OPEN",
    "BulkResult",
    "Selection",
    "cluster_pending",
    "decide_many",
    "parse_action",
]


@dataclass(frozen=True, slots=True)
class BulkResult:
    """What a bulk decision did (or, on a dry run, would do)."""

    action: ReviewAction
    status_after: LinkStatus
    decided: int
    before: dict[LinkStatus, int]
    """How many of the links decided were in each status before."""
    held: int
    """Links the filter matched that other reviewers hold, left out."""
    clusters: int
    """Clusters of two or more items that the decided links' items are in afterwards."""
    seconds: float
    dry_run: bool


def decide_many(
    database: Database,
    selection: Selection,
    action: ReviewAction | str,
    reviewer: str,
    *,
    note: str | None = None,
    force: bool = False,
    dry_run: bool = False,
    owner: str | None = None,
) -> BulkResult:
    """Decide every link of SELECTION as ACTION by REVIEWER, in one transaction.

    FORCE lets confirm and reject change decided links too (chosen by id). DRY_RUN checks
    and counts without writing. OWNER is the caller's lease owner, whose leases do not count
    as held.
    """
    started = time.perf_counter()
    action = parse_action(action)
    after = DECISIONS[action]
    session_of = database.read if dry_run else database.write
    with session_of() as session, sqlite_cache(session):
        rows = select_rows(session, selection, action, lock=not dry_run)
        taken = 0
        if selection.ids:
            check(rows, action, force, owner)
        else:
            now = utcnow()
            free = [r for r in rows if not held(r, owner, now)]
            taken, rows = len(rows) - len(free), free
        clustered = 0
        if rows and not dry_run:
            write(session, rows, action, reviewer, note)
            clustered = recluster(session, rows, after)
    return BulkResult(
        action=action,
        status_after=after,
        decided=len(rows),
        before=dict(Counter(r.status for r in rows)),
        held=taken,
        clusters=clustered,
        seconds=time.perf_counter() - started,
        dry_run=dry_run,
    )


def cluster_pending(database: Database, cluster_id: int) -> int:
    """How many pending links have an item in cluster CLUSTER_ID."""
    chosen = filtered(Selection(cluster=cluster_id), ReviewAction.CONFIRM).subquery()
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(chosen)) or 0)
