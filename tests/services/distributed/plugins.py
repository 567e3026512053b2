"""A Dask worker plugin for the tests: it kills its worker once, in the middle of a part."""

from __future__ import annotations

import os
from typing import Any

from distributed import WorkerPlugin


class KillOnce(WorkerPlugin):
    """Ends the worker process right after a task staged the second batch of its part.

    The first worker to get there creates MARKER and dies; the file keeps every other worker
    (and the one started in its place) alive. The part is left half staged, so the engine's
    retry writes pairs that are already there.
    """

    name = "factdb-kill-once"

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self._original: Any = None

    def setup(self, worker: Any) -> None:
        from factdb.services.distributed import tasks

        original = self._original = tasks.write_scores
        marker = self.marker

        def write_then_die(engine: Any, rows: list[dict[str, Any]]) -> None:
            original(engine, rows)
            if rows and rows[0]["seq"] > 0:  # a later batch of one part: the part is half done
                try:
                    os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                except FileExistsError:
                    return
                os._exit(1)

        tasks.write_scores = write_then_die

    def teardown(self, worker: Any) -> None:
        from factdb.services.distributed import tasks

        if self._original is not None:
            tasks.write_scores = self._original
