"""Dates in news text: weekdays, months, relative phrases, resolved against publication.

News reports date events relative to the day they were published ("on Tuesday",
"last month", "two days later"). ``find_dates`` finds every such phrase in a sentence
with its offsets; ``resolve_date`` answers for one phrase. Precision follows ACLED's
time precision: ``day``, ``week`` ("late April"), ``month`` ("in August 2024",
"earlier this month") or ``year``.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from geo.model import DatePrecision
from geo.word_starts import WordStartIndex

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {abbr.lower(): i for i, abbr in enumerate(calendar.month_abbr) if abbr}
    | {"sept": 9}
)
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_WD = "|".join(WEEKDAYS)
# longest first, so that "January" is preferred to "Jan" where both would do
_MON = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUM = r"(?:\d+|" + "|".join(NUMBER_WORDS) + ")"
_DAY_PART = r"(?:\s+(?:night|morning|evening|afternoon))"
_DIR = r"(?:prior|later|earlier|before|after)"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4})"
_PART = r"(?:late|early|mid-?|end\s+of|beginning\s+of|start\s+of)"

# Order matters: longer, more specific forms first; a span already taken is not reused.
_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    ("relative", rf"\b(?P<n>{_NUM})\s+(?P<unit>days?|weeks?)\s+(?P<dir>{_DIR}|ago)\b"),
    ("next_day", r"\bthe\s+(?:next|following)\s+day\b"),
    ("month_day", rf"\b(?:on\s+)?(?P<mon>{_MON})\s+(?P<d>\d{{1,2}}){_ORD}(?:,?\s+{_YEAR})?\b"),
    ("day_month", rf"\b(?:on\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?P<mon>{_MON})(?:\s+{_YEAR})?\b"),
    ("month_part", rf"\b(?:(?:at|by|in|towards?)\s+)?(?:the\s+)?(?P<part>{_PART})\s*(?P<mon>{_MON})"
     rf"(?:\s+{_YEAR})?\b"),
    ("year_end", r"\b(?:at\s+|by\s+)?the\s+(?P<part>end|beginning|start)\s+of\s+(?P<y>\d{4})\b"),
    ("month", rf"\b(?:(?:in|since|during|from)\s+)?(?P<mon>{_MON})(?:\s+(?P<y>\d{{4}}))?\b"),
    ("weekday", rf"\b(?:(?:late|early)\s+)?(?:(?:on|last|this|by)\s+)?(?P<wd>{_WD})(?:['’]s)?"
     rf"{_DAY_PART}?\b"),
    ("yesterday", r"\b(?:yesterday|last\s+night)\b"),
    ("today", r"\b(?:today|this\s+morning|tonight)\b"),
    ("overnight", r"\b(?:overnight|(?:shortly\s+)?after\s+midnight)\b"),
    ("this_month", r"\b(?:earlier|later)\s+this\s+month\b|\bthis\s+month\b"),
    ("last_month", r"\blast\s+month\b"),
    ("last_week", r"\b(?:last|this|earlier\s+this)\s+week\b"),
    ("last_year", r"\blast\s+year\b"),
    ("in_year", r"\bin\s+(?P<y>(?:19|20)\d{2})\b"),
]  # fmt: skip
_RELATIVE_KINDS = ("relative", "next_day")
_COMPILED = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _PATTERNS]
# absolute phrases first, so that "two days later" counts from a date earlier in the text
_ORDER = sorted(range(len(_PATTERNS)), key=lambda i: _PATTERNS[i][0] in _RELATIVE_KINDS)


@dataclass(frozen=True)
class DateMatch:
    """A date phrase found in text, with its resolved date and precision."""

    start: int
    end: int
    text: str
    date: date
    precision: DatePrecision


def find_dates(text: str, published: date | None, *, anchor: date | None = None) -> list[DateMatch]:
    """Every date phrase in ``text``, in order, resolved against publication.

    Parameters
    ----------
    text
        A sentence or a longer passage.
    published
        The publication date; phrases that need it are skipped when it is None.
    anchor
        The last date already stated in the text, for "two days later"; falls back
        to ``published``.

    Returns
    -------
    list[DateMatch]
        Non-overlapping matches in order of position.
    """
    found: list[DateMatch] = []  # by position: the phrases of the patterns tried so far
    possible = _index().candidates(text)
    for i in _ORDER:
        if i not in possible:
            continue
        kind, rx = _COMPILED[i]
        starts = [d.start for d in found]
        added: list[DateMatch] = []  # this pattern's phrases, in order (they never overlap)
        for m in rx.finditer(text):
            k = bisect_right(starts, m.start())
            if (k and found[k - 1].end > m.start()) or (k < len(found) and starts[k] < m.end()):
                continue  # a span already taken is not reused
            earlier = found[k - 1] if k else None  # the last phrase before this one
            if added and (earlier is None or added[-1].start > earlier.start):
                earlier = added[-1]
            base = earlier.date if earlier else anchor or published
            try:
                resolved = _resolve(kind, m, published, base)
            except (OverflowError, ValueError):  # before year 1 or after 9999: no date
                resolved = None
            if resolved is not None:
                added.append(DateMatch(m.start(), m.end(), m.group(0), *resolved))
        found = sorted(found + added, key=lambda d: d.start)
    return found


@cache
def _index() -> WordStartIndex:
    """The patterns (by place in ``_PATTERNS``), looked up by the words they may begin at."""
    return WordStartIndex((i, p) for i, (_, p) in enumerate(_PATTERNS))


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


def _resolve(
    kind: str, m: re.Match, published: date | None, anchor: date | None
) -> tuple[date, DatePrecision] | None:
    g = m.groupdict()
    if kind == "iso":
        try:
            return date(int(g["y"]), int(g["m"]), int(g["d"])), "day"
        except ValueError:
            return None
    if kind in ("month_day", "day_month"):
        month = _month(g["mon"])
        return _dated(int(g["y"]) if g["y"] else None, month, int(g["d"]), published)
    if kind == "month_part":
        month = _month(g["mon"])
        part = re.sub(r"\s+", " ", g["part"].lower()).rstrip("-")
        day = {"late": 26, "early": 5, "mid": 15, "beginning of": 3, "start of": 3}.get(part)
        if day is None:  # "end of": a few days before the month's last day
            year = _year_for(month, 1, g["y"], published)
            day = calendar.monthrange(year, month)[1] - 2 if year else 28
        found = _dated(int(g["y"]) if g["y"] else None, month, day, published)
        return (found[0], "week") if found else None
    if kind == "year_end":
        month = 12 if g["part"].lower() == "end" else 1
        return date(int(g["y"]), month, 15), "month"
    if kind == "month":
        if not _looks_like_month(m):
            return None
        month = _month(g["mon"])
        year = _year_for(month, 1, g["y"], published)
        if year is None:
            return None
        day = 15
        if published and (year, month) == (published.year, published.month):
            day = max(1, min(15, published.day))
        return date(year, month, day), "month"
    if kind == "in_year":
        return date(int(g["y"]), 7, 1), "year"
    if published is None:
        return None
    if kind == "weekday":
        want = WEEKDAYS.index(g["wd"].lower())
        back = (published.weekday() - want) % 7
        if back == 0 and m.group(0).lower().startswith("last"):
            back = 7
        return published - timedelta(days=back), "day"
    if kind == "relative":
        return _relative(g, published, anchor or published)
    if kind == "next_day":
        return (anchor or published) + timedelta(days=1), "day"
    if kind == "yesterday":
        return published - timedelta(days=1), "day"
    if kind in ("today", "overnight"):
        return published, "day"
    if kind == "this_month":
        return published.replace(day=max(1, published.day // 2)), "month"
    if kind == "last_month":
        last = published.replace(day=1) - timedelta(days=1)
        return last.replace(day=15), "month"
    if kind == "last_week":
        return published - timedelta(days=7), "week"
    if kind == "last_year":
        return date(published.year - 1, 7, 1), "year"
    msg = f"unknown date pattern kind {kind!r}"
    raise LookupError(msg)


def read_number(word: str) -> int:
    """A number a case-insensitive pattern matched: "6", "1,400", "six", "ſix", "٣"."""
    word = word.casefold().replace(",", "")
    return int(word) if word.isdecimal() else NUMBER_WORDS[word]


def _relative(g: dict, published: date, anchor: date) -> tuple[date, DatePrecision]:
    n = g["n"].lower()
    count = read_number(n)
    days = count * (7 if g["unit"].lower().startswith("week") else 1)
    direction = g["dir"].lower()
    if direction == "ago":
        return published - timedelta(days=days), "day"
    sign = 1 if direction in ("later", "after") else -1
    return anchor + timedelta(days=sign * days), "day"


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _looks_like_month(m: re.Match) -> bool:
    """'May' and 'March' are also words: require a capital and a year or a preposition."""
    word = m.group("mon")
    if not word[0].isupper():
        return False
    if word.rstrip(".").lower() in ("may", "march") and not (
        m.group("y") or m.group(0).lower().startswith(("in ", "since ", "during ", "from "))
    ):
        return False
    return True


def _year_for(month: int, day: int, year: str | None, published: date | None) -> int | None:
    if year:
        return int(year)
    if published is None:
        return None
    return (
        published.year if (month, day) <= (published.month, published.day) else published.year - 1
    )


def _dated(
    year: int | None, month: int, day: int, published: date | None
) -> tuple[date, DatePrecision] | None:
    y = year or _year_for(month, day, None, published)
    if y is None:
        return None
    try:
        return date(y, month, day), "day"
    except ValueError:
        return None
