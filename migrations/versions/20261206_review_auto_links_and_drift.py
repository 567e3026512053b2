"""Links of status `auto` (copies grouped without a reviewer); clusters_v widened; drift_v.

Revision ID: review_0004_auto_drift
Revises: 20261206_claims_kind
Create Date: 2026-12-06

`links.status` and the two statuses of `reviews` accept `auto`. Changing a CHECK constraint
rebuilds the table on SQLite (batch mode), and SQLite refuses to drop `links` while `reviews`
rows point at it (RESTRICT acts at once, even when deferred), so there the audit rows are
held in a temporary table while `links` is rebuilt. `legacy_alter_table` keeps SQLite from
checking the views while the rebuilt tables are renamed into place.

`clusters_v` gains the member's article title, URL and byline, how it joined the cluster
(`confirmed` or `auto`) and the cluster's last day; `drift_v` lines each member up against
the cluster's first appearance. docs/sql.md describes both.
"""

from collections.abc import Sequence

from alembic import context, op

revision: str = "review_0004_auto_drift"
down_revision: str | None = "20261206_claims_kind"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_STATUSES = ("pending", "confirmed", "rejected")
NEW_STATUSES = (*OLD_STATUSES, "auto")
CHECKS = {
    "links": {"ck_links_link_status": "status"},
    "reviews": {
        "ck_reviews_review_status_before": "status_before",
        "ck_reviews_review_status_after": "status_after",
    },
}
"""The constraints that name the link statuses, by table: constraint name -> column."""

# Members with their article, outlet, speaker and how they joined: a member touched by a
# confirmed link was confirmed by a reviewer; one touched only by `auto` links was grouped as a
# copy. Both are per item kind, so that each EXISTS reads one index.
MEMBERS = """
    SELECT cm.cluster_id, c.kind, COALESCE(cm.quote_id, cm.claim_id) AS member_id,
           cm.quote_id, cm.claim_id, a.id AS article_id, a.outlet_id, o.name AS outlet,
           a.published, s.name AS speaker, COALESCE(q.text, cl.sentence) AS text,
           a.title AS article_title, a.url AS article_url, a.byline,
           cl.normalized_value AS value, cl.normalized_unit AS unit,
           CASE WHEN cm.quote_id IS NOT NULL THEN
                CASE WHEN EXISTS (SELECT 1 FROM links l WHERE l.status = 'confirmed'
                                  AND (l.a_quote_id = cm.quote_id OR l.b_quote_id = cm.quote_id))
                     THEN 'confirmed' ELSE 'auto' END
           ELSE
                CASE WHEN EXISTS (SELECT 1 FROM links l WHERE l.status = 'confirmed'
                                  AND (l.a_claim_id = cm.claim_id OR l.b_claim_id = cm.claim_id))
                     THEN 'confirmed' ELSE 'auto' END
           END AS joined_by
    FROM cluster_members cm
    JOIN clusters c ON c.id = cm.cluster_id
    LEFT JOIN quotes q ON q.id = cm.quote_id
    LEFT JOIN claims cl ON cl.id = cm.claim_id
    JOIN articles a ON a.id = COALESCE(q.article_id, cl.article_id)
    LEFT JOIN outlets o ON o.id = a.outlet_id
    LEFT JOIN speakers s ON s.id = COALESCE(q.speaker_id, cl.speaker_id)
"""

CLUSTERS_V = f"""
CREATE VIEW clusters_v AS
WITH m AS ({MEMBERS}),
totals AS (
    SELECT cluster_id, MIN(published) AS first_seen, COUNT(DISTINCT outlet_id) AS outlet_count,
           COUNT(DISTINCT article_id) AS article_count, COUNT(*) AS member_count,
           MAX(published) AS last_seen
    FROM m
    GROUP BY cluster_id
)
SELECT m.cluster_id, m.kind, m.member_id, m.article_id, m.outlet, m.published, m.speaker,
       m.text, t.first_seen, t.outlet_count, t.article_count, t.member_count,
       m.article_title, m.article_url, m.byline, m.joined_by, t.last_seen
FROM m
JOIN totals t ON t.cluster_id = m.cluster_id
"""

# The timeline order of factdb.services.timeline: dated members by day, article and item id;
# undated ones last, quotes before claims, by id.
DRIFT_V = """
CREATE VIEW drift_v AS
WITH m AS ({members}),
ordered AS (
    SELECT m.*, ROW_NUMBER() OVER (
        PARTITION BY cluster_id
        ORDER BY CASE WHEN published IS NULL THEN 1 ELSE 0 END, published,
                 CASE WHEN published IS NULL THEN 0 ELSE article_id END,
                 CASE WHEN published IS NULL AND quote_id IS NULL THEN 1 ELSE 0 END,
                 member_id,
                 CASE WHEN quote_id IS NULL THEN 1 ELSE 0 END) AS position
    FROM m
)
SELECT o.cluster_id, o.kind, o.position, o.member_id, o.article_id, o.outlet, o.published,
       o.speaker, o.text, o.joined_by,
       f.member_id AS first_member_id, f.outlet AS first_outlet,
       f.published AS first_published, f.speaker AS first_speaker, f.text AS first_text,
       {days} AS days_after_first,
       CASE WHEN o.text = f.text THEN 0 ELSE 1 END AS wording_changed,
       CASE WHEN COALESCE(o.speaker, '') = COALESCE(f.speaker, '') THEN 0 ELSE 1 END
           AS speaker_changed,
       CASE
           WHEN o.claim_id IS NOT NULL AND f.claim_id IS NOT NULL THEN
               CASE WHEN o.value <> f.value OR COALESCE(o.unit, '') <> COALESCE(f.unit, '')
                    THEN 1 ELSE 0 END
           WHEN o.quote_id IS NOT NULL AND f.quote_id IS NOT NULL THEN
               CASE WHEN EXISTS (SELECT 1 FROM claims x WHERE x.quote_id = o.quote_id
                                 AND NOT EXISTS (SELECT 1 FROM claims y
                                                 WHERE y.quote_id = f.quote_id
                                                 AND y.normalized_value = x.normalized_value))
                      OR EXISTS (SELECT 1 FROM claims y WHERE y.quote_id = f.quote_id
                                 AND NOT EXISTS (SELECT 1 FROM claims x
                                                 WHERE x.quote_id = o.quote_id
                                                 AND x.normalized_value = y.normalized_value))
                    THEN 1 ELSE 0 END
           ELSE 0
       END AS numbers_changed
FROM ordered o
JOIN ordered f ON f.cluster_id = o.cluster_id AND f.position = 1
"""

# Whole days between two dates: the one expression whose spelling differs between the two.
DAYS = {
    "sqlite": "CAST(julianday(o.published) - julianday(f.published) AS INTEGER)",
    "postgresql": "(o.published - f.published)",
}


def _old_clusters_v() -> str:
    """The clusters_v this revision replaces, read from the revision that made it."""
    return str(context.script.get_revision("0002_views").module.CLUSTERS_V)


def _set_statuses(statuses: Sequence[str]) -> None:
    """Make every status constraint accept exactly STATUSES."""
    allowed = ", ".join(f"'{s}'" for s in statuses)
    for table in ("links", "reviews"):
        with op.batch_alter_table(table, recreate="auto") as batch:
            for name, column in CHECKS[table].items():
                # op.f: the names are final, not to be run through the naming convention again.
                batch.drop_constraint(op.f(name), type_="check")
                batch.create_check_constraint(op.f(name), f"{column} IN ({allowed})")


def _rebuild(statuses: Sequence[str]) -> None:
    """Rebuild the status constraints; on SQLite with the audit rows set aside meanwhile."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        _set_statuses(statuses)
        return
    op.execute("PRAGMA legacy_alter_table = ON")
    op.execute("CREATE TEMPORARY TABLE review_rows AS SELECT * FROM reviews")
    op.execute("DELETE FROM reviews")
    _set_statuses(statuses)
    op.execute("INSERT INTO reviews SELECT * FROM review_rows")
    op.execute("DROP TABLE review_rows")
    op.execute("PRAGMA legacy_alter_table = OFF")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute("DROP VIEW IF EXISTS clusters_v")
    _rebuild(NEW_STATUSES)
    op.execute(CLUSTERS_V)
    op.execute(DRIFT_V.format(members=MEMBERS, days=DAYS.get(dialect, DAYS["postgresql"])))


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS drift_v")
    op.execute("DROP VIEW IF EXISTS clusters_v")
    # The older schema has no `auto`: copies grouped without a reviewer go back to review.
    op.execute("UPDATE links SET status = 'pending' WHERE status = 'auto'")
    for column in ("status_before", "status_after"):
        op.execute(f"UPDATE reviews SET {column} = 'pending' WHERE {column} = 'auto'")
    _rebuild(OLD_STATUSES)
    op.execute(_old_clusters_v())
