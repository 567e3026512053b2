"""`factdb compare`: one JSON object per pair, from arguments or a TSV file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from factdb.cli.main import cli
from factdb.link import LinkItem, score_pair
from factdb.vocab import LinkKind

A = "a free and open Indo-Pacific"
B = "agreed to advance efforts to achieve a free and open Indo-Pacific based on the rule of law"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_two_texts_score_like_the_linker() -> None:
    code, out, err = invoke("compare", A, B)
    assert code == 0 and err == ""
    record = json.loads(out)
    expected = score_pair(LinkItem(1, LinkKind.QUOTE, 1, A), LinkItem(2, LinkKind.QUOTE, 2, B))
    assert record["score"] == expected.score and record["link"] is True
    assert record["relation"] == "same" and "scorers" in record and "reason" in record


def test_pairs_file(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(f"{A}\t{B}\nthe harvest festival\tinterest rates rose again\n", "utf-8")
    code, out, _ = invoke("compare", "--pairs", str(pairs))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["link"] for r in records] == [True, False]
    assert all(0 <= r["score"] <= 100 for r in records)


def test_bad_pairs_file_is_one_error_line(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("only one column\n", "utf-8")
    code, out, err = invoke("compare", "--pairs", str(pairs))
    assert code == 1 and out == ""
    assert err.startswith("Error:") and "pairs.tsv:1" in err and len(err.splitlines()) == 1


def test_usage_errors_exit_2() -> None:
    assert invoke("compare")[0] == 2
    assert invoke("compare", "only one")[0] == 2


def test_empty_statements_are_refused() -> None:
    # Regression: `compare "" ""` scored 100 and linked.
    for texts in (("", ""), ("   ", "a free and open Indo-Pacific"), (A, "\t,. ")):
        code, out, err = invoke("compare", *texts)
        assert code == 1 and out == ""
        assert err.startswith("Error:") and "no words" in err and len(err.splitlines()) == 1


def test_empty_column_in_pairs_file_is_refused(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(f"{A}\t{B}\n \t{B}\n", "utf-8")
    code, _, err = invoke("compare", "--pairs", str(pairs))
    assert code == 1 and "pair 2" in err and "statement A" in err
