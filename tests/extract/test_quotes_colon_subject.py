"""A colon after a phrase that ends in no speaker's noun ("... one of the funny lines of the
night:"): the described subject speaks, or nobody named there does."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _speaker(text: str, quote: str) -> tuple[str | None, str | None]:
    q = next(q for q in extract_quotes(text) if q.text.startswith(quote))
    return (q.speaker.name, q.speaker.text) if q.speaker else (None, None)


def test_the_described_subject_speaks_after_a_phrase_of_no_speaker() -> None:
    text = (
        "President Barack Obama met Mitt Romney for their second debate. When the moderator "
        "backed up his version of events, the president got off one of the few funny lines of "
        "the night: “Could you say that a little louder?”"
    )
    assert _speaker(text, "Could you") == ("Barack Obama", "the president")


@pytest.mark.parametrize(
    "text",
    [
        "Rick Perry was indicted on Friday. Most voters will only read that headline, put out "
        "on a Friday night to minimize rebuttals: “Perry faces two felony counts, and his "
        "lawyers say the case is weak.” It will stick.",
        "Brace yourself, for here is just a small sample of those supposedly astonishing "
        "lines: “I love country music and I love this crowd, believe me.” Shocking.",
    ],
)
def test_no_words_of_the_phrase_are_taken_for_a_speaker(text: str) -> None:
    mentions = [q.speaker.text or "" for q in extract_quotes(text) if q.speaker]
    assert not any("minimize" in m or "sample" in m for m in mentions)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "Congress passed a law creating Flag Day in 1777. The legislation reads: “Resolved, "
            "that the flag of the United States be thirteen stripes.”",
            "Resolved",
            "legislation",
        ),
        (
            "Jeanine Ward is a senator. Mrs. Ward’s response was blunt: “We will not pay for "
            "this, not now and not ever.”",
            "We will",
            "Jeanine Ward",
        ),
    ],
)
def test_a_text_or_an_utterance_before_the_colon_keeps_its_source(
    text: str, quote: str, name: str
) -> None:
    assert _speaker(text, quote)[0] == name
