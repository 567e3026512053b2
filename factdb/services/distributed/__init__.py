"""Linking on a Dask cluster against one PostgreSQL: `factdb link --engine dask`.

The run itself is `linking.run_linking` (locks, items, copies grouped, pairs sifted and
stored, the run recorded); only finding the pairs is spread over the cluster's workers
(`driver.DaskFinder`, `tasks.score_part`). Dask is an optional dependency
(`pip install 'factdb[dask]'`) and is imported only here, on use.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from factdb.errors import UnavailableError
from factdb.link.linker import Progress
from factdb.link.scoring import DEFAULT_THRESHOLD
from factdb.services.database import Database

if TYPE_CHECKING:
    from factdb.services.linking import LinkSummary

CONNECT_TIMEOUT_S = 30
"""How long to wait for the scheduler before giving up."""


def run_linking_on_dask(
    database: Database,
    scheduler: str,
    *,
    full: bool = False,
    threshold: float = DEFAULT_THRESHOLD,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    on_wait: Callable[[], None] | None = None,
    part_items: int | None = None,
) -> LinkSummary:
    """`run_linking` with the pairs found by the workers of the Dask scheduler at SCHEDULER.

    PART_ITEMS new items make one task (by default, about eight tasks per worker thread).
    """
    if database.is_sqlite:
        raise UnavailableError(
            "the dask engine needs PostgreSQL: workers on other machines cannot share a SQLite file"
        )
    try:
        from distributed import Client
    except ImportError as error:
        raise UnavailableError("the dask engine needs Dask: pip install 'factdb[dask]'") from error
    from factdb.services.distributed.driver import DaskFinder
    from factdb.services.linking import run_linking

    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except OSError as error:
        raise UnavailableError(
            f"cannot reach the Dask scheduler at {scheduler}: {error}"
        ) from error
    with client:
        finder = DaskFinder(
            database,
            client,
            threshold=threshold,
            part_items=part_items,
            cancel=cancel,
            progress=progress,
        )
        return run_linking(
            database, full=full, threshold=threshold, cancel=cancel, on_wait=on_wait, finder=finder
        )
