"""bench_link: whether the blocking met the near-duplicate pairs, and why the missed ones were
missed."""

from __future__ import annotations

import sys
from pathlib import Path

from factdb.link import LinkItem
from factdb.link.blocking import BlockIndex
from factdb.link.scoring import DEFAULT_THRESHOLD, prepare
from factdb.vocab import LinkKind

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_link import candidate_pairs, missed_causes

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
