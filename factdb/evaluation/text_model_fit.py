"""Fit the linker's text model (`link.textmodel`) on the tune half of MRPC train.

`python -m factdb.evaluation.text_model_fit` computes `textmodel.FEATURES` for every tune-half
pair of `../shared/data/links/mrpc-train.tsv` (split as `evaluation.mrpc` splits it: the check
half is never read here), standardises them, fits an L2-regularised logistic regression by
Newton's method (NumPy; `L2` on the weights, none on the bias) and writes
`factdb/link/data/text_model.json` with its provenance. Refitting on the same data gives the
same file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from factdb.evaluation.mrpc import MRPC, Pair, load_pairs, prepared_pair
from factdb.link import textmodel
from factdb.link.scoring import model_side

L2 = 1.0
ITERATIONS = 50
OUT = Path(textmodel.__file__).with_name("data") / textmodel.MODEL

Matrix = npt.NDArray[np.float64]


def feature_matrix(pairs: Sequence[Pair]) -> Matrix:
    """The `textmodel.FEATURES` of each pair, one row a pair."""
    rows = []
    for pair in pairs:
        a, b = prepared_pair(pair)
        rows.append(textmodel.features(model_side(a), model_side(b)))
    return np.array(rows, dtype=np.float64)


def fit_logistic(x: Matrix, y: Matrix, l2: float = L2) -> tuple[Matrix, float]:
    """Weights and bias of an L2-regularised logistic regression of Y (0/1) on X."""
    rows, cols = x.shape
    design = np.hstack([x, np.ones((rows, 1))])
    penalty = np.diag(np.r_[np.full(cols, l2), 0.0])
    w = np.zeros(cols + 1)
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(design @ w)))
        gradient = design.T @ (p - y) + penalty @ w
        hessian = (design * (p * (1.0 - p))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-10:
            break
    return w[:-1], float(w[-1])


def fit(path: Path = MRPC) -> dict[str, Any]:
    """The stored form of a model fitted on the tune half of the pairs at PATH."""
    tune = [p for p in load_pairs(path) if p.half == "tune"]
    x = feature_matrix(tune)
    y = np.array([p.label for p in tune], dtype=np.float64)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    weights, bias = fit_logistic((x - mean) / scale, y)
    return {
        "provenance": (
            f"logistic regression (L2 {L2}, Newton) fitted by factdb.evaluation.text_model_fit "
            f"on the tune half of MRPC train ({len(tune)} pairs, {int(y.sum())} paraphrases; "
            "Microsoft Research Paraphrase Corpus, research use); the check half is held out"
        ),
        "features": list(textmodel.FEATURES),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in weights],
        "bias": round(bias, 6),
    }


def main(argv: Sequence[str] = ()) -> None:
    """Fit on the tune half and write the model file (or the path given)."""
    out = Path(argv[0]) if argv else OUT
    out.write_text(json.dumps(fit(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
