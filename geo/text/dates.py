"""Dates in news text: weekdays, months, relative phrases, resolved against publication.

News reports date events relative to the day they were published ("on Tuesday",
"last month", "two days later"). ``find_dates`` finds every such phrase in a sentence
with its offsets; ``resolve_date`` answers for one phrase. Each date form is a pattern
with one small resolver. Precision follows ACLED's time precision: ``day``, ``week``
("late April"), ``month`` ("in August 2024", "earlier this month") or ``year``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from geo.model import DatePrecision
from geo.sources.tables import cue_words
from geo.text.numbers import WORDS, read_number
from geo.text.triggers import (
    DIGIT,
    TriggerIndex,
    alternation,
    compile_prefiltered,
    find_row,
    word_beginnings,
)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {abbr.lower(): i for i, abbr in enumerate(calendar.month_abbr) if abbr}
    | {"sept": 9}
)

_WD = alternation(WEEKDAYS)
# longest first, so that "January" is preferred to "Jan" where both would do
_MON = r"(?:" + alternation(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUM = rf"(?:\d+|an?|{WORDS})"
_DAY_PART = r"(?:\s+(?:night|morning|evening|afternoon))"
_DIR = r"(?:prior|later|earlier|before|after)"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4})"
_PART = r"(?:late|early|mid-?|end\s+of|beginning\s+of|start\s+of)"
#: The day a part of a month stands for ("late April" is about the 26th); "end of" is
#: a few days before the month's last day.
_PART_DAY = {"late": 26, "early": 5, "mid": 15, "beginning of": 3, "start of": 3}

Resolved = tuple[date, DatePrecision]

_DAYS_BEFORE = (r"\bin\s+the\s+(?:(?:few|last|final|several)\s+)?(?P<unit>days|weeks)\s+"
                r"(?:before|leading\s+up\s+to|preceding|prior\s+to)\b")
#: "in the days before the rebels entered the city": a time before the event told, which the
#: report is not part of.
DAYS_BEFORE = re.compile(_DAYS_BEFORE, re.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    """A date phrase found in text, with its resolved date and precision."""

    start: int
    end: int
    text: str
    date: date
    precision: DatePrecision
    #: counted from a day told before it ("two days later", "the previous day")
    relative: bool = False


# ----------------------------------------------------------------------------- resolvers
# Each takes the match, the publication date and the anchor and returns the date and its
# precision, or None. A relative phrase's anchor is the last date stated before it (in the
# text or before it, else none); an absolute phrase's, the last one of the text finer than a
# year, which only a month alone reads ("in February 2025 ... in April").


def _iso(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"])), "day"
    except ValueError:
        return None


def _month_and_day(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    return _dated(_year(m), _month(m["mon"]), int(m["d"]), published)


def _weekday_and_date(m: re.Match, published: date | None, anchor: date | None
                      ) -> Resolved | None:
    day, month = (m["d"], m["mon"]) if m["mon"] else (m["d2"], m["mon2"])
    return _dated(_year(m), _month(month), int(day), published)


def _day_alone(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    if published is None:
        return None
    day = int(m["d"])
    month_start = published.replace(day=1)
    if day > published.day:  # not yet this month: the month before
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day), "day"
    except ValueError:
        return None


def _part_of_month(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    month = _month(m["mon"])
    part = re.sub(r"\s+", " ", m["part"].lower()).rstrip("-")
    day = _PART_DAY.get(part)
    if day is None:  # "end of"
        year = _year_for(month, 1, _year(m), published)
        day = calendar.monthrange(year, month)[1] - 2 if year else 28
    found = _dated(_year(m), month, day, published)
    return (found[0], "week") if found else None


def _end_of_year(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    return date(int(m["y"]), 12 if m["part"].lower() == "end" else 1, 15), "month"


def _month_alone(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    if not _looks_like_month(m):
        return None
    month = _month(m["mon"])
    year = _year_for(month, 1, _year(m), published)
    if m["rel"] and published is not None:  # "in October last year"
        year = published.year - (m["rel"].lower() == "last")
    elif m["last"] and published is not None:  # "last March": the latest March before this month
        year = published.year - (month >= published.month)
    elif year is not None and not m["y"] and anchor is not None and (
            anchor.year < year and month >= anchor.month):
        year = anchor.year  # "captured towns in February 2025, including X in April": 2025
    if year is None:
        return None
    day = 15
    if published and (year, month) == (published.year, published.month):
        day = max(1, min(15, published.day))
    return date(year, month, day), "month"


def _in_year(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    return date(int(m["y"]), 7, 1), "year"


def _weekday(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    if published is None:
        return None
    day = WEEKDAYS.index(m["wd"].lower())
    if m.groupdict().get("lw"):  # "on Thursday last week": that day of the week before
        return published - timedelta(days=published.weekday() + 7 - day), "day"
    back = (published.weekday() - day) % 7
    if back == 0 and m.group(0).lower().startswith("last"):
        back = 7
    return published - timedelta(days=back), "day"


def _night_before(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    """The day before the weekday a night ends on ("overnight into Tuesday": Monday)."""
    day = _weekday(m, published, anchor)
    return (day[0] - timedelta(days=1), "day") if day else None


def _weekend(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    """The Saturday of the weekend before publication (or of "last weekend")."""
    if published is None:
        return None
    back = (published.weekday() - 5) % 7  # days since the last Saturday
    if m["rel"] and back < 2:  # "last weekend", said on a weekend: the one before
        back += 7
    return published - timedelta(days=back), "week"


def _days_away(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    if published is None:
        return None
    count = read_number(m["n"]) or 1  # "a day later"
    days = count * (7 if m["unit"].lower().startswith("week") else 1)
    direction = m["dir"].lower()
    if direction == "ago":
        return published - timedelta(days=days), "day"
    sign = 1 if direction in ("later", "after") else -1
    return (anchor or published) + timedelta(days=sign * days), "day"


def _next_day(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    base = anchor or published
    return (base + timedelta(days=1), "day") if base else None


def _previous_day(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    base = anchor or published
    return (base - timedelta(days=1), "day") if base else None


def _same_day(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    base = anchor or published
    return (base, "day") if base else None


def _days_before(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    base = anchor or published
    if base is None:
        return None
    if m["unit"].lower() == "days":
        return base - timedelta(days=2), "week"
    return base - timedelta(days=14), "month"


def _published_minus(days: int, precision: DatePrecision):
    def resolve(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
        return (published - timedelta(days=days), precision) if published else None

    return resolve


def _this_week(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    """The Monday of the week of publication ("earlier this week")."""
    return (published - timedelta(days=published.weekday()), "week") if published else None


def _this_month(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    return (published.replace(day=max(1, published.day // 2)), "month") if published else None


def _last_month(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    if published is None:
        return None
    return (published.replace(day=1) - timedelta(days=1)).replace(day=15), "month"


def _last_year(m: re.Match, published: date | None, anchor: date | None) -> Resolved | None:
    return (date(published.year - 1, 7, 1), "year") if published else None


@dataclass(frozen=True)
class _Form:
    name: str
    pattern: re.Pattern
    triggers: tuple[str, ...]
    resolve: Callable[[re.Match, date | None, date | None], Resolved | None]
    relative: bool = False  # counts from a date stated earlier in the text
    beginnings: tuple[str, ...] | None = None  # of the word every match begins, if known


def _form(name, pattern, triggers, resolve, *, relative=False) -> _Form:
    return _Form(name, compile_prefiltered(pattern), tuple(triggers), resolve, relative,
                 word_beginnings(pattern))


_MONTH_STEMS = sorted({m[:3] for m in MONTHS})

# Order matters: longer, more specific forms first; a span already taken is not reused.
_FORMS = (
    _form("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", [DIGIT], _iso),
    _form("days away", rf"\b(?P<n>{_NUM})\s+(?P<unit>days?|weeks?)\s+(?P<dir>{_DIR}|ago)\b",
          ["day", "week"], _days_away, relative=True),
    _form("next day", r"\bthe\s+(?:next|following)\s+day\b", ["next", "following"], _next_day,
          relative=True),
    # "had killed 20 soldiers the previous day", "..., a day before." (not "the day before the
    # vote", a day told by what followed it)
    _form("previous day", r"\bthe\s+(?:previous|preceding)\s+day\b|"
          r"\bthe\s+day\s+before\b(?=\s*[,.;)]|\s*$)", ["previous", "preceding", "day"],
          _previous_day, relative=True),
    # "killed in clashes in the days before the rebels entered the city": some days before the
    # day told, at the precision of a week (of a month for weeks)
    _form("days before", _DAYS_BEFORE, ["days", "weeks"], _days_before, relative=True),
    # "Hours later, aircraft struck ...", "later that day": the day told before
    _form("same day", r"\b(?:(?:a\s+few\s+|several\s+|just\s+|only\s+)?hours\s+later|"
          r"later\s+that\s+(?:day|night|evening)|that\s+(?:same\s+)?(?:night|evening)|"
          r"(?:shortly\s+|just\s+)?after\s+midnight)\b",
          ["hours", "later", "night", "evening", "midnight"], _same_day,
          relative=True),
    # "on Wednesday, March 11", "Wednesday (11 March)": the weekday restates the date
    _form("weekday and date", rf"\b(?:on\s+)?(?:{_WD}),?\s+\(?(?:(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})"
          rf"|(?P<d2>\d{{1,2}}){_ORD}\s+(?P<mon2>{_MON})){_ORD}(?:,?\s+{_YEAR})?\)?(?!\w)",
          WEEKDAYS, _weekday_and_date),
    _form("month day", rf"\b(?:on\s+)?(?P<mon>{_MON})\s+(?P<d>\d{{1,2}}){_ORD}(?:,?\s+{_YEAR})?\b",
          _MONTH_STEMS, _month_and_day),
    _form("day of month", rf"\b(?:on\s+)?the\s+(?P<d>\d{{1,2}}){_ORD}\s+of\s+(?P<mon>{_MON})"
          rf"(?:,?\s+{_YEAR})?\b", _MONTH_STEMS, _month_and_day),
    _form("day month", rf"\b(?:on\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?P<mon>{_MON})(?:\s+{_YEAR})?\b",
          _MONTH_STEMS, _month_and_day),
    _form("part of month", rf"\b(?:(?:at|by|in|towards?)\s+)?(?:the\s+)?(?P<part>{_PART})\s*"
          rf"(?P<mon>{_MON})(?:\s+{_YEAR})?\b", _MONTH_STEMS,
          _part_of_month),
    _form("end of year", r"\b(?:at\s+|by\s+)?the\s+(?P<part>end|beginning|start)\s+of\s+"
          r"(?P<y>\d{4})\b", ["end", "beginning", "start"], _end_of_year),
    _form("month", rf"\b(?:(?:in|since|during|from)\s+)?(?P<last>last\s+)?(?P<mon>{_MON})"
          rf"(?:\s+(?P<y>\d{{4}})|"
          rf"\s+(?P<rel>last|this)\s+year)?\b", _MONTH_STEMS, _month_alone),
    # "overnight Monday into Tuesday", "overnight on Sunday": the night that begins then
    _form("overnight weekday", rf"\bovernight\s+(?:on\s+|from\s+)?(?P<wd>{_WD})"
          rf"(?:\s+(?:into|to)\s+(?:{_WD}))?\b", ["overnight"], _weekday),
    # "overnight into Tuesday": the night that begins the day before
    _form("overnight into weekday", rf"\bovernight\s+into\s+(?P<wd>{_WD})\b", ["overnight"],
          _night_before),
    _form("weekday", rf"\b(?:(?:late|early)\s+)?(?:(?:on|last|this|by)\s+)?(?P<wd>{_WD})(?:['’]s)?"
          rf"{_DAY_PART}?(?P<lw>\s+(?:of\s+)?last\s+week)?\b", WEEKDAYS, _weekday),
    # "on the 14th,": that day of the month of publication, else of the month before
    _form("day alone", r"\bon\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+[A-Za-z])",
          [DIGIT], _day_alone),
    _form("yesterday", r"\b(?:yesterday|last\s+night)\b", ["yesterday", "night"],
          _published_minus(1, "day")),
    _form("today", r"\b(?:today|this\s+morning|tonight)\b", ["today", "morning", "tonight"],
          _published_minus(0, "day")),
    # "overnight raids ... on Wednesday": as a noun's adjective, the weekday dates it
    _form("overnight", r"\b(?:overnight(?!\s+(?:\S+\s+)?(?:raids?|strikes?|attacks?|"
          r"operations?|shelling|bombardments?|clashes|fighting|assaults?|incursions?|"
          r"arrests?)\b[^.;]*\b(?:on\s+)?(?:" + _WD + r")\b))\b",
          ["overnight"], _published_minus(0, "day")),
    _form("this month", r"\b(?:earlier|later)\s+this\s+month\b|\bthis\s+month\b",
          ["month"], _this_month),
    _form("last month", r"\blast\s+month\b", ["month"], _last_month),
    _form("weekend", r"\b(?:(?:over|at|during|on)\s+)?(?:the|this|(?P<rel>last))\s+weekend\b",
          ["weekend"], _weekend),
    _form("last week", r"\blast\s+week\b", ["week"], _published_minus(7, "week")),
    _form("this week", r"\b(?:earlier\s+)?this\s+week\b", ["week"], _this_week),
    _form("last year", r"\blast\s+year\b", ["year"], _last_year),
    _form("in year", r"\bin\s+(?P<y>(?:19|20)\d{2})\b", ["19", "20"], _in_year),
)
# absolute phrases first, so that "two days later" counts from a date earlier in the text
_ORDER = sorted(range(len(_FORMS)), key=lambda i: _FORMS[i].relative)
#: Each form's place in that order.
_RANK = {i: rank for rank, i in enumerate(_ORDER)}


def find_dates(text: str, published: date | None, *, anchor: date | None = None) -> list[DateMatch]:
    """Every date phrase in ``text``, in order, resolved against publication.

    Parameters
    ----------
    text
        A sentence or a longer passage.
    published
        The publication date; phrases that need it are skipped when it is None.
    anchor
        The last day already stated in the text, for "two days later"; falls back
        to ``published``.

    Returns
    -------
    list[DateMatch]
        Non-overlapping matches in order of position.
    """
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for i in sorted(_index().candidates(text), key=_RANK.__getitem__):
        for m in find_row(_FORMS[i].pattern, text, _FORMS[i].beginnings):
            if any(m.start() < e and s < m.end() for s, e in taken) or _names_a_site(text, m):
                continue
            earlier = [d for d in sorted(found, key=lambda d: d.start) if d.end <= m.start()]
            if _FORMS[i].relative:  # "two days later": from the last day told, here or before
                base = next((d.date for d in reversed(earlier) if d.precision == "day"), anchor)
            else:  # "In February 2025, ... in April": the year of a month told before it here
                base = next((d.date for d in reversed(earlier) if d.precision != "year"), None)
            try:
                resolved = _FORMS[i].resolve(m, published, base)
            except (OverflowError, ValueError):  # before year 1 or after 9999: no date
                resolved = None
            if resolved is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMatch(m.start(), m.end(), m.group(0), *resolved,
                                   relative=_FORMS[i].relative))
    return sorted(found, key=lambda d: d.start)


def _names_a_site(text: str, m: re.Match) -> bool:
    """Whether a day is the name of a square, street or bridge: its noun capitalised
    ("Monday Avenue", "the 6th of October Bridge") or the day after "the" ("the May 13
    square"); not "On Tuesday street vendors clashed"."""
    noun = _NEXT_WORD.match(text, m.end())
    if noun is None or noun[1].lower() not in cue_words("day_site_noun"):
        return False
    return noun[1][0].isupper() or bool(_THE_BEFORE.search(text, max(0, m.start() - 4),
                                                            m.start()))


#: The word right after a date phrase, and "the" right before one.
_NEXT_WORD = re.compile(r" ([A-Za-z]+)\b")
_THE_BEFORE = re.compile(r"\bthe\s$", re.IGNORECASE)


def has_date_phrase(text: str) -> bool:
    """Whether ``text`` holds a date phrase, resolvable or not ("on Sunday" with no
    publication date to count from)."""
    possible = _index().candidates(text)
    return any(_FORMS[i].pattern.search(text) for i in possible
               if _FORMS[i].name not in ("month",) or _has_month(_FORMS[i].pattern, text))


def _has_month(pattern: re.Pattern, text: str) -> bool:
    return any(_looks_like_month(m) for m in pattern.finditer(text))


def resolve_date(
    phrase: str, published: date | None, *, anchor: date | None = None
) -> tuple[date, DatePrecision] | None:
    """The date and precision of the first date phrase in ``phrase``, or None.

    Examples
    --------
    >>> resolve_date("on Tuesday", date(2025, 5, 21))
    (datetime.date(2025, 5, 20), 'day')
    """
    found = find_dates(phrase, published, anchor=anchor)
    return (found[0].date, found[0].precision) if found else None


def month_number(name: str) -> int | None:
    """The month a name or abbreviation stands for ("Nov." 11), or None."""
    return MONTHS.get(name.lower().rstrip("."))


@cache
def _index() -> TriggerIndex:
    return TriggerIndex((i, form.triggers) for i, form in enumerate(_FORMS))


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _year(m: re.Match) -> int | None:
    return int(m["y"]) if m["y"] else None


def _looks_like_month(m: re.Match) -> bool:
    """'May' and 'March' are also words: require a capital and a year or a preposition."""
    word = m["mon"]
    if not word[0].isupper():
        return False
    if word.rstrip(".").lower() in ("may", "march") and not (
        m["y"] or (m.re.groupindex.get("rel") and m["rel"])
        or m.group(0).lower().startswith(("in ", "since ", "during ", "from ", "last"))
    ):
        return False
    return True


def _year_for(month: int, day: int, year: int | None, published: date | None) -> int | None:
    if year:
        return year
    if published is None:
        return None
    after = (month, day) > (published.month, published.day)
    return published.year - 1 if after else published.year


def _dated(year: int | None, month: int, day: int, published: date | None) -> Resolved | None:
    y = _year_for(month, day, year, published)
    if y is None:
        return None
    try:
        return date(y, month, day), "day"
    except ValueError:
        return None
