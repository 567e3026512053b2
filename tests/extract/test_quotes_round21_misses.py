"""Round 21: quotations and reported clauses the extractor missed on the new tune batches.

A name set off by a comma after a quotation with no verb, sources that are a family or a bare
plural ("unions said"), a clause of circumstance after a final cue and "what X called".
"""

from __future__ import annotations

from factdb.extract.quotes import extract_quotes


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {
        text[q.start : q.end]: (q.kind.value, q.speaker.name if q.speaker else None)
        for q in extract_quotes(text)
    }


def test_a_name_and_description_after_a_quotation_with_no_verb_is_its_speaker() -> None:
    text = (
        "“It seems counterintuitive that we feel most interconnected at a time of isolation,” "
        "David Castillo, Professor of Romance Languages and Literature at the University at "
        "Buffalo. He and a co-author have written a book about it."
    )
    found = _found(text)
    quote = "It seems counterintuitive that we feel most interconnected at a time of isolation,"
    assert found[quote] == ("direct", "David Castillo")


def test_a_name_set_off_after_a_quotation_before_another_verb_is_its_speaker() -> None:
    text = (
        "“Hillary Clinton is not a good candidate and the other one is no better,” Nicole "
        "Gerson, an attorney in Philadelphia, reflected after the debate."
    )
    found = _found(text)
    assert found["Hillary Clinton is not a good candidate and the other one is no better,"] == (
        "direct",
        "Nicole Gerson",
    )


def test_a_title_in_the_middle_of_a_sentence_before_a_name_is_no_quotation() -> None:
    text = "In this weekly column, “Cross-exam,” Elie Honig, a former prosecutor, gives his take."
    assert not [q for q in extract_quotes(text) if q.kind.value in ("direct", "partial")]


def test_a_short_title_opening_a_sentence_before_a_name_is_no_quotation() -> None:
    text = "“Cross-exam,” Elie Honig, a former prosecutor, gives his take on the news."
    assert not [q for q in extract_quotes(text) if q.kind.value in ("direct", "partial")]


def test_a_family_is_a_source() -> None:
    text = "Watson “saved countless lives,” his family said after the shooting."
    found = _found(text)
    assert found["saved countless lives,"][0] == "partial"
    assert found["saved countless lives,"][1] is not None


def test_unions_said_before_a_clause_of_circumstance_reports_the_clause_before() -> None:
    text = (
        "Millions of Indians went on a strike on Wednesday, unions said, as workers angry at "
        "the government's labour policies brought travel chaos across the country."
    )
    found = _found(text)
    assert found["Millions of Indians went on a strike on Wednesday"] == ("indirect", "unions")


def test_as_many_after_a_cue_is_no_clause_of_circumstance() -> None:
    text = "Without intervention, Birx said, as many as 2.2 million people could have died."
    found = _found(text)
    assert "Without intervention" not in found


def test_what_a_group_called_is_the_groups_words_and_no_more() -> None:
    text = (
        "The action was in opposition to what unions called the “anti-worker and anti-people "
        "policies” of Prime Minister Narendra Modi."
    )
    assert _found(text)["anti-worker and anti-people policies"] == ("partial", "unions")
    text = "He opposed what critics called the “anti-worker policies” of the government."
    assert _found(text)["anti-worker policies"] == ("partial", "critics")


def test_a_known_source_after_by_from_or_where_is_the_noun_alone() -> None:
    text = (
        "A journalist was punched, pushed and kicked by protesters, who said the journalist "
        "was “with the police.”"
    )
    assert _found(text)["the journalist was “with the police.”"] == ("indirect", "protesters")
    text = (
        "Opposition has begun to increase, particularly on the left, where advocates warned "
        "that American workers could suffer from the provisions."
    )
    found = _found(text)
    assert found["American workers could suffer from the provisions"] == (
        "indirect",
        "advocates",
    )


def test_the_clause_before_a_colon_quotation_is_reported_too() -> None:
    text = (
        "But Dr. Anthony Fauci of the Coronavirus Task Force says it could backfire: “What you "
        "do if you jump the gun is set yourself back.”"
    )
    found = _found(text)
    assert found["it could backfire"] == ("indirect", "Anthony Fauci")
    assert found["What you do if you jump the gun is set yourself back."] == (
        "direct",
        "Anthony Fauci",
    )


def test_a_phrase_of_time_or_a_speaker_after_the_cue_before_a_colon_is_no_clause() -> None:
    text = "Scott McNealy said two decades ago: “You have zero privacy anyway. Get over it.”"
    assert [q.kind.value for q in extract_quotes(text)] == ["direct"]
    text = "Said Dakota Wood, a retired Marine officer and analyst: “We have no plan at all.”"
    assert [q.kind.value for q in extract_quotes(text)] == ["direct"]
