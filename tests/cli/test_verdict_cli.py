"""`factdb verdict`, `export claimreview`, `import claimreview` and `export --format parquet`:
exit codes, messages and what they store or write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factdb.services import review
from factdb.services.database import Database
from tests.cli.helpers import run_cli
from tests.tui.seed import Seeded, seed_queue


@pytest.fixture
def seeded(database: Database) -> Seeded:
    seeded = seed_queue(database)
    review.decide(database, seeded.links["q12"], "confirm", "ana")
    return seeded


def test_verdict_then_claimreview_then_import(
    db_url: str, seeded: Seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scale = ["--value", "1", "--best", "5", "--worst", "1"]
    given = run_cli(db_url, "verdict", "1", "--rating", "False", *scale,
                    "--url", "https://c.example/1", "--reviewer", "ana")  # fmt: skip
    assert given.code == 0 and given.out == ""
    assert "Cluster 1: verdict #1 'False' (1 on 1..5) by ana." in given.err
    monkeypatch.setenv("FACTDB_ORG_NAME", "Harbour Checks")
    published = run_cli(db_url, "export", "claimreview", "--org-url", "https://c.example")
    assert published.code == 0, published.err
    (document,) = (json.loads(line) for line in published.out.splitlines())
    assert document["author"] == {
        "@type": "Organization", "name": "Harbour Checks", "url": "https://c.example"
    }  # fmt: skip
    feed = tmp_path / "feed.jsonl"
    feed.write_text(published.out + '{"@type": "ClaimReview"}\n', encoding="utf-8")
    imported = run_cli(db_url, "import", "claimreview", str(feed))
    assert imported.code == 1 and imported.out == ""
    assert f"Error: {feed}: ClaimReview 2: no claimReviewed" in imported.err
    assert "Imported 1 checks; 0 already stored, 1 failed." in imported.err
    counts = dict(line.split() for line in run_cli(db_url, "stats").out.splitlines()[-2:])
    assert counts == {"verdicts": "2", "checks": "1"}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["verdict", "7", "--rating", "False"], 1, "Error: cluster 7 does not exist"),
        (["verdict", "1"], 2, "Missing option '--rating'"),
        (["verdict", "1", "--rating", "x", "--value", "3"], 1, "Error: rating: a numeric"),
        (["export", "claimreview"], 1, "Error: claimreview: name the publishing organisation"),
        (["export", "claimreview", "--org-name", "X", "--format", "csv"], 1, "JSON-LD"),
        (["export", "links", "--format", "parquet"], 2, "give -o FILE"),
        (["import", "claimreview", "missing.json"], 1, "Error: missing.json: cannot be read"),
    ],
)
def test_bad_requests(
    db_url: str, seeded: Seeded, args: list[str], code: int, message: str
) -> None:
    result = run_cli(db_url, *args)
    assert result.code == code and message in result.err and result.out == ""


def test_parquet_to_a_file(db_url: str, seeded: Seeded, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "quotes.parquet"
    result = run_cli(db_url, "export", "quotes", "--format", "parquet", "-o", str(path))
    assert result.code == 0 and f"Exported 4 quotes to {path}." in result.err
    table = pq.read_table(path)
    assert table.column("cluster_id").to_pylist() == [1, 1, None, None]
    assert table.column("outlet").to_pylist() == ["Reuters", "AP", "BBC", "Guardian"]
