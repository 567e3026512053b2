"""A link's evidence in words a reviewer reads, instead of the scorer's internals.

"wording 92% alike", "same speaker", "numbers differ: 15 million/day vs 60 million": each
phrase is read from the evidence the linker stored (`factdb.link.scoring`) and from the two
items as shown, so figures are quoted as the articles wrote them.
"""

from __future__ import annotations

from typing import Any

from factdb.link.drift import numbers_of
from factdb.link.scoring import LOCAL_DISCOUNT
from factdb.services.review.views import ItemView, LinkView
from factdb.vocab import LinkKind

SAME_DAY = "published the same day"
ROUNDING = 0.01
"""Scores are stored rounded to 0.01."""


def _speakers(evidence: dict[str, Any], a: ItemView, b: ItemView) -> str | None:
    if a.speaker and b.speaker:
        if a.speaker == b.speaker:
            return "same speaker"
        if evidence.get("speaker") == "agree":
            return f"same speaker ({a.speaker} / {b.speaker})"
        return f"speakers differ: {a.speaker} vs {b.speaker}"
    if a.speaker or b.speaker:
        return "speaker unknown on one side"
    return None


def _claim_numbers(numbers: str | None, a: ItemView, b: ItemView) -> str | None:
    if numbers == "agree":
        return f"same figure: {a.text} / {b.text}" if a.text != b.text else f"same figure: {a.text}"
    if numbers == "differ":
        return f"numbers differ: {a.text} vs {b.text}"
    if numbers == "unit_mismatch":
        return f"different units: {a.text} vs {b.text}"
    return None


def _quote_numbers(numbers: str | None, a: ItemView, b: ItemView) -> str | None:
    in_a, in_b = numbers_of(a.text), numbers_of(b.text)
    if numbers == "agree":
        return f"same numbers: {', '.join(in_a)}"
    if numbers == "differ":
        return f"numbers differ: {', '.join(in_a)} vs {', '.join(in_b)}"
    if numbers == "one_side":
        side, found = ("A", in_a) if in_a else ("B", in_b)
        return f"only {side} gives a number: {', '.join(found)}" if found else None
    return None


def _date(gap: Any) -> str | None:
    if not isinstance(gap, int):
        return None
    if gap == 0:
        return SAME_DAY
    return f"published {gap} day{'s' if gap != 1 else ''} apart"


def _clause_decided(evidence: dict[str, Any], local: Any) -> bool:
    """Whether a clause of one item matched the other better than the whole texts did."""
    if not isinstance(local, dict) or not local.get("a") or not local.get("b"):
        return False
    whole, clause = evidence.get("text"), local.get("text")
    if not isinstance(whole, int | float) or not isinstance(clause, int | float):
        return False
    return clause - LOCAL_DISCOUNT >= whole - ROUNDING


def explain(view: LinkView) -> list[str]:
    """The evidence of VIEW as short phrases, the strongest signal first."""
    evidence, a, b = view.evidence, view.a, view.b
    phrases: list[str] = []
    if evidence.get("copy"):
        phrases.append(f"copies: {evidence['copy']}")
    if isinstance(evidence.get("text"), int | float):
        phrases.append(f"wording {round(evidence['text'])}% alike")
    local = evidence.get("local")
    if _clause_decided(evidence, local):
        assert isinstance(local, dict)
        phrases.append(f"a clause matches: “{local['a']}” / “{local['b']}”")
    numbers = evidence.get("numbers")
    quantities = _claim_numbers if view.kind is LinkKind.CLAIM else _quote_numbers
    for phrase in (
        _speakers(evidence, a, b),
        quantities(numbers if isinstance(numbers, str) else None, a, b),
        _date(evidence.get("date_gap_days")),
    ):
        if phrase:
            phrases.append(phrase)
    if evidence.get("names"):
        phrases.append(f"both name {', '.join(map(str, evidence['names']))}")
    group = evidence.get("group")
    if isinstance(group, dict) and group.get("pairs", 0) > 1:
        phrases.append(f"closest of {group['pairs']} pairs between their groups")
    return phrases
