"""The analysts' views: same names and columns on both backends, dropped by the downgrade,
invisible to `alembic check`."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from factdb import db
from factdb.services.database import Database
from tests.conftest import REPO_ROOT

INITIAL_REVISION = "6505c4030637"
VIEW_COLUMNS = {
    "quotes_v": [
        "quote_id", "kind", "text", "speaker_id", "speaker", "speaker_text", "speaker_name",
        "attribution", "confidence", "anonymous", "cue", "sentence",
        "start_offset", "end_offset", "article_id", "article_title", "article_url", "outlet_id",
        "outlet", "published", "cluster_id",
    ],
    "claims_v": [
        "claim_id", "text", "value", "value_max", "unit", "normalized_value",
        "normalized_value_max", "normalized_unit", "qualifier", "change", "measures",
        "sentence", "quote_id", "speaker_id", "speaker", "start_offset", "end_offset",
        "article_id", "article_title", "article_url", "outlet_id", "outlet", "published",
        "cluster_id", "kind", "base",
    ],
    "links_v": [
        "link_id", "kind", "relation", "status", "score", "a_id", "a_article_id", "a_outlet",
        "a_published", "a_speaker", "a_text", "b_id", "b_article_id", "b_outlet",
        "b_published", "b_speaker", "b_text", "reviewer", "decided_at", "note",
        "last_reviewer", "last_reviewed_at", "created_at",
    ],
    "clusters_v": [
        "cluster_id", "kind", "member_id", "article_id", "outlet", "published", "speaker",
        "text", "first_seen", "outlet_count", "article_count", "member_count", "article_title",
        "article_url", "byline", "joined_by", "last_seen",
    ],
    "drift_v": [
        "cluster_id", "kind", "position", "member_id", "article_id", "outlet", "published",
        "speaker", "text", "joined_by", "first_member_id", "first_outlet", "first_published",
        "first_speaker", "first_text", "days_after_first", "wording_changed", "speaker_changed",
        "numbers_changed",
    ],
    "conflicts_v": [
        "link_id", "kind", "conflict", "status", "score", "a_id", "a_article_id", "a_outlet",
        "a_published", "a_speaker", "a_text", "a_quantity", "a_value", "a_unit", "b_id",
        "b_article_id", "b_outlet", "b_published", "b_speaker", "b_text", "b_quantity",
        "b_value", "b_unit", "measures", "reviewer", "decided_at", "note", "last_reviewer",
        "last_reviewed_at",
    ],
    "speakers_v": [
        "speaker_id", "name", "kind", "description", "key", "aliases", "alias_count",
        "quote_count", "claim_count", "corrections",
    ],
    "verdicts_v": [
        "verdict_id", "kind", "item_id", "cluster_id", "is_current", "rating", "rating_value",
        "best_rating", "worst_rating", "reviewer", "publisher", "url", "note", "reviewed_at",
        "statement", "speaker_id", "speaker", "article_id", "outlet", "published", "changes",
        "updated_at",
    ],
}  # fmt: skip


def _views(database: Database) -> dict[str, list[str]]:
    with database.engine.connect() as conn:
        inspector = inspect(conn)
        return {
            name: [c["name"] for c in inspector.get_columns(name)]
            for name in inspector.get_view_names()
        }


def test_views_have_the_documented_columns(database: Database) -> None:
    assert _views(database) == VIEW_COLUMNS


def _documented(column: str, section: str) -> bool:
    # Side b is documented as "`b_...` likewise" beside its side a counterpart.
    if column.startswith("b_") and "`b_...`" in section:
        column = "a_" + column[2:]
    return f"`{column}`" in section


def test_every_view_column_is_documented() -> None:
    doc = (REPO_ROOT / "docs" / "sql.md").read_text(encoding="utf-8")
    for view, columns in VIEW_COLUMNS.items():
        section = doc.split(f"### {view}:", 1)[1].split("\n### ", 1)[0]
        missing = [c for c in columns if not _documented(c, section)]
        assert not missing, f"{view}: {missing}"


def test_downgrade_drops_the_views_and_upgrade_restores_them(database: Database) -> None:
    with database.engine.begin() as conn:
        command.downgrade(db.alembic_config(conn), INITIAL_REVISION)
    assert _views(database) == {}
    assert db.current_revision(database.engine)[0] == INITIAL_REVISION
    db.upgrade(database.engine)
    assert _views(database) == VIEW_COLUMNS


def test_alembic_check_ignores_the_views(database: Database) -> None:
    with database.engine.connect() as conn:
        command.check(db.alembic_config(conn))


def test_views_are_read_in_order_on_an_empty_database(database: Database) -> None:
    with database.engine.connect() as conn:
        for view in VIEW_COLUMNS:
            assert conn.exec_driver_sql(f"SELECT COUNT(*) FROM {view}").scalar_one() == 0
