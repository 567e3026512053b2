"""What the database would refuse, found before writing, so that both backends store the same.

SQLite stores a NUL character, an unpaired surrogate half or a 300-character id where
PostgreSQL refuses them (and a refused statement there aborts its whole transaction). So an
article's fields, and every row built from it, are checked before anything is written, and a
refusal names the field: the article fails alone, the same way on both backends.

A NUL character is refused, not stripped: every offset points into the stored text and the
duplicate check hashes it, so the stored article must be the one the source gave, and a NUL
in news text means the input is damaged (the readers already refuse binary files).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from sqlalchemy import String, Table, inspect

from factdb.errors import InputError
from factdb.sources import ArticleInput

# A NUL, or half of a surrogate pair left alone (what "\ud800" in JSON decodes to).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_FIELDS = {
    "text": "text",
    "title": "title",
    "outlet": "outlet",
    "url": "url",
    "byline": "byline",
    "external_id": "id",
}
EXTERNAL_ID_MAX = 255
"""The longest JSONL `id` stored (the `articles.external_id` column)."""


def check_article(article: ArticleInput) -> None:
    """Raise InputError, naming ARTICLE's source and field, if the database would refuse it."""
    for attribute, name in _FIELDS.items():
        value = getattr(article, attribute)
        if value is not None:
            check_text(value, article.source, f"'{name}'")
    external = article.external_id
    if external is not None and len(external) > EXTERNAL_ID_MAX:
        raise InputError(
            article.source,
            f"'id' is {len(external)} characters long; at most {EXTERNAL_ID_MAX} can be stored",
        )


def check_text(value: str, source: str, what: str) -> None:
    """Raise InputError if VALUE holds a character no database here can store."""
    found = _UNSTORABLE.search(value)
    if found is None:
        return
    char = found[0]
    kind = "a NUL character" if char == "\x00" else "an unpaired surrogate"
    raise InputError(
        source,
        f"{what} contains {kind} (U+{ord(char):04X}) at character {found.start()}, "
        "which cannot be stored: remove it and ingest again",
    )


def check_rows(rows: Iterable[object], source: str) -> None:
    """Raise InputError if a text column of ROWS (new ORM objects) is longer than it stores."""
    for row in rows:
        mapper = inspect(type(row))
        for column in mapper.columns:
            length = column.type.length if isinstance(column.type, String) else None
            value = getattr(row, column.key, None)
            if not isinstance(value, str):
                continue
            if length is not None and len(value) > length:
                raise InputError(
                    source,
                    f"{column.table.name}.{column.name} would be {len(value)} characters long; "
                    f"at most {length} can be stored",
                )
            check_text(value, source, f"{column.table.name}.{column.name}")


def check_values(table: Table, rows: Sequence[Mapping[str, object]], source: str) -> None:
    """`check_rows` for ROWS given as column values of TABLE, as a bulk insert writes them.

    The lengths are checked column by column; the characters of all the text at once, and only
    when one is found is each value looked at to name its column.
    """
    for row in rows:
        for name, length in _limits(table):
            value = row.get(name)
            if isinstance(value, str) and len(value) > length:
                raise InputError(
                    source,
                    f"{table.name}.{name} would be {len(value)} characters long; "
                    f"at most {length} can be stored",
                )
    texts = [v for row in rows for v in row.values() if isinstance(v, str)]
    if _UNSTORABLE.search("\n".join(texts)) is None:
        return
    for row in rows:
        for name, value in row.items():
            if isinstance(value, str):
                check_text(value, source, f"{table.name}.{name}")


@lru_cache(maxsize=64)
def _limits(table: Table) -> tuple[tuple[str, int], ...]:
    """The columns of TABLE that hold at most so many characters."""
    return tuple(
        (c.name, c.type.length)
        for c in table.columns
        if isinstance(c.type, String) and c.type.length is not None
    )
