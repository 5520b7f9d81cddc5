"""The words around a place name that say which place it is.

Three kinds of evidence, read from the text beside a mention:

* its **kind** (``local_cue``): "the Kursk region", "Kursk's governor" (a region), "the
  Glushkovo district" (a district), "the city of Nabatieh", "central Kharkiv" (a town),
  "across the Dnipro" (water);
* its **container** (``find_qualifier``): "Dobryanka, Chernihiv", "Hroza (Kupiansk,
  Kharkiv)", "Sake in the North Kivu province", "Tripoli, Lebanon": only a namesake inside
  the unit named is meant; or its district alone (``find_district``): "Lisove in the
  Pokrovsk district", where a namesake of that district is meant;
* where it lies **from another place** (``find_relative``): "Rivne, about 10 km south of
  Pokrovsk", "Sake, a town near Goma": a namesake far from it is not meant, and a name
  the gazetteer lacks can still be placed, roughly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from geo.places.recognise import (
    Match,
    designator_phrases,
    only_a_region,
    place_markers,
    place_nouns,
)
from geo.sources.gazetteer import ALTERNATE
from geo.sources.tables import compass_stems, cue_words
from geo.text.triggers import compile_prefiltered

_DISTANCE_OF = re.compile(
    r"\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi)\b[^.;]{0,40}?\b"
    r"(?:of|from)\s+(?:the\s+)?(?:[\w-]+-held\s+)?$", re.IGNORECASE)
_REGION_OF = compile_prefiltered(
    r"\b(?:region|regions|oblast|province|governorate|state)\s+of\s+(?:the\s+)?$")
_REGIONS_LIST = re.compile(
    r"\b(?:regions|provinces|oblasts|governorates),?\s+(?:including|such as|like|notably|"
    r"especially)\s+(?:[A-Z][\w'’-]*(?:,\s*|\s+and\s+|\s+))*$")
_LIST_WORDS = ("including", "such as", "like", "notably", "especially")
_AREA_OF = re.compile(r"\bsquare\s+(?:kilometres|kilometers|miles)\b[^.]{0,25}\bof\s+$")
#: "the city of X" is a town; X in "the capital of X" holds one ("the capital of Louisiana").
_TOWN_OF = compile_prefiltered(
    r"\b(?:city|town|village|settlement|port city|outskirts|suburbs|centre|center)"
    r"\s+of\s+(?:the\s+)?$")
_WATER_BEFORE = compile_prefiltered(
    r"\b(?:across|crossed|cross|crossing|bank|banks|shore|shores|along|up|down|upstream|"
    r"downstream)\s+(?:of\s+)?the\s+$")
#: A word that makes a name, as written, a water body's ("the Red Sea", "Lake Kivu").
WATER_WORD = re.compile(r"\b(?:lake|river|sea|ocean|gulf|bay|straits?|channel|canal|reservoir|"
                        r"lagoon)\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r"^(?:['’]s)?\s+([\w-]+)(?:\s+([\w-]+))?")
_POSSESSIVE = re.compile(r"['’]s\b")
#: The rest of a list of names before a plural designator: ", Sumy and Chernihiv regions".
_LISTED_BEFORE_DESIGNATOR = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’-]+)*\s*,?\s+and\s+[A-Z][\w'’-]+\s+(?P<designator>[a-z]+s)\b")
#: The last word (tried only where a word begins: not again from each of its letters).
_WORD_BEFORE = re.compile(r"(?<![\w-])([\w-]+)\s+$")
#: How far back from the end (less spaces) the last word is looked for: a city modifier is
#: a short word ("central"), a longer one no modifier.
_MODIFIER_CHARS = 20
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: Between a unit and the town it holds: "the Sinaloa city of Culiacan".
_KIND_OF = re.compile(r"^\s+(?:city|town|village)\s+of\s+$")
#: Between a unit and the town it holds, the unit its owner: "Lebanon's northern city of
#: Tripoli", "Pakistan's second-largest city of", "Ukraine's front-line town of".
_OWNED_KIND_OF = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}?(?:city|town|village|port)\s+of\s+")


#: "department", before or after a name: a first-level unit in some countries, a lower one
#: in others.
_DEPARTMENT = frozenset({"department", "departments", "departamento", "département"})
_DEPARTMENT_OF = re.compile(r"\bdepart(?:e|a)?ments?\s+of\s+(?:the\s+)?$")


@cache
def _departments_first_level() -> frozenset[str]:
    """Countries whose first-level units ISO 3166-2 calls departments (Colombia, Bolivia,
    Haiti, ...); elsewhere (France, Niger) a department is a lower unit."""
    import pycountry

    return frozenset(s.country_code for s in pycountry.subdivisions
                     if s.type == "Department" and s.parent_code is None)


def _department_cue(m: Match) -> str | None:
    """"Sucre department": the region where the name is a first-level department's."""
    firsts = _departments_first_level()
    return "region" if any(c.place.kind == "admin1" and c.place.country in firsts
                           for c in m.candidates) else None


def local_cue(text: str, m: Match) -> str | None:
    """'region', 'district', 'city' or 'water' from the words right around a mention."""
    before = text[max(0, m.start - 120) : m.start]
    after = text[m.end : m.end + 40]
    nxt = _WORD_AFTER.match(after)
    words = [w.lower() for w in (nxt.groups() if nxt else ()) if w]
    possessive = bool(_POSSESSIVE.match(after))
    if designator_phrases().match(text, m.end + 1):
        return "district"  # "Bungudu Local Government Area"
    if m.text.endswith(" City"):
        return "city"  # "Davao City": the town, not the province of its bare name
    if words:
        two = " ".join(words[:2])
        if words[0] in _DEPARTMENT and nxt.group(1).islower():  # not "Georgia Department of"
            return _department_cue(m)
        if words[0] in cue_words("district_designator") and (
                words[0] not in cue_words("region_designator")
                or any(c.place.kind == "admin2" for c in m.candidates)):
            return "district"  # "Beni territory" a district, "Yukon territory" a region
        if words[0] in cue_words("region_designator") or two in cue_words("region_designator"):
            return "region"
        titles = cue_words("region_title")
        if possessive and (words[0] in titles or two in titles):
            return "region"
        if words[0] in cue_words("region_office"):
            return "region"
        if words[0] in ("city", "town", "village") and words[1:2] == ["of"] and (
                _THE_BEFORE.search(before)):
            return "region"  # "the Sinaloa city of Culiacan": the unit the town lies in
        if words[0] in ("city", "town", "mayor") or (
                possessive and words[0] in cue_words("city_noun")):
            return "city"  # "Kharkiv city", "Moscow Mayor Sergei Sobyanin", "Kyiv's mayor"
        if not possessive and words[0] in cue_words("marks_site") and after[:1] == " ":
            return "city"  # "Odesa port", "Goma airport": the town's
    listed = _LISTED_BEFORE_DESIGNATOR.match(after)
    if listed:  # "the Kharkiv and Sumy regions": the designator after the list is each one's
        word = listed["designator"].lower()
        if word in cue_words("district_designator"):
            return "district"
        if word in cue_words("region_designator"):
            return "region"
    tail = before[-12:].rstrip().lower()
    of = tail.endswith(("of", "of the", "-held"))  # every "... of X" pattern ends so
    if of and _DEPARTMENT_OF.search(before):
        return _department_cue(m)
    if (of and (_REGION_OF.search(before) or _AREA_OF.search(before))) or (
            any(w in before for w in _LIST_WORDS) and _REGIONS_LIST.search(before)):
        return "region"
    if of and (_TOWN_OF.search(before) or _DISTANCE_OF.search(before)):
        return "city"
    if m.marked.endswith(" of") and m.marked.split()[0] in ("village", "town", "city",
                                                            "settlement", "hamlet"):
        return "city"
    prev = _WORD_BEFORE.search(before, max(0, len(before.rstrip()) - _MODIFIER_CHARS))
    if prev and prev.group(1) in cue_words("city_modifier"):  # "central Kharkiv"
        return "city"
    if tail.endswith("the") and (_WATER_BEFORE.search(before) or WATER_WORD.search(m.text)):
        return "water"  # "across the Dnipro", "a ship in the Red Sea" (not Sudan's state)
    return None


#: A name's quarter noun and what follows it: "Americana neighbourhood in", "X suburb."
_QUARTER_AFTER = re.compile(r"\s+([a-z]+)\b(?!\s+of\b)")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def names_quarter(text: str, start: int, end: int) -> bool:
    """Does the text make the name at ``text[start:end]`` a town's quarter: "the Americana
    neighbourhood in Mogadishu", "in Cidade Nova neighborhood"? Not "a Kabul neighbourhood"
    (Kabul is the town) nor "the Baghdad neighbourhood of Karrada" (either may be the town)."""
    after = _QUARTER_AFTER.match(text, end)
    return (after is not None and after.group(1) in cue_words("quarter_noun")
            and not _INDEFINITE_BEFORE.search(text, max(0, start - 4), start))


def names_town_site(text: str, start: int, end: int) -> bool:
    """Does the name at ``text[start:end]`` call itself a site that lies inside a town:
    "Sule Pagoda", "the Tahrir square" (``cue_words.csv`` role ``town_site_noun``)? Camps,
    bases and crossings are not such sites: they often lie outside any town."""
    last = text[start:end].rsplit(None, 1)[-1].lower()
    after = _QUARTER_AFTER.match(text, end)
    nouns = cue_words("town_site_noun")
    return last in nouns or (after is not None and after.group(1) in nouns)


@dataclass(frozen=True)
class Qualifier:
    """The unit a name is said to lie in: 'Dobryanka, Chernihiv', 'X (Pokrovskyi, Donetsk)'."""

    index: int  # the mention that names the container
    district: str | None  # a second-level unit named with it, as written
    text: str  # the qualifier as written
    #: written with "in", or "of" after a kind of place ("Palma district of Cabo Delgado"), not
    #: with a comma, which may join a list of places ("Los Angeles, San Fernando")
    stated: bool = False


_KIND_WORD = re.compile(r"^\s+(?:village|town|city|settlement|district|county|area|locality|camp|"
                        r"neighbou?rhood|mandal|tehsil|sub-district|subdistrict|commune|"
                        r"municipality|local government area|LGA)\b", re.IGNORECASE)
_PARENS = re.compile(r"^\s*\(\s*(?:(?P<district>[^,()]{2,40}?),\s*)?(?P<region>[^,()]{2,50})\)")
#: Between a name and the unit it lies in: "in", "in the", "in northern", "of the central" (a
#: capitalised "East" begins the unit's own name: "in East Azerbaijan province").
_IN_UNIT = re.compile(rf"^,?\s+(?:in|of)\s+(?:the\s+)?(?:(?:{compass_stems()})[\w-]*\s+)?$")
_POSSESSIVE_UNIT = re.compile(rf"['’]s\s+(?:(?:{compass_stems()})[\w-]*\s+)?")
#: "X, southern R": a compass word between the comma and the unit (lower case: "X, East R"
#: begins another unit's name).
_COMMA_COMPASS = re.compile(rf"^,\s+(?:{compass_stems()})[\w-]*\s+$")
#: Who holds a unit, written before its name: "of Indian-administered", "in rebel-held".
_HELD_BY = re.compile(r"\s[\w-]+-(?:administered|controlled|held|occupied|ruled)\s+$")
_OPEN_BEFORE = re.compile(r"\(\s*$")
_CLOSE_AFTER = re.compile(r"\s*\)")
_LIST_JOIN = re.compile(r",?\s+(?:and|or)\s+|,\s+")
_UNIT_AFTER = re.compile(
    r"^\s+(?:region|province|oblast|governorate|state|district|county|department|prefecture)\b",
    re.IGNORECASE)


def find_qualifier(text: str, places: list[Match], k: int) -> Qualifier | None:
    """The container named right after mention ``k`` (or right before it), if any.

    Forms: "the R city of X"; "X, R" and "X (R)" and "X (D, R)" where R names a first-level
    region or a country; "X in the R region"; "X in C" for a country C. A name that is itself a
    region or country heads a list of peers ("Kharkiv, Sumy and Odesa"), not a qualifier.
    """
    m = places[k]
    if k > 0 and _KIND_OF.match(text[places[k - 1].end : m.start]) and _THE_BEFORE.search(
            text, max(0, places[k - 1].start - 4), places[k - 1].start) and (
            _names_unit(places[k - 1])):  # "the Sinaloa city of Culiacan"
        return Qualifier(k - 1, None, text[places[k - 1].start : m.end], stated=True)
    if k > 0 and _OWNED_KIND_OF.fullmatch(text, places[k - 1].end, m.start) and (
            _names_unit(places[k - 1])):  # "Lebanon's northern city of Tripoli"
        return Qualifier(k - 1, None, text[places[k - 1].start : m.end], stated=True)
    if k > 0 and m.marked in place_markers() and _owner_of(text, places[k - 1], m) and (
            _names_unit(places[k - 1])) and not any(
            c.place.kind == "city" for c in places[k - 1].candidates):
        # "Sagaing Region's X township": in that region ("Goma's X prison" is the town's)
        return Qualifier(k - 1, None, text[places[k - 1].start : m.end], stated=True)
    if k + 1 >= len(places):
        return None
    if _in_brackets_with_unit(text, m, places[k + 1]):
        # "X village (Baraawe, Lower Shabelle)": a district and its region, not a list
        return Qualifier(k + 1, None, places[k + 1].text, stated=True)
    if _is_region(m) and not _town_of_region_in(text, places, k):
        return None
    # "X village (Bakool, Bay)", "X town, Region": the kind between name and qualifier
    kind = _KIND_WORD.match(text[m.end : m.end + 30])
    end = m.end + (kind.end() if kind else 0)
    last = k + 1
    while last < len(places) and places[last].start < end + 100:
        last += 1
    inside = places[k + 1 : last]
    nxt = places[k + 1]
    gap = _HELD_BY.sub(" ", text[end : nxt.start])  # "X district of Indian-administered R"
    parens = _PARENS.match(text[end : end + 100])
    if parens:
        region_at, close = end + parens.start("region"), end + parens.end()
        # "(Pokrovskyi, Donetsk)": the region is the last unit named inside the brackets
        units = [i for i, n in enumerate(inside, k + 1)
                 if region_at <= n.start < close and _names_unit(n)]
        if units:
            return Qualifier(units[-1], parens.group("district"), parens.group(0).strip())
    if not _names_unit(nxt):
        return _district_then_unit(text, places, k, end)
        return None
    if gap == ", " or _COMMA_COMPASS.match(gap):
        if _POSSESSIVE.match(text, nxt.end):
            # "X, Russia's defence ministry said": the owner of what follows, no container
            inner = places[k + 2] if k + 2 < len(places) else None
            if inner is not None and _POSSESSIVE_UNIT.fullmatch(text, nxt.end, inner.start) \
                    and _names_unit(inner):  # "X, Russia's Kursk region"
                return Qualifier(k + 2, None, text[nxt.start : inner.end], stated=True)
            owned = _POSSESSIVE.sub("", text[nxt.end : nxt.end + 40], count=1).lower().split()
            if not any(w.strip(",.").split("-")[-1] in place_nouns() for w in owned[:3]):
                return None  # "X, Lebanon's second-largest city" still places X
        return Qualifier(k + 1, None, nxt.text)
    if kind is not None and gap.strip() == "of" and (
            kind.group(0).split()[-1].lower() in cue_words("quarter_noun")):
        return None  # "the Mezzeh neighbourhood of Damascus": a town's, not a region's part
    # "X in South Kivu": a name that can only be a region holds X as "X in R province" does
    bare_region = gap.strip() == "in" and only_a_region(text, nxt)
    if _IN_UNIT.match(gap) and (_UNIT_AFTER.match(text[nxt.end : nxt.end + 20]) or any(
            c.place.kind == "country" for c in nxt.candidates) or bare_region or (
            kind is not None and gap.strip() == "of")):  # "Dangkao district of Phnom Penh"
        inner = places[k + 2] if k + 2 < len(places) else None
        if inner is not None and _POSSESSIVE_UNIT.fullmatch(text, nxt.end, inner.start) and (
                _names_unit(inner)):
            # "in Ukraine's Donetsk region": the region the country's possessive names
            return Qualifier(k + 2, None, text[nxt.start : inner.end], stated=True)
        # "the Nice of Russia" is no town of Russia's: "of" states a unit only after a kind
        return Qualifier(k + 1, None, f"in {nxt.text}",
                         stated=kind is not None or gap.strip(", ").startswith("in"))
    return None


#: Between a second-level unit written with its designator and the unit that holds it.
_DISTRICT_THEN_UNIT = re.compile(r"^\s+(?P<designator>[a-z]+),?\s+(?:(?:in|of)\s+(?:the\s+)?)?$")


def _district_then_unit(text: str, places: list[Match], k: int, end: int) -> Qualifier | None:
    """"X village of Yayladere district, Bingol", "X, D district in R": the region or
    country R, with the district D the name lies in."""
    if k + 2 >= len(places):
        return None
    district, unit = places[k + 1], places[k + 2]
    gap = text[end : district.start]
    between = _DISTRICT_THEN_UNIT.match(text[district.end : unit.start])
    if not (gap == ", " or _IN_UNIT.match(gap)) or between is None or (
            between["designator"] not in cue_words("district_designator")) or not any(
            c.place.kind in ("admin2", "city") for c in district.candidates) or not (
            _names_unit(unit)):
        return None
    # the district lies in the unit ("the English county of Devon" names no district)
    regions = {c.place.admin1_iso for c in unit.candidates if c.place.kind == "admin1"}
    countries = {c.place.country for c in unit.candidates if c.place.kind == "country"}
    if not any(c.place.kind in ("admin2", "city") and (
            c.place.admin1_iso in regions or c.place.country in countries)
            for c in district.candidates):
        return None
    return Qualifier(k + 2, district.text, text[district.start : unit.end],
                     stated=gap.strip(", ") in ("in", "of"))


def find_district(text: str, places: list[Match], k: int) -> str | None:
    """The district named right after mention ``k`` with no region or country after it,
    as written: "Lisove in the Pokrovsk district", "the village of Lisove, Bakhmut raion"
    ("Pokrovsk", "Bakhmut"); None when there is none."""
    if k + 1 >= len(places):
        return None
    m, nxt = places[k], places[k + 1]
    kind = _KIND_WORD.match(text[m.end : m.end + 30])
    gap = text[m.end + (kind.end() if kind else 0) : nxt.start]
    after = _WORD_AFTER.match(text[nxt.end : nxt.end + 40])
    if after is None or text[nxt.end : nxt.end + 1] != " " or (
            after.group(1).lower() not in cue_words("district_designator")):
        return None
    if gap != ", " and not _IN_UNIT.match(gap):
        return None
    return nxt.text


def share_in_lists(text: str, places: list[Match],
                   qualifiers: list[Qualifier | None]) -> list[Qualifier | None]:
    """Each town of a list takes the container the list ends with: "the villages of
    Novopavlivka and Zelene Pole in Ukraine's Donetsk region" (Novopavlivka in Donetsk)."""
    shared = list(qualifiers)
    for k in range(len(places) - 2, -1, -1):  # from the end, so a list passes it along
        if shared[k] is None and shared[k + 1] is not None and not _names_unit(places[k]) and (
                _LIST_JOIN.fullmatch(text, places[k].end, places[k + 1].start)):
            shared[k] = shared[k + 1]
    return shared


#: Between a unit in the possessive and a place in it: "'s ", " district's ".
_OWNER_GAP = re.compile(r"(?:\s+(?P<designator>[A-Za-z]+))?['’]s\s+")


def _owner_of(text: str, owner: Match, m: Match) -> bool:
    """Is ``owner`` written in the possessive right before ``m`` ("Kurram district's X
    tehsil", "Sagaing Region's X township", "Goma's X prison")?"""
    gap = _OWNER_GAP.fullmatch(text, owner.end, m.start)
    return gap is not None and (gap["designator"] is None or gap["designator"].lower() in (
        cue_words("district_designator") | cue_words("region_designator")))


def _in_brackets_with_unit(text: str, m: Match, nxt: Match) -> bool:
    """Is ``m`` the district of a bracketed "(D, R)" that ends with the unit ``nxt``?"""
    return (_OPEN_BEFORE.search(text, max(0, m.start - 3), m.start) is not None
            and text[m.end : nxt.start] == ", " and _CLOSE_AFTER.match(text, nxt.end) is not None
            and _names_unit(nxt) and not _is_region_of_country(m, nxt)
            and not {c.place.country for c in m.candidates} & _countries_of(nxt))


def _countries_of(m: Match) -> set[str]:
    """The countries of the regions and countries a mention may name."""
    return {c.place.country for c in m.candidates if c.place.kind in ("admin1", "country")}


def _is_region_of_country(m: Match, nxt: Match) -> bool:
    """Is ``m`` a country or a region of the country ``nxt`` names ("(Kyiv, Ukraine)")?"""
    countries = {c.place.country for c in nxt.candidates if c.place.kind == "country"}
    return any(c.place.kind == "country" or (c.place.kind == "admin1"
                                             and c.place.country in countries)
               for c in m.candidates)


def _town_of_region_in(text: str, places: list[Match], k: int) -> bool:
    """Is mention ``k`` a region's name written as a town's, with a unit of another country
    that holds a town of that very name right after it and ending the phrase ("Paris, Texas, is",
    "Moscow, Idaho."), not heading a list of regions ("Kharkiv, Sumy and Odesa")?"""
    m, nxt = places[k], places[k + 1]
    if text[m.end : nxt.start] != ", " or any(c.place.kind == "country" for c in m.candidates):
        return False
    after = text[nxt.end : nxt.end + 6]
    if re.match(r"\s*(?:and|or|&)\b|,\s*[A-Z]", after):
        return False
    regions = {c.place.admin1_iso for c in nxt.candidates if c.place.kind == "admin1"}
    states = {c.place.country for c in nxt.candidates if c.place.kind in ("admin1", "country")}
    if any(c.place.country in states for c in m.candidates if c.place.kind == "admin1"):
        return False  # "Kyiv, Mykolaiv": two regions of one country, a list
    countries = {c.place.country for c in nxt.candidates if c.place.kind == "country"}
    return any(c.place.kind not in ("admin1", "country") and not c.flags & ALTERNATE
               and (c.place.admin1_iso in regions or c.place.country in countries)
               for c in m.candidates)


def _names_unit(m: Match) -> bool:
    """Can the mention name a container (a first-level region or a country)?"""
    return any(c.place.kind in ("admin1", "country") for c in m.candidates)


def _is_region(m: Match) -> bool:
    """Is the name itself a country's name, or a region's own name?"""
    return any(c.place.kind == "country" or (c.place.kind == "admin1" and c.place.name == m.text)
               for c in m.candidates)


@dataclass(frozen=True)
class Relative:
    """Where a name lies from another: "10 km south of Pokrovsk", "near Goma"."""

    index: int  # the mention it is placed from
    km: float | None  # None: "near"
    bearing: float | None  # degrees clockwise from north; None when no direction is given
    text: str


_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180,
             "southwest": 225, "west": 270, "northwest": 315}
_APPOSITION = (r"^(?:\s+(?:village|town|settlement|hamlet|locality)(?=,))?"  # "X village, 10 km"
               r",?\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement|"
               r"hamlet|locality|suburb|area|district|camp|neighbou?rhood)\s+)?"
               r"(?:(?:located|situated|lying)\s+)?")
_DISTANCE = re.compile(
    _APPOSITION + r"(?:(?:about|some|around|roughly|nearly|approximately|just|only|less than|"
    r"more than|over|under|almost)\s+)?(?P<n>\d[\d,.]*)\s*-?\s*(?P<unit>km|kilomet(?:re|er)s?|"
    r"miles?|mi)\b(?:\s*\([^)]{0,20}\))?\s+(?:to\s+the\s+)?(?:(?P<dir>(?:north|south)?-?"
    r"(?:east|west)?|north|south)(?:ern)?\s+)?(?:of|from|outside)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|centre|center)\s+of\s+)?(?:[\w-]+-held\s+)?$", re.IGNORECASE)
_NEAR = re.compile(
    _APPOSITION + r"(?:near|outside|close to|next to|on the outskirts of|in the vicinity of|"
    r"not far from)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?(?:[\w-]+-held\s+)?$",
    re.IGNORECASE)


_PART_OF = re.compile(r"^\s+(?:area|district|neighbou?rhood|suburb|quarter|outskirts)\s+of\s+"
                      r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.IGNORECASE)


def find_relative(text: str, places: list[Match], k: int) -> Relative | None:
    """The place mention ``k`` is said to lie from: "X, about 10 km south of Y", "X, a town
    near Y", "X near Y", "the X area of Y", "Y's X prison"."""
    m = places[k]
    if k > 0 and (m.marked == "site" or m.marked in place_markers()) and _owner_of(
            text, places[k - 1], m):
        # "Goma's X prison", "the Khyber district's X tehsil"
        return Relative(k - 1, None, None, f"in {places[k - 1].text}")
    if k + 1 >= len(places):
        return None
    nxt = places[k + 1]
    gap = text[m.end : nxt.start]
    if len(gap) > 90:
        return None
    found = _DISTANCE.match(gap)
    if found:
        n = float(found.group("n").replace(",", ""))
        km = n * 1.609 if found.group("unit").lower().startswith("mi") else n
        direction = (found.group("dir") or "").lower().replace("-", "")
        return Relative(k + 1, km, _BEARINGS.get(direction), (gap + nxt.text).strip(", "))
    if _NEAR.match(gap):
        return Relative(k + 1, None, None, (gap + nxt.text).strip(", "))
    if m.marked and _PART_OF.match(gap):  # "the Tal al-Sultan area of Rafah"
        return Relative(k + 1, None, None, f"in {nxt.text}")
    return None
