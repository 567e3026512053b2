"""The articles behind `factdb eval claims --news` and `factdb eval links --news`: both sets,
the archive story pairs (batch 6), and a split that moves no article labelled before."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from factdb.errors import FactdbError
from factdb.evaluation import news_articles
from factdb.evaluation.claims import main as claims_main
from factdb.evaluation.news_articles import (
    Article,
    group_name,
    groups_of,
    label_lines,
    load_articles,
    story_pairs,
)
from factdb.evaluation.news_claims import score_news
from factdb.evaluation.news_data import (
    LABELS,
    archive_splits,
    assign_splits,
    label_rows,
    load_dev,
    load_news,
    read_archive_rows,
)
from factdb.evaluation.news_links import LinkScore, score_news_links
from tests.conftest import shared_path

# The dev tune half as it stood before archive pairs were added (round 21): it must not move.
DEV_TUNE = {
    "abp-0gzanB9ofcXjg0RR",
    "abp-BX97IJP3h1sxfU82",
    "abp-ErH64vEdn68cj9BN",
    "abp-NNW1FE4GuO895LnV",
    "abp-OnJN6HMlIzDBXzHI",
    "abp-PeOABNO11Q5S4I98",
    "abp-RhZoCUQ6y1IVoGui",
    "abp-TpWltj2agi8J2GKJ",
    "abp-Ynth6itHYjY9fqG8",
    "abp-cdAnim6hLxUbClAe",
    "abp-fqVcBXXtjMBZh1HO",
    "abp-hSCaqX3fnORMojtI",
    "abp-lQ5cv6zKz3oA2gPQ",
    "abp-nLK4q20HnfRx8PGz",
    "abp-r7vivSgOSAddAzlq",
}


def _dev() -> Path:
    shared_path("data", "news", "archive.jsonl.gz")
    return shared_path("data", "news", "dev.jsonl")


def _batch6() -> list[dict[str, Any]]:
    return [r for r in label_rows() if r.get("batch") == 6]


def test_groups_count_an_article_in_its_set_and_in_all() -> None:
    art = Article("x", "text", None, "check", "archive")
    assert groups_of(art) == (
        ("archive", "check"),
        ("archive", "all"),
        ("all", "check"),
        ("all", "all"),
    )
    assert group_name(("dev", "tune")) == "dev tune"


def test_the_archive_story_pairs_are_loaded_with_their_text() -> None:
    articles = {a.id: a for a in load_articles(_dev())}
    archive = {i for i, a in articles.items() if a.set_name == "archive"}
    assert len([a for a in articles.values() if a.set_name == "dev"]) == 30
    pairs = [(a, b) for a, b in story_pairs() if a in archive]
    assert len(pairs) >= 5 and archive == {i for p in pairs for i in p}
    assert set(articles) >= {d["id"] for d in label_lines("news_claims.jsonl")}
    for i in archive:
        assert 1200 <= len(articles[i].text) <= 5000 and articles[i].published


def test_the_dev_split_does_not_move() -> None:
    articles = load_articles(_dev())
    dev = [a for a in articles if a.set_name == "dev"]
    assert {a.id for a in dev if a.half == "tune"} == DEV_TUNE
    halves = {a.id: a.split for a in assign_splits(load_dev(_dev().parent))}
    assert {a.id: a.half for a in dev} == halves


def test_archive_halves_are_those_of_eval_news_and_keep_each_story_whole() -> None:
    articles = {a.id: a for a in load_articles(_dev())}
    news = {a.id: a.split for a in load_news(_dev().parent) if a.set_name == "archive"}
    for a in articles.values():
        if a.set_name == "archive":
            assert a.half == news[a.id]
    for a, b in story_pairs():
        assert articles[a].half == articles[b].half
    halves = [articles[a].half for a, _ in story_pairs() if articles[a].set_name == "archive"]
    assert abs(halves.count("tune") - halves.count("check")) <= 1


def test_batch_six_moves_no_archive_article_labelled_before(tmp_path: Path) -> None:
    before = tmp_path / "before.jsonl"
    before.write_text(
        "".join(json.dumps(r) + "\n" for r in label_rows() if r.get("batch", 1) != 6),
        encoding="utf-8",
    )
    old = archive_splits(before)
    new = archive_splits(LABELS)
    assert len(new) == len(old) + len(_batch6()) and {i: new[i] for i in old} == old


def test_batch_six_is_story_pairs_of_two_outlets_within_days() -> None:
    rows = _batch6()
    stories: dict[str, list[str]] = {}
    for r in rows:
        stories.setdefault(str(r["story"]), []).append(str(r["id"]))
    assert len(stories) >= 5 and all(len(ids) == 2 for ids in stories.values())
    listed = {frozenset(p) for p in story_pairs()}
    archive = read_archive_rows(_dev().parent / "archive.jsonl.gz", [str(r["id"]) for r in rows])
    for a, b in stories.values():
        assert frozenset((a, b)) in listed
        assert archive[a]["outlet"] != archive[b]["outlet"]
        days = date.fromisoformat(archive[a]["published"][:10]) - date.fromisoformat(
            archive[b]["published"][:10]
        )
        assert abs(days.days) <= 3


def test_link_rows_point_at_labelled_quotes_and_claims() -> None:
    claims = {
        d["id"]: {(c["start"], c["end"]) for c in d["claims"]}
        for d in label_lines("news_claims.jsonl")
    }
    quotes = {str(r["id"]): {(q["start"], q["end"]) for q in r["quotes"]} for r in _batch6()}
    for story in label_lines("news_links.jsonl"):
        if story["a"] not in quotes:
            continue
        for side in ("a", "b"):
            for row in story["quotes"]:
                assert tuple(row[side]) in quotes[story[side]]
            for row in story["claims"]:
                assert tuple(row[side]) in claims[story[side]]


def test_claim_scores_count_the_archive_and_keep_the_dev_rows() -> None:
    _dev()
    scores = score_news()
    assert (scores[("dev", "tune")].gold, scores[("dev", "check")].gold) == (213, 90)
    assert scores[("archive", "all")].gold > 50
    assert scores[("all", "all")].gold == 303 + scores[("archive", "all")].gold


def test_link_scores_count_the_archive_pairs() -> None:
    articles = [a for a in load_articles(_dev()) if a.set_name == "archive"]
    scores = score_news_links(articles=articles)
    assert scores[("dev", "all")].gold == 0
    assert scores[("archive", "all")].gold > 20
    assert scores[("archive", "tune")].gold > 0 and scores[("archive", "check")].gold > 0


def test_link_score_add_sums_every_count() -> None:
    one = LinkScore(proposed=2, right=1, gold=3, found=1, wrong=["w"])
    total = LinkScore(proposed=1, conflicts_gold=1)
    total.add(one)
    assert (total.proposed, total.right, total.gold, total.found) == (3, 1, 3, 1)
    assert (total.conflicts_gold, total.wrong) == (1, ["w"])


def test_claim_or_link_labels_without_a_story_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "labels.jsonl"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setattr(news_articles, "labelled_ids", lambda: {"not-labelled-anywhere"})
    with pytest.raises(FactdbError, match="no story"):
        load_articles(_dev(), empty)


def test_eval_claims_news_prints_a_row_per_set_and_half(capsys: pytest.CaptureFixture[str]) -> None:
    _dev()
    assert claims_main(["--news"]) == 0
    rows = [line.split()[:2] for line in capsys.readouterr().out.splitlines()[2:]]
    assert rows == [[s, h] for s in ("dev", "archive", "all") for h in ("tune", "check", "all")]
