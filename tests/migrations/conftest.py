"""pytest-alembic wiring: factdb's migrations against a fresh database on each backend."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_alembic.config import Config
from sqlalchemy import Engine

from factdb import db


@pytest.fixture
def alembic_config() -> Config:
    """The migrations folder factdb itself uses."""
    location = db.alembic_config().get_main_option("script_location")
    return Config(config_options={"script_location": str(location)})


@pytest.fixture
def alembic_engine(empty_db_url: str) -> Iterator[Engine]:
    """An engine on an empty database of the backend under test."""
    engine = db.make_engine(empty_db_url)
    yield engine
    engine.dispose()
