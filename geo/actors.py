"""Actors: who did it, named the ACLED way ("Military Forces of Russia", "Hezbollah").

Patterns live in ``data/actors.csv``; rows with ``{name}``, ``{demonym}`` or ``{capital}``
are expanded over the states in ``data/actor_states.csv``. A country or capital standing
for its forces ("Ukraine had launched", "Moscow launched") counts only before a military
verb; "its forces" / "his troops" take the nearest actor named before them.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from re import _constants as sre
from re import _parser as sre_parse

from geo import settings

#: Verbs after which a country or capital name stands for its armed forces.
MILITARY_VERB = re.compile(
    r"^\s*(?:(?:had|has|have|also|then|now|again)\s+)*(?:launched|fired|struck|attacked|"
    r"resumed|shelled|hit|bombed|invaded|captured|seized|stepped up|pounds|pounded|released|"
    r"intercepted|shot down|downed|targeted|retook|recaptured|stormed|advanced|sent|deployed)\b",
    re.IGNORECASE,
)
#: Reporting verbs: an actor right before one is a source, unless it reports its own act.
SPEECH_VERB = re.compile(
    r"^\s*(?:(?:also|later|earlier|has|had|have)\s+)*(?:said|says|say|stated|announced|"
    r"declared|claimed|confirmed|reported|posted|told|added|wrote|described|blamed|accused)\b",
    re.IGNORECASE,
)
#: After a reporting verb, a speaker who reports its own act: "said it had", "claimed to have".
SELF_REPORT = re.compile(
    r"^[^,.;]{0,40}?\b(?:(?:that\s+)?(?:it|they|its forces|its troops)\s+(?:had|has|have|was|were)|"
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
    group: str | None  # the state (or actor) whose patterns are searched for together

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
    raw: list[ActorMention] = []
    hit = [g for g in _candidate_groups(text) if _groups()[g].search(text)]
    members = _members()
    for _, p in sorted(x for g in hit for x in members[g]):  # in the order of _patterns()
        for m in p.rx.finditer(text):
            if any(m.start() < a.end and a.start < m.end() for a in raw):
                continue
            raw.append(ActorMention(m.start(), m.end(), m.group(0), p.actor, p.kind, p.country))
    raw.sort(key=lambda a: a.start)
    out: list[ActorMention] = []
    for a in raw:
        after = text[a.end :]
        if a.kind == "pronoun":
            before = [b for b in raw if b.end <= a.start and b.kind != "pronoun"]
            if not before:
                continue
            ref = before[-1]
            a = ActorMention(
                a.start, a.end, a.text, military_of(ref.actor), "military", ref.country
            )
        elif a.kind == "metonym" and not MILITARY_VERB.match(after):
            if not SPEECH_VERB.match(after):
                # kept (for later pronouns) but never the doer
                out.append(_as_speaker(a))
                continue
        if SPEECH_VERB.match(after):
            rest = after[SPEECH_VERB.match(after).end() :]
            if not SELF_REPORT.match(rest):
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
    states = _read_csv(settings.DATA_DIR / "actor_states.csv")
    out: list[_Pattern] = []
    for row in _read_csv(settings.DATA_DIR / "actors.csv"):
        if "{" not in row["pattern"]:
            out.append(_pattern(row["pattern"], row["actor"], row["kind"], row["country"]))
            continue
        for s in states:
            fill = {k: re.escape(s[k]) for k in ("name", "demonym", "capital")}
            out.append(
                _pattern(
                    row["pattern"].format(**fill),
                    row["actor"].format(name=s["name"]),
                    row["kind"],
                    s["country"],
                )
            )
    return tuple(out)


@cache
def _members() -> dict[str | None, list[tuple[int, _Pattern]]]:
    """Each group's patterns, with their places in ``_patterns()``."""
    out: dict[str | None, list[tuple[int, _Pattern]]] = {}
    for i, p in enumerate(_patterns()):
        out.setdefault(p.group, []).append((i, p))
    return out


@cache
def _groups() -> dict[str | None, re.Pattern]:
    """The patterns of each state (or actor) as one alternation. A sentence that matches
    none of it has no match for any of them, and one search is 5x faster than a dozen."""
    members: dict[str | None, list[str]] = {}
    for p in _patterns():
        members.setdefault(p.group, []).append(f"(?:{p.pattern})")
    return {g: re.compile("|".join(rxs), re.IGNORECASE) for g, rxs in members.items()}


def _candidate_groups(text: str) -> set[str | None]:
    """The groups that may match in ``text``: those a word of it starts as one of their
    patterns must (``_heads``), and those whose patterns do not say how they start."""
    found = set(_headless())
    for word in _WORD.finditer(text):
        start = word.group()[:_HEAD]
        if not start.isascii():  # case-insensitive matching is more than lower() here
            return set(_groups())
        found |= _groups_starting(start.lower())
    return found


_WORD = re.compile(r"\w+")
_HEAD = 3  # letters of a word that pick out the groups that may start with it


@lru_cache(maxsize=8192)
def _groups_starting(start: str) -> frozenset[str | None]:
    """The groups with a pattern that may begin at a word starting with ``start``."""
    return frozenset(
        p.group for p in _patterns() if any(start.startswith(h) for h in _heads(p.pattern) or ())
    )


@cache
def _headless() -> frozenset[str | None]:
    """Groups with a pattern whose matches may start anywhere: searched in every text."""
    return frozenset(p.group for p in _patterns() if _heads(p.pattern) is None)


@cache
def _heads(pattern: str) -> frozenset[str] | None:
    """The lower-case starts (up to ``_HEAD`` letters) of the word each match of
    ``pattern`` begins with, or None unless it begins with ``\\b`` and word letters."""
    items = list(sre_parse.parse(pattern, re.IGNORECASE))
    if not items or items[0] != (sre.AT, sre.AT_BOUNDARY):
        return None
    heads = _starts(items[1:], _HEAD)
    if heads is None or "" in heads or not all(h.isascii() for h in heads):
        return None
    return frozenset(h.lower() for h in heads)


def _starts(items: list, budget: int) -> set[str] | None:
    """The word letters a match of the parsed ``items`` may start with, ``budget`` at most."""
    if not items or budget == 0:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL:
        if not _WORD.fullmatch(chr(av)):
            return {""}
        after = _starts(rest, budget - 1)
        return None if after is None else {chr(av) + a for a in after}
    if op is sre.SUBPATTERN:
        return _starts(list(av[-1]) + rest, budget)
    if op is sre.BRANCH:
        alternatives = [_starts(list(alt) + rest, budget) for alt in av[1]]
        return None if None in alternatives else set().union(*alternatives)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, sub = av
        once = _starts(list(sub), budget)
        if low > 0 or once is None:
            return once
        skipped = _starts(rest, budget)
        return None if skipped is None else once | skipped
    return {""}


def _pattern(pattern: str, actor: str, kind: str, country: str) -> _Pattern:
    return _Pattern(pattern, actor, kind, country or None, country or actor or None)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))
