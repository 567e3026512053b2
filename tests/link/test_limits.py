"""The matcher on degenerate input: empty texts, long texts, infinite stored values.

Regressions: two empty statements scored 100 and linked; two 10 KB texts took 20-37 s to
compare (`partial_ratio` of two long texts costs the product of their lengths); a claim stored
with an infinite value put `Infinity` in the link evidence, which PostgreSQL refuses as JSON.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from rapidfuzz import fuzz

from factdb.link import LinkItem, score_pair
from factdb.link import scoring as sc
from factdb.link.normalize import normalize_text, numbers_in
from factdb.link.segments import MAX_SEGMENTS
from factdb.vocab import LinkKind


def quote(item_id: int, text: str) -> LinkItem:
    return LinkItem(item_id, LinkKind.QUOTE, item_id, text)


@pytest.mark.parametrize("a,b", [("", ""), (" ", " "), ("", "we will win"), ("...", "...")])
def test_a_text_with_no_words_scores_zero(a: str, b: str) -> None:
    match = score_pair(quote(1, a), quote(2, b))
    assert match.score == 0 and not match.link
    assert not sc.could_link(sc.prepare(quote(1, a)), sc.prepare(quote(2, b)))


def _essay(seed: int, words: int) -> str:
    vocab = "council budget water river strike port pay offer union city dam talks".split()  # noqa: SIM905
    return " ".join(vocab[(i * seed + i // 7) % len(vocab)] for i in range(words)) + "."


def test_long_texts_cost_no_product_of_their_lengths(monkeypatch: pytest.MonkeyPatch) -> None:
    costs: list[int] = []
    real = fuzz.partial_ratio

    def counted(a: str, b: str, **kwargs: Any) -> float:
        costs.append(len(a) * len(b))
        return real(a, b, **kwargs)

    monkeypatch.setattr(sc.fuzz, "partial_ratio", counted)
    a, b = _essay(3, 1600), _essay(5, 1600)  # about 10 KB each
    assert len(a) > 9000 and len(b) > 9000
    sc.score_pair(quote(1, a), quote(2, b))
    # every partial alignment has one side no longer than PARTIAL_MAX_CHARS
    assert all(cost <= sc.PARTIAL_MAX_CHARS * max(len(a), len(b)) for cost in costs)
    assert len(costs) <= (MAX_SEGMENTS + 1) ** 2


def test_numbers_past_the_largest_float_are_not_compared() -> None:
    huge = "9" * 400
    assert numbers_in(normalize_text(f"{huge} and 12")) == frozenset({12.0})
    match = score_pair(quote(1, f"we paid {huge} dollars"), quote(2, f"we paid {huge} dollars"))
    json.dumps(match.evidence, allow_nan=False)


def test_a_stored_infinite_claim_value_is_unknown_to_the_linker() -> None:
    sentence = "The reservoir holds 4.2 billion cubic meters of water."
    a = LinkItem(1, LinkKind.CLAIM, 1, sentence, value=math.inf, unit="m3")
    b = LinkItem(2, LinkKind.CLAIM, 2, sentence, value=4.2e9, value_max=math.nan, unit="m3")
    match = score_pair(a, b)
    json.dumps(match.evidence, allow_nan=False)
    assert sc.claim_quantity(a) is None and sc.claim_quantity(b) is not None
