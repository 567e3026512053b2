"""Two `link` runs at once store each link once and both end cleanly.

Guards against: two `factdb link` runs at once failed with a traceback (UniqueViolation), as
both inserted the same new links.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import func, select

from factdb.models import Link
from factdb.services.database import Database
from factdb.services.ingest import ingest_article
from factdb.services.linking import LinkSummary, run_linking
from tests.regressions.test_incremental_linking import cached_extraction, corpus  # noqa: F401


def test_a_second_run_started_meanwhile_waits_or_skips_what_the_first_stored(
    db_url: str,
) -> None:
    database = Database.open(db_url)
    try:
        for article in corpus():
            ingest_article(database, article)
        second: dict[str, Any] = {}
        ready = threading.Event()

        def run_second() -> None:
            def waiting() -> None:
                second["waited"] = True
                ready.set()

            try:
                second["summary"] = run_linking(database, on_wait=waiting)
            except BaseException as error:  # reported by the assertions below
                second["error"] = error
            ready.set()

        def progress(done: int, total: int) -> None:
            # The first run has scored its pairs and stored none: start the second now, and
            # go on once it waits for the first (PostgreSQL) or has stored its links (SQLite).
            if "thread" not in second:
                second["thread"] = threading.Thread(target=run_second)
                second["thread"].start()
                assert ready.wait(timeout=120)

        first = run_linking(database, progress=progress)
        second["thread"].join(timeout=120)
        assert "error" not in second, second.get("error")
        other: LinkSummary = second["summary"]
        with database.read() as session:
            stored = session.scalar(select(func.count()).select_from(Link))
        made = [run.created + run.grouped for run in (first, other)]
        assert stored == sum(made) > 90  # 97 links on the sample corpus
        if database.is_sqlite:
            assert made == [0, stored]  # the first one skipped what the second stored
        else:
            assert second.get("waited") and other.created == 0 and other.new_items == 0
    finally:
        database.close()
