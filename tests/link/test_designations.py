"""The phrases two quotes write alike around a name they share."""

from __future__ import annotations

from factdb.link.designations import designation_stems, titled_name_stems
from factdb.link.normalize import content_stems, normalize_text


def _stems(text: str) -> frozenset[str]:
    return frozenset(content_stems(normalize_text(text)))


def test_a_run_around_a_shared_name_is_a_designation() -> None:
    a = normalize_text(
        "his handling of the investigation into former Secretary of State Hillary Clinton's "
        "private email server"
    )
    b = normalize_text(
        "he helped lead the agency's investigation into former Secretary of State Hillary "
        "Clinton's private email server and Russian meddling"
    )
    found = designation_stems(a, b, _stems("Hillary Clinton"), _stems("Secretary"))
    assert found >= _stems("investigation former private email server")
    assert found.isdisjoint(_stems("handling helped lead agency Russian meddling"))


def test_runs_without_a_shared_name_or_too_short_are_kept() -> None:
    a = normalize_text("we will build the wall and Mexico will pay for it")
    b = normalize_text("they will build the wall, said Pelosi, and Mexico pays")
    # "will build the wall" holds no name; "Mexico" is alone in its run of other words.
    assert not designation_stems(a, b, _stems("Mexico Pelosi"), _stems("Speaker"))
    assert not designation_stems(a, b, frozenset(), _stems("Speaker"))


def test_a_name_in_a_run_with_no_title_may_be_what_is_said() -> None:
    a = normalize_text("we share the vision of a free and open Indo-Pacific region")
    b = normalize_text("both leaders backed a free and open Indo-Pacific region, he said")
    names = _stems("Indo-Pacific")
    assert not designation_stems(a, b, names, _stems("Secretary President"))
    assert designation_stems(a, b, names, _stems("region")) >= _stems("free open")


def test_one_speakers_title_before_a_name_is_his_name_for_someone() -> None:
    a = normalize_text(
        "Trump might agree to give more written answers to questions from special counsel "
        "Robert Mueller"
    )
    b = normalize_text(
        "in his favorite pastimes of blasting the fake news media and special counsel Robert "
        "Mueller's witch hunt"
    )
    names, titles = _stems("Robert Mueller"), _stems("counsel special")
    assert titled_name_stems(a, b, names, titles) >= _stems("special counsel Robert")


def test_a_name_and_a_title_apart_in_a_run_may_be_the_statement() -> None:
    a = normalize_text("if you ever agreed to it you'd never have a Republican elected again")
    b = normalize_text("easier voting would mean you'd never have a Republican elected again")
    # "Republican" is a title word and the name; no title stands before another name.
    names = _stems("Republican")
    assert not titled_name_stems(a, b, names, _stems("Republican"))
    c = normalize_text("Judge Kavanaugh and his friend, Mark Judge, laughing during the attack")
    d = normalize_text("Kavanaugh's friend, Mark Judge, was in the room during the attack")
    assert not titled_name_stems(c, d, _stems("Kavanaugh Mark Judge"), _stems("Judge"))
