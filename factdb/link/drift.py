"""How a statement's words changed from one version to a later one: word edits and numbers.

Words are compared case-blind and without punctuation, so quote marks, dashes and commas do
not count as changes. Numbers are compared with the scale word that follows them ("15
million", "5.5%", "40 per cent"), thousands separators aside, so that a number changed in a
quote ("15 million" to "60 million") is named, not only marked.

`Drift.marked` writes the later version with its edits in brackets, readable without colour:
`[-removed words-]` and `{+added words+}`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from rapidfuzz import fuzz

from factdb.link.normalize import normalize_text

_WORD = re.compile(r"\d[\d.,]*\d%?|\d%?|\w[\w'’]*")
_NUMBER = re.compile(
    r"(?<![\w.])\d(?:[\d,]*\d)?(?:\.\d+)?"
    r"(?:\s?(?:%|per ?cent\b|percent\b|million\b|billion\b|trillion\b|thousand\b|bn\b|m\b))?",
    re.IGNORECASE,
)
REMOVED = ("[-", "-]")
ADDED = ("{+", "+}")


class Op(StrEnum):
    """What an edit did to a run of words."""

    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"
    REPLACED = "replaced"


@dataclass(frozen=True, slots=True)
class Edit:
    """A run of words: the same in both versions, or removed, added or replaced."""

    op: Op
    old: str
    new: str
    """The later version's text of the run, as written (with its punctuation and spaces)."""


@dataclass(frozen=True, slots=True)
class Drift:
    """The changes from a first version of a statement to a later one."""

    edits: tuple[Edit, ...]
    numbers_removed: tuple[str, ...]
    numbers_added: tuple[str, ...]
    similarity: int
    """How alike the two wordings are, 0-100 (RapidFuzz ratio of the normalised texts)."""

    @property
    def same_words(self) -> bool:
        """Whether the words are the same (punctuation and case aside)."""
        return all(e.op is Op.SAME for e in self.edits)

    @property
    def numbers_changed(self) -> bool:
        """Whether a number was removed, added or changed."""
        return bool(self.numbers_removed or self.numbers_added)

    def pieces(self) -> Iterator[tuple[Op, str]]:
        """The later version in pieces: plain text (SAME), `[-removed-]` and `{+added+}` runs."""
        last = ""
        for edit in self.edits:
            if edit.op is Op.SAME:
                if edit.new:
                    yield Op.SAME, edit.new
                    last = edit.new
                continue
            body = edit.new.strip()
            lead = edit.new[: len(edit.new) - len(edit.new.lstrip())]
            if not lead and last and not last[-1].isspace():
                lead = " "
            if lead:
                yield Op.SAME, lead
            if edit.old:
                yield Op.REMOVED, f"{REMOVED[0]}{edit.old}{REMOVED[1]}"
            if body:
                yield Op.ADDED, f"{' ' if edit.old else ''}{ADDED[0]}{body}{ADDED[1]}"
            last = body or edit.old or lead

    def marked(self) -> str:
        """The later version with `[-removed-]` and `{+added+}` words in it."""
        return "".join(text for _, text in self.pieces())

    def summary(self) -> str:
        """The change in a few words a reviewer reads ("same words", "numbers changed: ...")."""
        if self.numbers_changed:
            old = ", ".join(self.numbers_removed) or "none"
            new = ", ".join(self.numbers_added) or "none"
            return f"numbers changed: {old} -> {new}"
        if self.same_words:
            return "same words"
        return f"reworded ({self.similarity}% alike)"


def _spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


def _key(number: str) -> str:
    """A number as compared: "3,000" is "3000", "40%" and "40 per cent" are "40 percent"."""
    lowered = number.lower().replace(",", "").replace("%", " percent")
    return " ".join(lowered.replace("per cent", "percent").split())


def numbers_of(text: str) -> list[str]:
    """The numbers written in TEXT with their scale words, as written, in order."""
    return [m.group() for m in _NUMBER.finditer(text)]


def _number_changes(first: str, later: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    old, new = numbers_of(first), numbers_of(later)
    old_keys, new_keys = {_key(n) for n in old}, {_key(n) for n in new}
    removed = tuple(dict.fromkeys(n for n in old if _key(n) not in new_keys))
    added = tuple(dict.fromkeys(n for n in new if _key(n) not in old_keys))
    return removed, added


def drift(first: str, later: str) -> Drift:
    """The word-level changes from FIRST to LATER and the numbers that changed."""
    a, b = _spans(first), _spans(later)
    matcher = SequenceMatcher(None, [w for *_, w in a], [w for *_, w in b], autojunk=False)
    edits: list[Edit] = []
    cursor = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        # A run of the later version ends with its last word; a removal takes none of it.
        end = b[j2 - 1][1] if j2 > j1 else cursor
        new = later[cursor:end]
        old = first[a[i1][0] : a[i2 - 1][1]] if i2 > i1 else ""
        op = {"equal": Op.SAME, "delete": Op.REMOVED, "insert": Op.ADDED}.get(tag, Op.REPLACED)
        edits.append(Edit(op, old, new))
        cursor = end
    if cursor < len(later):
        edits.append(Edit(Op.SAME, "", later[cursor:]))
    removed, added = _number_changes(first, later)
    similarity = round(fuzz.ratio(normalize_text(first), normalize_text(later)))
    return Drift(tuple(edits), removed, added, similarity)
