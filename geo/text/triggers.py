"""Trigger words: which rows of a lexicon a text may match, looked up by the words it holds.

The lexicons in ``geo/data/`` (event acts, weapons, actors, date forms) are regular
expressions. Each row declares its triggers: word stems, one of which begins a word of
every match ("shell" for "shelled" and "shelling"). A sentence is tried only against the
rows one of its words triggers, so most sentences meet few patterns. ``#`` stands for a
word that begins with a digit.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from functools import lru_cache

#: Stems are looked up by this many first letters of a word.
HEAD = 2
DIGIT = "#"
_WORD = re.compile(r"\w+")
_DIGIT_START = re.compile(r"\b\d")


class TriggerIndex:
    """Keys (lexicon rows) looked up by the stems that trigger them.

    Parameters
    ----------
    rows
        (key, triggers) pairs: a key and the lower-case stems of which every match of its
        pattern holds a word; several rows may share a key.
    """

    def __init__(self, rows: Iterable[tuple[Hashable, Iterable[str]]]):
        self._by_head: dict[str, list[tuple[str, Hashable]]] = {}
        keys = []
        for key, triggers in rows:
            keys.append(key)
            for stem in triggers:
                stem = stem.strip().casefold()
                if not stem:
                    msg = f"empty trigger for {key!r}"
                    raise ValueError(msg)
                self._by_head.setdefault(stem[:HEAD], []).append((stem, key))
        self.keys = frozenset(keys)
        self._met: dict[str, frozenset[Hashable]] = {}  # word -> its keys, as words are met

    #: Words remembered at most (a long batch meets many); past it the memory starts afresh.
    MEMORY = 50_000

    def candidates(self, text: str) -> frozenset[Hashable]:
        """The keys one of whose stems begins a word of ``text`` (a superset of the rows
        whose pattern matches, when every match holds a word with one of its stems)."""
        found: set[Hashable] = set()
        met = self._met
        for word in words_of(text):
            keys = met.get(word)
            if keys is None:
                if len(met) >= self.MEMORY:
                    met.clear()
                keys = met[word] = self._keys_of(word)
            if keys:
                found.update(keys)
        return frozenset(found)

    def _keys_of(self, word: str) -> frozenset[Hashable]:
        # a stem shorter than HEAD letters is filed under all of itself
        heads = {word[:n] for n in range(1, HEAD + 1)}
        return frozenset(key for head in heads for stem, key in self._by_head.get(head, ())
                         if word.startswith(stem))


@lru_cache(maxsize=64)
def words_of(text: str) -> frozenset[str]:
    """The distinct words of ``text``, casefolded (so 'ſix' is 'six', as ``re.IGNORECASE``
    reads it); a word that begins with a digit of any script also stands as ``#``."""
    words = set(_WORD.findall(text.casefold()))
    if _DIGIT_START.search(text):
        words.add(DIGIT)
    return frozenset(words)


def split_triggers(cell: str) -> list[str]:
    """The stems of a table's ``triggers`` cell (``|``-separated)."""
    return [s for s in (part.strip() for part in cell.split("|")) if s]
