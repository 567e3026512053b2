"""`column IN (a set of ids)` as one bound value, however many ids, on both backends.

An expanding IN list costs a bound parameter per id (SQLite and PostgreSQL cap them, and
SQLAlchemy renders each), so large sets were cut into chunks of statements. Here the set is
one parameter: a JSON array read by `json_each` on SQLite, an integer array compared with
`= ANY` on PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Integer, any_, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session


def id_in(session: Session, column: Any, ids: Iterable[int]) -> ColumnElement[bool]:
    """COLUMN is one of IDS, for a statement run in SESSION."""
    values = list(ids)
    if session.get_bind().dialect.name == "sqlite":
        each = func.json_each(bindparam(None, json.dumps(values))).table_valued("value")
        return column.in_(select(each.c.value))  # type: ignore[no-any-return]
    return column == any_(bindparam(None, values, type_=ARRAY(Integer())))  # type: ignore[no-any-return]
