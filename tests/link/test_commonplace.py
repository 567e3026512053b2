from __future__ import annotations

import pytest

from factdb.link.commonplace import (
    PHRASE_WORDS,
    STOCK_DAYS,
    STOCK_RARE,
    STOCK_WORDS,
    TEMPLATE_DAYS,
    marks,
    one_template,
    others_phrase,
    proper_name,
    stock_sentence,
    two_fillings,
    unmarked,
)


@pytest.mark.parametrize(
    ("words_a", "words_b", "voices", "expected"),
    [
        (1, 1, True, True),
        (PHRASE_WORDS - 1, 20, True, True),
        (PHRASE_WORDS, PHRASE_WORDS, True, False),
        (1, 1, False, False),
    ],
)
def test_a_phrase_is_the_shorter_quote_of_two_people(
    words_a: int, words_b: int, voices: bool, expected: bool
) -> None:
    assert others_phrase(words_a, words_b, voices, "Sean Spicer", "Phil Murphy") is expected


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Sean Spicer", True),
        ("Kelly", True),
        ("The candidate", False),
        ("The President", False),
        ("Trump\u2019s lawyer", False),
        ("Cory Booker and Kamala Harris", False),
        (None, False),
    ],
)
def test_a_phrase_needs_two_speakers_written_as_names(speaker: str | None, expected: bool) -> None:
    # A description ("The candidate") may stand for the other quote's speaker.
    assert proper_name(speaker) is expected
    assert others_phrase(1, 1, True, "Donald Trump", speaker) is expected


@pytest.mark.parametrize(
    ("shared", "rare", "gap", "expected"),
    [
        (2, STOCK_RARE - 1, STOCK_DAYS + 1, True),
        (2, STOCK_RARE - 1, STOCK_DAYS, False),
        (2, STOCK_RARE - 1, None, False),
        (2, STOCK_RARE, 900, False),
        (STOCK_WORDS, STOCK_RARE - 1, 900, False),
    ],
)
def test_a_stock_sentence_is_a_few_common_words_months_apart(
    shared: int, rare: float, gap: int | None, expected: bool
) -> None:
    assert stock_sentence(shared, rare, gap) is expected


def test_marks_are_months_ordinals_and_figures_in_one_form() -> None:
    assert marks("by Sept. 3rd, 2 percent in the third poll") == {
        ("month", "9"),
        ("ordinal", "3"),
        ("figure", "2"),
    }
    assert marks("in September") == marks("in Sep.")
    assert marks("It may rise") == frozenset()  # the verb is no month
    assert marks("a third of voters") == {("ordinal", "3")}


def test_two_fillings_need_a_mark_on_each_side() -> None:
    assert two_fillings("the third debate, 2 percent", "the fourth debate, 2 percent")
    assert not two_fillings("Abrams, 44, ran in 20 years", "Abrams ran in 20 years")
    assert not two_fillings("ran in 20 years", "ran in 20 years")


THIRD = "To qualify for the third debate, a candidate must reach 2 percent in four polls."
FOURTH = THIRD.replace("third", "fourth")


@pytest.mark.parametrize(
    ("a", "b", "gap", "expected"),
    [
        (THIRD, FOURTH, 0, True),  # another ordinal: another occasion at any date
        (THIRD, FOURTH, None, True),
        ("Sales rose 2% in March.", "Sales rose 2% in April.", 1, True),
        ("Volume was 7.77 billion shares.", "Volume was 11.62 billion shares.", 1, False),
        (
            "Volume was 7.77 billion shares.",
            "Volume was 11.62 billion shares.",
            TEMPLATE_DAYS,
            False,
        ),
        ("Volume was 7.77 billion shares.", "Volume was 11.62 billion shares.", 8, True),
        ("Volume was 7.77 billion shares.", "Volume was 11.62 billion shares.", None, True),
        (THIRD, THIRD, 100, False),
        (
            THIRD,
            "The fourth debate needs 2 percent support in polls of New Hampshire voters.",
            50,
            False,
        ),
    ],
)
def test_one_template_is_alike_sentences_filled_in_twice(
    a: str, b: str, gap: int | None, expected: bool
) -> None:
    assert one_template(a, b, gap) is expected
    assert unmarked(a) != ""


def test_a_claim_own_quantity_is_no_mark_of_its_template() -> None:
    volume = "Volume on U.S. exchanges was {} billion shares, compared with the {} billion average."
    a, b = volume.format("7.5", "6.9"), volume.format("6.77", "7")
    assert one_template(a, b, 204, "7.5 billion shares", "6.77 billion shares")
    cost = "The wall will cost ${} billion."
    # Two values of one sentence and nothing else apart: the other rules weigh them.
    assert not one_template(cost.format(5), cost.format(25), 40, "$5 billion", "$25 billion")
    assert marks("2%") == marks("2 percent")


def test_one_template_normalises_each_sentence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The linker asks `one_template` of one claim's sentence against each of its candidates:
    # a sentence met again is read from the caches, not normalised again.
    from factdb.link import commonplace

    volume = "Volume on U.S. exchanges was {} billion shares on the third Friday of {}."
    a, b = volume.format("7.5", "March"), volume.format("6.77", "April")
    expected = one_template(a, b, 204)
    seen: list[str] = []
    normalize = commonplace.nz.normalize_text

    def counted(text: str) -> str:
        seen.append(text)
        return normalize(text)

    monkeypatch.setattr(commonplace.nz, "normalize_text", counted)
    assert one_template(a, b, 204) is expected
    assert seen == []
    assert unmarked(a) == "volume on u s exchanges was billion shares on the friday of"
