"""Fact-check verdicts with their history, imported checks, and the verdicts_v view.

Revision ID: 20261206_verdicts
Revises: review_0004_auto_drift
Create Date: 2026-12-06

A verdict is anchored on one statement (a quote or a claim), so it stays with whichever cluster
holds that statement however the clusters are recomputed. verdicts_v has the same columns on
SQLite and PostgreSQL; docs/sql.md describes it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261206_verdicts"
down_revision: str | None = "review_0004_auto_drift"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ONE_ITEM = (
    "(kind = 'quote' AND quote_id IS NOT NULL AND claim_id IS NULL)"
    " OR (kind = 'claim' AND claim_id IS NOT NULL AND quote_id IS NULL)"
)
RATING_COLUMNS = ("rating_value", "best_rating", "worst_rating")

# One row per verdict with the cluster its statement is in now. A verdict is current when no
# verdict of the same cluster (of the same statement, outside any cluster) is later.
VERDICTS_V = """
CREATE VIEW verdicts_v AS
WITH b AS (
    SELECT v.id AS verdict_id, v.kind, COALESCE(v.quote_id, v.claim_id) AS item_id,
           COALESCE(cq.cluster_id, cc.cluster_id) AS cluster_id,
           v.rating, v.rating_value, v.best_rating, v.worst_rating, v.reviewer, v.publisher,
           v.url, v.note, v.reviewed_at, v.updated_at,
           COALESCE(q.text, c.sentence) AS statement,
           COALESCE(q.speaker_id, c.speaker_id) AS speaker_id,
           COALESCE(q.article_id, c.article_id) AS article_id
    FROM verdicts v
    LEFT JOIN quotes q ON q.id = v.quote_id
    LEFT JOIN claims c ON c.id = v.claim_id
    LEFT JOIN cluster_members cq ON cq.quote_id = v.quote_id
    LEFT JOIN cluster_members cc ON cc.claim_id = v.claim_id
)
SELECT b.verdict_id, b.kind, b.item_id, b.cluster_id,
       CASE WHEN EXISTS (
           SELECT 1 FROM b w
           WHERE ((b.cluster_id IS NOT NULL AND w.cluster_id = b.cluster_id)
                  OR (b.cluster_id IS NULL AND w.cluster_id IS NULL
                      AND w.kind = b.kind AND w.item_id = b.item_id))
             AND (w.reviewed_at > b.reviewed_at
                  OR (w.reviewed_at = b.reviewed_at AND w.verdict_id > b.verdict_id))
       ) THEN 0 ELSE 1 END AS is_current,
       b.rating, b.rating_value, b.best_rating, b.worst_rating, b.reviewer, b.publisher,
       b.url, b.note, b.reviewed_at, b.statement, b.speaker_id, s.name AS speaker,
       b.article_id, o.name AS outlet, a.published,
       (SELECT COUNT(*) FROM verdict_history h WHERE h.verdict_id = b.verdict_id) AS changes,
       b.updated_at
FROM b
JOIN articles a ON a.id = b.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN speakers s ON s.id = b.speaker_id
"""


def _ratings() -> list[sa.Column[float]]:
    return [sa.Column(name, sa.Float(), nullable=True) for name in RATING_COLUMNS]


def _timestamp(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "verdicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("quote", "claim", name="verdict_kind", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("quote_id", sa.Integer(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("rating", sa.String(length=255), nullable=False),
        *_ratings(),
        sa.Column("reviewer", sa.String(length=255), nullable=False),
        sa.Column("publisher", sa.String(length=255), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        _timestamp("reviewed_at"),
        _timestamp("created_at"),
        _timestamp("updated_at", nullable=True),
        sa.CheckConstraint(ONE_ITEM, name=op.f("ck_verdicts_one_item")),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_verdicts_claim_id_claims"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quotes.id"], name=op.f("fk_verdicts_quote_id_quotes"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verdicts")),
    )
    op.create_index("ix_verdicts_claim_id", "verdicts", ["claim_id"])
    op.create_index("ix_verdicts_quote_id", "verdicts", ["quote_id"])

    op.create_table(
        "verdict_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("verdict_id", sa.Integer(), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "set", "change", "import", name="verdict_action", native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("cluster_id", sa.Integer(), nullable=True),
        sa.Column("rating", sa.String(length=255), nullable=False),
        *_ratings(),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reviewer", sa.String(length=255), nullable=False),
        _timestamp("created_at"),
        sa.ForeignKeyConstraint(
            ["verdict_id"], ["verdicts.id"], name=op.f("fk_verdict_history_verdict_id_verdicts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verdict_history")),
    )
    op.create_index("ix_verdict_history_verdict_id", "verdict_history", ["verdict_id"])

    op.create_table(
        "checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("publisher", sa.String(length=255), nullable=True),
        sa.Column("publisher_url", sa.Text(), nullable=True),
        sa.Column("review_url", sa.Text(), nullable=True),
        sa.Column("claim_author", sa.String(length=255), nullable=True),
        sa.Column("appearances", sa.JSON(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=True),
        _timestamp("imported_at"),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_checks_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quotes.id"], name=op.f("fk_checks_quote_id_quotes"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checks")),
    )
    op.create_index("ix_checks_article_id", "checks", ["article_id"], unique=True)
    op.create_index("ix_checks_quote_id", "checks", ["quote_id"])

    op.execute(VERDICTS_V)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS verdicts_v")
    for table in ("checks", "verdict_history", "verdicts"):
        op.drop_table(table)
