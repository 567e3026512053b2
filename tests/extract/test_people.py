"""Canonical speakers on real news patterns: fullest names, particles, titles, pronouns, groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteRecord, SpeakerKind
from factdb.extract.serialize import quote_dict
from factdb.extract.speakers.names_parse import split_name
from factdb.extract.speakers.organizations import ENV_VAR, canonical_org, variants


def _speaker_of(text: str, words: str) -> QuoteRecord:
    return next(r for r in extract_quotes(text) if words in r.text)


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Merchant Catherine Gouge", "Catherine Gouge"),
        ("House Judiciary Committee Chairman Bob Goodlatte", "Bob Goodlatte"),
        ("Health and Human Services Secretary Alex Azar", "Alex Azar"),
        ("Texas Rep Louie Gohmert", "Louie Gohmert"),
        ("Ald. Rossana Rodriguez Sanchez", "Rossana Rodriguez Sanchez"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Donald Trump Jr.", "Donald Trump Jr."),
        ("Sens. John McCain of Arizona", "John McCain"),
        ("Sean Smith. The", "The"),
    ],
)
def test_where_a_name_starts_in_a_run_of_capitals(run: str, name: str) -> None:
    assert split_name(run.split()).text == name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # The fullest name the article uses, particles kept, titles off.
        (
            "European Commission President Ursula von der Leyen met leaders.\n\n"
            "“We are ready,” von der Leyen said.",
            "We are ready",
            "Ursula von der Leyen",
        ),
        (
            "Abu Bakr al-Baghdadi spoke in a video.\n\n“We will fight,” Baghdadi said.",
            "We will fight",
            "Abu Bakr al-Baghdadi",
        ),
        (
            "“We take this action,” said White House press secretary Sarah Huckabee Sanders.",
            "We take this action",
            "Sarah Huckabee Sanders",
        ),
        (
            "“We act,” said Health and Human Services Secretary Alex Azar.",
            "We act",
            "Alex Azar",
        ),
        # A pronoun takes the person whose pronoun fits, not the last name written.
        (
            "Prime Minister Theresa May met Donald Tusk.\n\n“We stand together,” she said.",
            "We stand together",
            "Theresa May",
        ),
        (
            "Rep. Joaquín Castro, who joined Sen. Heidi Heitkamp on the show, added that the "
            "law would not pass.\n\n“Many folks agree with that,” he said.",
            "Many folks agree",
            "Joaquín Castro",
        ),
        # "the president" is the person named president.
        (
            "President Barack Obama met Senate leaders.\n\n“We will act,” the president said.",
            "We will act",
            "Barack Obama",
        ),
        # A person, not the organisation or venue after a preposition.
        (
            "“It could backfire,” said Dr. Anthony Fauci of the Coronavirus Task Force.",
            "It could backfire",
            "Anthony Fauci",
        ),
        # A role noun right before a name is that person's, and a full stop ends the name.
        (
            "He was unready, according to longtime aide Armstrong Williams. Later, Williams "
            'said, "He has never run an agency."',
            "He has never run",
            "Armstrong Williams",
        ),
        # "..., the White House said": the organisation, under the fuller name it has.
        (
            "The Wall Street Journal reported the payments.\n\n"
            "Cohen paid the man in cash, the Journal said.",
            "Cohen paid the man",
            "Wall Street Journal",
        ),
        (
            "The New York Times reported on it. The bank was warned, the Times report said.",
            "The bank was warned",
            "New York Times",
        ),
        # A dateline is no speaker; the subject after it is.
        (
            "WASHINGTON – President Donald Trump endorsed Roy Moore on Monday, saying he "
            "needs a Republican in the seat.",
            "he needs a Republican",
            "Donald Trump",
        ),
        # Role words between an organisation and a person's name ("political scientist").
        (
            "“They don't like it,” says Boston College political scientist David Hopkins.",
            "They don't like it",
            "David Hopkins",
        ),
        (
            "“It is fine,” said Trump on Monday in New York.",
            "It is fine",
            "Trump",
        ),
        # "he" after another person's words is whoever spoke last.
        (
            "The call gave hope to Donald Trump, said Anatoly Antonov, the ambassador.\n\n"
            "“It was constructive,” he said.",
            "It was constructive",
            "Anatoly Antonov",
        ),
        # An outer source reports another's words: the words are the object's.
        (
            "Moore quoted Donald Trump as saying, “We need him in Washington.”",
            "We need him",
            "Donald Trump",
        ),
        (
            "The agency cited Foreign Minister Sergei Lavrov as saying Moscow would respond.",
            "Moscow would respond",
            "Sergei Lavrov",
        ),
        # A document speaks for its issuer.
        (
            "The National Rifle Association issued a statement on Tuesday.\n\n"
            "“We were shocked,” the statement said.",
            "We were shocked",
            "National Rifle Association",
        ),
    ],
)
def test_canonical_speakers(text: str, words: str, name: str) -> None:
    rec = _speaker_of(text, words)
    assert rec.speaker is not None and rec.speaker.name == name
    assert quote_dict(rec)["speaker"] == name


@pytest.mark.parametrize(
    ("text", "words", "description"),
    [
        (
            "A senior administration official said the talks would resume.",
            "the talks",
            "A senior administration official",
        ),
        ("Democrats argue that the law is wrong.", "the law is wrong", "Democrats"),
        ("The company said that profits fell by a third.", "profits fell", "The company"),
        (
            "Reuters quotes a resident in Raqqa as saying there is an exodus from the city.",
            "there is an exodus",
            "a resident in Raqqa",
        ),
    ],
)
def test_unnamed_sources_are_anonymous(text: str, words: str, description: str) -> None:
    rec = _speaker_of(text, words)
    out = quote_dict(rec)
    assert out["speaker"] is None and out["anonymous"] == description
    assert rec.speaker is not None and rec.speaker.kind == SpeakerKind.ANONYMOUS


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - The economy grew, WASHINGTON said.",
        "“We will see,” he said.",  # nobody before "he"
        "Worth noting: the plan was late, Worth said.",
    ],
)
def test_no_junk_names(text: str) -> None:
    for rec in extract_quotes(text):
        name = quote_dict(rec)["speaker"]
        assert name is None or (name[:1].isupper() and not name.isupper()), name


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a place, a contraction, a common word opening a sentence: no names
        (
            "Sources tracking militant groups in eastern Libya say the group is the suspect.",
            "Libya",
        ),
        ("Democrats are pushing hard. They’ve even suggested that the ceiling could go.", "They"),
        ("Just got off the phone with the senator, who just said he needs a fighter.", "Just"),
        (
            "Initially, after the charges arose, the aide issued a statement saying the "
            "case was closed.",
            "Initially",
        ),
    ],
)
def test_words_that_are_no_names(text: str, word: str) -> None:
    names = [quote_dict(rec)["speaker"] or "" for rec in extract_quotes(text)]
    assert names and not any(n.startswith(word) for n in names), names


def test_a_quote_below_the_threshold_keeps_its_mention_not_a_name() -> None:
    text = "“We will see,” he said."
    [rec] = extract_quotes(text)
    out = quote_dict(rec)
    assert out["speaker"] is None
    assert out["speaker_text"] == "he" and out["attribution"] == "unresolved"
    assert out["confidence"] == 0.0


def test_every_quote_says_how_it_was_attributed() -> None:
    text = (
        "Senator Dana Whitlock spoke on Monday.\n\n“We will win,” Whitlock said.\n\n"
        "“We have the votes.”\n\n“It is close,” she added."
    )
    got = [(r.text[:10], r.attribution, r.confidence) for r in extract_quotes(text)]
    assert got == [
        ("We will wi", "name", 0.95),
        ("We have th", "carried", pytest.approx(0.807)),
        ("It is clos", "pronoun", 0.8),
    ]


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("Critics call it the so-called “death tax” on farms.", []),
        ("He appeared on “Fox News Sunday” with the host.", []),
        ("Critics wonder if the “come one, come all” invitation will last.", []),
        ("The plan is what’s called a “clean bill” in Washington.", []),
        ("Smith called the plan “a disaster.”", ["a disaster."]),
    ],
)
def test_titles_and_scare_quotes_are_not_quotes(text: str, stored: list[str]) -> None:
    quoted = [r.text for r in extract_quotes(text) if r.kind.value != "indirect"]
    inside = [r.text for r in extract_quotes(text) if r.kind.value == "indirect"]
    assert quoted == stored or (stored and any(s in t for s in stored for t in inside))


def test_organisation_variants_and_a_users_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert canonical_org("Department of Justice") == "Justice Department"
    assert canonical_org("the DOJ") == "Justice Department"
    extra = tmp_path / "orgs.txt"
    extra.write_text("# mine\nAcme Holdings | Acme | ACME Group\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(extra))
    assert variants()["acme group"] == "Acme Holdings"
    rec = _speaker_of("The Acme Group said that profits rose by a third.", "profits rose")
    assert rec.speaker is not None and rec.speaker.name == "Acme Holdings"


@pytest.mark.parametrize(
    "text",
    [
        "Kerry, quoted in the Guardian as saying “it is over”, left early.",
        "The network cites sources close to Mr Trump as saying they are yet to decide.",
    ],
)
def test_quoted_as_gives_no_wrong_outer_source(text: str) -> None:
    """A participle ("quoted in the Guardian as saying") and an object naming only part of the
    source ("sources close to Mr Trump") give the words to nobody named (the passive "Trump was
    quoted by the Times as saying" gives them to its subject: test_quotes_archive_terms)."""
    names = {r.speaker.name for r in extract_quotes(text) if r.speaker is not None}
    assert not names & {"Times", "Guardian", "Trump", "Mr Trump"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Rep. Chris Van Hollen voted no.\n\n"It makes no sense," Van Hollen, D-Md., said.',
            "Chris Van Hollen",
        ),
        ('Mayor Bill De Blasio spoke.\n\n"It makes no sense," De Blasio said.', "Bill De Blasio"),
    ],
)
def test_a_surname_opening_with_a_particle_finds_the_full_name(text: str, name: str) -> None:
    assert [q.speaker.name if q.speaker else None for q in extract_quotes(text)] == [name]


def test_a_verb_opening_a_sentence_is_no_given_name() -> None:
    # "firing" is written in lower case too: "Firing Mueller" is no person.
    text = (
        "Special counsel Robert Mueller kept working. Firing Mueller would set off a firestorm, "
        "and firing him was not planned.\n\n“The inquiry goes on,” Mueller said."
    )
    assert [q.speaker.name if q.speaker else None for q in extract_quotes(text)] == [
        "Robert Mueller"
    ]


def test_a_verb_in_ing_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Mitt Romney spoke in Ohio. Considering Romney's success as a business leader, his "
        "numbers should be higher.\n\n“I never paid less than 13 percent,” Romney said."
    )
    assert [q.speaker.name for q in extract_quotes(text) if q.speaker] == ["Mitt Romney"]
