"""Word lists read from the data files beside the extractors, one entry a line.

A data file is UTF-8 text in a ``data`` folder of an extraction package; ``#`` starts a comment
line and blank lines are ignored. Each list has one source, named in its header comment.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Final

TEXT_DATA: Final = "factdb.extract.text"


@cache
def lines(name: str, package: str = TEXT_DATA) -> tuple[str, ...]:
    """The entry lines of data file NAME (without ``.txt``) of PACKAGE's ``data`` folder."""
    raw = resources.files(package).joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(
        stripped
        for line in raw.splitlines()
        if (stripped := line.strip()) and not stripped.startswith("#")
    )


def words(name: str, package: str = TEXT_DATA) -> frozenset[str]:
    """The entries of data file NAME as a set."""
    return frozenset(lines(name, package))


def rows(name: str, package: str = TEXT_DATA, sep: str | None = None) -> list[list[str]]:
    """The entries of data file NAME split into fields (on whitespace, or on SEP)."""
    return [[f.strip() for f in line.split(sep)] for line in lines(name, package)]
