"""Casualties and counted things in a clause.

"killing four patients" is 4 dead, "twenty-one civilians were killed" 21, "wounding
seven" 7 injured, "the mayor and 15 other people" 16, "159 drones" ``{"drones": 159}``.
A victim is any noun phrase with a number ("four worshippers"), or one person named by a
singular noun (``geo/data/person_nouns.csv``); numbers before things, animals and units
(``geo/data/counted_things.csv``) are not people. Vague amounts follow
``geo/data/vague_numbers.csv``: "dozens" counts 12 (ACLED), "several" counts nothing.

Figures combine the ACLED way (``combine``): conflicting figures for the same victims
give the lowest, different victims (soldiers and civilians) add up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from geo.sources.tables import cue_words, read_table
from geo.text.numbers import find_numbers
from geo.text.triggers import WordPattern, alternation, words_of

#: Verbs that take their victims as object: "killed two soldiers", "wounding seven", "the
#: body of a man was found".
KILL_ACTIVE = (
    r"killed|killing|kills|shot dead|shooting dead|shot and killed|shooting and killing|"
    r"shot to death|gunned down|gunning down|executed|hanged|"
    r"executing|assassinated|massacred|murdered|murdering|slaughtered|beheaded|lynched|"
    r"(?:stabbed|hacked|beat|beaten|stoned|clubbed|tortured) to death|burn(?:ed|t) alive|"
    r"claim(?:ed|ing) the lives of|"
    # "beat two men to death", "burned a woman to death": the victims come between the verb
    # and "to death"
    r"(?:beat|beating|stoned|stoning|clubbed|tortured|torturing|burned|burnt|stabbed|hacked|"
    r"bludgeoned)"
    r"(?= (?:[\w'’-]+ ){1,5}?to death\b)|"
    r"left dead|leaving dead|deaths? of|neutrali[sz]ed|neutrali[sz]ing|"
    # military statements: "eliminated 22 terrorists" (armed people only: no team, no threat)
    r"eliminat(?:ed|ing)(?= (?:[\w'’-]+ ){0,3}?(?:terrorists?|militants?|insurgents?|"
    r"jihadists?|fighters|rebels?|bandits?|gunmen|extremists?)\b)|"
    r"(?:bod(?:y|ies)|corpses?) of(?=[^.;]{0,80}?\b(?:found|recovered|discovered|retrieved)\b)"
)
HURT_ACTIVE = r"injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt(?:ing)?|maimed|maiming"
#: Words that follow their victims: "two soldiers were killed", "24 dead", "a man died".
KILL_AFTER = (
    r"killed|dead|died|shot dead|gunned down|executed|hanged|assassinated|murdered|slain|lynched|"
    r"(?:beaten|stoned|clubbed|tortured|stabbed|hacked|bludgeoned|burn(?:ed|t)) to death|"
    r"neutrali[sz]ed|perished|succumbed|deaths|fatalit(?:y|ies)|"
    r"lost (?:their|his|her) li(?:fe|ves)|"
    # South Asian and Middle Eastern papers: "three policemen were martyred"
    r"martyred|embraced martyrdom|"
    r"bodies (?:were )?(?:found|recovered)|"
    # "six bodies were taken to hospitals": the dead, wherever they were taken
    r"bodies (?:were |had been |have been )?(?:taken|brought|carried|transported)(?= to\b)|"
    # "four bodies bearing gunshot wounds were found": what the bodies bear comes between
    r"bodies(?= (?:[\w'’-]+ ){1,6}?(?:were|had been|have been) (?:found|recovered|discovered|"
    r"dumped)\b)"
)
HURT_AFTER = (r"injured|wounded|hurt|hospitali[sz]ed|injuries|beaten(?! (?:back|off|to death))|"
              r"taken to (?:a |the )?hospitals?")
#: Verbs that never take an object: the victims are always before them.
_INTRANSITIVE = re.compile(
    r"dead|died|perished|succumbed|deaths|fatalit(?:y|ies)|lost|bodies(?! of)|injuries",
    re.IGNORECASE)
#: Verb forms that only take their victims as object ("killing", "wounds"): the phrase before
#: them is who acted ("gunmen ... killing two"), never the victims.
_ONLY_ACTIVE = re.compile(rf"(?!(?:{KILL_AFTER}|{HURT_AFTER})$)(?:{KILL_ACTIVE}|{HURT_ACTIVE})",
                          re.IGNORECASE)
_VERB = WordPattern(
    rf"\b(?P<kill>{KILL_ACTIVE}|{KILL_AFTER})\b|\b(?P<hurt>{HURT_ACTIVE}|{HURT_AFTER})\b",
    re.IGNORECASE,
)
#: A word that may begin a casualty phrase: clauses without one are not read further.
_CASUALTY_WORD = WordPattern(
    r"\b(?:kill|death|shot|gun|execut|assassin|massacr|murder|slaughter|behead|lynch|stab|hack|"
    r"beat|ston|club|tortur|hang|bludgeon|"
    r"burn|claim|left|leav|dead|died|slain|perish|succumb|fatal|lost|bod|corpse|toll|injur|wound|"
    r"hurt|maim|hospitali|neutrali|eliminat|martyr)")
#: How far back a pattern anchored at a phrase's end looks (characters).
TAIL = 60
#: Nouns for the dead: they give a figure only with a number ("24 deaths").
_NOMINAL = re.compile(r"deaths|fatalit(?:y|ies)|dead|bodies|injuries", re.IGNORECASE)
#: Before a passive verb: "were", "had been also".
_AUX_TAIL = re.compile(
    r"(?:\b(?:were|was|are|is|had been|have been|has been|got|being|been)\s+)"
    r"(?:(?:also|reportedly|later|allegedly|all|both|subsequently|then)\s+)*$",
    re.IGNORECASE,
)
_ADVERB_TAIL = re.compile(r"(?:\b(?:also|reportedly|later|allegedly|all|both)\s+)+$", re.IGNORECASE)
#: Where a victim phrase after the verb ends: ", a health worker said" is its source, "and
#: arresting five" another act.
_STOP = re.compile(
    rf"\b(?:and\s+)?(?:{KILL_ACTIVE}|{HURT_ACTIVE})\b|\band\s+[a-z]+ing\b|"
    r"\band\s+(?!(?:un)?armed\b|retired\b)[a-z]+ed\b|"  # "and burned dozens of homes"
    # "and a third man was wounded": a clause of its own, not one more victim
    r"\band\s+(?:(?!(?:who|that|which)\b)[\w'’-]+\s+){1,3}?(?:was|were)\b|"
    r",\s*(?:\S+\s+){0,2}?(?:of\s+(?:them|whom)|"
    r"among\s+them)\b|,[^,;]*?\b(?:were|was|are|is|had|have|has)\b|"
    r",\s*(?:[\w'’.-]+\s+){0,9}?(?:said|says|told|reported|added|confirmed|stated)\b|"
    r"\b(?:when|while|after|"
    r"before|according|including|among\s+them|of\s+them|said|says|as|during|because|amid|"
    r"on\s+(?:the\s+)?\w+day|in\s+(?:their|his|her|the)\s+home)\b|[;:(]|"
    r"\s+(?:in|at|near|on|from|outside)\s+(?=(?-i:[a-zA-Z]))",
    re.IGNORECASE,
)
#: A punctuation mark that ends a clause; not the comma inside a numeral ("2,300").
_PUNCTUATION = r"(?:,(?!\d)|[;:(])"
#: Where a victim phrase before the verb begins: the last clause boundary.
_START = re.compile(rf".*(?:{_PUNCTUATION}|\b(?:and|but|with|while|when|after|as|where|that|"
                    r"which)\b)\s*", re.IGNORECASE | re.DOTALL)
_BOUNDARY = re.compile(rf"(?:{_PUNCTUATION}|\b(?:and|but|with|while|when|after|as|where|that|"
                       r"which|said|says|say|told|reported|claimed|added|stated|confirmed|"
                       r"announced)\b)\s*", re.IGNORECASE)
#: Where a list of the dead before "fatalities" or "deaths" begins ("25 fighters and 6 soldiers").
_START_NOMINAL = re.compile(rf".*(?:{_PUNCTUATION}|\b(?:in|with|causing|leaving|left|of)\b)\s*",
                            re.IGNORECASE | re.DOTALL)
#: An aside inside a victim phrase: "5 militants, including a commander, were killed".
_ASIDE = re.compile(
    r",\s*(?:including|among them|most of them|mostly|among whom)\b[^,;]*,|\([^()]*\)",
    re.IGNORECASE)
#: The rest of a victim phrase that only details it: "15 militants including a commander".
_DETAIL = re.compile(r"\b(?:including|among them|of whom|among whom)\b.*",
                     re.IGNORECASE | re.DOTALL)
_HEDGE = re.compile(r"^\s*(?:at least|more than|over|nearly|about|around|some|up to|as many as|"
                    r"approximately|roughly|almost|an estimated|close to|no fewer than)\s+",
                    re.IGNORECASE)
#: One person named by a determiner and any noun: "an economic operator", "the school principal",
#: "a 17-year-old".
_ONE_PERSON = re.compile(r"^\s*(?:a|an|one|another|the)\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(?P<noun>[a-z][\w'’-]*|\d{1,3}-year-old)\b(?!\s+(?:and|or)\b)",
                         re.IGNORECASE)
_DEATH_TOLL = WordPattern(
    r"\b(?:death )?toll\b[^.;]{0,40}?\b(?:rose|risen|climbed|reached|stood|stands|is|was|of|at|to)"
    r"\s+(?:at\s+|to\s+)?(?=\S)", re.IGNORECASE)
#: A toll that rose, named before its verb at a distance ("The death toll from Saturday's
#: strike on a market in Kabkabiya rose to 40", "the number of people killed ... has risen to 59").
_TOLL_ROSE = WordPattern(
    r"\b(?:(?:death )?toll|number of (?:people |those |civilians |persons )?(?:killed|dead)|"
    r"number of (?:deaths|dead|fatalities))\b[^.;]{0,160}?\b(?:rose|risen|climbed|reached|"
    r"jumped|increased|grown|grew)\s+(?:to\s+)?(?=\S)|"
    r"\b(?:bring|bringing|brings|brought|taking|took|raising|raised|raises|pushing|pushed) "
    r"the (?:(?:death )?toll|number of "
    r"(?:people killed|dead|deaths)\b[^.;]{0,40}?) to\s+(?=\S)",
    re.IGNORECASE)
#: A verb that tells a toll grew to its figure ("rose to 19", "bringing the toll to six").
_ROSE = WordPattern(r"\b(?:rose|risen|climbed|reached|jumped|increased|grown|grew|bring|bringing|"
                    r"brings|brought|taking|took|raising|raised|raises|pushing|pushed)\b",
                    re.IGNORECASE)
#: Bodies found: "the bodies of six men" counts six dead.
_BODIES = WordPattern(r"\b(?:bodies|corpses) of\s+(?=\S)", re.IGNORECASE)
#: Bodies an armed group left to be seen: "left five bodies", "dumped the corpses of"; the
#: figure before "bodies" counts the dead.
_BODIES_LEFT = re.compile(r"\b(?:left|leaving|dumped|dumping|abandoned|hung|hanged|dangled)"
                          r"\s+(?P<figure>\S+(?:\s+\S+){0,2}?)\s+(?:bodies|corpses)\b",
                          re.IGNORECASE)
_WORD = re.compile(r"\b[\w-]+\b")
_TOLD = re.compile(r"\s*(?:the|these|those)\s+(?:\S+\s+)?(?:\d+|one|two|three|four|five|six|seven|"
                   r"eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)
#: Words that make a number an age: "17-year-old", "45 years old", "aged 45".
_AGE_AFTER = re.compile(r"[\s-]*years?[\s-]*olds?\b|\s+years? of age\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\baged\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
#: A verb that makes a phrase a clause ("the driver was released", "gunmen opened fire"), not
#: people joined to those after "and".
_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|been|had|has|have)\b|\b[a-z]+ed\s+(?:the|a|an|"
                          r"at|in|on|into|fire|from|to|with)\b", re.IGNORECASE)
#: Whose the people are, not more people: "12 members of one family", "of the same clan".
_OF_ONE_GROUP = re.compile(r"\b(?:of|from)\s+(?:one|a single|a|the same)\s+(?:family|families|"
                           r"household|clan|tribe|village)\b", re.IGNORECASE)
#: Members of an armed body the text names by its kind of unit ("members of the Katsina State
#: Community Watch Corps", "of the Civilian Joint Task Force"): armed, as their body is; not
#: a party named like one ("members of the Patriotic Front party").
_MEMBERS_OF_ARMED_BODY = re.compile(
    r"\bmembers?\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,5}(?-i:Corps|Guards?|"
    r"Brigades?|Militias?|Forces?|Front|Army|Watch|Vigilantes?|Battalions?|Regiments?|Squads?)\b"
    r"(?!\s+(?:party|parties|movement|youth|league|supporters)\b)",
    re.IGNORECASE)
#: "and five other people", "and 15 others": someone was named before the figure.
_AND_OTHERS = re.compile(r"^\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z][\w'’-]*)"
                         r"\s+and\s+(?:\S+\s+){1,2}?others?\b", re.IGNORECASE)
#: One person named first and joined to another by "and": "a former councilor and his wife".
_ONE_AND_KIN = re.compile(r"^\s*(?:a|an|one|another|the)\s+(?:[\w'’-]+\s+){0,2}?"
                          r"(?P<noun>[a-z][\w'’-]*)\s+and\s+(?:his|her|their|a|an|the)\s",
                          re.IGNORECASE)
_AMONG = re.compile(r"\bamong (?:the |those )?$", re.IGNORECASE)
#: Nouns for people in general: figures with them are the same victims ("3 people", "three
#: civilians", "3 killed").
GENERIC_VICTIMS = frozenset({"people", "person", "persons", "civilian", "civilians", "resident",
                             "residents", "other", "others", "individual", "individuals",
                             "victim", "victims", "more", "inhabitant", "inhabitants"})


@dataclass(frozen=True)
class Victims:
    """People a clause says were killed or hurt: how many, who, and whether they were armed."""

    count: int
    hurt: bool  # injured rather than killed
    group: str  # who they are ("people", "soldier", "pilot"): figures of one group are one count
    armed: bool | None = None  # soldiers, fighters; None when the phrase does not say
    report: int = 0  # the sentence that gives the figure
    more: bool = False  # adds to what was told before ("another", "also", "six other")
    added: bool = False  # "three more": adds to the toll told before, whoever they are
    told: bool = False  # "the nine staff": people the text has counted already
    rose: bool = False  # the toll has risen to the figure: it replaces lower ones told before
    vague: bool = False  # told only by a vague amount ("dozens"): any stated figure replaces it


def read_counts(clause: str) -> tuple[int | None, int | None, dict[str, int]]:
    """Fatalities, injured and other counted things stated in a clause.

    Returns
    -------
    tuple
        (fatalities, injured, counts such as {"drones": 159}).

    Examples
    --------
    >>> read_counts("killing the mayor and 15 other people and wounding seven")
    (16, 7, {})
    """
    found = find_victims(clause)
    killed, hurt = combine(v for v in found if not v.hurt), combine(v for v in found if v.hurt)
    return killed, hurt, count_things(clause)


def find_victims(clause: str, *, told: bool = False) -> list[Victims]:
    """The victim groups a clause states, in order; with ``told``, also those it names as
    told before ("the two men were killed"), for an event that has no victims yet."""
    return list(_victims_in(clause, told))


def may_tell_rise(text: str) -> bool:
    """Whether ``text`` has a word a toll grows with ("rose", "risen"): cheap, read no further
    where it has none."""
    return _ROSE.search(text) is not None


def may_count(text: str) -> bool:
    """Whether ``text`` has a word casualty figures are told with (cheap: read no further
    where it has none)."""
    return _CASUALTY_WORD.search(text) is not None


@lru_cache(maxsize=128)  # a clause is read for its own event and its frame's targets
def _victims_in(clause: str, told: bool = False) -> tuple[Victims, ...]:
    if not _CASUALTY_WORD.search(clause):
        return ()
    out = []
    for m in _VERB.finditer(clause):
        if _AMONG.search(clause, max(0, m.start() - 20), m.start()):
            continue  # "two children were among the dead": already counted
        found = _victims_of(clause, m)
        if found is not None and found.told and not told:
            continue  # "the nine staff died": victims told before
        if found is not None:
            out.append(replace(found, hurt=m["hurt"] is not None))
    if not out and _ONE_DEATH.search(clause):
        out.append(Victims(1, False, "people"))
    if not out and (left := _BODIES_LEFT.search(clause)):
        figures = [n for n in find_numbers(left["figure"]) if n.counts]
        if figures:
            out.append(Victims(figures[-1].value, False, "people"))
    for rx in (_TOLL_ROSE, _DEATH_TOLL, _BODIES):  # a toll that rose first: it says so
        toll = rx.search(clause)
        numbers = find_numbers(clause[toll.end() : toll.end() + 40]) if toll else []
        if numbers and numbers[0].start == 0 and numbers[0].counts:
            # the toll is the figure: "the number (of people killed)" counts no one
            out = [v for v in out if v.group != "number"]
            out.append(Victims(numbers[0].value, False, "people",
                               rose=_ROSE.search(toll.group(0)) is not None))
            break
    return tuple(out)


def combine(groups) -> int | None:
    """One figure for victim groups, as ACLED codes them [C3][C4].

    Within one report (a sentence), different groups add up ("two pilots died and two
    soldiers were killed": 4), and a figure for people in general counts everyone ("45
    people ... two commanders": 45). Reports of the same event are conflicting figures, of
    which the lowest counts, unless a report says it adds to the others ("another soldier
    died later") or that the toll rose to its figure; a later figure for people in general
    that is higher counts everyone told before ("a commander was killed" then "six people were
    killed": 6).
    """
    reports: dict[int, list[Victims]] = {}
    for v in groups:
        reports.setdefault(v.report, []).append(v)
    total: int | None = None
    guessed = False  # the total so far is only a vague amount's ("dozens": 12)
    told: set[str] = set()
    for _, found in sorted(reports.items()):
        figure = _one_report(found)
        groups = {v.group for v in found}
        guess = all(v.vague for v in found)
        if total is None:
            total, guessed = figure, guess
        elif any(v.rose for v in found):
            total = max(total, figure)  # "the toll had risen to 19": the latest count
        elif any(v.added for v in found):
            total += figure  # "three more farmers were killed": on top of the toll told before
        elif (any(v.more for v in found) and not groups & told) or _other_side(groups, told):
            total += figure  # "another soldier died later", "six of the attackers": others
        elif guessed != guess:
            # "dozens of soldiers" and "more than 50 soldiers": the stated figure, in either
            # order (ACLED counts a vague amount only where no figure is given) [C4]
            total, guessed = (figure, False) if guessed else (total, False)
        elif "people" in told and "people" not in groups and figure < total:
            pass  # "nine aid workers died" after "100 people were killed": some of them
        elif groups == {"people"} and "people" not in told and figure > total:
            total = figure  # "six people were killed" after "a militia leader": all of them
        else:
            total = min(total, figure)  # conflicting reports: the lowest
        told |= groups
    return total


def _other_side(groups: set[str], told: set[str]) -> bool:
    """Whether a report's dead are all of one side of a fight and those told before all of
    the other ("10 soldiers" then "six of the attackers"; "six officers", armed on a side
    not said, then "two attackers")."""
    sides = {_sides().get(g) for g in groups}
    before = {_sides().get(g) for g in told}
    if len(sides) != 1 or len(before) != 1 or None in sides | before or sides == before:
        return False
    return "non_state" in sides | before  # (state forces and "officers" may be one side)


def _one_report(groups: list[Victims]) -> int:
    """A report's figure: the toll it says rose to counts everyone ("two of the wounded died,
    raising the toll to eight": 8); else the lowest figure of each group, and people in
    general count the groups named beside them."""
    risen = [v.count for v in groups if v.rose]
    if risen:
        return max(risen)
    lowest: dict[str, int] = {}
    for v in groups:
        lowest[v.group] = min(lowest.get(v.group, v.count), v.count)
    everyone = lowest.pop("people", 0)
    return max(everyone, sum(lowest.values()))


def count_things(clause: str) -> dict[str, int]:
    """Weapons and structures counted in a clause: "159 drones", "six missiles"."""
    found: dict[str, int] = {}
    if _counted_words().isdisjoint(words_of(clause)):
        return found
    for n in find_numbers(clause):
        if not n.exact:
            continue
        for w in _WORD.findall(clause[n.end : n.end + 40])[:3]:
            kind = _things().get(w.lower())
            if kind in ("weapon", "structure"):
                found.setdefault(w.lower(), n.value)
                break
            if kind is not None or w.lower() in ("of", "and"):
                break
    return found


def victims_armed(phrase: str) -> bool | None:
    """Whether the people a phrase names are armed (soldiers), not (civilians), or unknown."""
    found = _people(phrase)
    return found.armed if found else None


# ----------------------------------------------------------------------------- phrases


def _victims_of(clause: str, m: re.Match) -> Victims | None:
    """The victims of one casualty word: its object ("killed two soldiers") or the phrase
    before it ("two soldiers were killed", "and 18 injured", "24 dead")."""
    verb = m.group(0)
    before, after = _ASIDE.sub("", clause[: m.start()]), clause[m.end() :]
    aux = _AUX_TAIL.search(before, max(0, len(before) - TAIL))
    if aux is None and not _INTRANSITIVE.match(verb):
        found = _after(after)
        if found is not None:
            return found
        if _vague_object(after) or _ONLY_ACTIVE.fullmatch(verb):
            return None  # "wounding several other people": no figure
    if aux is not None:
        before = before[: aux.start()]
    else:
        adverb = _ADVERB_TAIL.search(before, max(0, len(before) - TAIL))
        before = before[: adverb.start()] if adverb else before
    nominal = _NOMINAL.fullmatch(verb)
    if nominal:
        start = _START_NOMINAL.match(before)
        phrase = before[start.end() :] if start else before
        told = list(_VERB.finditer(phrase))
        if told:  # "a guard was shot dead at the gate [1 death]": not the guard again
            phrase = phrase[told[-1].end() :]
        return _people(phrase) if find_numbers(phrase) else None  # "the civilian deaths"
    # the phrase from the last clause boundary; from an earlier one if that names no one
    # ("13 soldiers serving with U.N. and African forces were killed")
    marks = list(_BOUNDARY.finditer(before))
    bounds = [0, *(m.end() for m in marks)]
    for i in reversed(range(len(bounds))[-3:] if aux is not None else range(len(bounds))[-1:]):
        found = _people(before[bounds[i] :], anyone=i == len(bounds) - 1)
        if found is None:
            continue
        if found.group == "people" and _ALL_OF_THEM.fullmatch(before[bounds[i] :]):
            return _of_those_named(found, before[: bounds[i]])  # not more people: them
        if i > 0 and marks[i - 1].group(0).strip().lower() == "and":
            # "two soldiers and three rebels were killed", "a woman and her child died":
            # the people joined to them too
            joined = before[bounds[i - 1] : marks[i - 1].start()]
            if not _VERB.search(joined) and not _CLAUSE_VERB.search(joined) and _people(
                    joined, anyone=True) is not None:
                return _people(before[bounds[i - 1] :], anyone=True) or found
        return found
    return None


def _vague_object(after: str) -> bool:
    """Whether the words after a verb begin with a vague amount ("several", "an unknown
    number of"): the verb's victims, of whom the text gives no figure."""
    first = next(iter(find_numbers(after[:40])), None)
    return first is not None and not first.exact and not after[: first.start].strip()


def _of_those_named(found: Victims, before: str) -> Victims:
    """Victims told by a bare figure ("all five were killed") as the people last named before
    it in the clause ("troops pursued the attackers and all five ..."): attackers."""
    for w in reversed(_WORD.findall(before)):
        noun = _singular_of().get(w.lower())
        if noun is not None and noun not in GENERIC_VICTIMS and noun != "other":
            return replace(found, group=noun, armed=_person_nouns().get(noun))
    return found


def _after(text: str) -> Victims | None:
    """Victims in the phrase right after a verb that takes them as object."""
    if re.match(r"\s*(?:[,.;:]|and\b)", text, re.IGNORECASE):
        return None  # "... and 18 injured, three of them children": no object
    if re.match(r"\s*(?:him|her)\b", text, re.IGNORECASE):
        return Victims(1, False, "people")
    text = _HEDGE.sub(" ", text)
    stop = _STOP.search(text)
    return _people(text[: stop.start()] if stop else text, anyone=True)


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
#: A date's day and year, which are no count: "5 March 2022", "March 5, 2022", and a year
#: before a comma ("..., 2022, civilians were killed").
_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?:,? \d{{4}})?\b|"
                   rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?\b|\b{_MONTH},? \d{{4}}\b|"
                   r"\b(?:19|20)\d\d(?=,)")


#: "other" right after a figure: these victims add to people told before ("six other
#: fighters were killed").
_OTHERS_AFTER = re.compile(r"\s+others?\b", re.IGNORECASE)
#: "more" right after a figure: these victims add to the toll told before ("three more
#: farmers were killed"), not "more than".
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than\b)", re.IGNORECASE)
#: A figure with no noun that counts everyone of a group: "all five", "all 12 of them".
_ALL_OF_THEM = re.compile(r"\s*all\s+(?:the\s+)?[\w-]+(?:\s+of\s+them)?\s*", re.IGNORECASE)
#: The rest of a name after a title noun: a capitalised word, then "for" or "of" and a
#: capitalised word, or a noun for a body ("the General Security forces").
_NAME_GOES_ON = re.compile(r"\s+(?P<word>[A-Z][\w'’-]*)\s+(?:(?:for|of)\s+(?:the\s+)?[A-Z]|"
                           r"(?i:forces?|services?|directorate|command|corps|department|office|"
                           r"agency|council|committee)\b)")
#: One person told by a pronoun: the victim of "he died", "she was killed".
_PRONOUN = re.compile(r"\s*(?:he|she)\s*", re.IGNORECASE)
#: One death told by a possessive: "resulting in his death", "which caused her death", "his
#: body was found".
_ONE_DEATH = WordPattern(r"\b(?:result(?:ing|ed|s)? in|caus(?:ing|ed|es)|lead(?:ing|s)? to|"
                         r"led to)\s+(?:his|her)\s+(?:own\s+)?death\b|"
                         r"\b(?:his|her)\s+(?:lifeless\s+|dead\s+|mutilated\s+|burned\s+)?"
                         r"(?:body|corpse)\s+(?:was\s+)?(?:later\s+|then\s+)?(?:found|recovered|"
                         r"discovered|retrieved|dumped)\b", re.IGNORECASE)
#: A word that makes the number after it nobody ("no one", "not one of them").
_NEGATED = re.compile(r"\b(?:no|not)\s+$", re.IGNORECASE)
#: Words before armed people who no longer are ("a former army officer"), from cue_words.csv.
NO_LONGER_ARMED = re.compile(rf"\b(?:{'|'.join(sorted(cue_words('former_word')))})",
                             re.IGNORECASE)


def _people(phrase: str, *, anyone: bool = False) -> Victims | None:
    """The people a noun phrase names, or None if it names none.

    Numbers count whatever the noun after them ("four patients"), unless it is a thing, an
    animal or a unit; a singular person noun counts one ("the mayor"), and with ``anyone``
    so does any noun after "a", "an" or "the" ("an economic operator").
    """
    phrase = _OF_ONE_GROUP.sub("", _DETAIL.sub("", phrase))
    if anyone and _PRONOUN.fullmatch(phrase):
        return Victims(1, False, "people")  # "he died", "she was later killed"
    told = bool(_TOLD.match(phrase))
    total, seen, vague = 0, False, True
    groups: set[str] = set()
    taken: list[tuple[int, int]] = []
    last, others, added = None, False, False
    dates = [(d.start(), d.end()) for d in _DATE.finditer(phrase)]
    for n in find_numbers(phrase):
        word = _WORD.search(phrase, n.end)
        if word and word.group(0).lower() == "of":  # "dozens of homes"
            word = _WORD.search(phrase, word.end())
        if word and word.group(0).lower() in _things() or _is_age(phrase, n):
            continue
        if any(s <= n.start < e for s, e in dates):
            continue  # "On 5 March 2022, residents were killed": a date, not a count
        if _NEGATED.search(phrase, max(0, n.start - 5), n.start):
            continue  # "no one was hurt": nobody
        taken.append((n.start, n.end))
        if not n.counts or (last is not None and _upper_bound(phrase, last, n)):
            continue  # "10 to 15 villagers": the lowest figure, ACLED's rule [C4]
        last = n
        total += n.value
        seen, vague = True, vague and not n.exact
        groups.add(_person_noun_after(phrase, n.end) or "people")
        others = others or _OTHERS_AFTER.match(phrase, n.end) is not None
        added = added or _MORE_AFTER.match(phrase, n.end) is not None
    for m in _singular().finditer(phrase):
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
            continue
        if _opens_name(phrase, m):
            continue
        noun = m["noun"].lower()
        taken.append((m.start(), m.end()))
        total += _people_in().get(noun, 1)
        groups.add(noun)
        seen, vague = True, False
    one = _ONE_PERSON.match(phrase) if anyone and not seen else (
        _AND_OTHERS.match(phrase) or (_ONE_AND_KIN.match(phrase) if anyone else None))
    if one and one["noun"].lower() not in _things() and one["noun"].lower() not in _plurals() and (
            not any(s < one.end("noun") and one.start() < e for s, e in taken)):
        # "an economic operator"; "the minister and five other people": one more
        total, seen, vague = total + 1, True, False
        groups.add(one["noun"].lower())
    if not seen:
        return None
    groups = {"people" if g in GENERIC_VICTIMS else g for g in groups}
    armed = {False if g == "people" else _person_nouns().get(g) for g in groups} - {None}
    if groups == {"member"} and _MEMBERS_OF_ARMED_BODY.search(phrase):
        armed = {True}
    if armed == {True} and NO_LONGER_ARMED.search(phrase):
        armed = {False}  # "a former army officer", "retired soldiers": civilians now
    return Victims(total, False, "+".join(sorted(groups)),
                   armed.pop() if len(armed) == 1 else None, told=told,
                   more=others and len(groups) == 1,  # not "the mayor and 15 other people"
                   added=added,
                   vague=vague)


def _opens_name(phrase: str, m: re.Match) -> bool:
    """Whether a title noun is the first word of an organisation's name, not a person ("the
    General Directorate for Security", "the Chief Office of Statistics"): capitalised, with a
    capitalised word after it that names no person, then "for" or "of" and a capitalised
    word."""
    after = _NAME_GOES_ON.match(phrase, m.end("noun"))
    return bool(m["noun"][0].isupper() and after
                and after["word"].lower() not in _singular_of())


def _upper_bound(phrase: str, low, high) -> bool:
    """Whether a number is the top of a range begun by the one before it ("10 to 15",
    "10-15", "two or three", "between 10 and 15")."""
    gap = phrase[low.end : high.start].strip().lower()
    return gap in ("to", "or", "-", "–") or (
        gap == "and" and phrase[: low.start].rstrip().lower().endswith("between"))


def _is_age(phrase: str, n) -> bool:
    """Whether a number is someone's age ("a 17-year-old", "aged 45"), not a count."""
    return bool(_AGE_AFTER.match(phrase, n.end) or _AGE_BEFORE.search(phrase, 0, n.start))


def _person_noun_after(phrase: str, at: int) -> str | None:
    """The person noun (singular form) within four words after a number, if any; "other"
    only when no noun follows it ("six other fighters": fighter)."""
    found = None
    for w in _WORD.findall(phrase[at : at + 50])[:4]:
        singular = _singular_of().get(w.lower())
        if singular == "other" and found is None:
            found = singular
        elif singular:
            return singular
    return found


@cache
def _counted_words() -> frozenset[str]:
    """The words of things kept as counts ("drones", "houses")."""
    return frozenset(w for w, kind in _things().items() if kind in ("weapon", "structure"))


@cache
def _things() -> dict[str, str]:
    return {r["word"].lower(): r["kind"] for r in read_table("counted_things")}


@cache
def _person_nouns() -> dict[str, bool]:
    """Person nouns (lower case, singular form) -> whether the person is armed."""
    return {r["singular"].lower(): r["armed"] != "no" for r in read_table("person_nouns")}


@cache
def _sides() -> dict[str, str]:
    """Person nouns (lower case, singular form) of a side of a fight -> "state", "non_state"
    or "yes" (armed, on a side the noun does not say)."""
    return {r["singular"].lower(): r["armed"] for r in read_table("person_nouns")
            if r["armed"] in ("state", "non_state", "yes")}


@cache
def _singular_of() -> dict[str, str]:
    """Person nouns (lower case, singular and plural) -> the singular."""
    out = {}
    for r in read_table("person_nouns"):
        for w in (r["singular"], r["plural"]):
            out[w.lower()] = r["singular"].lower()
    return out


@cache
def _plurals() -> frozenset[str]:
    """Plural person nouns (lower case), which never name one person ("the victims")."""
    return frozenset(r["plural"].lower() for r in read_table("person_nouns")
                     if r["plural"] and r["plural"].lower() != r["singular"].lower())


@cache
def _people_in() -> dict[str, int]:
    """How many people a singular person noun names ("couple" 2)."""
    return {r["singular"].lower(): int(r["people"]) for r in read_table("person_nouns")}


#: Nouns for a body of people that a person noun before them only qualifies.
_BODY_NOUNS = (r"groups?|movements?|organi[sz]ations?|networks?|cells?|factions?|outfits?|"
               r"coalitions?|alliances?|wings?")


@cache
def _singular() -> re.Pattern:
    """A singular person noun after a determiner: "a soldier", "the mayor", "his wife"."""
    rows = read_table("person_nouns")
    nouns = sorted({r["singular"] for r in rows} - {"other"}, key=len, reverse=True)
    plurals = sorted({r["plural"] for r in rows if r["plural"]}, key=len, reverse=True)
    # not one that qualifies people after it ("and volunteer fighters") nor a body of them
    # ("members of the militant group", "the rebel movement")
    return re.compile(
        r"(?:^|\b(?:a|an|the|his|her|their|its|another|one|and)\s+|\b\w+['’]s\s+)"
        r"(?:(?!(?:and|or|with)\b)[\w-]+\s+){0,2}?(?P<noun>" + alternation(nouns)
        + r")\b(?!\s+(?:" + alternation(plurals) + r"|" + _BODY_NOUNS + r")\b)",
        re.IGNORECASE,
    )
