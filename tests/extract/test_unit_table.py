"""The shipped unit conversions (read without loading pint) are the ones pint computes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from factdb.extract.claims import units
from factdb.extract.claims.lexicon import UNIT_PINT

REGENERATE = "python -c 'from factdb.extract.claims.units import write_table; write_table()'"


def test_every_single_unit_code_is_in_the_table() -> None:
    expected = set(UNIT_PINT) | set(units.rate_codes())
    assert set(units._table()) == expected, f"stale unit_table.json: {REGENERATE}"


def test_the_table_matches_pint() -> None:
    computed = units.pint_table()
    for code, shipped in units._table().items():
        expected = computed[code]
        assert shipped.target == expected.target, (code, REGENERATE)
        assert shipped.factor == pytest.approx(expected.factor, rel=1e-12), (code, REGENERATE)
        assert shipped.offset == pytest.approx(expected.offset, rel=1e-12, abs=1e-12), code


def test_a_single_unit_does_not_load_pint() -> None:
    code = (
        "import sys\n"
        "from factdb.extract import extract_article\n"
        "claims = extract_article('The ship sailed 1,000 km in four days.').claims\n"
        "assert {c.normalized_unit for c in claims} >= {'m', 'day'}, claims\n"
        "claims = extract_article('It pumps 300 barrels per day at 40 miles per hour.').claims\n"
        "assert len(claims) == 2 and all('/' in c.normalized_unit for c in claims), claims\n"
        "sys.exit('pint' in sys.modules)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
