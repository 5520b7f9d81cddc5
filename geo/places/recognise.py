"""Recognition: find the place names in a text, with character offsets.

Capitalised word sequences are looked up in the gazetteer (case-sensitive, on word
boundaries, longest match first); then context filters drop what is not a place here:
ordinary words at a sentence start, parts of personal and organisation names
("Vladimir Putin", "Black Sea Fleet"), and countries or capitals that stand for a
state acting or speaking ("Russia said", "Ukraine's national guard", "Moscow blamed
Kyiv"). Those actor uses are kept apart, since they still tell which countries the
story is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache, reduce
from itertools import accumulate, compress, count, repeat
from operator import and_, itemgetter
from typing import NamedTuple

from geo.places import LARGE_CITY
from geo.sources.gazetteer import (
    ALTERNATE,
    COMMON_WORD,
    GIVEN_NAME,
    WELL_KNOWN_TOWN,
    Candidate,
    Gazetteer,
    lookup_spelt_like,
)
from geo.sources.tables import cue_words, demonyms, holding_forces, person_words, read_table
from geo.text.layout import article_layout
from geo.text.triggers import WordPattern, compile_prefiltered

MAX_TOKENS = 6
# A word: letters with inner apostrophes (L'viv), or U.S.-style initials. Hyphenated words
# are split into their parts, which spans join again ("Rostov-on-Don", "Ivano-Frankivsk"),
# so that "Vienna-based" and "Russia-Ukraine" still show their names. A word's last
# possessive 's is a word of its own ("Russia", "'s").
_WORD = re.compile(r"(?:[A-Z]\.){2,}"
                   r"|[^\W\d_]+(?:['’](?!s(?![^\W\d_]|['’][^\W\d_]))[^\W\d_]+)*"
                   r"|(?<=[^\W\d_])['’]s(?![^\W\d_]|['’][^\W\d_])")
#: A word, kept by ``re.split`` between the gaps around it; the look-ahead at its first
#: character (a letter or an apostrophe) turns the engine away from a gap's at once.
_SPLIT_AT_WORDS = re.compile(f"(?=[^\\W\\d_]|['’])({_WORD.pattern})")
#: The same for an ASCII text, whose letters (``[^\W\d_]``) are ``[A-Za-z]``: the engine tests
#: those sooner than a Unicode category.
_ASCII_SPLIT_AT_WORDS = re.compile(_SPLIT_AT_WORDS.pattern.replace(r"[^\W\d_]", "[A-Za-z]"))
_CONNECTORS = {"of", "de", "del", "da", "do", "al", "el", "on", "upon", "the", "la", "le", "sur",
               "an", "am", "bin", "ibn", "y", "and", "es", "au", "aux", "du", "des", "di", "dos",
               "das", "van", "der", "den", "ad", "as", "ar", "at", "ash", "az", "ul", "ol", "los",
               "las", "ez", "ed", "esh"}  # "ez", "ed", "esh": the Arabic article ("Deir ez-Zor")
# An Arabic article written before a name with a hyphen: "al-Raqqa", "el-Fasher".
_PARTICLES = {"al", "el", "ad", "as", "an", "ar", "at", "ash", "az", "Al", "El", "Ad", "As", "An",
              "Ar", "At", "Ash", "Az"}
# The Persian ezafe joining a name's words, hyphened to the word before: "Pul-e-Khumri".
_EZAFE = {"e", "i", "ye", "yi"}
_POSSESSIVE_S = frozenset({"'s", "’s"})
#: A French or Italian article elided before a capitalised word inside a name: "Coeur
#: d'Alene", "Côte d'Ivoire", "Val-d'Oise".
_ELIDED_ARTICLE = re.compile(r"(?:d|l|dell)['’][A-Z]")
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$|^\s*$")


class Token(NamedTuple):
    """A word and its offsets (a tuple: an article has thousands)."""

    start: int
    end: int
    text: str


@dataclass
class Match:
    """A gazetteer name found in the text, before resolution."""

    start: int
    end: int
    text: str
    candidates: list[Candidate]
    tokens: int
    actor: bool = False  # a country or capital standing for its state
    marked: str = ""  # how the text marks a name the gazetteer lacks ("village of", "site")
    #: only another name of some place, in a hyphenated name the gazetteer lacks ("Ceel"
    #: in "Ceel-Gilow", "Kassa" in "Ngolo-Kassa"): a place only near the article's other places
    compound_part: bool = False


def tokenize(text: str) -> list[Token]:
    """Words with offsets; a trailing possessive 's is split off the word."""
    # The text as gap, word, gap, word, ...: the words' offsets are the running sums of the
    # pieces' lengths, with no match object made per word. tuple.__new__ skips the named
    # tuple's constructor, written in Python.
    pieces = (_ASCII_SPLIT_AT_WORDS if text.isascii() else _SPLIT_AT_WORDS).split(text)
    pieces.pop()  # the text after the last word
    offsets = list(accumulate(map(len, pieces)))
    starts, ends, words = offsets[0::2], offsets[1::2], pieces[1::2]
    return list(map(tuple.__new__, repeat(Token), zip(starts, ends, words, strict=True)))


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _starts_name(text: str, tokens: list[Token], i: int) -> bool:
    """A capitalised word, or an Arabic article hyphened to one ("al-Raqqa")."""
    tok = tokens[i]
    if tok.text[:1].isupper():
        return True
    return (tok.text in _PARTICLES and i + 1 < len(tokens)
            and text[tok.end : tokens[i + 1].start] == "-" and _capitalised(tokens[i + 1]))


def _joinable(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    if not gap:  # "Cox's Bazar": a possessive 's inside a name
        return right.text in _POSSESSIVE_S
    if gap == ".":  # "W.Va."
        return len(left.text) == 1
    return gap in (" ", "-", ". ") and not (gap == ". " and len(left.text) > 3)


#: Two capitalised words of four letters or more joined by a hyphen ("Petion-Ville"; not
#: "Tri-State").
_HYPHENED_WORDS = re.compile(r"\b([A-Z]\w{3,})-([A-Z])(?=\w{3})")


def _lookup_forms(text: str, start: int, end: int, *,
                  dateline_town: bool = False) -> list[tuple[str, int]]:
    """Forms of a span to look up, with the end offset each covers: as written, with
    an abbreviation's dot ("Kan.", "W.Va.", "W. Va."), title-cased when in capitals
    ("CHARLESTON"; a short word only as a dateline's town, "ZUG, Switzerland -", since
    elsewhere it is more often initials), hyphened words joined ("Petion-Ville" as
    "Petionville")."""
    name = text[start:end]
    forms = [(name, end)]
    if "’" in name:  # the gazetteer writes most names' apostrophes straight
        forms.append((name.replace("’", "'"), end))
    if text[end : end + 1] == "." and len(name.rsplit(".", 1)[-1]) <= 5:
        forms.append((name + ".", end + 1))
        if ". " in name:  # "W. Va." as "W.Va.", "N. Y." as "N.Y."
            forms.append((name.replace(". ", ".") + ".", end + 1))
    if "-" in name:  # "Petion-Ville" as the gazetteer's "Petionville"
        joined = _HYPHENED_WORDS.sub(lambda w: w.group(1) + w.group(2).lower(), name)
        if joined != name:
            forms.append((joined, end))
    if name.isupper() and (len(name) > 3 or dateline_town) and (
            "." not in name or re.search(r"[A-Z]{3}", name)):
        # "ST. PAUL" too, though not initials ("U.S.")
        title = name.title()
        forms.append((title, end))
        # "PORT-AU-PRINCE" -> "Port-au-Prince", "DAR ES SALAAM" -> "Dar es Salaam"
        inner = re.sub(r"(?<=[\s-])(\w+)(?=[\s-])",
                       lambda w: w.group(1).lower() if w.group(1).lower() in _CONNECTORS
                       else w.group(1), title)
        if inner != title:
            forms.append((inner, end))
    return forms


def _dateline_town_start(text: str) -> int | None:
    """Where the dateline's town begins, when a comma follows it ("BOR, South Sudan (AFP) -"),
    so that a short name in capitals there is read as a town rather than initials."""
    dateline = article_layout(text).dateline
    if dateline is None or "/" in dateline.place:
        return None
    after = dateline.start + len(dateline.place)
    if text[dateline.start : after] != dateline.place or text[after : after + 1] != ",":
        return None
    return dateline.start


def _first_words(tokens: list[Token]) -> list[int]:
    """The indices of the capitalised words and the particles, in order: the only words a
    name may begin with (found without a step in Python per word)."""
    words = list(map(itemgetter(2), tokens))
    return sorted({*compress(count(), map(str.isupper, map(itemgetter(0), words))),
                   *compress(count(), map(_PARTICLES.__contains__, words))})


def _span_candidates(text: str, tokens: list[Token], firsts: list[int],
                     ) -> list[tuple[int, int]]:
    """Token index ranges of capitalised word sequences, up to MAX_TOKENS long; ``firsts``:
    ``_first_words(tokens)``."""
    spans = []
    facility_words = cue_words("facility_word")  # "Beddawi refugee camp"
    for i in firsts:
        tok = tokens[i]
        if not (tok.text[:1].isupper() or (tok.text in _PARTICLES and _starts_name(
                text, tokens, i))) or tok.text in _POSSESSIVE_S:
            continue
        for j in range(i, min(i + MAX_TOKENS, len(tokens))):
            if j > i:
                if not _joinable(text, tokens[j - 1], tokens[j]):
                    break
                word = tokens[j].text
                if not (word[:1].isupper() or _inner_word(word) or word in facility_words
                        or word in _POSSESSIVE_S or _ELIDED_ARTICLE.match(word)
                        or (word.isupper() and tokens[i].text.isupper())):  # "PORT-AU-PRINCE"
                    break
            if not _inner_word(tokens[j].text) and not (
                    tokens[j].text in _POSSESSIVE_S and not _ends_name(text, tokens, i, j)):
                spans.append((i, j))
    return spans


def _inner_word(word: str) -> bool:
    """A word that may stand inside a name but not end it: a connector ("Rostov-on-Don"),
    or a short lower-case word of another language ("Nove Mesto na Morave", "Usti nad
    Labem"); a span is a name only if the gazetteer holds it whole."""
    return word in _CONNECTORS or (word.islower() and len(word) <= _INNER_WORD_LETTERS)


#: The most letters of a lower-case word inside a name that is no connector.
_INNER_WORD_LETTERS = 3


def _ends_name(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """May the possessive 's at token ``j`` end the name begun at ``i``: after two words
    ("St. John's"; "Smith's" is a person's), and with no capitalised word after it, whose
    name it begins ("St. John's Church")?"""
    return j - i >= 2 and not (
        j + 1 < len(tokens) and text[tokens[j].end : tokens[j + 1].start] == " "
        and _capitalised(tokens[j + 1]))


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    # A bounded look back: a line break before the word, across a little indentation.
    return (start == 0 or bool(_SENTENCE_END.search(before))
            or text[max(0, start - 20) : start].rstrip(" \t").endswith("\n"))


#: A word long enough to tell a title-cased line ("Violence In Africa Fear Of Zombies") from
#: prose, whose short words ("in", "of") a headline may keep small; not a handle or hashtag.
_LONG_WORD = re.compile(r"(?<![@#\w])[^\W\d_]{4,}")
_HEADLINE_WORDS = 4  # the fewest long words that show a line's style
#: The least population of a town that a headline's capitals do not make a person's
#: name ("Violence In Napa Grows", but "Obama Just Let", "Tornado Forming").
_HEADLINE_TOWN = 50_000


#: What ends a headline on a line that goes on: a colon, or a dash or bar between spaces
#: ("What Africa Really Needs To Fight Ebola: Lasrick writes ...", "... Grows - The Atlantic").
_HEADLINE_END = re.compile(r":\s|\s[-–—|]\s")


class _Headlines:
    """Which lines, or parts of a line ended by a colon or a spaced dash, are written in
    title case or capitals, where a capital letter marks no name ("Measles Outbreak That
    Began At Disneyland Grows"): past the first word, four long words capitalised and none
    in lower case, or eight and one (a sentence naming places, "Looting in Itaugua
    (Central) on Monday", is no headline). A part is read when a name in it asks, and a
    part of prose only to its second lower-case word."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: dict[tuple[int, int], bool] = {}
        self._ends: dict[int, list[tuple[int, int]]] = {}  # line start -> its parts' ends

    def __contains__(self, at: int) -> bool:
        start = self.text.rfind("\n", 0, at) + 1
        end = self.text.find("\n", at)
        end = len(self.text) if end < 0 else end
        if self._read(start, end):
            return True
        if start not in self._ends:  # a line's names ask in turn: its ends are found once
            self._ends[start] = [part.span() for part in
                                 _HEADLINE_END.finditer(self.text, start, end)]
        for part_start, part_end in self._ends[start]:
            if part_end <= at:
                start = part_end
            else:
                end = part_start
                break
        return self._read(start, end)

    def _read(self, start: int, end: int) -> bool:
        if (start, end) not in self.lines:
            self.lines[start, end] = self._title_cased(start, end)
        return self.lines[start, end]

    def _title_cased(self, start: int, end: int) -> bool:
        words = _LONG_WORD.finditer(self.text, start, end)
        next(words, None)
        capitalised = small = 0
        for w in words:
            if w.group()[0].isupper():
                capitalised += 1
            else:
                small += 1
                if small > 1:
                    return False
        return capitalised >= _HEADLINE_WORDS * (1 + small)


def _headline_place(candidates: list[Candidate]) -> bool:
    """Is a name well enough known to stand in a headline beside other capitalised words:
    a country, a region, a continent or a large town?"""
    return any(c.place.kind in ("country", "admin1", "region_other")
               or c.place.population >= _HEADLINE_TOWN for c in candidates)


def _containers(text: str, tokens: list[Token], found, known,
                gazetteer: Gazetteer) -> dict[str, set[tuple]]:
    """Names of countries and first-level regions in the text, and the US postal codes
    written after a US place's name (not in capitals, where "CO." is a county), each with
    the (kind, country) it may be: a place's name may run on into its container with no
    comma ("Kingsport TN", "London UK", "Paris Texas")."""
    names: dict[str, set[tuple]] = {}
    for i, _j, form, end in found:
        units = {(c.place.kind, c.place.country) for c in known[form]
                 if c.place.kind in ("country", "admin1")}
        if units:
            names.setdefault(form, set()).update(units)
        code = _STATE_CODE.match(text, end)
        if code is not None and not text[tokens[i].start : end].isupper() and any(
                c.place.country == "US" for c in known[form]) and gazetteer.region(
                f"US-{code.group(1)}") is not None:
            names.setdefault(code.group(1), set()).add(("admin1", "US"))
    return names


def _container_follows(text: str, at: int, match: Match, containers: dict[str, set[tuple]],
                       ) -> bool:
    """Does a container of the match begin at offset ``at``, as a whole word: a region or
    country holding one of its candidates, or another country after a country ("Syria
    Iraq Libya")?"""
    countries = {c.place.country for c in match.candidates}
    country = any(c.place.kind == "country" for c in match.candidates)
    for name, holds in containers.items():
        if (name[:1] == text[at : at + 1] and text.startswith(name, at)
                and not text[at + len(name) : at + len(name) + 1].isalnum()
                and any(c in countries or country and kind == "country" for kind, c in holds)):
            return True
    return False


#: A web address or a social media handle: its letters name no place ("http://t.co/EDvisJ9Ico",
#: "@NOLA_Traffic").
_URL = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S*|(?<![\w@])@\w+", re.IGNORECASE)


def find_toponyms(text: str, gazetteer: Gazetteer, *,
                  organisations: Iterable[tuple[int, int]] = ()) -> list[Match]:
    """Place names in ``text``, longest match first, actor uses flagged.

    Parameters
    ----------
    text
        The article text.
    gazetteer
        An open gazetteer index.
    organisations
        Spans (start, end) of named organisations, such as armed groups. A name inside
        one is no place: a country's or region's name there stands for the group's
        state or land ("Tigray People's Liberation Front") and is flagged as an actor
        use; any other is dropped ("Haram" in "Boko Haram").

    Returns
    -------
    Matches in text order, each with its gazetteer candidates; those with
    ``actor=True`` stand for a state and are not places.
    """
    if "://" in text or "www." in text or "@" in text:
        text = _URL.sub(lambda u: " " * len(u.group()), text)  # same offsets, no words
    text = designator_phrases().sub(lambda d: d.group().lower(), text)  # same offsets
    tokens = tokenize(text)
    firsts = _first_words(tokens)
    town_at = _dateline_town_start(text)
    spans = [(i, j, form, end)
             for i, j in _span_candidates(text, tokens, firsts)
             for form, end in _lookup_forms(text, tokens[i].start, tokens[j].end,
                                            dateline_town=tokens[i].start == town_at)]
    known = gazetteer.lookup({form for _, _, form, _ in spans})
    joined, parts = _article_joined(text, tokens, firsts, spans, known, gazetteer)
    known |= joined
    parts_of_quarters = _in_quarter_names(text, tokens, firsts, spans, known)
    found = [span for span in spans if span[2] in known and (span[0], span[1]) not in (
        parts_of_quarters) and not ((span[0], span[1]) in parts and (
            parts[span[0], span[1]] or not _strong_candidates(known[span[2]])))]
    found.sort(key=lambda s: (s[0], -s[3]))
    confirmed = _confirmed(text, tokens, found, known)
    headlines = _Headlines(text)
    containers = _containers(text, tokens, found, known, gazetteer)
    # names after a role or a title: "spokesman Abdifatah Aden", "Interior Minister Ali Amir"
    in_person = {(i, j) for i, j, _form, _end in found if _in_named_person(text, tokens, i, j)}
    surnames = _surnames(text, tokens, found, known, headlines, in_person) - confirmed
    matches: list[tuple[int, int, Match]] = []
    taken_until = -1
    named = {i for i, *_ in found}
    ends = {j for _i, j, *_ in found}
    for i, j, form, end in found:
        if i <= taken_until or form in surnames or _head_of_unknown_unit(text, tokens, j, named):
            continue
        if _head_of_unknown_compound(text, tokens, i, j, named, known[form]):
            continue
        if form in confirmed and (i, j) in in_person:
            continue  # "in Aden ..., spokesman Ali Aden said": the place, then the person
        start = tokens[i].start
        match = Match(start, end, text[start:end], known[form], j - i + 1)
        match.compound_part = bool(_hyphened_to_unknown(text, tokens, j, named)
                                   or _hyphened_after_unknown(text, tokens, i, ends)) and all(
            c.flags & ALTERNATE and c.place.kind not in ("country", "admin1")
            for c in known[form])
        if _is_place_name(text, tokens, i, j, match, known, confirmed=form in confirmed,
                          headline=_headline_place(known[form]) and start in headlines,
                          containers=containers):
            matches.append((i, j, match))
            taken_until = j
    matches = [(i, j, m) for i, j, m in matches if not _tail_of_longer_name(text, tokens, i, m)]
    matches = _with_marked_names(text, tokens, firsts, matches, known, gazetteer)
    matches = _with_capitals(text, tokens, matches, gazetteer)
    matches = _with_state_codes(text, tokens, matches, gazetteer)
    matches = _with_lone_state_codes(text, tokens, matches, gazetteer)
    matches = _with_city_abbreviations(text, tokens, matches, gazetteer)
    matches = _with_cut_name(text, tokens, matches, gazetteer)
    matches = _with_lower_case_names(text, tokens, matches, gazetteer)
    tagged: set[int] = set()
    if "#" in text:
        matches, tagged = _with_hashtags(text, tokens, matches, gazetteer)
    organisations = list(organisations)
    kept = []
    for k, (i, j, match) in enumerate(matches):
        if match.text in _peoples() and not any(
                c.place.kind in ("admin1", "country") for c in match.candidates):
            continue  # "Hema and Lendu youths": a people, not a namesake town abroad
        if _names_a_people(text, match.end) and not any(
                c.place.kind in ("admin1", "country") or c.place.population >= LARGE_CITY
                for c in match.candidates):
            continue  # "the Samburu tribe": a people; "a Gaza clan" is a clan from Gaza
        if any(start <= match.start and match.end <= end for start, end in organisations) or (
                _TOLD.search(text, max(0, match.start - 12), match.start)
                and _TOLD_ENDS.match(text, match.end)):
            # "Tigray" in the TPLF's name stands for its land; "Haram" in "Boko Haram" is none;
            # whom someone told is an outlet or a government ("told The Irrawaddy that", "told
            # Kyiv on"), but not the town an outlet or its people are named after ("told the
            # Winnipeg Free Press", "told Kherson residents")
            match.actor = any(c.place.kind in ("country", "admin1") for c in match.candidates)
            if not match.actor:
                continue
        else:
            next_start = matches[k + 1][0] if k + 1 < len(matches) else len(tokens)
            match.actor = (bool(match.candidates) and match.start not in tagged
                           and _is_actor(text, tokens, i, j, match, next_start,
                                         matches[k + 1] if k + 1 < len(matches) else None))
        kept.append(match)
    return kept


@cache
def _peoples() -> frozenset[str]:
    """The written forms of peoples' names (``ethnic_groups.csv``): "Hema", "Kuki"."""
    return frozenset(form for row in read_table("ethnic_groups")
                     for form in row["forms"].split("|"))


def _names_a_people(text: str, end: int) -> bool:
    """Whether the word after a name ending at ``end`` makes it a people's name: "the
    Samburu tribe", "Marehan clansmen" (``cue_words.csv`` role ``people_after_name``)."""
    return _word_after_is(text, end, "people_after_name")


#: Between a name and the region it lies in: " in ", " in the ".
_IN_THE = re.compile(r" in (?:the )?")
#: The word after a name: "region" in "the Catatumbo region".
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def written_as_region(text: str, end: int) -> bool:
    """Whether the word after a name ending at ``end`` makes it a region ("the Catatumbo
    region", "Ituri province")."""
    return _word_after_is(text, end, "region_designator")


def _word_after_is(text: str, end: int, role: str) -> bool:
    """Whether the word after a name ending at ``end`` is one of ``role`` (``cue_words.csv``)."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1).lower() in cue_words(role)

#: The end of whom someone told, right after the name: "told The Irrawaddy that", "told Kyiv."
_TOLD_ENDS = re.compile(r"\s*(?:[,.;:]|$)|\s+(?:that|on|in|last|about|of)\b")
#: Right before whom someone told: "told", "told the".
_TOLD = re.compile(r"\btold\s+(?:[Tt]he\s+)?$")
#: Up to three lower-case words after a preposition of place: "a tornado in las vegas".
_LOWER_AFTER_LOCATIVE = WordPattern(
    r"\b(?:in|from|at|near|across|throughout|outside)\s+"
    r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|which|what|"
    r"order|part|addition|response|front|place|time|fact|all|some|many|most|one|two|"
    r"recent|least|which|whom|case|general|particular|total|turn|any|each|every)\b)"
    r"([a-z]{3,}(?:\s+[a-z]+){0,2})", 0)


def _with_lower_case_names(text, tokens, matches, gazetteer) -> list[tuple[int, int, Match]]:
    """Add a name written in lower case, as informal posts write them: after a preposition
    of place, a country, region or continent, or a city of 100,000+, under its own name and
    no ordinary word ("measles in las vegas"; "I live in klerksdorp" is too small, "in
    turkey", "in reading" stay words); anywhere in a short post, a name well known enough
    to need no preposition (``Gazetteer.well_known_names``: "if chicago loses"; in an
    article, "guinea pigs" and "new york strip" are words). The longest such run first."""
    runs = (_lower_case_runs(text, tokens, gazetteer.well_known_names())
            if len(text) <= _POST_CHARS else [])
    for m in _LOWER_AFTER_LOCATIVE.finditer(text):
        words = m.group(1).split()
        if words[0] in ("the", "a", "an") or words[0] in _DIRECTIONS:
            continue  # "in the valley" (The Valley, Anguilla), "in north east Scotland"
        for n in range(len(words), 0, -1):
            end = m.start(1) + len(" ".join(words[:n]))
            run = text[m.start(1) : end]
            if " " in run.strip() and re.search(r"\s{2,}", run):
                continue
            runs.append((m.start(1), end, run.title(), n))
    if not runs:
        return matches
    known = gazetteer.lookup({title for *_, title, _n in runs})
    if not known:
        return matches
    starts = {t.start: k for k, t in enumerate(tokens)}
    taken = {t for a, b, _m in matches for t in range(a, b + 1)}
    found, used = [], set()
    for start, end, title, n in runs:
        k = starts.get(start)
        if start in used or k is None or title not in known or any(
                t in taken for t in range(k, k + n)):
            continue
        taken.update(range(k, k + n))
        cands = known[title]
        if any(c.flags & COMMON_WORD for c in cands) or not any(
                not c.flags & ALTERNATE and (c.place.kind in ("country", "admin1", "region_other")
                                             or c.place.population >= LARGE_CITY)
                for c in cands):
            continue
        used.add(start)
        found.append((k, k + n - 1, Match(start, end, text[start:end], cands, n)))
    return sorted(matches + found, key=lambda t: t[0]) if found else matches


#: The longest text read as a post (a tweet of 280 characters, with its links) rather than
#: an article, whose lower-case words are words.
_POST_CHARS = 500
#: What stands right before or after a word of a web address, a file path or a handle.
_NOT_PROSE = frozenset("#@/\\._-'’&")


def _lower_case_runs(text: str, tokens: list[Token], well_known: frozenset[str],
                     ) -> list[tuple[int, int, str, int]]:
    """Runs of up to three lower-case words, one space apart, that are a well-known name, as
    (start, end, title-cased name, words), the longest at each word first; not inside a web
    address, a path, a handle or a hyphenated word."""
    runs = []
    beginnings = _beginnings(well_known)
    for k, tok in enumerate(tokens):
        if (not tok.text.islower() or tok.text not in beginnings  # no such name begins so
                or text[tok.start - 1 : tok.start] in _NOT_PROSE or tok.text in ("the", "a", "an")):
            continue  # "in the valley" (The Valley, Anguilla)
        for n in range(min(3, len(tokens) - k), 0, -1):
            last = tokens[k + n - 1]
            run = text[tok.start : last.end]
            if (run in well_known and run.islower() and "  " not in run
                    and text[last.end : last.end + 1] not in _NOT_PROSE - {".", "'", "’"}
                    and not (text[last.end : last.end + 1] == "." and text[last.end + 1 :
                                                                         last.end + 2].isalnum())):
                runs.append((tok.start, last.end, run.title(), n))
                break
    return runs


@cache
def _beginnings(names: frozenset[str]) -> frozenset[str]:
    """Every beginning of each of ``names`` ("ab", "abu", "abu d", ...)."""
    return frozenset(name[:n] for name in names for n in range(1, len(name) + 1))


#: Two capitals standing alone, as a US postal code is written ("in NJ", "Western KY"), not
#: before a capitalised word ("NY Times"). What may not stand before them is looked behind
#: from the first capital, so that the engine skips to capitals.
_LONE_CAPITALS = re.compile(r"([A-Z](?<![\w&@.-].)[A-Z])(?![\w&@-]|\.\w|\s+[A-Z][a-z])")
#: The words before such a code that place it: a preposition of place or a direction.
_PLACES_A_CODE = re.compile(
    r"(?i:\b(?:in|across|from|to|at|near|outside|throughout|around|"
    r"(?:north|south|east|west)(?:ern)?|central|upstate|downstate))\s+$")


def _with_lone_state_codes(text, tokens, matches, gazetteer) -> list[tuple[int, int, Match]]:
    """Add a US state's postal code standing alone where the words before it place it
    ("flooding in NJ", "a tornado watch for Western KY"), or paired by a slash with another
    state's code, one of them no word ("along the NE/KS border"); not the codes that are also
    words or common initialisms ("in OR", "at ME", "in PA"), nor one before a capitalised
    word ("in NY Times"), nor in a line written in capitals."""
    found: list[tuple[int, int, Match]] = []
    starts: list[int] = []
    taken: set[int] = set()
    not_codes = cue_words("not_state_code")
    paired = _paired_state_codes(text, not_codes, gazetteer) if "/" in text else set()
    for code in _LONE_CAPITALS.finditer(text):
        letters = code.group(1)
        if code.start(1) not in paired and (letters in not_codes or not _PLACES_A_CODE.search(
                text, max(0, code.start() - 16), code.start())):
            continue
        if not starts:  # read only where a code is placed
            starts = [t.start for t in tokens]
            taken = {t for a, b, _m in matches for t in range(a, b + 1)}
        k = bisect_left(starts, code.start(1))
        line = text[text.rfind("\n", 0, code.start()) + 1 : code.end()]
        if k in taken or sum(c.islower() for c in line) < 3:
            continue
        state = gazetteer.region(f"US-{letters}")
        if state is not None and k < len(tokens) and tokens[k].start == code.start(1):
            found.append((k, k, Match(code.start(1), code.end(1), letters, [state], 1)))
    return sorted(matches + found, key=lambda t: t[0]) if found else matches


#: Two capitals, a slash and two capitals: "NE/KS".
_SLASHED_CODES = re.compile(r"(?<![\w/])([A-Z]{2})/([A-Z]{2})(?![\w/])")


def _paired_state_codes(text: str, not_codes: frozenset[str], gazetteer) -> set[int]:
    """The starts of US states' postal codes paired by a slash ("the NE/KS border"), where
    one of the two is no word or initialism, so the pair is no "IN/OUT"."""
    paired = set()
    for pair in _SLASHED_CODES.finditer(text):
        a, b = pair.group(1), pair.group(2)
        if (a not in not_codes or b not in not_codes) and all(
                gazetteer.region(f"US-{c}") is not None for c in (a, b)):
            paired.update((pair.start(1), pair.start(2)))
    return paired


#: A post cut short: a word broken off by an ellipsis ("in eastern Ukrain... http://t.co/x"),
#: or by the replacement character a lost ellipsis leaves, with nothing after it but
#: hashtags, handles and punctuation (web addresses are blanked by then).
_CUT_SHORT = re.compile(r"(?<=[^\W\d_])(?:\.{3}|…|\ufffd)(?=(?:\s|#\w+|[^\w\s])*$)")
#: The fewest letters of a cut name that are read as its beginning.
_CUT_LETTERS = 4


def _with_cut_name(text, tokens, matches, gazetteer) -> list[tuple[int, int, Match]]:
    """Add the name a post's last words begin when the post was cut short there, as feeds
    and retweets cut a post to its length ("rebel battalion in eastern Ukrain..."): the
    capitalised words before the break begin the names of one place only, a country,
    first-level region, continent or city of a million people (``Gazetteer.names_beginning``:
    "Amrits" begins Amritsar's spellings, "Sout" many places' names). A word already read as a name
    stays as it is."""
    cut = _CUT_SHORT.search(text)
    if cut is None:
        return matches
    ends = [t.end for t in tokens]
    j = bisect_left(ends, cut.start())
    if j == len(tokens) or ends[j] != cut.start():
        return matches
    taken = {t for a, b, _m in matches for t in range(a, b + 1)}
    for i in range(max(0, j - 2), j + 1):  # the longest run first: "East Midlan"
        start = tokens[i].start
        prefix = text[start : cut.start()]
        if (not tokens[i].text[:1].isupper() or any(k in taken for k in range(i, j + 1))
                or len(prefix) < _CUT_LETTERS or "\n" in prefix):
            continue
        if i and text[tokens[i - 1].end : start] == " " and tokens[i - 1].text[:1].isupper():
            continue  # the name began before: "Midlan" of "East Midlan" is no "Midlands"
        found = gazetteer.lookup(gazetteer.names_beginning(prefix))
        places = {c.id: c for cands in found.values() for c in cands
                  if c.place.kind in ("country", "admin1", "region_other")
                  or c.place.population >= WELL_KNOWN_TOWN}
        if len(places) == 1:
            match = Match(start, cut.start(), prefix, [*places.values()], j - i + 1)
            return sorted([*matches, (i, j, match)], key=lambda t: t[0])
    return matches


#: Two or three capitals standing alone, or as a whole hashtag ("in LA", "#DFW"), not before a
#: capitalised word ("LA Times").
_SHORT_CAPITALS = re.compile(r"(?<![\w&@.-])#?([A-Z]{2,3})(?![\w&@-]|\.\w|\s+[A-Z][a-z])")


@cache
def _city_abbreviations() -> dict[str, tuple[str, int]]:
    """``city_abbreviations.csv``: abbreviation -> (the city's name, its GeoNames id)."""
    return {row["abbreviation"]: (row["name"], int(row["geonameid"]))
            for row in read_table("city_abbreviations")}


def _with_city_abbreviations(text, tokens, matches, gazetteer) -> list[tuple[int, int, Match]]:
    """Add a large city's short capitals in a short post ("the measles are in LA", "good
    morning ATL", "#DFW"; ``city_abbreviations.csv``): posts write them for the city, where
    news prose writes the same letters for other things. Not before a capitalised word ("LA
    Times"), nor in a line written in capitals, where any word is in capitals."""
    if len(text) > _POST_CHARS:
        return matches
    abbreviations = _city_abbreviations()
    found: list[tuple[int, int, Match]] = []
    starts: list[int] = []
    taken: set[int] = set()
    for code in _SHORT_CAPITALS.finditer(text):
        letters = code.group(1)
        if letters not in abbreviations:
            continue
        line = text[text.rfind("\n", 0, code.start()) + 1 : code.end()]
        if sum(c.islower() for c in line) < 3:
            continue
        if not starts:
            starts = [t.start for t in tokens]
            taken = {t for a, b, _m in matches for t in range(a, b + 1)}
        k = bisect_left(starts, code.start(1))
        if k in taken or k == len(tokens) or tokens[k].start != code.start(1):
            continue
        name, geonameid = abbreviations[letters]
        city = [c for c in gazetteer.lookup([name]).get(name, [])
                if c.place.geonameid == geonameid]
        if city:
            found.append((k, k, Match(code.start(1), code.end(1), letters, city, 1)))
    return sorted(matches + found, key=lambda t: t[0]) if found else matches


#: Two capitals after a name, as in "Kansas City, MO" or "Kingsport TN".
_STATE_CODE = re.compile(r",? ([A-Z]{2})(?![\w&@-]|\.\w)")


def _with_state_codes(text, tokens, matches, gazetteer) -> list[tuple[int, int, Match]]:
    """Add a US state's two-letter postal code written after a US place's name ("Newark,
    NJ"): the state, and so the container that picks the namesake. The postal codes are
    the states' ISO 3166-2 codes, so the gazetteer's regions know them; alone ("in OK"),
    such letters are too often a word or an initialism to be read as a state, and after
    a name in capitals, an abbreviation ("PLYMOUTH CO.", the county)."""
    found = []
    starts = [t.start for t in tokens]
    taken = {m.start for _i, _j, m in matches}
    for _i, _j, m in matches:
        code = _STATE_CODE.match(text, m.end)
        if code is None or code.start(1) in taken or m.text.isupper() or not any(
                c.place.country == "US" for c in m.candidates):
            continue
        state = gazetteer.region(f"US-{code.group(1)}")
        if state is not None:
            k = bisect_left(starts, code.start(1))
            found.append((k, k, Match(code.start(1), code.end(1), code.group(1), [state], 1)))
    return sorted(matches + found, key=lambda t: t[0]) if found else matches


#: A hashtag's body, and the words a hashtag runs together ("GazaUnderAttack", "NYC").
_HASHTAG = re.compile(r"(?<![\w&#])#(\w+)")
_CAMEL_PART = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]")
# The least population of a town named by a whole hashtag ("#Nkandla").
_HASHTAG_TOWN = 1_000


def _with_hashtags(text, tokens, matches, gazetteer) -> tuple[list, set[int]]:
    """Place names in hashtags: "#Syria", "#savannah", "#SanAntonio", "#GazaUnderAttack",
    and a US state's postal code as a whole hashtag ("#NH", "#tx"; not "#OR", "#ME").
    A name the post reads as a place outside its hashtags is one inside them too ("Clashes in
    Ferguson #PrayForFerguson"). A hashtag is one word, a label of what the post is about: a
    name in it neither runs on into the words after it ("#Iran RT") nor acts as a state.
    Returns the matches and the start offsets of those inside hashtags."""
    starts = [t.start for t in tokens]
    well_known = _run_together_names(gazetteer.well_known_names())
    tags = []  # (start, end, [(form, start, end), ...]) per hashtag
    for tag in _HASHTAG.finditer(text):
        body, b0 = tag.group(1), tag.start(1)
        if body.islower():  # "#usa" may be an abbreviation, "#savannah" a name
            forms = [body.upper(), body.title()] if len(body) <= 3 else [body.title()]
            runs = [(forms, b0, tag.end(1))] if body.isalpha() else []
            tags.append((b0, tag.end(1), runs + _run_together(body, b0, well_known)))
            continue
        parts = [(p.group(), b0 + p.start(), b0 + p.end()) for p in _CAMEL_PART.finditer(body)]
        runs = []
        for a in range(len(parts)):
            for b in range(min(len(parts), a + MAX_TOKENS), a, -1):
                chunk = parts[a:b]
                if any(x[2] != y[1] for x, y in zip(chunk, chunk[1:], strict=False)):
                    continue  # digits between the words
                forms = [" ".join(p[0] for p in chunk), "".join(p[0] for p in chunk)]
                if len(chunk) == 1 and len(chunk[0][0]) > 3 and chunk[0][0].isupper():
                    forms.append(chunk[0][0].title())  # "#KASHMIR", "#onlyinMALAYSIA"
                runs.append((forms, chunk[0][1], chunk[-1][2]))
        tags.append((b0, tag.end(1), runs))
    known = gazetteer.lookup({f for _s, _e, runs in tags for forms, _a, _b in runs for f in forms})
    # a whole hashtag of two letters that is a US state's postal code: "#NH", "#tx"
    not_codes = cue_words("not_state_code")
    for b0, b1, _runs in tags:
        code = text[b0:b1].upper()
        if len(code) == 2 and code.isalpha() and code not in not_codes and code not in known:
            state = gazetteer.region(f"US-{code}")
            if state is not None:
                known[code] = [state]
    found = []
    placed = {m.text for _i, _j, m in matches}  # "#Ferguson ... #FergusonOctober"
    for b0, b1, runs in tags:
        taken_until = b0
        for forms, start, end in runs:  # the longest name first, from left to right
            form = next((f for f in forms if f in known), None)
            if start < taken_until or form is None or (len(form) < 3 and not any(
                    c.place.kind == "country" or c.place.admin1_iso == f"US-{form}"
                    for c in known[form])) or not (form in placed or _hashtag_place(
                    known[form], whole=(start, end) == (b0, b1), lower=text[b0:b1].islower())):
                continue
            i = bisect_left(starts, start)
            if i == len(tokens) or tokens[i].start > start:
                i -= 1  # a part inside the hashtag's one token
            found.append((i, i, Match(start, end, text[start:end], known[form], 1)))
            taken_until = end
    spans = [(b0, b1) for b0, b1, _runs in tags]
    spans_found = {(m.start, m.end) for _i, _j, m in found}

    def crosses(m: Match) -> bool:  # "#Iran RT", or a name running on into a hashtag
        return any(m.start < b1 < m.end or m.start < b0 - 1 < m.end for b0, b1 in spans)

    def inside(m: Match) -> bool:
        return any(b0 <= m.start and m.end <= b1 for b0, b1 in spans)

    def other_reading(m: Match) -> bool:  # the hashtag's own reading of its words wins
        return any(f.start < m.end and m.start < f.end and (m.start, m.end) != (f.start, f.end)
                   for _i, _j, f in found)

    kept = [t for t in matches if not crosses(t[2]) and not (inside(t[2]) and other_reading(t[2]))]
    spans_kept = {(m.start, m.end) for _i, _j, m in kept}
    tagged = {m.start for _i, _j, m in kept if inside(m)} | {s for s, _e in spans_found}
    found = [t for t in found if (t[2].start, t[2].end) not in spans_kept]
    return sorted(kept + found, key=lambda t: (t[0], t[2].start)), tagged


#: The fewest letters of a well-known name read at either end of a lower-case hashtag.
_RUN_TOGETHER_LETTERS = 5


@cache
def _run_together_names(well_known: frozenset[str]) -> dict[str, str]:
    """Well-known names run together as a lower-case hashtag writes them, to the name as
    the gazetteer writes it: "newyork" -> "New York"."""
    return {name.replace(" ", ""): name.title() for name in well_known
            if len(name.replace(" ", "")) >= _RUN_TOGETHER_LETTERS and name.isascii()}


def _run_together(body: str, b0: int, names: dict[str, str]) -> list[tuple[list[str], int, int]]:
    """The well-known names that begin or end a lower-case hashtag of run-together words
    ("#prayforireland", "#nigeriadecides"), as (forms, start, end) runs: those that begin it
    first, then those that end it, the longest first."""
    lengths = range(len(body), _RUN_TOGETHER_LETTERS - 1, -1)
    return ([([names[body[:n]]], b0, b0 + n) for n in lengths if body[:n] in names]
            + [([names[body[-n:]]], b0 + len(body) - n, b0 + len(body)) for n in lengths
               if body[-n:] in names])


def _hashtag_place(candidates: list[Candidate], *, whole: bool, lower: bool) -> bool:
    """Is a name in a hashtag a place? A country, region or continent under a name that is
    no ordinary word ("#Syria", "#usa", "#PrayForIran", "#AfricaAgainstEbola": the first
    names Iran and Syria are countries first), or a country that is the whole hashtag
    ("#japan"); else a place under its own name, no ordinary word: a town, as a whole
    capitalised hashtag ("#Nkandla"); a large city, in lower case ("#savannah") or as part
    of a longer hashtag ("#PrayForGaza", "#SydneySiege"; not "#MikeBrown")."""
    if any(c.place.kind in ("country", "admin1", "region_other") and not c.flags & COMMON_WORD
           or c.place.kind == "country" and whole for c in candidates):
        return True  # "#japan" too: a whole hashtag is no lacquer
    if any(c.flags & COMMON_WORD for c in candidates):
        return False  # "#Ferguson" names the town
    own = [c.place.population for c in candidates if not c.flags & ALTERNATE]
    return bool(own) and max(own) >= (_HASHTAG_TOWN if whole and not lower else LARGE_CITY)


def _hyphened_to_unknown(text: str, tokens: list[Token], j: int, named: set[int]) -> int:
    """The last of the capitalised words hyphened after the name ending at token ``j``
    ("Mantung" in "Donga-Mantung"), when they begin no name the gazetteer knows
    ("Donetsk-Luhansk" names two); 0 if there are none."""
    k = j
    while (k + 1 < len(tokens) and text[tokens[k].end : tokens[k + 1].start] == "-"
           and _capitalised(tokens[k + 1])):
        k += 1
        if k in named:
            return 0
    return k if k > j else 0


def _hyphened_after_unknown(text: str, tokens: list[Token], i: int, ends: set[int]) -> bool:
    """Is the name starting at token ``i`` hyphened after capitalised words that end no name
    the gazetteer knows ("Kassa" in "Ngolo-Kassa")?"""
    k = i
    while k > 0 and text[tokens[k - 1].end : tokens[k].start] == "-" and _capitalised(
            tokens[k - 1]):
        k -= 1
        if k in ends:
            return False
    return k < i


def _head_of_unknown_unit(text: str, tokens: list[Token], j: int, named: set[int]) -> bool:
    """Is the name ending at token ``j`` only the first part of a hyphenated unit's name
    the gazetteer lacks: "Donga" in "Donga-Mantung division"? A unit's designator follows
    the capitalised words hyphened after it, which begin no name the gazetteer knows."""
    k = _hyphened_to_unknown(text, tokens, j, named)
    return bool(k) and k + 1 < len(tokens) and text[tokens[k].end : tokens[k + 1].start] == (
        " ") and tokens[k + 1].text.lower() in _unit_designators()


def _head_of_unknown_compound(text: str, tokens: list[Token], i: int, j: int, named: set[int],
                              candidates: list[Candidate]) -> bool:
    """Is the name at tokens ``i``..``j`` only the first part of a hyphenated name the
    gazetteer lacks ("Carrefour" in "Carrefour-Feuilles", a quarter of Port-au-Prince)? A
    town's or district's name with capitalised words hyphened after it that begin no known
    name is no place of its own there, unless the compound names a pair ("the Goma-Kilolirwe
    road", "Israel-Hamas war"), a container in brackets (a unit named after its towns:
    "Namialo (Meconta-Nampula)"), or the name is a country's or a region's. A name that is only
    another name of some place stays as a compound's head, near the article's other places."""
    k = _hyphened_to_unknown(text, tokens, j, named)
    if not k or (i > 0 and text[tokens[i - 1].end : tokens[i].start] in ("-", " (", "(")):
        return False
    if any(c.place.kind in ("country", "admin1") for c in candidates) or all(
            c.flags & ALTERNATE for c in candidates):
        return False
    after = _words_after(tokens, k + 1, 2)
    return not any(w.lower() in cue_words("pair_noun") for w in after)


@cache
def designator_phrases() -> re.Pattern:
    """A unit's designator of several words after its name, in any case: "Bungudu Local
    Government Area" is the unit "Bungudu", as "Bungudu local government area" is, not a
    longer name the gazetteer lacks (read in lower case, the words name nothing)."""
    phrases = sorted(cue_words("district_phrase"), key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return compile_prefiltered(rf"(?<=[^\W\d_] )(?:{alternatives})\b")


@cache
def _unit_designators() -> frozenset[str]:
    """Words for a first- or second-level unit after its name ("region", "division")."""
    return (cue_words("region_designator") | cue_words("district_designator")
            | cue_words("unit_designator"))


#: A compass point written in capitals ("NNE", "SW").
_COMPASS_POINT = re.compile(r"[NSEW]{1,3}")


def _tail_of_longer_name(text: str, tokens: list[Token], i: int, match: Match) -> bool:
    """The end of a longer capitalised name the gazetteer lacks ("Good Hope" in "Cape of
    Good Hope"), unless it is a country, a region or a large city in its own right, or two
    names come before "of" (a person or a body of the place: "Mindy Miller of Ravenel") or a
    noun for people ("Residents of Bokkos" are the town's people); a
    name after another word of such a name is always its end ("Unity" in "Government of
    National Unity"). A compass point is no name ("10 km NNE of Port-Vila")."""
    if i >= 3 and tokens[i - 2].text in ("of", "de", "del", "du") and _capitalised(
            tokens[i - 1]) and tokens[i - 1].text.lower() not in _DIRECTIONS and _capitalised(
            tokens[i - 3]) and text[tokens[i - 1].end : tokens[i].start] == " ":
        return True
    if i < 2 or tokens[i - 1].text not in ("of", "de", "del", "du") or not _capitalised(
            tokens[i - 2]) or tokens[i - 2].text in cue_words("sentence_word") or (
            _COMPASS_POINT.fullmatch(tokens[i - 2].text)) or (  # "7 km NNE of Port-Vila"
            tokens[i - 2].text.lower() in person_words()):  # "Residents of Bokkos said"
        return False
    if text[tokens[i - 2].end : tokens[i - 1].start] != " ":
        return False
    if i >= 3 and _capitalised(tokens[i - 3]) and text[tokens[i - 3].end : tokens[i - 2].start] == (
            " ") and tokens[i - 3].text not in cue_words("sentence_word"):
        return False  # two names before "of": someone or some body of a place ("Mindy Miller
        # of Ravenel", "the Disabilities Board of Charleston County")
    return not any(c.place.kind in ("country", "admin1", "water")
                   or c.place.population >= LARGE_CITY for c in match.candidates)


# What the text says right after an unknown name that makes it a place: a distance
# ("X, 10 km south of Y"), or an apposition ("X, a village near Y").
_MARKED_AFTER = re.compile(
    r"^,?\s+(?:(?:a|an|the)\s+(?:small\s+|tiny\s+|frontline\s+|nearby\s+)?"
    r"(?:village|town|city|settlement|hamlet|locality|suburb|neighbou?rhood|district)\b"
    r"|(?:(?:located|situated|lying)\s+)?"
    r"(?:about|some|around|roughly|nearly|approximately|just|only)?\s*\d[\d.,]*\s*-?\s*"
    r"(?:km|kilometres|kilometers|miles|mi)\b)", re.IGNORECASE)
MAX_MARKED_TOKENS = 4
# Prepositions that place what follows them ("shelling near X"), unlike "in" or "at",
# which also take months, institutions and events.
_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
               "central", "upper", "lower", "middle", "northeast", "northwest", "southeast",
               "southwest", "greater", "new", "old"}
_NEAR_WORDS = {"near", "outside", "around", "nearby", "towards", "toward"}
# Particles inside a name the gazetteer lacks ("Tal al-Sultan", "Dar es Salaam").
_NAME_PARTICLES = _CONNECTORS - {"and", "the", "of", "on", "upon", "y"}


def _with_marked_names(text, tokens, firsts, matches, known,
                       gazetteer) -> list[tuple[int, int, Match]]:
    """Add names the gazetteer lacks (or spells otherwise) where the text marks them as
    places: "the village of X", "X district", "X camp", "in X, Region", "X, 10 km south of
    Y", "X, a town near Y". Their candidates are the places whose spelling skeleton is
    the same (flagged FUZZY); a name with none is still a mention, resolved by its
    qualifier or left unresolved. Only the words of ``firsts`` (``_first_words``) are read as
    a name's first."""
    taken: dict[int, int] = {}  # token -> index in matches
    for k, (i, j, _m) in enumerate(matches):
        for t in range(i, j + 1):
            taken[t] = k
    places = place_markers()
    sites = cue_words("marks_site")
    heads = places | sites
    never = cue_words("sentence_word") | cue_words("title") | cue_words("org_noun")
    adjectives = demonyms()
    named = {m.start: m for _i, _j, m in matches}
    found = []
    i = at = 0
    n = len(tokens)
    strong = {k for k, (_i, _j, m) in enumerate(matches) if _strong(m)}
    while (at := bisect_left(firsts, i, at)) < len(firsts):  # the next word a name may begin
        i = firsts[at]
        if taken.get(i) in strong:  # "the village of Rivne": a known town stays as it is
            i = matches[taken[i]][1] + 1
            continue
        word = tokens[i].text
        if not (word[:1].isupper() or (word in _PARTICLES and _starts_name(text, tokens, i))) or (
                word in never or word in adjectives):
            i += 1
            continue
        j = i
        while (j + 1 < n and j + 1 - i < MAX_MARKED_TOKENS
               and text[tokens[j].end : tokens[j + 1].start] in (" ", "-")
               and (_capitalised(tokens[j + 1]) or tokens[j + 1].text in _NAME_PARTICLES)
               and tokens[j + 1].text.lower() not in heads):
            j += 1
        while j > i and tokens[j].text in _CONNECTORS:
            j -= 1
        marker, end_token = _marker(text, tokens, i, j, places, sites, named)
        if all(t.text.lower() in places or t.text in never or t.text.lower() in _DIRECTIONS
               for t in tokens[i : j + 1]):
            marker = ""  # "District", "North East": words, not a name
        if marker == "site" and _site_of_town_before(text, tokens, i, j, taken, strong):
            marker = ""  # "Erbil International Airport": the town's airport, no name of its own
        if not marker:
            i = j + 1  # no mark here: the words of the run start no marked name either
            continue
        inside = {taken[t] for t in range(i, end_token + 1) if t in taken}
        replaceable = all(matches[k][0] >= i and matches[k][1] <= j and not _strong(matches[k][2])
                          for k in inside)
        same = [k for k in inside if matches[k][0] == i and matches[k][1] == j]
        if same:  # the name is known as written: it stays, marked
            matches[same[0]][2].marked = marker
        elif replaceable and not (tokens[i].text.isupper() and len(tokens[i].text) <= 4):
            found.append((i, end_token, marker, inside))
        i = max(j, end_token) + 1
    if not found:
        return matches
    names = {text[tokens[i].start : tokens[j].end] for i, j, _m, _k in found}
    fuzzy = lookup_spelt_like(gazetteer, names)
    dropped = set()
    for i, end_token, marker, inside in found:
        name_end = end_token if marker != "site" else end_token - 1
        name = text[tokens[i].start : tokens[name_end].end]
        start, end = tokens[i].start, tokens[end_token].end
        if name in known:  # a known name a filter dropped ("Sake"): the mark confirms it
            if marker == "locative":
                continue  # "in Troy" already confirms: the filter had its reasons
            candidates = known[name]
        else:
            candidates = [] if marker == "site" else fuzzy.get(name, [])
        if marker == "in region":  # only a place of that region
            regions = {c.place.admin1_iso for c in _region_after(
                text, tokens, end_token, named).candidates if c.place.kind == "admin1"}
            candidates = [c for c in candidates if c.place.admin1_iso in regions]
        if marker in ("locative", "in region") and not candidates:
            continue  # "in Congress": an unknown word after "in" is not marked enough
        dropped |= inside
        matches.append((i, end_token, Match(start, end, text[start:end], candidates,
                                            end_token - i + 1, marked=marker)))
    kept = [m for k, m in enumerate(matches) if k not in dropped]
    return sorted(kept, key=lambda m: m[0])


def _with_capitals(text, tokens, matches, gazetteer) -> list[tuple[int, int, Match]]:
    """Add the capital a country's word names without its name beside it: "the Somali
    capital", "Sudan's capital", "the capital of Burkina Faso"."""
    said: list[tuple[int, str]] = []  # (where "capital" starts, its country)
    for begin, end, _demonym, country in find_demonyms(text):
        after = _CAPITAL_AFTER.match(text, end)
        if after is not None and THE_BEFORE.search(text, max(0, begin - 5), begin):
            said.append((after.end() - len("capital"), country))
    for _i, _j, match in matches:
        country = next((c.place.country for c in match.candidates
                        if c.place.kind == "country"), None)
        if country is None:
            continue
        if after := _POSSESSIVE_CAPITAL.match(text, match.end):
            said.append((after.end() - len("capital"), country))
        before = _CAPITAL_OF.search(text, max(0, match.start - 20), match.start)
        # (not "the capital of India's Telangana state": the state's)
        if before is not None and not _NAME_AFTER.match(text, match.end) and not (
                _OWNER_AFTER.match(text, match.end)):
            said.append((before.start("capital"), country))
    bare = [frame.start("capital") for frame in _IN_THE_CAPITAL.finditer(text)]
    if bare and (country := _dateline_country(text, matches)):
        said.extend((start, country) for start in bare)
    found = []
    taken = {t for a, b, _m in matches for t in range(a, b + 1)}
    starts = [t.start for t in tokens]
    for start, country in said:
        # the word "capital" names the city; the country's word still names the country
        i = bisect_left(starts, start)
        capital = gazetteer.capital(country)
        if capital is None or i >= len(tokens) or tokens[i].start != start or i in taken:
            continue
        taken.add(i)
        found.append((i, i, Match(start, start + len("capital"), "capital", [capital], 1)))
    return sorted(matches + found, key=lambda t: t[0]) if found else matches


#: The capital, naming none: "In the capital, ...", "protested in the capital on Monday",
#: "clashes across the capital" (not "the capital of X", "the capital Bamako", "the
#: capital's": another country's may be named; nor money: "into the capital markets").
_IN_THE_CAPITAL = WordPattern(r"\b(?:In|in|across|around|near|outside|into|throughout) the "
                              r"(?P<capital>capital)\b(?!['’]|\s+(?:city\s+)?of\b|,?\s+(?:city\s+)?"
                              r"[A-Z]|\s+(?:markets?|gains?|budget|investments?|expenditure|"
                              r"flight|punishment|spending)\b)", 0)


def _dateline_country(text: str, matches) -> str | None:
    """The country of the town a story is filed from ("GOMA, Congo -"): of its most
    populous candidate."""
    dateline = article_layout(text).dateline
    town = next((m for _i, _j, m in matches if dateline is not None
                 and m.start == dateline.start and m.candidates), None)
    if town is None:
        return None
    return max(town.candidates, key=lambda c: c.place.population).place.country


#: The capital's name written next: "the Sudanese capital Khartoum", "the capital of Mali,
#: Bamako" (no mention of "capital" is needed then).
_NAMED_NEXT = r",?\s+(?:city\s+)?[A-Z]"
_NAME_AFTER = re.compile(_NAMED_NEXT)
#: "capital" after a demonym, its name not following ("the Sudanese capital").
_CAPITAL_AFTER = re.compile(rf"\s+capital\b(?!{_NAMED_NEXT})")
#: "capital" after a country's possessive, its name not following ("Sudan's capital").
_POSSESSIVE_CAPITAL = re.compile(rf"['’]s\s+capital\b(?!{_NAMED_NEXT})")
#: A possessive after a name: what follows is the name's ("India's Telangana state").
_OWNER_AFTER = re.compile(r"['’]s\b")
#: "the capital of" right before a country's name.
_CAPITAL_OF = re.compile(r"\bthe\s+(?P<capital>capital)\s+(?:city\s+)?of\s+(?:the\s+)?$",
                         re.IGNORECASE)
#: "the" right before a name ("the Somali capital", "the Dnipro").
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _strong(match: Match) -> bool:
    return _strong_candidates(match.candidates)


def _strong_candidates(candidates: list[Candidate]) -> bool:
    """A country, a first-level region or a large city among the candidates."""
    return any(c.place.kind in ("country", "admin1") or c.place.population >= LARGE_CITY
               for c in candidates)


def _article_joined(text: str, tokens: list[Token], firsts: list[int], spans, known,
                    gazetteer: Gazetteer,
                    ) -> tuple[dict[str, list[Candidate]], dict[tuple[int, int], bool]]:
    """Names with an Arabic article inside, hyphened or capitalised, or a Persian ezafe
    ("Pul-e-Khumri"), that the gazetteer lacks as written ("Jisr al-Shughur", "Ras al-Ain",
    "Ras Al Ain"): one name each, not two. Returns the
    candidates of those whose spelling skeleton finds places (flagged FUZZY), and the token
    ranges of the names on either side of such an article ("Jisr", "Ain"), which name no
    place of their own there unless the text names them alone too ("Hatta as-Sajara" in a
    story of Hatta): each with whether the name begins with a common noun ("Jabal" in "Jabal
    al-Zawiya", a mountain), so that not even a region or a large city is meant by its words
    (Libya's Zawiya). ``firsts``: ``_first_words(tokens)``, among which such an article is,
    or (an ezafe) just after one of them."""
    from geo.text.spelling import skeleton

    articles = sorted({*(k for k in firsts if 0 < k < len(tokens) - 1
                         and tokens[k].text.lower() in _PARTICLES and _starts_name(text, tokens, k)
                         and _capitalised(tokens[k - 1])  # not "Goodspeed-at-Chester"
                         and text[tokens[k - 1].end : tokens[k].start] == " "),
                       *(k + 1 for k in firsts if 0 < k + 1 < len(tokens) - 1
                         and _ezafe(text, tokens, k + 1))})
    if not articles:
        return {}, {}
    inside = {form: skeleton(form) for i, j, form, _end in spans
              if form not in known and any(i < k < j for k in articles)}
    fuzzy = gazetteer.lookup_skeletons(set(inside.values()))
    joined = {form: fuzzy[key] for form, key in inside.items() if key in fuzzy}
    heads = cue_words("name_head_noun")
    beside = {(i, j): (form, any(tokens[k - 1].text.lower() in heads for k in articles
                                 if j == k - 1 or i == k + 1))
              for i, j, form, _end in spans if any(j == k - 1 or i == k + 1 for k in articles)}
    alone = {form for i, j, form, _end in spans if (i, j) not in beside}
    return joined, {span: common for span, (form, common) in beside.items() if form not in alone}


def _ezafe(text: str, tokens: list[Token], k: int) -> bool:
    """Is token ``k`` a Persian ezafe hyphened between two words of one name ("Pul-e-Khumri",
    "Dasht-e Barchi", "Mazar-i-Sharif"), which the gazetteer may write otherwise?"""
    return (tokens[k].text in _EZAFE and text[tokens[k - 1].end : tokens[k].start] == "-"
            and _capitalised(tokens[k - 1]) and _capitalised(tokens[k + 1])
            and text[tokens[k].end : tokens[k + 1].start] in ("-", " "))


def _in_quarter_names(text: str, tokens: list[Token], firsts: list[int], spans, known,
                      ) -> set[tuple[int, int]]:
    """The token ranges of the names inside a town's quarter or a town the gazetteer lacks,
    written after a word for one ("Colonia La Jauja", "Vila Kennedy", "Barrio San Miguel",
    "Puerto Jordan"): neither the word ("Colonia" is no town La Colonia) nor a name after it
    (Kennedy is no locality of Bogotá there, Jordan no country there) names a place of its
    own. A quarter or town the gazetteer knows whole ("Colonia Juárez", "Vila Real", "Puerto
    Asís") stays one name. ``firsts``: ``_first_words(tokens)``, among which such a word is
    (capitalised)."""
    heads = cue_words("quarter_word") | cue_words("town_prefix_word")
    nouns = cue_words("name_head_noun")  # "Ras Isa": a cape's noun begins a name
    words = {i for i in firsts if i < len(tokens) - 1
             and (tok := tokens[i]).text.lower() in heads | nouns and _capitalised(tok)
             and text[tok.end : tokens[i + 1].start] == " " and _capitalised(tokens[i + 1])
             and tokens[i + 1].text.lower() not in _unit_designators()
             and not (tok.text.lower() in nouns and _begun_before(text, tokens, i))}
    words -= {i for i, j, form, _end in spans if i in words and j > i and form in known}
    if not words:
        return set()
    inside = set(words)
    for k in words:
        j = k + 1
        while j + 1 < len(tokens) and text[tokens[j].end : tokens[j + 1].start] == " " and (
                _capitalised(tokens[j + 1]) or tokens[j + 1].text in _CONNECTORS
                and j + 2 < len(tokens) and _capitalised(tokens[j + 2])):
            j += 1
        inside.update(range(k + 1, j + 1))
    return {(i, j) for i, j, _form, _end in spans if i in inside}


def _begun_before(text: str, tokens: list[Token], i: int) -> bool:
    """Does a capitalised word right before token ``i`` begin the name it stands in ("Imran
    Khan", not "Khan Younis"), other than a sentence's first word ("Near Tell Abyad")?"""
    return i > 0 and _capitalised(tokens[i - 1]) and text[tokens[i - 1].end : tokens[i].start] == (
        " ") and not _sentence_start(text, tokens[i - 1].start) and (
        tokens[i - 1].text not in cue_words("sentence_word"))


def _marker(text, tokens, i, j, places, sites, named) -> tuple[str, int]:
    """How the text marks tokens i..j as a place ("" if it does not), and the last token
    of the mention (a site's head noun belongs to it: "Zamzam camp"); ``named``: the known
    names by where they start."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and text[tokens[j].end : nxt.start] == " ":
        word = nxt.text.lower()
        if word in sites:
            return "site", j + 1
        if word in places and (nxt.text.islower() or nxt.text.isupper()):
            return f"{word}", j  # "Kadauri district", "Kadauri LGA"; not "Kadauri District"
    if nxt is not None and designator_phrases().match(text, tokens[j].end + 1):
        return "district", j  # "Kadauri Local Government Area"
    before = [t.text.lower() for t in tokens[max(0, i - 3) : i]]
    if len(before) >= 2 and before[-1] == "of" and before[-2] in places:
        return f"{before[-2]} of", j
    if j > i and tokens[i].text.lower() in cue_words("name_head_noun") and not _begun_before(
            text, tokens, i):
        return "head noun", j  # "Ras Isa", "Bab al-Hawa": a cape, a gate
    after = text[tokens[j].end : tokens[j].end + 60]
    if _MARKED_AFTER.match(after):
        return "apposition", j
    locative = bool(before) and before[-1] in _LOCATIVE
    # "in Kadawa (Zamfara)", "Kadawa (Gusau, Zamfara)"; not "Messi (Argentina)"
    container = named.get(tokens[j].end + 2) if after.startswith(" (") else None
    if container is not None:
        region = named.get(container.end + 2) if text.startswith(", ", container.end) else None
        if (locative and text.startswith((", ", ")"), container.end)) or (
                region is not None and _may_be_region(region) and text.startswith(")", region.end)):
            return "qualifier", j
    if before and before[-1] in _NEAR_WORDS:
        return f"{before[-1]}", j
    if _region_after(text, tokens, j, named) is not None:
        # "in Komanda in Ituri province"; "struck Ain Issa in Raqqa province" only if it is
        # spelt like a place there
        return "qualifier" if locative else "in region", j
    region = named.get(tokens[j].end + 2) if after.startswith(", ") else None
    if region is not None and _may_be_region(region) and (
            text[region.end : region.end + 1] in (".", ",", ";", ")", "")) and (
            named.get(region.end + 2) is None):
        # "(in) X, Region." (not "X, Region and Y", a list, nor "X, Town, Region")
        return "qualifier", j
    if locative:
        return "locative", j  # a mention only if its spelling skeleton finds a place
    return "", j


def _region_after(text: str, tokens: list[Token], j: int, named) -> Match | None:
    """The region written as one right after token ``j``: "in Ituri province", "in the Kursk
    region"; ``named``: the known names by where they start."""
    within = _IN_THE.match(text, tokens[j].end)
    region = named.get(within.end()) if within else None
    if region is not None and _may_be_region(region) and (
            written_as_region(text, region.end) or only_a_region(text, region)):
        return region
    return None


def only_a_region(text: str, match: Match) -> bool:
    """Whether a known name can only be a first-level region ("South Kivu", not "Kyiv" or
    "Georgia"), ending the name ("North-Western Sydney" is no region of Zambia's): then "X
    in South Kivu" places X there as "in Ituri province" does. A compass point alone
    ("North-West"), which many countries have as a region, is not enough."""
    return bool(match.candidates) and all(
        c.place.kind == "admin1" for c in match.candidates) and (
        without_designator(match.text) not in cue_words("compass_region")  # "Northern Region"
    ) and not _NAME_GOES_ON.match(text, match.end)


def without_designator(name: str) -> str:
    """A region's name without the designator it ends with: "Mykolaiv Oblast" -> "Mykolaiv"
    (a name with none is itself)."""
    words = name.rsplit(" ", 1)
    return words[0] if len(words) == 2 and words[1].lower() in cue_words(
        "region_designator") else name


#: A capitalised word right after a name: it goes on ("North-Western Sydney").
_NAME_GOES_ON = re.compile(r"[ -][A-Z]")


def _site_of_town_before(text: str, tokens: list[Token], i: int, j: int,
                         taken: dict[int, int], strong: set[int]) -> bool:
    """Are the words ``i``..``j`` before a site's head noun only words for a kind of site
    ("International" in "Erbil International Airport"), right after a town the text names,
    whose site it is?"""
    return (i > 0 and taken.get(i - 1) in strong
            and text[tokens[i - 1].end : tokens[i].start] == " "
            and all(t.text.lower() in cue_words("site_adjective") for t in tokens[i : j + 1]))


def _may_be_region(match: Match) -> bool:
    """Whether a known name may be a first-level region."""
    return any(c.place.kind == "admin1" for c in match.candidates)


def _attack_after(text: str, tokens: list[Token], k: int) -> bool:
    """Whether an attack noun follows token ``k``, a weapon noun ("missile strike", "drone
    attacks")."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is not None and text[tokens[k].end : after.start].isspace() and (
        after.text.lower() in cue_words("forces_noun"))


def _is_place_name(text, tokens, i, j, match: Match, known, *, confirmed: bool,
                   headline: bool = False, containers: dict[str, set[tuple]] | None = None,
                   ) -> bool:
    """Context filters on a candidate match; a name the article confirms as a place
    elsewhere is not taken for an ordinary word or a person's name. In a ``headline``
    (a title-cased line) every word is capitalised: an ordinary word is read as at a
    sentence start, and a capitalised neighbour makes a person's name only when it is
    a known first name. A name followed by one of ``containers`` (a country, a region or a
    US state code) is a place in it, not a first name: "Kingsport TN", "Paris Texas"."""
    first = tokens[i].text
    if match.tokens == 1 and (first in cue_words("sentence_word") or first in demonyms()):
        return False  # "Malian" is an adjective, not Malyan in Iran
    if match.tokens == 1 and first in cue_words("compass_word") and not _COMPASS_CONTAINER.search(
            text, max(0, match.start - 40), match.start):
        return False  # "Northeast Georgia", "the Northwest"; "Itaugua (Central)" is a region
    if match.tokens == 1 and first.lower() in _unit_nouns():
        return False  # "Saint Louis County": "County" ends a name, it names no place alone
    if match.tokens == 1 and first.lower() in _LANDFORMS and _in_longer_name(
            text, tokens, i, known):
        return False  # "Kuril Islands", "Olympic Peninsula", "Bay Area": not Islands, HK
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    follows_closely = nxt is not None and text[tokens[j].end : nxt.start] == " "
    if follows_closely and nxt.text in cue_words("org_noun") and _capitalised(nxt):
        return False  # "Black Sea Fleet", "Kharkiv Regional Council"
    if _names_a_street(text, tokens, i, nxt if follows_closely else None):
        return False  # "Morogoro Road" in Dar es Salaam is a street, not Morogoro
    if follows_closely and nxt.text.lower() in cue_words("disease_noun"):
        return False  # "West Nile virus", "Ebola outbreak" names a disease
    if _names_a_feature(text, tokens, i, j, match):
        return False  # "Lake Tana" is not Antananarivo, whose other name is "Tana"
    if follows_closely and nxt.text.lower() in cue_words("currency_noun"):
        return False  # "the US dollar" names a currency
    if follows_closely and nxt.text.lower() in cue_words("weapon_noun") and not _attack_after(
            text, tokens, j + 1) and not _strong(match):
        return False  # "Tomahawk missiles"; not "a Kyiv missile strike" nor "Gaza rockets"
    if text[match.end : match.end + 1] == "$":
        return False  # "US$460"
    if follows_closely and nxt.text == "time":
        return False  # "Moscow time"
    before = text[max(0, match.start - 20) : match.start].lower().split()
    if before and (before[-1] in cue_words("vessel_noun")
                   or " ".join(before[-2:]) in cue_words("vessel_noun")):
        return False  # "the landing ship Minsk"
    if match.tokens == 1 and not confirmed and match.text not in known and _acronym(text, match):
        return False  # "forces (NISA)", "NATO": an organisation's initials, not Nice or Nato
    if match.tokens > 1 or confirmed:
        return True
    flags = reduce(and_, (c.flags for c in match.candidates))
    strong = any(
        c.place.kind == "country"
        or (c.place.name == match.text
            and (c.place.kind in ("admin1", "water", "facility", "region_other")
                 or c.place.population >= LARGE_CITY))
        for c in match.candidates
    )
    biggest = max(c.place.population for c in match.candidates)
    if flags & COMMON_WORD:
        # "Most", "Bar", "Split": at a sentence start only a country or a great city.
        if headline or _sentence_start(text, match.start):
            if biggest < 1_000_000 and not any(c.place.kind == "country" for c in match.candidates):
                return False
        elif not strong and biggest < LARGE_CITY:
            return False
    if flags & ALTERNATE and biggest < LARGE_CITY and (
            headline or _sentence_start(text, match.start)) and not any(
            c.place.kind in ("country", "admin1") for c in match.candidates):
        return False  # "Drone strike on ...": a capital letter a sentence gives, and only
        # another name of a small place (Dronero's "Drone")
    prev = tokens[i - 1] if i > 0 else None
    precedes_closely = prev is not None and text[prev.end : tokens[i].start] == " "
    if match.tokens == 1 and first in cue_words("org_noun") and precedes_closely and (
            text[prev.start : prev.end] in known):
        return False  # "the Moscow Metropolis": a church body's word, not Metropolis, Illinois
    if follows_closely and _capitalised(nxt) and nxt.text not in ("'s", "’s"):
        containers = containers or {}
        following = text[nxt.start : nxt.end]
        designator = following.lower() in (cue_words("region_designator") | cue_words("city_noun")
                                           | place_markers())  # "Maungdaw Township"
        event = following.lower() in cue_words("event_noun")  # "the Flagstaff Earthquake"
        # a country acting in a title-cased line: "Israel Says", "Iran Is Ready" (no surname)
        acting = following.lower() in (cue_words("actor_verb") | _COPULAS) and any(
            c.place.kind == "country" for c in match.candidates)
        # in capitals, every word is capitalised: a country's, region's or large city's name
        # there is no first name ("CHICAGO VIOLENCE -"; not "PARKWAY ENDS"), unless an
        # abbreviation follows ("PLYMOUTH CO.", the county)
        in_capitals = following.isupper() and text[nxt.end : nxt.end + 1] != "." and (
            match.text.isupper() and any(
                c.place.kind == "country" or c.place.name.upper() == match.text and (
                    c.place.kind in ("admin1", "water", "facility", "region_other")
                    or c.place.population >= LARGE_CITY) for c in match.candidates))
        if not designator and not acting and not _container_follows(
                text, nxt.start, match, containers) and (
                flags & GIVEN_NAME or (following not in known and not strong and not headline
                                       and not event and not in_capitals)):
            return False  # "Vladimir Putin", "Marco Rubio", "Ahmad Kahil"; "Tim Flood"
    if (
        precedes_closely
        and _capitalised(prev)
        and prev.text not in cue_words("sentence_word")
        and _personal(known.get(text[prev.start : prev.end]), headline=headline)
        and not strong
    ):
        return False  # a surname: "Howaida Turk", "Marco Rubio"
    return True


def _names_a_street(text: str, tokens: list[Token], i: int, nxt: Token | None) -> bool:
    """Is the name beginning at token ``i`` a street's, named after a town: a capitalised
    street noun right after it and the town the street is in after that ("Morogoro Road in
    Dar es Salaam"; ``nxt``, the word after the name, if it follows closely), or a French
    street's words before it ("route de Koulikoro")? A street the text puts in no town is
    left alone: its name, mostly a nearby town's, tells the story's region ("Ashford Road"
    in a Lancaster story). A road between two towns hyphened together ("the Kabul-Jalalabad
    Road") names both towns."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and text[prev.end : tokens[i].start] in ("-", "–"):
        return False
    if nxt is not None and _capitalised(nxt) and nxt.text in cue_words("street_noun"):
        return bool(_IN_TOWN.match(text, nxt.end))
    before = text[max(0, tokens[i].start - 20) : tokens[i].start].lower().split()
    return bool(before) and (before[-1] in cue_words("street_before")
                             or " ".join(before[-2:]) in cue_words("street_before"))


#: The town a street lies in, after the street's name: " in Dar es Salaam", " in central
#: Baghdad".
_IN_TOWN = re.compile(r"\s+in\s+(?:[a-z]+\s+){0,2}[A-Z]")


def _names_a_feature(text: str, tokens: list[Token], i: int, j: int, match: Match) -> bool:
    """Is a name that is no town's own name ("Tana", another name of Antananarivo and a
    Norwegian district's) joined to a capitalised noun of a natural feature ("Lake Tana"),
    so that it names the lake the gazetteer lacks? A feature named after a town under the
    town's own name mostly lies near it ("Lake Hartwell", "Sacramento River"), and a
    country's or region's name tells the story's land ("Lake Nicaragua", "Colorado River"):
    those stay."""
    if any(c.place.kind in ("country", "admin1", "region_other", "water")
           or (c.place.kind == "city" and not c.flags & ALTERNATE) for c in match.candidates):
        return False
    nouns = cue_words("feature_noun")
    before, after = tokens[i - 1] if i > 0 else None, tokens[j + 1] if j + 1 < len(tokens) else None
    return (before is not None and text[before.end : tokens[i].start] == " "
            and _capitalised(before) and before.text.lower() in nouns) or (
        after is not None and text[tokens[j].end : after.start] == " "
        and _capitalised(after) and after.text.lower() in nouns)


#: The longest word in capitals that may be an organisation's initials ("NISA", "AMISOM").
_ACRONYM_LETTERS = 6
#: What follows a dateline's town: a dash or a colon ("HUDSON -- Officials", "PEKAN: The").
_DATELINE_AFTER = re.compile(r"\s*(?:--|[—–:])")


def _acronym(text: str, match: Match) -> bool:
    """Is a short word in capitals, known only in title case, initials rather than a name:
    in a line of prose, not a dateline ("GOMA, Congo -", "... lake. HUDSON -- Officials"), and
    no country, region or city of 100,000 under its own name ("IRAN", "JUBA")?"""
    if not (match.text.isupper() and len(match.text) <= _ACRONYM_LETTERS) or any(
            c.place.kind in ("country", "admin1", "region_other")
            or c.place.population >= LARGE_CITY and not c.flags & ALTERNATE
            for c in match.candidates) or _DATELINE_AFTER.match(text, match.end):
        return False
    line_start = text.rfind("\n", 0, match.start) + 1
    if not text[line_start : match.start].strip():
        return False  # a dateline at a line's start
    line_end = text.find("\n", match.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return sum(c.islower() for c in line) > sum(c.isupper() for c in line)


#: Generic nouns of geography, some of which GeoNames has as places of their own ("Islands",
#: Hong Kong; "Peninsula", Ohio; "Bay", Somalia).
_LANDFORMS = frozenset({"bay", "islands", "island", "isles", "peninsula", "coast", "valley",
                        "mountains", "hills", "highlands", "desert", "plateau", "delta", "lakes",
                        "basin", "plains", "gulf", "strait", "cape"})


def _in_longer_name(text: str, tokens: list[Token], i: int, known) -> bool:
    """Is the word at ``i`` part of a longer capitalised name the gazetteer lacks (it would
    have matched whole): beside a capitalised word that names no place (the gazetteer
    lacks it, or has it only as a word, a first name or another place's other name) and is
    no article, title or unit designator ("Kuril Islands", "Olympic Peninsula", "Bay
    Area"; not "Danube Delta", "Plateau State", "The Islands", "Plateau Governor")?"""
    never = {"the", "a", "an"} | cue_words("person_title") | _unit_nouns()
    for k in (i - 1, i + 1):
        if not 0 <= k < len(tokens):
            continue
        word = tokens[k].text
        gap = text[min(tokens[k].end, tokens[i].end) : max(tokens[k].start, tokens[i].start)]
        if gap == " " and word.istitle() and word not in never and word.lower() not in never and (
                word in cue_words("sentence_word") or not any(
                    c.flags & (COMMON_WORD | GIVEN_NAME | ALTERNATE) == 0
                    for c in known.get(word, ()))):
            return True
    return False


#: A name, then a bracket or a comma: what follows may be its container ("Itaugua (Central)").
_COMPASS_CONTAINER = re.compile(r"[^\W\d_]\s*[(,]\s*$")

# "Rwanda-backed rebels": a state acting; "Vienna-based agency" locates.
_STATE_COMPOUND = {"backed", "led", "sponsored", "supported", "allied", "aligned", "brokered",
                   "funded", "armed", "trained", "friendly", "imposed", "installed", "appointed"}
_LOCATIVE = {"in", "near", "at", "from", "to", "outside", "across", "around", "into", "toward",
             "towards", "via", "through", "inside", "throughout"}
_PLACE_IS = re.compile(r"^,? (?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}?"
                       r"(?:city|town|village|hamlet|borough|township|municipality|county|"
                       r"community|settlement|suburb|commune|capital|port)\b")


def _confirmed(text: str, tokens: list[Token], found, known) -> set[str]:
    """Names the article uses as places somewhere: after a locative preposition
    ("in Troy"), before their region or country ("Troy, Ohio", "Troy, NY"), defined as one
    ("Troy is a city"), or in capitals as a dateline ("TROY — ")."""
    confirmed = set()
    starts = {tokens[i].start: form for i, _j, form, _end in found}
    for i, j, form, end in found:
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if nxt is not None and text[end : nxt.start] == " " and _capitalised(nxt):
            continue  # part of a longer name: "at City Hall", "to Marco Rubio"
        prev = tokens[i - 1] if i > 0 else None
        if prev is not None and prev.text in _LOCATIVE and text[prev.end : tokens[i].start] == " ":
            confirmed.add(form)
        elif _PLACE_IS.match(text[end : end + 60]):
            confirmed.add(form)
        elif text[end : end + 2] == ", " and any(
                c.place.kind in ("admin1", "country") for c in known.get(starts.get(end + 2), [])):
            confirmed.add(form)
        elif (code := _STATE_CODE.match(text, end)) and text[end] == "," and any(
                c.place.admin1_iso == f"US-{code.group(1)}" for c in known[form]):
            confirmed.add(form)  # "Clinton, IA": a town before its state's postal code
        elif text[tokens[i].start : end].isupper() and _DATELINE_AFTER.match(text, end):
            confirmed.add(form)  # a dateline: "CLINTON — A town couple ..."
    return confirmed


def _surnames(text: str, tokens: list[Token], found, known, headlines: _Headlines,
              in_person: set[tuple[int, int]]) -> set[str]:
    """One sense per article for people: a name that follows a first name anywhere
    ("Andrew Trapani"), or is part of a person's name after a role or title (``in_person``),
    is a surname everywhere ("Trapani said"). A country, or a region or big city under its
    own name, yields only to a known first name, and so does any name in a headline
    (``headlines``: the title-cased lines), whose words are all capitalised."""
    surnames = set()
    # the last words of longer names ("West Liberty"): a region after one is its container
    name_ends = {j for i, j, _form, _end in found if j > i}
    for i, j, form, _end in found:
        prev = tokens[i - 1] if i > 0 else None
        if prev is None or any(c.place.kind == "country" for c in known[form]):
            continue
        if i - 1 in name_ends and any(c.place.kind == "admin1" for c in known[form]):
            continue  # "West Liberty Kentucky"
        if (i, j) in in_person:
            surnames.add(form)  # "spokesman Abdifatah Aden", "Interior Minister Ali Amir"
            continue
        if _titled(text, tokens, i):
            # "President Obama", "Sen. Lincoln", "Mr. Jones"; but "Metropolitan Atlanta" is
            # the city, a title that is also an adjective before a large place's own name
            if prev.text not in cue_words("adjective_title") or not any(
                    c.place.name == form and (c.place.kind == "admin1"
                                              or c.place.population >= LARGE_CITY)
                    for c in known[form]):
                surnames.add(form)
            continue
        if i > 1 and text[prev.end : tokens[i].start] == " " and prev.text.istitle() and (
                prev.text.isalpha() and _titled(text, tokens, i - 1)
                and tokens[i].start not in headlines):
            # "Gen. Victor Herrera", "Mayor John Manchester": a title and a first name before
            # it (not in a headline: "The Police Officer At Portland Protest")
            surnames.add(form)
            continue
        if (text[prev.end : tokens[i].start] != " "
                or not prev.text.istitle() or not prev.text.isalpha() or len(prev.text) < 2
                or prev.text in demonyms() or prev.text in cue_words("sentence_word")
                or prev.text.lower() in _DIRECTIONS):  # "Southeast Asia": no first name
            continue
        before = known.get(prev.text)
        strong = any(c.place.name == form and (c.place.kind == "admin1"
                                               or c.place.population >= LARGE_CITY)
                     for c in known[form])
        if (before and all(c.flags & GIVEN_NAME for c in before)) or (
                not before and not strong and not (_headline_place(known[form])
                                                   and tokens[i].start in headlines)):
            surnames.add(form)
    return surnames


#: The most words of a person's name after a role or title ("Abu Mohammed al-Jolani").
_MAX_NAME_WORDS = 4


def _in_named_person(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Are the words ``i``..``j`` part of a person's name of two words or more that follows
    a role in lower case or a title: "the group's spokesman Abdifatah Aden", "Interior
    Minister Ali Amir"? A word of a title, an organisation or a unit in the capitalised
    run makes it no person's name ("deputy Kyiv Mayor Ivan Petrenko")."""
    first, last = i, j
    while first > 0 and _name_word(text, tokens, first - 1, first):
        first -= 1
    while last + 1 < len(tokens) and _name_word(text, tokens, last + 1, last):
        last += 1
    if not 2 <= last - first + 1 <= _MAX_NAME_WORDS or first == 0:
        return False
    never = _never_in_a_name()
    if any(t.text in never or t.text.lower() in never for t in tokens[first : last + 1]):
        return False
    role = tokens[first - 1]
    gap = text[role.end : tokens[first].start]
    return (gap == " " and role.text in cue_words("role_noun")) or _titled(text, tokens, first)


@cache
def _never_in_a_name() -> frozenset[str]:
    """Words that make a capitalised run no person's name: titles, organisations' nouns,
    sentence words, demonyms and the nouns of units and towns ("Kyiv Mayor", "Sagaing Region")."""
    return (cue_words("title") | cue_words("person_title") | cue_words("org_noun")
            | cue_words("sentence_word") | frozenset(demonyms()) | _unit_designators()
            | _unit_nouns())


def _name_word(text: str, tokens: list[Token], k: int, beside: int) -> bool:
    """Is token ``k`` a word of the same capitalised name as its neighbour ``beside``: a
    capitalised word or an Arabic article hyphened to one ("al-Sadr"), a space or a hyphen
    between them?"""
    gap = text[min(tokens[k].end, tokens[beside].end) : max(tokens[k].start, tokens[beside].start)]
    return gap in (" ", "-") and _starts_name(text, tokens, k)


def _titled(text: str, tokens: list[Token], i: int) -> bool:
    """Is the word at ``i`` right after a person's title ("President", "Sen.", "Mr.")?"""
    prev = tokens[i - 1]
    gap = text[prev.end : tokens[i].start]
    return gap in (" ", ". ") and prev.text in cue_words("person_title") and (
        gap == " " or len(prev.text) <= 4)


def _personal(candidates: list[Candidate] | None, *, headline: bool = False) -> bool:
    """Unknown to the gazetteer, or a first name that is also a small place's name (in a
    headline, where any word is capitalised, only the latter)."""
    if not candidates:
        return not headline
    return all(c.flags & GIVEN_NAME for c in candidates)


def _is_actor(
    text: str, tokens: list[Token], i: int, j: int, match: Match, next_match_start: int,
    following: tuple[int, int, Match] | None = None,
) -> bool:
    """A country or a capital standing for its state: 'Russia said', 'Moscow blamed Kyiv',
    'Moscow and Beijing blocked', 'Rwanda-backed'; not after a preposition of place
    ('missiles from Yemen struck', 'nurses in the United States have gone on strike').
    ``following``: the next name's token range and match."""
    if not _stands_for_a_state(match):
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and text[tokens[j].end : nxt.start] == "-":
        return nxt.text.lower() in _STATE_COMPOUND  # "Rwanda-backed"; "Vienna-based" locates
    if _after_locative(text, tokens, i):
        return False
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and _is_compass_word(prev.text):
        return False  # "Clashes in eastern Chad killed five": a part of the land, not the state
    if nxt is not None and nxt.text.lower() in cue_words("city_noun") | cue_words("region_office"):
        return False  # "Moscow Mayor Sergei Sobyanin", "Kyiv's mayor"
    if _site_follows(tokens, j):
        return False  # "Kabul Airport", "Baghdad International Airport": a site in the town
    if _possessive(tokens, j):
        # "Russia's Kursk region", "Ukraine's second-largest city", "Kenya's parliament" (in
        # its capital) locate; anything else acts.
        return not (_place_follows(tokens, j + 2, next_match_start)
                    or _capital_site_follows(tokens, j + 2))
    titled = nxt is not None and text[tokens[j].end : nxt.start] == " "
    if titled and nxt.text in cue_words("sentence_word") | cue_words("title"):
        return True  # "U.S. Secretary of State", "Russian President"
    if titled and _verb_follows(_words_after(tokens, j + 1, 3)):
        return True
    if titled and nxt.text == "and" and following is not None and following[0] == j + 2 and (
            (prev is None or not (prev.text[:1].isalnum() or prev.text == ","))
            and _stands_for_a_state(following[2])
            and _verb_follows(_words_after(tokens, following[1] + 1, 3))):
        return True  # "Moscow and Beijing blocked the statement", not "in Italy, Austria and
        # Germany had died"
    before = " ".join(t.text.lower() for t in tokens[max(0, i - 3) : i])
    return any(before.endswith(p) for p in cue_words("actor_before"))


def _stands_for_a_state(match: Match) -> bool:
    """May the name be a country, or a capital standing for its state?"""
    return any(c.place.kind == "country" or c.feature == "capital" for c in match.candidates)


def _after_locative(text: str, tokens: list[Token], i: int) -> bool:
    """Does a preposition of place stand right before token ``i``, or before a "the" right
    before it ("in Yemen", "in the United States")?"""
    k = i - 1
    if k > 0 and tokens[k].text == "the" and text[tokens[k].end : tokens[i].start] == " ":
        k -= 1
    return (k >= 0 and tokens[k].text.lower() in _LOCATIVE
            and text[tokens[k].end : tokens[k + 1].start] == " ")


def _is_compass_word(word: str) -> bool:
    """Whether a word tells a part of a land by where it lies: "eastern", "North-western"."""
    word, compass = word.replace("-", "").title(), cue_words("compass_word")
    return word in compass or word.removesuffix("ern") in compass  # "Northwestern"


def _site_follows(tokens: list[Token], j: int) -> bool:
    """Is the name at token ``j`` followed by a site's head noun, after words for a kind of
    site ("Kabul Airport", "Baghdad International Airport"; not "Georgia General Assembly")?"""
    k = j + 1
    while k < len(tokens) and tokens[k].text.lower() in cue_words("site_adjective"):
        k += 1
    return k < len(tokens) and tokens[k].text.lower() in cue_words("marks_site")


def _possessive(tokens: list[Token], j: int) -> bool:
    """Is the name at token ``j`` followed by a possessive 's?"""
    return j + 1 < len(tokens) and tokens[j + 1].text in ("'s", "’s")


def _capital_site_follows(tokens: list[Token], k: int) -> bool:
    """Do the words from token ``k`` name a state's institution in its capital ("parliament",
    "national assembly": ``cue_words.csv`` role ``capital_site``)?"""
    words = _words_after(tokens, k, 2)
    return bool(words) and (words[0] in cue_words("capital_site")
                            or " ".join(words) in cue_words("capital_site"))


def _words_after(tokens: list[Token], k: int, n: int) -> list[str]:
    return [t.text.lower() for t in tokens[k : k + n]]


#: The forms of "be" that may follow a country's name in a title-cased line ("Iran Is Ready").
_COPULAS = frozenset({"is", "are", "was", "were"})

_ADVERBS = {"also", "again", "then", "now", "still", "not", "never", "already", "allegedly",
            "reportedly", "previously"}


def _verb_follows(words: list[str]) -> bool:
    """A finite verb right after the name: it is the subject of a clause."""
    while len(words) > 1 and (words[0] in _ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    if not words or not words[0].islower():
        return False
    w = words[0]
    if w in cue_words("actor_verb"):
        return True
    return w.endswith("ed") and w not in ("based", "led", "controlled", "held", "occupied")


def _place_follows(tokens: list[Token], k: int, next_match_token: int) -> bool:
    """Within three words, another place name or a noun for a place."""
    if next_match_token - k <= 3:
        return True
    return any(w.split("-")[-1] in place_nouns() for w in _words_after(tokens, k, 3))


@cache
def place_nouns() -> frozenset[str]:
    """Nouns for a place; "state" is not one of them ("Russia's state media")."""
    return (cue_words("region_designator") | cue_words("city_noun")
            | cue_words("district_designator") | cue_words("place_noun")) - {"state"}


@cache
def place_markers() -> frozenset[str]:
    """Nouns that mark the name beside them as a place ("Kadauri district", "Daraban
    tehsil"): local units below the district are such nouns too."""
    return cue_words("marks_place") | cue_words("local_unit")


@cache
def _unit_nouns() -> frozenset[str]:
    """Words for a kind of unit or town ("county", "city", "woreda"), which some gazetteer
    entries carry as a name ("County" for County Durham)."""
    return (cue_words("region_designator") | cue_words("district_designator")
            | cue_words("local_unit") | cue_words("city_noun"))


@cache
def _demonym_pattern() -> re.Pattern:
    names = sorted(demonyms(), key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(re.escape(name[1:]))
    # Each branch begins with its first (capital) letter, the word boundary before it checked
    # behind: the engine skips to those letters without entering the pattern, and at each
    # only the names of that letter are tried.
    return re.compile("(?:" + "|".join(f"{re.escape(first)}(?<!\\w.)(?:{'|'.join(rests)})"
                                       for first, rests in by_first.items()) + ")\\b")


@lru_cache(maxsize=4)  # an article's text is read for its capitals, then for its countries
def find_demonyms(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Adjectives and demonyms with offsets and their country: 'Ukrainian' -> UA."""
    table = demonyms()
    return tuple((m.start(), m.end(), m.group(), table[m.group()])
                 for m in _demonym_pattern().finditer(text))


def home_demonym_countries(text: str) -> list[str]:
    """Countries named by demonyms, but those of armed forces or their fire, which act
    abroad too ("Russian forces captured Pokrovsk" is in Ukraine; "Bolivian police" are at
    home); armed forces name the territories their state holds (``occupying_forces.csv``:
    "Israeli forces raided Jenin" is in the West Bank), security forces their home too
    ("Venezuelan security forces fired tear gas in Valencia")."""
    held = _held_territories()
    out = []
    for _, end, _, country in find_demonyms(text):
        forces = _forces_after().match(text, end)
        if forces is None or _SECURITY_FORCES.match(text, end):
            out.append(country)
        if forces is not None:
            out.extend(held.get(country, ()))
    return out


#: A state's security forces (police, gendarmes and troops at home), not its army abroad.
_SECURITY_FORCES = re.compile(r"\s+security\s+forces\b", re.IGNORECASE)


@cache
def _held_territories() -> dict[str, tuple[str, ...]]:
    """The territories each state's forces hold (``holding_forces`` turned round)."""
    held: dict[str, tuple[str, ...]] = {}
    for territory, state in holding_forces().items():
        held[state] = (*held.get(state, ()), territory)
    return held


@cache
def _forces_after() -> re.Pattern:
    nouns = sorted(cue_words("forces_noun"), key=len, reverse=True)
    return re.compile(r"(?:-led|-backed)?\s+(?:\S+\s+)?(?:"
                      + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)
