"""link_scores: pairs a distributed linking run has scored, staged until the run stores them.

Revision ID: 20261206_dask_scores
Revises: 20261206_verdicts
Create Date: 2026-12-06

Workers of `factdb link --engine dask` write the pairs they score here, keyed by the run and
the item pair so that a task run twice adds nothing twice; the run reads them back, sifts and
stores them as links, and deletes its rows. The table is empty between runs.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261206_dask_scores"
down_revision: str | None = "20261206_verdicts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "link_scores",
        sa.Column("run", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("quote", "claim", name="score_kind", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("a_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("b_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column(
            "relation",
            sa.Enum(
                "same", "conflict", name="score_relation", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("run", "kind", "a_id", "b_id", name=op.f("pk_link_scores")),
    )


def downgrade() -> None:
    op.drop_table("link_scores")
