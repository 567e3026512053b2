"""Cross-article name utilities: lookup keys and the conservative same-person test."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.extract.speakers.names import name_key, same_person


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Joe Biden", "joe biden"),
        ("U.S. President Joe Biden", "joe biden"),
        ("President Biden", "biden"),
        ("Sen. Bernie Sanders", "bernie sanders"),
        ("Joe R. Biden", "joe biden"),
        ("Martin Luther King Jr.", "martin luther king"),
        ("Japanese Prime Minister Fumio Kishida", "fumio kishida"),
        ("  José   Martí ", "jose marti"),
        ("Rep. G.K. Butterfield (D-N.C.)", "gk butterfield"),
        ("Trump’s", "trump"),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Joe Biden", "Joseph Biden"),
        ("Joe Biden", "Joe R. Biden"),
        ("Joe Biden", "President Joe Biden"),
        ("Hillary Clinton", "Hilary Clinton"),
        ("Hillary Clinton", "Hillary Rodham Clinton"),
        ("Bill Clinton", "William Clinton"),
        ("Fumio Kishida", "Japanese Prime Minister Fumio Kishida"),
        ("J. Edgar Hoover", "John Edgar Hoover"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ],
)
def test_same_person(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hunter Biden", "Joe Biden"),
        ("Bill Clinton", "Hillary Clinton"),
        ("Eric Trump", "Donald Trump"),
        ("Jeb Bush", "George W. Bush"),
        ("George H.W. Bush", "George W. Bush"),
        ("Joe Biden", "Biden"),  # a bare surname needs more evidence
        ("Biden", "Obama"),
        ("", "Joe Biden"),
    ],
)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(a, b)
    assert not same_person(b, a)


def test_bare_surname_merges_with_evidence_from_its_aliases() -> None:
    assert same_person("Biden", "Joe Biden", a_aliases=("President Joe Biden", "Biden"))
    assert same_person("Joe Biden", "Biden", b_aliases=("Joseph R. Biden",))
    # An alias naming somebody else is no evidence.
    assert not same_person("Biden", "Joe Biden", a_aliases=("Hunter Biden",))
    # Two bare surnames need a compatible full name on each side.
    assert same_person("Biden", "Biden", a_aliases=("Joe Biden",), b_aliases=("Joseph Biden",))
    assert not same_person("Biden", "Biden", a_aliases=("Hunter Biden",), b_aliases=("Joe Biden",))


_name = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .'’-éö"),
    max_size=30,
)


@given(_name, _name, st.lists(_name, max_size=3), st.lists(_name, max_size=3))
def test_same_person_is_symmetric(a: str, b: str, aa: list[str], ba: list[str]) -> None:
    assert same_person(a, b, a_aliases=aa, b_aliases=ba) == same_person(
        b, a, a_aliases=ba, b_aliases=aa
    )


@given(_name)
def test_same_person_identity(a: str) -> None:
    if name_key(a):
        assert same_person(a, a)


@given(_name)
def test_name_key_is_idempotent_and_lower(a: str) -> None:
    k = name_key(a)
    assert k == k.lower()
    assert name_key(k) == k or not k
