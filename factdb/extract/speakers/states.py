"""US states and the abbreviations a news article writes after a lawmaker's party."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

STATE_ABBREVIATIONS: Final[dict[str, tuple[str, ...]]] = {
    "alabama": ("Ala.", "AL"),
    "alaska": ("Alaska", "AK"),
    "arizona": ("Ariz.", "AZ"),
    "arkansas": ("Ark.", "AR"),
    "california": ("Calif.", "CA"),
    "colorado": ("Colo.", "CO"),
    "connecticut": ("Conn.", "CT"),
    "delaware": ("Del.", "DE"),
    "florida": ("Fla.", "FL"),
    "georgia": ("Ga.", "GA"),
    "hawaii": ("Hawaii", "HI"),
    "idaho": ("Idaho", "ID"),
    "illinois": ("Ill.", "IL"),
    "indiana": ("Ind.", "IN"),
    "iowa": ("Iowa", "IA"),
    "kansas": ("Kan.", "Kans.", "KS"),
    "kentucky": ("Ky.", "KY"),
    "louisiana": ("La.", "LA"),
    "maine": ("Maine", "ME"),
    "maryland": ("Md.", "MD"),
    "massachusetts": ("Mass.", "MA"),
    "michigan": ("Mich.", "MI"),
    "minnesota": ("Minn.", "MN"),
    "mississippi": ("Miss.", "MS"),
    "missouri": ("Mo.", "MO"),
    "montana": ("Mont.", "MT"),
    "nebraska": ("Neb.", "Nebr.", "NE"),
    "nevada": ("Nev.", "NV"),
    "new hampshire": ("N.H.", "NH"),
    "new jersey": ("N.J.", "NJ"),
    "new mexico": ("N.M.", "NM"),
    "new york": ("N.Y.", "NY"),
    "north carolina": ("N.C.", "NC"),
    "north dakota": ("N.D.", "ND"),
    "ohio": ("Ohio", "OH"),
    "oklahoma": ("Okla.", "OK"),
    "oregon": ("Ore.", "Oreg.", "OR"),
    "pennsylvania": ("Pa.", "Penn.", "PA"),
    "rhode island": ("R.I.", "RI"),
    "south carolina": ("S.C.", "SC"),
    "south dakota": ("S.D.", "SD"),
    "tennessee": ("Tenn.", "TN"),
    "texas": ("Texas", "Tex.", "TX"),
    "utah": ("Utah", "UT"),
    "vermont": ("Vt.", "VT"),
    "virginia": ("Va.", "VA"),
    "washington": ("Wash.", "WA"),
    "west virginia": ("W.Va.", "W.V.", "WV"),
    "wisconsin": ("Wis.", "Wisc.", "WI"),
    "wyoming": ("Wyo.", "WY"),
}
"""Each state's AP-style and postal abbreviations, as in "R-Ky." and "(D-CA)"."""


@lru_cache(maxsize=64)
def state_res(state: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """What ties STATE to a person's name: right after it ("(R-Ky.)", ", a Kentucky
    Republican", "of Kentucky"), and right before it ("Kentucky Sen. ", "Kentucky Republican ")."""
    abbrs = STATE_ABBREVIATIONS.get(state.lower())
    if abbrs is None:
        return None
    name = r"[ \t]+".join(re.escape(w) for w in state.split())
    alts = "|".join(re.escape(a) for a in abbrs)
    after = re.compile(
        rf"[ \t]*[,(]?[ \t]*(?:[DRI]-(?:{alts})(?![\w’'])|(?:an?[ \t]+)?{name}[ \t]+"
        rf"(?:Democrat|Republican)\b|of[ \t]+{name}(?![\w’'-]))"
    )
    before = re.compile(rf"(?<![\w’'-]){name}[ \t]+(?:[A-Z][\w.]*[ \t]+){{0,2}}$")
    return after, before
