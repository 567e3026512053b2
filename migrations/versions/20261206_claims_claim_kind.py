"""Claims record their kind (age, count, money, percent, duration, ...); claims_v shows it.

Revision ID: 20261206_claims_kind
Revises: 20261206_speakers
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261206_claims_kind"
down_revision: str | None = "20261206_speakers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CLAIMS_V = """
CREATE VIEW claims_v AS
SELECT c.id AS claim_id, c.text, c.value, c.value_max, c.unit, c.normalized_value,
       c.normalized_value_max, c.normalized_unit, c.qualifier, c.change, c.measures,
       c.sentence, c.quote_id, c.speaker_id, s.name AS speaker, c.start_offset, c.end_offset,
       c.article_id, a.title AS article_title, a.url AS article_url, a.outlet_id,
       o.name AS outlet, a.published, cm.cluster_id{extra}
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN speakers s ON s.id = c.speaker_id
LEFT JOIN cluster_members cm ON cm.claim_id = c.id
"""


def upgrade() -> None:
    # Plain ALTER TABLE on both backends (a batch copy of `claims` would trip over the views
    # that read it on SQLite); no other view reads claims_v, so it alone is made anew.
    op.add_column("claims", sa.Column("kind", sa.String(length=16), nullable=True))
    op.execute("DROP VIEW IF EXISTS claims_v")
    op.execute(_CLAIMS_V.format(extra=", c.kind, c.base"))


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS claims_v")
    op.execute(_CLAIMS_V.format(extra=""))
    op.drop_column("claims", "kind")
