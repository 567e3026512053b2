"""The extractors' word lists: data files with a source, no duplicates within or across."""

from __future__ import annotations

from importlib import resources
from itertools import combinations

import pytest

from factdb.extract.text.wordlists import lines

PACKAGES = ["factdb.extract.text", "factdb.extract.speakers"]


def test_no_organisation_variant_names_two_organisations() -> None:
    seen: dict[str, str] = {}
    for entry in lines("organizations", "factdb.extract.speakers"):
        names = [f.strip() for f in entry.split("|")]
        for variant in names:
            key = variant.lower().removeprefix("the ").replace(".", "")
            assert seen.setdefault(key, names[0]) == names[0], f"{variant} names two"


# Lists that are alternative vocabularies of one kind: an entry belongs to one of them only.
DISJOINT = [
    ("factdb.extract.text", ["speech_verbs", "partial_cue_verbs", "subject_speech_verbs"]),
    ("factdb.extract.text", ["anon_nouns", "document_nouns"]),
    ("factdb.extract.text", ["title_cue_words", "label_cue_words"]),
]


ROW_FILES = frozenset(
    {
        "given_names",
        "honorifics",
        "partial_cue_verbs",
        "speech_verbs",
        "subject_speech_verbs",
        "weak_cue_verbs",
    }
)
"""Files read as rows of fields (`wordlists.rows`); in the others a line is one entry, a place
of two words ("new york") among them."""


def _key(name: str, entry: str) -> str:
    if "|" in entry:
        return entry.split("|")[0].strip().lower()
    return (entry.split()[0] if name in ROW_FILES else entry).strip().lower()


def _files() -> list[tuple[str, str]]:
    out = []
    for package in PACKAGES:
        folder = resources.files(package).joinpath("data")
        out.extend(
            (package, f.name.removesuffix(".txt"))
            for f in folder.iterdir()
            if f.name.endswith(".txt")
        )
    return sorted(out)


def test_there_are_data_files() -> None:
    assert len(_files()) > 30


@pytest.mark.parametrize(("package", "name"), _files())
def test_no_list_has_a_duplicate_entry(package: str, name: str) -> None:
    entries = lines(name, package)
    assert entries, f"{name} is empty"
    dupes = sorted({e for e in entries if entries.count(e) > 1})
    assert not dupes, f"{name} repeats {dupes}"
    # The first field of a row is its key: a verb's base form, a name before its gender, an
    # organisation's canonical name before its variants.
    keys = [_key(name, e) for e in entries]
    assert len(keys) == len(set(keys)), f"{name} repeats a key"


@pytest.mark.parametrize(("package", "name"), _files())
def test_every_list_names_its_source(package: str, name: str) -> None:
    raw = resources.files(package).joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    header = [line for line in raw.splitlines() if line.startswith("#")]
    assert any("Source:" in line for line in header), f"{name} does not name its source"


@pytest.mark.parametrize(("package", "names"), DISJOINT)
def test_lists_that_mean_the_same_do_not_share_entries(package: str, names: list[str]) -> None:
    for a, b in combinations(names, 2):
        keys_a = {_key(a, e) for e in lines(a, package)}
        keys_b = {_key(b, e) for e in lines(b, package)}
        assert not keys_a & keys_b, f"{a} and {b} share {sorted(keys_a & keys_b)}"
