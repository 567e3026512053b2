"""The labelled news articles for the claim and link scores: texts, story pairs, halves.

Two sets, as in :mod:`factdb.evaluation.news_data`:

- ``dev``: the 30 articles of `../shared/data/news/dev.jsonl`, 20 stories, 10 of them told by
  two outlets;
- ``archive``: articles of `../shared/data/news/archive.jsonl.gz` labelled for claims or links
  (batch 6 of `news_labels.jsonl`: stories told by two outlets), their text read from the
  archive by id.

The story pairs are listed in `labels/news_links.jsonl`, the claims in
`labels/news_claims.jsonl`; both name articles of either set by id. The tune/check split is the
one of :mod:`factdb.evaluation.news_data` (by story, both tellings on the same side): the dev
articles are split among themselves as before, each archive batch on its own, so adding archive
pairs moves no dev article, and quotes, claims and links are tuned and checked on the same
halves. The labels hold article ids and character offsets only, never article text
(research-use data).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from factdb.errors import FactdbError
from factdb.evaluation.link_pairs import SHARED
from factdb.evaluation.news_data import (
    LABELS,
    SPLITS,
    archive_splits,
    assign_splits,
    load_dev,
    read_archive_rows,
)

NEWS = SHARED / "data" / "news" / "dev.jsonl"
ARCHIVE_NAME = "archive.jsonl.gz"
HALVES = SPLITS
SETS = ("dev", "archive")
Group = tuple[str, str]
"""A row of the reports: (set or "all", half or "all")."""
GROUPS: tuple[Group, ...] = tuple((s, h) for s in (*SETS, "all") for h in (*HALVES, "all"))


@dataclass(frozen=True, slots=True)
class Article:
    """One labelled article: its id, text, the half of the split it falls in and its set."""

    id: str
    text: str
    published: str | None
    half: str
    set_name: str = "dev"


def groups_of(article: Article) -> tuple[Group, ...]:
    """The report rows an article counts in: its set and "all", each by half and overall."""
    return tuple((s, h) for s in (article.set_name, "all") for h in (article.half, "all"))


def group_name(group: Group) -> str:
    """The label of a report row: "dev tune", "archive all", "all check"."""
    return f"{group[0]} {group[1]}"


def label_lines(name: str) -> Iterator[dict[str, Any]]:
    """The JSON objects of the package label file NAME (under `evaluation/labels/`)."""
    text = resources.files("factdb.evaluation").joinpath("labels", name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip():
            yield json.loads(line)


def story_pairs() -> list[tuple[str, str]]:
    """The (a, b) article ids of every story told by two outlets."""
    return [(d["a"], d["b"]) for d in label_lines("news_links.jsonl")]


def labelled_ids() -> set[str]:
    """The ids of every article named by the claim or the link labels."""
    ids = {d["id"] for d in label_lines("news_claims.jsonl")}
    for a, b in story_pairs():
        ids |= {a, b}
    return ids


def load_articles(path: Path = NEWS, labels: Path = LABELS) -> list[Article]:
    """The labelled articles, each with its half of the split: the dev articles in file order,
    then the archive articles that the claim or link labels name, in archive order."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    halves = {a.id: a.split for a in assign_splits(load_dev(path.parent))}
    out = [Article(r["id"], r["text"], r.get("published"), halves[r["id"]]) for r in rows]
    wanted = labelled_ids() - {a.id for a in out}
    if not wanted:
        return out
    split = archive_splits(labels)
    unsplit = sorted(wanted - set(split))
    if unsplit:
        raise FactdbError(f"archive articles with claim or link labels but no story: {unsplit}")
    archive = read_archive_rows(path.parent / ARCHIVE_NAME, wanted)
    missing = sorted(wanted - set(archive))
    if missing:
        raise FactdbError(f"labelled articles not in {ARCHIVE_NAME}: {missing}")
    out += [
        Article(i, d["text"], d.get("published"), split[i], "archive") for i, d in archive.items()
    ]
    return out
