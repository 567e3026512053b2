"""Names that are targets or agents, not speakers: "chants directed at X", "a charge against X
alleges", "“The Hunting Ground” slammed X, saying", "praised as “very smart” by X"."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteRecord


def _by_text(text: str) -> dict[str, QuoteRecord]:
    return {q.text: q for q in extract_quotes(text)}


def _name(q: QuoteRecord) -> str | None:
    return q.speaker.name if q.speaker is not None and q.speaker.name else None


def test_chants_directed_at_a_person_are_not_hers() -> None:
    text = (
        "Donald Trump held a rally in Minneapolis on Thursday. At other points during the rally, "
        "Trump basked in “lock her up!” chants directed at Hillary Clinton, and suggested she "
        "might end up behind bars."
    )
    found = _by_text(text)
    assert all(_name(q) != "Hillary Clinton" for q in found.values())
    assert _name(found["she might end up behind bars"]) == "Donald Trump"


def test_a_participle_before_a_title_still_names_the_speaker() -> None:
    found = _by_text("“We will win this seat,” said embattled Sen. Bob Menendez.")
    assert _name(found["We will win this seat,"]) == "Bob Menendez"


def test_a_quotation_running_into_a_verb_is_no_inverted_speaker() -> None:
    text = (
        "Betsy DeVos announced the new rules on Friday. The makers of a documentary called "
        "“The Hunting Ground” slammed DeVos, saying, “Her proposal should scare the hell out of "
        "every parent in this country.”"
    )
    q = _by_text(text)["Her proposal should scare the hell out of every parent in this country."]
    assert q.speaker is not None and q.speaker.name == ""
    assert q.attribution == "unresolved" and q.confidence == 0.0


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "“He is a liar,” charged Barrett on Monday.",
            "He is a liar,",
            "Barrett",
        ),
        (
            "“I thought, 'Fantastic,' ” says Dee Dee Myers, Clinton's former press secretary.",
            "I thought, 'Fantastic,'",
            "Dee Dee Myers",
        ),
        (
            "Alex Jones of Infowars loved it (“Unhinged leftists triggered after POTUS denounces "
            "globalists” read the Infowars tag line.)",
            "Unhinged leftists triggered after POTUS denounces globalists",
            "Infowars",
        ),
    ],
)
def test_a_quotation_set_off_keeps_its_inverted_speaker(
    text: str, quote: str, speaker: str
) -> None:
    q = _by_text(text)[quote]
    assert q.speaker is not None and q.speaker.name
    assert q.speaker.name.split()[-1] in speaker.split()


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Derek Chauvin was charged on Friday. The third-degree murder charge against "
            "Chauvin, which is punishable by up to 25 years in prison, alleges that he caused "
            "Floyd's death.",
            "he caused Floyd's death",
            None,
        ),
        (
            "The complaint against President Trump says he pressured Ukrainian President "
            "Volodymyr Zelensky to investigate a rival.",
            "he pressured Ukrainian President Volodymyr Zelensky to investigate a rival",
            "complaint against President Trump",
        ),
        (
            "Both cite a recent ruling against President Donald Trump, which said he was "
            "breaking the law by blocking critics on the platform.",
            "he was breaking the law by blocking critics on the platform",
            "recent ruling against President Donald Trump",
        ),
        (
            "The Combined Joint Task Force that coordinates the international effort against the "
            "Islamic State said it had staged 24 airstrikes on Saturday.",
            "it had staged 24 airstrikes on Saturday",
            None,
        ),
    ],
)
def test_a_name_after_against_is_no_speaker(text: str, clause: str, speaker: str | None) -> None:
    q = _by_text(text).get(clause)
    assert (q is None and speaker is None) or (q is not None and _name(q) == speaker)


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "The tensions rose when the President issued a threat against Iranian President "
            "Hassan Rouhani, who had warned the US that war with Tehran would be the "
            '"mother of all wars."',
            'war with Tehran would be the "mother of all wars."',
            "Hassan Rouhani",
        ),
        (
            "The fast-moving dispute pitted Democrats, who said the Constitution compels the "
            "president to act, against Republicans, who said the founding document will become "
            "irrelevant.",
            "the founding document will become irrelevant",
            "republicans",
        ),
    ],
)
def test_a_target_who_speaks_in_a_relative_clause_keeps_the_words(
    text: str, clause: str, speaker: str
) -> None:
    assert _name(_by_text(text)[clause]) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Putin held back from an immediate response, a decision praised as “very smart” by "
            "Trump, who had campaigned on a pledge of improved relations.",
            "very smart",
            "Trump",
        ),
        (
            "This penalty was officially labeled a “tax” by the Supreme Court, or at least by "
            "five of the justices.",
            "tax",
            "Supreme Court",
        ),
        (
            "Among his claims: that he had once been called a “genius” by Margaret Thatcher, "
            "and that he was the “first” to coin the phrase.",
            "genius",
            "Margaret Thatcher",
        ),
    ],
)
def test_the_agent_of_a_passive_naming_verb_said_the_words(
    text: str, quote: str, speaker: str
) -> None:
    found = _by_text(text)
    assert _name(found[quote]) == speaker
    # The agent speaks for its own quotation only, not for the clause after it.
    assert all(_name(q) != speaker for t, q in found.items() if t != quote)
