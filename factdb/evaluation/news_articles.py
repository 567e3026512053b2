"""The labelled news articles for the claim and link scores: texts, story pairs, halves.

The 30 articles of `../shared/data/news/dev.jsonl` tell 20 stories, 10 of them twice (two
outlets); the pairs are listed in `labels/news_links.jsonl`. The tune/check split is the one of
:mod:`factdb.evaluation.news_data` (by story, both tellings on the same side), so quotes, claims
and links are tuned and checked on the same halves. The labels hold article ids and character
offsets only, never article text (research-use data).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from factdb.evaluation.link_pairs import SHARED
from factdb.evaluation.news_data import SPLITS, assign_splits, load_dev

NEWS = SHARED / "data" / "news" / "dev.jsonl"
HALVES = SPLITS


@dataclass(frozen=True, slots=True)
class Article:
    """One labelled article: its id, text and the half of the split it falls in."""

    id: str
    text: str
    published: str | None
    half: str


def label_lines(name: str) -> Iterator[dict[str, Any]]:
    """The JSON objects of the package label file NAME (under `evaluation/labels/`)."""
    text = resources.files("factdb.evaluation").joinpath("labels", name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip():
            yield json.loads(line)


def story_pairs() -> list[tuple[str, str]]:
    """The (a, b) article ids of every story told by two outlets."""
    return [(d["a"], d["b"]) for d in label_lines("news_links.jsonl")]


def load_articles(path: Path = NEWS) -> list[Article]:
    """The labelled articles, in file order, each with its half of the split."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    halves = {a.id: a.split for a in assign_splits(load_dev(path.parent))}
    return [Article(r["id"], r["text"], r.get("published"), halves[r["id"]]) for r in rows]
