"""Export values as JSON text and CSV cells, converted a whole column of a batch at a time."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any, Literal

Kind = Literal["int", "float", "text", "date", "time", "json"]
"""How a column's values are written: numbers, strings, ISO dates, UTC timestamps, JSON."""


def json_value(value: Any) -> Any:
    """VALUE as something json.dumps can write: dates as ISO strings, decimals as numbers."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)


def csv_value(value: Any) -> Any:
    """VALUE as one CSV cell: empty for null, JSON for lists and objects, ISO for dates."""
    # Exact type checks first: this runs for every cell of every row.
    kind = type(value)
    if kind is str or kind is int or kind is float:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return value
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=json_value)
    return json_value(value)


encode_json = json.JSONEncoder(ensure_ascii=False, default=json_value).encode
decode_json = json.JSONDecoder().decode
PG_TIME = "YYYY-MM-DD HH24:MI:SS.US"
"""PostgreSQL's timestamps as text in UTC, as SQLite stores them: one formatter for both."""


def _utc_iso(value: datetime | str) -> str:
    """A timestamp as ISO 8601 in UTC, from stored UTC text or a driver's datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        # SQLite keeps UTC without a zone (see UTCDateTime).
        return value.isoformat() + "+00:00"
    return value.astimezone(UTC).isoformat()


def _date_iso(value: date | str) -> str:
    """A date as ISO 8601, from stored text or a driver's date."""
    if isinstance(value, str):
        return value if len(value) == 10 else date.fromisoformat(value).isoformat()
    return value.isoformat()


_JSON_OPEN = ("{", "[")


def _stored_json(text: str) -> bool:
    """Whether stored JSON TEXT is what re-encoding it would give, and so is written as is."""
    # factdb stores JSON as json.dumps writes it, on both backends. Without escapes (the one thing
    # ensure_ascii changes) decoding and re-encoding gives the same text back, at a cost greater
    # than the rest of a link's row; text with escapes, or not an object or array, is re-encoded.
    return text.startswith(_JSON_OPEN) and "\\" not in text


def _json_text(text: str) -> str:
    """Stored JSON TEXT as json.dumps(ensure_ascii=False) writes its value."""
    return encode_json(decode_json(text))


def _json_float(value: float) -> str:
    """A float as JSON: null for NaN and the infinities, which JSON has no numbers for (a
    database written before claims were checked for finite values may hold them)."""
    return repr(value) if math.isfinite(value) else "null"


def _csv_specials() -> str:
    """The characters for which this Python's csv module quotes a field (CR: by version)."""
    found = ""
    for char in '",\n\r':
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow([char, ""])
        found += char if buffer.getvalue().startswith('"') else ""
    return found


_CSV_QUOTE = re.compile(f"[{re.escape(_csv_specials())}]")


def csv_cell(text: str) -> str:
    """TEXT as one CSV cell, quoted exactly when the csv module would quote it."""
    return '"' + text.replace('"', '""') + '"' if _CSV_QUOTE.search(text) else text


# Column converters, applied to a whole column of a batch at once, so that a row costs no
# Python call: most columns take a fast branch (`None in column` is one C loop; strings go
# through C functions). JSONL ones give JSON text (ints as they are: %s writes them as
# json.dumps does), CSV ones cell text, record ones plain values.
Column = Sequence[Any]
Convert = Callable[[Column], Iterable[Any]]


def times(column: Column, null: str | None, quote: str = "") -> list[str | None]:
    """Timestamps as ISO 8601 in UTC between QUOTEs, nulls as NULL."""
    # Stored text ("YYYY-MM-DD HH:MM:SS.ffffff", see PG_TIME) is cut and pasted; anything else
    # goes through _utc_iso.
    tail = "+00:00" + quote
    return [
        null
        if v is None
        else quote + v[:10] + "T" + (v[11:19] if v.endswith(".000000") else v[11:]) + tail
        if type(v) is str and len(v) == 26
        else quote + _utc_iso(v) + quote
        for v in column
    ]


def dates(column: Column, null: str | None, quote: str = "") -> list[str | None]:
    """Dates as ISO 8601 between QUOTEs, nulls as NULL."""
    return [null if v is None else quote + _date_iso(v) + quote for v in column]


def jsonl_number(column: Column) -> Iterable[Any]:
    """Integers for JSON."""
    if None not in column:
        return column
    return ["null" if v is None else v for v in column]


def _jsonl_float(column: Column) -> Iterable[Any]:
    """Floats for JSON."""
    # %s writes a float as repr() does, as json.dumps does, if it is finite; a sum is finite
    # only if every term is (or overflows, which only costs the slow branch). v - v is 0 for
    # finite numbers only.
    if None not in column and math.isfinite(sum(column)):
        return column
    return ["null" if v is None else repr(v) if v - v == 0 else _json_float(v) for v in column]


def _finite_floats(column: Column, null: Any) -> Iterable[Any]:
    """Floats with NaN and the infinities (which JSON cannot hold) written as NULL."""
    if None not in column and math.isfinite(sum(column)):
        return column
    return [null if v is None or v - v != 0 else v for v in column]


def jsonl_text(column: Column) -> Iterable[Any]:
    """Strings as JSON strings."""
    if None not in column:
        return map(encode_basestring, column)
    return ["null" if v is None else encode_basestring(v) for v in column]


def _jsonl_json(column: Column) -> Iterable[Any]:
    """Stored JSON for JSON."""
    # _stored_json, inline: this runs for every link.
    return [
        "null" if v is None else v if v.startswith(_JSON_OPEN) and "\\" not in v else _json_text(v)
        for v in column
    ]


def csv_number(column: Column) -> Iterable[Any]:
    """Numbers for CSV (and anything that needs no quotes), nulls empty."""
    if None not in column:
        return column
    return ["" if v is None else v for v in column]


def csv_text(column: Column) -> Iterable[Any]:
    """Strings as CSV cells."""
    # One search of the whole column finds most batches needing no quotes at all.
    if None not in column and not _CSV_QUOTE.search("".join(column)):
        return column
    return ["" if v is None else csv_cell(v) for v in column]


def _csv_json(column: Column) -> Iterable[Any]:
    """Stored JSON as CSV cells, as csv_value writes its value."""
    return [
        "" if v is None else csv_cell(v if _stored_json(v) else str(csv_value(decode_json(v))))
        for v in column
    ]


def _record_json(column: Column) -> Iterable[Any]:
    """Stored JSON as values."""
    return [None if v is None else decode_json(v) for v in column]


# ISO dates and timestamps need neither escapes in JSON nor quotes in CSV.
JSONL: dict[Kind, Convert] = {
    "int": jsonl_number,
    "float": _jsonl_float,
    "text": jsonl_text,
    "date": lambda column: dates(column, "null", '"'),
    "time": lambda column: times(column, "null", '"'),
    "json": _jsonl_json,
}
CSV: dict[Kind, Convert] = {
    "int": csv_number,
    "float": lambda column: _finite_floats(column, ""),  # %s writes a float as repr() does
    "text": csv_text,
    "date": lambda column: dates(column, ""),
    "time": lambda column: times(column, ""),
    "json": _csv_json,
}
RECORD: dict[Kind, Convert] = {
    "float": lambda column: _finite_floats(column, None),
    "date": lambda column: dates(column, None),
    "time": lambda column: times(column, None),
    "json": _record_json,
}
