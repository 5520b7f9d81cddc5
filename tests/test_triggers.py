"""Lexicon patterns behind a look-ahead at their first characters find what they found before."""

from __future__ import annotations

import re
import string

import pytest

from geo.sources.tables import read_table
from geo.text.triggers import (
    _OTHER_CASES,
    WordPattern,
    compile_prefiltered,
    find_row,
    split_triggers,
    word_beginnings,
    words_of,
)

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


@pytest.mark.parametrize("table", ["event_acts", "weapons", "actors", "actor_nouns"])
def test_a_row_is_found_where_the_words_its_matches_begin_with_begin(table):
    rows = [(compile_prefiltered(r["pattern"]), word_beginnings(r["pattern"]))
            for r in read_table(table)]
    assert sum(beginnings is not None for _, beginnings in rows) > len(rows) / 2
    for sentence in [*SENTENCES, *map(str.upper, SENTENCES)]:
        for rx, beginnings in rows:
            assert [m.span() for m in find_row(rx, sentence, beginnings)] == [
                m.span() for m in rx.finditer(sentence)], rx.pattern


@pytest.mark.parametrize(("pattern", "beginnings"), [
    (r"\b(?:the )?Kremlin\b", ("kre", "the")),
    (r"(?<!heavy )\bshell(?:ed|ing)\b|\bmortars?|\bmo\b", ("mo", "she")),
    (r"\b(?-i:IDF)\b", ("idf",)),
    (r"shell(?:ed|ing)", None),  # no boundary: "bombshelled" holds a match
    (r"\b\w+ing attacks?", None),  # the first word is not written out
    (r"(?<=\bwas )shot", None),
])
def test_the_beginnings_of_a_patterns_words_are_read_from_its_letters(pattern, beginnings):
    assert word_beginnings(pattern) == beginnings


def test_a_text_not_in_ascii_is_read_at_every_offset():
    rx = compile_prefiltered(r"\bkill(?:ed)?\b")
    assert [m.group() for m in find_row(rx, "Gunmen \u212aILLED two, ſ KILLED one", ("kill",))] == [
        "\u212aILLED", "KILLED"]



def test_a_word_pattern_searches_as_its_regex_does():
    pattern = (r"\b(?:toll|number of (?:dead|deaths))\b[^.;]{0,40}?\b(?:rose|risen) to\s+"
               r"|\bbeat(?:en)?\b")
    rx, words = re.compile(pattern, re.IGNORECASE), WordPattern(pattern)
    assert words.beginnings == ("bea", "num", "tol")
    texts = [*SENTENCES, "The toll rose to 12; a man was beaten, and the number of dead rose to 3.",
             "Heartbeat: the TOLL ROSE TO 12 in Ṭoll, beaten", "untoll rose to 4 beat"]
    for text in texts:
        assert [m.span() for m in words.finditer(text)] == [m.span() for m in rx.finditer(text)]
        for pos, endpos in [(0, None), (2, None), (3, 30), (13, 26), (40, len(text) + 5),
                            (-8, None), (0, -5)]:
            found, expected = words.search(text, pos, endpos), rx.search(
                text, pos, len(text) if endpos is None else endpos)
            assert (found and found.span()) == (expected and expected.span()), (text, pos)


#: Acts written with words their rows were once not looked for by.
TRIGGERED = [
    *SENTENCES,
    "Students hurled rocks at police after soldiers mistreated and maltreated detainees.",
    "A VBIED hit the base a day after the militants outlawed music in the town.",
]


def test_every_act_s_match_holds_a_word_its_row_is_looked_for_by():
    for row in read_table("event_acts"):
        stems = split_triggers(row["triggers"])
        if not stems:
            continue
        for sentence in TRIGGERED:
            for m in re.finditer(row["pattern"], sentence, re.IGNORECASE):
                assert any(w.startswith(stem) for w in words_of(m.group()) for stem in stems), (
                    row["act"], m.group())
