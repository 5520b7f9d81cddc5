"""Lexicon patterns behind a look-ahead at their first characters find what they found before."""

from __future__ import annotations

import re
import string

import pytest

from geo.sources.tables import read_table
from geo.text.triggers import _OTHER_CASES, compile_prefiltered

SENTENCES = [
    "Russian forces shelled Kharkiv on Tuesday, killing two civilians and wounding 14.",
    "A drone strike hit the port of Odesa overnight; air defences shot down 12 drones.",
    "Protesters marched in Goma and blocked roads, and police fired tear gas at them.",
    "M23 rebels captured the town of Sake after clashes with the army, officials said.",
    "The ministry said it would continue talks; a heart attack killed the mayor in 2019.",
]


@pytest.mark.parametrize("table", ["event_acts", "weapons", "actors", "actor_nouns"])
def test_lexicon_rows_find_the_same_matches(table):
    for row in read_table(table):
        plain, fast = re.compile(row["pattern"], re.IGNORECASE), compile_prefiltered(row["pattern"])
        for sentence in SENTENCES:
            assert [(m.span(), m.groups()) for m in fast.finditer(sentence)] == [
                (m.span(), m.groups()) for m in plain.finditer(sentence)], row["pattern"]


def test_the_look_ahead_holds_every_first_character():
    rx = compile_prefiltered(r"(?:\w+ )?attack|\bshell(?:ed|ing)\b|-?\d+ km|(?-i:ABC)d")
    assert rx.pattern.startswith("(?=(?-i:[")
    assert [m.group() for m in rx.finditer("they shelled; an attack; abcd ABCd -5 km")] == [
        "shelled", "an attack", "ABCd", "-5 km"]


def test_the_look_ahead_takes_every_case_of_a_letter():
    rx = compile_prefiltered(r"\bkill|\bshell|\bintercept")
    text = "KILLED, \u212aILLED; ſhelled, \u0130NTERCEPTED, \u0131ntercepted"
    assert [m.group() for m in rx.finditer(text)] == [
        m.group() for m in re.finditer(r"\bkill|\bshell|\bintercept", text, re.IGNORECASE)]
    assert len(rx.findall(text)) == 5


def test_the_other_cases_are_all_that_ignorecase_takes_for_an_ascii_character():
    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    for char in string.printable:
        taken = set(re.findall(re.escape(char), every, re.IGNORECASE))
        assert taken == {char, char.upper(), char.lower(), *_OTHER_CASES.get(char.lower(), "")}


@pytest.mark.parametrize("pattern", [r"x*", r"(?i)abc", r"[^a]b", r"(?x) a b"])
def test_a_pattern_it_cannot_read_is_compiled_as_it_is(pattern):
    assert compile_prefiltered(pattern).pattern == pattern
