"""Trigger words: which rows of a lexicon a text may match, looked up by the words it holds.

The lexicons in ``geo/data/`` (event acts, weapons, actors, date forms) are regular
expressions. Each row declares its triggers: word stems, one of which begins a word of
every match ("shell" for "shelled" and "shelling"). A sentence is tried only against the
rows one of its words triggers, so most sentences meet few patterns. ``#`` stands for a
word that begins with a digit. ``compile_prefiltered`` compiles a pattern (a row's, or a long
alternation's) so that it is tried only where a character one of its matches begins with stands.
A row whose every match begins a word with letters its pattern writes out (``word_beginnings``)
is tried only where such a word begins (``find_row``).
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Iterator
from functools import lru_cache
from itertools import chain, islice, repeat
from operator import itemgetter
from re import _constants as sre
from re import _parser as sre_parse

#: Stems are looked up by this many first letters of a word.
HEAD = 2
DIGIT = "#"
_WORD = re.compile(r"\w+")
_NO_KEYS: frozenset = frozenset()
_DIGIT_START = re.compile(r"\d(?<!\w\w)")  # \b\d, led by the digit: the engine skips to digits


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
        self._met: dict[str, frozenset[Hashable]] = {}  # each word met so far -> its keys

    #: Words remembered at most (a long batch meets many); past it the memory starts afresh.
    MEMORY = 50_000

    def candidates(self, text: str) -> frozenset[Hashable]:
        """The keys one of whose stems begins a word of ``text`` (a superset of the rows
        whose pattern matches, when every match holds a word with one of its stems)."""
        words = words_of(text)
        try:  # most words were met before: their keys are joined without a loop in Python
            return frozenset().union(*map(self._met.__getitem__, words))
        except KeyError:
            pass
        new = [word for word in words if word not in self._met]
        if len(self._met) + len(new) > self.MEMORY:
            self._met.clear()
        for word in new:  # the words that trigger nothing share one empty set: less to collect
            self._met[word] = self._keys_of(word) or _NO_KEYS
        return frozenset().union(*map(self._met.get, words, repeat(_NO_KEYS)))

    def _keys_of(self, word: str) -> frozenset[Hashable]:
        # a stem shorter than HEAD letters is filed under all of itself
        heads = {word[:n] for n in range(1, HEAD + 1)}
        return frozenset(key for head in heads for stem, key in self._by_head.get(head, ())
                         if word.startswith(stem))


#: The ASCII characters that are in no word (``\w``), read as spaces.
_NOT_WORD = str.maketrans(dict.fromkeys(
    [c for c in map(chr, range(128)) if not (c.isalnum() or c == "_")], " "))


#: The ASCII characters of a word (``\w``).
_ASCII_WORD = frozenset(string.ascii_letters + string.digits + "_")


def find_row(rx: re.Pattern, text: str, beginnings: tuple[str, ...] | None,
             ) -> Iterable[re.Match]:
    """The matches ``rx.finditer(text)`` finds: for a pattern whose every match begins a word
    with one of ``beginnings`` (``word_beginnings``: none begins another), tried only where
    such a word begins, in a text whose lower-cased words lie where its own do
    (``lowers_in_place``)."""
    if beginnings is None or not lowers_in_place(text):
        return rx.finditer(text)
    found, end = [], 0
    for at in _word_starts(text, beginnings, 0, len(text)):
        if at >= end and (m := rx.match(text, at)) is not None:
            found.append(m)
            end = m.end()
    return found


def lowers_in_place(text: str) -> bool:
    """Whether ``text`` in lower case keeps each character where it is, and re.IGNORECASE
    takes none of its other characters for an ASCII one: it is in ASCII, or has none of
    ``_OTHER_CASES``' ("İ" is two characters in lower case, "ſ" is read as "s"). Curly quotes,
    dashes and accented letters keep a word's letters where its lower-cased letters are."""
    return text.isascii() or _OTHER_CASE_CHARS.search(text) is None


def _word_starts(text: str, beginnings: tuple[str, ...], pos: int, endpos: int) -> list[int]:
    """Where words that begin with one of ``beginnings`` (none begins another) begin in
    ``text[pos:endpos]`` (``lowers_in_place``) read in lower case, in order; a word begins
    where no ASCII character of a word is before it, in the whole text (the pattern's ``\\b``
    then decides, as it reads it from ``pos``). Only the beginnings some word of the text
    begins with are looked for, each once per text (rows share them: "the", "in"). The list
    may be shared: read it, do not change it."""
    folded, heads, met = _lowered_words(text)
    present = heads.intersection(beginnings)
    if not present:
        return []
    whole = not pos and endpos >= len(text)
    starts = []  # each word start is found once, by one beginning
    for beginning in present:
        at = met.get(beginning)
        if at is None:
            at = met[beginning] = _starts_of(folded, beginning)
        if whole:
            if len(present) == 1:
                return at
            starts.extend(at)
        else:  # the beginning's letters within the bounds, as str.find reads them
            starts.extend(at[bisect_left(at, pos) : bisect_right(at, endpos - len(beginning))])
    if len(present) > 1:
        starts.sort()
    return starts


def _starts_of(folded: str, beginning: str) -> list[int]:
    """Where words that begin with ``beginning`` begin in ``folded``, in order."""
    starts = []
    at = folded.find(beginning)
    while at >= 0:
        if not at or folded[at - 1] not in _ASCII_WORD:
            starts.append(at)
        at = folded.find(beginning, at + 1)
    return starts


@lru_cache(maxsize=64)  # one article's sentences and clauses, and the article, read by many rows
def _lowered_words(text: str) -> tuple[str, frozenset[str], dict[str, list[int]]]:
    """``text`` in lower case (``lowers_in_place``), the beginnings of its words (their first
    one to ``BEGINNING`` letters), and where the words of each beginning asked for so far
    begin."""
    folded = text.lower()
    words = words_of(text) if text.isascii() else _WORD.findall(folded)
    return folded, frozenset(chain.from_iterable(map(head, words) for head in _HEADS)), {}


class WordPattern:
    """A pattern searched as ``re.Pattern`` is (``search``, ``finditer``: the same matches),
    but, where each of its matches begins a word with letters it writes out
    (``word_beginnings``), tried in an ASCII text only where such a word begins: the regex
    engine would enter its alternation at every word."""

    def __init__(self, pattern: str, flags: int = re.IGNORECASE):
        self.rx = compile_prefiltered(pattern, flags)
        self.beginnings = word_beginnings(pattern)

    def finditer(self, text: str) -> Iterator[re.Match]:
        return iter(find_row(self.rx, text, self.beginnings))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        # the bounds as re takes them: within the text (str.find counts negative ones from its end)
        pos, endpos = max(pos, 0), len(text) if endpos is None else min(max(endpos, 0), len(text))
        if self.beginnings is None or not lowers_in_place(text):
            return self.rx.search(text, pos, endpos)
        for at in _word_starts(text, self.beginnings, pos, endpos):
            if (m := self.rx.match(text, at, endpos)) is not None:
                return m
        return None


def word_beginnings(pattern: str) -> tuple[str, ...] | None:
    """The first letters (lower case, up to ``BEGINNING`` of them) of the word each match of
    ``pattern`` (read case-insensitively) begins with, at a word boundary, as the pattern's
    literal letters show ("\\b(?:the )?Kremlin": "the", "kre"); None where they do not tell.
    A beginning that another one begins is left out ("ab" for "ab" and "abo")."""
    try:
        items = _parsed(pattern, re.IGNORECASE).data
    except re.error:
        return None
    heads = list(islice(_word_heads(list(items)), _MAX_HEADS + 1))
    if len(heads) > _MAX_HEADS or None in heads:
        return None
    heads = sorted(set(heads))
    return tuple(b for k, b in enumerate(heads) if not any(b.startswith(a) for a in heads[:k]))


#: The most letters of a word's beginning ``find_row`` looks for: fewer look-ups of
#: more common letters.
BEGINNING = 3
#: A word's first one to ``BEGINNING`` letters, each cut without a step in Python per word.
_HEADS = tuple(itemgetter(slice(n)) for n in range(1, BEGINNING + 1))
#: The most first words ``word_beginnings`` reads of a pattern (optional words multiply them).
_MAX_HEADS = 1000


def _word_heads(items: list, head: str = "", bounded: bool = False) -> Iterator[str | None]:
    """The first letters (lower case) of the first word of each way the parsed sequence
    ``items`` may match, read up to the first item that is no letter; None for a way that does
    not begin at a word boundary (``\\b``) with a letter."""
    if not items:
        yield head if bounded and head else None
        return
    (op, av), rest = items[0], items[1:]
    if op in (sre.ASSERT, sre.ASSERT_NOT):  # a look-around consumes nothing
        yield from _word_heads(rest, head, bounded)
    elif op is sre.AT and av is sre.AT_BOUNDARY and not head:
        yield from _word_heads(rest, head, True)
    elif op is sre.SUBPATTERN:
        yield from _word_heads([*av[3].data, *rest], head, bounded)
    elif op is sre.BRANCH:
        for alternative in av[1]:
            yield from _word_heads([*alternative.data, *rest], head, bounded)
    elif op in _REPEATS and av[0] == 0 and av[1] == 1:  # an optional part: without, then with
        yield from _word_heads(rest, head, bounded)
        yield from _word_heads([*av[2].data, *rest], head, bounded)
    elif op is sre.LITERAL and chr(av) in _ASCII_WORD:
        if not bounded:
            yield None
        elif len(head) >= BEGINNING:
            yield head
        else:
            yield from _word_heads(rest, head + chr(av).lower(), bounded)
    else:  # the first word's letters end here
        yield head if bounded and head else None


@lru_cache(maxsize=64)
def words_of(text: str) -> frozenset[str]:
    """The distinct words of ``text``, casefolded (so 'ſix' is 'six', as ``re.IGNORECASE``
    reads it); a word that begins with a digit of any script also stands as ``#``."""
    folded = text.casefold()
    # an ASCII text's words are split off without the regex engine: the same words, sooner
    words = frozenset(folded.translate(_NOT_WORD).split() if text.isascii()
                      else _WORD.findall(folded))
    return words | {DIGIT} if _DIGIT_START.search(text) else words


def split_triggers(cell: str) -> list[str]:
    """The stems of a table's ``triggers`` cell (``|``-separated)."""
    return [s for s in (part.strip() for part in cell.split("|")) if s]


def alternation(words: Iterable[str], *, space: str = r"\ ") -> str:
    """The escaped ``words`` joined with ``|`` in their order, those that begin with one
    letter grouped together ("(?:missile|mortar)|(?:rocket)"): the same first match, since no
    character of a text matches two ASCII letters (in any case), but the regex engine tries
    only the group of the letter at hand. ``space`` stands for a word's inner spaces."""
    words = list(words)
    escaped = [re.escape(w).replace(r"\ ", space) for w in words]
    if not all(w[:1].isascii() and w[:1].isalnum() for w in words):
        return "|".join(escaped)  # another first character: no grouping, which may reorder
    groups: dict[str, list[str]] = {}
    for word, pattern in zip(words, escaped, strict=True):
        groups.setdefault(word[0].lower(), []).append(pattern)
    return "|".join(f"(?:{'|'.join(group)})" for group in groups.values())


#: Each caller asks for a pattern's compiled form and its beginnings one after the other;
#: a parsed pattern is many small objects, which the garbage collector walks through on
#: every full collection for as long as they are kept.
@lru_cache(maxsize=8)
def _parsed(pattern: str, flags: int) -> sre_parse.SubPattern:
    """A lexicon pattern parsed once for ``compile_prefiltered`` and ``word_beginnings``
    (read only by both, one right after the other)."""
    return sre_parse.parse(pattern, flags)


def compile_prefiltered(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """``pattern`` compiled behind a look-ahead at the characters its matches begin with: the
    same matches, but a lexicon's long alternations are entered at few positions. Compiled
    as it is where those characters cannot be told (a back-reference, a negated class, a
    pattern that may match nothing or sets its own flags)."""
    try:
        parsed = _parsed(pattern, flags)
        first, empty = _first_characters(parsed.data)
    except ValueError:
        empty = True
    if not empty and parsed.state.flags & ~re.UNICODE == flags and not flags & re.VERBOSE:
        cased = _in_every_case(first) if flags & re.IGNORECASE else None
        look = f"(?=(?-i:[{cased}]))" if cased else f"(?=[{''.join(sorted(first))}])"
        try:
            return re.compile(f"{look}(?:{pattern})", flags)
        except re.error:  # global flags of its own ("(?i)..."), which must come first
            pass
    return re.compile(pattern, flags)


#: The characters other than its two cases that re.IGNORECASE takes for an ASCII letter
#: (tests/test_triggers.py checks every character).
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_OTHER_CASE_CHARS = re.compile(f"[{''.join(_OTHER_CASES.values())}]")


def _in_every_case(items: set[str]) -> str | None:
    """The class ``items`` of a case-insensitive pattern written out for a case-sensitive test
    (which the engine makes sooner): every character re.IGNORECASE takes for one of them;
    None where an item is a range or a character outside ASCII."""
    out = set()
    for item in items:
        if item in _CATEGORIES.values():
            out.add(item)
            continue
        char = item[1:] if item.startswith("\\") else item  # re.escape'd
        if len(char) != 1 or not char.isascii():
            return None
        folded = char.lower()
        out.update(map(re.escape, {folded, char.upper(), *_OTHER_CASES.get(folded, "")}))
    return "".join(sorted(out))


_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _first_characters(items) -> tuple[set[str], bool]:
    """The character-class items holding every first character of a (non-empty) match of
    the parsed sequence ``items``, and whether it may match the empty string; ValueError for
    an item it does not read."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # the next item begins the match
        if op is sre.LITERAL:
            out.add(re.escape(chr(av)))
            return out, False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    out.add(re.escape(chr(value)))
                elif kind is sre.RANGE:
                    out.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is sre.CATEGORY and value in _CATEGORIES:
                    out.add(_CATEGORIES[value])
                else:
                    raise ValueError(kind)
            return out, False
        if op is sre.BRANCH:
            parts, empty = [alternative.data for alternative in av[1]], False
        elif op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:  # (?i:...) in a cased pattern
            parts, empty = [av[3].data], False
        elif op is sre.ATOMIC_GROUP:
            parts, empty = [av.data], False
        elif op in _REPEATS:
            parts, empty = [av[2].data], av[0] == 0
        else:
            raise ValueError(op)
        for part in parts:
            chars, may_be_empty = _first_characters(part)
            out |= chars
            empty |= may_be_empty
        if not empty:
            return out, False
    return out, True
