"""Lexicon patterns behind a look-ahead at their first characters find what they found before."""

from __future__ import annotations

import re
import string

import pytest

from geo.sources.tables import read_table
from geo.text.triggers import (
    _OTHER_CASES,
    TriggerIndex,
    WordPattern,
    compile_prefiltered,
    find_row,
    lowers_in_place,
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



def test_other_characters_keep_their_place_and_case_in_lower_case():
    every = [chr(c) for c in [*range(0x80, 0xD800), *range(0xE000, 0x110000)]]
    taken = {c for a in string.ascii_letters + string.digits + "_"
             for c in re.findall(re.escape(a), "".join(every), re.IGNORECASE)}
    word = re.compile(r"\w")
    for char in every:
        if lowers_in_place(char):
            lower = char.lower()
            assert len(lower) == 1 and not lower.isascii() and char not in taken, char
            assert bool(word.match(char)) == bool(word.match(lower)), char


@pytest.mark.parametrize("table", ["event_acts", "weapons", "actors", "actor_nouns"])
def test_a_text_with_curly_quotes_or_accents_is_read_where_its_words_begin(table):
    texts = ["\u201cRussian forces shelled Kharkiv,\u201d said the mayor of M\u00e9rida \u2014 "
             "the Ju\u00e1rez Cartel\u2019s men killed two civilians at \u00c9cole Saint-Marc.",
             "\u00c9TAIT: Les forces arm\u00e9es ont attaqu\u00e9; the army\u2019s drones hit "
             "Od\u00e9sa and \u00e9the troops clashed with rebels near Sake."]
    rows = [(compile_prefiltered(r["pattern"]), word_beginnings(r["pattern"]))
            for r in read_table(table)]
    for text in [*texts, *map(str.upper, texts)]:
        assert lowers_in_place(text) and not text.isascii()
        for rx, beginnings in rows:
            assert [m.span() for m in find_row(rx, text, beginnings)] == [
                m.span() for m in rx.finditer(text)], rx.pattern


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
    "Soldiers fired shots into the air and warning shots, and blocked the roads while not allowing "
    "residents to leave.",
    "The rebels installed a new administration after police foiled a plot and averted an attack.",
    "Air defences intercepted drones and downed a missile; most of them were shot down, and "
    "jets forced two UAVs to land.",
    "Men who had fought the army were arrested over the killing of a chief; a kidnapping gang "
    "and robbery suspects were held.",
    "As the fighting raged on, the rebels struck a deal, among them suicide bombers; the "
    "president strikes the balance.",
    "Fighters overan an outpost (a misspelling reports keep).",
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


#: Groups named by the words their rows are looked for by: a rare word of each name.
NAMED = [
    "Ma'awisley and Macawisley fighters met the U.S.-led coalition and CJTF-OIR near 3R rebels.",
    "Operation Inherent Resolve, US Africa Command and CENTCOM said the 444th Combat Brigade left.",
    "The Russian Volunteer Corps, the Russian National Guard and Rosgvardia fought in Belgorod.",
    "The People's Liberation Army of Manipur, PLA cadres and the Pa-O National Liberation Army.",
    "The March 23 Movement, the People's Protection Units and the People's Anti-Fascist Front.",
    "The Military Command Council for the Salvation of the Republic and Katiba Macina clashed.",
    "Ansar Dine, al-Mourabitoun and the Group for the Support of Islam and Muslims merged.",
    "Islamic State Somalia Province and IS-Somalia fighters; the Civilian Joint Task Force.",
    "Armed settlers and Israeli settlers; the District Reserve Guard; the Israel Defense Forces.",
    "The State Administration Council, the Security Belt Forces and FACT rebels of the Front "
    "for Change and Concord in Chad.",
    "The Juarez Cartel, the Front Patriotique de Liberation and the Patriotic Front for Justice.",
    "Inter-Services Public Relations said the National Salvation Front and NAS fighters left.",
    "The National Liberation Army, the Ta'ang National Liberation Army and the National "
    "Movement for the Liberation of Azawad.",
    "The National Resistance Front, the National Socialist Council of Nagaland and the National "
    "Democratic Front of Bodoland.",
    "Men of Dignity, the West Papua National Liberation Army, the Free Papua Movement and the "
    "National Resistance Forces.",
    "Kurdistan Freedom Falcons, NATO, the North Atlantic Treaty Organization, Comandos de la "
    "Frontera and the Defence Intelligence of Ukraine.",
    "The Islamic Revolutionary Guard Corps, the Quds Force and the Islamic State West Africa "
    "Province; the Islamic State in the Greater Sahara and Islamic State Sahel.",
    "Islamic State Khorasan Province, ISIS-K, Al Qaeda in the Islamic Maghreb, the Islamic State "
    "Central Africa Province and Islamic State Mozambique.",
    "The Islamic Resistance in Iraq, the Central African Liberation Movement for Justice and "
    "the Central Reserve Police Force.",
    "The Gulf Clan, the Clan del Golfo, Anti-Balaka and the Citizen Armed Force Geographical Unit.",
    "The East African Community Regional Force, East Indonesia Mujahideen, Mujahidin Indonesia "
    "Timur and Operation Barkhane.",
    "Familia do Norte, the Punjab Rangers, the Southern Transitional Council and the Movement for "
    "the Salvation of Azawad.",
    "The Free Life Party of Kurdistan, Segunda Marquetalia and the Second Marquetalia.",
    "Los Lobos, Los Choneros, Los Tiguerones, Los Ardillos, Los Rojos, Los Shottas and Los "
    "Espartanos.",
    "Dan Na Ambassagou, the New IRA, the New Irish Republican Army, the Santa Rosa de Lima Cartel "
    "and the Cartel de Santa Rosa de Lima.",
    "Operation Hadin Kai and Operation Safe Haven; members of two clans and Hindu and Muslim "
    "youths.",
    "The Al-Baraa Bin Malik Brigade, the Counter-Terrorism Department, the Freedom of Russia "
    "Legion, the Legion Freedom of Russia, the Congo River Alliance and Alliance Fleuve Congo.",
    "A drone hit a military camp near the front.",
]


def test_every_named_actor_s_match_holds_a_word_its_row_is_looked_for_by():
    found = 0
    for row in [*read_table("actors"), *read_table("actor_nouns")]:
        stems = split_triggers(row["triggers"])
        for sentence in NAMED:
            for m in re.finditer(row["pattern"], sentence, re.IGNORECASE):
                found += 1
                assert any(w.startswith(stem) for w in words_of(m.group()) for stem in stems), (
                    row["pattern"], m.group())
    assert found >= 90


def test_a_sentence_of_common_words_tries_no_named_group():
    # each group's row is looked for by a rare word of its name, not "people" or "national"
    index = TriggerIndex((i, split_triggers(r["triggers"])) for i, r in enumerate(
        read_table("actors")))
    assert not index.candidates("People from the west and Russian men marched with a national "
                                "front, a state council and the civilian district in March to "
                                "support their group.")
