"""The revisions of factdb's migrations, read from the scripts' text without loading Alembic.

Every command that opens a database compares its revision with the newest one. Alembic learns
the revisions by importing every migration script (and Alembic's operations with them), a
quarter of a second of CPU on each command; the scripts' `revision` and `down_revision`
assignments say the same. When the scripts are not a plain chain with one head (a merge still
open, a value that is not a literal), `read_revisions` returns None and the caller asks Alembic.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

VERSIONS = "versions"
_FIELDS = ("revision", "down_revision")


@dataclass(frozen=True, slots=True)
class Revisions:
    """The newest revision and every known one."""

    head: str
    known: frozenset[str]


def read_revisions(migrations: Path) -> Revisions | None:
    """The revisions of the scripts under MIGRATIONS/versions, or None if Alembic must decide."""
    parents: dict[str, tuple[str, ...]] = {}
    for script in sorted((migrations / VERSIONS).glob("*.py")):
        if script.name.startswith("__"):
            continue
        fields = _assignments(script)
        if fields is None:
            return None
        revision, down = fields
        downs = _parents(down)
        if not isinstance(revision, str) or revision in parents or downs is None:
            return None
        parents[revision] = downs
    referenced = {parent for downs in parents.values() for parent in downs}
    heads = [revision for revision in parents if revision not in referenced]
    if len(heads) != 1 or not referenced <= parents.keys():
        return None
    return Revisions(heads[0], frozenset(parents))


def _parents(down: object) -> tuple[str, ...] | None:
    if down is None:
        return ()
    if isinstance(down, str):
        return (down,)
    if isinstance(down, tuple | list) and all(isinstance(item, str) for item in down):
        return tuple(down)
    return None


def _assignments(script: Path) -> tuple[object, object] | None:
    try:
        tree = ast.parse(script.read_text(encoding="utf-8"), filename=str(script))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return None
    values: dict[str, object] = {}
    for node in tree.body:
        target, value = _assignment(node)
        if target in _FIELDS and value is not None:
            try:
                values[target] = ast.literal_eval(value)
            except ValueError:
                return None
    if any(name not in values for name in _FIELDS):
        return None
    return values["revision"], values["down_revision"]


def _assignment(node: ast.stmt) -> tuple[str | None, ast.expr | None]:
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id, node.value
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        return (target.id if isinstance(target, ast.Name) else None), node.value
    return None, None
