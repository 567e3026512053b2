"""The hand-labelled news articles: gold quotations with offsets, and the tune/check split.

Two sets are read:

- ``dev``: ``../shared/data/news/dev.jsonl`` and ``dev-gold.jsonl`` (30 articles, 20 stories).
  A gold item gives its exact text (and ``occurrence`` when the text repeats); offsets are found
  here. The two tellings of a story share their publication date and no other two articles of
  the set do, so a story is the set of articles published on one date.
- ``archive``: ``news_labels.jsonl`` beside this module, labels of articles of
  ``../shared/data/news/archive.jsonl.gz`` made by reading them, by the same guide. It stores
  article ids, character offsets, kinds and speakers only, never article text: the text is read
  from the archive. A line's ``story`` groups tellings of one story (default: its own id), its
  ``batch`` (default 1) the round of labelling it was added in.

Split: stories are ordered by the SHA-1 of their key, separately for stories told once and
stories told by several outlets, and alternate tune, check, tune, ... in that order, so each
half holds the same number of multi-outlet stories (plus or minus one) and no story is cut.
Each batch of archive labels is split on its own, so labelling more articles never moves an
article labelled before from one half to the other.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

LABELS: Final = Path(__file__).with_name("news_labels.jsonl")
SPLITS: Final = ("tune", "check")
ANONYMOUS_PREFIX: Final = "anonymous:"


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One labelled quotation: its span, kind and canonical speaker."""

    start: int
    end: int
    kind: str
    """direct, partial, reported, scare or title."""
    speaker: str | None
    aliases: tuple[str, ...] = ()

    @property
    def anonymous(self) -> bool:
        """Whether the article names nobody for this quotation."""
        return self.speaker is not None and self.speaker.startswith(ANONYMOUS_PREFIX)


@dataclass(frozen=True, slots=True)
class NewsArticle:
    """One labelled article with its text, story key and split."""

    id: str
    text: str
    story: str
    gold: tuple[GoldQuote, ...]
    set_name: str
    split: str = ""
    batch: int = 1
    """The round of labelling the article was added in (archive labels)."""


def _find(text: str, part: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(part, pos + 1)
        if pos < 0:
            raise ValueError(f"gold text not in article: {part[:60]!r}")
    return pos


def _dev_gold(item: dict[str, Any], text: str) -> GoldQuote:
    start = _find(text, item["text"], int(item.get("occurrence", 1)))
    return GoldQuote(
        start,
        start + len(item["text"]),
        item["kind"],
        item.get("speaker"),
        tuple(item.get("aliases") or ()),
    )


def load_dev(news_dir: Path) -> list[NewsArticle]:
    """The 30 dev articles with their gold, story keyed by publication date."""
    texts = {}
    for line in (news_dir / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            texts[d["id"]] = d
    out = []
    for line in (news_dir / "dev-gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        art = texts[g["id"]]
        gold = tuple(_dev_gold(q, art["text"]) for q in g["quotes"])
        story = f"dev:{art.get('published')}"
        out.append(NewsArticle(g["id"], art["text"], story, gold, "dev"))
    return out


def read_archive_rows(path: Path, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The archive rows (id, title, outlet, published, text, ...) with the given ids."""
    wanted = set(ids)
    found: dict[str, dict[str, Any]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            # The id leads each line: skip the others without parsing them.
            head = line[:60]
            if not any(i in head for i in wanted):
                continue
            d = json.loads(line)
            if d["id"] in wanted:
                found[d["id"]] = d
    return found


def read_archive(path: Path, ids: Iterable[str]) -> dict[str, str]:
    """The texts of the archive articles with the given ids."""
    return {i: d["text"] for i, d in read_archive_rows(path, ids).items()}


def label_rows(labels: Path = LABELS) -> list[dict[str, Any]]:
    """The lines of the archive label file LABELS (none when it is missing)."""
    if not labels.exists():
        return []
    return [json.loads(x) for x in labels.read_text(encoding="utf-8").splitlines() if x.strip()]


def _archive_article(row: dict[str, Any], text: str) -> NewsArticle:
    gold = tuple(
        GoldQuote(q["start"], q["end"], q["kind"], q.get("speaker"), tuple(q.get("aliases", ())))
        for q in row["quotes"]
    )
    story = f"archive:{row.get('story', row['id'])}"
    return NewsArticle(row["id"], text, story, gold, "archive", batch=row.get("batch", 1))


def load_labels(news_dir: Path, labels: Path = LABELS) -> list[NewsArticle]:
    """The archive articles labelled in LABELS, their text read from the archive."""
    rows = label_rows(labels)
    texts = read_archive(news_dir / "archive.jsonl.gz", (r["id"] for r in rows))
    return [_archive_article(r, texts[r["id"]]) for r in rows]


def _digest(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def assign_splits(articles: list[NewsArticle]) -> list[NewsArticle]:
    """The articles with their split set: whole stories alternate tune and check (see above)."""
    stories: dict[str, list[NewsArticle]] = {}
    for a in articles:
        stories.setdefault(a.story, []).append(a)
    split_of: dict[str, str] = {}
    for multi in (False, True):
        keys = sorted((k for k, v in stories.items() if (len(v) > 1) == multi), key=_digest)
        for n, key in enumerate(keys):
            split_of[key] = SPLITS[n % 2]
    return [replace(a, split=split_of[a.story]) for a in articles]


def split_batches(archive: list[NewsArticle]) -> list[NewsArticle]:
    """The archive articles with their split set, each batch split on its own."""
    out: list[NewsArticle] = []
    for batch in sorted({a.batch for a in archive}):
        out += assign_splits([a for a in archive if a.batch == batch])
    return out


def archive_splits(labels: Path = LABELS) -> dict[str, str]:
    """The split of each archive article of LABELS, as `load_news` sets it (no text read)."""
    return {
        a.id: a.split for a in split_batches([_archive_article(r, "") for r in label_rows(labels)])
    }


def load_news(news_dir: Path, labels: Path = LABELS) -> list[NewsArticle]:
    """Every labelled article of both sets, each set split on its own."""
    return assign_splits(load_dev(news_dir)) + split_batches(load_labels(news_dir, labels))
