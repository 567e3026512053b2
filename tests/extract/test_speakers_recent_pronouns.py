"""A pronoun with no person named near it falls back on the last speaker only when that speaker
was quoted or named recently; "we" in the writer's words never does."""

from __future__ import annotations

from factdb.extract.quotes import extract_quotes

_LEADERS = 'The Democratic leaders said in a statement that the report was "a disgrace."\n\n'
_FILLER = (
    "The hearing was set for May. The committee met twice in April.\n\n"
    "A new poll showed support for the plan falling among voters in three states.\n\n"
    "The administration has not said when it will respond to the letter.\n\n"
)
_CLAIM = 'the numbers are "a warning to every incumbent."'


def _speakers(text: str) -> dict[str, tuple[str, str]]:
    return {
        q.text: (q.speaker.name, q.speaker.resolution)
        for q in extract_quotes(text)
        if q.speaker is not None
    }


def test_a_speaker_quoted_paragraphs_before_is_not_guessed() -> None:
    text = (
        _LEADERS
        + _FILLER
        + "Economists were divided on what the numbers meant for the fall.\n\n"
        + f"They say {_CLAIM}"
    )
    assert _speakers(text)[_CLAIM] == ("", "unresolved")


def test_a_speaker_named_again_near_the_pronoun_is_meant() -> None:
    text = (
        _LEADERS
        + _FILLER
        + "Overall, most Democratic leaders are erring on the side of caution. "
        + f"They say {_CLAIM}"
    )
    assert _speakers(text)[_CLAIM] == ("Democratic leaders", "recent")


def test_a_speaker_quoted_just_before_is_meant() -> None:
    text = _LEADERS + '"We will not stand for it," they added.'
    assert _speakers(text)["We will not stand for it,"] == ("Democratic leaders", "recent")


def test_the_writers_we_is_no_recent_speaker() -> None:
    text = (
        'The senators said in a statement that the report was "a disgrace."\n\n'
        'As we have written before, there is "no evidence" for the claim.'
    )
    # The writer's own words may be dropped as no quote at all; they are never the senators'.
    assert _speakers(text).get("no evidence", ("", "unresolved")) == ("", "unresolved")
