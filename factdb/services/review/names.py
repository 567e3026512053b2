"""Reviewer names: one line of printable text, stored with every decision and lease."""

from __future__ import annotations

import unicodedata

from factdb.errors import InputError

REVIEWER_MAX = 200
"""The longest name kept: a lease owner is the name and a short suffix, in 255 characters."""
# Control characters, line and paragraph separators, and invisible format characters (such
# as a right-to-left override) would break or disguise a name in the audit trail.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def reviewer_name(name: str) -> str:
    """NAME without surrounding spaces; InputError if empty, too long or not one printable line."""
    cleaned = name.strip()
    if not cleaned:
        raise InputError("reviewer", "a reviewer name cannot be empty")
    if len(cleaned) > REVIEWER_MAX:
        raise InputError(
            "reviewer", f"a reviewer name is at most {REVIEWER_MAX} characters, not {len(cleaned)}"
        )
    for char in cleaned:
        if unicodedata.category(char) in _REFUSED_CATEGORIES:
            raise InputError(
                "reviewer",
                f"a reviewer name must be one line of printable text (U+{ord(char):04X} found)",
            )
    return cleaned
