"""Where factdb finds its database, its migrations and the shared evaluation data."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

DEFAULT_URL = "sqlite:///factdb.sqlite"
ENV_URL = "FACTDB_URL"
ENV_SHARED = "FACTDB_SHARED"
PACKAGE_ROOT = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_ROOT.parent
"""The source checkout holding this package, when it runs from one (an installed wheel has none)."""
CHECKOUT_MIGRATIONS = REPO_ROOT / "migrations"
ALEMBIC_INI = REPO_ROOT / "alembic.ini"
MIGRATIONS_PACKAGE = "factdb.migrations"
"""The wheel ships the top-level `migrations/` folder as this package."""
MIGRATIONS_MARKER = "env.py"


def resolve_url(explicit: str | None = None) -> str:
    """The database URL: the explicit one, else $FACTDB_URL, else factdb.sqlite here."""
    if explicit:
        return explicit
    return os.environ.get(ENV_URL) or DEFAULT_URL


def migrations_dir() -> Path:
    """The Alembic scripts: the copy packaged in the wheel, else the checkout's `migrations/`.

    An installed wheel has them as the package `factdb.migrations`; an editable install or a
    plain checkout (tests run from the repository root) reads the top-level folder, which is the
    source of both. The path returned may not exist when neither is there; the caller says so.
    """
    try:
        packaged = Path(str(resources.files(MIGRATIONS_PACKAGE)))
    except (ModuleNotFoundError, TypeError):
        packaged = None
    if packaged is not None and (packaged / MIGRATIONS_MARKER).is_file():
        return packaged
    return CHECKOUT_MIGRATIONS


def is_checkout(root: Path = REPO_ROOT) -> bool:
    """Whether ROOT is factdb's source checkout rather than an installation folder."""
    return (root / "pyproject.toml").is_file() and (root / "migrations").is_dir()


def shared_candidates() -> list[Path]:
    """Where the shared data folder is looked for, in order.

    $FACTDB_SHARED alone when it is set; otherwise `../shared` beside the source checkout (when
    factdb runs from one), then `shared` and `../shared` relative to the working directory.
    """
    explicit = os.environ.get(ENV_SHARED)
    if explicit:
        return [Path(explicit).expanduser()]
    cwd = Path.cwd()
    beside = [REPO_ROOT.parent / "shared"] if is_checkout() else []
    # The same folder can be reached both ways (the clone is the working directory): once each.
    return list(dict.fromkeys([*beside, cwd / "shared", cwd.parent / "shared"]))


def find_shared() -> Path | None:
    """The shared data folder, or None when no candidate exists."""
    return next((path for path in shared_candidates() if path.is_dir()), None)


def shared_dir() -> Path:
    """The shared data folder, else where it is expected first (for messages and defaults)."""
    return find_shared() or shared_candidates()[0]


def shared_missing_message() -> str:
    """One line saying where the shared data folder was looked for and how to point to it."""
    looked = ", ".join(str(path) for path in shared_candidates())
    return f"shared data folder not found (looked in {looked}); set {ENV_SHARED} to its path"
