"""A linking run never reads past an article still being written (PostgreSQL).

Guards against: on PostgreSQL ids are handed out at insert and committed in any order, so a
linking run could see a later article but not an earlier one still being written, and set
its watermark above the earlier one's ids: those items were then never linked as new.
"""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

import pytest
from sqlalchemy import text

from factdb.extract.records import QuoteKind
from factdb.models import Article, Quote
from factdb.services.database import Database
from factdb.services.linking import run_linking
from factdb.services.locks import guard_article

SPEECH = "We will defend the alliance with everything we have, and nobody should doubt it"


def _article(session: Any, text_: str) -> None:
    article = Article(text=text_, content_hash=uuid.uuid4().hex)
    session.add(article)
    session.add(
        Quote(article=article, kind=QuoteKind.DIRECT, text=text_, start_offset=0,
              end_offset=len(text_), sentence=text_, sentence_start=0)
    )  # fmt: skip
    session.flush()


def _waiting_for_a_lock(database: Database) -> bool:
    with database.engine.connect() as conn:
        found = conn.scalar(text("SELECT count(*) FROM pg_locks WHERE NOT granted"))
    return bool(found)


def test_a_run_waits_for_articles_being_written(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite writes one article at a time, ids in commit order")
    results: dict[str, Any] = {}
    with database.write() as session:
        guard_article(session)
        _article(session, SPEECH)  # the lower id, committed last
        with database.write() as other:
            guard_article(other)
            _article(other, SPEECH + " today")
        worker = threading.Thread(target=lambda: results.update(run=run_linking(database)))
        worker.start()
        deadline = time.monotonic() + 60
        while not _waiting_for_a_lock(database) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert worker.is_alive() and _waiting_for_a_lock(database)
    worker.join(timeout=60)
    run = results["run"]
    assert run.new_items == 2 and run.created == 1
