"""Word starts of regular expressions: which patterns the words of a text could begin.

The lexicons (actors, date phrases, event cues) are many case-insensitive patterns that
begin at a word with known letters (``\\bRussian (?:forces|...)``, ``\\b(?:on\\s+)?January``).
Python's ``re`` tries every pattern at every position of a text; reading those first
letters from the parsed patterns lets a text be tried only against the patterns one of
its words starts as, with the same matches.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable
from functools import lru_cache
from re import _constants as sre
from re import _parser as sre_parse

#: Letters of a word that pick out the patterns it may begin.
HEAD = 3
_WORD = re.compile(r"\w+")
_START = re.compile(rf"\b\w{{1,{HEAD}}}")  # the first letters of each word


class WordStartIndex:
    """Keyed patterns, looked up by the first letters of the words of a text.

    Parameters
    ----------
    patterns
        (key, pattern) pairs; several patterns may share a key.
    """

    def __init__(self, patterns: Iterable[tuple[Hashable, str]]):
        ids: dict[frozenset[str], int] = {}
        self._needs = [
            (key, frozenset(ids.setdefault(heads, len(ids)) for heads in required_words(pattern)))
            for key, pattern in patterns
        ]
        self.keys = frozenset(key for key, _ in self._needs)
        self._words = list(ids)  # each required word's starts, by id
        self._needed_by: dict[int, list[int]] = {}  # word id -> the patterns needing it
        for i, (_, needs) in enumerate(self._needs):
            for word in needs:
                self._needed_by.setdefault(word, []).append(i)
        self._free = frozenset(key for key, needs in self._needs if not needs)
        self._met = lru_cache(maxsize=8192)(self._met_by)
        self._keys_met = lru_cache(maxsize=1024)(self._keys_met_by)

    def candidates(self, text: str) -> frozenset[Hashable]:
        """The keys with a pattern that may match in ``text`` (a superset of those that do)."""
        starts = _word_starts_in(text)
        if starts is None:
            return self.keys
        return self._keys_met(frozenset().union(*map(self._met, starts)))

    def _keys_met_by(self, met: frozenset[int]) -> frozenset[Hashable]:
        """The keys of the patterns whose required words (by id) are all in ``met``: counted
        from the words met, so a short text costs little however many patterns there are."""
        counts = Counter(i for word in met for i in self._needed_by.get(word, ()))
        needs = self._needs
        return self._free | frozenset(
            needs[i][0] for i, n in counts.items() if n == len(needs[i][1]))

    def _met_by(self, start: str) -> frozenset[int]:
        """The required words (by id) that a word starting with ``start`` may be."""
        return frozenset(
            i for i, heads in enumerate(self._words) if any(map(start.startswith, heads))
        )


@lru_cache(maxsize=64)
def _word_starts_in(text: str) -> frozenset[str] | None:
    """The lower-case starts of the words of ``text``; None if one is not ASCII (matching
    ignoring case is more than ``lower()`` there). Cached: one sentence meets several indexes."""
    starts = " ".join(_START.findall(text))
    return frozenset(starts.lower().split()) if starts.isascii() else None


def required_words(pattern: str) -> list[frozenset[str]]:
    """The words every match of ``pattern`` holds, each as the starts it may have
    (``word_starts``): the first, and each later one that follows white space.

    Examples
    --------
    >>> [sorted(w) for w in required_words(r"\\b(?:a|one)\\s+days?\\s+(?:later|ago)\\b")]
    [['a', 'one'], ['day'], ['ago', 'lat']]
    """
    items = list(sre_parse.parse(pattern, re.IGNORECASE))
    first = _usable(_starts(items, HEAD, bounded=False))  # word_starts, parsed once
    out = [first] if first is not None else []
    at_word = False
    for k, (op, av) in enumerate(items):
        optional = op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0
        if at_word and not optional:
            heads = _usable(_starts(items[k:], HEAD, bounded=True))
            out += [heads] if heads is not None and heads not in out else []
        if op is sre.AT and av is sre.AT_BOUNDARY:
            at_word = True
        elif optional:
            at_word = at_word and _ends_in_space(list(av[2]))
        else:
            at_word = _ends_in_space([(op, av)])
    return out


def word_starts(pattern: str) -> frozenset[str] | None:
    """The lower-case starts (up to ``HEAD`` characters) of the word every match of
    ``pattern`` begins at, or None unless every match begins at ``\\b`` and a word character.

    Examples
    --------
    >>> sorted(word_starts(r"\\b(?:the )?Kremlin\\b"))
    ['kre', 'the']
    """
    return _usable(_starts(list(sre_parse.parse(pattern, re.IGNORECASE)), HEAD, bounded=False))


def _usable(heads: set[str] | None) -> frozenset[str] | None:
    if heads is None or "" in heads or not all(h.isascii() for h in heads):
        return None
    return frozenset(h.lower() for h in heads)


def _ends_in_space(items: list) -> bool:
    """Whether a match of the parsed ``items`` ends with white space."""
    if not items:
        return False
    op, av = items[-1]
    if op is sre.IN:
        return av == [(sre.CATEGORY, sre.CATEGORY_SPACE)]
    if op is sre.LITERAL:
        return chr(av).isspace()
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return av[0] > 0 and _ends_in_space(list(av[2]))
    if op is sre.SUBPATTERN:
        return _ends_in_space(list(av[-1]))
    if op is sre.BRANCH:
        return all(_ends_in_space(list(alt)) for alt in av[1])
    return False


def _starts(items: list, budget: int, *, bounded: bool) -> set[str] | None:
    """The word characters a match of the parsed ``items`` may start with (``budget`` at
    most); None where a character may come before a word boundary is asserted."""
    if not items or budget == 0:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is sre.AT and av is sre.AT_BOUNDARY:
        return _starts(rest, budget, bounded=True)
    if op is sre.SUBPATTERN:
        return _starts(list(av[-1]) + rest, budget, bounded=bounded)
    if op is sre.BRANCH:
        alternatives = [_starts(list(alt) + rest, budget, bounded=bounded) for alt in av[1]]
        return None if None in alternatives else set().union(*alternatives)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, sub = av
        once = _starts(list(sub), budget, bounded=bounded)
        if low > 0 or once is None:
            return once
        skipped = _starts(rest, budget, bounded=bounded)
        return None if skipped is None else once | skipped
    if not bounded:
        return None
    if op is sre.LITERAL and _WORD.fullmatch(chr(av)):
        after = _starts(rest, budget - 1, bounded=True)
        return None if after is None else {chr(av) + a for a in after}
    if op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
        return set("0123456789")  # other digits are not ASCII: candidates() sees to them
    return {""}
