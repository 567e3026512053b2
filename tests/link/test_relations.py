"""Agreement of two claims' values (``link.relations``)."""

from __future__ import annotations

import pytest

from factdb.link.relations import KELVIN_ZERO, Quantity, values_agree


def _degrees(celsius: float) -> Quantity:
    return Quantity(celsius + KELVIN_ZERO, None, "K")


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (1.2, 2.0, False),  # a warming of 1.2 degrees is not one of 2
        (1.5, 2.0, False),
        (37.78, 38.0, True),  # 100 F written beside "38C"
        (-40.0, -40.2, True),
        (20.0, 20.0, True),
    ],
)
def test_temperatures_compare_in_degrees(a: float, b: float, agree: bool) -> None:
    assert values_agree(_degrees(a), _degrees(b)) is agree


def test_other_units_keep_their_relative_tolerance() -> None:
    assert values_agree(Quantity(100.0, None, "m"), Quantity(100.5, None, "m"))
    assert not values_agree(Quantity(100.0, None, "m"), Quantity(102.0, None, "m"))
