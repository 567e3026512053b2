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

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from sqlalchemy import String, Table, inspect

from factdb.errors import InputError
from factdb.services.checks import Limits, check_limits, check_text
from factdb.sources import ArticleInput

__all__ = ["check_article", "check_rows", "check_text", "check_values", "column_limits"]
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

    The checks are `checks.check_limits`, with TABLE's limits.
    """
    check_limits(table.name, column_limits(table), rows, source)


@lru_cache(maxsize=64)
def column_limits(table: Table) -> Limits:
    """The columns of TABLE that hold at most so many characters."""
    return tuple(
        (c.name, c.type.length)
        for c in table.columns
        if isinstance(c.type, String) and c.type.length is not None
    )
