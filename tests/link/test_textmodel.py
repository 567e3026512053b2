"""The text model: its features, its stored coefficients and what it ranks."""

from __future__ import annotations

import json
import random
from importlib import resources

import pytest

from factdb.link import LinkItem, score_pair, textmodel
from factdb.link.scoring import model_side, prepare
from factdb.vocab import LinkKind


def side(text: str) -> textmodel.Side:
    return model_side(prepare(LinkItem(1, LinkKind.QUOTE, 1, text)))


def test_the_stored_model_names_its_features_and_provenance() -> None:
    raw = resources.files("factdb.link").joinpath("data", textmodel.MODEL).read_text("utf-8")
    data = json.loads(raw)
    assert tuple(data["features"]) == textmodel.FEATURES
    assert "tune half of MRPC train" in data["provenance"]
    n = len(textmodel.FEATURES)
    assert len(data["mean"]) == len(data["scale"]) == len(data["weights"]) == n
    assert all(s > 0 for s in data["scale"])


def test_a_model_for_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="other features"):
        textmodel.model_from(
            {"features": ["ratio"], "mean": [0], "scale": [1], "weights": [1], "bias": 0}
        )


def test_features_are_one_per_name_and_bounded() -> None:
    values = textmodel.features(
        side("Shares of Acme rose 5 percent to $20 on Tuesday."),
        side("Acme's stock did not rise; it fell 3 percent to $18 on Nasdaq."),
    )
    assert len(values) == len(textmodel.FEATURES)
    named = dict(zip(textmodel.FEATURES, values, strict=True))
    assert named["numbers_differ"] == 1.0
    assert named["negation"] == 1.0
    for name in ("ratio", "token_sort_ratio", "overlap", "aligned_min", "length_ratio"):
        assert 0.0 <= named[name] <= 1.0


def test_a_misspelt_rare_word_still_aligns() -> None:
    exact = textmodel.features(side("the organisation said"), side("the organisation said"))
    spelt = textmodel.features(side("the organisation said"), side("the organization said"))
    other = textmodel.features(side("the organisation said"), side("the government said"))
    position = textmodel.FEATURES.index("aligned_min")
    assert exact[position] == 1.0
    assert 0.8 < spelt[position] < 1.0
    assert other[position] < 0.6


def test_probability_of_identical_and_empty_texts() -> None:
    assert textmodel.probability(side("The vote is on Monday."), side("the vote is on monday")) == 1
    assert textmodel.probability(side(""), side("The vote is on Monday.")) == 0


def test_a_restatement_ranks_above_a_near_miss_with_other_numbers() -> None:
    base = side("The company said profit rose 12 percent to $1.2 billion in the third quarter.")
    restated = side(
        "Profit rose 12 percent to $1.2 billion in the third quarter, the company said."
    )
    near_miss = side(
        "The company said revenue fell 8 percent to $3.4 billion in the second quarter."
    )
    assert textmodel.probability(base, restated) > textmodel.probability(base, near_miss) + 0.2


def test_quotes_of_one_length_are_scored_by_the_model() -> None:
    a = LinkItem(1, LinkKind.QUOTE, 1, "We will not raise taxes on working families this year")
    b = LinkItem(2, LinkKind.QUOTE, 2, "We will raise taxes on working families this year")
    c = LinkItem(3, LinkKind.QUOTE, 3, "This year we will not raise taxes on working families")
    assert score_pair(a, c).score > score_pair(a, b).score


SENTENCES = [
    "The organisation said it would review the decision on Monday.",
    "The organization said it will revisit the decisions next Monday.",
    "Officials reviewed the organisation's decisions and said nothing.",
    "We will not raise taxes on working families this year.",
    "Revenue fell 8 percent to $3.4 billion in the second quarter.",
    "Profit rose 12 percent to $1.2 billion in the third quarter, the company said.",
    "Japan and South Korea would continue to work closely together.",
    "",
]


@pytest.mark.parametrize("first", SENTENCES)
@pytest.mark.parametrize("second", SENTENCES)
def test_the_cheap_bound_is_never_below_the_probability(first: str, second: str) -> None:
    a, b = side(first), side(second)
    lows, highs = textmodel.feature_range(a, b)
    exact = textmodel.features(a, b)
    assert all(
        lo <= v + 1e-12 and v <= hi + 1e-12 for lo, v, hi in zip(lows, exact, highs, strict=True)
    )
    assert textmodel.most_probability(a, b) >= textmodel.probability(a, b) - 1e-12


def test_spelling_variants_align_and_the_bound_allows_their_lengths_best_ratio() -> None:
    a = side("The organisation will review the decision")
    b = side("The organization will review the decision")
    named = dict(zip(textmodel.FEATURES, textmodel.features(a, b), strict=True))
    lows, highs = textmodel.feature_range(a, b)
    index = textmodel.FEATURES.index("aligned_min")
    # "organis" against "organiz": one letter of seven differs, so a ratio of at most 6/7.
    assert lows[index] < named["aligned_min"] <= highs[index] < 1.0


def test_spelling_matches_are_the_same_one_query_at_a_time_and_in_one_call() -> None:
    """`factdb compare` scores spellings without NumPy; the values must be the linker's."""
    rnd = random.Random(11)
    words = ["president", "presidnt", "economy", "econmy", "strength", "strenght", "reform"]
    for _ in range(200):
        queries = [
            rnd.choice(words) + rnd.choice(["", "s", "ed"]) for _ in range(rnd.randint(1, 6))
        ]
        choices = [rnd.choice(words) for _ in range(rnd.randint(1, 8))]
        one_by_one = textmodel.best_spellings(queries, choices, vectorised=False)
        assert one_by_one == textmodel.best_spellings(queries, choices, vectorised=True)
    assert textmodel.best_spellings(["economy"], ["econmy", "trade"], vectorised=False)[0] > 80
    assert textmodel.best_spellings(["economy"], ["trade"], vectorised=False) == [0.0]


def test_alignment_spells_only_words_of_a_length_that_may_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "organisation" (12 letters) reaches no ratio of 85 against words of 3 or 4 letters.
    a, b = (
        model_side(prepare(LinkItem(i, LinkKind.QUOTE, i, t)))
        for i, t in ((1, "the organisation"), (2, "cats and dogs ran"))
    )

    def refuse(*_: object, **__: object) -> list[float]:
        raise AssertionError("no spelling can match")

    monkeypatch.setattr(textmodel, "best_spellings", refuse)
    assert textmodel._aligned(a, b) == (0.0, a.mass)
