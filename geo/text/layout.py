"""The parts of a news article that are not its story: headline, byline, dateline, kicker.

A headline restates the story in the present tense ("Missile kills seven in Mykolaiv")
and a dateline ("KYIV, Nov 12 (Reuters) -") gives the day the story was filed: neither
is a sentence that reports an event, but the dateline tells when the story was
published and which agency sent it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from geo.text.dates import MONTHS, WEEKDAYS, month_number

_MON = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
#: "KYIV, Nov 12 (Reuters) -", "BAMAKO, Mali, March 3, 2024 (AFP) —", "GAZA (AP) --",
#: "GOMA, Democratic Republic of Congo, May 2 (Reuters) -", and filed from two or more towns,
#: "ISLAMABAD/NEW DELHI, May 7 (Reuters) -"; "IMPHAL, Nov 12 (PTI)" with no dash.
#: A town's name of up to four words; a hyphen inside a word never comes before a capital,
#: which begins the next word ("PORT-AU-PRINCE"), so that a name is read one way only.
_WORD = r"[A-Z](?:[\w'’.]|-(?![A-Z]))*"
_TOWN = rf"{_WORD}(?:[ -]{_WORD}){{0,3}}"
DATELINE = re.compile(
    rf"(?P<place>{_TOWN}(?:\s?/\s?{_TOWN}){{0,3}})"
    r"(?:,\s*(?P<region>[A-Z][\w'’.]*(?:\s(?:(?:of|the|and|de|du|del|es)\s)*[A-Z][\w'’.]*){0,3}))?"
    rf"(?:,?\s+(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:,\s*(?P<y>\d{{4}}))?)?"
    r"\s*(?:\((?P<agency>[^()\n]{2,40})\))?\s*(?:(?:[-–—]{1,2}|:)\s+"
    # an Indian agency's "IMPHAL, Nov 12 (PTI) Two people ...": a day and an agency, no dash
    r"|(?(agency)(?(mon)(?=[A-Z])|(?!))|(?!)))"
)
#: A byline before the story, on its own line ("By Jane Doe", "By a staff correspondent") or
#: run in with a dash ("By Irrawaddy staff - Military air strikes ...").
BYLINE = re.compile(r"By [^\n]{1,80}(?<![.!?:;])\n\s*(?=\S)|By (?!(?i:"
                    + "|".join((*WEEKDAYS, *MONTHS)) + r")\b)(?:(?:[A-Z][\w'’.-]*|and|a|an|the|"
                    r"our|staff|correspondents?|reporters?|writers?)\s+){1,6}[-–—]{1,2}\s+(?=\S)")
#: A label before a story's first words: "UPDATE:", "Movement of forces:".
KICKER = re.compile(r"[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}:\s+(?=[A-Z])")


@dataclass(frozen=True)
class Dateline:
    """A story's dateline: where it was filed, the day (if given) and the agency (if named)."""

    start: int
    end: int
    place: str
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None

    def date(self, *, today: date) -> date | None:
        """The day the dateline names; without a year, the latest such day not after ``today``."""
        if self.month is None or self.day is None:
            return None
        year = self.year or (today.year if (self.month, self.day) <= (today.month, today.day)
                             else today.year - 1)
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True)
class Layout:
    """Where the story of an article starts: after its headline, byline, dateline and kicker."""

    headline: tuple[int, int] | None
    dateline: Dateline | None
    body_start: int
    byline: tuple[int, int] | None = None  # who wrote it: names no place of the story


@lru_cache(maxsize=4)  # an article is laid out for its dateline, then for its events
def article_layout(text: str) -> Layout:
    """The headline, dateline and start of the story in ``text``.

    The headline is the first line when more text follows it and it does not end like a
    sentence; a byline may follow it on a line of its own; the dateline and a kicker
    ("UPDATE:") are at the start of the story.

    Examples
    --------
    >>> layout = article_layout("Drones hit Odesa\\n\\nODESA, May 3 (Reuters) - Drones hit ...")
    >>> layout.headline, layout.dateline.agency, layout.dateline.day
    ((0, 16), 'Reuters', 3)
    """
    first = re.match(r"\s*(?P<line>[^\n]+)\n\s*\S", text)
    headline = None
    start = 0
    if first and not re.search(r"[.!?:;\"”’)]\s*$", first["line"]):
        headline = (first.start("line"), first.end("line"))
        start = first.end("line")
    start += len(text[start:]) - len(text[start:].lstrip())
    byline = BYLINE.match(text, start)
    if byline:
        start = byline.end()
        byline = byline.span()
    dateline = _dateline(text, start)
    if dateline is not None:
        start = dateline.end
    kicker = KICKER.match(text, start)
    if kicker:
        start = kicker.end()
    return Layout(headline, dateline, start, byline or None)


def _dateline(text: str, start: int) -> Dateline | None:
    m = DATELINE.match(text, start)
    if m is None:
        return None
    capitals = m["place"].isupper() and len(m["place"]) > 2
    if not (m["agency"] or m["mon"] or capitals):
        return None  # "Russia - the war goes on" is no dateline
    return Dateline(
        start=m.start(), end=m.end(), place=m["place"],
        month=month_number(m["mon"]) if m["mon"] else None,
        day=int(m["d"]) if m["d"] else None, year=int(m["y"]) if m["y"] else None,
        agency=m["agency"].strip() if m["agency"] else None,
    )
