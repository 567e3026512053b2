"""The verdict dialog: opened with v on the review screen, or by any screen given a cluster id."""

from __future__ import annotations

from textual.app import App
from textual.widgets import Input, Static

from factdb.services import review
from factdb.services.clusters import cluster_of
from factdb.services.database import Database
from factdb.services.verdicts import VerdictInput, VerdictRecord, cluster_verdict, set_verdict
from factdb.vocab import LinkKind
from tests.tui.helpers import press, sync
from tests.tui.seed import seed_queue
from tui.app import ReviewApp
from tui.screens.review import ReviewScreen
from tui.screens.verdict import VerdictScreen


def _fill(screen: VerdictScreen, **values: str) -> None:
    for name, value in values.items():
        screen.query_one(f"#{name}", Input).value = value


def _cluster(database: Database, quote_id: int) -> int:
    with database.read() as session:
        cluster, _ = cluster_of(session, LinkKind.QUOTE, quote_id)
    assert cluster is not None
    return cluster


@sync
async def test_v_gives_the_current_links_cluster_a_verdict(database: Database) -> None:
    seeded = seed_queue(database)
    review.decide(database, seeded.links["q13"], "confirm", "ana")
    cluster = _cluster(database, seeded.quotes[0])
    app = ReviewApp(database, "alice")
    async with app.run_test() as pilot:
        screen = await press(pilot, "v")  # the first link's claims are in no cluster
        assert isinstance(app.screen, ReviewScreen)
        assert screen.current is not None and screen.current.id == seeded.links["c13"]
        await press(pilot, "s", "v")  # the next link's side A is in the cluster
        dialog = app.screen
        assert isinstance(dialog, VerdictScreen) and dialog.cluster_id == cluster
        assert str(dialog.query_one("#current", Static).render()) == "No verdict yet."
        _fill(dialog, rating="False", value="1", best="5", worst="1", url="https://c.example/9")
        dialog.query_one("#rating", Input).focus()
        await press(pilot, "enter")
        assert isinstance(app.screen, ReviewScreen)
    saved = cluster_verdict(database, cluster)
    assert saved is not None and (saved.rating, saved.rating_value, saved.reviewer) == (
        "False",
        1.0,
        "alice",
    )
    assert saved.url == "https://c.example/9"


class _ClusterApp(App[VerdictRecord | None]):
    """Another screen's use of the dialog: pushed with nothing but a cluster id."""

    def __init__(self, database: Database, cluster_id: int) -> None:
        super().__init__()
        self.database, self.cluster_id = database, cluster_id
        self.result: VerdictRecord | None = None

    def on_mount(self) -> None:
        def done(verdict: VerdictRecord | None) -> None:
            self.result = verdict

        self.push_screen(VerdictScreen(self.database, self.cluster_id, "ben"), done)


async def _wait(app: App[object], pilot: object) -> None:
    for _ in range(20):
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]


@sync
async def test_the_dialog_changes_a_verdict_and_refuses_a_bad_one(database: Database) -> None:
    seeded = seed_queue(database)
    review.decide(database, seeded.links["q12"], "confirm", "ana")
    cluster = _cluster(database, seeded.quotes[0])
    first = set_verdict(database, cluster, VerdictInput("False", url="https://c.example/1"), "ana")
    app = _ClusterApp(database, cluster)
    async with app.run_test() as pilot:
        await _wait(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, VerdictScreen)
        assert dialog.query_one("#rating", Input).value == "False"
        assert dialog.query_one("#url", Input).value == "https://c.example/1"
        _fill(dialog, rating="Misleading", value="7", best="5", worst="1")
        await pilot.click("#save")
        await _wait(app, pilot)
        assert app.screen is dialog, "a rating off its scale is refused, the dialog stays"
        assert cluster_verdict(database, cluster) == first
        _fill(dialog, value="2")
        await pilot.click("#save")
        await _wait(app, pilot)
        assert app.screen is not dialog
    assert app.result is not None and app.result.id == first.id
    assert (app.result.rating, app.result.rating_value, app.result.reviewer) == (
        "Misleading",
        2.0,
        "ben",
    )
