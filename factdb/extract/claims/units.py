"""Normalise a claimed quantity to one canonical unit per dimension, through pint.

Unit scheme (the strings stored in ``ClaimRecord.unit`` and ``normalized_unit``):

- Physical units use short codes ("km", "mi", "kg", "t", "km2", "L", "km/h", "kWh", "degC",
  "year", "decade"; see ``UNIT_PINT`` in :mod:`factdb.extract.claims.lexicon`). They normalise to
  the coherent SI unit of their dimension: "m", "kg", "s", "m2", "m3", "m/s", "J", "W", "K",
  "Hz", "B" (bytes), "Pa", ... So "1,000 km" and "621.4 mi" both normalise to about 1e6 "m",
  and "seven decades" and "70 years" to the same number of "s" (a decade is ten years, a year
  365.25 days, a month a twelfth of a year, as pint defines them).
- Percentages: "percent"; percentage points: "percentage_point" (basis points normalise to
  hundredths of a percentage point); they never convert into each other.
- Money keeps its ISO 4217 code ("USD", "JPY", "EUR"); no exchange rates are applied. Cents and
  pence ("USD_cent", "GBP_penny") normalise to hundredths of their currency.
- Rates are written "unit/denominator" ("USD/share", "bbl/day") and normalise only when pint
  knows both parts.
- Counts of things: ``unit`` is the singular noun ("member", "troop", "person") and
  ``normalized_unit`` is "count". Multipliers ("double", "threefold") use "fold".
- A bare number has ``unit`` and ``normalized_unit`` None.

Building a pint registry takes a fraction of a second, so one registry is built lazily, once, and
each unit's conversion (factor, offset, target) is cached: the hot path is a dict lookup plus a
multiply. Loading pint alone costs more CPU than extracting a short article, so the conversions
of the single unit codes (``UNIT_PINT``) are computed by pint ahead of time and shipped in
``unit_table.json`` (``write_table`` rewrites it; a test checks it against pint); pint is loaded
only for a rate such as "km/h".
"""

from __future__ import annotations

import functools
import json
import threading
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

from factdb.extract.claims.lexicon import CURRENCY_SUBUNITS, RATE_DENOMINATORS, UNIT_PINT

# Definitions news needs that pint lacks or defines otherwise (pint's "decade" is a log ratio).
_NEWS_DEFINITIONS = (
    "news_decade = 10 * year",
    "percentage_point = [percentage_point]",
    "basis_point = 0.01 * percentage_point",
    "fold = [fold]",
    "news_mach = 343 * meter / second",
    # the international acre; pint's "acre" is the US survey acre, retired in 2022
    "news_acre = 4046.8564224 * meter ** 2",
)

# Target unit per pint dimensionality (str of the dimensionality) -> (code, pint expression).
_CANONICAL: dict[str, tuple[str, str]] = {
    "[length]": ("m", "meter"),
    "[mass]": ("kg", "kilogram"),
    "[time]": ("s", "second"),
    "[length] ** 2": ("m2", "meter**2"),
    "[length] ** 3": ("m3", "meter**3"),
    "[length] / [time]": ("m/s", "meter/second"),
    "[mass] * [length] ** 2 / [time] ** 2": ("J", "joule"),
    "[length] ** 2 * [mass] / [time] ** 2": ("J", "joule"),
    "[mass] * [length] ** 2 / [time] ** 3": ("W", "watt"),
    "[length] ** 2 * [mass] / [time] ** 3": ("W", "watt"),
    "[temperature]": ("K", "kelvin"),
    "1 / [time]": ("Hz", "hertz"),
    "[mass] / [length] / [time] ** 2": ("Pa", "pascal"),
    "[length] ** 2 / [time] ** 2": ("Gy", "gray"),
    "[percentage_point]": ("percentage_point", "percentage_point"),
    "[fold]": ("fold", "fold"),
}
# Dimensionless pint units that must not collapse into one another.
_DIMENSIONLESS_TARGETS: dict[str, tuple[str, str]] = {
    "bit": ("B", "byte"), "B": ("B", "byte"), "kB": ("B", "byte"), "MB": ("B", "byte"),
    "GB": ("B", "byte"), "TB": ("B", "byte"), "PB": ("B", "byte"), "EB": ("B", "byte"),
    "kbit": ("B", "byte"), "Mbit": ("B", "byte"), "Gbit": ("B", "byte"),
    "percent": ("percent", "percent"), "ppm": ("ppm", "ppm"), "deg": ("deg", "degree"),
    "dB": ("dB", "decibel"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Conversion:
    """How to turn a value in one unit into the canonical unit: value * factor + offset."""

    factor: float
    offset: float
    target: str | None


COUNT = "count"
TABLE_FILE = Path(__file__).with_name("unit_table.json")
# Units read as stated: shares and points, and compound units whose SI form no reader uses
# (30 mpg is 1.3e7 m^-2; torque in lb-ft is not energy).
DAYS_PER: dict[str, float] = {
    "ms": 1 / 86_400_000, "s": 1 / 86_400, "min": 1 / 1440, "h": 1 / 24, "day": 1.0,
    "week": 7.0, "fortnight": 14.0, "month": 365.25 / 12, "year": 365.25, "decade": 3652.5,
    "century": 36_525.0, "millennium": 365_250.0,
}  # fmt: skip
"""Days in each duration unit (a Julian year of 365.25 days, as pint's)."""
_IDENTITY_UNITS = frozenset(
    {"fold", "point", "percent", "percentage_point", "mpg", "mAh", "lbft", "ksi"}
)

_lock = threading.Lock()
_registry: Any = None
_cache: dict[str | None, Conversion] = {}


def registry() -> Any:
    """The module's one pint UnitRegistry with the news definitions, built on first use."""
    global _registry
    if _registry is None:
        with _lock:
            if _registry is None:
                import pint

                reg: Any = pint.UnitRegistry()
                for line in _NEWS_DEFINITIONS:
                    reg.define(line)
                _registry = reg
    return _registry


def is_currency(unit: str | None) -> bool:
    """Whether a unit code is an ISO currency code or a currency sub-unit."""
    return unit is not None and (unit in CURRENCY_SUBUNITS or (len(unit) == 3 and unit.isupper()))


def is_physical(unit: str | None) -> bool:
    """Whether a unit code is one of the pint-backed physical units."""
    return unit is not None and unit.split("/")[0] in UNIT_PINT


def conversion(unit: str | None, *, count: bool = False) -> Conversion:
    """The cached conversion of ``unit`` to its canonical unit (see the module docstring)."""
    key = f"#{unit}" if count else unit
    hit = _cache.get(key)
    if hit is None:
        hit = _build(unit, count=count)
        _cache[key] = hit
    return hit


def normalize(value: float, unit: str | None, *, count: bool = False) -> tuple[float, str | None]:
    """Return (normalized_value, normalized_unit) for a value in ``unit``."""
    conv = conversion(unit, count=count)
    return value * conv.factor + conv.offset, conv.target


def _build(unit: str | None, *, count: bool) -> Conversion:
    if unit is None:
        return Conversion(1.0, 0.0, None)
    if count:
        return Conversion(1.0, 0.0, COUNT)
    if unit in CURRENCY_SUBUNITS:
        base, factor = CURRENCY_SUBUNITS[unit]
        return Conversion(factor, 0.0, base)
    if is_currency(unit) or unit in _IDENTITY_UNITS:
        return Conversion(1.0, 0.0, unit)
    if unit == "basis_point":
        return Conversion(0.01, 0.0, "percentage_point")
    num, _, den = unit.partition("/")
    if unit in DAYS_PER:
        # Durations are compared in days, a unit a reader can check ("two weeks" is 14 days),
        # not in seconds (25 years used to be 7.9e8 s); `unit` keeps the unit as stated.
        return Conversion(DAYS_PER[unit], 0.0, "day")
    if unit in UNIT_PINT:
        return (
            _table().get(unit)
            or _pint_conversion(unit, UNIT_PINT[unit])
            or Conversion(1.0, 0.0, unit)
        )
    if den and num in UNIT_PINT and den in UNIT_PINT:
        return (
            _table().get(unit)
            or _pint_conversion(unit, _rate_expression(num, den))
            or Conversion(1.0, 0.0, unit)
        )
    if den and (is_currency(num) or num in CURRENCY_SUBUNITS):
        num_conv = _build(num, count=False)
        # "$70 per barrel" stays per barrel: a price is read per the unit it is quoted in.
        den_conv = Conversion(1.0, 0.0, den)
        return Conversion(
            num_conv.factor / den_conv.factor, 0.0, f"{num_conv.target}/{den_conv.target}"
        )
    return Conversion(1.0, 0.0, unit)


def _pint_conversion(code: str, expr: str) -> Conversion | None:
    reg = registry()
    try:
        q = reg.Quantity(1.0, expr)
        if code in _DIMENSIONLESS_TARGETS:
            target, target_expr = _DIMENSIONLESS_TARGETS[code]
        else:
            found = _CANONICAL.get(str(q.dimensionality))
            if found is None:
                base = q.to_base_units()
                return Conversion(float(base.magnitude), 0.0, f"{base.units:~}".replace(" ", ""))
            target, target_expr = found
        zero = reg.Quantity(0.0, expr).to(target_expr).magnitude
        one = reg.Quantity(1.0, expr).to(target_expr).magnitude
    except Exception:  # an unknown pint name, or one pint cannot divide (an offset unit such
        return None  # as degC per hour), leaves the unit as written
    return Conversion(float(one - zero), float(zero), target)


@functools.cache
def _table() -> dict[str, Conversion]:
    rows = json.loads(TABLE_FILE.read_text(encoding="utf-8"))
    return {code: Conversion(*row) for code, row in rows.items()}


def _rate_expression(num: str, den: str) -> str:
    return f"({UNIT_PINT[num]}) / ({UNIT_PINT[den]})"


def rate_codes() -> list[str]:
    """Every "unit/denominator" code a rate can take ("bbl/day", "mi/h"): each physical unit
    over each denominator of ``RATE_DENOMINATORS`` that is a physical unit."""
    dens = sorted({d for d in RATE_DENOMINATORS.values() if d in UNIT_PINT})
    return [f"{num}/{den}" for num in sorted(UNIT_PINT) if "/" not in num for den in dens]


def pint_table() -> dict[str, Conversion]:
    """The conversion of every code in ``UNIT_PINT``, and of every rate of ``rate_codes``, as
    pint computes it: unit_table.json (so that extraction never needs to load pint)."""
    table = {
        code: _pint_conversion(code, expr) or Conversion(1.0, 0.0, code)
        for code, expr in sorted(UNIT_PINT.items())
    }
    for code in rate_codes():
        num, _, den = code.partition("/")
        table[code] = _pint_conversion(code, _rate_expression(num, den)) or Conversion(
            1.0, 0.0, code
        )
    return table


def write_table() -> None:
    """Rewrite unit_table.json from pint (after a change to ``UNIT_PINT`` or the targets)."""
    rows = [
        f"{json.dumps(code)}: {json.dumps(astuple(conv))}" for code, conv in pint_table().items()
    ]
    TABLE_FILE.write_text("{\n" + ",\n".join(rows) + "\n}\n", encoding="utf-8")
