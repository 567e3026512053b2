"""Analysts' views: quotes_v, claims_v, links_v, clusters_v, conflicts_v and speakers_v.

Revision ID: 0002_views
Revises: 6505c4030637
Create Date: 2026-11-23 14:00:00

The views have the same names and columns on SQLite and PostgreSQL; docs/sql.md describes
them. Only the aggregation of a speaker's aliases into one string differs between the two
dialects. The views are not part of the ORM metadata, so `alembic check` ignores them.

A later migration that rebuilds a table in SQLite batch mode (copy, drop, rename) must drop
these views first and create them again afterwards: SQLite refuses to rename a table while a
view refers to a table that no longer exists.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_views"
down_revision: str | None = "6505c4030637"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUOTES_V = """
CREATE VIEW quotes_v AS
SELECT q.id AS quote_id, q.kind, q.text, q.speaker_id, s.name AS speaker, q.speaker_text,
       q.cue, q.sentence, q.start_offset, q.end_offset, q.article_id,
       a.title AS article_title, a.url AS article_url, a.outlet_id, o.name AS outlet,
       a.published, cm.cluster_id
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN speakers s ON s.id = q.speaker_id
LEFT JOIN cluster_members cm ON cm.quote_id = q.id
"""

CLAIMS_V = """
CREATE VIEW claims_v AS
SELECT c.id AS claim_id, c.text, c.value, c.value_max, c.unit, c.normalized_value,
       c.normalized_value_max, c.normalized_unit, c.qualifier, c.change, c.measures,
       c.sentence, c.quote_id, c.speaker_id, s.name AS speaker, c.start_offset, c.end_offset,
       c.article_id, a.title AS article_title, a.url AS article_url, a.outlet_id,
       o.name AS outlet, a.published, cm.cluster_id
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN speakers s ON s.id = c.speaker_id
LEFT JOIN cluster_members cm ON cm.claim_id = c.id
"""

# One row per link. A side is a quote or a claim; its text is the quote, or the claim's sentence.
LINKS_V = """
CREATE VIEW links_v AS
SELECT l.id AS link_id, l.kind, l.relation, l.status, l.score,
       COALESCE(l.a_quote_id, l.a_claim_id) AS a_id, aa.id AS a_article_id,
       ao.name AS a_outlet, aa.published AS a_published, asp.name AS a_speaker,
       COALESCE(qa.text, ca.sentence) AS a_text,
       COALESCE(l.b_quote_id, l.b_claim_id) AS b_id, ba.id AS b_article_id,
       bo.name AS b_outlet, ba.published AS b_published, bsp.name AS b_speaker,
       COALESCE(qb.text, cb.sentence) AS b_text,
       l.reviewer, l.decided_at, l.note,
       (SELECT r.reviewer FROM reviews r WHERE r.link_id = l.id
        ORDER BY r.id DESC LIMIT 1) AS last_reviewer,
       (SELECT r.created_at FROM reviews r WHERE r.link_id = l.id
        ORDER BY r.id DESC LIMIT 1) AS last_reviewed_at,
       l.created_at
FROM links l
LEFT JOIN quotes qa ON qa.id = l.a_quote_id
LEFT JOIN claims ca ON ca.id = l.a_claim_id
LEFT JOIN quotes qb ON qb.id = l.b_quote_id
LEFT JOIN claims cb ON cb.id = l.b_claim_id
JOIN articles aa ON aa.id = COALESCE(qa.article_id, ca.article_id)
JOIN articles ba ON ba.id = COALESCE(qb.article_id, cb.article_id)
LEFT JOIN outlets ao ON ao.id = aa.outlet_id
LEFT JOIN outlets bo ON bo.id = ba.outlet_id
LEFT JOIN speakers asp ON asp.id = COALESCE(qa.speaker_id, ca.speaker_id)
LEFT JOIN speakers bsp ON bsp.id = COALESCE(qb.speaker_id, cb.speaker_id)
"""

# One row per cluster member, with figures of its whole cluster alongside.
CLUSTERS_V = """
CREATE VIEW clusters_v AS
WITH m AS (
    SELECT cm.cluster_id, c.kind, COALESCE(cm.quote_id, cm.claim_id) AS member_id,
           a.id AS article_id, a.outlet_id, o.name AS outlet, a.published,
           s.name AS speaker, COALESCE(q.text, cl.sentence) AS text
    FROM cluster_members cm
    JOIN clusters c ON c.id = cm.cluster_id
    LEFT JOIN quotes q ON q.id = cm.quote_id
    LEFT JOIN claims cl ON cl.id = cm.claim_id
    JOIN articles a ON a.id = COALESCE(q.article_id, cl.article_id)
    LEFT JOIN outlets o ON o.id = a.outlet_id
    LEFT JOIN speakers s ON s.id = COALESCE(q.speaker_id, cl.speaker_id)
),
totals AS (
    SELECT cluster_id, MIN(published) AS first_seen, COUNT(DISTINCT outlet_id) AS outlet_count,
           COUNT(DISTINCT article_id) AS article_count, COUNT(*) AS member_count
    FROM m
    GROUP BY cluster_id
)
SELECT m.cluster_id, m.kind, m.member_id, m.article_id, m.outlet, m.published, m.speaker,
       m.text, t.first_seen, t.outlet_count, t.article_count, t.member_count
FROM m
JOIN totals t ON t.cluster_id = m.cluster_id
"""

# Conflict links with both sides' figures: a claim conflict is two values for one measure, a
# quote conflict is one statement attributed to two speakers.
CONFLICTS_V = """
CREATE VIEW conflicts_v AS
SELECT lv.link_id, lv.kind,
       CASE lv.kind WHEN 'claim' THEN 'value' ELSE 'attribution' END AS conflict,
       lv.status, lv.score,
       lv.a_id, lv.a_article_id, lv.a_outlet, lv.a_published, lv.a_speaker, lv.a_text,
       ca.text AS a_quantity, ca.normalized_value AS a_value, ca.normalized_unit AS a_unit,
       lv.b_id, lv.b_article_id, lv.b_outlet, lv.b_published, lv.b_speaker, lv.b_text,
       cb.text AS b_quantity, cb.normalized_value AS b_value, cb.normalized_unit AS b_unit,
       COALESCE(ca.measures, cb.measures) AS measures,
       lv.reviewer, lv.decided_at, lv.note, lv.last_reviewer, lv.last_reviewed_at
FROM links_v lv
LEFT JOIN claims ca ON lv.kind = 'claim' AND ca.id = lv.a_id
LEFT JOIN claims cb ON lv.kind = 'claim' AND cb.id = lv.b_id
WHERE lv.relation = 'conflict'
"""

SPEAKERS_V = """
CREATE VIEW speakers_v AS
SELECT s.id AS speaker_id, s.name, s.kind, s.description,
       ({aliases}) AS aliases,
       (SELECT COUNT(*) FROM speaker_aliases sa WHERE sa.speaker_id = s.id) AS alias_count,
       (SELECT COUNT(*) FROM quotes q WHERE q.speaker_id = s.id) AS quote_count,
       (SELECT COUNT(*) FROM claims c WHERE c.speaker_id = s.id) AS claim_count
FROM speakers s
"""

# Aliases in alphabetical order, joined by "; ". SQLite before 3.44 has no ORDER BY inside an
# aggregate, so it aggregates an ordered subquery instead.
ALIASES = {
    "sqlite": "SELECT group_concat(alias, '; ') FROM (SELECT sa.alias FROM speaker_aliases sa"
    " WHERE sa.speaker_id = s.id ORDER BY sa.alias)",
    "postgresql": "SELECT string_agg(sa.alias, '; ' ORDER BY sa.alias) FROM speaker_aliases sa"
    " WHERE sa.speaker_id = s.id",
}

# Dependent views come after the views they read, and are dropped before them.
VIEWS = ["quotes_v", "claims_v", "links_v", "clusters_v", "conflicts_v", "speakers_v"]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    speakers_v = SPEAKERS_V.format(aliases=ALIASES.get(dialect, ALIASES["postgresql"]))
    for sql in (QUOTES_V, CLAIMS_V, LINKS_V, CLUSTERS_V, CONFLICTS_V, speakers_v):
        op.execute(sql)


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
