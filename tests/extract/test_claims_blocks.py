"""The gates of the not-a-claim patterns never hide a span the pattern itself would find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract.claims import blocks
from factdb.extract.claims import lexicon as lx
from factdb.extract.claims.blocks import blocked_spans

_pieces = st.sampled_from(
    [
        *"0123456789 -–/.:+@'’(),\n",
        "May",
        "Sept",
        "Jan.",
        "March",
        "pm",
        "a.m.",
        "EST",
        "o'clock",
        "th",
        "st",
        "G",
        "Group of ",
        "F-",
        "COVID-",
        "www.",
        ".com",
        "https://",
        ".jpeg",
        "World War ",
        "King ",
        "s",
        " win",
        "MH",
        "x",
        " of ",
        "‑",
        "_",
        "é",
        "٣",
        "Dec",
        "ab",
        "rd",
    ]
)


def _all_spans(s: str) -> set[tuple[int, int]]:
    return {m.span() for p in lx.BLOCK_PATTERNS.values() for m in p.finditer(s)}


@settings(max_examples=500, deadline=None)
@given(st.lists(_pieces, max_size=25).map("".join))
def test_gates_lose_no_span(text: str) -> None:
    has_digit = any(ch.isdigit() for ch in text)
    if has_digit:
        assert set(blocked_spans(text, True)) == _all_spans(text)


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("WASHINGTON, Jan. 13 (Reuters) - talks began.", "Jan. 13"),
        ("The vote was held at 2.15pm on Friday.", "2.15pm"),
        ("Sales grew in the 1990s.", "1990s"),
        ("The 2019-20 season was cut short.", "2019-20"),
        ("Kishida hosted the G7 summit.", "G7"),
        ("Cases of COVID-19 rose.", "COVID-19"),
        ("Call +44 20 7946 0958 now.", "+44 20 7946 0958"),
        ("Call 0800 555 0142 now.", "0800 555 0142"),
        ("Call 0800-555-0142 now.", "0800-555-0142"),
        ("It came 3rd in the race.", "3rd"),
        ("The team won a 3-1 victory.", "3-1 victory"),
    ],
)
def test_blocked(text: str, blocked: str) -> None:
    start = text.index(blocked)
    spans = blocked_spans(text, True)
    assert any(a <= start and start + len(blocked) <= b for a, b in spans)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789 -‑_aZé²½\n", "G", "F-", "737", "MAX"]), max_size=20))
def test_code_gate_of_ascii_text_is_the_run_by_run_test(pieces: list[str]) -> None:
    s = "".join(pieces)
    runs = [m.span() for m in re.finditer(r"\d+", s)]
    assert blocks._code(s, runs) == blocks._code_runs(s, runs)
    if s.isascii() and runs:
        assert blocks._code_search(s) == blocks._code_runs(s, runs)
    assert blocks._g_number(s, runs) == (
        "Group of" in s
        or "P5" in s
        or any((a >= 1 and s[a - 1] == "G") or (a >= 2 and s[a - 2 : a] == "G-") for a, _ in runs)
    )


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789 -–/._a²\n", " - ", "12/03", "5-4"]), max_size=20))
def test_follows_of_ascii_text_is_the_run_by_run_test(pieces: list[str]) -> None:
    s = "".join(pieces)
    runs = [m.span() for m in re.finditer(r"\d+", s)]
    for chars in blocks._FOLLOWS_CHARS:
        assert blocks._follows(s, runs, chars) == blocks._follows_runs(s, runs, chars)
        if s.isascii() and runs:
            assert blocks._follows_search(s, chars) == blocks._follows_runs(s, runs, chars)
