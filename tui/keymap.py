"""Remapping keys: a TOML file that maps binding ids to keys.

The file is the one given by `factdb review --keymap FILE`, else `$FACTDB_KEYMAP`, else
`~/.config/factdb/keymap.toml` when it exists. It holds one table:

    [keys]
    confirm = "j"            # one key...
    reject = "k,ctrl+r"      # ...or several, comma-separated

Binding ids are those listed in the help screen (`?`): confirm, reject, skip, undo, note,
filter, article_a, article_b, verdict, blind, cluster, clusters, links, help, quit; on a
cluster's story: cluster_confirm, cluster_reject, ungroup, cluster_verdict, cluster_close.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from factdb.errors import InputError

ENV = "FACTDB_KEYMAP"
DEFAULT_PATH = Path.home() / ".config" / "factdb" / "keymap.toml"


def keymap_path(explicit: Path | None = None) -> Path | None:
    """The keymap file to read: EXPLICIT, else $FACTDB_KEYMAP, else the default if it exists."""
    if explicit is not None:
        return explicit
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    return DEFAULT_PATH if DEFAULT_PATH.is_file() else None


def load_keymap(path: Path | None, known: set[str]) -> dict[str, str]:
    """The binding id -> keys mapping in PATH (empty when PATH is None); ids must be KNOWN."""
    if path is None:
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(str(path), f"cannot read keymap: {exc}") from exc
    table = data.get("keys", data)
    if not isinstance(table, dict):
        raise InputError(str(path), "the [keys] table is missing")
    keymap: dict[str, str] = {}
    for binding_id, keys in table.items():
        if binding_id not in known:
            raise InputError(str(path), f"unknown binding {binding_id!r} (known: {sorted(known)})")
        if not isinstance(keys, str) or not keys.strip():
            raise InputError(str(path), f"keys for {binding_id!r} must be a non-empty string")
        keymap[binding_id] = keys.replace(" ", "")
    return keymap
