"""A state written beside a person's name."""

from __future__ import annotations

import pytest

from factdb.extract.speakers.states import state_res


@pytest.mark.parametrize(
    ("after_name", "state"),
    [(" (R-Ky.) said", "Kentucky"), (", D-N.Y., said", "New York"), (" of Texas", "Texas")],
)
def test_a_state_right_after_a_name(after_name: str, state: str) -> None:
    found = state_res(state)
    assert found is not None
    assert found[0].match(after_name)


def test_a_state_right_before_a_name() -> None:
    found = state_res("Kentucky")
    assert found is not None
    assert found[1].search("Kentucky Sen. ")
    assert not found[1].search("Kentucky on Monday, Sen. ")


def test_a_word_that_is_no_state_has_no_pattern() -> None:
    assert state_res("Ontario") is None
