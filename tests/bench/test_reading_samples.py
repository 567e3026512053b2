"""bench/sample_archive.py and bench/read_rows.py: one seed names one sample."""

from __future__ import annotations

import gzip
import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from read_rows import random_rows
from sample_archive import sample_lines


def _archive(tmp_path: Path) -> Path:
    path = tmp_path / "archive.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for n in range(50):
            handle.write(json.dumps({"id": f"a{n}", "text": f"Article {n}."}) + "\n")
    return path


def test_a_seed_names_one_sample(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    first = sample_lines(7, 10, archive)
    assert first == sample_lines(7, 10, archive)
    assert first != sample_lines(8, 10, archive)
    assert len({json.loads(line)["id"] for line in first}) == 10


def test_rows_are_read_by_seed(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE quotes_v (quote_id INTEGER, text TEXT)")
    con.executemany("INSERT INTO quotes_v VALUES (?, ?)", [(n, f"q{n}") for n in range(30)])
    con.commit()
    con.close()
    rows = random_rows(db, "quotes_v", 3, 5)
    again = random_rows(db, "quotes_v", 3, 5)
    assert [r["quote_id"] for r in rows] == [r["quote_id"] for r in again]
    assert len(rows) == 5
