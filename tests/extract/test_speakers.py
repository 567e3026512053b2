"""Speaker attribution: mentions next to a cue and one canonical speaker per article."""

from __future__ import annotations

import json

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind, QuoteRecord, SpeakerKind
from factdb.extract.speakers import SpeakerResolver, speaker_after, speaker_before
from tests.conftest import shared_path


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Biden said", "Biden"),
        ("US President Joe Biden told", "Joe Biden"),
        ("Hugh Hill, a doctor at the hospital, said", "Hugh Hill"),
        ("His former business partner, Lawrence B. Cummings, said", "Lawrence B. Cummings"),
        ("Rep. G.K. Butterfield (D-N.C.) said", "G.K. Butterfield"),
        ("Kishida has also said", "Kishida"),
        ("he said", "he"),
        ("a senior US official said", "a senior US official"),
        ("the joint statement said", "the joint statement"),
        ("a joint statement from the US and Japan said", "a joint statement from the US and Japan"),
        ("Kishida and Biden confirmed", "Kishida and Biden"),
        ("Vice President Kamala Harris, who said", "Kamala Harris"),
        ("The leaders of both nations also confirmed", "The leaders of both nations"),
        ("the governor said", "the governor"),
        ("McConnell, who in 2010 said", "McConnell"),
    ],
)
def test_speaker_before_a_cue(text: str, mention: str) -> None:
    cue = text.rindex(" ") + 1
    m = speaker_before(text, 0, cue)
    assert m is not None
    assert m.text == mention
    assert text[m.start : m.end] == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Biden.", "Biden"),
        ("Jo Coelbart, a retired Belgian general.", "Jo Coelbart"),
        ("a senior US official.", "a senior US official"),
        ("the ministry.", "the ministry"),
        ("conservative talk radio host Rush Limbaugh, the move", "Rush Limbaugh"),
    ],
)
def test_speaker_after_an_inverted_cue(text: str, mention: str) -> None:
    m = speaker_after(text, 0, len(text))
    assert m is not None
    assert m.text == mention


@pytest.mark.parametrize(
    "text",
    [
        "The reason said",  # "reason" heads no speaker
        "in 2010 said",
        ", said",
    ],
)
def test_no_speaker_before(text: str) -> None:
    cue = text.rindex(" ") + 1
    assert speaker_before(text, 0, cue) is None


def _by_text(recs: list[QuoteRecord], start: str) -> QuoteRecord:
    return next(r for r in recs if r.text.startswith(start))


def _holding(recs: list[QuoteRecord], words: str) -> QuoteRecord:
    """The record whose text holds WORDS (quoted words inside a reported clause are kept once)."""
    return next(r for r in recs if words in r.text)


def test_one_canonical_speaker_per_article() -> None:
    text = (
        "US President Joe Biden met Japanese Prime Minister Fumio Kishida on Friday.\n\n"
        "“We have never been closer,” Biden said.\n\n"
        "“The alliance is the cornerstone of peace,” President Biden added.\n\n"
        "“Japan is stepping up,” he said.\n\n"
        "“We are grateful,” Kishida said. He said the talks were “candid.”"
    )
    recs = extract_quotes(text)
    for start in ("We have never", "The alliance", "Japan is stepping"):
        r = _by_text(recs, start)
        assert r.speaker is not None and r.speaker.name == "Joe Biden"
    assert _by_text(recs, "Japan is stepping").speaker.text == "he"  # type: ignore[union-attr]
    for words in ("We are grateful", "candid"):
        r = _holding(recs, words)
        assert r.speaker is not None and r.speaker.name == "Fumio Kishida"
    # The quoted word is part of the reported clause, not a second record.
    assert [r.kind for r in recs if "candid" in r.text] == [QuoteKind.INDIRECT]
    aliases = _by_text(recs, "Japan is stepping").speaker.aliases  # type: ignore[union-attr]
    assert "Biden" in aliases and "he" in aliases


def test_pronoun_resolves_to_the_most_recent_compatible_speaker() -> None:
    text = (
        "“I will run,” Jane Roe said.\n\n"
        "“She will lose,” John Doe said.\n\n"
        "“We will see,” she said."
    )
    recs = extract_quotes(text)
    assert _by_text(recs, "She will lose").speaker.name == "John Doe"  # type: ignore[union-attr]
    last = _by_text(recs, "We will see")
    assert last.speaker is not None
    # "she" skips John Doe once he has been called "he"? Without gender evidence the most recent
    # speaker wins; both answers are persons, never a document.
    assert last.speaker.kind == SpeakerKind.PERSON


def test_unnamed_sources_are_anonymous_with_their_description() -> None:
    text = (
        "A Japanese official said economic security is likely to be discussed.\n\n"
        "The report said growth would slow to 2 percent next year."
    )
    recs = [r for r in extract_quotes(text) if r.kind == QuoteKind.INDIRECT]
    assert [r.speaker.kind for r in recs if r.speaker] == [SpeakerKind.ANONYMOUS] * 2
    assert [r.anonymous for r in recs] == ["A Japanese official", "The report"]
    assert [r.attribution for r in recs] == ["description", "description"]


def test_description_is_kept() -> None:
    text = "Japanese Prime Minister Fumio Kishida said Japan would double defense spending."
    recs = extract_quotes(text)
    assert recs[0].speaker is not None
    assert recs[0].speaker.name == "Fumio Kishida"
    assert recs[0].speaker.description == "Japanese Prime Minister"


def test_resolver_surname_prefers_the_full_name_seen_before() -> None:
    text = "Hillary Clinton spoke. Later Bill Clinton spoke. Clinton said it was late."
    res = SpeakerResolver(text)
    assert res.people.canonical(["Clinton"], text.index("Clinton said"))[0] == "Bill Clinton"


@pytest.mark.parametrize("index", range(14))
def test_seed_direct_and_partial_quotes(index: int) -> None:
    seeds = shared_path("seeds")
    gold = json.loads(shared_path("seeds", "gold.json").read_text(encoding="utf-8"))
    items = [q for q in gold["quotes"] if q["kind"] != "indirect"]
    item = items[index]
    text = (seeds / item["article"]).read_text(encoding="utf-8")
    recs = [r for r in extract_quotes(text) if r.start == item["start"] and r.end == item["end"]]
    if not recs:
        # Quoted words inside a reported clause of the same speaker are part of that record.
        recs = [
            r
            for r in extract_quotes(text)
            if r.kind == QuoteKind.INDIRECT and r.start < item["start"] and item["end"] < r.end
        ]
        assert len(recs) == 1 and item["kind"] == "partial"
    else:
        assert len(recs) == 1
        assert recs[0].kind.value == item["kind"]
        assert recs[0].text == item["text"]
    rec = recs[0]
    assert rec.speaker is not None
    names = {item["speaker"], *item.get("also", [])}
    assert rec.speaker.name in names
    assert rec.speaker.start is not None and rec.speaker.end is not None
    assert text[rec.speaker.start : rec.speaker.end] == rec.speaker.text


def test_seed_reported_speech_recall() -> None:
    from factdb.evaluation.quotes import evaluate_seeds

    shared_path("seeds", "gold.json")
    rep = evaluate_seeds(shared_path("seeds"))
    assert rep.quotes_speaker == rep.quotes_gold == 14
    assert rep.reported_speaker >= 11
    assert rep.invented_quotes == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The White House said the president would sign the bill on Friday.", "White House"),
        ("The State Department said it had no record of the request.", "State Department"),
    ],
)
def test_organisations(text: str, name: str) -> None:
    recs = [r for r in extract_quotes(text) if r.kind == QuoteKind.INDIRECT]
    assert len(recs) == 1
    assert recs[0].speaker is not None
    assert recs[0].speaker.kind == SpeakerKind.ORGANIZATION
    assert recs[0].speaker.name == name


def test_a_company_not_named_is_anonymous() -> None:
    text = "The company said that profits fell by a third in the second quarter."
    recs = extract_quotes(text)
    assert len(recs) == 1
    assert recs[0].speaker is not None and recs[0].speaker.kind == SpeakerKind.ANONYMOUS
    assert recs[0].anonymous == "The company"


def test_chained_appositions_keep_the_person() -> None:
    text = (
        "“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican "
        "attorney general of Oklahoma, one of the states suing the EPA, said on Tuesday."
    )
    recs = extract_quotes(text)
    assert len(recs) == 1
    assert recs[0].speaker is not None
    assert recs[0].speaker.name == "Scott Pruitt"
    assert recs[0].speaker.description == "the Republican attorney general of Oklahoma"


def test_linked_verbs_take_the_main_speaker() -> None:
    text = (
        "Charlotte Mayor Jennifer Roberts said Friday that she thinks the video should be "
        "released but said “the question is the timing.”"
    )
    quotes = [r for r in extract_quotes(text) if r.kind != QuoteKind.INDIRECT]
    assert [r.text for r in quotes] == ["the question is the timing."]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.text == "Jennifer Roberts"


def test_a_participle_after_an_object_takes_the_subject() -> None:
    text = (
        "Trump unleashed a series of tweets early Friday saying that Clinton had shown bad "
        "judgment."
    )
    recs = extract_quotes(text)
    assert len(recs) == 1
    assert recs[0].speaker is not None and recs[0].speaker.text == "Trump"


def test_every_record_carries_the_final_aliases_and_description() -> None:
    text = (
        "US President Joe Biden told Japanese Prime Minister Fumio Kishida that the alliance "
        "was strong.\n\n“We are grateful,” Kishida said.\n\n“It is historic,” he added."
    )
    recs = extract_quotes(text)
    kishida = [r.speaker for r in recs if r.speaker and r.speaker.name == "Fumio Kishida"]
    assert len(kishida) == 2
    for ref in kishida:
        assert ref is not None
        assert ref.description == "Japanese Prime Minister"
        assert set(ref.aliases) >= {"Fumio Kishida", "Kishida", "he"}


def test_embedded_pronoun_takes_the_nearer_name() -> None:
    text = (
        "Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely right” when he said "
        "on Wednesday that the generals had been reduced to rubble."
    )
    recs = extract_quotes(text)
    inner = [r for r in recs if r.speaker is not None and r.speaker.text == "he"]
    assert inner and all(r.speaker.name == "Donald Trump" for r in inner)  # type: ignore[union-attr]
    outer = [r for r in recs if "“absolutely right”" in r.text]
    assert outer[0].speaker is not None and outer[0].speaker.name == "Michael Flynn"
