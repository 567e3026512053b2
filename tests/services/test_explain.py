"""A link's evidence in words a reviewer reads."""

from __future__ import annotations

from datetime import date
from typing import Any

from factdb.services.review.explain import explain
from factdb.services.review.views import ItemView, LinkView
from factdb.vocab import LinkKind, LinkStatus, Relation


def _item(text: str, speaker: str | None) -> ItemView:
    return ItemView(1, 1, None, None, date(2026, 3, 3), speaker, text, text, (0, 0), (0, 0),
                    None, 1)  # fmt: skip


def _view(kind: LinkKind, evidence: dict[str, Any], a: ItemView, b: ItemView) -> LinkView:
    return LinkView(1, kind, Relation.SAME, LinkStatus.PENDING, 80.0, evidence, None, None,
                    None, None, a, b)  # fmt: skip


def test_claims_say_the_figures_as_written() -> None:
    evidence = {"text": 91.6, "speaker": "unknown", "numbers": "differ", "date_gap_days": 1}
    view = _view(LinkKind.CLAIM, evidence, _item("15 million/day", None), _item("60 million", None))
    assert explain(view) == [
        "wording 92% alike",
        "numbers differ: 15 million/day vs 60 million",
        "published 1 day apart",
    ]


def test_quotes_say_speakers_numbers_names_and_groups() -> None:
    evidence = {
        "text": 70.0,
        "speaker": "agree",
        "numbers": "differ",
        "date_gap_days": 0,
        "names": ["Japan", "Korea"],
        "group": {"pairs": 4},
        "local": {"text": 90.0, "a": "defend the alliance", "b": "defend this alliance"},
    }
    a = _item("We will spend 2% on defence", "Joe Biden")
    b = _item("We will spend 3% on defence", "Biden")
    assert explain(_view(LinkKind.QUOTE, evidence, a, b)) == [
        "wording 70% alike",
        "a clause matches: “defend the alliance” / “defend this alliance”",
        "same speaker (Joe Biden / Biden)",
        "numbers differ: 2% vs 3%",
        "published the same day",
        "both name Japan, Korea",
        "closest of 4 pairs between their groups",
    ]


def test_copies_and_unknowns() -> None:
    evidence = {"copy": "same words", "speaker": "disagree", "numbers": "none"}
    a, b = _item("x", "Tomas Reyna"), _item("x", "Petra Halloran")
    assert explain(_view(LinkKind.QUOTE, evidence, a, b)) == [
        "copies: same words",
        "speakers differ: Tomas Reyna vs Petra Halloran",
    ]
    # A clause that did not beat the whole texts is not news.
    local = {"text": 80.0, "local": {"text": 80.0, "a": "p", "b": "q"}}
    assert explain(_view(LinkKind.QUOTE, local, _item("p", None), _item("q", None))) == [
        "wording 80% alike"
    ]
