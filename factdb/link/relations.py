"""Agreement of speakers, numbers and dates between two items, and the relation they imply."""

from __future__ import annotations

from dataclasses import dataclass

from factdb.vocab import Relation

VALUE_TOLERANCE = 0.01
"""Two values agree when they differ by at most this fraction of the larger one."""
CONFLICT_TEXT = 85.0
"""Text similarity above which a quote with other speakers or numbers is the same words changed."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A claim's normalised quantity: a value or a range, and its unit."""

    value: float
    value_max: float | None
    unit: str | None


def values_agree(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities of one unit state the same amount (ranges agree when they overlap)."""
    a_lo, a_hi = a.value, a.value_max if a.value_max is not None else a.value
    b_lo, b_hi = b.value, b.value_max if b.value_max is not None else b.value
    if a_lo <= b_hi and b_lo <= a_hi:
        return True
    gap = min(abs(a_lo - b_hi), abs(b_lo - a_hi))
    return gap <= VALUE_TOLERANCE * max(abs(a_hi), abs(b_hi), abs(a_lo), abs(b_lo))


def quantity_agreement(a: Quantity, b: Quantity) -> str:
    """`agree`, `differ` (same unit, another amount) or `unit_mismatch` for two claims."""
    if a.unit != b.unit:
        return "unit_mismatch"
    return "agree" if values_agree(a, b) else "differ"


def number_set_agreement(a: frozenset[float], b: frozenset[float]) -> str:
    """`agree`, `differ`, `one_side` or `none` for the numbers written in two quotes."""
    if not a and not b:
        return "none"
    if not a or not b:
        return "one_side"
    return "agree" if a == b else "differ"


def decide_relation(
    *, is_claim: bool, text: float, speaker: bool | None, numbers: str
) -> tuple[Relation, str]:
    """The relation of a pair and a one-line reason a reviewer can read.

    A claim pair whose amounts differ in the same unit is a conflict: the text already tells
    it is the same measured thing. A quote pair is a conflict only when its words are nearly
    the same (`CONFLICT_TEXT`) but its speakers or its numbers are not.
    """
    if is_claim:
        if numbers == "differ":
            return Relation.CONFLICT, "same measured thing with a different value"
        if numbers == "unit_mismatch":
            return Relation.SAME, "similar sentence but quantities in different units"
        return Relation.SAME, "similar sentence with the same value"
    if text >= CONFLICT_TEXT and speaker is False:
        return Relation.CONFLICT, "same words attributed to different speakers"
    if text >= CONFLICT_TEXT and numbers == "differ":
        return Relation.CONFLICT, "same words with a different number"
    return Relation.SAME, "similar wording" + (" by the same speaker" if speaker else "")
