"""Organisations under one canonical name, their variants as aliases, from an extendable list.

The built-in list is ``data/organizations.txt``; a file of the same format named by the
``FACTDB_ORGANIZATIONS`` environment variable adds to it (a variant listed there wins). Each line
is a canonical name and its variants separated by ``|``; ``#`` starts a comment.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import Final

from factdb.extract.speakers.names_parse import SPEAKERS_DATA
from factdb.extract.text.wordlists import rows

ENV_VAR: Final = "FACTDB_ORGANIZATIONS"
_NOISE_RE: Final = re.compile(r"^the\s+|[.’']", re.IGNORECASE)


def org_key(name: str) -> str:
    """A variant's look-up key: lower case, no leading "the", no full stops or apostrophes."""
    return " ".join(_NOISE_RE.sub("", name.strip()).lower().split())


def _parse(lines: list[list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for fields in lines:
        names = [f for f in fields if f]
        for variant in names:
            out[org_key(variant)] = names[0]
    return out


@cache
def _builtin() -> dict[str, str]:
    return _parse(rows("organizations", SPEAKERS_DATA, sep="|"))


@cache
def _user(path: str) -> dict[str, str]:
    text = Path(path).read_text(encoding="utf-8")
    lines = [
        line.split("|")
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    return _parse([[f.strip() for f in line] for line in lines])


def variants() -> dict[str, str]:
    """Every known variant key and its canonical name, the user's file included."""
    path = os.environ.get(ENV_VAR)
    return _table(path if path and Path(path).is_file() else None)


@cache
def _table(path: str | None) -> dict[str, str]:
    """The built-in variants with the user's file over them (built once per file)."""
    table = dict(_builtin())
    if path is not None:
        table.update(_user(path))
    return table


def canonical_org(name: str) -> str:
    """The canonical name of organisation NAME, or NAME itself when no variant is known."""
    return variants().get(org_key(name), name)


def aliases_of(canonical: str) -> list[str]:
    """The variants listed for a canonical name (without the name itself)."""
    rows_ = [r for r in rows("organizations", SPEAKERS_DATA, sep="|") if r and r[0] == canonical]
    return [v for r in rows_ for v in r[1:]]
