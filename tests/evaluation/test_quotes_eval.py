"""The quote evaluation: scoring rules on small hand-made data, and the real data when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factdb.evaluation.quotes import (
    PRF,
    evaluate_polnear,
    evaluate_seeds,
    format_report,
    main,
    speaker_agrees,
    units,
)
from factdb.extract.quotes import extract_quotes
from tests.conftest import shared_path


def _span(text: str, part: str) -> dict[str, object]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def _doc(text: str, attributions: list[dict[str, object]]) -> dict[str, object]:
    return {"doc_id": "t", "text": text, "attributions": attributions}


def _attr(text: str, content: list[str], source: list[str], quoted: bool) -> dict[str, object]:
    return {
        "id": "E1",
        "type": "Attribution",
        "source": [_span(text, s) for s in source],
        "cue": [],
        "content": [_span(text, c) for c in content],
        "content_has_quote_mark": quoted,
        "content_fully_quoted": quoted,
    }


def _write(tmp_path: Path, docs: list[dict[str, object]]) -> Path:
    p = tmp_path / "mini.jsonl"
    p.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return p


def test_scores_on_a_tiny_corpus(tmp_path: Path) -> None:
    text = (
        "“We will win,” Smith said. “And we will win big.”\n\n"
        "Jones said the plan would fail.\n\n"
        "The river is long."
    )
    docs = [
        _doc(
            text,
            [
                _attr(text, ["“We will win,”", "“And we will win big.”"], ["Smith"], True),
                _attr(text, ["the plan would fail"], ["Jones"], False),
            ],
        )
    ]
    rep = evaluate_polnear([_write(tmp_path, docs)])
    q = rep.quote[0.3]
    assert (q.tp_gold, q.n_gold) == (1, 1)
    assert q.precision == 1.0
    assert rep.quote_speaker[0.3].f1 == 1.0
    assert rep.indirect[0.3].recall == 1.0
    assert rep.articles_per_second > 0
    out = format_report(rep)
    assert "quotes with speaker" in out and "articles/s" in out


def test_wrong_speaker_mention_counts_against_speaker_scores(tmp_path: Path) -> None:
    text = "“We will win,” Smith said."
    docs = [_doc(text, [_attr(text, ["“We will win,”"], ["said"], True)])]
    rep = evaluate_polnear([_write(tmp_path, docs)])
    assert rep.quote[0.3].f1 == 1.0
    assert rep.quote_speaker[0.3].f1 == 0.0


def test_a_partial_quote_inside_a_reported_clause_is_one_unit() -> None:
    text = "Biden said the alliance was “stronger than ever” after the talks."
    us = units(text, extract_quotes(text))
    assert len(us) == 1
    assert us[0].is_quote


def test_prf_arithmetic() -> None:
    p = PRF(tp_pred=9, n_pred=10, tp_gold=8, n_gold=10)
    assert p.precision == pytest.approx(0.9)
    assert p.recall == pytest.approx(0.8)
    assert p.f1 == pytest.approx(2 * 0.9 * 0.8 / 1.7)
    assert PRF().f1 == 0.0


@pytest.mark.parametrize(
    ("pred", "gold", "also", "ok"),
    [
        ("Joe Biden", "Joe Biden", (), True),
        ("senior US official", "senior US official (unnamed)", (), True),
        ("US-Japan joint statement", "US-Japan joint statement", (), True),
        ("Fumio Kishida", "Fumio Kishida and Joe Biden", ("Fumio Kishida", "Joe Biden"), True),
        ("Hunter Biden", "Joe Biden", (), False),
        (None, "Joe Biden", (), False),
    ],
)
def test_speaker_agrees(pred: str | None, gold: str, also: tuple[str, ...], ok: bool) -> None:
    assert speaker_agrees(pred, gold, also) is ok


def test_main_rejects_missing_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--polnear", "/nonexistent.jsonl", "--no-seeds"]) == 2


def test_main_on_a_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "“We will win,” Smith said."
    path = _write(tmp_path, [_doc(text, [_attr(text, ["“We will win,”"], ["Smith"], True)])])
    assert main(["--polnear", str(path), "--no-seeds"]) == 0
    assert "F1" in capsys.readouterr().out


def test_seed_targets() -> None:
    shared_path("seeds", "gold.json")
    rep = evaluate_seeds(shared_path("seeds"))
    assert rep.quotes_gold == 14 and rep.quotes_speaker == 14
    assert rep.reported_gold == 14 and rep.reported_speaker >= 11
    assert rep.invented_quotes == []
    assert "Seeds:" in format_report(seeds=rep)


@pytest.mark.slow
def test_polnear_dev_figures_do_not_regress() -> None:
    rep = evaluate_polnear([shared_path("data", "quotes", "polnear", "dev.jsonl")], overlaps=(0.3,))
    assert rep.quote[0.3].f1 >= 0.90
    assert rep.quote_speaker[0.3].f1 >= 0.83
