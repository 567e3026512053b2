"""Where factdb finds its database and its migrations."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_URL = "sqlite:///factdb.sqlite"
ENV_URL = "FACTDB_URL"
REPO_ROOT = Path(__file__).resolve().parents[1]
MIGRATIONS_DIR = REPO_ROOT / "migrations"
ALEMBIC_INI = REPO_ROOT / "alembic.ini"


def resolve_url(explicit: str | None = None) -> str:
    """The database URL: the explicit one, else $FACTDB_URL, else factdb.sqlite here."""
    if explicit:
        return explicit
    return os.environ.get(ENV_URL) or DEFAULT_URL
