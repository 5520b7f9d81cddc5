"""Events: ACLED-style records read from the sentences of an article.

Each sentence is cut into clauses at subordinators ("hours after", "since", "when",
", and"). A clause with an event cue (``data/event_cues.csv``) becomes a candidate
event with its own place (the most specific place named in the clause, or the place a
phrase like "the area" refers back to), its own date (a date of the event beats the
date a statement was made), its actors and its counts. Candidates that report the
same real-world event are then merged; those with no place below country level or no
date are dropped, as ACLED does.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from geo.actors import REPORTING_VERBS, ActorMention, find_actors, military_of
from geo.dates import NUMBER_WORDS, DateMatch, find_dates, read_number
from geo.model import DatePrecision, Event, Mention, Place
from geo.sentences import split_sentences
from geo.tables import read_table
from geo.word_starts import WordStartIndex

#: How specific a place kind is, most specific first; countries and water never locate events.
KIND_RANK = {"facility": 0, "city": 1, "admin2": 2, "admin1": 3, "region_other": 4}
#: Words that refer back to a place named before ("the area", "there", "the city's").
ANAPHOR = re.compile(
    r"\bthere\b|\bthe\s+(?:\w+\s+)?(?P<noun>area|region|city|town|village|location|site|"
    r"settlement|district|province|oblast)\b",
    re.IGNORECASE,
)
_ANAPHOR_KINDS = {
    "city": ("city",), "town": ("city",), "village": ("city",), "settlement": ("city",),
    "region": ("admin1", "region_other"), "province": ("admin1",), "oblast": ("admin1",),
    "district": ("admin2", "city"),
}  # fmt: skip
#: Words before a place that put the event near it, not at it (ACLED geo-precision 2).
NEAR = re.compile(
    r"(?:\bnear|\baround|\boutside|\bclose to|\boutskirts of|\bvicinity of|\bsuburbs of)\s+"
    r"(?:the\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: A place named only as the reason for another event ("in retaliation for Belgorod").
NOT_LOCATION = re.compile(r"\b(?:retaliation|response|revenge)\s+(?:for|to)\s+(?:the\s+)?$", re.I)
#: Clause boundaries inside a sentence.
CLAUSE_BREAK = re.compile(
    r";\s*|,\s+(?=(?:and|but)\s)|(?:,\s*|\s+)(?=(?:(?:a few|some|several|just|only|two|three)\s+)?"
    r"(?:(?:hours?|days?|minutes|weeks)\s+)?(?:after|before|since|while|whereas|when|where|"
    r"even as|until)\b(?!\s+(?:midnight|dark|dawn|noon|sunset|sunrise)))",
    re.IGNORECASE,
)
#: A date right after a reporting verb is when something was said ("said on Wednesday").
SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|stated|announced|declared|claimed|confirmed|reported|posted|told\s+\w+|"
    r"added|wrote|released|statement|described)\s*,?\s*$",
    re.IGNORECASE,
)
#: A date at the head of its clause, a few words before a reporting verb ("on Tuesday, he said"),
#: matched at the end of the date.
SPEECH_AFTER = re.compile(rf"\W*(?:[\w'’-]+\s+){{0,6}}?\b(?:{REPORTING_VERBS})\b")
#: A sentence that goes on with the previous one's statement ("He said ...").
CONTINUES_STATEMENT = re.compile(
    r"^\s*(?:He|She|It|They|The\s+(?:\w+\s+){0,2}(?:ministry|military|army|governor|official|"
    r"spokesman|spokeswoman|statement|agency))\s+(?:also\s+)?(?:said|added|stated|told)\b"
)
#: Counts have at most 10 digits: a larger figure (more than live on Earth) is no count of
#: people or things, and would not fit the 64-bit integers of the outputs.
MAX_COUNT_DIGITS = 10
_NUM = r"(?:\d[\d,]*|" + "|".join(w for w in NUMBER_WORDS if w not in ("a", "an")) + ")"
_PERSON_SINGULAR = (
    r"man|woman|child|boy|girl|person|civilian|soldier|serviceman|servicewoman|fighter|"
    r"mayor|commander|leader|official|officer|wife|husband|son|daughter|mother|father|brother|"
    r"sister|baby|journalist|reporter|teenager|resident|member|guard|policeman|doctor|"
    r"paramedic|worker|militant|chief|governor|deputy|other"
)
_PERSON_PLURAL = (
    r"people|persons|men|women|children|boys|girls|civilians|soldiers|servicemen|fighters|"
    r"officials|officers|sons|daughters|babies|journalists|reporters|teenagers|residents|"
    r"members|guards|policemen|doctors|paramedics|workers|militants|others|troops|more|"
    r"family members|relatives|passengers|students|pupils|villagers"
)
_PERSON = re.compile(
    rf"(?:\b(?P<num>{_NUM})\s+(?:(?:other|more|of\s+the|further|additional|[a-z]+-?[a-z]*)\s+)?"
    rf"(?P<plural>{_PERSON_PLURAL})\b|\b(?P<num2>{_NUM})\s+(?P<more>more|others)\b|"
    rf"(?P<det>^|\ba|\ban|\bthe|\bhis|\bher|\btheir|\bits|\b\w+['’]s|\band|,)\s+"
    rf"(?:(?!{_NUM}\b)\w+\s+)?(?P<single>{_PERSON_SINGULAR})\b)",
    re.IGNORECASE,
)
_KILL = r"(?:killed|killing|kills?|left\s+dead|leaving)"
_HURT = r"(?:injur(?:ed|ing|es|e)|wound(?:ed|ing|s)?|hurt)"
#: "N people were killed", "the 28 people hurt", "24 dead".
_PASSIVE = re.compile(
    rf"(?P<np>\b{_NUM}\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_PLURAL}))\s+"
    rf"(?:(?:were|was|had\s+been|have\s+been|has\s+been|are)\s+)?(?:also\s+)?"
    rf"(?P<verb>{_KILL}|{_HURT}|dead|died)\b",
    re.IGNORECASE,
)
#: "killing six people": the verb; who it hurt runs to ``_STOP`` or the next full stop or ";".
_ACTIVE = re.compile(rf"\b(?P<verb>{_KILL}|{_HURT})\b", re.IGNORECASE)
_STOP = re.compile(
    rf"\b(?:and\s+)?(?:{_KILL}|{_HURT})\b|\b(?:when|while|after|before|according|including|"
    r"among\s+them|of\s+them|said|says|in\s+(?:their|his|her|the)\s+home)\b|\s+in\s+(?=(?-i:[a-z]))",
    re.IGNORECASE,
)
#: Counted things other than people: "159 drones", "six missiles".
_THINGS = re.compile(
    rf"\b(?P<num>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?P<thing>drones|missiles|rockets|shells|"
    r"bombs|aircraft|helicopters|tanks|settlements|villages|buildings|houses|homes)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Cue:
    rx: re.Pattern
    event_type: str
    sub_event_type: str
    kind: str
    priority: int


@dataclass
class _Candidate:
    event_type: str
    sub_event_type: str
    priority: int
    kind: str
    position: int
    place: Place | None = None
    precision: int = 3
    country_only: str | None = None
    date: date | None = None
    date_precision: DatePrecision | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    _spans_seen: set[tuple[int, int]] = field(default_factory=set)

    def add_source(self, sentence: str, span: tuple[int, int]) -> None:
        """Quote a sentence (at ``span`` in the article) as a source, once."""
        if span not in self._spans_seen:
            self._spans_seen.add(span)
            self.sources.append(sentence)
            self.spans.append(span)


def extract_events(text: str, mentions: list[Mention], *, published: date | None) -> list[Event]:
    """ACLED-style events reported in an article.

    Parameters
    ----------
    text
        The article, headline included.
    mentions
        The place mentions found in ``text``, in order, with their resolved places.
    published
        The publication date, against which "on Tuesday" or "last month" resolve.

    Returns
    -------
    list[Event]
        One event per real-world event located below country level and dated, in order
        of first report.
    """
    located = [m for m in mentions if m.place is not None]
    regions = {m.place.admin1_iso: m.place for m in located if m.place.kind == "admin1"}
    candidates: list[_Candidate] = []
    anchor: date | None = None
    previous: _SentenceContext | None = None
    starts = [m.start for m in located]  # in text order: each sentence takes its slice
    for start, end in split_sentences(text):
        sentence = text[start:end]
        near = located[bisect_left(starts, start) : bisect_right(starts, end)]
        ctx = _SentenceContext(start, end, sentence, near, published, anchor, previous)
        found = ctx.candidates(regions)
        if not found and previous is not None and previous.events and not ctx.places:
            _add_followup_counts(previous.events[-1], sentence, (start, end))
        candidates.extend(found)
        ctx.events = found
        if ctx.dates:
            anchor = ctx.dates[-1].date
        previous = ctx
        oldest = ctx  # what last_place reads back to; earlier sentences may go
        for _ in range(_SENTENCES_BACK):
            oldest = oldest.previous if oldest is not None else None
        if oldest is not None:
            oldest.previous = None
    return [_to_event(c) for c in _merge(candidates)]


#: How many sentences back "the area" or "there" may refer.
_SENTENCES_BACK = 3
#: Cues at or below this priority (generic "hit", weak "killed", visits) make an event only
#: in a sentence naming an armed or state actor or a weapon (see data/event_cues.csv).
ACTOR_OPTIONAL_ABOVE = 40


class _SentenceContext:
    """One sentence: its clauses, places, dates and actors, and the events read from it.

    Everything a clause asks about (its places, dates, actors, the words before a place)
    is looked up by offset, so a long sentence costs time in proportion to its length.
    """

    def __init__(
        self,
        start: int,
        end: int,
        sentence: str,
        mentions: list[Mention],
        published: date | None,
        anchor: date | None,
        previous: _SentenceContext | None,
    ):
        self.start, self.end, self.text = start, end, sentence
        self.mentions = [m for m in mentions if start <= m.start and m.end <= end]
        self.places = [m for m in self.mentions if m.place.kind in KIND_RANK]
        self._kind_places: dict[str, list[int]] = {}  # indexes into self.places, by kind
        for i, m in enumerate(self.places):
            self._kind_places.setdefault(m.place.kind, []).append(i)
        self._country_places: dict[str | None, Mention] = {}  # the first place of each country
        for m in self.places:
            self._country_places.setdefault(m.place.country, m)
        self._word_starts = [m.start() for m in _WORD.finditer(sentence)]
        self.previous = previous
        self.dates = find_dates(sentence, published, anchor=anchor)
        self.actors = find_actors(sentence)
        self._doers = [x for x in self.actors if not x.speaker]
        self._carried = _carried_actors(self._doers)
        self.events: list[_Candidate] = []
        cuts = [0] + [m.end() for m in CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
        self.clause_spans = tuple((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a)
        self._lead_ends = [_LEAD.match(sentence, a).end() for a, _ in self.clause_spans]
        said = [self._is_speech_date(d) for d in self.dates]
        self.own_dates = [d for d, s in zip(self.dates, said, strict=True) if not s]
        self.speech_date = next((d for d, s in zip(self.dates, said, strict=True) if s), None)
        continues = previous is not None and CONTINUES_STATEMENT.match(sentence)
        if self.speech_date is None and continues:
            self.speech_date = previous.speech_date or previous.event_date()

    def event_date(self) -> DateMatch | None:
        return self.own_dates[0] if self.own_dates else self.speech_date

    def last_place(self, before: int | None = None, kinds: tuple[str, ...] = ()) -> Mention | None:
        """The last sub-country place named in this sentence (before an offset) or in the
        ``_SENTENCES_BACK`` before it."""
        ctx: _SentenceContext | None = self
        for _ in range(_SENTENCES_BACK + 1):
            if ctx is None:
                return None
            limit = self.start + before if ctx is self and before is not None else None
            found = ctx._last_place(limit, kinds)
            if found is not None:
                return found
            ctx = ctx.previous
        return None

    def _last_place(self, limit: int | None, kinds: tuple[str, ...]) -> Mention | None:
        """The last of this sentence's places starting before ``limit`` (an offset in the
        article; anywhere if None) that is of one of ``kinds`` (of any kind if empty)."""
        count = len(self.places)
        if limit is not None:
            count = bisect_left(self.places, limit, key=lambda m: m.start)
        if not kinds:
            return self.places[count - 1] if count else None
        last = -1
        for kind in kinds:
            indexes = self._kind_places.get(kind, [])
            k = bisect_left(indexes, count)
            if k:
                last = max(last, indexes[k - 1])
        return self.places[last] if last >= 0 else None

    def _ends_with(self, rx: re.Pattern, end: int) -> bool:
        """Whether ``rx``, anchored with ``$``, matches the sentence's text before ``end``.

        Tried on the last ``_TAIL_WORDS`` words only, which hold every match of the
        patterns asked about, so each call costs the same in a sentence of any length.
        """
        k = bisect_left(self._word_starts, end)
        begin = self._word_starts[k - _TAIL_WORDS] if k > _TAIL_WORDS else 0
        return rx.search(self.text, begin, end) is not None

    def _is_speech_date(self, d: DateMatch) -> bool:
        if self._ends_with(SPEECH_BEFORE, d.start):
            return True
        # a date at the head of its clause, only prepositions before it ("On Tuesday, ...")
        k = bisect_right(self.clause_spans, d.start, key=lambda c: c[0])
        if k and d.start > self._lead_ends[k - 1]:
            return False
        return bool(SPEECH_AFTER.match(self.text, d.end))

    def candidates(self, regions: dict[str | None, Place]) -> list[_Candidate]:
        clauses = self.clause_spans
        hits = [_clause_cues(self.text[a:b]) for a, b in clauses]
        strong = any(h for h, _ in hits)
        weapons = _weapon_cues(self.text)
        dates = self._clause_dates()
        out: list[_Candidate] = []
        clause_of: list[_Candidate | None] = []
        for (a, b), (cues, weak), when in zip(clauses, hits, dates, strict=True):
            chosen = [c for c in cues or ([] if strong else weak) if self._political(c[0], weapons)]
            if not chosen or _is_ongoing(self.text[a:b]):
                clause_of.append(None)
                continue
            best = max(chosen, key=lambda c: c[0].priority)
            cue, pos = best
            sub = cue.sub_event_type
            if cue.kind == "generic" and weapons:
                sub = max(weapons, key=lambda w: w.priority).sub_event_type
            cand = _Candidate(
                cue.event_type,
                sub,
                cue.priority,
                cue.kind,
                self.start + a + pos,
                cues=[self.text[a + pos : a + pos + 20]],
            )
            self._locate(cand, a, b, pos, regions)
            if when is not None:
                cand.date, cand.date_precision = when.date, when.precision
            self._actors(cand, a, b)
            cand.add_source(self.text, (self.start, self.end))
            out.append(cand)
            clause_of.append(cand)
        self._counts(clauses, clause_of)
        return out

    def _political(self, cue: _Cue, weapons: list) -> bool:
        """ACLED codes political violence and strategic developments: a common word ("hit",
        "killed", "met") counts only beside an armed or state actor or a weapon, and taking
        ground ("seized") only beside an actor ("police seized 3,000 kilos" is no event)."""
        if cue.kind in ("territory", "regain"):
            return bool(self.actors)
        return cue.priority > ACTOR_OPTIONAL_ABOVE or bool(self.actors or weapons)

    def _locate(
        self, cand: _Candidate, a: int, b: int, cue_pos: int, regions: dict[str | None, Place]
    ) -> None:
        first = bisect_left(self.mentions, self.start + a, key=lambda m: m.start)
        last = bisect_left(self.mentions, self.start + b, key=lambda m: m.start)
        inside = [
            m
            for m in self.mentions[first:last]
            if not self._ends_with(NOT_LOCATION, m.start - self.start)
        ]
        sub = [m for m in inside if m.place.kind in KIND_RANK]
        if sub:
            cue_abs = self.start + a + cue_pos
            best = min(
                sub,
                key=lambda m: (KIND_RANK[m.place.kind], m.start < cue_abs, abs(m.start - cue_abs)),
            )
            self._set_place(cand, best)
            return
        ref = ANAPHOR.search(self.text, a, b)
        if ref:
            kinds = _ANAPHOR_KINDS.get((ref.group("noun") or "").lower(), ())
            found = self.last_place(before=ref.start(), kinds=kinds) or self.last_place(
                before=ref.start()
            )
            if found is not None:
                self._set_place(cand, found)
                return
        countries = [m.place.country for m in inside if m.place.kind == "country"]
        if countries:
            cand.country_only = countries[0]
            # a country named beside a place in it: the event is in that place's region
            same = self._country_places.get(countries[0])
            if same is not None and same.place.admin1_iso:
                cand.place = regions.get(same.place.admin1_iso) or _region_of(same.place)
                cand.precision = 3

    def _set_place(self, cand: _Candidate, m: Mention) -> None:
        cand.place = m.place
        if m.place.kind == "admin1":
            cand.precision = 3
        elif m.place.kind == "admin2" or self._ends_with(NEAR, m.start - self.start):
            cand.precision = 2
        else:
            cand.precision = 1

    def _clause_dates(self) -> list[DateMatch | None]:
        """Each clause's date: its own first, else that of the nearest earlier clause with
        one, else the date the statement was made."""
        starts = [d.start for d in self.own_dates]
        dates: list[DateMatch | None] = []
        earlier = None
        for a, b in self.clause_spans:
            k = bisect_left(starts, a)
            own = self.own_dates[k] if k < len(starts) and starts[k] < b else None
            earlier = own or earlier
            dates.append(earlier or self.speech_date)
        return dates

    def _actors(self, cand: _Candidate, a: int, b: int) -> None:
        first = bisect_left(self._doers, a, key=lambda x: x.start)
        doers = self._doers[first : bisect_left(self._doers, b, key=lambda x: x.start)]
        if not doers:
            # an earlier clause's subject may carry over; its weapons belong to its own attack
            doers = [x for x in self._carried if x.end <= a]
        # an actor named after "killed" / "injuring" is among the victims, never the doer
        hurt = re.search(rf"\b(?:{_KILL}|{_HURT})\b", self.text[a:b], re.IGNORECASE)
        cut = a + hurt.start() if hurt else b
        names = list(dict.fromkeys(x.actor for x in doers if x.start < cut))
        victims = [x.actor for x in doers if x.start >= cut and x.actor not in names]
        names += victims
        if names:
            cand.actor1 = names[0] if names[0] not in victims else None
            cand.actor2 = (names[1] if len(names) > 1 else None) if cand.actor1 else names[0]
        if cand.kind in ("territory", "regain"):
            cand.sub_event_type = _territory_sub_event(cand, doers)

    def _counts(
        self, clauses: tuple[tuple[int, int], ...], clause_of: list[_Candidate | None]
    ) -> None:
        # the clause's event, else the nearest before it, else the nearest after it
        before: list[_Candidate | None] = []
        for c in clause_of:
            before.append(c or (before[-1] if before else None))
        after: list[_Candidate | None] = []
        for c in reversed(clause_of):
            after.append(c or (after[-1] if after else None))
        after.reverse()
        for i, (a, b) in enumerate(clauses):
            fatal, hurt, things = read_counts(self.text[a:b])
            if fatal is None and hurt is None and not things:
                continue
            target = before[i] or after[i]
            if target is not None:
                _add_counts(target, fatal, hurt, things)


#: Words before a place or a date that ``_SentenceContext._ends_with`` reads: more than
#: the longest match of NEAR ("on the outskirts of the old town"), NOT_LOCATION and
#: SPEECH_BEFORE ("told reporters,").
_TAIL_WORDS = 8
_WORD = re.compile(r"\S+")
#: The head of a clause before a date there: punctuation and prepositions.
_LEAD = re.compile(r"\W*(?:\b(?:on|in|at|late|early|by)\s+)*", re.IGNORECASE)


def _carried_actors(doers: list[ActorMention]) -> list[ActorMention]:
    """The doers a later clause with none of its own may take from earlier in the sentence:
    of those that are not weapons, the first of each of the first two actors, and the first
    with a country (for ``_territory_sub_event``), in order."""
    armed = [x for x in doers if x.kind != "weapon"]
    second = next((x for x in armed if x.actor != armed[0].actor), None) if armed else None
    country = next((x for x in armed if x.country), None)
    keep = {x for x in (*armed[:1], second, country) if x is not None}
    return [x for x in armed if x in keep]


def read_counts(clause: str) -> tuple[int | None, int | None, dict[str, int]]:
    """Fatalities, injured and other counted things stated in a clause.

    "killing the mayor and 15 other people" gives 16 dead; "two men and a woman" 3;
    "at least six" 6. Vague amounts ("dozens", "several") give None: ANNOTATION.md codes
    a count only where the text gives a number.

    Returns
    -------
    tuple
        (fatalities, injured, counts such as {"drones": 159}).
    """
    fatal: int | None = None
    hurt: int | None = None
    possible = _count_index().candidates(clause)
    for m in _PASSIVE.finditer(clause) if _PASSIVE in possible else ():
        n = _count_people(m.group("np"))
        if n is not None:
            if re.match(_HURT, m.group("verb"), re.IGNORECASE):
                hurt = _lowest(hurt, n)
            else:
                fatal = _lowest(fatal, n)
    stops = [m.start() for m in re.finditer(r"[.;]", clause)]
    for m in _ACTIVE.finditer(clause) if _ACTIVE in possible else ():
        k = bisect_left(stops, m.end())
        end = stops[k] if k < len(stops) else len(clause)
        stop = _STOP.search(clause, m.end(), end)
        n = _count_people(clause[m.end() : stop.start() if stop else end])
        if n is None:
            continue
        if re.match(_HURT, m.group("verb"), re.IGNORECASE):
            hurt = hurt if hurt is not None else n
        else:
            fatal = fatal if fatal is not None else n
    things: dict[str, int] = {}
    for m in _THINGS.finditer(clause) if _THINGS in possible else ():
        n = _count(m.group("num"))
        if n is not None:
            things.setdefault(m.group("thing").lower(), n)
    return fatal, hurt, things


@cache
def _count_index() -> WordStartIndex:
    return WordStartIndex((rx, rx.pattern) for rx in (_PASSIVE, _ACTIVE, _THINGS))


def _count_people(phrase: str) -> int | None:
    """People counted in a noun phrase: numbers plus one per singular person noun."""
    total = 0
    seen = False
    for m in _PERSON.finditer(phrase):
        n = _count(m.group("num") or m.group("num2")) if not m.group("single") else 1
        if n is not None:
            total += n
            seen = True
    return total if seen else None


def _count(figure: str) -> int | None:
    """A number as a count; None for one of more than ``MAX_COUNT_DIGITS`` digits."""
    if sum(c.isdigit() for c in figure) > MAX_COUNT_DIGITS:
        return None
    return read_number(figure)


def _lowest(old: int | None, new: int) -> int:
    return new if old is None else min(old, new)


def _add_counts(c: _Candidate, fatal: int | None, hurt: int | None, things: dict) -> None:
    if fatal is not None:
        c.fatalities = _lowest(c.fatalities, fatal)
    if hurt is not None:
        c.injured = _lowest(c.injured, hurt)
    for k, v in things.items():
        c.counts[k] = min(c.counts.get(k, v), v)


def _add_followup_counts(c: _Candidate, sentence: str, span: tuple[int, int]) -> None:
    fatal, hurt, things = read_counts(sentence)
    if fatal is None and hurt is None and not things:
        return
    _add_counts(c, fatal, hurt, things)
    c.add_source(sentence, span)


def _territory_sub_event(cand: _Candidate, doers: list[ActorMention]) -> str:
    """ACLED: a state retaking its own ground regains it; anyone else overtakes it."""
    home = cand.place.country if cand.place else cand.country_only
    state = next((x.country for x in doers if x.country), None)
    if state is None or home is None:
        return cand.sub_event_type
    if state == home:
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def _region_of(place: Place) -> Place:
    """The first-level region holding a place, at the place's point when nothing better is known."""
    return Place(
        name=place.admin1_name or place.admin1_iso or place.name,
        kind="admin1",
        lat=place.lat,
        lon=place.lon,
        country=place.country,
        admin1_iso=place.admin1_iso,
        admin1_name=place.admin1_name,
        source=place.source,
    )


def _is_ongoing(clause: str) -> bool:
    return any(c.rx.search(clause) for c in _cues_in(clause) if c.kind == "ongoing")


def _clause_cues(clause: str) -> tuple[list[tuple[_Cue, int]], list[tuple[_Cue, int]]]:
    """(event cues, weak cues) in a clause, each with its offset."""
    cues = _cues_in(clause)
    blocked = [
        (m.start(), m.end()) for c in cues if c.kind == "not_event" for m in c.rx.finditer(clause)
    ]
    strong: list[tuple[_Cue, int]] = []
    weak: list[tuple[_Cue, int]] = []
    for c in cues:
        if c.kind in ("ongoing", "not_event", "weapon"):
            continue
        for m in c.rx.finditer(clause):
            if any(s <= m.start() < e for s, e in blocked):
                continue
            (weak if c.kind == "weak" else strong).append((c, m.start()))
    return strong, weak


def _weapon_cues(sentence: str) -> list[_Cue]:
    return [c for c in _cues_in(sentence) if c.kind == "weapon" and c.rx.search(sentence)]


def _cues_in(text: str) -> list[_Cue]:
    """The cues, in order, that a word of ``text`` may begin (``geo.word_starts``)."""
    possible = _cue_index().candidates(text)
    return [c for i, c in enumerate(_cues()) if i in possible]


@cache
def _cue_index() -> WordStartIndex:
    return WordStartIndex((i, c.rx.pattern) for i, c in enumerate(_cues()))


def _places_compatible(a: _Candidate, b: _Candidate) -> bool:
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.country != pb.country:
        return False
    if pa == pb or (pa.name == pb.name and pa.kind == pb.kind):
        return True
    if "admin1" in (pa.kind, pb.kind):
        return pa.admin1_iso is not None and pa.admin1_iso == pb.admin1_iso
    return False


_SLACK = {"day": 1, "week": 4, "month": 16, "year": 183}


def _dates_compatible(a: _Candidate, b: _Candidate) -> bool:
    if a.date is None or b.date is None:
        return False
    pa, pb = a.date_precision or "day", b.date_precision or "day"
    coarse = max(pa, pb, key=lambda p: _SLACK[p])
    if coarse == "month":
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)
    if coarse == "year":
        return a.date.year == b.date.year
    return abs((a.date - b.date).days) <= _SLACK[coarse]


def _actors_compatible(a: _Candidate, b: _Candidate) -> bool:
    """No stated actor, or the same state's government and forces, count as the same side."""
    if a.actor1 is None or b.actor1 is None:
        return True
    return military_of(a.actor1) in {military_of(b.actor1), military_of(b.actor2 or "")}


def _merge(cands: list[_Candidate]) -> list[_Candidate]:
    """One event per real-world event: same type, place, date (within a day) and actors."""
    usable = [c for c in cands if c.place is not None]
    dated = [c for c in usable if c.date is not None]
    events = _Events()
    for c in dated:
        same = next((e for e in events.near(c) if _places_compatible(e, c)
                     and _dates_compatible(e, c) and _actors_compatible(e, c)), None)
        if same is None:
            events.add(c)
        else:
            _absorb(same, c)
            events.file(same)
    # an undated report of a place's event joins the nearest such event, earlier ones first
    # (of those at its place, if any): events by region, at each place and region itself
    lines: dict[tuple, _ByPosition] = {}
    for e in events.all:
        if e.place.admin1_iso is not None:
            for key in _region_lines(e.event_type, e.place, of_event=True):
                lines.setdefault(key, _ByPosition()).add(e)
    for c in (c for c in usable if c.date is None):
        if c.place.admin1_iso is None:
            continue
        *at_place, region = _region_lines(c.event_type, c.place, of_event=False)
        same_place = [e for key in at_place if key in lines and (e := lines[key].nearest(c))]
        target = min(same_place, key=lambda e: _distance_rank(e, c),
                     default=lines[region].nearest(c) if region in lines else None)
        if target is not None:
            before = target.position
            _absorb(target, c, keep_place=True)
            if target.position != before:
                for key in _region_lines(target.event_type, target.place, of_event=True):
                    lines[key].move(target, before)
    # a dated report with no place ("a missile attack on Tuesday killed six") joins its event
    for c in (c for c in cands if c.place is None and c.date is not None and not c.country_only):
        pool = [e for e in events.near(c) if _dates_compatible(e, c)]
        same_sub = [e for e in pool if e.sub_event_type == c.sub_event_type]
        target = min(same_sub or pool, key=lambda e: abs(e.position - c.position), default=None)
        if target is not None:
            _absorb(target, c, keep_place=True)
            events.file(target)
    return sorted(events.all, key=lambda e: e.position)


class _Events:
    """The events merged so far, filed by type, place and date, so that a candidate is
    compared with the few it may join (a superset of them), not with all."""

    def __init__(self) -> None:
        self.all: list[_Candidate] = []
        self._order: dict[int, int] = {}  # id(event) -> its place in ``all``
        self._files: dict[tuple, dict[int, _Candidate]] = {}

    def add(self, event: _Candidate) -> None:
        self._order[id(event)] = len(self.all)
        self.all.append(event)
        self.file(event)

    def file(self, event: _Candidate) -> None:
        """File an event under its place and date (again, once absorbing changed them)."""
        p = event.place
        places = [("any",), ("name", p.country, p.name, p.kind)]
        if p.admin1_iso is not None:
            places.append(("region", p.country, p.admin1_iso))
            if p.kind == "admin1":
                places.append(("region itself", p.country, p.admin1_iso))
        d = event.date
        when = ("year", d.year) if event.date_precision == "year" else ("month", d.year, d.month)
        for place in places:
            self._files.setdefault((event.event_type, place, when), {})[id(event)] = event

    def near(self, c: _Candidate) -> list[_Candidate]:
        """The events ``c`` may join, in the order they were added: of its type, at a place
        ``_places_compatible`` may accept (any place, for a candidate with none) and at a
        date ``_dates_compatible`` may accept."""
        p = c.place
        if p is None:
            places = [("any",)]
        else:
            places = [("name", p.country, p.name, p.kind)]
            if p.admin1_iso is not None:  # "admin1" on either side: the same region
                kind = "region" if p.kind == "admin1" else "region itself"
                places.append((kind, p.country, p.admin1_iso))
        found: dict[int, _Candidate] = {}
        for place in places:
            for when in _months_near(c.date, c.date_precision):
                found |= self._files.get((c.event_type, place, when), {})
        return sorted(found.values(), key=lambda e: self._order[id(e)])


def _months_near(day: date, precision: DatePrecision | None) -> list[tuple]:
    """The date keys of ``_Events`` under which the events of compatible dates are filed:
    the year (events of year precision), and the months holding the days within the
    largest slack of a day or a week, or the whole year for a date of year precision."""
    if precision == "year":
        return [("year", day.year), *(("month", day.year, m) for m in range(1, 13))]
    months = {("month", day.year, day.month)}
    for shift in (-_SLACK["week"], _SLACK["week"]):
        try:
            moved = day + timedelta(days=shift)
        except OverflowError:  # days before 1 January of year 1 or after 9999: none
            continue
        months.add(("month", moved.year, moved.month))
    return [("year", day.year), *sorted(months)]


def _region_lines(event_type: str, place: Place, *, of_event: bool) -> list[tuple]:
    """Keys of the ``_ByPosition`` lines of a region. An event is on the line of its region,
    of its region and country, of its place and, if it is the region itself, of the region's
    own events. A candidate reads the lines of the events at its place
    (``_places_compatible``: the same country, and the same place or one of the two the
    region itself), then, last, the region's."""
    region = (event_type, place.admin1_iso)
    in_country = (*region, place.country)
    own = (*in_country, "name", place.name, place.kind)
    itself = (*in_country, "itself")
    if of_event:
        return [region, in_country, own, *([itself] if place.kind == "admin1" else [])]
    if place.kind == "admin1":
        return [in_country, region]
    return [own, itself, region]


def _distance_rank(e: _Candidate, c: _Candidate) -> tuple[bool, int]:
    """How ``_ByPosition.nearest`` ranks events for ``c``: earlier ones first, nearest first."""
    return (e.position > c.position, abs(e.position - c.position))


class _ByPosition:
    """Events in order of position, for the nearest to a candidate."""

    def __init__(self) -> None:
        self._positions: list[int] = []
        self._events: list[_Candidate] = []

    def add(self, event: _Candidate) -> None:
        k = bisect_left(self._positions, event.position)
        self._positions.insert(k, event.position)
        self._events.insert(k, event)

    def move(self, event: _Candidate, was: int) -> None:
        """Put an event whose position changed from ``was`` back in order."""
        k = bisect_left(self._positions, was)
        del self._positions[k], self._events[k]
        self.add(event)

    def nearest(self, c: _Candidate) -> _Candidate | None:
        """Of the events whose actors ``c`` is compatible with, the last at or before its
        position, else the first after it."""
        k = bisect_right(self._positions, c.position)
        earlier = (self._events[j] for j in range(k - 1, -1, -1))
        later = (self._events[j] for j in range(k, len(self._events)))
        for e in itertools.chain(earlier, later):
            if _actors_compatible(e, c):
                return e
        return None


def _absorb(into: _Candidate, other: _Candidate, *, keep_place: bool = False) -> None:
    if other.priority > into.priority and other.kind == into.kind:
        into.sub_event_type, into.priority = other.sub_event_type, other.priority
    if not keep_place and other.place is not None and other.precision < into.precision:
        into.place, into.precision = other.place, other.precision
    if other.date is not None and (
        into.date is None
        or _SLACK[other.date_precision or "day"] < _SLACK[into.date_precision or "day"]
    ):
        into.date, into.date_precision = other.date, other.date_precision
    into.actor1 = into.actor1 or other.actor1
    into.actor2 = into.actor2 or (other.actor2 if other.actor2 != into.actor1 else None)
    _add_counts(into, other.fatalities, other.injured, other.counts)
    for s, span in zip(other.sources, other.spans, strict=True):
        into.add_source(s, span)
    into.position = min(into.position, other.position)
    into.cues.extend(other.cues)


def _to_event(c: _Candidate) -> Event:
    order = sorted(range(len(c.spans)), key=lambda i: c.spans[i])
    return Event(
        event_type=c.event_type,
        sub_event_type=c.sub_event_type,
        location=c.place,
        geo_precision=c.precision,
        date=c.date,
        date_precision=c.date_precision,
        actor1=c.actor1,
        actor2=c.actor2 if c.actor2 != c.actor1 else None,
        fatalities=c.fatalities,
        injured=c.injured,
        counts=dict(c.counts),
        sources=[c.sources[i] for i in order],
        spans=[c.spans[i] for i in order],
        notes="cues: " + "; ".join(dict.fromkeys(x.strip() for x in c.cues)),
    )


@cache
def _cues() -> tuple[_Cue, ...]:
    return tuple(
        _Cue(
            re.compile(r["pattern"], re.IGNORECASE),
            r["event_type"],
            r["sub_event_type"],
            r["kind"],
            int(r["priority"]),
        )
        for r in read_table("event_cues")
    )
