"""The name after a verb that judges or addresses someone is its object, not a speaker; a
pronoun in an opening clause is the main clause's subject named after it."""

from __future__ import annotations

from factdb.extract import extract_article


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_article(text).quotes]


def test_accused_name_after_a_comma_is_no_inverted_speaker() -> None:
    text = (
        "Instead, he's quadruple downed on his racist comments about a Mexican-American judge "
        "and, more recently, accused President Obama of being a Muslim Manchurian candidate "
        "who may or may not be complicit."
    )
    assert "Obama" not in _speakers(text)


def test_accused_object_of_a_participle_is_no_speaker() -> None:
    text = (
        "Trump, seeking to undercut Clinton's claim that her experience as secretary of state "
        "uniquely equips her for the presidency, accuses his rival of botching a chance."
    )
    assert "rival" not in _speakers(text)


def test_accused_object_before_a_cue_is_no_speaker() -> None:
    text = (
        "Bill Cosby has denied wrongdoing. Several women who have accused Cosby told CNN "
        "they felt vindicated by the newly released information."
    )
    assert "Bill Cosby" not in _speakers(text)


def test_accused_object_named_after_a_comma_leaves_the_subject() -> None:
    text = (
        "Meenakshi Lekhi, a member of Parliament, accused a little known organisation of "
        "organising the violence. She alleged that the financier pledged money."
    )
    assert _speakers(text)[-1] == "Meenakshi Lekhi"


def test_judging_verb_after_a_quotation_keeps_its_inverted_speaker() -> None:
    assert _speakers("“It is a disgrace,” charged Amy Barrett.") == ["Amy Barrett"]
    assert _speakers("“Is this the end?” asked Rebecca Traister.") == ["Rebecca Traister"]


def test_quoted_as_saying_keeps_the_object() -> None:
    text = "The Times quoted Mr. Smith as saying the plan was “dead on arrival.”"
    assert _speakers(text) == ["Smith"]


def test_pronoun_in_opening_clause_is_the_main_subject_after_it() -> None:
    text = (
        "Mike Pence met Shinzo Abe on Monday. Pence said the talks were productive. "
        "After what he called a “very candid” meeting, Mr. Abe told reporters that Japan "
        "would not change course."
    )
    assert _speakers(text) == ["Mike Pence", "Shinzo Abe", "Shinzo Abe"]
