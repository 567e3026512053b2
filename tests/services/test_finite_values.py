"""Infinite or NaN numbers stored by an older version never reach JSON or stop `link`.

Regression: a number of more than 308 digits was stored as infinity; on PostgreSQL every
later `link` failed ("invalid input syntax for type json") and `export` wrote `Infinity`.
"""

from __future__ import annotations

import io
import json
import math

import pytest
from sqlalchemy import select

from factdb.models import Link
from factdb.services import export
from factdb.services.database import Database
from factdb.services.linking import run_linking
from tests.services.test_linking import ClaimSpec, add_article

SENTENCE = "The reservoir will hold 4.2 billion cubic meters of water when it is full."


@pytest.mark.parametrize("bad", [math.inf, -math.inf])  # SQLite stores NaN as NULL
def test_link_and_export_with_a_non_finite_claim(database: Database, bad: float) -> None:
    add_article(database, claims=[ClaimSpec(SENTENCE, "4.2 billion cubic meters", bad, "m3")])
    add_article(database, claims=[ClaimSpec(SENTENCE, "4.2 billion cubic meters", 4.2e9, "m3")])
    run_linking(database)
    with database.read() as session:
        links = session.scalars(select(Link)).all()
        assert links and all(json.dumps(link.evidence, allow_nan=False) for link in links)
    for entity in ("claims", "links"):
        for fmt in export.FORMATS:
            out = io.StringIO()
            export.write_export(database, entity, fmt, out)
            text = out.getvalue()
            assert "Infinity" not in text and "NaN" not in text and "inf" not in text.lower()
            if fmt == "jsonl":
                for line in text.splitlines():
                    json.loads(line, parse_constant=_refuse)
        records = list(export.iter_records(database, "claims"))
        assert records[0]["value"] is None and records[1]["value"] == 4.2e9


def _refuse(name: str) -> None:
    raise AssertionError(f"{name} in JSON output")
