"""Speakers unique by key, corrections pinned to speakers, how each quote was attributed.

Revision ID: 20261206_speakers
Revises: 0003_claim_base
Create Date: 2026-12-06

- ``speakers.key``: the normalised name a speaker is unique by (a unique index). Existing
  speakers get their key; speakers that share one are merged into the oldest (their quotes,
  claims and aliases move to it).
- Anonymous sources are no longer speakers: their quotes keep the description in
  ``quotes.anonymous`` and no speaker (the downgrade makes them speakers again).
- ``quotes.speaker_name``, ``attribution``, ``confidence``, ``anonymous``.
- ``speaker_pins``: name keys that corrections (``factdb speakers merge|rename|split``) tie to
  a speaker, read before anything else when a later article is ingested.
- ``quotes_v`` and ``speakers_v`` show the new columns. SQLite cannot rebuild a table that a
  view reads, so every view is dropped first and made again at the end.
"""

import importlib.util
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

from factdb.extract.speakers.names import registry_key
from factdb.models.base import UTCDateTime

revision: str = "20261206_speakers"
down_revision: str | None = "0003_claim_base"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _views_0002() -> ModuleType:
    """The analysts' views as the migration that made them wrote them."""
    path = Path(__file__).with_name("20261123_0002_analyst_views.py")
    spec = importlib.util.spec_from_file_location("factdb_views_0002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


QUOTES_V = """
CREATE VIEW quotes_v AS
SELECT q.id AS quote_id, q.kind, q.text, q.speaker_id, s.name AS speaker, q.speaker_text,
       q.speaker_name, q.attribution, q.confidence, q.anonymous,
       q.cue, q.sentence, q.start_offset, q.end_offset, q.article_id,
       a.title AS article_title, a.url AS article_url, a.outlet_id, o.name AS outlet,
       a.published, cm.cluster_id
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN speakers s ON s.id = q.speaker_id
LEFT JOIN cluster_members cm ON cm.quote_id = q.id
"""

SPEAKERS_V = """
CREATE VIEW speakers_v AS
SELECT s.id AS speaker_id, s.name, s.kind, s.description, s.key,
       ({aliases}) AS aliases,
       (SELECT COUNT(*) FROM speaker_aliases sa WHERE sa.speaker_id = s.id) AS alias_count,
       (SELECT COUNT(*) FROM quotes q WHERE q.speaker_id = s.id) AS quote_count,
       (SELECT COUNT(*) FROM claims c WHERE c.speaker_id = s.id) AS claim_count,
       (SELECT COUNT(*) FROM speaker_pins p WHERE p.speaker_id = s.id) AS corrections
FROM speakers s
"""


def _drop_views(names: list[str]) -> None:
    for name in reversed(names):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def _create_views(old: ModuleType, *, new: bool) -> None:
    dialect = op.get_bind().dialect.name
    aliases = old.ALIASES.get(dialect, old.ALIASES["postgresql"])
    speakers_v = (SPEAKERS_V if new else old.SPEAKERS_V).format(aliases=aliases)
    quotes_v = QUOTES_V if new else old.QUOTES_V
    for sql in (quotes_v, old.CLAIMS_V, old.LINKS_V, old.CLUSTERS_V, old.CONFLICTS_V, speakers_v):
        op.execute(sql)


def _unname_anonymous(conn: sa.Connection) -> None:
    """Anonymous speakers become descriptions on their quotes."""
    conn.execute(
        sa.text(
            "UPDATE quotes SET anonymous = (SELECT s.name FROM speakers s WHERE s.id ="
            " quotes.speaker_id) WHERE speaker_id IN (SELECT id FROM speakers WHERE kind ="
            " 'anonymous')"
        )
    )
    for table in ("quotes", "claims"):
        conn.execute(
            sa.text(
                f"UPDATE {table} SET speaker_id = NULL"
                " WHERE speaker_id IN (SELECT id FROM speakers WHERE kind = 'anonymous')"
            )
        )
    conn.execute(sa.text("DELETE FROM speakers WHERE kind = 'anonymous'"))


def _merge_by_key(conn: sa.Connection) -> None:
    """Give every speaker its key and merge the speakers that share one into the oldest."""
    rows = conn.execute(sa.text("SELECT id, name, kind FROM speakers ORDER BY id")).all()
    groups: dict[str, list[int]] = defaultdict(list)
    for sid, name, kind in rows:
        key = registry_key(kind, name) or f"{kind}:{sid}"
        groups[key].append(sid)
    for key, ids in groups.items():
        keep, *dups = ids
        conn.execute(sa.text("UPDATE speakers SET key = :k WHERE id = :i"), {"k": key, "i": keep})
        for dup in dups:
            for table in ("quotes", "claims"):
                conn.execute(
                    sa.text(f"UPDATE {table} SET speaker_id = :k WHERE speaker_id = :d"),
                    {"k": keep, "d": dup},
                )
            conn.execute(
                sa.text(
                    "UPDATE speaker_aliases SET speaker_id = :k WHERE speaker_id = :d AND alias"
                    " NOT IN (SELECT alias FROM speaker_aliases WHERE speaker_id = :k)"
                ),
                {"k": keep, "d": dup},
            )
            conn.execute(sa.text("DELETE FROM speakers WHERE id = :d"), {"d": dup})


def upgrade() -> None:
    old = _views_0002()
    _drop_views(old.VIEWS)
    # Plain ALTER TABLE on both backends: a batch copy of a table on SQLite would drop the
    # original, and its foreign keys would delete the rows that point at it.
    op.add_column("quotes", sa.Column("speaker_name", sa.String(length=255), nullable=True))
    op.add_column("quotes", sa.Column("attribution", sa.String(length=32), nullable=True))
    op.add_column("quotes", sa.Column("confidence", sa.Float(), nullable=True))
    op.add_column("quotes", sa.Column("anonymous", sa.Text(), nullable=True))
    op.add_column(
        "speakers",
        sa.Column("key", sa.String(length=255), nullable=False, server_default=""),
    )
    conn = op.get_bind()
    _unname_anonymous(conn)
    _merge_by_key(conn)
    op.create_index("uq_speakers_key", "speakers", ["key"], unique=True)
    op.create_table(
        "speaker_pins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["speaker_id"],
            ["speakers.id"],
            name=op.f("fk_speaker_pins_speaker_id_speakers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_pins")),
        sa.UniqueConstraint("key", name=op.f("uq_speaker_pins_key")),
    )
    op.create_index(
        op.f("ix_speaker_pins_speaker_id"), "speaker_pins", ["speaker_id"], unique=False
    )
    _create_views(old, new=True)


def downgrade() -> None:
    old = _views_0002()
    _drop_views(old.VIEWS)
    op.drop_index(op.f("ix_speaker_pins_speaker_id"), table_name="speaker_pins")
    op.drop_table("speaker_pins")
    conn = op.get_bind()
    # Unnamed sources become speakers again, one per description.
    descriptions = conn.execute(
        sa.text("SELECT DISTINCT anonymous FROM quotes WHERE anonymous IS NOT NULL")
    ).scalars()
    for n, desc in enumerate(list(descriptions)):
        conn.execute(
            sa.text(
                "INSERT INTO speakers (name, key, kind, created_at)"
                " VALUES (:n, :k, 'anonymous', CURRENT_TIMESTAMP)"
            ),
            {"n": desc[:255], "k": f"anonymous:{n}"},
        )
        conn.execute(
            sa.text(
                "UPDATE quotes SET speaker_id = (SELECT id FROM speakers WHERE key = :k)"
                " WHERE anonymous = :d AND speaker_id IS NULL"
            ),
            {"k": f"anonymous:{n}", "d": desc},
        )
    op.drop_index("uq_speakers_key", table_name="speakers")
    op.drop_column("speakers", "key")
    for column in ("anonymous", "confidence", "attribution", "speaker_name"):
        op.drop_column("quotes", column)
    _create_views(old, new=False)
