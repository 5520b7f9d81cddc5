"""Numbers in text: numerals ("1,400", "٣"), number words ("twenty-one", "two hundred")
and vague amounts ("dozens"), each found as a span with its value.

Number words are read by text2num (``text_to_num``, MIT), which knows every English
number phrase; vague amounts come from ``geo/data/vague_numbers.csv``, with ACLED's values
("dozens" 12, "hundreds" 100) and whether a casualty figure takes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text_to_num import text2num

from geo.sources.tables import read_table
from geo.text.triggers import alternation, compile_prefiltered

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = "hundred thousand million billion".split()
_WORD = r"(?:" + alternation(sorted(_UNITS + _TENS + _SCALES, key=len, reverse=True)) + r")"
#: A run of number words: "twenty-one", "one hundred and five", "a hundred".
WORDS = (
    rf"(?:\ban?\s+(?=(?:hundred|thousand|million)\b))?\b{_WORD}"
    rf"(?:(?:\s+and\s+|\s+|-){_WORD})*\b"
)
#: A numeral: "6", "1,400", "2.5 million".
NUMERAL = r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?(?:\s+(?:million|thousand))?\b"


@dataclass(frozen=True)
class NumberSpan:
    """A number in text: where it is, its value, and whether it is an exact figure."""

    start: int
    end: int
    text: str
    value: int
    exact: bool = True  # False for a vague amount ("dozens", "several")
    counts: bool = True  # whether a casualty figure takes the value (geo/data/vague_numbers.csv)


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number in ``text``, in order: numerals, number words and vague amounts.

    Examples
    --------
    >>> [n.value for n in find_numbers("twenty-one civilians and 1,400 km; dozens hurt")]
    [21, 1400, 12]
    """
    found = []
    if not _may_hold_number().search(text):
        return found
    for m in _number_rx().finditer(text):
        row = _vague().get(_key(m.group(0)))  # "hundreds" is no exact hundred
        if row is not None:
            found.append(NumberSpan(m.start(), m.end(), m.group(0), row[0], False, row[1]))
            continue
        value = read_number(m.group(0))
        if value is not None:
            found.append(NumberSpan(m.start(), m.end(), m.group(0), value))
    return found


def read_number(phrase: str) -> int | None:
    """The value of one number phrase: "6", "1,400", "ſix", "٣", "twenty-one", "2.5 million".

    Returns
    -------
    int or None
        None when ``phrase`` is not a number (a vague word such as "dozens" included).
    """
    value = _value(phrase)
    return value if value is None or value <= MAX_FIGURE else None


#: The largest number read as a figure: no count of people, weapons or square kilometres
#: comes near it, and every figure fits the 64-bit integer columns of the outputs.
MAX_FIGURE = 10**12
_MAX_DIGITS = 15


def _value(phrase: str) -> int | None:
    text = re.sub(r"\s+", " ", phrase.casefold().strip()).replace(",", "")
    if sum(c.isdecimal() for c in text) > _MAX_DIGITS:
        return None  # int() of thousands of digits is slow, and no figure is that long
    scale = 1
    for word, factor in (("million", 10**6), ("thousand", 10**3)):
        head, _, tail = text.rpartition(" ")
        if tail == word and head and head[0].isdecimal():
            text, scale = head, factor
    if text.isdecimal():
        return int(text) * scale
    if re.fullmatch(r"\d+\.\d+", text):
        return round(float(text) * scale)
    text = re.sub(r"^an?\s+(?=hundred|thousand|million)", "one ", text)
    try:
        return int(text2num(text, "en"))
    except ValueError:
        first = re.match(r"[a-z]+", text)
        return _single_word(first.group(0)) if first else None


def _single_word(word: str) -> int | None:
    try:
        return int(text2num(word, "en"))
    except ValueError:
        return None


def _key(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.casefold())


@cache
def _vague() -> dict[str, tuple[int, bool]]:
    return {_key(r["phrase"]): (int(r["value"]), r["counts"] == "yes")
            for r in read_table("vague_numbers")}


@cache
def _may_hold_number() -> re.Pattern:
    """A digit, or a word every number word or vague amount holds: texts with none hold no
    number."""
    words = {max(phrase.split(), key=len) for phrase in _vague()} | set(_UNITS + _TENS + _SCALES)
    return compile_prefiltered(r"\d|\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")")


@cache
def _number_rx() -> re.Pattern:
    vague = sorted(_vague(), key=len, reverse=True)
    # a vague word right before a number is a hedge ("some 200"), not an amount
    vague_rx = r"\b(?:" + alternation(vague, space=r"\s+") + r")\b"
    vague_rx += rf"(?!\s+(?:{NUMERAL}|{WORDS}))"
    return compile_prefiltered(rf"{NUMERAL}|{WORDS}|{vague_rx}")
