"""Shared fixtures: a migrated database on SQLite and on PostgreSQL for every test that asks."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from factdb import db
from factdb.config import shared_dir, shared_missing_message
from factdb.services.database import Database
from factdb.services.query.reader import READER_ENV

REPO_ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = REPO_ROOT / "examples"
PG_ENV = "FACTDB_TEST_PG_URL"
REQUIRE_SHARED_ENV = "FACTDB_REQUIRE_SHARED"
ROLE_PREFIX_ENV = "FACTDB_TEST_ROLE_PREFIX"
"""Roles the tests make in the cluster start with this ("factdb_test_" unless set)."""
THROWAWAY_ENV = "FACTDB_TEST_PG_THROWAWAY"
"""Set to 1 by scripts/test.sh for the cluster it starts and deletes after the run: the test
databases are left to that deletion instead of dropped one by one (each drop is slow)."""
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV)


def in_ci() -> bool:
    """Whether the tests run in CI, where a missing service or data set is a failure."""
    return os.environ.get("CI", "").lower() == "true"


def _pg_unavailable(reason: str) -> None:
    # In CI a missing server is a failure, never a silent skip.
    if in_ci():
        pytest.fail(f"PostgreSQL tests need a server: {reason}")
    pytest.skip(f"PostgreSQL not available: {reason}")


def shared_path(*parts: str) -> Path:
    """A path in the shared data folder (../shared beside the repository, or $FACTDB_SHARED).

    Every test that reads the shared data gets its paths here, inside the test: a missing
    folder or file skips the test with a reason that says where it was expected, except under
    CI=true or FACTDB_REQUIRE_SHARED=1, where it fails the test.
    """
    path = shared_dir().joinpath(*parts)
    if not path.exists():
        message = f"shared data missing: {path} ({shared_missing_message()})"
        if in_ci() or os.environ.get(REQUIRE_SHARED_ENV) == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def seed_paths() -> list[str]:
    """The two seed articles of the shared data, sorted (see `shared_path`)."""
    return sorted(str(path) for path in shared_path("seeds").glob("*.txt"))


class PostgresFactory:
    """Makes throwaway PostgreSQL databases cloned from one migrated template."""

    def __init__(self, base_url: str) -> None:
        self.base = make_url(base_url)
        self.admin = create_engine(
            self.base.set(database="postgres"), isolation_level="AUTOCOMMIT", pool_size=1
        )
        self.template = f"factdb_tpl_{uuid.uuid4().hex[:8]}"
        self.created: list[str] = []
        # `factdb sql` makes a reader role: one for the whole run, dropped with the databases.
        prefix = os.environ.get(ROLE_PREFIX_ENV, "factdb_test_")
        self.reader = f"{prefix}reader_{uuid.uuid4().hex[:8]}"
        os.environ[READER_ENV] = self.reader

    def _create(self, name: str, template: str | None = None) -> str:
        clause = f" TEMPLATE {template}" if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        self.created.append(name)
        return self.base.set(database=name).render_as_string(hide_password=False)

    def build_template(self) -> None:
        url = self._create(self.template)
        engine = db.make_engine(url)
        db.upgrade(engine)
        engine.dispose()

    def new(self, *, migrated: bool = True) -> str:
        name = f"factdb_t_{uuid.uuid4().hex[:12]}"
        return self._create(name, self.template if migrated else None)

    def close(self) -> None:
        if os.environ.get(THROWAWAY_ENV) == "1":
            os.environ.pop(READER_ENV, None)
            self.admin.dispose()
            return
        with self.admin.connect() as conn:
            for name in reversed(self.created):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{self.reader}"'))
        os.environ.pop(READER_ENV, None)
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_factory() -> Iterator[PostgresFactory | None]:
    """A factory of fresh PostgreSQL databases, or None when no server is configured."""
    url = _pg_admin_url()
    if not url:
        yield None
        return
    factory = PostgresFactory(url)
    try:
        factory.build_template()
    except Exception as exc:
        factory.admin.dispose()
        yield None
        pytest.exit(f"cannot prepare PostgreSQL at {url}: {exc}", returncode=1)
    yield factory
    factory.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once to the newest schema, copied by each test."""
    path = tmp_path_factory.mktemp("tpl") / "template.sqlite"
    engine = db.make_engine(f"sqlite:///{path}")
    db.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _url_for(
    backend: str,
    tmp_path: Path,
    sqlite_template: Path,
    pg_factory: PostgresFactory | None,
    *,
    migrated: bool,
) -> str:
    if backend == "sqlite":
        path = tmp_path / "factdb.sqlite"
        if migrated:
            shutil.copy(sqlite_template, path)
        else:
            path.touch()  # an empty file is a SQLite database with no tables
        return f"sqlite:///{path}"
    if pg_factory is None:
        _pg_unavailable(f"set {PG_ENV} to a server URL")
        raise AssertionError("unreachable")
    return pg_factory.new(migrated=migrated)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The backend under test: "sqlite" or "postgres"."""
    return str(request.param)


@pytest.fixture
def db_url(
    backend: str, tmp_path: Path, sqlite_template: Path, pg_factory: PostgresFactory | None
) -> str:
    """The URL of a fresh database at the newest schema on the backend under test."""
    return _url_for(backend, tmp_path, sqlite_template, pg_factory, migrated=True)


@pytest.fixture
def empty_db_url(
    backend: str, tmp_path: Path, sqlite_template: Path, pg_factory: PostgresFactory | None
) -> str:
    """The URL of a fresh database with no tables on the backend under test."""
    return _url_for(backend, tmp_path, sqlite_template, pg_factory, migrated=False)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    """An open factdb database at the newest schema on the backend under test."""
    opened = Database.open(db_url)
    yield opened
    opened.close()
