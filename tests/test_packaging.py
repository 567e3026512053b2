"""What the wheel carries and how an installed factdb finds it.

Guards against a `pip install .` whose every database command died because `migrations/` was
not in the package. (CI also builds the wheel, installs it outside the repository and runs the
main commands with it: scripts/ci_wheel.sh.)
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from factdb import config, db
from factdb.revisions import read_revisions
from tests.conftest import REPO_ROOT

MIGRATION = '''"""{doc}"""
revision = {revision!r}
down_revision = {down!r}
'''


def pyproject() -> dict[str, object]:
    return tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_wheel_lists_every_package() -> None:
    setuptools = pyproject()["tool"]["setuptools"]  # type: ignore[index]
    listed = set(setuptools["packages"])
    # Every folder of the source tree that holds files: a package, or data a package reads
    # (word lists, labels), which setuptools wants listed as a package of its own.
    found = {
        ".".join(path.parent.relative_to(REPO_ROOT).parts)
        for top in ("factdb", "tui")
        for path in (REPO_ROOT / top).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    found |= {"factdb.migrations", "factdb.migrations.versions"}
    assert listed == found, "update [tool.setuptools] packages in pyproject.toml"
    assert setuptools["package-dir"] == {"factdb.migrations": "migrations"}


def test_the_migrations_are_a_package_folder() -> None:
    assert (REPO_ROOT / "migrations" / "__init__.py").is_file()
    assert (REPO_ROOT / "migrations" / "versions" / "__init__.py").is_file()
    assert (config.migrations_dir() / "env.py").is_file()


def test_the_checkout_is_the_fallback_when_no_package_holds_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(config, "MIGRATIONS_PACKAGE", "factdb.no_such_package")
    assert config.migrations_dir() == REPO_ROOT / "migrations"


def test_revisions_read_from_the_scripts_are_alembics() -> None:
    scripts = db._scripts()
    found = read_revisions(config.migrations_dir())
    assert found is not None
    assert found.head == scripts.get_current_head()
    assert found.known == {script.revision for script in scripts.walk_revisions()}


def write_scripts(folder: Path, chain: list[tuple[str, object]]) -> Path:
    (folder / "versions").mkdir(parents=True)
    for revision, down in chain:
        text = MIGRATION.format(doc=revision, revision=revision, down=down)
        (folder / "versions" / f"{revision}.py").write_text(text, encoding="utf-8")
    return folder


def test_a_plain_chain_has_one_head(tmp_path: Path) -> None:
    found = read_revisions(write_scripts(tmp_path, [("a", None), ("b", "a"), ("c", "b")]))
    assert found is not None and found.head == "c" and found.known == {"a", "b", "c"}


@pytest.mark.parametrize(
    "chain",
    [
        [("a", None), ("b", "a"), ("c", "a")],  # two heads: Alembic must decide
        [("a", None), ("b", "missing")],  # a parent that is not there
        [("a", None), ("b", 3)],  # not a revision id
    ],
)
def test_anything_but_a_plain_chain_is_left_to_alembic(
    tmp_path: Path, chain: list[tuple[str, object]]
) -> None:
    assert read_revisions(write_scripts(tmp_path, chain)) is None


def test_a_merge_revision_is_read(tmp_path: Path) -> None:
    chain: list[tuple[str, object]] = [("a", None), ("b", "a"), ("c", "a"), ("m", ("b", "c"))]
    found = read_revisions(write_scripts(tmp_path, chain))
    assert found is not None and found.head == "m"
