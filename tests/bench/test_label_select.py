"""bench/label_select.py: the rule that drew batch 4 of the archive labels draws it again."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from label_select import even_digest, pairs, select

from factdb.evaluation.news_data import LABELS
from tests.conftest import shared_path


def test_pairs_counts_curly_openings_and_straight_pairs() -> None:
    assert pairs('“a” and “b” and "c" and "d') == 3


def test_even_digest_reads_the_last_hex_digit() -> None:
    for article_id in ("a", "b", "c", "NrwP9xKaARrhJJSt"):
        last = hashlib.sha1(article_id.encode("utf-8")).hexdigest()[-1]
        assert even_digest(article_id) == (last in "02468ace")


def test_the_batch_four_draw_is_the_even_share_of_batch_four() -> None:
    shared_path("data", "news", "archive.jsonl.gz")
    rows = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    batch4 = {r["id"] for r in rows if r.get("batch") == 4 and even_digest(r["id"])}
    drawn = select(40404, 10, "even", 4)
    assert {d["id"] for d in drawn} == batch4
    assert len(batch4) == 10
    assert max(Counter(d["outlet"] for d in drawn).values()) <= 2
    for d in drawn:
        assert 1500 <= len(d["text"]) <= 4000 and pairs(d["text"]) >= 4 and "said" in d["text"]
