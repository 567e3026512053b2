"""`factdb speakers list|merge|rename|split`: output, exit codes and corrections that hold."""

from __future__ import annotations

import json

from tests.cli.helpers import run_cli

ARTICLE_A = "“We will act,” Robert Vance said on Monday.\n\n“Soon,” Vance added."
ARTICLE_B = "“Rates will rise,” Bob Vance Sr. said."
ARTICLE_C = "“Prices will hold,” Bob Vance Sr. said on Friday."


def _ingest(db_url: str, text: str) -> None:
    result = run_cli(db_url, "ingest", "-", stdin=text)
    assert result.code == 0, result.err


def _speakers(db_url: str) -> dict[str, dict[str, object]]:
    result = run_cli(db_url, "speakers", "list", "--format", "jsonl")
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in result.out.splitlines()]
    return {str(r["name"]): r for r in rows}


def test_list_shows_speakers_with_their_quotes(db_url: str) -> None:
    _ingest(db_url, ARTICLE_A)
    result = run_cli(db_url, "speakers", "list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == "id\tname\tkind\tquotes\taliases"
    assert lines[1].split("\t")[1:4] == ["Robert Vance", "person", "2"]


def test_merge_then_a_new_article_follows_the_correction(db_url: str) -> None:
    _ingest(db_url, ARTICLE_A)
    _ingest(db_url, ARTICLE_B)
    assert set(_speakers(db_url)) == {"Robert Vance", "Bob Vance Sr."}
    result = run_cli(db_url, "speakers", "merge", "Bob Vance Sr.", "--into", "Robert Vance")
    assert result.code == 0, result.err
    assert "1 quotes" in result.err
    _ingest(db_url, ARTICLE_C)
    speakers = _speakers(db_url)
    assert set(speakers) == {"Robert Vance"}
    assert speakers["Robert Vance"]["quotes"] == 4
    exported = run_cli(db_url, "export", "quotes").out.splitlines()
    assert {json.loads(line)["speaker"] for line in exported} == {"Robert Vance"}


def test_rename_and_split(db_url: str) -> None:
    _ingest(db_url, ARTICLE_A)
    assert run_cli(db_url, "speakers", "rename", "Vance", "Robert J. Vance").code == 0
    assert set(_speakers(db_url)) == {"Robert J. Vance"}
    result = run_cli(db_url, "speakers", "split", "Robert J. Vance", "Robert Vance", "--as", "X Y")
    assert result.code == 1
    assert result.err.startswith("Error:")


def test_unknown_or_ambiguous_speakers_are_one_error_line(db_url: str) -> None:
    _ingest(db_url, ARTICLE_A)
    for args in (
        ["merge", "Nobody", "--into", "Robert Vance"],
        ["rename", "Nobody", "Somebody"],
        ["split", "Nobody", "Somebody"],
    ):
        result = run_cli(db_url, "speakers", *args)
        assert result.code == 1
        assert result.err.startswith("Error:") and len(result.err.splitlines()) == 1
    assert run_cli(db_url, "speakers", "merge", "Nobody").code == 2  # --into is required
