"""Fitting the text model: the logistic fit, and a refit reproducing the stored file."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from factdb.evaluation.mrpc import MRPC, load_pairs
from factdb.evaluation.text_model_fit import fit, fit_logistic
from factdb.link import textmodel


def test_logistic_fit_recovers_a_separating_direction() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] - 0.5 * x[:, 1] + 0.2 * rng.normal(size=400) > 0).astype(float)
    weights, _ = fit_logistic(x, y, l2=0.1)
    assert weights[0] > 0 > weights[1]
    assert weights[0] > abs(weights[1])


def test_the_split_keeps_a_repeated_sentence_on_one_side() -> None:
    if not MRPC.exists():
        pytest.skip("MRPC train is not in the shared data folder")
    halves: dict[str, set[str]] = {}
    for pair in load_pairs():
        halves.setdefault(pair.a, set()).add(pair.half)
    assert all(len(h) == 1 for h in halves.values())


def test_refitting_on_the_tune_half_gives_the_stored_model() -> None:
    if not MRPC.exists():
        pytest.skip("MRPC train is not in the shared data folder")
    stored = json.loads(
        resources.files("factdb.link").joinpath("data", textmodel.MODEL).read_text("utf-8")
    )
    fitted = fit()
    assert fitted["features"] == stored["features"]
    assert fitted["provenance"] == stored["provenance"]
    for key in ("mean", "scale", "weights"):
        assert fitted[key] == pytest.approx(stored[key], abs=1e-4)
    assert fitted["bias"] == pytest.approx(stored["bias"], abs=1e-4)
