"""Attribution: a manner adverb between the speaker and the cue, a pronoun after a sentence whose
subject was read as no person."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.speakers.mentions import speaker_before


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        'In 2008, Biden famously said, "I will be a president for all Americans."',
        'When running for president in 2008, Biden famously said, "I will be a president."',
        'At the rally, Warren pointedly told the crowd, "We will not back down."',
    ],
)
def test_a_manner_adverb_between_the_name_and_the_cue_keeps_the_name(text: str) -> None:
    cue = text.index(" said" if " said" in text else " told") + 1
    found = speaker_before(text, 0, cue)
    assert found is not None and found.kind == "name"
    assert found.text in ("Biden", "Warren")


def test_the_quote_after_an_adverb_is_given_to_the_name_not_to_an_opening_phrase() -> None:
    text = 'When running for president in 2008, Biden famously said, "I will be a president."'
    assert _names(text) == ["Biden"]


@pytest.mark.parametrize(
    "text",
    [
        'In 2008, his family quietly said, "We are proud."',
        'In 2008, an ally said, "We are proud."',
        'Universities rarely disclose how colleges and universities "select students."',
        'Thus, it clearly indicates that "Mueller has evidence."',
    ],
)
def test_a_noun_in_ly_is_no_adverb_to_skip(text: str) -> None:
    cue = next(text.index(f" {w}") + 1 for w in ("said", "disclose", "indicates") if w in text)
    found = speaker_before(text, 0, cue)
    assert found is None or found.kind != "name"


def test_a_pronoun_is_not_given_to_the_object_of_an_unread_subject() -> None:
    text = 'Trump praised Michael Flynn on Tuesday. "He is a good man," he said.'
    assert _names(text) != ["Michael Flynn"]


def test_a_pronoun_still_means_the_object_when_the_subject_is_a_pronoun() -> None:
    text = 'She praised Michael Flynn on Tuesday. "I am grateful," he said.'
    assert _names(text) == ["Michael Flynn"]


def test_a_pronoun_still_means_a_named_subject() -> None:
    text = 'Donald Trump praised Michael Flynn on Tuesday. "He is a good man," he said.'
    assert _names(text) == ["Donald Trump"]


def test_a_name_after_a_verb_that_takes_a_person_is_no_nearer_antecedent() -> None:
    text = (
        "Mary Jones said on Friday that she had asked Susan Smith to leave, and she added that "
        'it was "time to go."'
    )
    assert _names(text) == ["Mary Jones", "Mary Jones"]


def test_a_name_after_a_cue_stays_the_nearer_antecedent() -> None:
    text = 'Flynn said Trump was right when he said "we will win."'
    assert _names(text)[-1] == "Trump"


def test_a_pronoun_means_the_name_in_apposition_to_a_role_of_someone() -> None:
    text = (
        "A spokesman for Mr. Obama, Ben LaBolt, accused Mr. Romney of hypocrisy. His remarks, "
        'he said, are "particularly strange."'
    )
    assert _names(text) == ["Ben LaBolt"]


def test_the_man_who_wrote_is_the_person_he_would_mean() -> None:
    text = (
        'Michael Cohen spoke on Tuesday. "I regret it," Cohen said.\n\n'
        '"I truly regret my blind loyalty," wrote the man who once said he would "take a '
        'bullet" for the president.'
    )
    assert _names(text) == ["Michael Cohen"] * 3


def test_the_man_after_an_unnamed_man_is_that_man() -> None:
    text = (
        'Senator John Smith spoke on Friday. A man in the crowd shouted at him. "Go home," the '
        "man said."
    )
    assert _names(text) != ["John Smith"]


def test_a_sentence_opening_with_a_common_word_keeps_its_named_object() -> None:
    text = (
        "Former Gov. Gary Johnson wants to be the nominee, and so do many others. So there was "
        "Johnson, on ABC's This Week, making the case. He doesn't poll well because he's not in "
        "the polls, he says."
    )
    assert _names(text) == ["Gary Johnson"]
