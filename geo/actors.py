"""Actors: who did it, named the ACLED way ("Military Forces of Russia", "Hezbollah").

Patterns live in ``data/actors.csv``; rows with ``{name}``, ``{demonym}`` or ``{capital}``
are expanded over the states in ``data/actor_states.csv``. A country or capital standing
for its forces ("Ukraine had launched", "Moscow launched") counts only before a military
verb; "its forces" / "his troops" take the nearest actor named before them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property

from geo.tables import read_table
from geo.word_starts import WordStartIndex

#: Verbs after which a country or capital name stands for its armed forces (matched where the
#: name ends, as are the two patterns below).
MILITARY_VERB = re.compile(
    r"\s*(?:(?:had|has|have|also|then|now|again)\s+)*(?:launched|fired|struck|attacked|"
    r"resumed|shelled|hit|bombed|invaded|captured|seized|stepped up|pounds|pounded|released|"
    r"intercepted|shot down|downed|targeted|retook|recaptured|stormed|advanced|sent|deployed)\b",
    re.IGNORECASE,
)
#: Verbs that report a statement (a regex alternation, shared with ``geo.events``).
REPORTING_VERBS = (
    r"said|says|stated|announced|declared|claimed|confirmed|reported|posted|told|added|wrote|"
    r"described"
)
#: Reporting verbs: an actor right before one is a source, unless it reports its own act.
SPEECH_VERB = re.compile(
    rf"\s*(?:(?:also|later|earlier|has|had|have)\s+)*(?:{REPORTING_VERBS}|say|blamed|accused)\b",
    re.IGNORECASE,
)
#: After a reporting verb, a speaker who reports its own act: "said it had", "claimed to have".
SELF_REPORT = re.compile(
    r"[^,.;]{0,40}?\b(?:(?:that\s+)?(?:it|they|its forces|its troops)\s+(?:had|has|have|was|were)|"
    r"to have)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ActorMention:
    """An actor named in text."""

    start: int
    end: int
    text: str
    actor: str  # ACLED-style name; for pronouns the resolved actor
    kind: str  # military | weapon | government | metonym | armed_group | pronoun
    country: str | None  # ISO 3166-1 alpha-2 of a state actor
    speaker: bool = False  # the source of a report, not the doer


@dataclass(frozen=True)
class _Pattern:
    pattern: str
    actor: str
    kind: str
    country: str | None

    @cached_property
    def rx(self) -> re.Pattern:
        """Compiled on first use: most sentences need few of the 200 patterns."""
        return re.compile(self.pattern, re.IGNORECASE)


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
        forces is left out, a pronoun with no earlier actor is left out.
    """
    raw: list[ActorMention] = []  # by position: the mentions of the patterns tried so far
    patterns = _patterns()
    for i in sorted(_index().candidates(text)):  # in the order of _patterns()
        p = patterns[i]
        starts = [a.start for a in raw]
        added = []  # this pattern's mentions, in order (they never overlap)
        for m in p.rx.finditer(text):
            k = bisect_right(starts, m.start())
            if (k and raw[k - 1].end > m.start()) or (k < len(raw) and starts[k] < m.end()):
                continue  # an earlier pattern took the span
            added.append(ActorMention(m.start(), m.end(), m.group(0), p.actor, p.kind, p.country))
        if added:
            raw = sorted(raw + added, key=lambda a: a.start)
    out: list[ActorMention] = []
    ref: ActorMention | None = None  # the last actor named that is not a pronoun
    for a in raw:
        if a.kind == "pronoun":
            if ref is None:
                continue
            a = ActorMention(
                a.start, a.end, a.text, military_of(ref.actor), "military", ref.country
            )
        else:
            ref = a
            if a.kind == "metonym" and not MILITARY_VERB.match(text, a.end):
                if not SPEECH_VERB.match(text, a.end):
                    # kept (for later pronouns) but never the doer
                    out.append(_as_speaker(a))
                    continue
        speech = SPEECH_VERB.match(text, a.end)
        if speech and not SELF_REPORT.match(text, speech.end()):
            a = _as_speaker(a)
        out.append(a)
    return out


def military_of(actor: str) -> str:
    """The armed forces of a state actor ('Government of Russia' -> 'Military Forces of Russia')."""
    return re.sub(r"^Government of ", "Military Forces of ", actor)


def _as_speaker(a: ActorMention) -> ActorMention:
    return ActorMention(a.start, a.end, a.text, a.actor, a.kind, a.country, speaker=True)


@cache
def _patterns() -> tuple[_Pattern, ...]:
    states = read_table("actor_states")
    out: list[_Pattern] = []
    for row in read_table("actors"):
        if "{" not in row["pattern"]:
            out.append(_Pattern(row["pattern"], row["actor"], row["kind"], row["country"] or None))
            continue
        for s in states:
            fill = {k: re.escape(s[k]) for k in ("name", "demonym", "capital")}
            out.append(
                _Pattern(
                    row["pattern"].format(**fill),
                    row["actor"].format(name=s["name"]),
                    row["kind"],
                    s["country"] or None,
                )
            )
    return tuple(out)


@cache
def _index() -> WordStartIndex:
    """The patterns (by place in ``_patterns()``), looked up by the words they need: most
    sentences name no actor, and one look-up is much faster than searching for 200 patterns."""
    return WordStartIndex((i, p.pattern) for i, p in enumerate(_patterns()))
