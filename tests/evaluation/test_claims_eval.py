"""The claim scorer: its arithmetic, and the figures it reaches on the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdb.evaluation.claims import (
    Case,
    GoldItem,
    format_report,
    main,
    overall,
    prf,
    scaling,
    score_case,
    score_datasets,
    score_seeds,
)
from tests.conftest import shared_path


@pytest.fixture
def data() -> Path:
    """The shared data folder holding quantities/, after checking the seeds are there too."""
    shared_path("seeds", "gold.json")
    return shared_path("data", "quantities").parent


def test_prf() -> None:
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    p, r, f = prf(8, 2, 2)
    assert (p, r) == (0.8, 0.8)
    assert f == pytest.approx(0.8)


def test_score_case_counts_value_and_unit() -> None:
    text = "The rocket flew 1,000 km and cost $5 million."
    gold = [
        GoldItem(16, 24, 1000, None, "km", True, True),
        GoldItem(34, 44, 5e6, None, "GBP", True, True),
    ]
    s = score_case(Case(text, gold, [], lambda c: True))
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)
    assert (s.tp_u, s.fp_u, s.fn_u) == (1, 1, 1)


def test_range_gold_needs_both_ends() -> None:
    text = "They were given between 44 and 50 mg of it."
    gold = [GoldItem(16, 36, 44, 50, "mg", True, True)]
    assert score_case(Case(text, gold, [], lambda c: True)).tp == 1
    wrong = [GoldItem(16, 36, 47, None, "mg", True, True)]
    assert score_case(Case(text, wrong, [], lambda c: True)).tp == 0


@pytest.mark.usefixtures("data")
def test_seed_targets() -> None:
    seeds = score_seeds(shared_path("seeds"))
    assert seeds.claims_ok == len(seeds.claims) == 6
    assert seeds.non_claims_hit == 0


def test_dataset_figures_do_not_regress(data: Path) -> None:
    total = overall(score_datasets(data))
    assert prf(total.tp, total.fp, total.fn)[2] >= 0.90
    assert prf(total.tp_u, total.fp_u, total.fn_u)[2] >= 0.85
    assert not total.errors


@pytest.mark.usefixtures("data")
def test_main_prints_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-speed"]) == 0
    out = capsys.readouterr().out
    assert "ALL (micro)" in out and "seeds:" in out


def test_main_missing_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path), "--no-speed"]) == 1
    assert capsys.readouterr().err.startswith("Error:")


def test_format_report_without_seeds() -> None:
    assert "ALL (micro)" in format_report({}, None, None)


def test_scaling_reports_each_size() -> None:
    sizes = scaling("Sales rose 5% to $2.5bn. ", sizes=(1_000, 10_000))
    assert [n for n, _ in sizes] == [1_000, 10_000]
    assert all(seconds >= 0 for _, seconds in sizes)
