"""The speaker-key migration merges duplicate speakers; anonymous ones become descriptions."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from factdb import db
from factdb.services.database import Database

BEFORE = "0003_claim_base"


def _insert(conn: object, sql: str, **params: object) -> None:
    conn.execute(text(sql), params)  # type: ignore[attr-defined]


def test_upgrade_merges_speakers_that_share_a_key(database: Database) -> None:
    with database.engine.begin() as conn:
        command.downgrade(db.alembic_config(conn), BEFORE)
    with database.engine.begin() as conn:
        _insert(conn, "INSERT INTO articles (id, text, content_hash, source, ingested_at)"
                " VALUES (1, 'x', 'h1', 's', CURRENT_TIMESTAMP)")  # fmt: skip
        for sid, name, kind in [
            (1, "Joe Biden", "person"),
            (2, "President Joe Biden", "person"),
            (3, "senior official", "anonymous"),
            (4, "Jill Biden", "person"),
        ]:
            _insert(conn, "INSERT INTO speakers (id, name, kind, created_at)"
                    " VALUES (:i, :n, :k, CURRENT_TIMESTAMP)", i=sid, n=name, k=kind)  # fmt: skip
            _insert(conn, "INSERT INTO speaker_aliases (speaker_id, alias, alias_key)"
                    " VALUES (:i, :n, :n)", i=sid, n=name)  # fmt: skip
            _insert(conn, "INSERT INTO quotes (article_id, speaker_id, kind, text, start_offset,"
                    " end_offset, sentence, sentence_start) VALUES (1, :i, 'direct', :t, 0, 1,"
                    " 'x', 0)", i=sid, t=f"q{sid}")  # fmt: skip
    db.upgrade(database.engine)
    with database.engine.connect() as conn:
        speakers = conn.execute(text("SELECT id, name, key FROM speakers ORDER BY id")).all()
        quotes = dict(conn.execute(text("SELECT text, speaker_id FROM quotes")).all())
        anonymous = conn.execute(text("SELECT anonymous FROM quotes WHERE text = 'q3'")).scalar()
        aliases = conn.execute(
            text("SELECT alias FROM speaker_aliases WHERE speaker_id = 1 ORDER BY alias")
        ).scalars()
        assert list(aliases) == ["Joe Biden", "President Joe Biden"]
    assert [tuple(s) for s in speakers] == [
        (1, "Joe Biden", "joe biden"),
        (4, "Jill Biden", "jill biden"),
    ]
    assert quotes == {"q1": 1, "q2": 1, "q3": None, "q4": 4}
    assert anonymous == "senior official"
