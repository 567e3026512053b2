"""Speakers read on real news: places and offices before a role, laws as sources, union locals,
given names whose surname is also an honorific."""

from __future__ import annotations

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import SpeakerKind


def _speakers(text: str) -> list[tuple[str | None, SpeakerKind | None]]:
    return [
        (q.speaker.name, q.speaker.kind) if q.speaker else (None, None)
        for q in extract_quotes(text)
    ]


def test_given_name_alone_after_a_surname_that_is_an_honorific() -> None:
    text = (
        "“I was angry at white people,” Bernice King said. “I saw her bless those that "
        "cursed her,” Bernice recalled."
    )
    assert [name for name, _ in _speakers(text)] == ["Bernice King", "Bernice King"]


def test_title_of_a_word_is_an_office_not_a_person() -> None:
    text = 'Director of Elections says, "A discrepancy was identified in the report."'
    [(name, kind)] = _speakers(text)
    assert name != "Elections"
    assert kind == SpeakerKind.ANONYMOUS


def test_state_of_a_place_stays_the_place() -> None:
    text = 'The State of Michigan argued that "the complaint is not recognized" in court.'
    assert ("Michigan", SpeakerKind.ORGANIZATION) in _speakers(text)


def test_users_of_a_service_are_not_the_service() -> None:
    text = "Only a small share of users of Twitch say they get news on this platform."
    assert all(name != "Twitch" for name, _ in _speakers(text))


def test_people_of_a_nationality_stay_a_group() -> None:
    text = "It is a status quo millions of Americans have said they refuse to tolerate anymore."
    assert _speakers(text) == [("americans", SpeakerKind.ANONYMOUS)]


def test_union_local_number_inside_the_title() -> None:
    text = (
        "“If they do it in Michigan, Ohio is next,” said steelworkers Local 200 President "
        "Bob Gillis."
    )
    assert _speakers(text) == [("Bob Gillis", SpeakerKind.PERSON)]


def test_place_before_a_role_describes_it() -> None:
    text = (
        "“This is something she was born to do,” says a longtime Seattle journalist who "
        "spoke on condition of anonymity."
    )
    [(name, kind)] = _speakers(text)
    assert name != "Seattle"
    assert kind == SpeakerKind.ANONYMOUS


def test_law_keeps_its_whole_name_and_is_no_they() -> None:
    text = (
        'The Communications Decency Act does say that "the Internet and other interactive '
        'computer services" can be venues for debate. They say digital companies are biased '
        "against conservatives."
    )
    speakers = _speakers(text)
    assert speakers[0] == ("Communications Decency Act", SpeakerKind.DOCUMENT)
    assert all(name != "Communications Decency Act" for name, _ in speakers[1:])


def test_things_of_a_person_leave_the_person_speaking() -> None:
    text = "The ad features clips of President Obama saying his policies are on the ballot."
    assert [name for name, _ in _speakers(text)] == ["Barack Obama"]


def test_number_before_no_title_ends_the_name() -> None:
    text = (
        "Police Lt. Dale Hinz called the shooting spree “incomprehensible,” according to "
        "Fox 17 Online."
    )
    assert all(name != "Online" for name, _ in _speakers(text))
