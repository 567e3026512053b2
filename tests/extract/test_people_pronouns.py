"""Which person "he" and "she" point at (``speakers.people``): names as modifiers, the same
pronoun earlier in the sentence."""

from __future__ import annotations

from factdb.extract.quotes import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


def test_a_name_modifying_a_noun_is_no_antecedent() -> None:
    text = (
        "Republican Rep. Tom Cole urged colleagues to vote for the deal, which he says would "
        "not violate Grover Norquist’s anti-tax pledge.\n\n"
        "Some conservatives worry a vote would run afoul of the Norquist pledge, which binds "
        "signers not to raise rates. Rather than raising taxes, he said, Republicans would be "
        "voting to lower them for most folks."
    )
    assert _names(text) == ["Tom Cole", "Tom Cole"]


def test_the_same_pronoun_earlier_in_the_sentence_is_the_same_person() -> None:
    text = (
        "Republican Rep. Tom Cole urged colleagues to vote.\n\n"
        "At a meeting earlier in the day, he made the case that Republicans would gain by "
        "joining hands with President Barack Obama now to give most taxpayers what he calls "
        "“an early Christmas present” of lower taxes."
    )
    assert _names(text) == ["Tom Cole"]


def test_a_name_before_the_pronoun_in_its_sentence_still_wins() -> None:
    text = (
        "Rep. Tom Cole spoke first. Then President Barack Obama said he would sign "
        "“any bill that cuts taxes for the middle class.”"
    )
    assert _names(text)[-1] == "Barack Obama"
