"""ACLED's fields of an event: actor names and types, interaction, disorder type, civilian
targeting, region, source and scale, and a one-sentence summary for people.

The ACLED codebook defines each [C2][C5][C11][C12]: ``inter1``/``inter2`` are the actor
types (1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5
rioters, 6 protesters, 7 civilians, 8 external or other forces, state forces abroad
included); ``interaction`` is the two types, the lower first, or the one type times ten
for an actor alone; the disorder type follows the sub-event type (``geo/data/event_types.csv``)
and the region the country (``geo/data/acled_regions.csv``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from urllib.parse import urlsplit

from geo.events.actors import (
    GENERIC_NAMES,
    PEOPLE,
    STATE,
    ActorMention,
    forces_holding,
    home_countries,
    inter_code,
    military_of,
    state_name,
    state_of,
)
from geo.model import Event, Place
from geo.sources.tables import read_table

CIVILIAN_TARGETING = "Civilian targeting"
#: Event types that always have a perpetrator: one the report leaves unnamed is an
#: unidentified armed group [C2].
PERPETRATED = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
#: Event types whose target is always civilians: one the report leaves unnamed is the
#: civilians of the event's country [C2].
ON_CIVILIANS = frozenset({"Violence against civilians"})
#: Sub-event types whose victims, where the report names none, are civilians: the people a
#: mob attacks, the owners of what is looted or destroyed [C2].
CIVILIANS_UNNAMED = frozenset({"Mob violence", "Looting/property destruction"})
#: Event types of remote weapons: the unarmed people they kill or hurt are civilians [C2].
REMOTE = frozenset({"Explosions/Remote violence"})
#: Event types a state fights with its forces, never its government [C2].
FOUGHT = frozenset({"Battles", "Explosions/Remote violence"})
#: Kinds of state actor that bear no arms: violence against them is against civilians, and
#: ACLED names their government beside the civilians (assoc_actor_2) [C2].
UNARMED_STATE = frozenset({"official", "government"})


def code_event(
    event: Event,
    *,
    agent: ActorMention | None,
    target: ActorMention | None,
    role1: str | None = None,
    role2: str | None = None,
    outlet: str | None = None,
) -> Event:
    """The event with its actors named the ACLED way and every other ACLED field filled.

    Parameters
    ----------
    event
        An event with its type, place, date and figures.
    agent, target
        Who acts and who is hit, as named in the text.
    role1, role2
        What people do in the event: "protesters", "rioters" (for the agent) or
        "civilians" (for the target); a crowd with no noun of its own is still named.
    outlet
        The outlet that published the report.
    """
    country = state_name(event.location.country) or event.location.country
    agent, target = (_branch(_at_home(x, event.location.country), event.location)
                     for x in (agent, target))
    target = _holder(target, agent)
    if event.sub_event_type == "Agreement":
        country = _home_of_sides(agent, target) or country
    actor1 = agent.acled_name(_forces_country(agent, event.location, country),
                              role=role1) if agent else None
    if actor1 and event.event_type in FOUGHT:
        actor1 = military_of(actor1)  # "a government drone strike": its forces fight
    if actor1 is None and role1 in ("protesters", "rioters", "civilians") and country:
        actor1 = f"{role1.capitalize()} ({country})"
    unnamed = actor1 is None and event.event_type in PERPETRATED and country is not None
    if unnamed:
        actor1 = GENERIC_NAMES["unidentified"].format(country=country)
    elif country and ((event.sub_event_type == "Arrests" and (
            actor1 is None or agent.kind in UNARMED_STATE)) or (
            event.event_type in ON_CIVILIANS and agent is not None
            and agent.kind == "government")):
        # "were arrested", "the authorities arrested", "the authorities flogged": by police
        where = (state_name(agent.country) if agent and agent.country else None) or (
            _forces_country(replace(agent, kind="police") if agent else None, event.location,
                            country))
        actor1 = GENERIC_NAMES["police"].format(country=where)
    actor2 = target.acled_name(_forces_country(target, event.location, country),
                               role=role2 or "civilians") if target else None
    government = None
    if target is not None and target.kind in UNARMED_STATE and event.event_type in ON_CIVILIANS:
        government, actor2 = actor2, None  # "gunmen killed a mayor": a civilian official
    two_unnamed_militias = (agent is not None and target is not None and agent is not target
                            and agent.kind == target.kind == "identity_militia"
                            and agent.start != target.start)
    if actor2 == actor1 and role2 != "rioters" and not two_unnamed_militias:
        # one side named twice; rioters may fight rioters ("each other"), and two unnamed
        # communal militias each other ("herders and farmers clashed")
        actor2 = None
    if actor2 is None and country and (event.event_type in ON_CIVILIANS or (
            role2 == "civilians" and (event.sub_event_type in CIVILIANS_UNNAMED or (
                event.event_type in REMOTE and (event.fatalities or event.injured))))):
        # the people a mob hit, whose property was looted, or whom a bomb killed or hurt,
        # with no noun of their own ("a mob lynched a man", "soldiers looted the market", "a
        # grenade exploded at a bus stop, killing one person")
        actor2 = GENERIC_NAMES["civilians"].format(country=country)
    if event.event_type == "Battles" and actor2 is not None and actor2.startswith(_CIVILIANS):
        # a battle is fought by armed sides: people who fell in it ("clashes between the
        # fighters and tribesmen killed 30 people") are not its second side
        actor2, target = None, None
    if actor2 is None and actor1 and country and event.event_type == "Battles":
        # a battle has two sides [C2]: the report names one ("troops captured the village",
        # "gunmen clashed near the market"); the other is the forces of the state at war
        # with it; for ground an armed group takes, the state's forces that held it ("Fano
        # fighters took control of the town"); else an armed group the report leaves unnamed
        holder = GENERIC_NAMES["military"].format(country=country) if (
            event.sub_event_type == "Non-state actor overtakes territory"
            and agent is not None and agent.kind not in _FORCES) else None
        # ... and a gang's unnamed foe is another gang ("rival gangs fought a gun battle"):
        # a state's forces would be named
        unnamed_foe = GENERIC_NAMES["gang" if agent is not None and agent.kind == "gang"
                                    else "unidentified"].format(country=country)
        actor2 = _enemy_forces(agent, event) or holder or unnamed_foe
    if event.sub_event_type == "Non-violent transfer of territory" and country:
        # ground changes hands between two sides [C2]: a state's forces that left it to no
        # one named left it to the state at war with theirs, else to an armed group; an armed
        # group left it to the state's forces; the side that took it from no one named took
        # it from that enemy
        if actor1 is None and target is not None:
            actor1 = _enemy_forces(target, event) or GENERIC_NAMES[
                "unidentified" if target.kind in STATE else "military"].format(country=country)
        elif actor2 is None and agent is not None:
            actor2 = _enemy_forces(agent, event)
    assoc1 = _assoc(agent, country) if role1 in ("protesters", "rioters") else None
    assoc2 = government or (
        _assoc(target, country) if actor2 and actor2.startswith(_CIVILIANS) else None)
    kind1 = role1 or (agent.kind if agent else "unidentified" if unnamed else None)
    kind2 = (role2 or "civilians") if target is not None and (
        target.kind in PEOPLE or government) else (target.kind if target else None)
    coded = replace(
        event, actor1=actor1, actor2=actor2, assoc_actor_1=assoc1, assoc_actor_2=assoc2,
        inter1=_inter(actor1, kind1, event), inter2=_inter(actor2, kind2, event),
        source=outlet or event.source, source_scale=source_scale(outlet or event.source),
    )
    _fill_implied(coded)  # ``coded`` is a new copy: filled in place
    return coded


def _forces_country(actor: ActorMention | None, place: Place, country: str | None) -> str | None:
    """The country a state force the text names without a state belongs to: a de facto state's
    where it governs the place (``de_facto_states.csv``: police in Burao are Somaliland's),
    else ``country``, the event's."""
    if actor is None or actor.name or actor.country or actor.kind not in _FORCES:
        return country
    return _de_facto_states().get((place.country, place.admin1_name)) or country


#: Kinds of actor that are a state's forces.
_FORCES = frozenset({"military", "police", "weapon"})
#: How ACLED's names of civilians begin: "Civilians (Sudan)".
_CIVILIANS = GENERIC_NAMES["civilians"].split(" (")[0]


def _enemy_forces(agent: ActorMention | None, event: Event) -> str | None:
    """The forces of the state at war with the agent's state (``states_at_war.csv``) on the
    event's day, where the event is in either's territory."""
    if agent is None or agent.kind not in _FORCES or event.date is None:
        return None
    own = agent.country or event.location.country
    for row in _wars().get(own, []):
        if row["since"] <= event.date.isoformat() <= (row["until"] or "9999") and (
                event.location.country in (own, row["enemy"])):
            name = state_name(row["enemy"])
            return GENERIC_NAMES["military"].format(country=name) if name else None
    return None


@cache
def _wars() -> dict[str, list[dict[str, str]]]:
    """``states_at_war`` rows by state."""
    rows: dict[str, list[dict[str, str]]] = {}
    for r in read_table("states_at_war"):
        rows.setdefault(r["state"], []).append(r)
    return rows


def _at_home(actor: ActorMention | None, country: str | None) -> ActorMention | None:
    """An identity militia the tables know in some lands only (actors.csv ``active_in``) is,
    in another land, an armed group of no known name: settlers in Plateau State are not
    Israel's."""
    if actor is None or actor.kind != "identity_militia" or country is None:
        return actor
    homes = home_countries([actor])
    return actor if not homes or country in homes else replace(actor, name=None,
                                                                kind="unidentified")


def _branch(actor: ActorMention | None, place: Place) -> ActorMention | None:
    """A worldwide group named where it has a branch of its own is that branch
    (``actor_branches.csv``): "al Qaeda" in Yemen is AQAP, "ISIS" in Borno is ISWAP."""
    if actor is None or actor.name is None:
        return actor
    branches = _branches()
    branch = branches.get((actor.name, place.admin1_iso)) or branches.get(
        (actor.name, place.country))
    return replace(actor, name=branch) if branch else actor


def _home_of_sides(agent: ActorMention | None, target: ActorMention | None) -> str | None:
    """The state of an agreement's sides where the text names one state's government among
    them: "the government of Chad and a rebel coalition signed a peace accord in Doha" are
    Chad's government and Chad's rebels, wherever they sign; a government or forces named
    without their state are those of the one country the group beside them fights in. Troops
    may fight abroad, so "Turkish troops and the rebels signed a ceasefire in Manbij" lend the
    rebels no state."""
    sides = [x for x in (agent, target) if x is not None]
    homes = {x.country for x in sides if x.country and x.kind in ("government", "official")}
    if not homes and any(x.kind in ("government", "official") or (
            x.kind in _FORCES and not x.country and not x.name) for x in sides):
        # "the government (the army) and the ELN signed a truce in Havana": the state of the
        # one country the group fights in, not the host's
        homes = set(home_countries([x for x in sides if x.kind not in STATE]))
    return state_name(homes.pop()) if len(homes) == 1 else None


def _holder(target: ActorMention | None, agent: ActorMention | None) -> ActorMention | None:
    """The forces that hold a site others attack ("gunmen attacked a police station": the
    police; "Russian troops attacked Ukrainian positions": Ukraine's); a site a state's own
    forces attack is the enemy's, left unnamed unless the text says whose."""
    if target is None or target.kind != "armed_site" or (
            agent is not None and agent.kind in STATE and (
                target.country is None or target.country == agent.country)):
        return target
    return forces_holding(target)


def complete(event: Event) -> Event:
    """The event with the ACLED fields its type, actors and place imply filled in where
    empty: actor types, interaction, disorder type, civilian targeting, region, summary."""
    done = replace(event)
    _fill_implied(done)
    return done


def _fill_implied(event: Event) -> None:
    """``complete``, in place."""
    inter1 = event.inter1 if event.inter1 is not None else _inter(event.actor1, None, event)
    inter2 = event.inter2 if event.inter2 is not None else _inter(event.actor2, None, event)
    civilians = event.event_type == "Violence against civilians" or inter2 == 7
    event.interaction = event.interaction or interaction(inter1, inter2)
    event.inter1, event.inter2 = inter1, inter2
    event.disorder_type = event.disorder_type or disorder_type(event.event_type,
                                                               event.sub_event_type)
    event.civilian_targeting = event.civilian_targeting or (CIVILIAN_TARGETING if civilians
                                                            else None)
    event.region = event.region or acled_region(event.location.country)
    if not event.notes:
        event.notes = summary(event)


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the lower type first; ``X0`` for one actor alone."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def disorder_type(event_type: str, sub_event_type: str) -> str | None:
    """ACLED's disorder type of a sub-event type (``geo/data/event_types.csv``)."""
    return _event_types().get((event_type, sub_event_type), (None, None))[0]


def precedence(event_type: str, sub_event_type: str) -> int:
    """How specific a sub-event type is (lower is more): its row in ``geo/data/event_types.csv``,
    which lists them in ACLED's order of precedence."""
    keys = list(_event_types())
    key = (event_type, sub_event_type)
    return keys.index(key) if key in keys else len(keys)


def acled_region(country: str | None) -> str | None:
    """ACLED's region of a country (alpha-2), e.g. 'Eastern Africa'."""
    return _regions().get(country) if country else None


def source_scale(outlet: str | None) -> str | None:
    """ACLED's source scale of a known outlet (``geo/data/news_sources.csv``), else None."""
    if not outlet:
        return None
    key = outlet.lower().removeprefix("www.")
    return _scales().get(key)


def outlet_of(*, url: str | None = None, site_name: str | None = None,
              agency: str | None = None) -> str | None:
    """Who published an article: its site's name, else its web host, else the dateline's
    agency ('Reuters'), spelled as ``geo/data/news_sources.csv`` spells it; never a file name."""
    if site_name and site_name.strip():
        return _canonical(site_name.strip())
    host = urlsplit(url).hostname if url else None
    if host:
        return _canonical(host.removeprefix("www."))
    return _canonical(agency.strip()) if agency and agency.strip() else None


def summary(event: Event) -> str:
    """One sentence that says what happened, where, when, by whom and to whom.

    Examples: "Air or drone strike by Military Forces of Israel against Civilians (Lebanon)
    in Nabatieh, Nabatieh, Lebanon on 16 October 2024, killing 16 and injuring 52."
    """
    _disorder, what, actor2_word = _event_types().get(
        (event.event_type, event.sub_event_type), (None, None, ""))
    what = what or event.sub_event_type
    parts = [what[:1].upper() + what[1:]]  # "Explosive device, landmine or IED"
    if event.actor1:
        parts.append(f"by {event.actor1}")
    actor2_word = actor2_word or "against"
    if event.actor2:
        parts.append(f"{actor2_word} {event.actor2}")
    elif actor2_word.endswith(" by"):  # "Protest ... met with intervention in Nairobi"
        parts.append(actor2_word.removesuffix(" by"))
    parts.append(_where(event))
    parts.append(_when(event))
    text = " ".join(p for p in parts if p)
    figures = []
    if event.fatalities:
        figures.append(f"killing {event.fatalities:,}")
    if event.injured:
        figures.append(f"injuring {event.injured:,}")
    if figures:
        text += ", " + " and ".join(figures)
    return text + "."


def _where(event: Event) -> str:
    """ "in Nabatieh, Nabatieh, Lebanon", or "near Bama, Borno, Nigeria" for a town the event
    was near (geo-precision 2)."""
    place = event.location
    country = state_name(place.country) or place.country
    names = [place.name]
    if place.admin1_name and place.admin1_name != place.name:
        names.append(place.admin1_name)
    if country and place.kind != "country":
        names.append(country)
    near = event.geo_precision == 2 and place.kind in ("city", "facility")
    return ("near " if near else "in ") + ", ".join(names)


def _when(event: Event) -> str:
    d = event.date
    if d is None:
        return "(date unknown)"
    month = d.strftime("%B")  # calendar.month_name builds a date to format each time
    if event.date_precision == "month":
        return f"in {month} {d.year}"
    if event.date_precision == "year":
        return f"in {d.year}"
    if event.date_precision == "week":
        return f"in the week of {d.day} {month} {d.year}"
    return f"on {d.day} {month} {d.year}"


def _inter(actor: str | None, kind: str | None, event: Event) -> int | None:
    code = inter_code(actor, kind)
    home = state_of(actor)
    if code == 1 and home and event.location.country and home != event.location.country:
        return 8  # state forces outside their country: external forces [C2]
    return code


def _assoc(actor: ActorMention | None, country: str | None) -> str | None:
    if actor is None or not actor.assoc or not country:
        return None
    return actor.assoc.format(country=country)


def _canonical(name: str) -> str:
    """An outlet's usual name when the news-source table knows it ('reuters.com' -> 'Reuters')."""
    return _names().get(name.lower().removeprefix("www."), name)


@cache
def _de_facto_states() -> dict[tuple[str, str], str]:
    """(country, region name) -> the de facto state governing it (``de_facto_states.csv``)."""
    return {(r["country"], r["region"]): r["state"] for r in read_table("de_facto_states")}


@cache
def _branches() -> dict[tuple[str, str], str]:
    """(group, country or first-level region) -> the group's branch there."""
    return {(r["group"], r["where"]): r["branch"] for r in read_table("actor_branches")}


@cache
def _event_types() -> dict[tuple[str, str], tuple[str, str, str]]:
    """(type, sub-type) -> its disorder type, summary phrase and the word before actor2."""
    return {(r["event_type"], r["sub_event_type"]): (r["disorder_type"], r["summary"],
                                                    r["actor2_word"])
            for r in read_table("event_types")}


@cache
def _regions() -> dict[str, str]:
    return {r["country"]: r["region"] for r in read_table("acled_regions")}


def _source_keys(row: dict) -> list[str]:
    return [row["name"], *row["aliases"].split("|"), *row["hosts"].split("|")]


@cache
def _names() -> dict[str, str]:
    return {k.strip().lower(): r["name"] for r in read_table("news_sources")
            for k in _source_keys(r) if k.strip()}


@cache
def _scales() -> dict[str, str]:
    return {k.strip().lower(): r["scale"] for r in read_table("news_sources")
            for k in _source_keys(r) if k.strip()}
