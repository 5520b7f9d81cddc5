"""Actors: who acts and who is hit, named the ACLED way ("Military Forces of Russia",
"Protesters (Mali)", "Al Shabaab").

Three sources, in ``geo/data/``: named actors (``actors.csv``); the states of the world
(``states.csv``), whose demonyms, names and capitals name their forces ("Nigerian
soldiers", "Mali's army", "Moscow launched"); and common nouns (``actor_nouns.csv``):
"gunmen", "police", "protesters", "villagers". A noun with no state of its own takes the
event's country when the event is coded (``ActorMention.acled_name``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from itertools import pairwise

from geo.sources.tables import demonyms, holding_forces, read_table
from geo.text.triggers import (
    TriggerIndex,
    WordPattern,
    alternation,
    compile_prefiltered,
    find_row,
    split_triggers,
    word_beginnings,
    words_of,
)

#: Kinds of actor that carry arms: they can fight, strike, take ground and arrest.
ARMED = frozenset({"military", "police", "rebel", "militia", "identity_militia", "external",
                   "unidentified", "gang", "weapon", "private_security"})
#: Kinds of actor that are states (ACLED's inter code 1).
STATE = frozenset({"military", "police", "government", "official", "weapon"})
#: Kinds of actor that are unarmed people: "crowd" nouns (protesters, residents) gather.
PEOPLE = frozenset({"people", "crowd"})
#: ACLED's actor type code (inter1, inter2) of each kind [C2].
INTER = {"military": 1, "police": 1, "government": 1, "official": 1, "weapon": 1, "rebel": 2,
         "militia": 3, "unidentified": 3, "gang": 3, "identity_militia": 4, "rioters": 5,
         "people": 6, "crowd": 6, "protesters": 6, "civilians": 7, "external": 8,
         "private_security": 8}
#: ACLED's names for the kinds an actor's noun leaves unnamed, with the country filled in.
GENERIC_NAMES = {
    "military": "Military Forces of {country}", "weapon": "Military Forces of {country}",
    "police": "Police Forces of {country}", "government": "Government of {country}",
    "official": "Government of {country}", "rebel": "Unidentified Armed Group ({country})",
    "militia": "Unidentified Armed Group ({country})",
    "unidentified": "Unidentified Armed Group ({country})",
    "gang": "Unidentified Gang ({country})",
    "identity_militia": "Unidentified Communal Militia ({country})",
    "private_security": "Private Security Forces ({country})",
    "protesters": "Protesters ({country})", "rioters": "Rioters ({country})",
    "civilians": "Civilians ({country})",
}
#: ACLED's name for the armed men of a people (``geo/data/ethnic_groups.csv``) [C2].
ETHNIC_MILITIA = "{group} Ethnic Militia ({country})"
#: ACLED's name for a clan's, a community's, a tribe's or a people's militia the text does
#: not name [C2]: "Unidentified Clan Militia (Somalia)" ({country} filled in when coded).
UNIDENTIFIED_IDENTITY_MILITIA = "Unidentified {label} Militia ({{country}})"
#: ACLED's name for a community's militia named after its village or place [C2]: "Tadu
#: Communal Militia (Ethiopia)" ({country} filled in when coded).
PLACE_COMMUNAL_MILITIA = "{place} Communal Militia ({{country}})"
#: Words between a country and its verb: "Russia has also launched".
_AUXILIARIES = r"\s*(?:(?:had|has|have|also|then|now|again|reportedly)\s+)*"
#: Verbs after which a country or capital stands for its armed forces ("Russia launched").
MILITARY_VERB = re.compile(
    _AUXILIARIES + r"(?:launched|fired|struck|attacked|"
    r"resumed|shelled|hit|bombed|invaded|captured|seized|stepped up|pounds|pounded|"
    r"intercepted|shot down|downed|targeted|retook|recaptured|stormed|advanced|sent|deployed|"
    r"carried out|conducted|used)\b",
    re.IGNORECASE,
)
#: Verbs after which a country stands for its authorities, who arrest and execute through
#: their police ("Iran hanged a man", as "Iranian authorities hanged" is coded).
AUTHORITY_VERB = re.compile(
    _AUXILIARIES + r"(?:hanged|hangs|executed|executes|arrested|arrests|detained|detains)\b",
    re.IGNORECASE,
)
#: After a reporting verb, a speaker who reports its own act: "said it had", "said it later
#: killed", "claimed to have" (not what it is doing: "said it was investigating").
SELF_REPORT = re.compile(
    r"[^,.;]{0,40}?\b(?:(?:that\s+)?(?:it|they|(?:its|their)\s+(?:own\s+)?(?:forces|troops|soldiers|"
    r"army|navy|air\s+force|military|aircraft|warplanes|jets|drones|artillery|fighters|units))\s+"
    r"(?:(?:later|also|then|subsequently|earlier)\s+)?(?:had|has|have|(?:was|were)(?!\s+\w+ing\b)|"
    r"\w+ed|shot|struck|hit|took|seized)|"
    r"to have)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w'’.-]+")
# "\b[A-Z]", written "[A-Z](?<!\w\w)" so that the engine skips to capitals
_CAPITALISED = re.compile(r"[A-Z](?<!\w\w)[\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3}")
_POSSESSIVE = re.compile(r"['’]s?$")
_THE = re.compile(r"^The\s+")
#: A demonym and "and" right before another demonym: "Russian and " (Ukrainian forces).
_PAIRED = re.compile(r"(?-i:\b(?P<demonym>[A-Z][\w'’.-]+))\s+and\s+$")
#: A weapon's model designation: letters, a hyphen, digits ("F-16", "Su-34", "Ka-52").
_DESIGNATION = re.compile(r"[A-Za-z]{1,4}-\d{1,3}[A-Za-z]?")
#: A state named after its forces: "the armed forces of Chad", "police of Kenya".
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
#: A demonym joined to the act of placing or firing a weapon: "Russian-laid", "Israeli-fired"
#: (not "Russian-made", which tells who built it, nor "Russian-backed", a proxy).
_LAID_BY = re.compile(r"-(?:laid|planted|fired|launched|dropped)$", re.IGNORECASE)
_ACRONYM = re.compile(r"(?-i:\b[A-Z][A-Z0-9-]{1,6}[a-z]?)\s+$")
#: The kind of an identity militia no name comes before: "unidentified clan ", "communal ".
_IDENTITY_BEFORE = re.compile(
    r"(?-i:\b(?P<kind>(?:[Ss]ub-?)?[Cc]lan|[Cc]ommunal|[Tt]ribal|[Ee]thnic))\s+$")
_PLACE_NAME = r"(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
#: The village militiamen come from: "militiamen from the village of Tadu" (a communal
#: militia named after it).
_FROM_VILLAGE = re.compile(r"\s+from\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?village\s+of\s+"
                           + _PLACE_NAME)
#: The place a communal militia comes from: "communal militias from (the village of) Tadu".
_FROM_PLACE = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?(?:(?:village|town|locality)\s+of\s+)?"
                         + _PLACE_NAME)
_NAMED_MILITIA = re.compile(r"(?-i:\b(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}))\s+"
                            r"(?P<kind>(?:sub-?)?clan|ethnic|communal|tribal)?\s*$")
#: The clan, community or tribe an armed noun's men come from, told after it: "militiamen
#: from the Saleban clan", "gunmen of the Dir and Hawiye clans" (the first one named acts).
_IDENTITY_AFTER = re.compile(
    r"\s+(?:from|of)\s+(?:the\s+)?(?:rival\s+)?(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})?"
    r"\s+(?P<kind>(?:sub-?)?clans?|communit(?:y|ies)|tribes?)\b")
#: A capitalised word right before an armed noun: the noun is that group's ("Al Shabaab
#: fighters from the Hawiye clan" are Al Shabaab's, not the clan's).
_NAME_BEFORE = re.compile(r"(?-i:[A-Z][\w'’-]*)\s+$")
#: ACLED's word for the militia of each kind of group [C2].
_IDENTITY_LABEL = {"clan": "Clan", "sub-clan": "Clan", "subclan": "Clan", "ethnic": "Ethnic",
                   "communal": "Communal", "tribal": "Ethnic", "clans": "Clan",
                   "sub-clans": "Clan", "subclans": "Clan", "community": "Communal",
                   "communities": "Communal", "tribe": "Ethnic", "tribes": "Ethnic"}
#: Capitalised words before "militia" that open a sentence, not a name ("Two militias",
#: "Rival militias clashed").
_NOT_MILITIA_NAMES = frozenset({"The", "A", "An", "Two", "Three", "Four", "Five", "Several",
                                "Some", "Many", "Both", "Rival", "Local", "Armed", "Allied",
                                "Other", "Unidentified", "Suspected", "Communal", "Clan",
                                "Tribal", "Ethnic"})
#: A group's acronym in brackets after its name: "New People's Army (NPA) rebels".
_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*(?-i:[A-Z][A-Z0-9-]{1,9})\s*\)")
#: Between a noun for armed men and the group they belong to: "fighters of the", "men loyal to",
#: "militants linked to", "jihadists affiliated with".
_MEMBERS_OF = re.compile(r"(?:of|from|loyal\s+to|belonging\s+to|linked\s+to|tied\s+to|"
                         r"affiliated\s+(?:with|to)|aligned\s+(?:with|to))(?:\s+the)?",
                         re.IGNORECASE)
#: "Armed" before people: they are an armed group.
_ARMED_BEFORE = re.compile(r"\b(?:heavily )?armed\s+$", re.IGNORECASE)
#: Heavy weapons and small arms a clause may tell of (a battle's arms, not a crowd's); an
#: anti-aircraft gun and an infantry fighting vehicle's (IFV, BMP) are heavy weapons.
HEAVY_ARMS = re.compile(r"\bheavy (?:machine[- ]?guns?|weapons)\b|\bgrenade launchers?\b|"
                        r"\bmortars?\b|\bcannons?\b|\btanks?\b|\d+ ?mm\b|\bRPGs?\b|"
                        r"\banti-?aircraft (?:guns?|weapons|artillery)\b|\bIFVs?\b|\bBMPs?\b|"
                        r"\binfantry fighting vehicles?\b",
                        re.IGNORECASE)
SMALL_ARMS = WordPattern(r"\bsmall[- ]arms\b|\brifles?\b|\bsnipers?\b|\bautomatic weapons\b|"
                         r"(?<!heavy )\bmachine[- ]?guns?\b|"
                         r"(?<!machine )(?<!machine-)(?<!aircraft )\bguns?\b|"
                         r"\bAK-?47s?\b|\bgunfire\b|\bgunshots?\b",
                         re.IGNORECASE)
#: A state's forces speaking of their own: "The Israeli military said".
_SPEAKING_FORCE = re.compile(r"\b(?P<demonym>[A-Z][a-z]+)\s+(?:military|army|armed forces|"
                             r"defen[cs]e ministry|police)\s+(?:said|says|reported|announced)\b")
#: Words that never stand between a demonym and the noun it qualifies: articles,
#: prepositions, conjunctions, possessives and forms of "be".
_NOT_MODIFIERS = frozenset({"a", "an", "the", "during", "in", "on", "at", "of", "for", "with",
                            "by", "from", "after", "before", "near", "and", "or", "but", "to",
                            "into", "his", "her", "their", "its", "was", "were", "is", "are",
                            "as", "that", "which", "who", "when", "while"})
#: "according to (the)" or an inverted ", said (the)", and up to two lower-case words of the
#: source's ("according to local medics", ", said police chief").
_ACCORDING_TO = re.compile(
    r"(?:\baccording\s+to|,\s*(?:said|says))\s+(?:the\s+|an?\s+)?"
    r"(?:(?-i:[a-z0-9][\w-]*)\s+){0,2}$", re.IGNORECASE)
#: A leader, the noun an acronym before makes a party's or a group's leader.
_LEADER = re.compile(r"leaders?", re.IGNORECASE)
_NOT_ACRONYMS = frozenset({"US", "UN", "EU", "UK", "U", "AU", "TV", "AM", "PM", "OK", "NGO", "IT"})


@dataclass(frozen=True)
class ActorMention:
    """An actor named in a sentence.

    ``name`` is ACLED's name when the text fixes it ("Al Shabaab", "Military Forces of
    Nigeria"); a common noun ("gunmen", "police") leaves it None, and ``acled_name`` fills
    in the event's country.
    """

    start: int
    end: int
    text: str
    kind: str  # a key of INTER, or armed_site (a place held by armed forces) or pronoun
    name: str | None = None
    country: str | None = None  # ISO alpha-2 of a state actor, or of a demonym before a noun
    assoc: str | None = None  # the group protesters belong to, e.g. "Students ({country})"
    speaker: bool = False  # the source of a report, not the doer
    ethnic: str | None = None  # the people an unnamed group's noun is of ("Fulani gunmen")

    @property
    def armed(self) -> bool:
        return self.kind in ARMED

    def acled_name(self, country_name: str | None, *, role: str | None = None) -> str | None:
        """ACLED's name for the actor, a common noun's with the event's country filled in.

        ``role`` names what people do in the event: "protesters", "rioters" or "civilians".
        """
        kind = role if self.kind in PEOPLE and role else self.kind
        state = _state_names().get(self.country) if self.country else None
        where = state or country_name
        if self.name and kind == self.kind:
            if "{country}" in self.name:  # an unnamed clan's militia: the event's country
                return self.name.format(country=where) if where else None
            return self.name
        if self.ethnic and kind not in ("protesters", "rioters", "civilians") and where:
            return ETHNIC_MILITIA.format(group=self.ethnic, country=where)
        if state is None and kind in ("military", "weapon") and where is not None:
            where = _occupying_forces().get(where, where)  # "soldiers" in the West Bank
        template = GENERIC_NAMES.get(kind)
        if template is None or where is None:
            return None
        return template.format(country=where)


def find_actors(text: str) -> list[ActorMention]:
    """Actors named in ``text`` (a sentence), in order, metonyms and pronouns resolved.

    Parameters
    ----------
    text
        One sentence.

    Returns
    -------
    list[ActorMention]
        Non-overlapping mentions; a country or capital that does not stand for its
        forces is left out unless it speaks ("Russia said": a speaker), a pronoun with
        no earlier actor is left out.
    """
    return list(_find_actors(text))


@lru_cache(maxsize=64)  # one article's sentences, read by several stages
def _find_actors(text: str) -> tuple[ActorMention, ...]:
    """``find_actors``, cached: a sentence is read by several stages."""
    # a named actor (geo/data/actors.csv) beats a noun read from its letters ("M23 rebels")
    # ... and a force beats a state's weapon read across it ("Russian forces opened fire")
    possible = sorted(_actor_index().candidates(text))
    at = bisect_left(possible, len(_named_rows()))  # the noun rows' keys come after the names'
    nouns = [i - len(_named_rows()) for i in possible[at:]]
    ranked = [(0, a) for a in _named(text, possible[:at])] + [
        (2 if a.kind == "weapon" else 1, a) for a in _nouns(text, nouns) + _metonyms(text)]
    ranked.sort(key=lambda r: (r[1].start, r[0], -(r[1].end - r[1].start)))
    kept: list[ActorMention] = []
    for _, a in ranked:
        if kept and a.start < kept[-1].end:
            if a.end > kept[-1].end and kept[-1].name:  # "M23" + "M23 rebels"
                kept[-1] = replace(kept[-1], end=a.end, text=text[kept[-1].start : a.end])
            elif a.end > kept[-1].end and a.name and not kept[-1].name:
                # "Myanmar's People's Defence Force": the group, not the people
                kept[-1] = replace(a, start=kept[-1].start, text=text[kept[-1].start : a.end])
            elif a.name and a.kind not in STATE and not kept[-1].name and kept[-1].kind != "weapon":
                # "Afghan Taliban fighters": the group, not the state's forces or a nameless one
                kept[-1] = replace(a, start=kept[-1].start, end=kept[-1].end, text=kept[-1].text)
            continue
        gap = text[kept[-1].end : a.start].strip() if kept else None
        if kept and kept[-1].name and ((a.name is None and (
                not gap.strip(")") or _ACRONYM_IN_BRACKETS.fullmatch(gap))) or (
                a.name == kept[-1].name and gap == "(")):
            kept[-1] = replace(kept[-1], end=a.end, text=text[kept[-1].start : a.end])
            continue  # "Al Shabaab militants", "M23 rebels", "... (JNIM) fighters", "New
            # People's Army (NPA) rebels" (an acronym no row reads on its own): one actor
        if kept and kept[-1].name and a.name is None and _APPOSITION.fullmatch(gap) and (
                _APPOSITION_END.match(text, a.end)):
            continue  # "the Arakan Army, an ethnic armed group, said": the group it names
        if kept and kept[-1].name is None and kept[-1].armed and a.name and a.armed and (
                _MEMBERS_OF.fullmatch(gap)):
            kept[-1] = replace(a, start=kept[-1].start, text=text[kept[-1].start : a.end])
            continue  # "fighters of the Arakan Army": the group
        kept.append(a)
    # "the al-Qaida-linked group JNIM": the group named after its patron's name acts, and
    # men "from the al Qaeda-linked JNIM" are its men (its span takes the patron's)
    patrons = {i for i, (a, b) in enumerate(pairwise(kept)) if (
        a.name and b.name and _PATRON.match(text, a.end) and b.start - a.end <= _PATRON_REACH)}
    kept = [replace(a, start=kept[i - 1].start, text=text[kept[i - 1].start : a.end])
            if i - 1 in patrons else a for i, a in enumerate(kept) if i not in patrons]
    out: list[ActorMention] = []
    for a in kept:
        if a.kind == "pronoun":
            # whose forces: an actor named before, not a weapon ("X's military said Indian
            # shelling killed five and that its forces shot down drones": X's)
            before = [b for b in out
                      if b.kind not in PEOPLE | {"pronoun", "armed_site", "weapon"}]
            if before:
                ref = before[-1]
                kind = "military" if ref.kind in STATE else ref.kind
                name = military_of(ref.name) if ref.name else None
                a = replace(a, kind=kind, name=name, country=ref.country)
            else:  # "The group said its fighters ...": fighters, whose the story may say
                kind = _noun_kind(a.text)
                if kind is None:
                    continue
                a = replace(a, kind=kind)
        if a.kind in ("military", "police") and a.name is None and a.country is None:
            # "The Israeli military said troops were sent": the speaker's own forces
            own = _SPEAKING_FORCE.search(text, 0, a.start) or (
                # "Security forces killed a commander ..., the Israeli army said"
                _SPEAKING_FORCE.search(text, a.end) if a.kind == "military" else None)
            country = _demonyms().get(own["demonym"].lower()) if own is not None else None
            if country is not None:
                a = replace(a, country=country)
        speaks = _speaks(text, a.end) or cited_before(text, a.start) or _source_works_for(
            text, a.start)
        out.append(replace(a, speaker=True) if speaks else a)
    # "police and residents said": every source joined to a speaker speaks
    for i in range(len(out) - 2, -1, -1):
        if out[i + 1].speaker and not out[i].speaker and _JOINED_SOURCES.fullmatch(
                text, out[i].end, out[i + 1].start):
            out[i] = replace(out[i], speaker=True)
    return tuple(out)


#: Between two sources of one statement: "police and residents said".
_JOINED_SOURCES = re.compile(r"\s+(?:and|or)\s+", re.IGNORECASE)
#: A named source, then whom they speak for, up to the actor: "said Ahmed Bello, a
#: spokesman for the state police" (the police report the event, they did not act in it).
_SOURCE_AFFILIATION = re.compile(
    r"\b(?:said|says|told\s+[^,.;]{1,40}?|according\s+to)\s*,?\s+(?-i:(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’.-]*),\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:spokes(?:man|woman|person)|"
    r"official|officer|commander|chief|head|director|leader|representative|adviser|member)"
    r"\s+(?:for|of|with|at|from|in)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def _source_works_for(text: str, start: int) -> bool:
    """Whether an actor is named as whom a quoted source works for, right before it."""
    m = _SOURCE_AFFILIATION.search(text, max(0, start - 160), start)
    return m is not None and m.end() == start


#: Between a named actor and a common noun that describes it: ", an ethnic minority" (armed
#: group), ", the largest" (rebel alliance); the noun's phrase ends, within a few words, at a
#: comma, a bracket or a relative pronoun ("armed group in the country, said").
_APPOSITION = re.compile(r",\s*(?:an?|the|another)\b[\w\s'’-]*", re.IGNORECASE)
_APPOSITION_END = re.compile(r"(?!\s+(?:\w+\s+)?(?:said|says|told|reported|added|stated|"
                             r"announced)\b)[^,.;:()]{0,40}?(?:[,)]|\b(?:that|which|who)\b)")
#: A group's name that only says whom another group is tied to ("al-Qaida-linked"), and how
#: far after it that group's own name may come ("-linked jihadist group JNIM"); not a group
#: followed by its patron ("M23 rebels backed by Rwanda": the rebels act).
_PATRON = re.compile(r"[-\s](?:linked|affiliated|aligned|allied|backed|inspired)\b"
                     r"(?!\s+(?:by|to|with)\b)", re.IGNORECASE)
_PATRON_REACH = 40


def forces_holding(site: ActorMention) -> ActorMention:
    """The forces that hold an armed site ("a police station": the police; "Ukrainian
    positions": Ukraine's military)."""
    return replace(site, kind="police" if "police" in site.text.lower() else "military")


def as_ruler(actor: ActorMention | None, country: str | None, when: date | None, *,
             police: bool = False) -> ActorMention | None:
    """The actor as the state's forces (``police``: its police) where an armed group it names
    rules ``country`` on the day ``when`` (``geo/data/ruling_groups.csv``: "the Taliban" in
    Afghanistan since 15 August 2021); any other actor as it is."""
    row = _ruling_row(actor, country, when)
    if row is None:
        return actor
    return replace(actor, name=row["police" if police else "military"], country=country)


def as_state_forces(actor: ActorMention | None, country: str | None,
                    when: date | None) -> ActorMention | None:
    """The actor read as the state's forces of ``country`` where it rules it on the day
    ``when`` (its kind a state's, its name still its own until ``as_ruler`` renames it), so
    that an event is typed as the state's ("Taliban fighters fired on protesters" in 2022:
    excessive force); any other actor as it is."""
    if _ruling_row(actor, country, when) is None:
        return actor
    return replace(actor, kind="military", country=country)


def _ruling_row(actor: ActorMention | None, country: str | None,
                when: date | None) -> dict[str, str] | None:
    """The ``ruling_groups`` row of an actor that rules ``country`` on the day ``when``: the
    latest of its rows begun by then."""
    if actor is None or when is None:
        return None
    rows = _ruling().get((actor.name, country), [])
    return next((r for r in reversed(rows) if date.fromisoformat(r["since"]) <= when), None)


@cache
def _ruling() -> dict[tuple[str, str], list[dict[str, str]]]:
    """``ruling_groups`` rows by group and country, earliest first."""
    rows: dict[tuple[str, str], list[dict[str, str]]] = {}
    for r in sorted(read_table("ruling_groups"), key=lambda r: r["since"]):
        rows.setdefault((r["actor"], r["country"]), []).append(r)
    return rows


def military_of(actor: str) -> str:
    """The armed forces of a state actor ('Government of Russia' -> 'Military Forces of Russia')."""
    return re.sub(r"^Government of ", "Military Forces of ", actor)


def inter_code(actor: str | None, kind: str | None = None) -> int | None:
    """ACLED's actor type code for an actor name (1 state forces ... 8 external forces)."""
    if not actor:
        return None
    for prefix, code in (("Military Forces of", 1), ("Police Forces of", 1),
                         ("Government of", 1), ("Rioters", 5), ("Protesters", 6),
                         ("Civilians", 7), ("Unidentified Armed Group", 3)):
        if actor.startswith(prefix):
            return code
    if " Ethnic Militia (" in actor:
        return INTER["identity_militia"]
    if kind in INTER:
        return INTER[kind]
    return _named_inter().get(actor)


def state_of(actor: str | None) -> str | None:
    """The country (alpha-2) whose forces or government an ACLED name names, if any."""
    if not actor:
        return None
    m = re.match(r"(?:Military Forces|Police Forces|Government) of (.+?)(?: \(|$)", actor)
    return _state_codes().get(m.group(1)) if m else None


def state_name(country: str | None) -> str | None:
    """ACLED's short name of a country ('Democratic Republic of Congo'), or None."""
    return _state_names().get(country) if country else None


# ----------------------------------------------------------------------------- sources


def named_actors(text: str) -> list[ActorMention]:
    """The actors ``text`` names (geo/data/actors.csv) and nothing else: cheaper than
    ``find_actors`` where only the groups a story names matter."""
    possible = sorted(_actor_index().candidates(text))
    return _named(text, possible[: bisect_left(possible, len(_named_rows()))])


def home_countries(actors: list[ActorMention]) -> list[str]:
    """The countries the named groups among ``actors`` fight in (geo/data/actors.csv's
    ``active_in``), one entry per group named: "Boko Haram" gives NG, CM, NE and TD."""
    homes = _homes()
    return [c for a in actors if a.name for c in homes.get(a.name, ())]


@cache
def _homes() -> dict[str, tuple[str, ...]]:
    return {r["actor"]: tuple(r["active_in"].split("|")) for r in read_table("actors")
            if r["active_in"]}


def _named(text: str, possible: list[int]) -> list[ActorMention]:
    """Named actors (geo/data/actors.csv), with a common noun right after them kept in the span
    ("Al Shabaab militants") and a state's acronym resolved ("FARDC soldiers"); ``possible``:
    the rows the text's words trigger, in order."""
    out = []
    rows = _named_rows()
    for i in possible:
        name, kind, country = rows[i][1:]
        rx, beginnings = _named_pattern(i)
        for m in find_row(rx, text, beginnings):
            out.append(ActorMention(m.start(), m.end(), m.group(0), kind, name or None,
                                    country or None))
            if kind == "external":
                out.extend(_paired(text, out[-1]))
    return out


def _noun_kind(words: str) -> str | None:
    """The class of the first actor noun in ``words`` ("its fighters": rebel)."""
    kind = next((kind for i, (_, kind, _) in enumerate(_noun_rows())
                 if kind != "weapon" and _noun_pattern(i)[0].search(words)), None)
    return "crowd" if kind == "community" else kind


#: A prefix that makes an actor's noun what a unit or an operation fights.
_AGAINST = re.compile(r"\b(?:anti|counter)-$", re.IGNORECASE)


def _nouns(text: str, possible: list[int]) -> list[ActorMention]:
    """Common nouns (geo/data/actor_nouns.csv), each with the state or group named right before it:
    a demonym ("Somali police"), a possessive ("Mali's army"), a named militia ("Abgal clan
    militia"), an acronym ("OPS fighters"); ``possible``: the rows the text's words trigger,
    in order."""
    out = []
    rows = _noun_rows()
    states = not _state_first_words().isdisjoint(words_of(text))
    for i in possible:
        (_, kind, assoc), (rx, beginnings) = rows[i], _noun_pattern(i)
        if kind == "weapon" and not states:
            continue  # "missiles" with no state named is no actor
        for m in find_row(rx, text, beginnings):
            against = _AGAINST.search(text, max(0, m.start() - 8), m.start())
            if against and " " not in m.group(0):
                continue  # "an Anti-Gang Unit", "anti-bandit operations": whom a unit fights
            if kind == "community" and named_actors(m.group(0)):
                continue  # "Hamas and Fatah youths": Hamas acts, the youths are a crowd
            # "anti-junta forces", "anti-government forces": the state's enemies, rebels (but
            # "anti-riot police" are police)
            what = ("rebel" if against and kind in STATE
                    and _noun_kind(m.group(0).split()[0]) in STATE
                    else _community_kind(text, m) if kind == "community"
                    else _farming_side_kind(text, m) if kind == "people" else kind)
            actor = _qualified(text, m, what, assoc, states=states)
            if kind != "weapon" or actor.country:  # "Russian missiles", not "missiles"
                out.append(actor)
                out.extend(_paired(text, actor))
    return out


_CLAUSE_END = re.compile(r"[.;]")


def _community_kind(text: str, m: re.Match) -> str:
    """Communities, clans or tribes as groups of people (``actor_nouns.csv`` kind ``community``)
    are a crowd, unless the clause tells of firearms, or of a fight between them that left
    dead: then they are an armed group ("members of two rival clans clashed with rifles",
    "fighting between two clans left six dead": a communal armed clash)."""
    end = _CLAUSE_END.search(text, m.end())
    clause = text[m.start() : end.start() if end else len(text)]
    if SMALL_ARMS.search(clause) or HEAVY_ARMS.search(clause):
        return "unidentified"
    between = _BETWEEN_SIDES.search(text, max(0, m.start() - 24), m.start())
    deaths = _DEATHS.search(text, m.end(), end.start() if end else len(text))
    return "unidentified" if between and deaths else "crowd"


def _farming_side_kind(text: str, m: re.Match) -> str:
    """Herders and farmers named as the two sides of a fight that left dead or was fought
    with firearms are communal militias ("herders and farmers clashed, leaving 12 dead":
    a communal armed clash); otherwise they stay people (a crowd, or the victims of armed
    herders)."""
    pair = next((p for p in _FARMING_SIDES.finditer(text) if p.start() <= m.start() < p.end()),
                None)
    if pair is None:
        return "people"
    start = max((x.end() for x in _CLAUSE_END.finditer(text, 0, pair.start())), default=0)
    end = _CLAUSE_END.search(text, pair.end())
    clause = text[start : end.start() if end else len(text)]
    armed = _DEATHS.search(clause) or SMALL_ARMS.search(clause)
    return "identity_militia" if _FIGHT.search(clause) and armed else "people"


#: Herders and farmers named together, the two sides of a fight over land or cattle.
_FARMING_SIDES = re.compile(
    r"\b(?:farmers|herders|herdsm[ae]n|pastoralists|peasants|cattle (?:herders|keepers))\s+and\s+"
    r"(?:the\s+|local\s+)?(?:farmers|herders|herdsm[ae]n|pastoralists|peasants|cattle herders)\b",
    re.IGNORECASE)
#: A fight between two sides: "clashed", "fighting", "a gunfight", "exchanged fire".
_FIGHT = re.compile(r"\b(?:clash(?:ed|es)?|fought|fighting|gun ?fights?|gun ?battles?|"
                    r"exchanged (?:gun)?fire|battled)\b", re.IGNORECASE)
#: Right before the sides of a fight: "between", "between the".
_BETWEEN_SIDES = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
#: A fight's dead told after its sides: "left six dead", "killed 12", "claimed nine lives".
_DEATHS = re.compile(r"\b(?:killed|killing|dead|died|deaths|lives)\b", re.IGNORECASE)


def _paired(text: str, actor: ActorMention) -> list[ActorMention]:
    """The state named with another before one noun: "Russian" in "Russian and Ukrainian
    forces" (each state's forces, the first named first), or before a multinational force's
    ("Somali and African Union troops": Somalia's forces and the mission's)."""
    state_forces = actor.country is not None and actor.name is None
    mission = actor.kind == "external" and actor.name is not None
    if not (state_forces or mission):
        return []
    pair = _PAIRED.search(text, max(0, actor.start - 40), actor.start)
    key = pair["demonym"].lower() if pair else ""
    country = _demonyms().get(key) or _state_words().get(key) if pair else None
    if country is None or country == actor.country:
        return []
    return [replace(actor, start=pair.start(), end=pair.start("demonym") + len(pair["demonym"]),
                    text=pair["demonym"], country=country, name=None,
                    kind="military" if mission else actor.kind)]


def _qualified(text: str, m: re.Match, kind: str, assoc: str, *, states: bool) -> ActorMention:
    """The noun ``m`` with the state or group named with it; ``states``: whether the text
    names any state at all."""
    before = text[max(0, m.start() - 40) : m.start()]
    start, country, name = m.start(), None, None
    state = _state_before(before) if states else None
    people = _ethnic_before().search(before) if state is None and kind in _OF_A_PEOPLE else None
    if people is not None and kind not in PEOPLE:  # "Fulani gunmen", "suspected Murle militiamen"
        start -= len(before) - people.start()
        before = before[: people.start()]
    named = (_NAMED_MILITIA.search(before) if kind in ("militia", "rebel", "unidentified")
             and state is None and people is None else None)
    if named is not None and kind != "militia" and not named["kind"]:
        named = None  # "Saleban clan fighters" name a clan's militia; "Saleban fighters" do not
    origin = (_IDENTITY_AFTER.match(text, m.end()) if kind in ("militia", "rebel", "unidentified")
              and state is None and people is None and named is None
              and not _NAME_BEFORE.search(before) else None)
    acronym = _ACRONYM.search(before) if kind in ARMED and state is None else None
    if kind == "official" and state is None and _LEADER.fullmatch(m.group(0)) and (
            party := _ACRONYM.search(before)) and party.group(0).strip() not in _NOT_ACRONYMS \
            and not _is_state_word(party.group(0).strip()):
        kind = "people"  # "a PTI leader", "the BNP leaders": a party's or a group's, no state's
    end = m.end()
    after = _OF_STATE.match(text, end) if states and state is None and kind in STATE else None
    if after is not None:
        state = _state_after(after["state"])
        end = after.start("state") + len(state[1]) if state else end
        state = (state[0], 0) if state else None
    if state is not None:
        country, length = state
        start -= length
    elif named and not _is_state_word(named["name"]) and (
            named["name"].split()[0] not in _NOT_MILITIA_NAMES):
        start -= len(before) - named.start()
        label = _IDENTITY_LABEL.get((named["kind"] or "").lower())
        name = f"{named['name']} {label or ''} Militia".replace("  ", " ")
        kind = "identity_militia" if label else kind
    elif origin is not None and not _is_state_word(origin["name"]) and (
            origin["name"].split()[0] not in _NOT_MILITIA_NAMES):
        label = _IDENTITY_LABEL[origin["kind"].lower()]
        name, kind, end = f"{origin['name']} {label} Militia", "identity_militia", origin.end()
    elif kind == "militia" and state is None and people is None and not _NAME_BEFORE.search(
            before) and (village := _FROM_VILLAGE.match(text, m.end())) and not _is_state_word(
            village["place"]):
        name, kind = PLACE_COMMUNAL_MILITIA.format(place=village["place"]), "identity_militia"
        end = village.end()
    elif kind == "militia" and state is None and people is None and (
            identity := _IDENTITY_BEFORE.search(before)):
        # "clan militias clashed", "an unidentified communal militia": no group's name
        start -= len(before) - identity.start()
        label = identity["kind"].lower().replace("sub-", "").replace("subclan", "clan")
        name, kind = UNIDENTIFIED_IDENTITY_MILITIA.format(label=label.capitalize()), (
            "identity_militia")
        place = _FROM_PLACE.match(text, m.end()) if label == "communal" else None
        if place is not None and not _is_state_word(place["place"]):
            name, end = PLACE_COMMUNAL_MILITIA.format(place=place["place"]), place.end()
    elif acronym and acronym.group(0).strip() not in _NOT_ACRONYMS:
        word = acronym.group(0).strip()
        if not _is_state_word(word):
            start -= len(before) - acronym.start()
            name, kind = word, "rebel" if kind in ("military", "unidentified") else kind
    # "armed herders", "armed Fulani herders": before the people's name too
    at = (m.start() - (len(before) - people.start()) if people is not None and kind in PEOPLE
          else start)
    armed = _ARMED_BEFORE.search(text, max(0, at - 10), at) if kind in PEOPLE else None
    if armed is not None:  # "armed herders", "armed youths": an armed group
        start, kind = armed.start(), "unidentified"
    ethnic = _ethnic_groups()[people["people"]] if people is not None else None
    return ActorMention(start, end, text[start:end], kind, name, country, assoc or None,
                        ethnic=ethnic)


#: Kinds of noun a people's name makes its armed men: non-state armed nouns, and people who
#: act as an armed group ("Fulani herdsmen" who kill; the noun alone is who acts, as before).
_OF_A_PEOPLE = frozenset({"rebel", "militia", "unidentified"}) | PEOPLE


@cache
def _ethnic_groups() -> dict[str, str]:
    """Written form of a people's name -> ACLED's word for it (``ethnic_groups.csv``)."""
    return {form: r["group"] for r in read_table("ethnic_groups") for form in r["forms"].split("|")}


@cache
def _ethnic_before() -> re.Pattern[str]:
    """A people's name right before a noun: "Fulani " in "suspected Fulani gunmen"; not the
    end of a hyphenated region's name ("Benishangul-Gumuz gunmen")."""
    forms = sorted(_ethnic_groups(), key=len, reverse=True)
    return re.compile(r"(?-i:(?<![\w-])(?P<people>" + "|".join(map(re.escape, forms)) + r"))\s+$")


def _state_after(words: str) -> tuple[str, str] | None:
    """(country, its name) when ``words`` begin with a state's name ("Chad", "South Sudan")."""
    tokens = words.split()
    for n in range(len(tokens), 0, -1):  # longest first: "South Sudan" before "South"
        name = " ".join(tokens[:n])
        country = _state_words().get(name.lower())
        if country is not None:
            return country, name
    return None


def _state_before(before: str) -> tuple[str, int] | None:
    """(country, length of its words) when ``before`` ends with a state's demonym or possessive
    name and a space ("Nigerian ", "South Sudanese ", "Mali's "); "pro-Russian" is no
    state's own."""
    if not before[-1:].isspace():
        return None
    words = _TOKEN.findall(before)[-3:]
    if words:  # "a Russian-laid mine", "Israeli-fired shells": the state that laid or fired it
        words[-1] = _LAID_BY.sub("", words[-1])
    # "Ukrainian sea drones", "Russian ballistic missiles": lower-case words between
    # ... but not across another actor's noun ("Russian forces shelled civilian buildings":
    # the civilians are no Russian's)
    # ... and a model's designation or name right before the noun ("Iraqi F-16 jets", "Russian
    # Su-34 bombers", "US Tomahawk missiles")
    if len(words) > 1 and words[-1].istitle() and words[-1].lower() not in (
            _state_last_words()[0]) and not _POSSESSIVE.search(words[-1]):
        words.pop()
    # ... nor across a noun of its own ("Kenyan police forces": the demonym is the police's)
    while len(words) > 1 and ((words[-1].islower() and "'" not in words[-1])
                              or _DESIGNATION.fullmatch(words[-1])):
        if words[-1] in _NOT_MODIFIERS:
            return None  # "a 17-year-old Palestinian during a raid": no Palestinian raid
        if words[-1].islower() and _is_actor_noun(words[-1]):
            return None
        words.pop()
    last = words[-1].lower() if words else ""
    if last not in _state_last_words()[0] and _POSSESSIVE.sub("", last) not in (
            _state_last_words()[1]):
        return None  # no demonym or state's name ends with the last word
    starts = [m.start() for m in _TOKEN.finditer(before)][-3:]  # of the words, where needed
    for n in range(len(words), 0, -1):  # longest first: "South Sudanese" before "Sudanese"
        phrase = " ".join(words[-n:])
        key = phrase.lower()
        if key.startswith(("pro-", "anti-")):
            continue
        country = _demonyms().get(key)
        if country is None and _POSSESSIVE.search(phrase):
            country = _state_words().get(_POSSESSIVE.sub("", key))
        if country is not None:
            return country, len(before) - starts[len(words) - n]
    return None


@lru_cache(maxsize=4096)  # the few words before nouns, met again and again
def _is_actor_noun(word: str) -> bool:
    """Whether a word is a common noun for an actor (``actor_nouns.csv``: "forces")."""
    named = len(_named_rows())
    return any(_noun_pattern(i - named)[0].fullmatch(word)
               for i in _actor_index().candidates(word) if i >= named)


def _is_state_word(word: str) -> bool:
    key = word.lower()
    return key in _demonyms() or key in _state_words()


def _metonyms(text: str) -> list[ActorMention]:
    """A country or capital standing for its state: forces before a military verb ("Russia
    launched"), a speaker before a reporting verb ("Kyiv said")."""
    out = []
    words = _state_words()
    if _state_first_words().isdisjoint(words_of(text)) and _peoples().keys().isdisjoint(
            words_of(text)):
        return out  # no state named
    for m in _CAPITALISED.finditer(text):
        name = m.group(0)
        possessive = _POSSESSIVE.search(name)
        if possessive:
            name = name[: possessive.start()]
        end = m.start() + len(name)
        after = text[end:]
        people = _peoples().get(_THE.sub("", name).lower())
        if people is not None:
            # "the Russians shelled": the state's forces; "Palestinians threw stones": people
            military = MILITARY_VERB.match(after)
            if military or not _speech_verb().match(text, end):
                state = _state_names().get(people)
                out.append(ActorMention(m.start(), end, name, "military" if military else "people",
                                        f"Military Forces of {state}" if military else None,
                                        people))
            continue
        country = words.get(name.lower())
        if country is None:
            continue
        state = _state_names().get(country)
        if possessive:  # "in Moscow's sights": never the doer, but "its forces" may be its
            out.append(ActorMention(m.start(), end, name, "government",
                                    f"Government of {state}", country, speaker=True))
            continue
        speech = _speech_verb().match(text, end)
        if MILITARY_VERB.match(after) or (speech and SELF_REPORT.match(text, speech.end())):
            # "Russia launched", "Russia said it had pulled out": the state's forces act
            out.append(ActorMention(m.start(), end, name, "military",
                                    f"Military Forces of {state}", country))
        elif AUTHORITY_VERB.match(after):
            out.append(ActorMention(m.start(), end, name, "police",
                                    f"Police Forces of {state}", country))
        elif speech:
            out.append(ActorMention(m.start(), end, name, "government",
                                    f"Government of {state}", country, speaker=True))
    return out


def cited_before(text: str, start: int) -> bool:
    """Whether "according to (the)" or an inverted ", said (the)" comes right before
    ``start``, a word or two of the source's between."""
    # a match ends at ``start`` (or a line break before it): no more than 48 characters back
    cited = _ACCORDING_TO.search(text, max(0, start - 50), start)
    return cited is not None and cited.end() == start


def _speaks(text: str, end: int) -> bool:
    """Whether the words after an actor report its statement rather than its act."""
    m = _speech_verb().match(text, end)
    if m is None or m.group(0).lower().endswith("according"):
        return False  # "killing nine people, according to medics": the medics report it
    return not SELF_REPORT.match(text, m.end())


@cache
def _speech_verb() -> re.Pattern:
    verbs = reporting_verbs()
    # "Navy spokesman Dmytro Pletenchuk said": a title and a name may come between
    # ... and a name after an official's title ("Governor Oleksandr Prokudin said")
    title = r"(?:(?:spokes(?:man|woman|person)|chief|head|commander|press\s+service|" \
            r"officers?|officials?|sources?)\s+" \
            r"(?-i:(?:[A-Z][\w'’.-]+\s+){0,3})|(?-i:(?:[A-Z][\w'’.-]+\s+){1,3}))?"
    # "The army, which holds the city, said": an aside may come between too; a comma alone
    # inverts the report ("killed five villagers, said police chief Musa Bello": the
    # villagers are the story, not its source)
    aside = r"(?:,\s*(?:which|who)\s[^,;.]{1,80},\s*)?"
    # "Residents of the town of Qana said", "witnesses in Gao told": where they are
    where = (r"(?:(?:of|in|from)\s+(?:the\s+)?(?:(?:town|village|city|district|area|camp)\s+"
             r"of\s+)?(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+)?")
    return re.compile(rf"\s*{aside}\s*{where}{title}"
                      rf"(?:(?:also|later|earlier|has|had|have|on\s+\w+)\s+)*(?:{verbs})\b",
                      re.IGNORECASE)


def reporting_verbs() -> str:
    """The reporting verbs (geo/data/reporting_verbs.csv) as a regular-expression alternation."""
    words = [r["word"] for r in read_table("reporting_verbs")]
    return alternation(sorted(words, key=lambda w: len(re.escape(w)), reverse=True))


@cache
def _named_rows() -> tuple[tuple[str, str, str, str], ...]:
    """(pattern, actor, kind, country) per row."""
    return tuple((r["pattern"], r["actor"], r["kind"], r["country"]) for r in read_table("actors"))


@cache
def _named_pattern(row: int) -> tuple[re.Pattern, tuple[str, ...] | None]:
    """A named actor's pattern compiled, and its ``word_beginnings``, when a sentence first
    triggers its row: of the hundreds of groups in the table a run meets few, and the
    others cost no start-up time."""
    pattern = _named_rows()[row][0]
    return compile_prefiltered(pattern), word_beginnings(pattern)


@cache
def _actor_index() -> TriggerIndex:
    """The named actors' rows by their triggers, then the common nouns' rows, keyed after
    them: one look-up finds both of a sentence."""
    named = read_table("actors")
    return TriggerIndex([*((i, split_triggers(r["triggers"])) for i, r in enumerate(named)),
                         *((len(named) + i, split_triggers(r["triggers"]))
                           for i, r in enumerate(read_table("actor_nouns")))])


@cache
def _named_inter() -> dict[str, int]:
    return {r["actor"]: int(r["inter"]) for r in read_table("actors") if r["inter"]}


@cache
def _noun_rows() -> tuple[tuple[str, str, str], ...]:
    """(pattern, kind, assoc) per row."""
    return tuple((r["pattern"], r["kind"], r["assoc"]) for r in read_table("actor_nouns"))


@cache
def _noun_pattern(row: int) -> tuple[re.Pattern, tuple[str, ...] | None]:
    """A common noun's pattern compiled, and its ``word_beginnings``, when a sentence first
    triggers its row (as ``_named_pattern``)."""
    pattern = _noun_rows()[row][0]
    return compile_prefiltered(pattern), word_beginnings(pattern)



def demonym_country(word: str) -> str | None:
    """The country a demonym names ("Russian": RU), or None."""
    return _demonyms().get(word.lower())


@cache
def _demonyms() -> dict[str, str]:
    """Demonym (lower case) -> country, the first state listing it winning."""
    out: dict[str, str] = {}
    for r in read_table("states"):
        for d in r["demonyms"].split("|"):
            out.setdefault(d.strip().lower(), r["country"])
    return out


@cache
def _peoples() -> dict[str, str]:
    """A nation's people in the plural (lower case) -> country: the plurals of
    ``demonyms.csv`` ("Russians") and of the adjectives in ``states.csv`` that take an -s
    ("Kenyan": "Kenyans", "Somali": "Somalis"; not "Sudanese")."""
    out = {d.lower(): c for d, c in demonyms().items() if d.endswith("s")}
    for adjective, country in _demonyms().items():
        if adjective.endswith(("an", "i")) and " " not in adjective:
            out.setdefault(adjective + "s", country)
    return out


@cache
def _state_words() -> dict[str, str]:
    """Country names, short names and capitals (lower case) -> country."""
    out: dict[str, str] = {}
    for r in read_table("states"):
        out.setdefault(r["name"].lower(), r["country"])
        if r["capital"]:
            out.setdefault(r["capital"].lower(), r["country"])
    for r in read_table("country_aliases"):
        out.setdefault(r["alias"].lower(), r["country"])
    return out


@cache
def _state_first_words() -> frozenset[str]:
    """The first words (casefolded) of every demonym and state name."""
    return frozenset(re.split(r"[\s'’.-]", w.casefold())[0]
                     for w in (*_demonyms(), *_state_words()))


@cache
def _state_last_words() -> tuple[frozenset[str], frozenset[str]]:
    """The last words of every demonym, and of every state name and capital."""
    return (frozenset(d.split(" ")[-1] for d in _demonyms()),
            frozenset(w.split(" ")[-1] for w in _state_words()))


@cache
def _state_names() -> dict[str, str]:
    return {r["country"]: r["name"] for r in read_table("states")}


@cache
def _occupying_forces() -> dict[str, str]:
    """``holding_forces`` by ACLED's country names ("Palestine": "Israel")."""
    names = _state_names()
    return {names[territory]: names[state] for territory, state in holding_forces().items()}


@cache
def _state_codes() -> dict[str, str]:
    return {r["name"]: r["country"] for r in read_table("states")}
