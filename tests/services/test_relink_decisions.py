"""A reviewer's decisions outlive any change of the linker.

Relinking (`link --full`) after the scoring changes, so that a confirmed pair no longer reaches
the threshold, or is now called a conflict, or a rejected pair would now be proposed again,
keeps every confirmed and rejected link exactly as decided: status, relation, score, evidence.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from factdb.link import scoring
from factdb.link.records import Match
from factdb.models import Link
from factdb.services.database import Database
from factdb.services.linking import run_linking
from factdb.services.review import claim_next, decide, new_owner, undo
from factdb.vocab import LinkStatus, Relation
from tests.services.test_linking import REWORDED, SPEECH, _links, add_article

REVIEWER = "ana"


def _state(database: Database) -> dict[int, tuple[Any, ...]]:
    return {
        link.id: (link.status, link.relation, link.score, link.evidence, link.reviewer)
        for link in _links(database)
    }


@pytest.mark.parametrize("change", ["stricter", "conflict", "looser"])
def test_decisions_stay_when_the_linker_changes(
    database: Database, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    # Three speakers, so that the statements are not copies grouped without review.
    for speaker in ("Ann Lee", "Bo Chan", "Cy Diaz"):
        add_article(database, [(SPEECH, speaker), (REWORDED, speaker)])
    run_linking(database)
    first = _links(database)
    assert len(first) >= 3
    decide(database, first[0].id, "confirm", REVIEWER)
    decide(database, first[1].id, "reject", REVIEWER)
    decided = {k: v for k, v in _state(database).items() if k in (first[0].id, first[1].id)}
    assert {v[0] for v in decided.values()} == {LinkStatus.CONFIRMED, LinkStatus.REJECTED}

    real = scoring.score_prepared

    def changed(
        a: Any, b: Any, threshold: float = scoring.DEFAULT_THRESHOLD, partial: Any = None
    ) -> Match:
        match = real(a, b, threshold, partial)
        if change == "stricter":  # nothing links any more
            return Match(0.0, False, match.relation, {"changed": True})
        if change == "conflict":  # everything is a conflict now, scored otherwise
            return Match(99.0, True, Relation.CONFLICT, {"changed": True})
        return Match(100.0, True, match.relation, {"changed": True})

    monkeypatch.setattr(scoring, "score_prepared", changed)
    monkeypatch.setattr("factdb.link.linker.score_prepared", changed)
    run_linking(database, full=True)
    after = _state(database)
    for link_id, before in decided.items():
        assert after[link_id] == before
    pending = [v for k, v in after.items() if k not in decided]
    assert all(v[0] is LinkStatus.PENDING for v in pending)


def test_full_run_drops_pending_links_no_longer_proposed(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    for speaker in ("Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"):
        add_article(database, [(SPEECH, speaker), (REWORDED, speaker)])
    run_linking(database)
    first = _links(database)
    assert len(first) >= 5
    confirmed, rejected, undone = (link.id for link in first[:3])
    decide(database, confirmed, "confirm", REVIEWER)
    decide(database, rejected, "reject", REVIEWER)
    decide(database, undone, "reject", REVIEWER)
    undo(database, undone, REVIEWER)  # pending again, with a review in its history
    with database.write() as session:
        session.get_one(Link, undone).lease_expires_at = None  # no lease holds it
    owner = new_owner("bea")
    assert claim_next(database, owner) is not None
    with database.read() as session:
        held = session.scalars(select(Link.id).where(Link.lease_owner == owner)).one()
    decided = {k: v for k, v in _state(database).items() if k in (confirmed, rejected)}

    _score_nothing(monkeypatch)
    summary = run_linking(database, full=True)
    after = _state(database)
    kept = {confirmed, rejected, undone, held}
    assert set(after) == kept
    assert summary.dropped == len(first) - len(kept)
    for link_id, before in decided.items():
        assert after[link_id] == before
    assert after[undone][0] is after[held][0] is LinkStatus.PENDING


def test_incremental_run_keeps_pending_links(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    for speaker in ("Ann Lee", "Bo Chan", "Cy Diaz"):
        add_article(database, [(SPEECH, speaker), (REWORDED, speaker)])
    run_linking(database)
    before = _state(database)

    _score_nothing(monkeypatch)
    summary = run_linking(database)
    assert summary.dropped == 0 and _state(database) == before


def _score_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the linker score every pair 0: it then proposes nothing."""

    def nothing(
        a: Any, b: Any, threshold: float = scoring.DEFAULT_THRESHOLD, partial: Any = None
    ) -> Match:
        return Match(0.0, False, Relation.SAME, {"changed": True})

    monkeypatch.setattr(scoring, "score_prepared", nothing)
    monkeypatch.setattr("factdb.link.linker.score_prepared", nothing)
