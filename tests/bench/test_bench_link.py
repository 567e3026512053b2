"""bench_link: whether the blocking met the near-duplicate pairs, and why the missed ones were
missed."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

from factdb.link import LinkItem
from factdb.link.blocking import BlockIndex
from factdb.link.scoring import DEFAULT_THRESHOLD, Prepared, prepare
from factdb.vocab import LinkKind

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_link import (
    candidate_pairs,
    load_near,
    missed_causes,
    real_items,
    save_near,
    two_occasions,
)

TEXT = "the central bank raised interest rates again to curb stubborn inflation"


def _index(**options: int) -> BlockIndex:
    items = [
        LinkItem(1, LinkKind.QUOTE, 1, TEXT, "Ann Lee"),
        LinkItem(2, LinkKind.QUOTE, 2, TEXT, "Ann Lee"),
        LinkItem(3, LinkKind.QUOTE, 3, "volunteers rebuilt the flooded library", "Bo Tan"),
    ]
    index = BlockIndex(**options)
    index.add(prepare(item) for item in items)
    index.post()
    return index


def test_a_pair_the_scorer_links_is_lost_by_blocking_or_by_screening() -> None:
    pair = {("quote", 1, 2)}
    screened = missed_causes(_index(), pair, DEFAULT_THRESHOLD)
    blocked = missed_causes(_index(max_candidates=0), pair, DEFAULT_THRESHOLD)
    assert (screened["screening"], screened["blocking"], screened["rejected"]) == (1, 0, 0)
    assert (blocked["screening"], blocked["blocking"], blocked["rejected"]) == (0, 1, 0)


def test_a_pair_the_scorer_turns_down_is_rejected() -> None:
    causes = missed_causes(_index(), {("quote", 1, 3), ("quote", 2, 3)}, DEFAULT_THRESHOLD)
    assert causes["rejected"] == 2
    assert causes["blocking"] == causes["screening"] == 0
    assert causes["rejected_candidates"] <= 2


def test_the_blocking_recall_counts_the_pairs_that_met() -> None:
    pairs = {("quote", 1, 2), ("quote", 1, 3)}
    assert candidate_pairs(_index(), {("quote", 1, 2)}) == 1
    assert candidate_pairs(_index(), pairs) == 1  # 1 and 3 share no word to meet by
    assert candidate_pairs(_index(max_candidates=0), pairs) == 0


VOLUME = (
    "Volume on U.S. exchanges was {} billion shares, compared to the {} billion average for the "
    "full session over the last 20 trading days."
)
DEBATE = (
    "To qualify for the {} debate, a candidate must reach 2 percent in at least four national "
    "or early-state polls."
)
MARGIN = "The survey's overall sampling error is plus or minus 3.5 percentage points."


def _claim(item_id: int, sentence: str, day: date | None, value: float, unit: str) -> Prepared:
    return prepare(
        LinkItem(item_id, LinkKind.CLAIM, item_id, sentence, value=value, unit=unit, published=day)
    )


def _quote(item_id: int, text: str, speaker: str | None, day: date | None) -> Prepared:
    return prepare(LinkItem(item_id, LinkKind.QUOTE, item_id, text, speaker, published=day))


def test_a_template_filled_in_twice_is_two_occasions() -> None:
    day, later = date(2018, 3, 22), date(2020, 4, 16)
    a = _claim(1, VOLUME.format("7.77", "7.17"), day, 20, "count")
    b = _claim(2, VOLUME.format("11.62", "13.94"), later, 20, "count")
    assert two_occasions(a, b) == "other figures"
    third = _claim(3, DEBATE.format("third"), day, 2, "percent")
    fourth = _claim(4, DEBATE.format("fourth"), day, 2, "percent")
    assert two_occasions(third, fourth) == "other figures"
    assert two_occasions(third, third) is None


def test_a_sentence_with_a_figure_added_is_one_statement_retold() -> None:
    day = date(2018, 11, 9)
    a = "Abrams, 44, is trying to become the first Democrat elected governor in 20 years."
    b = "Abrams is trying to become the first Democrat elected governor in 20 years."
    assert two_occasions(_claim(1, a, day, 20, "years"), _claim(2, b, day, 20, "years")) is None


def test_one_poll_sentence_months_apart_is_two_polls() -> None:
    a = _claim(1, MARGIN, date(2013, 9, 30), 3.5, "percentage_point")
    b = _claim(2, MARGIN, date(2013, 11, 26), 3.5, "percentage_point")
    assert two_occasions(a, b) == "two polls"
    c = _claim(3, MARGIN, date(2013, 10, 2), 3.5, "percentage_point")
    assert two_occasions(a, c) is None  # one poll's story


def test_a_phrase_said_again_is_two_occasions_a_remark_retold_is_not() -> None:
    far = date(2014, 12, 8), date(2017, 9, 16)
    slogan = "Black lives matter!"
    assert two_occasions(_quote(1, slogan, None, far[0]), _quote(2, slogan, None, far[1])) == (
        "a phrase said again"
    )
    undated = _quote(1, "I don't ski myself,", "Xiao Shuai", None)
    assert two_occasions(undated, _quote(2, "I don't kid myself.", "Robert Bennett", far[0]))
    near = _quote(2, slogan, None, date(2014, 12, 10))
    assert two_occasions(_quote(1, slogan, None, far[0]), near) is None
    # One person's words said again, and a whole remark of few content words, are retold.
    trump = "We'll see what happens."
    a, b = _quote(1, trump, "Donald Trump", far[0]), _quote(2, trump, "Trump", far[1])
    assert two_occasions(a, b) is None
    remark = "Over my dead body. But, you know, I could be dead."
    a, b = _quote(1, remark, "Robert Mueller", None), _quote(2, remark, "Rudy Giuliani", far[1])
    assert two_occasions(a, b) is None


def test_saved_near_duplicates_are_read_back_only_for_the_same_items(tmp_path: Path) -> None:
    items = list(_index().items)
    path = tmp_path / "near.json"
    assert load_near(path, items, 90) is None
    save_near(path, items, 90, {("quote", 1, 2)})
    assert load_near(path, items, 90) == {("quote", 1, 2)}
    assert load_near(path, items, 85) is None
    assert load_near(path, items[:2], 90) is None


def test_a_real_archive_stopped_halfway_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A run stopped during ingest must not leave a database that the next run reads as whole.
    import real_archive

    import factdb.services.ingest as ingest

    def write(path: Path, count: int, seed: int = 0) -> Path:
        path.write_text("", encoding="utf-8")
        return path

    def stopped(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(real_archive, "write_archive", write)
    monkeypatch.setattr(ingest, "ingest_many", stopped)
    with pytest.raises(KeyboardInterrupt):
        real_items(2, workers=1)
    assert not (tmp_path / "bench-link-real-2.db").exists()
