"""Quotes of the labelled news as the database stores them (`factdb eval news --mode stored`).

What a user reads is not the extractor's per-article name but the stored speaker the registry
gave it (``services.speakers.resolve_speaker``): "Trump" in one article becomes "Donald Trump"
when the archive holds one person of that surname. This module ingests the labelled articles,
in the order given, into a throwaway SQLite database and reads each quote back with the name
of its stored speaker, so the same scoring applies to the stored output.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from factdb.evaluation.news_data import NewsArticle
from factdb.extract.text.links import before_cuts, link_cuts
from factdb.models import Quote, Speaker, SpeakerAlias
from factdb.services.database import Database
from factdb.services.ingest import ingest_article
from factdb.sources import ArticleInput

StoredQuote = tuple[int, int, str, str | None, bool, tuple[str, ...]]
"""start, end, kind, stored speaker name, anonymous, the speaker's other stored names."""


def stored_quotes(articles: Sequence[NewsArticle]) -> dict[str, list[StoredQuote]]:
    """Per article id, each stored quote (see StoredQuote), in text order."""
    out: dict[str, list[StoredQuote]] = {}
    with tempfile.TemporaryDirectory(prefix="factdb-eval-") as tmp:
        database = Database.open(f"sqlite:///{Path(tmp) / 'news.db'}")
        try:
            ids = {}
            for art in articles:
                result = ingest_article(database, ArticleInput(art.text, art.id))
                ids[result.article_id] = art.id
            with database.read() as session:
                rows = session.execute(
                    select(
                        Quote.article_id,
                        Quote.start_offset,
                        Quote.end_offset,
                        Quote.kind,
                        Speaker.name,
                        Quote.anonymous,
                        Quote.speaker_id,
                    )
                    .outerjoin(Speaker, Quote.speaker_id == Speaker.id)
                    .order_by(Quote.article_id, Quote.start_offset)
                ).all()
                aliases: dict[int, list[str]] = {}
                for speaker_id, alias in session.execute(
                    select(SpeakerAlias.speaker_id, SpeakerAlias.alias).order_by(SpeakerAlias.id)
                ):
                    aliases.setdefault(speaker_id, []).append(alias)
        finally:
            database.close()
    # The stored text leaves out outlets' inline link text: offsets go back to the labelled text.
    cuts = {art.id: link_cuts(art.text) for art in articles}
    for article_id, start, end, kind, name, anonymous, stored_id in rows:
        others = tuple(aliases.get(stored_id, ())) if stored_id is not None else ()
        cut = cuts[ids[article_id]]
        start, end = before_cuts(start, cut), before_cuts(end - 1, cut) + 1
        out.setdefault(ids[article_id], []).append(
            (start, end, str(kind), name, anonymous is not None, others)
        )
    return out
