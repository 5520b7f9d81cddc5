"""One event per real-world event: the one rule that says two reports are of the same event,
used within an article (``geo.events.extract``) and across the articles of a batch.

Two reports are of one event when they have the same event type, the same place (or one is
the region that holds the other), the same date (within a day across articles, whose
clocks and "overnight" differ; a week, month or year holds the days inside it), compatible
actors (a state's government and its forces are one side) and compatible figures ("6
killed" and "7 killed", not "2" and "40"). Two drone strikes a day apart in one city,
told by one article, stay two events.

Across articles the merged event lists every source sentence with its article, counts
independent sources (distinct outlets; syndicated copies count once) and keeps
conflicting figures visible in ``count_reports`` rather than averaging them. Like ACLED,
it codes the lowest reported fatality figure.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from geo.events.actors import GENERIC_NAMES, military_of, state_of
from geo.events.coding import complete, precedence
from geo.model import Area, Event, Place, Reading, km_between
from geo.text.spelling import plain

#: Reported figures are compatible when the larger is at most this factor of the smaller
#: plus a small slack ("6 killed" and "7 killed" are one strike; "2" and "40" are not).
COUNT_FACTOR, COUNT_SLACK = 2, 5
#: Days two day-precise reports of one event from different articles may lie apart (time
#: zones, "overnight"); within one article dates are read against one clock.
DATE_SLACK_DAYS = 1
#: Days a date of week precision ("late April") may lie from a day inside it.
WEEK_SLACK_DAYS = 4
#: How far a site named for a town ("Hodeidah port", "Goma airport") may lie from it and
#: still be "at" it; a site with a name of its own ("Nuseirat camp"), how far at most.
SITE_KM, OWN_SITE_KM = 25, 7
#: How far a district's point may lie from the town it is named for and still hold it.
DISTRICT_KM = 100
#: Event types one event may be reported as: a demonstration that turns violent is a riot.
SAME_EVENT_TYPES = ({"Protests", "Riots"},)
#: Event types whose two sides a report may name in either order (a battle; protesters and
#: the police who broke up their protest, or the police's excessive force against them).
_SIDES_SWAP = frozenset({"Battles", "Protests", "Riots"})
#: Place kinds from most to least specific; the merged event takes the most specific.
_KIND_ORDER = {"facility": 0, "city": 1, "admin2": 2, "admin1": 3, "region_other": 4}


@dataclass(frozen=True)
class ArticleReading:
    """One article's reading with its id in the batch and, if known, its URL.

    ``places`` are its distinct places with how many mentions each has, for a compact
    reading that keeps no mentions (``geo.batch.compact_reading``); empty when the
    reading's own mentions are there to count.
    """

    id: str
    reading: Reading
    url: str | None = None
    places: tuple[tuple[Place, int], ...] = ()

    def place_counts(self) -> tuple[tuple[Place, int], ...]:
        """Its distinct places (each with its most confident reading) and their mentions."""
        if self.places or not self.reading.mentions:
            return self.places
        counts = Counter(m.place for m in self.reading.mentions if m.place is not None)
        return tuple((p, counts[p]) for p in self.reading.places())

    @property
    def outlet(self) -> str:
        """The outlet that published it: the URL's host, else the article id."""
        host = urlsplit(self.url).hostname if self.url else None
        return host.removeprefix("www.") if host else self.id


def merge_readings(articles: list[ArticleReading], *, name: str = "batch") -> Reading:
    """One reading for a set of articles: their mentions, merged events and areas.

    Parameters
    ----------
    articles : list of ArticleReading
        The articles in input order; the result does not depend on anything else.
    name : str
        The merged reading's name.

    Returns
    -------
    Reading
        ``mentions`` are all articles' mentions (offsets refer to each one's own text),
        ``events`` come from ``merge_events``, an area stated by several articles is drawn
        once, ``published`` is the latest publication date and ``title`` says how many
        articles it covers.
    """
    dates = sorted(a.reading.published for a in articles if a.reading.published)
    span = f", published {dates[0]} to {dates[-1]}" if dates else ""
    return Reading(
        name=name,
        text=f"{len(articles)} articles{span}",
        published=dates[-1] if dates else None,
        mentions=[m for a in articles for m in a.reading.mentions],
        events=merge_events(articles),
        areas=merge_areas(articles),
    )


def merge_places(articles: list[ArticleReading]) -> list[tuple[Place, int]]:
    """Distinct places of many articles in order of first mention, each with its most
    confident reading and its mentions in all of them."""
    merged: dict[Place, list] = {}
    for article in articles:
        for place, count in article.place_counts():
            seen = merged.setdefault(place, [place, 0])
            if (place.confidence or 0) > (seen[0].confidence or 0):
                seen[0] = place
            seen[1] += count
    return [(place, count) for place, count in merged.values()]


@dataclass(frozen=True)
class Report:
    """One article's report of an event, as merging needs it.

    ``position`` is (the article's place in the input, the event's place in the article):
    merged events come in the order of their first reports' positions.
    """

    position: tuple[int, int]
    article: str
    outlet: str
    event: Event


#: What two reports of one event share (``merge_key``).
MergeKey = tuple[str, str | None, str | None]


def merge_key(event: Event) -> MergeKey:
    """Event type, country and first-level region: what two reports of one event share
    across articles, so each key's reports merge on their own (``merge_reports``), on this
    machine or on a cluster.

    ``same_event`` holds only for places of one country and first-level region (or both
    without one). A protest and a riot, which ``same_type`` allows within one article, are
    not merged across articles (nor were they before the merge was grouped).
    """
    return event.event_type, event.location.country, event.location.admin1_iso


def reports_by_key(articles: list[ArticleReading]) -> dict[MergeKey, list[Report]]:
    """The reports of many articles grouped by ``merge_key``, each group in input order.

    Parameters
    ----------
    articles : list of ArticleReading
        The articles in input order.

    Returns
    -------
    dict of MergeKey to list of Report
        In order of each key's first report.
    """
    groups: dict[MergeKey, list[Report]] = {}
    for i, article in enumerate(articles):
        outlet = article.outlet
        for j, event in enumerate(article.reading.events):
            report = Report((i, j), article.id, outlet, event)
            groups.setdefault(merge_key(event), []).append(report)
    return groups


def merge_events(articles: list[ArticleReading], *, advance=None) -> list[Event]:
    """Events of many articles, each real-world event once, in order of first report.

    Parameters
    ----------
    articles : list of ArticleReading
        The articles in input order.
    advance : callable, optional
        Called with the number of reports of each group merged (a progress bar's).

    Returns
    -------
    list of Event
        One event per group of reports (see the module docstring), with
        ``source_articles``, ``independent_sources`` and ``count_reports`` filled.
    """
    merged = []
    for group in reports_by_key(articles).values():
        merged += merge_reports(group)
        if advance is not None:
            advance(len(group))
    return in_input_order(merged)


def merge_reports(reports: list[Report]) -> list[tuple[tuple[int, int], Event]]:
    """Merge the reports of one ``merge_key``: each joins the first event, in input order,
    whose every report it agrees with (``same_event``), else starts one.

    Parameters
    ----------
    reports : list of Report
        Reports sharing one ``merge_key``, in input order.

    Returns
    -------
    list of (tuple of int, Event)
        Each merged event with its first report's position (``in_input_order`` sorts by it).
    """
    clusters: list[_Cluster] = []
    # Clusters of dated reports indexed by day, so a report is compared with the few
    # clusters it may join, whatever the group's size. An undated report joins none
    # (``_dates_agree``).
    index: dict[int, set[int]] = {}
    for report in reports:
        found = next((i for i in _nearby(index, report.event) if clusters[i].joins(report)),
                     None)
        if found is None:
            found = len(clusters)
            clusters.append(_Cluster())
        clusters[found].add(report)
        if report.event.date is not None:
            index.setdefault(report.event.date.toordinal(), set()).add(found)
    return [(c.reports[0].position, _combine(c.reports)) for c in clusters]


def in_input_order(merged: list[tuple[tuple[int, int], Event]]) -> list[Event]:
    """Merged events of all keys in order of their first reports' positions."""
    return [event for _, event in sorted(merged, key=lambda m: m[0])]


def _nearby(index: dict[int, set[int]], event: Event) -> list[int]:
    if event.date is None:
        return []
    day = event.date.toordinal()
    found = {
        i for d in range(day - DATE_SLACK_DAYS, day + DATE_SLACK_DAYS + 1) for i in index.get(d, ())
    }
    return sorted(found)


class _Cluster:
    """Reports of one event. A report joins when it comes from another article and agrees
    with every report in it; reports equal in everything ``same_event`` reads are compared
    once, so a widely reported event costs a few comparisons, not one per report."""

    def __init__(self) -> None:
        self.reports: list[Report] = []
        self.articles: set[str] = set()
        self.distinct: dict[tuple, Event] = {}

    def joins(self, report: Report) -> bool:
        return report.article not in self.articles and all(
            same_event(e, report.event) for e in self.distinct.values()
        )

    def add(self, report: Report) -> None:
        self.reports.append(report)
        self.articles.add(report.article)
        self.distinct.setdefault(_compared(report.event), report.event)


def _compared(event: Event) -> tuple:
    """What ``same_event`` reads of an event."""
    return (event.event_type, event.location, event.date, event.date_precision, event.actor1,
            event.fatalities, event.injured)


def same_event(a: Event, b: Event, *, across_articles: bool = True) -> bool:
    """Whether two reports are of one real-world event (the module docstring's rule).

    Parameters
    ----------
    a, b
        The two reports' events.
    across_articles
        Whether they come from different articles: then day-precise dates may differ by
        ``DATE_SLACK_DAYS``, and undated reports are never one event.
    """
    return (
        same_type(a.event_type, b.event_type)
        and {a.sub_event_type, b.sub_event_type} != _GROUND_BOTH_WAYS
        and not _other_developments(a, b)
        and _same_place(a.location, b.location)
        and _dates_agree(a, b, across_articles=across_articles)
        and _actors_agree(a, b)
        and _figures_agree(a.fatalities, b.fatalities)
        and _figures_agree(a.injured, b.injured)
    )


#: Ground taken and ground taken back: two events, however close ("overran the base ... the
#: army later said it had retaken it").
_GROUND_BOTH_WAYS = frozenset({"Non-state actor overtakes territory",
                               "Government regains territory"})


def _other_developments(a: Event, b: Event) -> bool:
    """Two strategic developments of different kinds: an arrest, a looting, a base set up
    and an agreement are each an event of their own, however close."""
    return (a.event_type == b.event_type == "Strategic developments"
            and a.sub_event_type != b.sub_event_type)


def same_type(a: str, b: str) -> bool:
    """Whether two event types may be reports of one event (equal, or a protest and a riot)."""
    return a == b or any(a in family and b in family for family in SAME_EVENT_TYPES)


def _same_place(a: Place, b: Place) -> bool:
    """The same place, a region and a place in it, or a town and a site at it ("Hodeidah"
    and "Hodeidah port")."""
    if a.country != b.country:
        return False
    if (a.name, a.kind, a.admin1_iso) == (b.name, b.kind, b.admin1_iso):
        return True
    if "admin1" in (a.kind, b.kind) and a.kind != b.kind:
        return a.admin1_iso is not None and a.admin1_iso == b.admin1_iso
    if {a.kind, b.kind} == {"city", "facility"} and a.admin1_iso == b.admin1_iso:
        town, site = (a, b) if a.kind == "city" else (b, a)
        named_for = name_head(town) in site.name.lower()
        return km_between(a.lat, a.lon, b.lat, b.lon) <= (SITE_KM if named_for else OWN_SITE_KM)
    return town_and_its_district(a, b)


def town_and_its_district(a: Place, b: Place) -> bool:
    """Whether one place is a town and the other the district named for it ("Bannu" and
    "Bannu District", "Beni" and the Beni territory), which holds it."""
    if {a.kind, b.kind} != {"city", "admin2"} or a.admin1_iso != b.admin1_iso:
        return False
    town, district = (a, b) if a.kind == "city" else (b, a)
    return name_head(district) == name_head(town) and (
        km_between(a.lat, a.lon, b.lat, b.lon) <= DISTRICT_KM)


def name_head(place: Place) -> str:
    """The first word of a place's name, lower case: what a site or district named for a
    town shares with it ("Goma" of "Goma airport", "Bannu" of "Bannu District"), accents
    dropped (the "Punch" district holds "Pūnch")."""
    return (plain(place.name).split() or [""])[0].lower()


def _dates_agree(a: Event, b: Event, *, across_articles: bool) -> bool:
    if a.date is None or b.date is None:
        return not across_articles and a.date is None and b.date is None
    pa, pb = a.date_precision or "day", b.date_precision or "day"
    if pa == pb == "day":
        return abs((a.date - b.date).days) <= (DATE_SLACK_DAYS if across_articles else 0)
    coarse = max(pa, pb, key=("day", "week", "month", "year").index)
    if coarse == "year":
        return a.date.year == b.date.year
    if coarse == "month":
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)
    return abs((a.date - b.date).days) <= WEEK_SLACK_DAYS


def _actors_agree(a: Event, b: Event) -> bool:
    """The actors who act agree, where both reports name one; a state's government and its
    forces count as one side; in a battle either side may be named first. (Who was hit is
    told in too many ways to compare, but outside battles and demonstrations the side one
    report hits is not the other's doer: an air strike on the RSF and the RSF's shelling
    are two events.)"""
    x, y = a.actor1, b.actor1
    if a.event_type not in _SIDES_SWAP and any(
            p.actor2 is not None and q.actor1 is not None and _side(p.actor2) == _side(q.actor1)
            for p, q in ((a, b), (b, a))):
        return False
    if x is None or y is None or _same_side(x, y):
        return True
    if a.event_type != "Battles" or b.event_type != "Battles":
        return False
    # the sides swapped; a report that names one side only names either
    return (a.actor2 is not None and _same_side(y, a.actor2)
            and (b.actor2 is None or _same_side(x, b.actor2))) or (
        b.actor2 is not None and _same_side(x, b.actor2) and a.actor2 is None)


def _same_side(x: str, y: str) -> bool:
    """One side: the same actor, or an unidentified armed group and a group a report names
    (a later claim names the "gunmen" of another report)."""
    return _side(x) == _side(y) or any(
        p.startswith(_UNIDENTIFIED) and state_of(q) is None for p, q in ((x, y), (y, x)))


#: How ACLED names an armed group no report names: "Unidentified Armed Group (Sudan)".
_UNIDENTIFIED = GENERIC_NAMES["unidentified"].split(" (")[0]


@lru_cache(maxsize=4096)
def _side(actor: str) -> str:
    """The side an actor stands for: a state's government is its forces, rioters are the
    protesters they were, and people of any nation at one demonstration are one crowd
    ("Syrians also took part in the protest")."""
    return _CROWD.sub("Protesters", military_of(actor))


#: ACLED's name of a crowd, with the nation it is of: "Rioters (Lebanon)".
_CROWD = re.compile(r"^(?:Rioters|Protesters) \(.*\)$")


def _figures_agree(x: int | None, y: int | None) -> bool:
    if x is None or y is None:
        return True
    return max(x, y) <= COUNT_FACTOR * min(x, y) + COUNT_SLACK


def _combine(reports: list[Report]) -> Event:
    events = [r.event for r in reports]
    first = min(
        events, key=lambda e: (e.geo_precision, _KIND_ORDER.get(e.location.kind, 9))
    )
    strongest = min(events, key=lambda e: precedence(e.event_type, e.sub_event_type))
    same = [e for e in events if e.event_type == strongest.event_type]
    merged = replace(
        events[0],
        event_type=strongest.event_type,
        sub_event_type=_most_common(e.sub_event_type for e in same),
        location=first.location,
        geo_precision=first.geo_precision,
        date=_usual_date(events),
        actor1=next((e.actor1 for e in events if e.actor1), None),
        actor2=next(
            (e.actor2 for e in events if e.actor2 and e.actor2 != events[0].actor1), None
        ),
        fatalities=_lowest(e.fatalities for e in events),
        injured=_lowest(e.injured for e in events),
        counts={
            what: _lowest(e.counts.get(what) for e in events)
            for what in dict.fromkeys(w for e in events for w in e.counts)
        },
        sources=[s for e in events for s in e.sources],
        spans=[s for e in events for s in e.spans],
        source_articles=[r.article for r in reports for _ in r.event.sources],
        independent_sources=_independent(reports),
        count_reports=_count_reports(reports),
        source="; ".join(dict.fromkeys(e.source for e in events if e.source)) or None,
        # recomputed from the merged actors, type and figures
        inter1=None, inter2=None, interaction=None, civilian_targeting=None,
        disorder_type=None, notes="",
    )
    return complete(merged)


def _most_common(values) -> str:
    counted = Counter(values)
    top = max(counted.values())
    return next(v for v in counted if counted[v] == top)


def _usual_date(events: list[Event]) -> date | None:
    """The date most reports give; on a tie, the earliest."""
    counted = Counter(e.date for e in events)
    return min(counted, key=lambda d: (-counted[d], d))


def _lowest(values) -> int | None:
    known = [v for v in values if v is not None]
    return min(known) if known else None


def _independent(reports: list[Report]) -> int:
    """Distinct outlets, where articles with the same reporting sentences are one copy."""
    groups: list[tuple[set[str], set[frozenset[str]]]] = []
    for r in reports:
        outlet, text = r.outlet, frozenset(" ".join(s.split()) for s in r.event.sources)
        matching = [g for g in groups if outlet in g[0] or text in g[1]]
        merged = ({outlet}, {text})
        for g in matching:
            merged[0].update(g[0])
            merged[1].update(g[1])
            groups.remove(g)
        groups.append(merged)
    return len(groups)


def _count_reports(reports: list[Report]) -> str:
    """Each figure the reports disagree on, as '6 killed (a), 7 killed (b)'."""
    figures = [("killed", lambda e: e.fatalities), ("injured", lambda e: e.injured)]
    things = dict.fromkeys(w for r in reports for w in r.event.counts)
    figures += [(what, lambda e, w=what: e.counts.get(w)) for what in things]
    parts = []
    for label, of in figures:
        stated = [(of(r.event), r.article) for r in reports if of(r.event) is not None]
        if len({n for n, _ in stated}) > 1:
            parts.append(", ".join(f"{n:,} {label} ({who})" for n, who in stated))
    return "; ".join(parts)


def merge_areas(articles: list[ArticleReading]) -> list[Area]:
    """Areas of many articles; one stated by several (same region, size and actor) once."""
    merged: dict[tuple, Area] = {}
    for article in articles:
        for area in article.reading.areas:
            key = (area.region.admin1_iso, area.area_km2_stated, area.actor)
            if key in merged:
                merged[key].sources.extend(area.sources)
            else:
                merged[key] = replace(area, sources=list(area.sources), spans=list(area.spans))
    return list(merged.values())
