"""Claims keep the base a percentage is taken of ("GDP" in "2% of GDP").

Revision ID: 0003_claim_base
Revises: 0002_views
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_claim_base"
down_revision: str | None = "0002_views"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE on both backends: a batch copy of `claims` would trip over the views
    # that read it on SQLite.
    op.add_column("claims", sa.Column("base", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("claims", "base")
