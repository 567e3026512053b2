"""Checks of row values the database would refuse, in plain Python (worker processes use them).

`validate` applies them to tables and ORM objects; this module imports no SQLAlchemy, so that a
process which only extracts and checks rows starts quickly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from factdb.errors import InputError

Limits = tuple[tuple[str, int], ...]
"""The columns of a table that hold at most so many characters, with that number."""

# A NUL, or half of a surrogate pair left alone (what "\ud800" in JSON decodes to).
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def check_text(value: str, source: str, what: str) -> None:
    """Raise InputError if VALUE holds a character no database here can store."""
    found = UNSTORABLE.search(value)
    if found is None:
        return
    char = found[0]
    kind = "a NUL character" if char == "\x00" else "an unpaired surrogate"
    raise InputError(
        source,
        f"{what} contains {kind} (U+{ord(char):04X}) at character {found.start()}, "
        "which cannot be stored: remove it and ingest again",
    )


def check_limits(
    table: str, limits: Limits, rows: Sequence[Mapping[str, object]], source: str
) -> None:
    """Raise InputError if a value of ROWS (columns of TABLE) is too long or unstorable.

    The lengths are checked column by column; the characters of all the text at once, and only
    when one is found is each value looked at to name its column.
    """
    for row in rows:
        for name, length in limits:
            value = row.get(name)
            if isinstance(value, str) and len(value) > length:
                raise InputError(
                    source,
                    f"{table}.{name} would be {len(value)} characters long; "
                    f"at most {length} can be stored",
                )
    texts = [v for row in rows for v in row.values() if isinstance(v, str)]
    if UNSTORABLE.search("\n".join(texts)) is None:
        return
    for row in rows:
        for name, value in row.items():
            if isinstance(value, str):
                check_text(value, source, f"{table}.{name}")
