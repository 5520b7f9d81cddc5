"""Scare quotes: the marks around a word or short phrase that a writer distances from
("the army said it had "neutralised" 17 fighters", "a so-called "buffer zone""), taken out
so that a lexicon's phrase reads across them; quoted speech (a clause with its
punctuation, "We will not leave," she said) keeps its marks."""

from __future__ import annotations

import re
from bisect import bisect_right

#: A quoted run of at most four words with no punctuation of a clause inside, its marks
#: paired (straight, curly double or curly single), not inside a word ("rock'n'roll").
_SCARE = re.compile(
    r"(?<![\w\"“”‘’])(?:\"(?P<straight>[^\W_][^\"“”\n.,;:!?]{0,48}?)\"|"
    r"“(?P<curly>[^\W_][^\"“”\n.,;:!?]{0,48}?)”|‘(?P<single>[^\W_][^\"‘’\n.,;:!?]{0,48}?)’)"
    r"(?![\w\"“”‘’])")
_MOST_WORDS = 4


def without_scare_quotes(text: str) -> tuple[str, list[int]]:
    """``text`` with the marks of its scare quotes taken out, and the offsets (in ``text``)
    of the characters taken out, in order."""
    removed: list[int] = []
    for m in _SCARE.finditer(text):
        inner = m.group("straight") or m.group("curly") or m.group("single")
        if len(inner.split()) <= _MOST_WORDS and inner == inner.strip():
            removed += [m.start(), m.end() - 1]
    if not removed:
        return text, removed
    bounds = [-1, *removed, len(text)]
    return "".join(text[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)), removed


def to_unquoted(offset: int, removed: list[int]) -> int:
    """Where ``offset`` of the quoted text stands in the text without its scare quotes."""
    return offset - bisect_right(removed, offset - 1)


def to_quoted(offset: int, removed: list[int]) -> int:
    """Where ``offset`` of the text without scare quotes stands in the quoted text: after
    every mark taken out before it."""
    for r in removed:
        if r <= offset:
            offset += 1
        else:
            break
    return offset
