"""The seed articles' gold links, found from the extracted quotes as `factdb link` finds them."""

from __future__ import annotations

from functools import cache

from factdb.evaluation.seed_links import SeedLinks, report_seed_links, seed_links
from factdb.link import score_pair
from tests.conftest import shared_path


@cache
def result() -> SeedLinks:
    return seed_links(shared_path("seeds"))


def test_every_gold_link_is_proposed_and_nothing_else() -> None:
    proposed = result().proposed
    assert all(p.gold is not None for p in proposed)
    assert len({p.gold for p in proposed}) == 4
    assert result().gold_count == 4


def test_gold_pairs_rank_above_every_unrelated_pair() -> None:
    top = [p.gold for p in result().pairs[:4]]
    assert None not in top
    assert len(set(top)) == 4


def test_the_list_of_countries_is_linked_by_its_names() -> None:
    items = {p.a.text: p.a for p in result().pairs} | {p.b.text: p.b for p in result().pairs}
    one = next(t for t in items if "trilateral cooperation" in t)
    two = next(t for t in items if t.startswith("Japan, the United States and South Korea"))
    match = score_pair(items[one], items[two])
    assert match.link and match.evidence["terms"]["names"] > 0
    assert {"Korea", "South", "United"} <= set(match.evidence["names"])


def test_a_clause_inside_a_longer_quote_is_linked_with_its_evidence() -> None:
    items = {p.a.text: p.a for p in result().pairs} | {p.b.text: p.b for p in result().pairs}
    long = next(t for t in items if "secure a substantial increase in defense spending" in t)
    other = next(t for t in items if "historic increase in defense spending" in t)
    match = score_pair(items[long], items[other])
    assert match.link
    local = match.evidence["local"]
    assert "increase in defense spending" in local["a"] + local["b"]


def test_the_report_names_each_gold_link(capsys: object) -> None:
    report_seed_links(shared_path("seeds"))
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "4 of 4 gold links proposed, 0 unrelated pairs proposed" in out
    # The quoted "a free and open Indo-Pacific" is kept inside its reported clause, so its link
    # comes from the clause's quoted segment: the four gold links hold ranks 1 to 4.
    ranks = out.split("best rank of each gold link: ")[1].splitlines()[0]
    assert sorted(int(part.split(": ")[1]) for part in ranks.split(", ")) == [1, 2, 3, 4]
