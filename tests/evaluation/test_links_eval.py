"""The link evaluation: the hand-labelled PolNeAR pairs, the metrics, and the report."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import pytest

from factdb.errors import InputError
from factdb.evaluation.link_pairs import (
    HEADER,
    LABELS,
    PER_ITEM,
    QuoteRef,
    band,
    labelled_pairs,
    quote_items,
    read_labels,
    stratified_sample,
    write_labels,
)
from factdb.evaluation.links import (
    average_precision,
    best_f1,
    figures,
    main,
    precision_recall,
    roc_auc,
)
from tests.conftest import shared_path


@pytest.fixture
def polnear() -> Path:
    """The PolNeAR folder of the shared data, with the splits the labels use."""
    for split in ("train", "dev"):
        shared_path("data", "quotes", "polnear", f"{split}.jsonl")
    shared_path("seeds", "gold.json")
    return shared_path("data", "quotes", "polnear")


def test_the_label_file_parses() -> None:
    rows = read_labels(LABELS)
    assert LABELS.read_text(encoding="utf-8").splitlines()[0].split("\t") == list(HEADER)
    assert len(rows) >= 400
    keys = [(a, b) for a, b, _ in rows]
    assert len(set(keys)) == len(keys)
    for a, b, _ in rows:
        assert a.split == b.split and a.split in ("train", "dev")
        assert a.line != b.line  # cross-article pairs only
        assert a < b


def test_labels_have_both_classes_in_each_split() -> None:
    counts = Counter((a.split, label) for a, _, label in read_labels(LABELS))
    for split in ("train", "dev"):
        assert counts[split, True] > 0 and counts[split, False] > 0


@pytest.mark.parametrize("split", ["train", "dev"])
def test_every_row_resolves_to_quote_items(split: str, polnear: Path) -> None:
    rows = [r for r in read_labels(LABELS) if r[0].split == split]
    lines = (polnear / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    for ref in {ref for a, b, _ in rows for ref in (a, b)}:
        attribution = json.loads(lines[ref.line])["attributions"][ref.attribution]
        assert attribution["content_has_quote_mark"], ref
    _, pairs = labelled_pairs(split, LABELS, polnear)
    assert [(p.a.ref, p.b.ref, p.label) for p in pairs] == rows


def _corpus(tmp_path: Path) -> Path:
    docs = [
        {
            "publication_date": "2016-09-01",
            "publisher": "x",
            "title": "t",
            "attributions": [
                _attr("The plan will fail,", quoted=False),
                _attr("“We will fix the roads,”", quoted=True),
            ],
        },
        {
            "publication_date": "2016-09-02",
            "publisher": "y",
            "title": "u",
            "attributions": [_attr("“We will fix the roads soon,”", quoted=True)],
        },
    ]
    (tmp_path / "mini.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    return tmp_path


def _attr(content: str, *, quoted: bool) -> dict[str, object]:
    span = {"start": 0, "end": len(content), "text": content}
    source = {"start": 0, "end": 5, "text": "Smith"}
    return {
        "source": [source],
        "cue": [],
        "content": [span],
        "content_has_quote_mark": quoted,
    }


def test_quote_items_keep_only_quoted_attributions(tmp_path: Path) -> None:
    items = quote_items("mini", _corpus(tmp_path))
    assert [i.ref for i in items] == [QuoteRef("mini", 0, 1), QuoteRef("mini", 1, 0)]
    assert items[0].source == "Smith"


def test_labels_round_trip_and_resolve(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    path = tmp_path / "labels.tsv"
    a, b = QuoteRef("mini", 0, 1), QuoteRef("mini", 1, 0)
    write_labels([(a, b, True)], path)
    assert read_labels(path) == [(a, b, True)]
    _, pairs = labelled_pairs("mini", path, folder)
    assert [(p.a.ref, p.b.ref, p.label) for p in pairs] == [(a, b, True)]


def test_a_row_that_is_not_a_quote_item_is_refused(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    path = tmp_path / "labels.tsv"
    write_labels([(QuoteRef("mini", 0, 0), QuoteRef("mini", 1, 0), False)], path)
    with pytest.raises(InputError, match="line 0 attribution 0 is not a quote item"):
        labelled_pairs("mini", path, folder)


@pytest.mark.parametrize(
    "text",
    [
        "split\tline\n",
        "\t".join(HEADER) + "\ndev\t1\t2\t3\t4\tyes\n",
        "\t".join(HEADER) + "\ndev\t1\tx\t3\t4\t1\n",
    ],
)
def test_malformed_label_files_are_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError):
        read_labels(path)


def test_stratified_sample_takes_quotas_per_stratum() -> None:
    strata = {(2 * i, 2 * i + 1): i % 3 for i in range(30)}  # 10 disjoint pairs per stratum
    chosen = stratified_sample(strata, (2, 5, 20))
    assert Counter(strata[k] for k in chosen) == {0: 2, 1: 5, 2: 10}
    assert chosen == stratified_sample(strata, (2, 5, 20))


def test_stratified_sample_caps_each_item() -> None:
    # One hub item paired with everything gives at most PER_ITEM pairs.
    strata = {(0, j): 0 for j in range(1, 50)}
    chosen = stratified_sample(strata, (40,))
    assert len(chosen) == PER_ITEM


def test_band_edges() -> None:
    assert [band(s) for s in (0, 39.9, 40, 55, 70, 85, 95, 100)] == [0, 0, 1, 2, 3, 4, 5, 5]


def test_roc_auc_by_hand() -> None:
    # Positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of 4 orderings right.
    assert roc_auc([0.1, 0.4, 0.35, 0.8], [False, False, True, True]) == 0.75
    assert roc_auc([1.0, 1.0], [True, False]) == 0.5  # a tie counts half
    assert math.isnan(roc_auc([1.0, 2.0], [True, True]))


def test_average_precision_by_hand() -> None:
    # Ranks 1 and 3 are positive: (1/1 + 2/3) / 2.
    ap = average_precision([0.9, 0.8, 0.7, 0.6], [True, False, True, False])
    assert ap == pytest.approx(5 / 6)
    # Tied scores form one cut-off: precision 1/2 there, whatever the order.
    assert average_precision([1.0, 1.0], [True, False]) == 0.5
    assert average_precision([1.0, 1.0], [False, True]) == 0.5


def test_precision_recall_and_best_f1_by_hand() -> None:
    scores = [90.0, 80.0, 70.0, 60.0, 50.0]
    labels = [True, False, True, True, False]
    assert precision_recall(scores, labels, 70) == (2 / 3, 2 / 3)
    assert precision_recall(scores, labels, 95) == (1.0, 0.0)
    # At 60: P 3/4, R 1, F1 6/7, better than any other cut-off.
    f1, threshold = best_f1(scores, labels)
    assert f1 == pytest.approx(6 / 7)
    assert threshold == 60.0
    f = figures(scores, labels, 70)
    assert (f.precision, f.recall, f.f1_threshold, f.f1_recall) == (2 / 3, 2 / 3, 60.0, 1.0)


@pytest.mark.usefixtures("polnear")
def test_main_prints_every_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "Seeds, gold spans:" in out
    assert "Seeds, from extracted quotes:" in out
    for split in ("train", "dev"):
        assert f"PolNeAR {split}, hand-labelled pairs:" in out
    for name in ("linker", "partial_ratio", "token_set_ratio", "WRatio", "baseline ="):
        assert name in out


def test_main_reports_a_bad_label_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("nothing\n", encoding="utf-8")
    assert main(["--labels", str(bad), "--splits", "dev"]) == 1
    assert capsys.readouterr().err.startswith("Error: ")
