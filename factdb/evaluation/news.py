"""The labelled news articles: their texts, their stories and the tune/check split.

The 30 articles of `../shared/data/news/dev.jsonl` tell 20 stories, 10 of them twice (two
outlets). The pairs are listed in `labels/news_links.jsonl`; every other article is a story of
its own. The split is by story, so that both tellings of a story fall on the same side:
stories are sorted by their smallest article id, pairs and single-article stories each on their
own, and alternate tune, check, tune, ... (5 pairs and 5 single articles on each side). The
labels hold article ids and character offsets only, never article text (research-use data).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from factdb.evaluation.link_pairs import SHARED

NEWS = SHARED / "data" / "news" / "dev.jsonl"
HALVES = ("tune", "check")


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


def split(ids: list[str], pairs: list[tuple[str, str]]) -> dict[str, str]:
    """The half ("tune" or "check") of each article id, by the rule in the module docstring."""
    paired = {x for pair in pairs for x in pair}
    groups = [sorted(sorted(p) for p in pairs), sorted([i] for i in ids if i not in paired)]
    half: dict[str, str] = {}
    for group in groups:
        for index, story in enumerate(group):
            for article in story:
                half[article] = HALVES[index % 2]
    return half


def load_articles(path: Path = NEWS) -> list[Article]:
    """The labelled articles, in file order, each with its half of the split."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    halves = split([r["id"] for r in rows], story_pairs())
    return [Article(r["id"], r["text"], r.get("published"), halves[r["id"]]) for r in rows]
