"""Facilities named by their kind: "a nuclear power plant in the region", "the
Zaporizhzhia nuclear power plant".

News often names a site by what it is and where: "inspected a nuclear power plant in
the region", "an airbase near Engels", "the port in Odesa", or by its town and kind:
"the Zaporizhzhia nuclear power plant". When the place it points to is a region we know
and our curated table (``geo/data/facilities.csv``) has exactly one facility of that kind
there, the phrase is that facility (and replaces the town's mention it contains).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from geo.model import Mention
from geo.sources.gazetteer import Gazetteer
from geo.sources.tables import cue_words, read_table
from geo.text.triggers import compile_prefiltered

_WHERE = r"\s+(?:in|near|at|outside|of)\s+(?:the\s+)?"
_REFERS_BACK = {"region", "area", "oblast", "province", "city", "town"}


@cache
def _kinds() -> dict[str, str]:
    """Phrase -> facility type, from ``geo/data/facility_kinds.csv``."""
    return {r["phrase"]: r["type"] for r in read_table("facility_kinds")}


@cache
def _pattern() -> re.Pattern:
    phrases = "|".join(sorted(map(re.escape, _kinds()), key=len, reverse=True))
    return compile_prefiltered(
        rf"\b(?:a|an|the|its)\s+(?P<kind>{phrases})(?={_WHERE}(?P<where>\w+))")


@cache
def _named_pattern() -> re.Pattern:
    phrases = "|".join(sorted(map(re.escape, _kinds()), key=len, reverse=True))
    return re.compile(rf" (?P<kind>{phrases})\b", re.IGNORECASE)


def find_facility_references(
    text: str, mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """Mentions for facilities named by their kind and place.

    Parameters
    ----------
    text
        The article text.
    mentions
        The resolved place mentions, in text order.
    gazetteer
        An open gazetteer index (it holds the curated facilities).

    Returns
    -------
    New mentions whose span is the facility phrase ("nuclear power plant").
    """
    found = []
    by_end = {p.end: p for p in mentions if p.place is not None and p.place.admin1_iso}
    for named in by_end.values():  # "Zaporizhzhia nuclear power plant"
        m = _named_pattern().match(text, named.end)
        if m is None:
            continue
        kind = m.group("kind").lower()
        sites = gazetteer.facilities_in(named.place.admin1_iso, _kinds()[kind]) or (
            _namesakes_facility(named, _kinds()[kind], gazetteer))
        if len(sites) == 1:
            end = m.end("kind")
            place = replace(sites[0].place, confidence=named.confidence,
                            reason=f"the {kind} of {named.text}")
            found.append(Mention(named.start, end, text[named.start : end], place, 1,
                                 named.confidence, place.reason))
    for m in _pattern().finditer(text):
        region = _region_meant(m, mentions)
        if region is None:
            continue
        sites = gazetteer.facilities_in(region, _kinds()[m.group("kind").lower()])
        if len(sites) == 1:
            start, end = m.span("kind")
            reason = f"the only {m.group('kind').lower()} of its region"
            place = replace(sites[0].place, confidence=1.0, reason=reason)
            found.append(Mention(start, end, text[start:end], place, 1, 1.0, reason))
    return found + _capital_sites(text, mentions, gazetteer)


def _capital_sites(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A state's institution named by the state ("Kenya's parliament", "the presidential
    palace of Mali", ``cue_words.csv`` role ``capital_site``): a mention of its capital."""
    found = []
    for named in mentions:
        if named.place is None or named.place.kind != "country":
            continue
        m = _capital_site_after().match(text, named.end) or _capital_site_before().search(
            text, max(0, named.start - 40), named.start)
        capital = gazetteer.capital(named.place.country) if m is not None else None
        if capital is not None:
            start, end = m.span("site")
            reason = f"the {m.group('site').lower()} of {named.text}, in its capital"
            place = replace(capital.place, confidence=named.confidence, reason=reason)
            found.append(Mention(start, end, text[start:end], place, 1, named.confidence, reason))
    return found


def _capital_site_words() -> str:
    words = sorted(cue_words("capital_site"), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _capital_site_after() -> re.Pattern:
    """Right after a state's name: "'s parliament", "'s national assembly"."""
    return re.compile(rf"['’]s\s+(?P<site>{_capital_site_words()})\b", re.IGNORECASE)


@cache
def _capital_site_before() -> re.Pattern:
    """Right before a state's name: "the parliament of", "the supreme court in"."""
    return re.compile(rf"\bthe\s+(?P<site>{_capital_site_words()})\s+(?:of|in)\s+(?:the\s+)?$",
                      re.IGNORECASE)


def _namesakes_facility(named: Mention, feature: str, gazetteer: Gazetteer) -> list:
    """The facilities of a kind in the regions of the name's other namesakes: the town the
    text names with a nuclear power plant is the one that has it ("Zaporizhzhia nuclear
    power plant" after a village of that name was read in another region)."""
    regions = {c.place.admin1_iso for c in gazetteer.lookup([named.text]).get(named.text, [])
               if c.place.kind == "city" and c.place.admin1_iso}
    return [site for region in sorted(regions - {named.place.admin1_iso})
            for site in gazetteer.facilities_in(region, feature)]


def _region_meant(m: re.Match, mentions: list[Mention]) -> str | None:
    """The admin-1 code of the place the phrase points to: a name right after it, or,
    for "the region"/"the area", the last region-level place named before it."""
    where_start = m.start("where")
    named = next((p for p in mentions if p.start == where_start), None)
    if named is not None:
        return named.place.admin1_iso if named.place else None
    if m.group("where").lower() not in _REFERS_BACK:
        return None
    before = [p for p in mentions if p.end <= m.start() and p.place and p.place.admin1_iso
              and p.place.kind in ("admin1", "city", "admin2")]
    return before[-1].place.admin1_iso if before else None
