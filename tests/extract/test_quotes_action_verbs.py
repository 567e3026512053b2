"""A subject's action that is no speech gives the subject no quotation and no reported clause."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    "text",
    [
        # What a person did with quoted words nobody in the sentence said: emphasis, a post,
        # a bill, a job, a record searched, a promise staked, a reputation built.
        "He placed particular emphasis on depriving any “person” of “liberty” without “due "
        "process of law.”",
        "He worked for more than 20 years at The Associated Press, Newsweek, ABC News and “20/20.”",
        "In the tweet, Trump linked to a Washington Examiner op-ed by White House press "
        "secretaries Stephanie Grisham and Hogan Gidley that slammed the Post piece as “an "
        "offensive, egregious affront to true news journalism.”",
        "Darrell Issa and other Republicans have scoured the record for a White House email that "
        'says, "Time for some taxman problems in Fort Tea," but they can\'t find one.',
        "Johnson has staked his premiership on the promise that he will deliver Brexit, “do or "
        "die.”",
        "Over three terms in the Senate, Graham had cultivated a reputation as a staunch "
        "conservative—part of his identity as self-described “political wingman” to Arizona Sen. "
        "John McCain.",
        "In response, Senator Kavanagh sponsored a bill patterned on racketeering laws: anyone "
        "involved could be guilty of a felony, “whether or not such person knows [the] identity” "
        "of the person actually breaking a law.",
        "Senate Democrats recently removed bans on semi-automatic weapons from the legislation, "
        "even referring to the checks as the “sweet spot” of the proposal.",
    ],
)
def test_action_verb_gives_no_record(text: str) -> None:
    recs = extract_quotes(text)
    cues = {r.cue for r in recs}
    assert not cues & {
        "placed",
        "worked",
        "linked",
        "scoured",
        "staked",
        "cultivated",
        "sponsored",
        "removed",
    }, [(r.kind, r.cue, r.text) for r in recs]


def test_speech_verb_subject_still_speaks() -> None:
    """The rule the list narrows still holds for a verb of speech about quoted words."""
    recs = extract_quotes(
        "Mulvaney praised the move to rescind what he called a “misguided” initiative by his "
        "predecessor."
    )
    assert any(r.cue == "praised" for r in recs)
