"""Events: ACLED-style records read from the sentences of an article.

The story starts after the headline and dateline (``geo.text.layout``): they restate or
date the story and never count as an event's sentence. Each sentence is cut into clauses
at subordinators ("hours after", "when", ", and"); a clause whose acts make a frame
(``geo.events.frames``: who does what to whom) becomes a candidate event with

* its place: the most specific place named in the clause, else in the sentence, else the
  place "the area" refers back to, else the paragraph's last event place, else the last
  place named in the paragraph; a region alone gives geo-precision 3, "near X" 2;
* its date: a date of the event beats the date a statement was made; a clause with no
  date takes the paragraph's last date, else the article's (its publication date, which
  may be unknown: then the event is undated);
* its actors, named the ACLED way once the place gives their country;
* its casualties (``geo.events.counts``); a sentence that reports only casualties adds
  them to the paragraph's event.

Candidates that report the same real-world event are merged by the one rule both a single
article and a batch use (``geo.events.merge.same_event``); those with no place below
country level are dropped, as ACLED does.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from geo.events.actors import (
    GENERIC_NAMES,
    PEOPLE,
    STATE,
    ActorMention,
    as_ruler,
    as_state_forces,
    cited_before,
    find_actors,
    named_actors,
    reporting_verbs,
    state_name,
)
from geo.events.coding import PERPETRATED, code_event, precedence
from geo.events.counts import (
    Victims,
    combine,
    count_things,
    find_victims,
    may_count,
    may_tell_rise,
)
from geo.events.frames import (
    AFTER_ASIDE,
    BATTLE_ACTS,
    DISPLACEMENT_ACTS,
    GENERIC_ACTS,
    GRIEVANCE,
    HARM_ACTS,
    INTERCEPT_ACTS,
    MOVEMENT_ACTS,
    NO_FIGHTING,
    PARTICIPLE,
    RETURNED_FIRE,
    TRANSFER_ACTS,
    Found,
    Frame,
    SentenceActs,
    answered_causes,
    frame_clause,
    is_reference,
    names_other_cause,
    read_acts,
    repeller_of_told,
    territory_sub_event,
)
from geo.events.merge import name_head, same_event, same_type, town_and_its_district
from geo.model import LOW_CONFIDENCE, DatePrecision, Event, Mention, Place, km_between
from geo.places.qualifiers import names_quarter, names_town_site
from geo.places.recognise import written_as_region
from geo.sources.tables import compass_stems, cue_words, event_words
from geo.text.dates import (
    DAYS_BEFORE,
    MONTHS,
    WEEKDAYS,
    DateMatch,
    find_dates,
    has_date_phrase,
    resolve_date,
)
from geo.text.layout import article_layout
from geo.text.numbers import find_numbers
from geo.text.quotes import to_quoted, to_unquoted, without_scare_quotes
from geo.text.sentences import split_sentences
from geo.text.triggers import WordPattern, compile_prefiltered, words_of

#: How specific a place kind is, most specific first; countries never locate events, water
#: only where nothing on land does (``_locate``).
KIND_RANK = {"facility": 0, "city": 1, "admin2": 2, "admin1": 3, "region_other": 4}
#: Words that refer back to a place named before ("the area", "there", "the city's").
ANAPHOR = compile_prefiltered(
    r"\bthere\b|\bthe\s+(?:(?-i:[a-z])\w*\s+)?(?P<noun>area|region|city|town|village|location|site|"
    r"settlement|district|province|oblast|bridge|plant|port|airport|airbase|base|dam|camp|"
    r"crossing|refinery|tower|reactor|facility|station|(?<=same )state)\b(?!\s+of\b)"
)
_FACILITY = ("facility",)
_FACILITY_NOUNS = {"bridge", "plant", "port", "airport", "airbase", "base", "dam", "camp",
                   "crossing", "refinery", "tower", "reactor", "facility", "station"}
_ANAPHOR_KINDS = {
    "city": ("city",), "town": ("city",), "village": ("city",), "settlement": ("city",),
    "region": ("admin1", "region_other"), "province": ("admin1",), "oblast": ("admin1",),
    "state": ("admin1",),
    "district": ("admin2", "city"), "bridge": _FACILITY, "plant": _FACILITY, "port": _FACILITY,
    "airport": _FACILITY, "airbase": _FACILITY, "base": _FACILITY, "dam": _FACILITY,
    "camp": _FACILITY, "crossing": _FACILITY, "refinery": _FACILITY, "tower": _FACILITY,
    "reactor": _FACILITY, "facility": _FACILITY, "station": _FACILITY,
}  # fmt: skip
#: Words before a place that put the event near it, not at it (ACLED geo-precision 2), but not
#: across "in" ("outside parliament in Tbilisi" is in Tbilisi).
NEAR = compile_prefiltered(
    r"(?:\bnear|\baround|\boutside|\bclose to|\boutskirts of|\bvicinity of|\bsuburbs of|"
    r"\bkm (?:\w+ )?(?:of|from)|\bkilometres (?:\w+ )?(?:of|from)|\bmiles (?:\w+ )?(?:of|from)|"
    r"\bbetween)\s+(?:the\s+)?(?:(?!(?:in|at|inside)\b)\w+\s+){0,2}$",
)
#: A settlement told before, placed by a place near it: "struck a cell in the village near Tubas"
#: (the village the story named, not Tubas).
TOLD_NEAR = re.compile(r"\bthe\s+(?P<noun>village|town|camp|settlement)\s*,?\s+(?:near|outside|"
                       r"close to|not far from)\s+(?:the\s+)?$", re.IGNORECASE)
#: How far a settlement "near" a place may lie from it, km.
NEAR_KM = 15
#: A place a weapon was fired or launched from.
ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?!toward|towards|to|into|at|on|in)[\w'’-]+\s+){0,2}$",
                    re.IGNORECASE)
#: A road's or a train's name after the first of the two places it is named for
#: ("-Mymensingh highway", "-Lviv passenger train"), and the hyphen and road word around the
#: second.
_ROAD = (r"(?:[a-z][\w-]*\s+)?(?i:road|highway|motorway|expressway|route|axis|corridor|railway|"
         r"train|bus)\b")
ROAD_AFTER = re.compile(rf"\s*[-–]\s*(?:[A-Z][\w'’.]*\s+){{1,3}}?{_ROAD}")
ROAD_GAP = re.compile(r"[-–]\s*$")
ROAD_WORD = re.compile(rf"\s+{_ROAD}")
#: A road named by where it leads: "on the highway to ", "the road from ".
ROAD_TO = re.compile(rf"\b{_ROAD}s?\s+(?:to|from|towards|leading\s+to)\s+(?:the\s+)?"
                     r"(?:(?:city|town|capital)\s+(?:of\s+)?)?$")
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: The words between a place and another it is part of, or that is part of it: "the Kyiv
#: suburb of Bucha", "the Cite Soleil neighbourhood of Port-au-Prince".
PART_OF_AFTER = re.compile(r"\s+(?:suburb|district|neighbou?rhood|quarter|township|outskirts|"
                           r"commune|area)\s+of\s+(?:the\s+)?$")
#: The town of the hospital the wounded were taken to ("taken to hospitals in Monywa",
#: "rushed to a hospital in Sukkur") or died or were treated in ("died in a hospital in Cucuta").
TREATED_IN = re.compile(r"\b(?:to|(?:died|treated)\s+(?:later\s+)?(?:in|at))\s+(?:an?\s+|the\s+)?"
                        r"(?:[\w-]+\s+)?(?:hospitals?|clinics?|"
                        r"(?:health|medical)\s+(?:centres?|centers?|facilit(?:y|ies)))\s+"
                        r"(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
#: The words before a place that name an office of it ("a former mayor of", "the governor of"):
#: a title of cue_words.csv (``person_title``, ``region_title``) and "of".
_TITLES = {w.lower() for w in cue_words("person_title") | cue_words("region_title")}
OFFICE_OF = compile_prefiltered(
    rf"\b(?:{'|'.join(sorted(map(re.escape, _TITLES), key=len, reverse=True))})\s+of\s+"
    r"(?:the\s+)?$")
#: A relative clause's head before its act: "people who fled", "those who had been displaced".
WHO_DID = re.compile(r"\b(?:who|that)\s+(?:(?:had|have|has|were|was|been)\s+){0,2}$",
                     re.IGNORECASE)
#: What joins a village no gazetteer entry fits to the town or district it lies in or near:
#: "Kadawa village in Gusau", "Gbagbeguoine village, Biankouma", "Kadawa, a village in Gusau"
#: (a square or a mosque "in Tel Aviv" is in the town: no nearer place is lacking).
_SETTLEMENT = r"(?:village|hamlet|settlement|locality|town|(?:refugee\s+)?camp)"
IN_TOWN = re.compile(rf"\s*(?:{_SETTLEMENT}\s*(?:[,(]\s*(?:(?:in|near|outside)\s+)?|"
                     rf"(?:in|of|outside|near)\s+)|[,(]\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
                     rf"{_SETTLEMENT}\s+(?:in|of|outside|near)\s+)(?:the\s+)?", re.IGNORECASE)
#: "the village of Kadawa" (then "in Gusau", "near Gusau", ", Gusau").
SETTLEMENT_OF = re.compile(rf"\b{_SETTLEMENT}\s+of\s+$", re.IGNORECASE)
IN_TOWN_AFTER_NAMED = re.compile(r"\s*(?:[,(]\s*)?(?:(?:in|near|outside)\s+(?:the\s+)?)?")
#: A place people were taken to ("evacuated to Zaporizhzhia").
DESTINATION = re.compile(r"\b(?:to|towards?)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring)\s+)?"
                         r"(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)
#: A superlative that ranks an event among a period's ("the deadliest attack this year", "the
#: worst violence since 2020"): the period is no total.
RANKED_AMONG = re.compile(r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|"
                          r"highest|most\s+\w+)\b[^.;]*$", re.IGNORECASE)
#: A date phrase that opens a clause it dates relative to the main one ("a day after ...").
INTRODUCES = re.compile(r"\w+\s+(?:days?|weeks?)\s+(?:after|before)", re.IGNORECASE)
#: Month names and their abbreviations, longest first ("since January").
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
#: A period that began on a day of this week: "since Sunday", "since last Thursday".
_SINCE_WEEKDAY = rf"since (?:last )?(?:{_WEEKDAY_NAMES})"
#: Words for a whole country: "nationwide", "across the country".
_COUNTRYWIDE = r"nationwide|countrywide|across the (?:country|nation)|around the country"
#: A figure that totals a period or a whole country, not one event ("so far this year", "in the
#: first five months", "wounded nationwide", "across the country", "since May 2023", "since
#: the coup", "the insurgency has killed").
PERIOD_TOTAL = WordPattern(
    r"\b(?:so far|to date|this year|since the (?:start|beginning) of|"
    r"in the (?:first|past|last) (?:\S+ )?(?:days|weeks|months|years) of|"
    # "killed in the region in the last two years", "over the past six months"
    r"(?:in|over|during) the (?:past|last) (?:\S+ )?(?:weeks|months|years)|"
    # "killed at least 25 civilians in 2024": a whole year's
    r"in (?:early |late |mid-?)?(?:19|20)\d\d|"
    rf"{_COUNTRYWIDE}|"
    r"across (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?(?! (?:region|province|state|city|"
    r"oblast|district|county|governorate|town|village))\b|"  # "across Somalia"
    r"across (?:\S+ )?(?:several |many |all |\d+ )?(?:regions|provinces|states|counties|cities)|"
    # "since the infighting began", "since the war broke out", "since the clashes between
    # the two factions began on Sept. 9" (the day the period began)
    r"since (?:the )?(?:[^\s.;]+ ){1,12}?(?:began|started|erupted|broke out)"
    rf"(?: (?:on|last) (?:(?:\S+ ){{0,2}}\d{{1,2}}|{_WEEKDAY_NAMES}))?|"
    r"since (?:\S+ )?(?:19|20)\d\d|"  # "since May 2023"
    # "since seizing power", "since launching its offensive" (not "since morning")
    r"since (?!morning\b|evening\b)[a-z]{2,}ing\b|"
    r"since (?:then|that time|the (?:\S+ )?(?:war|conflict|coup|invasion|uprising|takeover|"
    r"insurgency|protests|demonstrations|unrest|fighting|clashes|violence|offensive|"
    r"crackdown|crisis|siege) (?:began|started|erupted|broke out)?)|"  # "since then"
    r"since last (?:week|month|year)\b|"  # "have been arrested since last week"
    rf"since (?:early |late |mid-?)?(?:{_MONTH_NAMES})\b|"  # "since January"
    rf"{_SINCE_WEEKDAY}\b|"  # "have been killed since Thursday"
    # "between January and September", "in October alone", "last month alone", "over the
    # same period"
    rf"between (?:early |late |mid-?)?(?:{_MONTH_NAMES})(?: (?:19|20)\d\d)? and "
    rf"(?:early |late |mid-?)?(?:{_MONTH_NAMES})\b|"
    rf"(?:(?:last|this) (?:week|month|year)|{_MONTH_NAMES}|(?:19|20)\d\d) alone|"
    r"(?:over|in|during) the same (?:period|time|months?|weeks?|years?)|"
    # "The insurgency, which began in 2017, has killed more than 6,000 people"
    r"(?:war|conflict|insurgency|violence|unrest|uprising|rebellion|fighting)\b,? (?:\S+ ){0,6}?"
    r"(?:has|have) (?:\S+ )?(?:killed|left|claimed)|"
    # "... began in 2017 with an attack on police stations and has since killed 6,000 people"
    r"(?:has|have) since (?:killed|left|claimed))\b"
)
#: A sentence whose subject is fighting: "Clashes between X and Y", "Fighting in Z".
FIGHTING_FIRST = re.compile(r"\W*(?:the\s+)?(?:(?:heavy|fierce|renewed|intense|deadly)\s+)?"
                            r"(?:clashes|fighting|battles?|gunfights?)\b", re.IGNORECASE)
#: Before a conflict noun, the days it lasted ("four days of heavy fighting"): one battle.
DAYS_OF = re.compile(r"\bdays\s+of\s+(?:\S+\s+)?$", re.IGNORECASE)
#: An act told in the perfect ("have abducted", "has been killed", reported: "had been
#: arrested"): a sum over time beside a period ("since 2024").
PERFECT_ACT = re.compile(r"\b(?:has|have|had)\s+(?:(?:been|now|so\s+far|also|already)\s+)*"
                         r"[a-z]+(?:ed|en)\b", re.IGNORECASE)
#: A clause that tells the event a period starts with: "since October, when a strike killed 12".
WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
#: Words that spread an act over a whole country ("nationwide protests", "strikes across the
#: country").
NATIONWIDE = compile_prefiltered(rf"\b(?:{_COUNTRYWIDE}|(?:throughout|all over) the country)\b")
#: A place named for its clock ("8:20 p.m. Moscow time").
CLOCK = re.compile(r"\s+time\b", re.IGNORECASE)
#: A place named as someone's home ("the Vienna-based agency").
HOME_BASE = re.compile(r"-based\b", re.IGNORECASE)
#: Where a source spoke from ("said Captain X, speaking by phone from Beledweyne", "told
#: Reuters from Goma", "reached by telephone in Gao"): no site of the event.
_SPEAKING_FROM = re.compile(
    r"\b(?:speaking|reached|contacted|interviewed|said|told\s+[\w\s]{1,30}?)\s+"
    r"(?:(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\s+|on\s+condition\s+of\s+anonymity\s+)?"
    r"(?:from|in)\s+(?:the\s+)?$", re.IGNORECASE)
#: A place in the source a sentence ends by citing (", the Catholic diocese of Pemba said."):
#: the words after the place, to the sentence's end ...
_SOURCE_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w'’-]+){0,4}?\s+(?:said|says|reported|told "
                           r"[\w\s]{1,30}|added|stated)\W*$", re.IGNORECASE)
#: ... and before it, from the comma that opens the citation (", said the governor of X.").
_SOURCE_BEFORE = re.compile(r",\s+(?:(?:said|according to)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}"
                            r"(?:of|in|from)\s+(?:the\s+)?$", re.IGNORECASE)
#: ... or the comma right before a town or region that opens it (", Gaza's health ministry
#: said."; a country there speaks for its state: "..., the US military said").
_SOURCE_OPENS = re.compile(r",\s+(?:the\s+)?$", re.IGNORECASE)
#: ... or the words a sentence ends with, after "according to": "..., according to the Gaza
#: health ministry."
_SOURCE_ENDS = re.compile(r"(?:['’]s)?(?:\s+[\w'’-]+){1,4}\W*$")
#: A clause that tells what came before the event it follows: "after a man died in custody".
_BEFORE_IT = re.compile(r"\s*(?:after|following)\b", re.IGNORECASE)
#: Date words that count from the day they are said.
_FROM_TODAY = re.compile(r"(?:yesterday|last\s+night|today|this\s+morning|tonight|overnight|"
                         r"(?:shortly\s+)?after\s+midnight)", re.IGNORECASE)
#: A place named only as the reason for another event ("in retaliation for Belgorod").
NOT_LOCATION = WordPattern(r"\b(?:retaliation|response|revenge)\s+(?:for|to)\s+(?:the\s+)?$", re.I)
#: A place where an agreement was made, told of the agreement an event breaks ("violating a
#: ceasefire agreed in Doha", "despite a truce brokered in Cairo last year"): no site of it.
AGREED_IN = re.compile(
    r"\b(?:cease-?fire|truce|deal|agreement|accord|pact|treaty|armistice|peace\s+plan)s?\s+"
    r"(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:signed|agreed|brokered|reached|mediated|struck|negotiated|concluded|sealed)\s+"
    r"(?:(?:last|this)\s+[a-z]+\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
#: The words that may lead into a subordinate clause's conjunction ("a few hours" before).
_LEAD_WORDS = (r"(?:(?:a few|some|several|just|only|an?|one|two|three|four|five|\d+)\s+)?"
               r"(?:(?:hours?|days?|minutes?|weeks?|months?)\s+)?")
_BREAK_AT_COORDINATION = (r";\s*|,\s+(?=(?:and|but|who|which|whose|as|adding\s+that)\s)"
                          # not the end of a list of victims: ", and 13 others"
                          r"(?!and\s+(?:at\s+least\s+|some\s+|about\s+)?[\w,-]+\s+"
                          r"(?:others|more|other\s+\w+)\b)|\s+(?=and\s+that\s)|"
                          # an apposition that ranks the event, to the sentence's end: ", the
                          # latest in a series of attacks" (not ", the first strike since X, hit")
                          r",\s+(?=the\s+(?:latest|newest|first|second|third|deadliest|worst|"
                          r"biggest|largest)\s[^,;]*$)")
#: Clause boundaries inside a sentence; each begins at a ";", a "," or a space, which the
#: look-ahead checks first, so that other characters cost one test (and after the space,
#: the first letters of the words that may follow, before the words themselves).
CLAUSE_BREAK = re.compile(
    rf"(?=[;,\s])(?:{_BREAK_AT_COORDINATION}|"
    rf"(?:,\s*|\s+)(?=[abdefhjmostuw\d])(?={_LEAD_WORDS}(?:after|before|since|while|whereas|"
    r"when|where|even as|until)\b(?!\s+(?:midnight|dark|dawn|noon|sunset|sunrise|daybreak|"
    r"nightfall|dusk|midday|first light|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b|o'clock|"
    r"hrs\b|GMT\b|UTC\b|local time)))))",
    re.IGNORECASE,
)
#: The first words of ``CLAUSE_BREAK``'s conjunctions: in an ASCII sentence with none of them,
#: the breaks are those of ``COORDINATION_BREAK``, found at less cost.
_CONJUNCTIONS = frozenset({"after", "before", "since", "while", "whereas", "when", "where",
                           "even", "until"})
COORDINATION_BREAK = re.compile(rf"(?=[;,\s])(?:{_BREAK_AT_COORDINATION})", re.IGNORECASE)
#: A subordinate clause that opens the sentence ("After gunmen attacked the village, police
#: arrested ..."): the main clause begins after its comma (not a comma within a list of
#: places or people: "After rebels took Kalehe, Minova and ..."); one that counts days
#: ("Two days after ...") dates the main clause from it, and stays with it.
_FRONTED_CLAUSE = re.compile(
    r"^\W*(?:(?:just|only|shortly|soon|hours|days|moments)\s+|(?:a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:hours?|days?|weeks?)\s+)?"
    r"(?:after|before)\b"
    r"[^,;]{3,150}?,\s+"
    r"(?!(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s*(?:,|and\b|or\b))",
    re.IGNORECASE)
#: Words that only lead into a subordinate clause ("a day after", "a few hours before").
LEAD_IN = re.compile(rf"\s*{_LEAD_WORDS}", re.IGNORECASE)
#: The comma that ends an aside (", which Putin opened in 2018,"): the main clause goes on
#: where the match ends. It starts at the comma before the aside, which the engine skips to.
ASIDE_END = re.compile(r",\s+(?=(?:which|who|whose)\b)[^,;]*,\s*", re.IGNORECASE)
#: A date right after a reporting verb is when something was said ("said on Wednesday").
SPEECH_BEFORE = compile_prefiltered(rf"\b(?:{reporting_verbs()})\s*,?\s*$")
#: A date right after whom a statement was told to ("told reporters on Sunday", "told The
#: Associated Press on Monday"): when it was said.
TOLD_TO_BEFORE = re.compile(r"\btold\s+(?:reporters|journalists|(?:a\s+)?(?:news|press)\s+"
                            r"(?:conference|briefing)|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)"
                            r"{0,2})\s*,?\s*$")
#: A date at the head of its clause, a few words before a reporting verb ("on Tuesday, he said").
SPEECH_AFTER = re.compile(rf"^\W*(?:[\w'’-]+\s+){{0,6}}?\b(?:{reporting_verbs()})\b", re.I)
#: A sentence that tells how an event told before went: "The assault began with a drone strike
#: on the market", "The attack involved gunmen on motorbikes".
PHASE_OF_TOLD = re.compile(
    r"\W*(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|assault|raid|offensive|operation|"
    r"ambush|incursion)\s+(?:(?:had|was|also)\s+)?(?:(?:began|begun|started|opened|kicked\s+off)"
    r"\s+with|included|involved|was\s+preceded\s+by)\b", re.IGNORECASE)
#: Days an event may precede the day it was told of ("residents said Tuesday") and still be
#: the event a report dates to its own day ("at 1 a.m. Monday").
STATEMENT_LAG_DAYS = 2
#: Dates of a period, not a day: what happened in them is a tally of many events.
PERIOD_PRECISIONS = frozenset({"year", "month"})
#: Words that date an event by a night, which straddles two days ("overnight", "late
#: Wednesday", "Wednesday night", "before dawn on Thursday").
NIGHT = re.compile(r"\b(?:overnight|night|late|early|dawn|daybreak|midnight)\b", re.IGNORECASE)
#: A sentence that opens on the fighting told before: "During the fighting, ...", "In the
#: clashes, ...", "During the fighting in Mahaday, ...".
FIGHT_TOLD = re.compile(r"\W*(?:during|in|amid)\s+(?:the|those|these)\s+(?:[\w-]+\s+)?"
                        r"(?:fighting|clashes|battles?|gunfights?|firefights?|exchanges?\s+of\s+"
                        r"fire|hostilities|skirmish(?:es)?)(?:\s+(?:in|at|around|near|for)\s+"
                        r"[^,;]{1,40})?\s*,", re.IGNORECASE)
#: A sentence that goes on with the previous one's statement ("He said ...").
CONTINUES_STATEMENT = re.compile(
    r"^\s*(?:He|She|It|They|The\s+(?:\w+\s+){0,2}(?:ministry|military|army|governor|official|"
    r"spokesman|spokeswoman|statement|agency))\s+(?:also\s+)?(?:said|added|stated|told)\b"
)
#: The event types of political violence and demonstrations, as opposed to strategic developments.
VIOLENCE_AND_DEMONSTRATIONS = frozenset({"Battles", "Explosions/Remote violence",
                                         "Violence against civilians", "Protests", "Riots"})
#: Event types of violence, riots included.
VIOLENCE = VIOLENCE_AND_DEMONSTRATIONS - {"Protests"}
#: Times too vague to date an event by (ACLED's time precision is at most a month).
VAGUE_TIME = re.compile(r"fall|autumn|spring|summer|winter|ago|years|decades|centur|\d{4}s|ies\b|"
                        r"historically|once", re.IGNORECASE)
#: People whose arrest is political in itself, and charges that make it so (general English:
#: treason betrays one's state, sedition incites against it, espionage is spying for another).
POLITICAL = re.compile(r"protest|demonstrat|rall(?:y|ies)\b|sit-ins?\b|marche[sd]\b|strikers|"
                       r"treason|sedition|seditious|espionage|"
                       r"unionists?|trade unions?|journalist|reporter|activist|opposition|lawyer|"
                       r"student|dissident|politician|leader|candidate|gang|sabot|spy|spies|agents?\b|informants?|"
                       r"blogger|writer|cartoonist|poet|artist|rapper|singer|musician|comedian|"
                       r"filmmaker|critic|commentator|aid workers?|humanitarian (?:workers?|staff)|"
                       r"UN staff|"
                       r"belong(?:ing|s|ed)? to|affiliat|links? (?:to|with)|ties (?:to|with)|"
                       r"terroris|extremis|separatis|jihadis|"
                       r"collaborat|traitor|insurgent|militant|rebel|fighter|members? of|"
                       r"supporters|part(?:y|ies)\b|election|campaign|mayor|governor|official|lawmaker",
                       re.IGNORECASE)
#: The auxiliary of a passive verb, just before it: its subject is whom the act befell.
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been)\s+$")
#: Types whose reports of one event disagree on means, not on what happened: the first report's
#: sub-event type stands.
KEEP_FIRST_SUB_TYPE = frozenset({"Explosions/Remote violence", "Strategic developments"})
#: Kinds of armed group that are not a state's.
NON_STATE = frozenset({"rebel", "militia", "identity_militia", "unidentified", "gang"})
#: Acts that are political events only where the story tells of violence or demonstrations:
#: visits, talks, annexation claims, evacuations, displacement (inmates escaping a prison
#: together are a prison break, an event of its own [C1]).
CONTEXT_ACTS = frozenset({"visit", "annex", "evacuation", "displace", "security_measure"})
#: Of those, the ones that matter with no violence told unless the story names another cause
#: (a flood, an outbreak): evacuations, flight, curfews and states of emergency.
UNLESS_OTHER_CAUSE = DISPLACEMENT_ACTS | {"security_measure"}
#: A participle clause that tells what an event left behind: ", leaving 25 people dead".
RESULT = re.compile(r",\s*(?:leaving|killing|wounding|injuring)\b", re.IGNORECASE)
#: Between the places of a list: "Kherson, Mykolaiv and Odesa", "the villages of A and B",
#: "in A and in B", "the port city of A and the capital B".
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+(?:(?:in|at|near)\s+)?)?"
                      r"|\s+and\s+(?:(?:in|at|near)\s+)?)(?:the\s+)?"
                      r"(?:(?:port\s+|border\s+|nearby\s+)?(?:city|town|village|capital)\s+"
                      r"(?:of\s+)?)?", re.IGNORECASE)
#: Before a part of a casualty total told place by place: ", including five in Kharkiv",
#: "and three in Odesa", "said, seven in Datta Khel".
PART_LEAD = re.compile(r"(?:[,:]|\bincluding|\bamong them|\band)\s*$", re.IGNORECASE)
#: A part's figure up to the word that places it: "five in", "four of them near", "two
#: children in", "three of the dead were killed in".
PART_PLACED = re.compile(r"(?:\s+of\s+(?:them|whom|the\s+(?:dead|victims|wounded|injured)))?"
                         r"(?:\s+[a-z]+){0,2}?\s+(?:in|near|at|"
                         r"outside|around)\b")
#: Where a part ends: the next comma, semicolon or "and".
PART_END = re.compile(r"[,;]|\band\b")
#: Words that sum a figure over the places of a list.
TOTALLED = compile_prefiltered(r"\b(?:combined|in total|altogether|between them)\b")
#: A place that is one end of a stretch ("between Kharkiv and Izium"): no list of sites.
BETWEEN_PLACES = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)
#: The sides of a fight told before: "the two sides", "both warring parties".
SIDES = re.compile(r"(?:the|both)\s+(?:(?:two|warring|rival|opposing)\s+)?(?:sides|parties|"
                   r"belligerents)", re.IGNORECASE)
#: Words before a date that make it the day of something to come ("ahead of a planned rally
#: on", "in the run-up to Sunday's").
AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for|planned|"
                      r"scheduled|upcoming)\s+(?:\S+\s+){0,4}?$", re.IGNORECASE)
#: The start of a clause that happens at the time of the one before it: "when", or the fight
#: or the withdrawal that a capture follows ("after a day of heavy fighting on Monday", "after
#: government forces withdrew on Monday").
SAME_TIME = re.compile(r"\W*(?:when|as|while|during)\b|\W*after\s+(?:\w+\s+){0,4}?(?:fighting|"
                       r"clashes|battles?|combat|gunfights?|exchanges? of fire|"
                       r"withdr(?:ew|awing)|retreat(?:ed|ing)|pull(?:ed|ing) out|fle(?:d|eing))\b|"
                       # "rallied after Friday prayers": a gathering of that day
                       r"\W*(?:after|following)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:prayers|"
                       r"services|mass|sermons?|funerals?)\b", re.IGNORECASE)
#: A report told as another event than those before it: it takes none of their places.
SEPARATELY = re.compile(r"\W*(?:separately|elsewhere|in (?:a|another) (?:separate |similar )?"
                        r"(?:incident|attack|development|case|event)|in a separate)\b",
                        re.IGNORECASE)
#: A sentence whose subject is a pronoun: the doer told before.
PRONOUN_START = re.compile(r"\s*(?:They|He|She)\s")
#: Nouns for the unnamed doers of an act: "attackers", "gunmen".
_DOER_NOUNS = r"(?:attackers|gunmen|assailants|perpetrators|raiders|kidnappers|abductors)"
#: Armed people of a kind, named by what they are known as: "the separatists, known locally
#: as Amba Boys".
_KNOWN_AS = (r"(?:separatists|militants|rebels|insurgents|jihadists|fighters|militiamen)"
             r",? known (?:locally |popularly )?as\b")
#: A sentence whose subject is the doers of an act told before: "The attackers", "The gunmen",
#: "The separatists, known locally as ...".
THE_DOERS = re.compile(rf"\W*(?:the|these) (?:{_DOER_NOUNS}\b|{_KNOWN_AS})", re.IGNORECASE)
#: A report that adds victims to those told before.
ADDITION = WordPattern(r"\b(?:also|another|additional|further|later|in addition|as well)\b")
#: A sentence that goes on with the event told before it: its doers named again ("They",
#: "The attackers") or an addition ("also", "another"); it happened when that event did,
#: not when it was said.
GOES_ON = re.compile(r"\s*(?:They|He|She|The\s+(?:\w+\s+)?(?:attackers|assailants|gunmen|"
                     r"militants|fighters|rebels|insurgents|bandits|raiders|jihadists|mob|"
                     r"rioters|protesters|demonstrators|soldiers|troops))\b|"
                     r".*\b(?:also|another|in addition|as well)\b")
#: A sentence that names who did an event told before: a claim ("claimed responsibility for
#: the attack", "said it carried out the bombing") or a blame ("blamed X for the ambush").
CLAIMED = WordPattern(
    r"\bclaimed (?:responsibility|credit)\b|"
    r"\bclaimed (?:the |this |that |\w+['’]s )?(?:\w+ )?(?:attacks?|bombings?|strikes?|ambush|"
    r"assault|killings?|raids?|blast|explosion)\b|"
    r"\bclaimed (?:that )?(?:it|they) (?:had )?(?:killed|carried out|attacked|launched|destroyed|"
    r"shot|downed|targeted)\b|"
    r"\b(?:was|were) (?:\w+ )?(?:planted|carried out|staged|launched|conducted|perpetrated|"
    r"claimed) by\b|"
    r"\b(?:attacks?|bombings?|blasts?|assaults?|ambush(?:es)?|raids?|killings?|explosions?|"
    r"massacres?) (?:\w+ )?claimed by\b|"
    r"\b(?:believed|suspected|thought) to (?:be|have been)\b|\battributed\b|\bresponsible\b|"
    r"\b(?:attackers|gunmen|assailants|perpetrators|raiders) (?:were|are)\b|"
    rf"\b{_KNOWN_AS}|"
    rf"\b{_DOER_NOUNS},? (?:suspected|believed|thought|alleged|presumed|said to be|reportedly|"
    r"identified as|(?:\w+ )?(?:members|fighters) of)\b|"
    r"\bsaid (?:it|they) (?:had )?(?:carried out|conducted|staged|was behind|were behind|"
    r"launched)\b|"
    r"\bblam(?:ed|ing)\b|\b(?:was|were) behind (?:the|this|that|Saturday|Sunday|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday)\b")
#: What a named group says it did, right after its name: "Al Shabaab said it killed 20
#: soldiers" claims the attack the sentence, or the one before, tells.
SAID_IT_DID = re.compile(r"\s+(?:later\s+|also\s+)?said\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?"
                         rf"(?:{event_words('claimed_act')})\b", re.IGNORECASE)
#: Words that tell organized crime (event_words.csv ``gang_sign``): "a drive-by shooting",
#: "a cartel", "gangland": an event's unnamed doers there are a criminal gang.
GANG_SIGN = WordPattern(rf"\b(?:{event_words('gang_sign')})\b", re.IGNORECASE)
#: The act of an aircraft shot down (event_acts.csv), an event of its own.
SHOT_DOWN = "shoot_down_aircraft"
#: Strikes a state makes from afar, across a border: from the air or with missiles.
FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
#: How far apart two places may be where one toll told at each is one event's.
RETOLD_KM = 10.0
#: A blame, before whom it names: "blamed the army", "blaming the RSF", "blamed on".
BLAMED = re.compile(r"\bblam(?:ed|ing)\b(?: on\b)?", re.IGNORECASE)
#: An accusation, before whom it names: "accused the army (of shelling)".
ACCUSING = re.compile(r"\baccus(?:ed|es|ing)\s+(?:the\s+)?$", re.IGNORECASE)
#: What the side accused is accused of, after its name: " of shelling".
OF_ACT = re.compile(r"\s+of\b", re.IGNORECASE)
#: A claim denied, not made or traded ("denied it was behind the bombing", "no group
#: claimed", "the army and the rebels blamed each other").
DISCLAIMED = compile_prefiltered(r"\b(?:den(?:y|ies|ied)|rejected|dismissed|not|never|no|"
                                 r"each other|one another)\b")
#: A blame of other, earlier acts: "have previously blamed X for similar attacks".
_BLAME_OF_OTHERS = re.compile(r"\b(?:previously|in the past|repeatedly|have long|has long|"
                              r"for (?:similar|past|previous|earlier|such|other|many|several|a "
                              r"(?:series|string|spate|wave) of))\b", re.IGNORECASE)
#: A determiner right before a word: the word qualifies a noun ("a planned rally").
ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.IGNORECASE)
#: Words of a clause about what may, will or would happen: never an event, dated or not.
MODAL = re.compile(r"\b(?:would|will|could|might|should|if|plans?|planning|planned|scheduled|set|"
                   r"due|upcoming|expected|vow\w*|threaten\w*|aim)\b", re.IGNORECASE)
#: The start of a lasting situation, told as the time since which it lasts: "since fighting
#: erupted in April 2023".
SINCE = re.compile(r"since\b", re.IGNORECASE)
#: Fire both sides traded: "artillery exchanges", "exchanged fire", "traded shells".
_EXCHANGED = WordPattern(r"\b(?:artillery|fire|gun|cross-border|mortar|rocket)\s+exchanges?\b|"
                        r"\b(?:exchang|trad)(?:e[ds]?|ing)\s+(?:\S+\s+)?(?:fire|gunfire|shells|"
                        r"strikes|blows)\b|\bexchanges?\s+of\s+(?:\S+\s+)?fire\b",
                        re.IGNORECASE)
#: Before a town told to lie near the place told before: "the nearby village of", "a nearby
#: town,".
_NEARBY_TOWN = re.compile(r"\bnearby\s+(?:town|village|city|settlement|hamlet|locality|camp)s?"
                          r"(?:\s+of|,)?\s+$", re.IGNORECASE)
#: How a told event began: "The assault began when (a bomber rammed the gate)".
_BEGAN_WHEN = re.compile(r"\s+(?:began|started|opened)\s+(?:when|with)\b", re.IGNORECASE)
#: "since" right before a date: "since May", "since early 2024", "since the end of March".
SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?|the\s+(?:start|end|middle|"
                          r"beginning)\s+of)\s*)?$", re.IGNORECASE)


@dataclass
class _Sentence:
    """One sentence of the story, with what it names."""

    start: int
    end: int
    text: str
    paragraph: int
    mentions: list[Mention]
    dates: list[DateMatch]
    own_dates: list[DateMatch]  # dates of events, not of statements
    speech_date: DateMatch | None
    actors: list[ActorMention]
    clauses: tuple[tuple[int, int], ...]
    anchor: date | None = None  # the last day told before it: "a week after" counts from it
    unplaced: list[Mention] = field(default_factory=list)  # names no gazetteer entry fits
    dateline_town: Mention | None = None  # the town of the story's dateline ("YANGON -")

    def __post_init__(self) -> None:
        self._places = [m for m in self.mentions if m.place.kind in KIND_RANK]

    def places(self) -> list[Mention]:
        """The places below country level the sentence names."""
        return self._places


class _Paragraph(list):
    """The sentences of a paragraph read so far, and what each later sentence asks of them
    all, kept as they are added (asking each time would cost the paragraph's length)."""

    def __init__(self) -> None:
        super().__init__()
        self.protest = False  # a sentence speaks of a protest or demonstration
        self.last_date: DateMatch | None = None  # the last date of an event stated
        self._phrases_read = 0
        self._has_date_phrase = False

    def append(self, s: _Sentence, events: list[_Candidate]) -> None:
        """Add a sentence and the events read from it: the paragraph's date is theirs, not
        that of a fact told beside them ("marched on Monday for a journalist arrested last
        month")."""
        super().append(s)
        self.protest = self.protest or "rotest" in s.text or "emonstrat" in s.text
        of_events = [d for d in s.own_dates if any(c.date == d.date for c in events)]
        # a year told where no event is ("to mark the rallies of 1990") is background, no
        # date for the events told after it
        dated = of_events or [d for d in s.own_dates if d.precision != "year"]
        if dated:
            self.last_date = dated[-1]

    def has_date_phrase(self) -> bool:
        """Whether a sentence holds a date phrase (``has_date_phrase``)."""
        while not self._has_date_phrase and self._phrases_read < len(self):
            self._has_date_phrase = has_date_phrase(self[self._phrases_read].text)
            self._phrases_read += 1
        return self._has_date_phrase


@dataclass
class _Candidate:
    """An event read from one clause, growing as later reports of it merge in."""

    frame: Frame
    event_type: str
    sub_event_type: str
    priority: int
    position: int
    paragraph: int
    place: Place | None = None
    precision: int = 3
    date: date | None = None
    date_precision: DatePrecision | None = None
    datable: bool = True  # False when neither the text nor a publication date dates it
    dated_by_text: bool = True  # False when the date is the article's, the text giving none
    at_night: bool = False  # dated by a night ("overnight", "late Wednesday"): either day of it
    dated_by_statement: bool = False  # dated by the day it was told of ("police said Tuesday")
    borrowed_date: bool = False  # dated by another clause's day ("..., as the army retook X")
    country_only: str | None = None  # the country, where the text names no place below it
    victims: list[Victims] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


def extract_events(
    text: str, mentions: list[Mention], *, published: date | None, outlet: str | None = None
) -> tuple[list[Event], list[str]]:
    """ACLED-style events reported in an article.

    Parameters
    ----------
    text
        The article, headline included.
    mentions
        The place mentions found in ``text``, in order, with their resolved places.
    published
        The publication date, against which "on Tuesday" or "last month" resolve; without
        it events keep a date only where the text states one in full.
    outlet
        Who published the article (a site name, a web host or a news agency), for the
        events' ``source``.

    Returns
    -------
    tuple[list[Event], list[str]]
        One event per real-world event located below country level, in order of first
        report; and the sentences of reports the text places in a country only, with no
        event of their type there (not mapped: ACLED codes events below country level).
    """
    # a verb or name in scare quotes ("had "neutralised" 17 fighters") reads as if unquoted
    unquoted, removed = without_scare_quotes(text)
    if not removed:
        return _extract_events(text, mentions, published=published, outlet=outlet)
    mentions = [replace(m, start=to_unquoted(m.start, removed), end=to_unquoted(m.end, removed))
                for m in mentions]
    events, unplaced = _extract_events(unquoted, mentions, published=published, outlet=outlet)
    for e in events:
        e.spans = [_quoted_span(a, b, removed) for a, b in e.spans]
        e.sources = [text[a:b] for a, b in e.spans]
    # the unplaced reports as the text tells them, quotes and all
    starts = [unquoted.find(u) for u in unplaced]
    return events, [text[slice(*_quoted_span(a, a + len(u), removed))]
                    for a, u in zip(starts, unplaced, strict=True)]


def _quoted_span(a: int, b: int, removed: list[int]) -> tuple[int, int]:
    """A span of the unquoted text, in the text with its scare quotes."""
    return to_quoted(a, removed), to_quoted(b - 1, removed) + 1


def _extract_events(
    text: str, mentions: list[Mention], *, published: date | None, outlet: str | None
) -> tuple[list[Event], list[str]]:
    """``extract_events`` on a text without scare quotes."""
    located = [m for m in mentions if m.place is not None]
    regions = {m.place.admin1_iso: m.place for m in located if m.place.kind == "admin1"}
    sentences = _read_sentences(text, located, published,
                                [m for m in mentions if m.place is None])
    candidates: list[_Candidate] = []
    carried: ActorMention | None = None
    carrier: _Candidate | None = None  # the event whose doer is carried
    group: ActorMention | None = None  # the last armed group the article names
    acted_in: dict[str, set[str]] = defaultdict(set)  # the regions each named group is told in
    sides: list[ActorMention] = []  # the last two armed sides it names
    flier: ActorMention | None = None  # the doer of its last strike from afar that names one
    flown_over: set[str | None] = set()  # the countries where the flier struck
    abroad: dict[str, ActorMention] = {}  # the last to strike from afar in a country not its own
    launcher: ActorMention | None = None  # the paragraph's last state striking from afar
    current: dict[int, _Candidate] = {}  # the event each paragraph is telling
    paragraph = _Paragraph()  # the sentences of this sentence's paragraph before it
    sites = _Sites()
    for i, s in enumerate(sentences):
        previous = sentences[i - 1] if i else None
        if previous is not None and previous.paragraph != s.paragraph:
            paragraph = _Paragraph()
            if not PRONOUN_START.match(s.text):
                carried = None  # a new paragraph's "They ..." still speaks of the last doer
            launcher = None
        fought = _fight_told(s, candidates)
        found = [] if fought else _candidates(
            s, paragraph, (sentences, i), candidates, regions, published,
            _carried_into(s, carried, carrier), sites, told=_tells_untold(s, candidates, sites))
        striker: ActorMention | None = None  # the sentence's state striking from afar
        for c in found:
            region = c.place.admin1_iso if c.place is not None else None
            elsewhere = group is not None and region is not None and bool(
                acted_in[group.name]) and region not in acted_in[group.name]
            c.frame = _sides_by_story(_named_by_story(c.frame, s, group, elsewhere), sides)
            _claimed(c, s)
            if (c.frame.target is None or c.frame.target.kind == "armed_site") and (
                    holder := _held_by(c, candidates)) is not None:
                # "troops retook X", "regained control of the base": from its takers
                c.frame = replace(c.frame, target=holder)
            if (doer := _next_step_of(c, s, candidates)) is not None:
                c.frame = replace(c.frame, agent=doer)
            doer = flier if c.sub_event_type == "Air/drone strike" else striker or (
                None if _EXCHANGED.search(s.text) else flier)  # not fire both sides traded
            if c.sub_event_type in FROM_AFAR and c.frame.agent is None and doer and (
                    c.place is None or doer.country != c.place.country and (
                        doer is striker or c.place.country in flown_over)):
                # the story's air force or guns, abroad where they struck before ("Russian
                # artillery shelled Kherson ... A drone struck a minibus in Bilozerka"; not a
                # drone attack in a third country told in passing); the sentence's missile
                # forces, whose toll a later clause tells ("India launched missile strikes
                # ..., and Pakistan said 26 were killed in Bahawalpur")
                c.frame = replace(c.frame, agent=doer)
            elif c.sub_event_type in FROM_AFAR and c.frame.agent is None and c.place is not None \
                    and c.place.country in abroad and not _EXCHANGED.search(s.text):
                # where the story's last air force or guns were another country's, the one
                # that struck there before ("a Russian missile hit Sumy ... Ukrainian drones hit
                # a refinery in Saratov ... a guided bomb hit Kharkiv": Russia's)
                c.frame = replace(c.frame, agent=abroad[c.place.country])
            agent = c.frame.agent
            if c.sub_event_type in FROM_AFAR and agent is not None and agent.country:
                striker = agent
                if c.place is not None and c.place.country and c.place.country != agent.country:
                    abroad[c.place.country] = agent
            if c.sub_event_type in FROM_AFAR and agent is not None and (
                    agent.name or agent.country):
                launcher = agent
            elif c.sub_event_type == "Disrupted weapons use":
                c.frame = _fired_by_launcher(c.frame, launcher)
        if found and (CLAIMED.search(s.text) or _says_it_did(s.text, s.actors)) and (
                claimed := _referred_to(s, candidates, sites) or (
                    # "claimed the raid", a noun no act of the sentence reads
                    current.get(s.paragraph) if CLAIMED.search(s.text) else None) or (
                    # "The attackers, suspected members of X, also burned shops": the doers
                    # of the last attack whose doers were left unnamed
                    _claim_names(candidates[-1], candidates, unnamed=True)
                    if candidates and THE_DOERS.match(s.text) else None)) is not None:
            # "JNIM claimed the attack, saying its fighters had seized weapons": the claim
            # names the attack's doer, whatever else the sentence tells; what its fighters
            # seized or destroyed there is part of the attack, not an event of its own
            _claimed(_claim_names(claimed, candidates, unnamed=False), s)
            if claimed.event_type in VIOLENCE_AND_DEMONSTRATIONS:
                found = [c for c in found if c.event_type != "Strategic developments" or (
                    c.frame.agent is not None and c.frame.agent.kind in STATE)]  # arrests stay
        if found and (also := _also_did(found[0], s, candidates)) is not None:
            # "Gang members burned homes in X ... The Y gang coalition also stormed the
            # prison": the group that "also" acted is who acted before
            also.frame = replace(also.frame, agent=replace(found[0].frame.agent, speaker=False))
        flown = next((c for c in reversed(found) if c.sub_event_type in FROM_AFAR
                      and c.frame.agent is not None
                      and (c.frame.agent.name or c.frame.agent.country)), None)
        if flown is not None:
            agent = flown.frame.agent
            if flier is None or (flier.name, flier.country) != (agent.name, agent.country):
                flown_over = set()
            flier = agent
            if flown.place is not None or flown.country_only:
                # where it struck, or the country a report placed nowhere finer names
                flown_over.add(flown.place.country if flown.place else flown.country_only)
        for c in found:
            for side in (c.frame.agent, c.frame.target):
                if side is not None and side.name and c.place is not None and c.place.admin1_iso:
                    acted_in[side.name].add(c.place.admin1_iso)
        # the group the story names, in any sentence ("The Arakan Army said it held ..."); none
        # after a sentence that names two ("a turf war between the X and Y cartels"): the
        # gunmen told next may be of either
        told = s.actors or named_actors(s.text)
        named_groups = {a.name: a for a in told if a.name and a.kind in NON_STATE and not any(
            b is not a and b.start <= a.start and a.end <= b.end for b in told)}
        if named_groups:
            group = next(iter(named_groups.values())) if len(named_groups) == 1 else None
            for name in named_groups:  # where the sentence that names it places it
                acted_in[name].update(m.place.admin1_iso for m in s.places()
                                      if m.place.admin1_iso)
        sides = _sides_named(s, sides)
        retold = _retold(s, found, sites, candidates)
        if retold is not None:  # "The strike in Nabatieh hit the car ...": the strike told
            found = found[1:]
            _add_follow_up(retold, s, paragraph, sites, referred=True)
            current[s.paragraph] = retold
        if found:
            doer = _doer_told(found[-1])
            if doer is not None:
                carried, carrier = doer, found[-1]
            current[s.paragraph] = found[-1]
        elif fought is not None:
            _add_fight_victims(fought, s)
        elif SEPARATELY.match(s.text):
            pass  # "In a separate attack, two soldiers were killed": no event told before
        elif (told := _referred_to(s, candidates, sites)) is not None:
            _add_follow_up(told, s, paragraph, sites, referred=True)
            _repelled_by(told, s)
            # "JNIM claimed the attack" after the army's account of the fighting: the attack
            # of unnamed doers told before, not the army's
            carried, carrier = _claimed_and_carried(
                _claim_names(told, candidates, unnamed=not _unnamed_doer(told)), s, carried,
                carrier)
            current[s.paragraph] = told
        elif candidates and (parts := _parts_told_after(
                s, current.get(s.paragraph, candidates[-1]), paragraph, sites)):
            # "Shelling killed seven in the region. Four died in X and three in Y": the
            # told event's toll, place by place
            candidates.extend(parts)
            current[s.paragraph] = parts[-1]
        elif candidates:
            told = current.get(s.paragraph, candidates[-1])
            toll = _toll_of(s, told, candidates) or _counts_victims_of(s, told, candidates)
            _add_follow_up(toll or told, s, paragraph, sites,
                           anchored=toll is not None or s.paragraph in current)
            # a claim names the doer of the last event whose doer was left unnamed ("Police
            # returned fire" came after the attack the group claims)
            carried, carrier = _claimed_and_carried(
                _claim_names(told, candidates, unnamed=True), s, carried, carrier)
        candidates.extend(found)
        paragraph.append(s, found)
    if not any(c.event_type in VIOLENCE_AND_DEMONSTRATIONS for c in candidates):
        # visits, talks, evacuations and arrests of common suspects matter where there is
        # conflict to speak of; arrests of journalists, activists or fighters always do, and
        # evacuations where nothing else (a flood, an outbreak) is said to cause them
        context = CONTEXT_ACTS - (set() if names_other_cause(text) else UNLESS_OTHER_CAUSE)
        candidates = [c for c in candidates if c.frame.act.name not in context and not (
            c.sub_event_type == "Arrests" and not _political_arrest(c))]
    # an act the text dates to a year only ("deployed troops in 2021", "last year") is the
    # story's background: ACLED dates every event to its month at least
    candidates = [c for c in candidates if c.date_precision != "year"]
    kept: list[_Candidate] = []
    for c in candidates:
        into = (_aftermath_of(c, kept) or _escape_in(c, candidates) or _approach_of(c, kept)
                or _fight_of_raid(c, candidates))
        if into is not None:
            _absorb(into, c)  # its sentence and figures ("... and 11 police officers injured")
        else:
            kept.append(c)
    candidates = kept
    # names no gazetteer entry fits; those written as a region ("the Catatumbo region") may
    # be another region than the story's
    unknown = [m for m in mentions if m.place is None]
    towns = [m for m in unknown if not written_as_region(text, m.end)]
    named = {id(c) for c in candidates if c.place is None and not c.country_only
             and _names_in(c, unknown) and not _names_in(c, located)}
    for k, c in enumerate(candidates):
        before = next((e for e in reversed(candidates[:k]) if e.place is not None), None)
        if id(c) in named and before is not None and _names_nearby(c, towns, text):
            # "withdrew from the nearby town of X", which no gazetteer has: near the place of
            # the event told before it
            c.place, c.precision = before.place, max(before.precision, 2)
    (region,) = regions.values() if len(regions) == 1 else (None,)
    if region is not None and not any(
            c.place is not None and c.place.country == region.country
            and c.place.admin1_iso not in (None, region.admin1_iso) for c in candidates):
        # "clashed with the insurgents near Ancuabe", in a story of one province (no event
        # placed in another of its country's): there, at the province's precision, rather
        # than dropped
        for c in candidates:
            if id(c) in named and _names_in(c, towns):
                c.place, c.precision = region, 3
    merged = _without_sums(_merge([c for c in candidates if c.place is not None and c.datable],
                                  outlet))
    # the story's countries; a dateline's town is where the report was filed ("BANGKOK -" for
    # a story of Myanmar), not one of them
    dateline = article_layout(text).dateline
    countries = {m.place.country for m in located if m.place.country and not (
        dateline is not None and dateline.start <= m.start < dateline.end)}
    # a story of violence or unrest in one town (not one that merely names a town)
    town = _story_town([m for m in located if not (
        dateline is not None and dateline.start <= m.start < dateline.end)]) if any(
        e.event_type in VIOLENCE_AND_DEMONSTRATIONS for e in merged) else None
    for c in candidates:
        if c.place is None and not c.country_only:
            if _attach_placeless(c, merged, named=id(c) in named):
                merged.append(c)
            elif c.place is None and c.datable and (linked := _tied_to(c, merged)) is not None:
                # "Troops later arrested 14 suspects over the killings": where they were
                c.place, c.precision = linked.place, linked.precision
                merged.append(c)
            elif (c.place is None and c.datable and town is not None and id(c) not in named
                  and c.event_type != "Strategic developments" and town.start < c.position):
                # "Clashes shook Tripoli ... On Friday, protesters gathered in Martyrs' Square":
                # a story of one town tells what it does not place there, after naming it
                c.place, c.precision = town.place, 1
                merged.append(c)
            if c.place is None and id(c) in named and len(countries) == 1:
                # "near the village of X", which no gazetteer has: told as a report placed
                # in the story's one country, not dropped unsaid
                (c.country_only,) = countries
    merged.sort(key=lambda e: e.position)
    mapped = {(e.event_type, e.place.country) for e in merged}
    unplaced = [c.sources[0] for c in candidates if c.place is None and c.country_only
                and (c.event_type, c.country_only) not in mapped]
    return [_to_event(c, outlet) for c in merged], list(dict.fromkeys(unplaced))


# ----------------------------------------------------------------------------- sentences


def _read_sentences(text: str, located: list[Mention], published: date | None,
                    unplaced: list[Mention]) -> list[_Sentence]:
    """The story's sentences (headline and dateline left out), with their places (and the
    names no place was found for), dates, actors and clauses; each sentence's relative dates
    count from the last date before it."""
    layout = article_layout(text)
    starts = [m.start for m in located]
    dateline = layout.dateline
    dateline_town = next((m for m in located if dateline is not None and m.place.kind == "city"
                          and dateline.start <= m.start < dateline.end), None)
    unplaced_starts = [m.start for m in unplaced]
    out: list[_Sentence] = []
    anchor: date | None = None
    paragraph, last_end = 0, 0
    for start, end in split_sentences(text):
        if end <= layout.body_start:
            continue
        start = max(start, layout.body_start)
        if "\n" in text[last_end:start]:
            paragraph += 1
        last_end = end
        sentence = text[start:end]
        near = located[bisect_left(starts, start) : bisect_right(starts, end)]
        dates = find_dates(sentence, published, anchor=anchor)
        acts = read_acts(sentence).acts
        acted = bool(acts)
        if acted:  # a word that begins an act is no place ("Communal violence broke out")
            begins = {start + x.start for x in acts}
            near = [m for m in near if m.start not in begins]
        # where the wounded were taken ("taken to hospitals in Monywa") is not where they were hurt
        near = [m for m in near if not TREATED_IN.search(text, max(start, m.start - 40), m.start)]
        # nor is where a source spoke from ("speaking by phone from Beledweyne"), nor where
        # the cause an act answers was ("in retaliation for an attack in Pahalgam")
        causes = answered_causes(sentence)
        near = [m for m in near if not _SPEAKING_FROM.search(text, max(start, m.start - 50),
                                                             m.start)
                and not any(x <= m.start - start < y for x, y in causes)]
        cuts = _clause_cuts(sentence) if acted or dates else [0, len(sentence)]
        clauses = tuple((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a)
        speech = [_is_speech_date(sentence, d, clauses) for d in dates]
        own = [d for d, said in zip(dates, speech, strict=True) if not said
               and not _starts_period(sentence, d)]
        speech_date = next((d for d, said in zip(dates, speech, strict=True) if said), None)
        if speech_date is not None and speech_date.precision == "day":
            # "killed nine overnight, police said on Saturday": the night before Saturday
            own = [_from_statement(d, speech_date.date, dates) for d in own]
        if speech_date is None and out and CONTINUES_STATEMENT.match(sentence):
            speech_date = out[-1].speech_date or (out[-1].own_dates or [None])[0]
        actors = find_actors(sentence) if acted else []  # only where an event may be
        lacking = unplaced[bisect_left(unplaced_starts, start) : bisect_right(unplaced_starts, end)]
        out.append(_Sentence(start, end, sentence, paragraph, near, dates, own, speech_date,
                             actors, clauses, anchor, lacking, dateline_town))
        days = [d for d in dates if d.precision == "day"]
        if days and not (may_tell_rise(sentence) and any(
                v.rose for v in find_victims(sentence))):
            # not the day a toll rose ("rose to 26 on Tuesday. A day earlier, ..." counts
            # from the event told before it), nor a month or year ("the rallies of 1990. A
            # day earlier, ...": no day to count from)
            anchor = days[-1].date
    return out


def _starts_period(sentence: str, d: DateMatch) -> bool:
    """Whether a month or year is told as the start of a lasting situation ("has besieged the
    city since May last year"): the story's background, no event's date (unless the clause
    after it tells the event it starts with: "since March, when a strike killed nine")."""
    return d.precision not in ("day", "week") and bool(
        SINCE.match(d.text) or SINCE_BEFORE.search(sentence, max(0, d.start - 30), d.start)
    ) and not WHEN_AFTER.match(sentence, d.end)


def _from_statement(d: DateMatch, said: date, dates: list[DateMatch]) -> DateMatch:
    """A date told from the day it is said ("overnight", "today", "yesterday"), or from a day
    told before it where its sentence tells none before it ("a day earlier, the army said on
    Wednesday"), counted from the statement's stated day rather than the publication's or
    an earlier sentence's."""
    if d.relative and not any(x.precision == "day" and x.end <= d.start for x in dates):
        again = find_dates(d.text, said, anchor=said)
        return replace(d, date=again[0].date, precision=again[0].precision) if again else d
    if not _FROM_TODAY.fullmatch(d.text):
        return d
    resolved = resolve_date(d.text, said)
    return replace(d, date=resolved[0], precision=resolved[1]) if resolved else d


def _clause_cuts(sentence: str) -> list[int]:
    """Where the sentence's clauses begin; a break is placed once before "a day after", not
    again before "day after" and "after"."""
    # in ASCII, a word's letters are as re.IGNORECASE reads them ("ı" matches "i" in "whıle")
    plain = sentence.isascii() and _CONJUNCTIONS.isdisjoint(words_of(sentence))
    breaks = COORDINATION_BREAK if plain else CLAUSE_BREAK
    found = sorted({*(m.end() for m in breaks.finditer(sentence)),
                    *(m.end() for m in ASIDE_END.finditer(sentence)),
                    *(m.end() for m in _FRONTED_CLAUSE.finditer(sentence))})
    cuts = [0]
    for cut in found:
        if cut > cuts[-1] and not LEAD_IN.fullmatch(sentence[cuts[-1] : cut]):
            cuts.append(cut)
    return [*cuts, len(sentence)] if cuts[-1] < len(sentence) else cuts


def _is_speech_date(sentence: str, d: DateMatch, clauses: tuple[tuple[int, int], ...]) -> bool:
    if INTRODUCES.fullmatch(d.text):
        return False  # "..., the army said, a day after a bomb exploded": the bomb's day
    if SPEECH_BEFORE.search(sentence, max(0, d.start - 40), d.start) or TOLD_TO_BEFORE.search(
            sentence, max(0, d.start - 40), d.start):
        return True
    clause_start = max((a for a, _ in clauses if a <= d.start), default=0)
    lead = sentence[clause_start : d.start]
    if re.fullmatch(r"\W*(?:\b(?:on|in|at|late|early|by)\s+)*", lead, re.IGNORECASE):
        return bool(SPEECH_AFTER.match(sentence[d.end :]))
    return False


# ----------------------------------------------------------------------------- candidates


def _candidates(
    s: _Sentence,
    paragraph: _Paragraph,
    recent: tuple[list[_Sentence], int],
    earlier: list[_Candidate],
    regions: dict[str | None, Place],
    published: date | None,
    carried: ActorMention | None,
    sites: _Sites,
    *,
    told: bool = False,
) -> list[_Candidate]:
    """The events a sentence reports, one at most per clause, with place, date and counts.
    ``recent`` is the article's sentences and the index of ``s`` among them; with ``told``,
    acts named as told before count too (``_tells_untold``)."""
    acts = read_acts(s.text)
    if not acts.acts or (earlier and PHASE_OF_TOLD.match(s.text)):
        return []  # "The assault began with a drone strike": the told event, not another
    if _tells_total(s):
        return []  # "1,000 have been killed in the West Bank since October 2023": many events
    days = {d.date for d in s.own_dates if d.precision == "day"}
    protest_nearby = paragraph.protest or any(  # "a group blocked the road. Police arrested three"
        c.paragraph == s.paragraph and (c.event_type == "Protests"
                                        or c.sub_event_type == "Violent demonstration")
        and (not days or c.date in days)  # not a march of Monday and an arrest on Tuesday
        for c in earlier)
    out: list[_Candidate] = []
    owners: list[_Candidate | None] = []
    frames = [frame_clause(s.text, clause, acts, s.actors, carried=carried,
                           protest_nearby=protest_nearby, told=told) for clause in s.clauses]
    frames = [f or _damage_elsewhere(s, clause, acts, earlier)
              for clause, f in zip(s.clauses, frames, strict=True)]
    frames = _elided_acts(s, frames, earlier[-1] if earlier and (
        earlier[-1].paragraph == s.paragraph or not paragraph) else None)
    if _only_casualties(s, frames, paragraph, earlier):
        return []  # the victims of the paragraph's event (``_add_follow_up``)
    frames = [None if f is not None and (_within_battle(s, f, earlier)
                                         or _beside_battle(s, (a, b), f, frames)
                                         or _approach_to_violence(f, frames)
                                         or _response_to_violence(s, f, earlier))
              else f for (a, b), f in zip(s.clauses, frames, strict=True)]
    # what a protest is against may be planned or lasting ("against plans to close the
    # mine"); the protest is not, though a vague time there ("last fall") still dates it
    ongoing = [(x, y) for x, y in acts.ongoing if acts.purpose is None or x < acts.purpose
               or VAGUE_TIME.search(s.text, x, y)]
    main = [f for f in frames if f is not None and not PARTICIPLE.match(s.text, f.act.start)]
    if main:  # "..., killing five people": the victims of the main clause's event, whose
        # place they do not take ("exploded while they planted it near Afgoye, killing two")
        frames = [f if f in main else None for f in frames]
    # "five were killed when shells landed in Gisenyi": one event, whose place a clause
    # told as the same event may give
    same = [f is not None and _same_event_elsewhere(s, clause, f, frames)
            for clause, f in zip(s.clauses, frames, strict=True)]
    framed = [c for c, f, dup in zip(s.clauses, frames, same, strict=True)
              if f is not None and not dup]
    for (a, b), frame, dup in zip(s.clauses, frames, same, strict=True):
        if dup:
            frame = None
        if frame is not None and frame.act.name in DISPLACEMENT_ACTS and (
                not s.places() or WHO_DID.search(s.text, max(0, frame.act.start - 30),
                                                 frame.act.start)):
            # "families were evacuated from the area": the told event's aftermath; "hosts
            # people who fled El Fasher": whom a sentence speaks of, not what it tells
            frame = None
        if frame is None or _is_ongoing(s, ongoing, a, b):
            owners.append(None)
            continue
        cand = _Candidate(frame, frame.event_type, frame.sub_event_type, frame.priority,
                          s.start + frame.act.start, s.paragraph, sources=[s.text],
                          spans=[(s.start, s.end)])
        cand.counts = count_things(s.text[a:b])
        _locate(cand, s, a, b, frame.act.start, paragraph, recent, earlier + out, regions,
                framed)
        before = earlier + out
        _date(cand, s, (a, b), paragraph, published, sites,
              next((c for c in reversed(before) if c.dated_by_text), None),
              next((c for c in before if c.dated_by_text), None))
        frame = _as_ruled(cand, s, (a, b), acts, carried, protest_nearby=protest_nearby,
                          told=told)
        frame = cand.frame = _sides_by_places(cand, s, (a, b))
        if frame.territorial and frame.event_type == "Battles":
            agent = frame.agent
            if frame.target is None or frame.target.kind not in STATE | {"armed_site"}:
                # a ruling group regains ground from rebels; from the state's other forces
                # or their posts ("took government positions") it overtakes it
                agent = as_state_forces(agent, cand.place.country if cand.place else None,
                                        cand.date)
            cand.sub_event_type = territory_sub_event(
                agent.country if agent else None, cand.place.country if cand.place else None,
                agent.kind if agent else None)
        out.append(cand)
        sites.add(cand)
        owners.append(cand)
        for m in _listed_with(s, a, b, cand):  # "captured Novotroitske and Sribne": two events
            twin = replace(cand, victims=[], counts={}, sources=[s.text],
                           spans=[(s.start, s.end)])
            _set_place(twin, m, s)
            out.append(twin)
            sites.add(twin)
    for i, (a, b) in enumerate(s.clauses if out and may_count(s.text) else ()):
        owner = owners[i] or next((c for c in reversed(owners[:i]) if c), None) or next(
            (c for c in owners[i + 1 :] if c), None)
        if owner is None:
            continue
        if owners[i] is None and i and _BEFORE_IT.match(s.text, a) and not any(
                x.event_type == owner.event_type and a <= x.start < b for x in acts.acts):
            # "a crowd burned a police station after a man died in custody": the cause, not
            # the event's victims (but "retook the town after fighting that left 12 dead"
            # tells the event); "after storming a church, killing 12": after the comma, they are
            a = s.text.find(",", a, b) + 1
            if not a:
                continue
        said = GRIEVANCE.search(s.text, a, b)
        if said is not None:
            b = said.start()  # "..., accusing police of killing a boy": not this event's toll
        spans = [(a, b)]
        if owner.event_type in ("Protests", "Riots") and acts.purpose is not None:
            # "to protest the death of a man": not its toll; ", leaving 25 dead" after it is
            result = RESULT.search(s.text, max(a, acts.purpose), b)
            spans = [(a, min(b, max(a, acts.purpose)))] + ([(result.start(), b)] if result else [])
        # "in retaliation for an attack that killed 26": the cause's toll
        spans = _without(spans, answered_causes(s.text))
        for x, y in spans:
            owner.victims.extend(_reported(find_victims(s.text[x:y]), s))
    for cand in out:  # "set fire to homes, ..., adding that 12 people were treated for injuries"
        _people_hurt_in_destruction(cand, cand.victims, sites)
        _struck_civilians(cand, cand.victims)  # "bombed a monastery, where ..., killing 23"
        _struck_forces_among(cand, s)
    return _told_by_part(s, out, sites)


def _struck_forces_among(cand: _Candidate, s: _Sentence) -> None:
    """A blast or strike whose dead are told as people, most or some of them forces ("killed
    26 people, most of them soldiers", "including eight policemen"), hit those forces: ACLED
    names the armed side hit, not the civilians beside it."""
    frame = cand.frame
    if cand.event_type != "Explosions/Remote violence" or (
            frame.target is not None and frame.target.kind not in PEOPLE):
        return
    at = cand.position - s.start
    forces = next((x for x in s.actors if x.start > at and x.armed and x.kind in STATE
                   and not x.speaker and x.name is None
                   and _FORCES_AMONG.search(s.text, max(0, x.start - 30), x.start)), None)
    if forces is not None:
        cand.frame = replace(frame, target=forces, role2=None)


def _without(spans: list[tuple[int, int]], gaps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``spans`` outside every span of ``gaps``."""
    for x, y in gaps:
        spans = [part for a, b in spans for part in ((a, min(b, x)), (max(a, y), b))
                 if part[0] < part[1]]
    return spans


def _toll_of(s: _Sentence, told: _Candidate, candidates: list[_Candidate]) -> _Candidate | None:
    """The event whose toll a sentence says rose ("By Monday, the toll had risen to 37"),
    however many paragraphs after it: the event told last if it has dead, else the last
    with dead (not a kidnapping or a rally told since); None if the sentence tells none."""
    if not may_tell_rise(s.text) or not any(v.rose for v in find_victims(s.text)):
        return None
    dead = [c for c in [told, *reversed(candidates)] if any(not v.hurt for v in c.victims)]
    return dead[0] if dead else None


def _counts_victims_of(s: _Sentence, told: _Candidate, candidates: list[_Candidate]
                       ) -> _Candidate | None:
    """The event of the told one's paragraph whose victims a sentence counts by their kind,
    where the told event's are of another ("killed 9 farmers ... troops killed 14 of the
    attackers ... 3 farmers died in hospital": the farmers' attack); None if none."""
    groups = {v.group for v in find_victims(s.text)}
    if not groups or any(v.group in groups for v in told.victims):
        return None
    return next((c for c in reversed(candidates) if c.paragraph == told.paragraph
                 and any(v.group in groups for v in c.victims)), None)


def _tells_total(s: _Sentence) -> bool:
    """Whether a sentence counts the victims or acts of a period or a country ("In October
    alone, 520 people were killed", "bandits have abducted 4,000 people since 2024") rather
    than one event: it states a period total and no day of its own."""
    total = _period_total(s.text)
    if any(d.precision == "day" and not (total and total.start() <= d.start < total.end())
           for d in s.own_dates):
        return False  # a day of its own; not the day a period began ("since Thursday")
    if total is not None and DAYS_OF.search(s.text, max(0, total.start() - 30), total.start()):
        return False  # "four days of fighting ... have left 32 dead": one battle's toll
    if _fighting_began(s) is not None:
        return False  # "Clashes between X and Y have killed 30 since Sunday": this week's battle
    return total is not None and not WHEN_AFTER.match(s.text, total.end()) and bool(
        find_victims(s.text) or PERFECT_ACT.search(s.text))


def _fighting_began(s: _Sentence) -> DateMatch | None:
    """The day of this week a battle a sentence tolls began ("Clashes between X and Y have
    killed 30 people since Sunday"): one battle, dated to its first day; else None."""
    total = _period_total(s.text) if FIGHTING_FIRST.match(s.text) else None
    if total is None or not re.fullmatch(_SINCE_WEEKDAY, total.group(0), re.IGNORECASE):
        return None
    return next((d for d in s.own_dates if d.precision == "day"
                 and total.start() <= d.start < total.end()), None)


def _period_total(text: str) -> re.Match | None:
    """The first words of ``text`` that total a period or a country (``PERIOD_TOTAL``), not
    those that rank the event among others ("one of the deadliest attacks this year")."""
    return next((m for m in PERIOD_TOTAL.finditer(text)
                 if not RANKED_AMONG.search(text, max(0, m.start() - 60), m.start())), None)


def _listed_with(s: _Sentence, a: int, b: int, cand: _Candidate) -> list[Mention]:
    """The other places of a list in the clause that holds the event's place ("Kherson,
    Mykolaiv and Odesa", "the Kharkiv and Sumy regions"): ACLED codes one event at each."""
    if TOTALLED.search(s.text, a, b):
        return []  # "in Tripoli and Sidon combined, 23 soldiers were hurt": one figure
    inside = [m for m in s.places() if a <= m.start - s.start < b]
    at = next((i for i, m in enumerate(inside) if m.place == cand.place), None)
    if at is None or BETWEEN_PLACES.search(s.text, max(0, inside[at].start - s.start - 12),
                                           inside[at].start - s.start):
        return []
    listed: list[Mention] = []
    joined = False  # a list has an "and"; "Izium, Kharkiv" names a place and its region
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(inside):
            left, right = sorted((inside[i], inside[i + step]), key=lambda m: m.start)
            gap = LIST_GAP.fullmatch(s.text, left.end - s.start, right.start - s.start)
            if gap is None:
                break
            joined = joined or "and" in gap.group(0).lower()
            i += step
            listed.append(inside[i])
    return [m for m in listed if joined and not _same_site(m.place, cand.place)
            and not _is_origin(s, m)]


def _told_by_part(s: _Sentence, out: list[_Candidate], sites: _Sites) -> list[_Candidate]:
    """A total told place by place ("strikes killed 12 people, including five in Kharkiv and
    three in the Odesa region"): ACLED codes one event at each place, with its own figure,
    and none for the total."""
    main = next((c for c in out if any(not v.hurt for v in c.victims)), None)
    if main is None:
        return out
    parts = _parts_by_place(s, main.position - s.start)
    killed = [v for v in main.victims if not v.hurt]
    total = combine(killed)
    if len({(m.place.name, m.place.kind) for _, m, _ in parts}) < 2 or (
            total is not None and sum(n for n, _, _ in parts) > total):
        return out
    # not figures of their own: the first clause's own town ("killed 12 in Kharkiv on Monday,
    # four in Sumy") or a part's own day ("... four in Sumy on Sunday") makes them other events
    first = parts[0][2][0]
    if any(main.position - s.start <= m.start - s.start < first
           and m.place.kind in ("city", "admin2", "facility") for m in s.places()) or any(
            x <= d.start < y for _, _, (x, y) in parts for d in s.own_dates):
        return out
    at = out.index(main)
    rest = [c for c in out[at + 1 :] if c.frame is not main.frame]  # not its listed places
    hurt = [v for v in main.victims if v.hurt]  # the wounded are not told place by place
    told = []
    for i, (n, m, _) in enumerate(parts):
        c = main if i == 0 else replace(main, counts={}, sources=[s.text],
                                        spans=[(s.start, s.end)])
        c.victims = [replace(killed[0], count=n, rose=False, vague=False), *(
            hurt if i == 0 else ())]
        _set_place(c, m, s)
        sites.add(c)
        told.append(c)
    return out[:at] + told + rest


def _elided_acts(s: _Sentence, frames: list[Frame | None], told: _Candidate | None
                 ) -> list[Frame | None]:
    """Frames with a clause that leaves its act's noun out filled in from the clause before,
    or, opening the sentence, from the event just ``told`` ("Two strikes killed five. The
    first hit a market, killing two, while another hit a school, killing three": each strike,
    at its own place)."""
    out = list(frames)
    for i, (a, _) in enumerate(s.clauses):
        if out[i] is not None:
            continue
        other = _ANOTHER.match(s.text, a) if i else _THE_FIRST.match(s.text, a)
        before = next((f for f in reversed(out[:i]) if f is not None), None) if i else (
            told.frame if told is not None else None)
        if other is None or before is None or before.event_type not in VIOLENCE:
            continue
        act = replace(before.act, start=other.start("subject"), end=other.end("subject"))
        out[i] = replace(before, act=act, target=None)
    return out


#: What a strike told by its subject alone did: "(another) hit", "(the first) also struck".
_STRIKE_VERB = (r"(?:\s+one)?\s+(?:also\s+)?(?:hit|struck|landed|exploded|killed|destroyed|"
                r"damaged|targeted|fell|slammed)\b")
#: A clause whose subject stands for the act told before: "while another hit", "and a
#: second struck", "the other landed".
_ANOTHER = re.compile(r"[\s,;]*(?:(?:and|while|whereas|but)\s+)?(?P<subject>another|(?:a|the)\s+"
                      r"(?:second|third|other|last))" + _STRIKE_VERB, re.IGNORECASE)
#: A sentence whose subject is the first of the acts told before: "The first struck", "One of
#: them hit".
_THE_FIRST = re.compile(r"\W*(?P<subject>(?:the\s+first|one(?:\s+of\s+them)?))" + _STRIKE_VERB,
                        re.IGNORECASE)


def _parts_told_after(s: _Sentence, told: _Candidate, paragraph: _Paragraph,
                      sites: _Sites) -> list[_Candidate]:
    """A sentence of no act of its own that tells the toll of the event just told place by
    place ("Four people died in X and three in Y"): the told event becomes the first part,
    at its place and with its figure, and each other part an event of its own (ACLED codes
    one event per place; the total is not counted again); none where the parts add up to
    more than the told toll or name fewer than two places."""
    if told.event_type not in VIOLENCE or not (told.paragraph == s.paragraph or (
            told.paragraph == s.paragraph - 1 and not paragraph)):
        return []
    victims = find_victims(s.text)
    if not victims or len({v.hurt for v in victims}) > 1:
        return []
    opening = _PART_OPENS.match(s.text)
    parts = _parts_by_place(s, 0, opening=opening.end() if opening else None)
    if len({(m.place.name, m.place.kind) for _, m, _ in parts}) < 2:
        return []
    hurt = victims[0].hurt
    same = [v for v in told.victims if v.hurt == hurt]
    total = combine(same)
    if total is not None and sum(n for n, _, _ in parts) > total:
        return []
    other = [v for v in told.victims if v.hurt != hurt]
    base = same[0] if same else replace(victims[0], report=s.start)
    out = []
    for i, (n, m, _) in enumerate(parts):
        c = told if i == 0 else replace(told, counts={}, sources=[s.text],
                                        spans=[(s.start, s.end)], victims=[])
        c.victims = [replace(base, count=n, rose=False, vague=False), *(other if i == 0 else ())]
        if i == 0:
            c.sources.append(s.text)
            c.spans.append((s.start, s.end))
        _set_place(c, m, s)
        sites.add(c)
        if i:
            out.append(c)
    return out


#: A sentence that opens with a part of a toll: "Four people died in X", "Of them, four in X".
_PART_OPENS = re.compile(r"\W*(?:(?:of\s+(?:them|those|the\s+dead)|among\s+them)\s*,?\s*)?(?=\w)",
                         re.IGNORECASE)


def _parts_by_place(s: _Sentence, after: int, *, opening: int | None = None
                    ) -> list[tuple[int, Mention, tuple[int, int]]]:
    """The figures after ``after`` that each name the place of their part ("five in Kharkiv,
    three in the Odesa region"), with the finest place of the part and the part's span."""
    parts = []
    for n in find_numbers(s.text[after:]):
        start, end = after + n.start, after + n.end
        placed = PART_PLACED.match(s.text, end)
        if not n.exact or placed is None or not (start == opening or PART_LEAD.search(
                s.text, max(0, start - 15), start)):
            continue
        stop = PART_END.search(s.text, placed.end())
        until = stop.start() if stop else len(s.text)
        place = [m for m in s.places() if placed.end() <= m.start - s.start < until]
        if place:
            parts.append((n.value, min(place, key=lambda m: KIND_RANK.get(m.place.kind, 5)),
                          (start, until)))
    return parts


def _as_ruled(cand: _Candidate, s: _Sentence, clause: tuple[int, int], acts: SentenceActs,
              carried: ActorMention | None, *, protest_nearby: bool, told: bool) -> Frame:
    """The candidate's frame, framed again (type and sub-type with it) where an armed group
    it names rules the event's country on its day: its fighters are the state's forces there
    ("Taliban fighters fired on protesters" in Kabul in 2022: excessive force)."""
    country = cand.place.country if cand.place else None
    actors = [as_state_forces(x, country, cand.date) for x in s.actors]
    ruled = as_state_forces(carried, country, cand.date)
    if actors == s.actors and ruled is carried:
        return cand.frame
    frame = frame_clause(s.text, clause, acts, actors, carried=ruled,
                         protest_nearby=protest_nearby, told=told)
    if frame is None or frame.act != cand.frame.act or _sides_at(frame) != _sides_at(cand.frame):
        return cand.frame  # read as one state's forces, the group and its enemy become allies
    # the sides keep their own kinds: the sites the group attacks are still its enemy's
    # ("Houthi fighters shelled government positions": the state's other forces)
    cand.frame = replace(frame, agent=cand.frame.agent, target=cand.frame.target)
    cand.event_type, cand.sub_event_type = frame.event_type, frame.sub_event_type
    cand.priority = frame.priority
    return cand.frame


def _sides_by_places(cand: _Candidate, s: _Sentence, clause: tuple[int, int]) -> Frame:
    """The sides of fire from afar that the places of the clause tell where the text names
    none: fire from a place in another country than where it landed ("rockets fired from
    a town across the border hit X") is by a group of that country, not of the one hit; a
    weapon stopped with no one named to stop it was stopped by the forces of the country it
    was stopped over (as ACLED codes interceptions [C1])."""
    frame = cand.frame
    here = cand.place.country if cand.place else None
    if here is None or frame.event_type not in ("Explosions/Remote violence",
                                                "Strategic developments"):
        return frame
    intercepted = frame.act.name in INTERCEPT_ACTS
    if frame.event_type == "Strategic developments" and not intercepted:
        return frame
    a, b = clause
    origin = next((m for m in s.mentions if m.place is not None and m.place.country
                   and m.place.country != here and a <= m.start - s.start < b
                   and _is_origin(s, m)), None)
    launcher = None if origin is None else ActorMention(
        origin.start - s.start, origin.end - s.start, origin.text, "unidentified",
        country=origin.place.country)
    if intercepted:
        agent = frame.agent or ActorMention(0, 0, "", "military")
        return replace(frame, agent=agent, target=frame.target or launcher)
    if launcher is not None and _unnamed_doer(cand):
        return replace(frame, agent=launcher)
    return frame


def _sides_at(frame: Frame) -> tuple[int | None, int | None]:
    """Where in its sentence a frame's agent and target are named."""
    return (frame.agent.start if frame.agent else None,
            frame.target.start if frame.target else None)


def _damage_elsewhere(
    s: _Sentence, clause: tuple[int, int], acts: SentenceActs, earlier: list[_Candidate]
) -> Frame | None:
    """Damage with no doer told at a place of its own right after remote violence: the same
    strikes reaching that place ("Seven flats were damaged in Ramenskoye")."""
    a, b = clause
    act = next((x for x in acts.in_span(a, b) if x.name == "destroy"), None)
    if act is None or not earlier or earlier[-1].event_type != "Explosions/Remote violence":
        return None
    if not any(a <= m.start - s.start < b for m in s.places()):
        return None
    told = earlier[-1]
    return replace(told.frame, event_type=told.event_type, sub_event_type=told.sub_event_type,
                   priority=act.priority, act=act, target=None)


def _names_in(c: _Candidate, mentions: list[Mention]) -> bool:
    """Whether one of ``mentions`` stands in the sentence the event was read from."""
    a, b = c.spans[0]
    return any(a <= m.start < b for m in mentions)


def _names_nearby(c: _Candidate, towns: list[Mention], text: str) -> bool:
    """Whether the event's sentence names one of ``towns`` as near the place told before:
    "the nearby village of X", "a nearby town, X"."""
    a, b = c.spans[0]
    return any(a <= m.start < b and _NEARBY_TOWN.search(text, max(a, m.start - 40), m.start)
               for m in towns)


def _doer_told(told: _Candidate) -> ActorMention | None:
    """Who did what an event tells, for the sentences after it that name no doer: its agent,
    but for weapons stopped the side whose weapons they were ("air defences shot down 40
    drones ... A drone hit Dnipro": not the air defences)."""
    if told.sub_event_type == "Disrupted weapons use":
        return told.frame.target
    return told.frame.agent


def _carried_into(s: _Sentence, doer: ActorMention | None,
                  told: _Candidate | None) -> ActorMention | None:
    """The doer that a sentence naming none takes from the event told before it: none from a
    strategic development (troops who arrested suspects did not do the killing told next),
    unless the sentence begins with a pronoun ("They ...") or the development was weapons
    stopped (their launcher strikes on: "Other strikes hit ...")."""
    if told is not None and told.event_type == "Strategic developments" and not (
            told.sub_event_type == "Disrupted weapons use" or PRONOUN_START.match(s.text)):
        return None
    return doer


def _fired_by_launcher(frame: Frame, launcher: ActorMention | None) -> Frame:
    """Weapons shot down with no owner named take the side the paragraph says launched them
    ("Russia launched 50 drones; air defences downed 41": Russia's drones), not the side
    that stopped them; not mines cleared, which no launch told. The launcher never stops its
    own weapons, whatever doer was carried to the sentence."""
    if launcher is None:
        return frame
    agent = frame.agent
    if agent is not None and (agent.name, agent.country) == (launcher.name, launcher.country):
        # "Belarus launched 30 drones. Sappers defused a mine": not Belarus's sappers
        frame, agent = replace(frame, agent=None), None
    if frame.act.name not in INTERCEPT_ACTS or frame.target is not None or (
            agent is not None and (agent.country and agent.country == launcher.country
                                   or agent.name and agent.name == launcher.name)):
        return frame
    return replace(frame, target=launcher)


def _unnamed_doer(cand: _Candidate) -> bool:
    """Whether no one is named as the event's doer: none, "gunmen", "drones"."""
    agent = cand.frame.agent
    return agent is None or not (agent.name or agent.country
                                 or agent.kind not in NON_STATE | {"weapon"})


#: After a doer's name: it acted again ("Viv Ansanm also", "the Y gang coalition had also").
_ALSO_AFTER = re.compile(r"(?:\s+(?!also\b)[a-z][\w-]*){0,2}\s+(?:(?:had|has|have|then)\s+)?also\b")


def _also_did(c: _Candidate, s: _Sentence, before: list[_Candidate]) -> _Candidate | None:
    """The event told just before whose doer was left unnamed, where the sentence's first
    event is done by a named armed group that "also" acted, on the same day."""
    agent = c.frame.agent
    if agent is None or not agent.name or agent.kind not in NON_STATE or not before or not (
            _ALSO_AFTER.match(s.text, agent.end)):
        return None
    last = before[-1]
    return last if (_unnamed_doer(last) and last.frame.agent is not None
                    and last.event_type in VIOLENCE_AND_DEMONSTRATIONS
                    and last.date == c.date) else None


def _claim_names(told: _Candidate, candidates: list[_Candidate], *, unnamed: bool
                 ) -> _Candidate:
    """The event a claim of "the attack" names: the one a sentence refers to, or (``unnamed``)
    the last whose doer was left unnamed ("Police returned fire" came after the attack the
    group claims); never a tally of a year or a month ("Attacks in the area killed hundreds
    last year"), which is many attacks, told as background."""
    def claimable(c: _Candidate) -> bool:
        return c.date_precision not in PERIOD_PRECISIONS and (not unnamed or (
            _unnamed_doer(c) and not _answers_fire(c)))
    return next((c for c in (told, *reversed(candidates)) if claimable(c)), told)


def _answers_fire(c: _Candidate) -> bool:
    """Whether an event is forces returning fire ("Police returned fire"): they answer an
    attack told before, whose doer a claim names."""
    act = c.frame.act
    return act.name == "fire_exchange" and bool(c.sources) and bool(
        RETURNED_FIRE.fullmatch(c.sources[0], act.start, act.end))


def _repelled_by(told: _Candidate, s: _Sentence) -> None:
    """The side a later sentence says fought off a battle's attack was its other side, where
    the report named none ("the army launched an offensive ... The RSF said it had repelled
    the attack")."""
    target = told.frame.target
    if told.event_type != "Battles" or (target is not None and (target.name or target.country)):
        return
    side = repeller_of_told(s.text)
    agent = told.frame.agent
    if side is not None and not (agent is not None and _one_side(side, agent)):
        told.frame = replace(told.frame, target=side)


def _claimed_and_carried(cand: _Candidate, s: _Sentence, carried: ActorMention | None,
                         carrier: _Candidate | None
                         ) -> tuple[ActorMention | None, _Candidate | None]:
    """``_claimed``, and the doer carried on to the sentences after it: the group a claim
    names, where it names one ("Al Shabaab claimed responsibility. The group also attacked
    a base ..."), else the one carried before."""
    doer_before = cand.frame.agent
    _claimed(cand, s)
    if cand.frame.agent is not None and cand.frame.agent is not doer_before:
        return cand.frame.agent, cand
    return carried, carrier


def _claimed(cand: _Candidate, s: _Sentence) -> None:
    """An event whose doer was left unnamed ("gunmen", "a car bomb") takes the armed group
    a later sentence says did it ("Al-Shabaab claimed responsibility for the attack", "the
    army blamed ISWAP for the ambush")."""
    if not _unnamed_doer(cand):
        return
    told_here = s.start <= cand.position < s.end
    if not told_here and not SAID_IT_DID.search(s.text) and not CLAIMED.search(s.text):
        return  # a later sentence that neither claims nor owns an act names no doer
    # the sentence's own actors (``s.actors`` holds them only where it tells an act)
    actors = find_actors(s.text)
    accused = _accused_side(s.text, actors) if told_here else None
    if accused is not None:  # "the TNLA accused the army of shelling the town": the army
        cand.frame = replace(cand.frame, agent=replace(accused, speaker=False))
        return
    if told_here and cand.sub_event_type != "Air/drone strike":
        # the group that reports the event its sentence tells claims it ("a car bomb hit the
        # base, killing five soldiers, al-Shabaab said"); not a strike from the air on it
        # (not a group that rules there: "killing 14, Taliban officials said" is the
        # authorities' report)
        country = cand.place.country if cand.place else cand.country_only
        speaker = next((a for a in actors if a.speaker and a.name and a.kind in NON_STATE
                        and as_ruler(a, country, cand.date) is a), None)
        if speaker is not None and not DISCLAIMED.search(s.text):
            cand.frame = replace(cand.frame, agent=replace(speaker, speaker=False))
            return
    owner = _says_it_did(s.text, actors)
    if owner is None and not CLAIMED.search(s.text):
        return
    blamed = BLAMED.search(s.text)
    if blamed and not s.start <= cand.position < s.end and _WHICH_BEFORE.search(
            s.text, max(0, blamed.start() - 40), blamed.start()):
        # "... days after seven bodies were found, which police blamed on a cartel war": the
        # blame is of what the relative clause follows, not of the event told before
        return
    # "No group claimed the attack, but the army blamed the ELN": the denial is another clause's
    cut = max(s.text.rfind(", but ", 0, blamed.start()), s.text.rfind(";", 0, blamed.start())
              ) if blamed else -1
    if DISCLAIMED.search(s.text, cut + 1):
        return
    if blamed and not owner and _BLAME_OF_OTHERS.search(s.text, cut + 1):
        return  # "officials have previously blamed militias for similar attacks": not this one
    # "residents blamed the federal military, which has used drones against Fano": the side
    # blamed, not a group named after it
    blamed_ones = [a for a in actors if blamed and a.start >= blamed.end() and (
        a.armed or a.name and a.kind in NON_STATE)]
    group = owner or next(iter(blamed_ones), None)
    if group is not None and not owner and not (group.name or group.country) and (
            group.kind in NON_STATE):
        # "blamed separatist fighters, known locally as Amba boys": the name it gives them
        group = next((a for a in blamed_ones if a.name and a.kind in NON_STATE), group)
    if group is None:
        group = next((a for a in actors if a.name and a.kind in NON_STATE), None)
    if group is not None:
        target = cand.frame.target
        cand.frame = replace(cand.frame, agent=replace(group, speaker=False), target=(
            None if target is not None and group.name and target.name == group.name else target))


#: A relative clause opened before a blame: ", which police".
_WHICH_BEFORE = re.compile(r",\s+which\s+(?:\S+\s+){0,3}$", re.IGNORECASE)


def _accused_side(text: str, actors: list[ActorMention]) -> ActorMention | None:
    """The armed side of ``actors`` (the sentence's) a sentence accuses of an act ("the
    rebels accused the army of shelling the town"), or None."""
    return next((a for a in actors if (a.armed or a.name and a.kind in NON_STATE)
                 and ACCUSING.search(text, max(0, a.start - 20), a.start)
                 and OF_ACT.match(text, a.end)), None)


def _says_it_did(text: str, actors: list[ActorMention]) -> ActorMention | None:
    """The named armed group of ``actors`` (the sentence's) a sentence says did an act by its
    own word ("Al Shabaab said it killed 20 soldiers"), or None."""
    if not SAID_IT_DID.search(text):
        return None
    return next((a for a in actors if a.name and a.kind in NON_STATE
                 and SAID_IT_DID.match(text, a.end)), None)


def _next_step_of(c: _Candidate, s: _Sentence, earlier: list[_Candidate]
                  ) -> ActorMention | None:
    """The named group whose attack a sentence goes on telling ("A suicide bomber struck a
    cafe ... Al Shabaab claimed it. Gunmen then stormed a hotel nearby"): unnamed armed men
    who act "then" at the place and on the day of the event just told are its doers."""
    agent = c.frame.agent
    if agent is None or agent.name or agent.kind != "unidentified" or not earlier or (
            not _THEN.match(s.text)):
        return None
    last = earlier[-1]
    doer = last.frame.agent
    if doer is None or not doer.name or doer.kind not in NON_STATE or last.place is None or (
            c.place is None or not _same_site(c.place, last.place) or c.date != last.date):
        return None
    return doer


#: A sentence that goes on with the act told before: "Gunmen then stormed", "Then attackers".
_THEN = re.compile(r"\W*(?:then\b|(?:[\w'’-]+\s+){1,3}then\b)", re.IGNORECASE)


def _held_by(c: _Candidate, earlier: list[_Candidate]) -> ActorMention | None:
    """Who held the ground a state's forces regain with no side named ("Federal troops retook
    X"): the group the story told taking or storming the same place."""
    if c.sub_event_type != "Government regains territory" or c.place is None:
        return None
    return next((e.frame.agent for e in reversed(earlier)
                 if e.event_type == "Battles" and e.place == c.place
                 and e.frame.agent is not None and e.frame.agent.kind not in STATE), None)


def _named_by_story(frame: Frame, s: _Sentence, group: ActorMention | None,
                    elsewhere: bool = False) -> Frame:
    """"The rebels", "the militants", "20 rebels" (a group of the same kind): the armed group
    the story has named (earlier in the sentence, else before it), whether they act or are
    hit ("troops killed 30 of the attackers"); ``elsewhere``: the event lies in another region
    than the group's told events."""
    agent, target = frame.agent, frame.target
    named = _story_group_for(agent, s, group, elsewhere=elsewhere)
    if named is not None:
        return replace(frame, agent=named)
    named = _story_group_for(target, s, group, hit=True, elsewhere=elsewhere)
    if named is not None and (agent is None or agent.name != named.name):
        return replace(frame, target=named)
    return frame


def _story_group_for(actor: ActorMention | None, s: _Sentence, group: ActorMention | None,
                     *, hit: bool = False, elsewhere: bool = False) -> ActorMention | None:
    """The story's armed group an unnamed armed actor stands for, if it stands for one: one
    of its kind, or "the"/"its" fighters; one that is hit, of its kind or some "of the"
    fighters ("killed 30 of the attackers"; not "arrested the gunmen who robbed a bank").
    Fighters of its kind with no "the" in another region than its events may be others."""
    if actor is None or actor.name or actor.kind not in NON_STATE:
        return None
    own = next((a for a in reversed(s.actors) if a.name and a.kind in NON_STATE
                and a.end <= actor.start), None)
    group = own or group
    if group is None:
        return None
    before = s.text[max(0, actor.start - 8) : actor.start]
    definite = bool(re.search(r"\b(?:the|its|their)\s+$", before, re.IGNORECASE))
    # "Separately, rebels killed a chief": maybe others; "the rebels" are still the story's
    told = actor.kind == group.kind and (
        own is not None or definite or not (SEPARATELY.match(s.text) or elsewhere)) or (
        bool(re.search(r"\bof\s+the\s+$", before, re.IGNORECASE)) if hit else bool(
            definite or re.match(r"(?:its|their)\s", actor.text, re.IGNORECASE)))
    # "about 20 rebels" in a story of one rebel group are its fighters
    return replace(actor, name=group.name, kind=group.kind) if told else None


def _sides_named(s: _Sentence, sides: list[ActorMention]) -> list[ActorMention]:
    """The last two distinct armed sides named up to and including ``s``."""
    for a in s.actors:
        if a.armed and a.kind != "weapon" and not SIDES.fullmatch(a.text) and (
                a.name or a.country):
            sides = [x for x in sides if (x.name, x.country) != (a.name, a.country)][-1:] + [a]
    return sides


def _sides_by_story(frame: Frame, sides: list[ActorMention]) -> Frame:
    """"The two sides", "both sides": the two armed sides the story has named; with none
    named, no one the event can be coded to."""
    agent = frame.agent
    if agent is None or not SIDES.fullmatch(agent.text):
        return frame
    if len(sides) < 2:
        return replace(frame, agent=None)
    return replace(frame, agent=replace(sides[0], start=agent.start, end=agent.end),
                   target=frame.target or replace(sides[1], start=agent.start, end=agent.end))


#: A clause that goes on with its sentence's subject: ", and injured 15", "and wounded".
_AND_VERB_CLAUSE = re.compile(r"[\s,]*(?:and|then)\s+(?:then\s+|also\s+)?[a-z]+(?:ed|ing)\b")


def _same_event_elsewhere(
    s: _Sentence, clause: tuple[int, int], frame: Frame, frames: list[Frame | None]
) -> bool:
    """Whether a clause that names no place of its own tells, in another words, the event of
    another clause of its sentence (of the same type, and more specific, or as specific and
    told first: "threw stones at, and set fire to the station"; a killing or wounding by no
    one named is told by any violent act beside it: "two were killed when a bomb hit")."""
    a, b = clause
    if frame.act.name in TRANSFER_ACTS and any(
            f is not None and f.territorial and f.sub_event_type == frame.sub_event_type
            for f in frames):
        return True  # "the rebels withdrew from Bunia, and soldiers entered the town
        # unopposed": one transfer of ground, told by the side that took it
    here = frames.index(frame)
    if frame.act.name in HARM_ACTS and frame.agent is None and _AND_VERB_CLAUSE.match(
            s.text, a) and any(f is not None and f.act.name not in HARM_ACTS
                               and f.event_type in VIOLENCE_AND_DEMONSTRATIONS
                               for f in frames[:here]):
        return True  # "a suicide bomber killed 3 civilians, and injured 15, in Kabul": one
    if any(a <= m.start - s.start < b and m.place.kind in (*KIND_RANK, "water")
           for m in s.mentions):
        return False  # (at sea too: "fired missiles at a ship in the Red Sea")
    return any(f is not None and f is not frame and not _other_doers(f, frame) and (
        (f.event_type == frame.event_type and (f.priority, -i) > (frame.priority, -here)
         and not (frame.territorial and f.act.name in TRANSFER_ACTS))  # told by the taker
        or (frame.act.name in HARM_ACTS and frame.agent is None and f.act.name not in HARM_ACTS
            and f.event_type in VIOLENCE_AND_DEMONSTRATIONS))
        for i, f in enumerate(frames))


def _other_doers(f: Frame, g: Frame) -> bool:
    """Whether two frames name different doers ("the Houthis fired missiles ..., hours after
    British warplanes struck ...")."""
    x, y = f.agent, g.agent
    return x is not None and y is not None and bool(x.name or x.country) and bool(
        y.name or y.country) and (x.name, x.country) != (y.name, y.country)


def _only_casualties(
    s: _Sentence, frames: list[Frame | None], paragraph: list[_Sentence],
    earlier: list[_Candidate],
) -> bool:
    """Whether a sentence only tells who was killed or hurt in the event its paragraph
    reports: its acts are killings or harm, and it names no place or date of its own."""
    acts = [f for f in frames if f is not None]
    if not acts or any(f.act.name not in HARM_ACTS or f.event_type == "Protests" for f in acts):
        return False  # force used on the paragraph's protesters: how the protest is coded
    if s.places() or s.own_dates:
        return False
    told = [c for c in earlier if c.paragraph == s.paragraph]
    # "Aircraft struck RSF positions. Shells fired by the RSF killed six": the side hit
    # strikes back, another event
    hit = told[-1].frame.target if told else None
    return bool(told) and not (hit is not None and hit.name is not None and any(
        f.agent is not None and f.agent.name == hit.name for f in acts))


def _aftermath_of(c: _Candidate, before: list[_Candidate]) -> _Candidate | None:
    """The violence or demonstration an arrest by no one named belongs to ("...; the soldier
    was later arrested"): the last one its paragraph told, or the story told if the arrest
    names no place of its own; None for an arrest of its own."""
    if c.sub_event_type != "Arrests" or c.frame.agent is not None:
        return None
    return next((x for x in reversed(before) if x.position < c.position
                 and x.event_type in VIOLENCE_AND_DEMONSTRATIONS
                 and (x.paragraph == c.paragraph or c.place is None)
                 # "... was detained in a raid on Wednesday", days after the rally: its own
                 and not (_day_after(c, x) or _day_before(c, x))), None)


def _approach_of(c: _Candidate, before: list[_Candidate]) -> _Candidate | None:
    """The violence an armed side's movement told after it belongs to ("Fighters overran the
    base ... The insurgents arrived in gun trucks"): the last one by the same doer on its
    day; None for a movement of its own."""
    agent = c.frame.agent
    if c.frame.act.name not in MOVEMENT_ACTS or agent is None or not agent.armed:
        return None
    return next((x for x in reversed(before) if x.position < c.position
                 and x.event_type in VIOLENCE_AND_DEMONSTRATIONS
                 and x.frame.agent is not None and x.frame.agent.name == agent.name
                 and (not c.dated_by_text or x.date == c.date)), None)


def _fight_of_raid(c: _Candidate, candidates: list[_Candidate]) -> _Candidate | None:
    """The fight a raid that hurt no one turned into, told in its sentence ("Troops raided
    the camp, where they exchanged fire with gunmen"): one battle, not an attack on civilians
    beside it."""
    agent = c.frame.agent
    if c.frame.act.name != "raid" or c.event_type != "Violence against civilians" or (
            c.victims or agent is None):
        return None
    return next((x for x in candidates if x is not c and x.spans[:1] == c.spans[:1]
                 and x.event_type == "Battles" and x.frame.agent is not None
                 and x.frame.agent.name == agent.name), None)


def _escape_in(c: _Candidate, candidates: list[_Candidate]) -> _Candidate | None:
    """The violence a prison break by no one named is told with, in one sentence ("inmates
    escaped after an attack on the prison"): it is that violence's outcome, not an event."""
    if c.frame.act.name != "escape" or c.frame.agent is not None:
        return None
    return next((x for x in candidates if x is not c and x.spans[:1] == c.spans[:1]
                 and x.event_type in VIOLENCE_AND_DEMONSTRATIONS), None)


def _political_arrest(c: _Candidate) -> bool:
    """An arrest of people whose arrest is political: by soldiers or an armed group's own
    authorities ("Houthi authorities detained"), or of fighters, protesters, journalists,
    activists, lawyers, students, saboteurs, aid workers, or anyone held over an armed group
    ("over links to the Islamic State")."""
    target, agent = c.frame.target, c.frame.agent
    if (target is not None and target.armed) or (agent is not None and (
            agent.kind in ("military", "external") or agent.armed and agent.kind not in STATE)):
        return True  # soldiers and armed groups arrest in a conflict, not over common crime
    where = c.place.country if c.place is not None else c.country_only
    if agent is not None and agent.country and where and agent.country != where:
        return True  # a state's forces or authorities arresting in another's territory
    act = c.frame.act  # its words may name whom: "captured an Islamic State official"
    told = c.sources[0][act.start : act.end + 120] if c.sources else ""
    if target is not None:
        told = f"{target.text} {told}"  # "three journalists were arrested"
    elif c.sources and PASSIVE_BEFORE.search(c.sources[0], 0, act.start):
        # "a singer was arrested": the subject before the verb
        told = f"{c.sources[0][max(0, act.start - 80) : act.start]} {told}"
    return bool(POLITICAL.search(told)) or any(
        x.armed and x.kind not in STATE for x in find_actors(told))


def _within_battle(s: _Sentence, frame: Frame, earlier: list[_Candidate]) -> bool:
    """Remote fire told after a battle of its paragraph, with no place or date of its own, is
    part of that battle (ACLED [C9]): "hitmen lobbing grenades" after "a gun battle"."""
    if frame.event_type != "Explosions/Remote violence" or s.places() or s.own_dates:
        return False
    if _AFTERWARDS.search(s.text, max(0, frame.act.start - 40), frame.act.end):
        return False  # "its air force later struck the retreating fighters": an act of its own
    return any(c.paragraph == s.paragraph and c.event_type == "Battles" for c in earlier)


#: An act told as coming after the one before it ("later struck", "then shelled").
_AFTERWARDS = re.compile(r"\b(?:later|afterwards|subsequently|then)\b", re.IGNORECASE)


def _beside_battle(
    s: _Sentence, clause: tuple[int, int], frame: Frame, frames: list[Frame | None]
) -> bool:
    """Remote fire told beside a battle of the same sentence, at no other place, is part of
    it (ACLED [C9]): "clashes broke out in Tripoli, with explosions heard across the city";
    soldiers killed by no one named are its victims, no battle ("a soldier was killed when his
    patrol stepped on a landmine")."""
    if frame.event_type != "Explosions/Remote violence":
        return False
    battles = [c for c, f in zip(s.clauses, frames, strict=True)
               if f is not None and f.event_type == "Battles"
               and not (f.act.name in HARM_ACTS and f.agent is None)
               # "Two days after rebels took the post, jets struck ...": another day's fight
               and not INTRODUCES.match(s.text, c[0])]
    if not battles:
        return False

    def places_in(a: int, b: int) -> set[tuple[str, str]]:
        return {(m.place.name, m.place.kind) for m in s.places() if a <= m.start - s.start < b}

    def lacks(a: int, b: int) -> bool:  # names a place no gazetteer entry fits
        return any(a <= u.start - s.start < b for u in s.unplaced)

    # a battle clause that names no place is fought where the sentence is ("attacked the base
    # in Mahaday with two car bombs before gunmen overran it"); not one that names a village
    # no gazetteer has ("strikes killed 22 in the Bekaa Valley, as troops battled fighters
    # near the border village of X": the strikes were elsewhere)
    fought_at = set().union(*(places_in(a, b) or (set() if lacks(a, b) else
                                                  places_in(0, len(s.text)))
                              for a, b in battles))
    return places_in(*clause) <= fought_at


def _approach_to_violence(frame: Frame, frames: list[Frame | None]) -> bool:
    """A movement told beside violence its doer commits in the same sentence is the way to
    it, not an event of its own: "The attackers arrived in two cars and fired at the
    players"."""
    return frame.act.name in MOVEMENT_ACTS and any(
        f is not None and f.event_type in VIOLENCE and f.agent is not None
        and (frame.agent is None or _one_side(frame.agent, f.agent)) for f in frames)


def _response_to_violence(s: _Sentence, frame: Frame, earlier: list[_Candidate]) -> bool:
    """Forces sent after violence the story told, to where it was or to end it, are the
    authorities' answer to that event, not a change in any group's activity: "troops were
    deployed to the area", "police were sent to restore calm"."""
    return frame.act.name in MOVEMENT_ACTS and any(
        c.event_type in VIOLENCE for c in earlier) and bool(
        _RESPONSE.match(s.text, frame.act.end, frame.act.end + 60))


#: Where a force is sent in answer to violence: to its scene, or to stop it.
_RESPONSE = re.compile(
    r"\s*(?:to|into)\s+(?:the|that)\s+(?:area|scene|locality|vicinity|site)\b|[^.;]*?\bto\s+"
    r"(?:(?:restore|maintain|keep|ensure)\s+(?:calm|order|peace|security|law\s+and\s+order)|"
    r"quell|calm|contain|stop|prevent|disperse)\b", re.IGNORECASE)


def _is_ongoing(s: _Sentence, ongoing: list[tuple[int, int]], a: int, b: int) -> bool:
    """A clause about a lasting, planned or hypothetical situation: a modal always, an
    aspect ("continued", "in recent weeks") when the clause states no date of its own."""
    # not a word that only qualifies a noun ("ahead of a planned rally"); a phrase begun in
    # the clause before still speaks ("who raid villages, kill residents and kidnap ...")
    # ... and a period opened right after the clause still qualifies it ("troops deployed in
    # the province since 2021")
    spans = [(x, y) for x, y in ongoing if (x < b and y > a or x == b and SINCE.match(s.text, x))
             and not ATTRIBUTIVE.search(s.text, max(0, x - 8), x)]
    if not spans:
        return False
    if any(MODAL.search(s.text[x:y]) or VAGUE_TIME.search(s.text[x:y]) for x, y in spans):
        return True
    # a start the clause dates to its day or week is an event ("have fled since fighting broke
    # out in Wau on Monday"); one dated to its month or year is the story's background
    since = any(SINCE.match(s.text, x) for x, _ in spans)
    return not any(a <= d.start < b and (not since or d.precision in ("day", "week"))
                   for d in s.own_dates)


def _retold(s: _Sentence, found: list[_Candidate], sites: _Sites,
            candidates: list[_Candidate]) -> _Candidate | None:
    """The told event a sentence's first clause retells when its subject names it ("The strike
    in Nabatieh hit the car", "Saturday's raid on the port destroyed fuel tanks"): the last
    event of the type the subject names at the place the clause gives its act, else the last
    one of that type told in the place's country only ("Militants attacked a school in
    northwestern Pakistan ... The assault began when a bomber struck the school in X")."""
    if not found or found[0].place is None:
        return None
    act = found[0].frame.act
    subject = next((x for x in read_acts(s.text).acts if x.end <= act.start
                    and is_reference(s.text, x)), None)
    if subject is None or any(subject.start < a <= act.start for a, _ in s.clauses) and not (
            _BEGAN_WHEN.match(s.text, subject.end)):
        return None
    kind = None if subject.name == "attack" else subject.event_type
    told = sites.last(kind, [found[0].place])
    if told is None or any(told is c for c in found):
        told = next((c for c in reversed(candidates) if c.place is None
                     and c.country_only == found[0].place.country
                     and kind in (None, c.event_type)), None)
    return told


def _fight_told(s: _Sentence, candidates: list[_Candidate]) -> _Candidate | None:
    """The battle a sentence that opens on "During the fighting" tells the victims of ("During
    the fighting, four civilians were killed in the nearby village of X"): the last battle
    told, one the text dates to a day before one it dates more loosely (the story's news, not
    its history); None when the sentence tells more than killing, fighting and fire."""
    if not FIGHT_TOLD.match(s.text):
        return None
    acts = read_acts(s.text).acts
    if any(x.name not in HARM_ACTS | BATTLE_ACTS and x.event_type != "Explosions/Remote violence"
           for x in acts):
        return None
    battles = [c for c in candidates if c.event_type == "Battles"]
    return max(reversed(battles), key=lambda c: c.date_precision in ("day", None),
               default=None)


def _add_fight_victims(battle: _Candidate, s: _Sentence) -> None:
    """The victims of a sentence that tells a battle's casualties, added to those told before
    unless they are the same people ("22 soldiers" again)."""
    battle.victims.extend(replace(v, more=True) for v in _reported(find_victims(s.text), s))
    battle.sources.append(s.text)
    battle.spans.append((s.start, s.end))


def _tells_untold(s: _Sentence, candidates: list[_Candidate], sites: _Sites) -> bool:
    """Whether a sentence refers to an event the story has not told, at a place it names
    ("The death toll from Saturday's drone strike on a market in Kabkabiya rose to 40"): a
    report of that event, as ACLED codes it, when no event before is at that place or of the
    type it names."""
    if not s.places():
        return False
    named = [x for x in read_acts(s.text).acts if is_reference(s.text, x)]
    if not named:
        return False
    if sites.last(None, [m.place for m in s.places()]) is not None or _unplaced_in(
            s, candidates):
        return False
    types = {x.event_type for x in named if x.name not in GENERIC_ACTS}
    return not candidates or bool(types) and not any(c.event_type in types for c in candidates)


def _referred_to(s: _Sentence, candidates: list[_Candidate], sites: _Sites) -> _Candidate | None:
    """The event a sentence that tells no new one refers back to ("Saturday's raid ... hit
    fuel tanks at Hodeidah port", "That attack killed 12"): the last one at a place the
    sentence names (of the type it names, if one is there: "the Bannu bombing"), else the
    last one of the type it names ("the gun battle": the last battle), else the last one."""
    if not candidates:
        return None
    named = [x for x in read_acts(s.text).acts if is_reference(s.text, x)]
    if not named:
        return None
    types = {x.event_type for x in named if x.name not in GENERIC_ACTS
             and not _ANY_KIND_NOUN.match(s.text, x.start)}
    places = [m.place for m in s.places()]
    # "the toll from Sunday's strike": the strike of that day, not one told since
    days = {d for x in named if (d := _day_naming(s, x)) is not None}
    that_day = next((c for c in reversed(candidates) if c.date in days and (
        not types or c.event_type in types) and (not places or c.place is not None and any(
            _same_site(c.place, p) for p in places))), None)
    if that_day is not None:
        return that_day
    if places:
        typed = {x.event_type for x in named if x.name != "attack"}  # an attack is of any type
        return next((c for t in sorted(typed) if (c := sites.last(t, places))), None) or (
            sites.last(None, places) or _unplaced_in(s, candidates))
    # "the fighting" where no battle was told: an event the story did not tell, not the last;
    # "the attack" is not forces returning its fire
    return next((c for c in reversed(candidates) if c.event_type in types), None) if types else (
        next((c for c in reversed(candidates) if not _answers_fire(c)), candidates[-1]))


#: A noun for an act told before that names no type: "the ambush" may have hit troops or
#: civilians.
_ANY_KIND_NOUN = re.compile(r"ambush", re.IGNORECASE)
#: Between a day and the act it names: "Sunday's strike", "the Monday drone attack".
_DAY_TO_ACT = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?")


def _day_naming(s: _Sentence, act: Found) -> date | None:
    """The day a reference to an event names it by ("Sunday's strike"), or None."""
    return next((d.date for d in s.dates if d.precision == "day"
                 and d.end <= act.start and _DAY_TO_ACT.fullmatch(s.text, d.end, act.start)),
                None)


def _unplaced_in(s: _Sentence, candidates: list[_Candidate]) -> _Candidate | None:
    """The last event told so far that the text placed in a country only, a country where
    the sentence names a place ("an attack in northern Burkina Faso ... The assault targeted
    an army post in Djibo")."""
    countries = {m.place.country for m in s.places()}
    return next((c for c in reversed(candidates)
                 if c.place is None and c.country_only in countries), None)


def _place_told(cand: _Candidate, s: _Sentence, sites: _Sites, *, referred: bool) -> None:
    """Place an event told before where a later sentence about it says: one the text placed
    in a country only, at the most specific place the sentence names in that country, dated
    by the sentence's date; one placed in a region, where a sentence referring to it names a
    place inside ("The attacks took place in Macomia district between June 3 and 5"), dated
    by a finer date of the sentence."""
    if cand.place is None:
        pool = [m for m in s.places() if m.place.country == cand.country_only]
        dates = s.own_dates
    elif referred:
        # not where people fled to ("adding that residents fled to the nearby city of X")
        pool = [m for m in s.places() if KIND_RANK[m.place.kind] < KIND_RANK[cand.place.kind]
                and _same_site(m.place, cand.place) and not _is_destination(s, m)]
        dates = [d for d in s.own_dates if _finer(d.precision, cand.date_precision)]
    else:
        return
    if not pool:
        return  # no more than a mention of the event ("since the bombardment began")
    _set_place(cand, min(pool, key=lambda m: (KIND_RANK[m.place.kind], m.start)), s)
    sites.add(cand)
    if dates:
        cand.date, cand.date_precision = dates[0].date, dates[0].precision
        cand.dated_by_text = cand.datable = True


#: Before a place another is told to lie from: "about 150 km south of (the capital,)" (not
#: across a preposition to another place: "east of the bazaar in").
_DIRECTION_OF = re.compile(rf"\b(?:{compass_stems()})[\w-]*\s+of\s+(?:the\s+)?"
                           r"(?:(?!(?:in|at|to|towards|near|from|into)\b)[\w-]+,?\s+){0,3}?$",
                           re.IGNORECASE)


def _lies_from(s: _Sentence, m: Mention) -> bool:
    """Whether a place is named only as the one another lies from ("Kalat, 150 km south of the
    provincial capital, Quetta": Quetta; "the village of Sinjil near Ramallah": Ramallah),
    not as a site."""
    at = m.start - s.start
    return _DIRECTION_OF.search(s.text, max(0, at - 45), at) is not None or _named_near(s, m)


def _named_near(s: _Sentence, m: Mention) -> bool:
    """Whether a place is named as the one a settlement told before it lies near ("the
    village of Sinjil near Ramallah": Ramallah)."""
    at = m.start - s.start
    return _SETTLEMENT_NEAR.search(s.text, max(0, at - 60), at) is not None


#: A settlement named, then the place it lies near: "the village of Sinjil near ", "Kadawa
#: village, outside ".
_SETTLEMENT_NEAR = re.compile(
    rf"(?:\b{_SETTLEMENT}\s+of\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?|(?-i:[A-Z])"
    rf"[\w'’-]*\s+{_SETTLEMENT})\s*,?\s+(?:near|outside|close\s+to)\s+(?:the\s+(?:city|town)"
    r"\s+of\s+)?$", re.IGNORECASE)


def _dated_when_told(cand: _Candidate, s: _Sentence) -> None:
    """An event dated by the day it was told of, or by the article's, takes the earlier day a
    sentence about it gives, at its own site ("..., police said on Monday. The attack took
    place late on Sunday")."""
    when = s.own_dates[0] if s.own_dates else None
    if not ((cand.dated_by_statement or not cand.dated_by_text) and when is not None
            and cand.date is not None
            and when.date <= cand.date and cand.place is not None
            and all(_same_site(m.place, cand.place) or _lies_from(s, m) for m in s.places())):
        return  # (a town it is told to lie from is no other site: "near Kalat, south of Quetta")
    cand.date, cand.date_precision = when.date, when.precision
    cand.dated_by_statement, cand.dated_by_text = False, True
    cand.at_night = bool(NIGHT.search(when.text))


def _only_describes(s: _Sentence, cand: _Candidate) -> bool:
    """Whether a sentence tells no more than an event told before: no date of its own, no
    place but the event's, no armed side named but the event's."""
    sides = (cand.frame.agent, cand.frame.target)
    return not s.own_dates and all(
        cand.place is not None and _same_site(m.place, cand.place) for m in s.places()) and all(
        x.speaker or not (x.armed or x.kind in STATE) or (x.name is None and x.country is None)
        or any(_one_side(x, side) for side in sides) for x in s.actors or find_actors(s.text))


def _people_hurt_in_destruction(cand: _Candidate, victims: list[Victims], sites: _Sites
                                ) -> None:
    """Destruction by a doer the text names in which people were hurt or killed was an
    attack (by a crowd, mob violence), not destruction alone."""
    if (cand.sub_event_type == "Looting/property destruction" and cand.frame.agent is not None
            and any(not v.armed for v in victims)):
        cand.event_type, cand.sub_event_type = (
            ("Riots", "Mob violence") if cand.frame.role1 == "rioters"
            else ("Violence against civilians", "Attack"))
        sites.add(cand)


def _add_follow_up(
    cand: _Candidate, s: _Sentence, paragraph: list[_Sentence], sites: _Sites, *,
    referred: bool = False, anchored: bool = False,
) -> None:
    """A sentence that only reports casualties adds them to the event before it, within its
    paragraph or as the first sentence of the next, or to the event its paragraph is about
    (``anchored``: "The attack was led by ... At least 10 people were killed"), or to the
    event it refers to; things it counts belong to no event."""
    same_paragraph = cand.paragraph == s.paragraph
    # the first sentence of the next paragraph, or one after sentences there that only
    # describe the event ("Residents said gunmen roamed the streets. Two were killed")
    opens_next = cand.paragraph == s.paragraph - 1 and all(
        _only_describes(p, cand) for p in paragraph)
    if not (same_paragraph or opens_next or referred or anchored):
        return
    _place_told(cand, s, sites, referred=referred)
    if referred or s.own_dates and s.own_dates[0].precision == "day":
        # "..., the military said on Sunday. The militants had gathered there on Friday"
        _dated_when_told(cand, s)
    if cand.frame.territorial and cand.event_type == "Battles" and NO_FIGHTING.search(s.text):
        # "Rebels took the town. No clashes were reported.": ground changed hands peacefully
        cand.event_type, cand.sub_event_type = ("Strategic developments",
                                                "Non-violent transfer of territory")
        sites.add(cand)
    # "The strikes came a day after an attack that killed five": that attack's dead
    other = _CAME_AFTER.search(s.text)
    text = s.text[: other.start()] if other else s.text
    stated = find_victims(text)
    if not referred and same_paragraph:
        # "Settlers torched cars in the village. Two residents were beaten"
        _people_hurt_in_destruction(cand, stated, sites)
    if cand.event_type not in VIOLENCE_AND_DEMONSTRATIONS and not referred:
        return  # casualties are not those of an interception or a visit
    fallen = _forces_among(cand, s, stated) if same_paragraph or referred else None
    if fallen is not None:
        # "Gangs stormed the town. Five were killed, including two police officers": forces
        # fell too, so it was fought with them
        cand.event_type, cand.sub_event_type = "Battles", "Armed clash"
        cand.frame = replace(cand.frame, target=fallen, role2=None)
        sites.add(cand)
    if cand.place is not None and any(not _same_site(m.place, cand.place) for m in s.places()):
        return
    if (_tells_total(s) if referred else names_other_cause(s.text) or _period_total(s.text)):
        # "the outbreak caused 89 deaths", "2,300 killed so far this year", "In September
        # alone, 300 were killed in the fighting": not its victims
        return
    victims = stated or (
        # "a car with two farmers was fired on. The two men were killed": people named
        # before, whom no figure has counted yet
        find_victims(text, told=True) if not any(not v.hurt for v in cand.victims) else [])
    if victims or referred:
        cand.victims.extend(_reported(victims, s))
        cand.sources.append(s.text)
        cand.spans.append((s.start, s.end))
    # "Shells hit a residential area. Two children were killed."
    _struck_civilians(cand, victims)


#: Where a sentence begins to tell another event, the one it speaks of came before or after.
_CAME_AFTER = re.compile(r"\b(?:came|comes|followed)\s+(?:\S+\s+){0,3}?(?:after|before)\s",
                         re.IGNORECASE)


def _struck_civilians(cand: _Candidate, victims: list[Victims]) -> None:
    """A strike with no target named whose victims are people, none of them armed, hit
    civilians, as it would have had one clause told both."""
    frame = cand.frame
    if (cand.event_type == "Explosions/Remote violence" and frame.target is None
            and frame.role2 is None and not any(v.armed for v in victims)
            and any(v.armed is False or v.group == "people" for v in victims)):
        cand.frame = replace(frame, role2="civilians")


def _forces_among(cand: _Candidate, s: _Sentence, stated: list[Victims]
                  ) -> ActorMention | None:
    """The armed forces among the dead or hurt a sentence tells of an armed group's attack
    ("Five were killed, including two police officers"), other than the attackers' kind."""
    agent = cand.frame.agent
    if cand.sub_event_type != "Attack" or agent is None or not agent.armed or not stated:
        return None
    return next((x for x in find_actors(s.text) if x.armed and not x.speaker
                 and x.kind != agent.kind and (
                     _AMONG_VICTIMS.search(s.text, max(0, x.start - 30), x.start)
                     or any(v.armed for v in stated))), None)


#: Words before some of the victims counted: "including two", "among them three".
_AMONG = r"including|among them"
_AMONG_VICTIMS = re.compile(rf"\b(?:{_AMONG})\s+(?:\S+\s+){{0,2}}$", re.IGNORECASE)
#: The same, or a share of them: "most of them soldiers", "some of whom were police".
_FORCES_AMONG = re.compile(rf"\b(?:{_AMONG}|(?:most|many|some|all|half|several)\s+of\s+"
                           r"(?:them|whom)(?:\s+were)?)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def _reported(victims: list[Victims], s: _Sentence) -> list[Victims]:
    """Victims as figures of one report (the sentence), adding to earlier ones if it says so."""
    more = bool(ADDITION.search(s.text))
    return [replace(v, report=s.start, more=more or v.more) for v in victims]


def _locate(
    cand: _Candidate,
    s: _Sentence,
    a: int,
    b: int,
    act_at: int,
    paragraph: list[_Sentence],
    recent: tuple[list[_Sentence], int],
    earlier: list[_Candidate],
    regions: dict[str | None, Place],
    framed: list[tuple[int, int]],
) -> None:
    """The event's place, from the clause, the sentence, the words "the area" (a place of
    the last few sentences), the paragraph's events, the places the paragraph names, or,
    for a part of a town the gazetteer lacks, the town told just before, in that order."""
    if NATIONWIDE.search(s.text, max(a, act_at - 25), min(b, act_at + 40)) and not any(
            act_at < m.start - s.start < b for m in s.places()):
        return  # "triggering nationwide protests": no one place, whatever the sentence names
    subject = ANAPHOR.match(s.text, a + len(s.text[a:b]) - len(s.text[a:b].lstrip()))
    if subject and subject.group("noun") and subject.start() < act_at:
        # "The bridge ..., was struck": the subject names a place told before
        found = _last_place(recent[0], s.start, _ANAPHOR_KINDS.get(subject["noun"].lower(), ()),
                            upto=recent[1])
        if found is not None and found[0].place.kind == "facility":
            _set_place(cand, found[0], found[1])
            return
    # a place that only says whose forces act ("Somaliland police fired") places the event
    # only where nothing else does
    forces_of = [m for m in s.places() if any(
        x.start >= m.end - s.start and not s.text[m.end - s.start : x.start].strip()
        and (x.armed or x.kind in STATE) for x in s.actors)]
    cited = [m for m in s.mentions if _SOURCE_AFTER.match(s.text, m.end - s.start) and (
             _SOURCE_BEFORE.search(s.text, max(0, m.start - s.start - 80), m.start - s.start)
             or m.place.kind != "country" and _SOURCE_OPENS.search(
                 s.text, max(0, m.start - s.start - 8), m.start - s.start))
             or cited_before(s.text, m.start - s.start)
             and _SOURCE_ENDS.match(s.text, m.end - s.start)]
    inside = [m for m in s.mentions if a <= m.start - s.start < b and m not in cited
              and not NOT_LOCATION.search(s.text, 0, m.start - s.start)
              and not _agreed_in(s, m, act_at)
              and not CLOCK.match(s.text, m.end - s.start)
              and not HOME_BASE.match(s.text, m.end - s.start) and m not in forces_of]
    sub = [m for m in inside if m.place.kind in KIND_RANK]
    # "in Kadawa (Gusau, Zamfara)": the bracket says where Kadawa is; the event is at Kadawa
    sub = [m for m in sub if not _in_brackets_after(s, m, sub)] or sub
    named = {m.place.country for m in inside if m.place.kind == "country"}
    if not sub:
        # named in an earlier clause, or in a later one that reports nothing of its own (in
        # the country the clause names, if it names one); a clause at sea looks only back
        at_sea = any(m.place.kind == "water" for m in inside)
        sub = [m for m in s.places() if (m.start < s.start + a or not at_sea and not any(
               x <= m.start - s.start < y for x, y in framed))
               and (not named or m.place.country in named)
               and not HOME_BASE.match(s.text, m.end - s.start) and not _agreed_in(s, m, act_at)
               and m not in forces_of and m not in cited]
        # ... not one named only as where another lies from ("retook X, 40 km west of Y,
        # after fighting": the fighting was at X)
        sub = [m for m in sub if not _lies_from(s, m)] or sub
    if cand.frame.act.name in TRANSFER_ACTS:
        # "forced the troops to withdraw towards X": where they went is not where it happened
        sub = [m for m in sub if not _is_destination(s, m)]
    facility = ANAPHOR.search(s.text, 0, s.text.find(" ", act_at) if " " in s.text[act_at:]
                              else len(s.text))
    if facility and (facility["noun"] or "").lower() in _FACILITY_NOUNS and all(
            KIND_RANK[m.place.kind] >= KIND_RANK["admin1"] for m in sub):
        # "the Gaza side of the crossing": the crossing told before, not the region
        found = _last_place(recent[0], s.start + facility.start(), _FACILITY,
                            upto=recent[1] + 1)
        if found is not None:
            _set_place(cand, found[0], found[1])
            return
    if sub and (told := _told_settlement(s, sub, recent)) is not None:
        _set_place(cand, *told)
        return
    if len(sub) == 1:  # no other place to weigh it against
        _set_place(cand, sub[0], s)
        return
    if sub:
        at = s.start + act_at
        if cand.frame.act.name in DISPLACEMENT_ACTS:
            # people leaving: the event is where they left, not where they went
            best = min(sub, key=lambda m: (not _is_origin(s, m), _is_destination(s, m),
                                           KIND_RANK[m.place.kind], m.start))
        else:
            # the region of a place something came from is no better a site than that place
            # ("fired on a car driving from Vorzel, Kyiv region"); nor is where it was going,
            # where another place is named ("fired on a bus from X to Y near Z")
            # an end of a road named for its two ends ("blocked the Dhaka-Mymensingh highway
            # in Gazipur") is the site only where no other place is named
            origins = {m.place.admin1_iso for m in sub if _is_origin(s, m)}
            routed = any(_is_origin(s, m) for m in sub)
            # what a protest is about is not where it is ("marched in Dhaka, protesting the
            # attack in Faridpur")
            purpose = read_acts(s.text).purpose if cand.event_type in (
                "Protests", "Riots") else None
            about = len(s.text) if purpose is None or purpose < act_at else purpose
            # an unsure place in another country than the sure ones beside it is a namesake
            # read wrongly ("In Mwanza, on the shores of Lake X"), not the site
            sure = {m.place.country for m in sub if m.confidence >= LOW_CONFIDENCE}
            best = min(sub, key=lambda m: (
                m.start - s.start >= about, _names_road(s, m),
                _is_origin(s, m) or (m.place.kind == "admin1" and m.place.admin1_iso in origins),
                routed and _is_destination(s, m), _names_office(s, m),
                # "the village of X near Y", "X district, 40 km south of Y": X
                _names_whole(s, m, sub), _lies_from(s, m),
                m.confidence < LOW_CONFIDENCE and m.place.country not in sure,
                KIND_RANK[m.place.kind], m.start < at, abs(m.start - at)))
        _set_place(cand, best, s)
        return
    ref = ANAPHOR.search(s.text, a, b) or ANAPHOR.search(s.text, 0, a)
    if ref:
        # the kinds the noun fits, the closest fit first ("the same district": the district
        # told, not a town named since), then any place
        kinds = _ANAPHOR_KINDS.get((ref.group("noun") or "").lower(), ())
        found = next(filter(None, (_last_place(recent[0], s.start + ref.start(), fit,
                                               upto=recent[1] + 1)
                                   for fit in [(kind,) for kind in kinds] + [()])), None)
        if found is not None:
            _set_place(cand, found[0], found[1])
            return
    # the country the clause names, else one another clause of the sentence names as where
    # something happened ("Russia launched drones at Ukraine; air defences shot down 72"):
    # the event is there, not at a place an earlier sentence named, nor at one people or
    # weapons came from ("killed 13 soldiers: nine from South Africa")
    countries = [m.place.country for m in inside if m.place.kind == "country"
                 and not _is_origin(s, m)] or [
        m.place.country for m in s.mentions if m.place.kind == "country" and m not in cited
        and m not in forces_of and not HOME_BASE.match(s.text, m.end - s.start)
        and not _is_origin(s, m)]
    # "a ship in the Red Sea": at sea, where nothing on land is named
    water = [m for m in inside if m.place.kind == "water"]
    if countries:
        cand.country_only = countries[0]
        # a country named beside a place in it: the event is in that place's region
        same = [m for m in s.places() if m.place.country == countries[0]]
        if same and same[0].place.admin1_iso:
            cand.place = regions.get(same[0].place.admin1_iso) or _region_of(same[0].place)
            cand.precision = 3
        elif water:  # "..., the US military said"
            _set_place(cand, water[0], s)
        return
    before = [c for c in earlier if c.paragraph == s.paragraph and c.place is not None]
    if before and not SEPARATELY.match(s.text):
        cand.place, cand.precision = before[-1].place, before[-1].precision
        return
    found = _last_place(paragraph, s.start, (), specific=True)
    lacking = [(u.start - s.start, u.end - s.start) for u in s.unplaced
               if a <= u.start - s.start < b]
    quarter = found is None and any(names_quarter(s.text, x, y) for x, y in lacking)
    if quarter:
        # "clashed in the Abu Salim neighbourhood", a part of a town no gazetteer entry fits
        found = _town_told_before(s, recent)
    if found is None and s.dateline_town is not None and (
            quarter or any(names_town_site(s.text, x, y) for x, y in lacking)):
        # "YANGON - ... protested outside Sule Pagoda", where the story has named no town:
        # a site of the dateline's town, placed there roughly
        cand.place, cand.precision = s.dateline_town.place, 2
        return
    if found is not None:
        _set_place(cand, found[0], found[1])
    elif earlier and earlier[-1].place is None and earlier[-1].country_only and not (
            SEPARATELY.match(s.text)):
        # "Gunmen killed 40 in a village in western Niger ... The attackers opened fire":
        # in the country of the report just told, not at a place a later paragraph names
        cand.country_only = earlier[-1].country_only
    elif cited and cited[0].place.kind == "country":  # "..., police in Nigeria said"
        cand.country_only = cited[0].place.country
    elif cited:  # "..., the governor of Borno state said": the source's area, where no other
        _set_place(cand, cited[0], s)
    elif forces_of:
        _set_place(cand, forces_of[0], s)
    elif water:
        _set_place(cand, water[0], s)


def _town_told_before(s: _Sentence, recent: tuple[list[_Sentence], int]
                      ) -> tuple[Mention, _Sentence] | None:
    """The town a part of a town lies in: the last town named in the sentences before, of
    this paragraph or the two before it (a wire story names its town in the lead), not as
    where a statement came from ("officials in Cairo said")."""
    sentences, i = recent
    for t in reversed(sentences[:i]):
        if t.paragraph < s.paragraph - 2:
            return None
        towns = [m for m in t.places() if m.place.kind == "city"
                 and not SPEECH_AFTER.match(t.text[m.end - t.start :])]
        if towns:
            return towns[-1], t
    return None


def _agreed_in(s: _Sentence, m: Mention, act_at: int) -> bool:
    """Whether a place is only where an agreement the sentence refers to was made, not
    where the event's own act (at ``act_at`` in the sentence) is the agreement."""
    said = AGREED_IN.search(s.text, max(0, m.start - s.start - 70), m.start - s.start)
    return said is not None and not said.start() <= act_at < said.end()


def _is_origin(s: _Sentence, m: Mention) -> bool:
    """Whether a place is where a weapon came from ("fired from Rafah toward Tel Aviv"): the
    event is where it hit."""
    return bool(ORIGIN.search(s.text, max(0, m.start - s.start - 30), m.start - s.start))


def _names_road(s: _Sentence, m: Mention) -> bool:
    """Whether a place is one end in the name of a road or a train ("the Dhaka-Mymensingh
    highway", "a Kyiv-Lviv passenger train") or where a road leads ("the highway to
    Damascus")."""
    a, b = m.start - s.start, m.end - s.start
    return bool(ROAD_AFTER.match(s.text, b) or (
        ROAD_GAP.search(s.text, max(0, a - 3), a) and ROAD_WORD.match(s.text, b))
        or ROAD_TO.search(s.text, max(0, a - 50), a))


def _names_whole(s: _Sentence, m: Mention, others: list[Mention]) -> bool:
    """Whether a place is the city a smaller part of which is named with it: "the
    Port-au-Prince suburb of Croix-des-Bouquets", "the Cite Soleil neighbourhood of
    Port-au-Prince", "in Cukurca district of Hakkari". The part is the site."""
    def joined(a: Mention, b: Mention) -> bool:
        return PART_OF_AFTER.fullmatch(s.text, a.end - s.start, b.start - s.start) is not None

    first = THE_BEFORE.search(s.text, max(0, m.start - s.start - 12),
                              m.start - s.start) is not None and any(
        joined(m, o) and _size(o.place) < _size(m.place) for o in others if o.start > m.end)
    return first or any(joined(o, m) and _size(o.place) <= _size(m.place)
                        for o in others if o.end < m.start)


def _size(place: Place) -> tuple[int, int]:
    """How large a place is, to tell a whole from its part: a region holds a district, a
    district its towns (the gazetteer gives units no population), then by population."""
    return KIND_RANK.get(place.kind, 0), place.population


def _names_office(s: _Sentence, m: Mention) -> bool:
    """Whether a place names someone's office ("a former mayor of Lascahobas", "the governor
    of Borno"): where the act happened only if no other place is named."""
    return bool(OFFICE_OF.search(s.text, max(0, m.start - s.start - 40), m.start - s.start))


def _is_destination(s: _Sentence, m: Mention) -> bool:
    """Whether a place is where people went or were taken ("evacuated to Zaporizhzhia", "fled
    to the nearby city of Saint-Marc")."""
    return bool(DESTINATION.search(s.text, max(0, m.start - s.start - 40), m.start - s.start))


def _told_settlement(s: _Sentence, sub: list[Mention],
                     recent: tuple[list[_Sentence], int]) -> tuple[Mention, _Sentence] | None:
    """The settlement told before that a sentence names by what it lies near ("in the village
    near Tubas", after "the village of Tamun"), where the sentence names no other place to
    be at, within ``NEAR_KM`` of it."""
    said = [TOLD_NEAR.search(s.text, max(0, m.start - s.start - 40), m.start - s.start)
            for m in sub]
    if not all(said):
        return None
    told = _last_place(recent[0], s.start, _ANAPHOR_KINDS[said[0]["noun"].lower()],
                       upto=recent[1])
    if told is None or told[0].place == sub[0].place:
        return None
    near, there = told[0].place, sub[0].place
    return told if km_between(near.lat, near.lon, there.lat, there.lon) <= NEAR_KM else None


def _last_place(
    sentences: list[_Sentence], before: int, kinds: tuple[str, ...], *, upto: int | None = None,
    specific: bool = False,
) -> tuple[Mention, _Sentence] | None:
    """The last sub-country place named in ``sentences`` (the first ``upto`` of them) before
    an offset (of a kind; none if a settlement the gazetteer lacks was named after it), not
    one named only as where a site lies from; with ``specific``,
    the most specific place of the last sentence that names one ("in Barranquilla,
    Atlantico": Barranquilla)."""
    for k in range((len(sentences) if upto is None else upto) - 1, -1, -1):
        s = sentences[k]
        # a settlement no gazetteer entry fits, placed at its region, is still one: "the town
        # of Um Sumeima in North Kordofan" is "the town"
        pool = [m for m in s.places() if m.start < before and (
            not kinds or m.place.kind in kinds or "city" in kinds and _named_settlement(s, m))]
        pool = [m for m in pool if not _lies_from(s, m)] or pool
        if "city" in kinds and any(u.start < before and (not pool or u.start > pool[-1].start)
                                   and _named_settlement(s, u) for u in s.unplaced):
            return None  # "the town of Kadawa" (no gazetteer entry at all) is "the town"
        if pool and specific:
            return min(reversed(pool), key=lambda m: KIND_RANK[m.place.kind]), s
        if pool:
            return pool[-1], s
    return None


def _named_settlement(s: _Sentence, m: Mention) -> bool:
    """Whether the text names a place as a settlement ("the town of X"), whatever it was
    resolved to."""
    at = m.start - s.start
    return SETTLEMENT_OF.search(s.text, max(0, at - 20), at) is not None


def _in_brackets_after(s: _Sentence, m: Mention, others: list[Mention]) -> bool:
    """Whether a mention is inside the brackets that follow another one, as its district or
    region ("Kadawa (Gusau, Zamfara)"), or that follow a place named with its unit word
    ("Gusau LGA (Zamfara)", "Kadawa town (Gusau, Zamfara)"), unless that place was read unsure:
    a town placed only by its region is placed better by the brackets."""
    opened = s.text.rfind("(", 0, m.start - s.start)
    return opened > 0 and ")" not in s.text[opened : m.start - s.start] and any(
        o.end - s.start <= opened and _qualified_by_brackets(o, s.text[o.end - s.start : opened])
        for o in others)


def _qualified_by_brackets(m: Mention, gap: str) -> bool:
    """Whether brackets after a place, ``gap`` before them, tell where it lies: right after it,
    or after a word that marks it as a place ("village", "LGA", "municipality") if it was read
    sure."""
    words = gap.split()
    return not words or len(words) == 1 and words[0].lower() in cue_words("marks_place") and (
        m.confidence >= LOW_CONFIDENCE)


def _set_place(cand: _Candidate, m: Mention, s: _Sentence) -> None:
    cand.place = m.place
    before = s.text[: max(0, m.start - s.start)]
    if m.place.kind in ("admin1", "region_other", "water"):
        cand.precision = 3
    elif m.place.kind == "admin2" or m.place.radius_km or NEAR.search(before):
        cand.precision = 2  # near a town, a district, or a place known only roughly
    elif any(u.end <= m.start and _village_in(s, u, m) for u in s.unplaced):
        cand.precision = 2  # "in Kadawa village in Gusau": a village no gazetteer entry fits
    else:
        cand.precision = 1


def _village_in(s: _Sentence, village: Mention, town: Mention) -> bool:
    """Whether the sentence names a village it could not place as lying in or near a town it
    names next ("Kadawa village in Gusau", "the village of Kadawa, Gusau")."""
    gap = s.text[village.end - s.start : town.start - s.start]
    named = SETTLEMENT_OF.search(s.text, max(0, village.start - s.start - 20),
                                 village.start - s.start)
    return IN_TOWN.fullmatch(gap) is not None or (
        named is not None and IN_TOWN_AFTER_NAMED.fullmatch(gap) is not None and gap.strip() != "")


def _date(
    cand: _Candidate,
    s: _Sentence,
    clause: tuple[int, int],
    paragraph: _Paragraph,
    published: date | None,
    sites: _Sites,
    last: _Candidate | None,  # the last event the text dates
    lead: _Candidate | None,  # the first, the story's own
) -> None:
    """The event's date: its clause's, an earlier clause's, the statement's, the paragraph's
    last stated date (or the event told before, for an addition: "Protests also took place
    in ..."); else that of the last event of its type at its place (a later report of it),
    else that of the first event the text dates (a story tells its day's events: "In Kisumu,
    two protesters were shot dead" after Wednesday's march), else the article's (its
    publication date)."""
    a, b = clause
    at = cand.position - s.start
    head = _head_of(s, a, at)
    purpose = read_acts(s.text).purpose
    about = (0, 0)  # what the protest is about, whose dates are not its own
    if purpose is not None and cand.event_type in ("Protests", "Riots"):
        # "to mark the battle of 1918": not the protest's date; but a protest that "turned
        # violent on Wednesday" after its purpose is dated after it
        if at < purpose and not _own_day_after_purpose(s, purpose, b):
            b = min(b, max(a, purpose))
        elif at >= purpose:
            about = (purpose, at)
    # not the day of what is to come ("arrested 40 activists ahead of a planned rally on
    # Saturday")
    dates = [d for d in s.own_dates
             if not AHEAD_OF.search(s.text, max(0, d.start - 50), d.start)]
    # a day counted from another the sentence tells, after another act ("On 30 April, troops
    # took the base, after an attack launched the previous day"), is that act's
    # (or after what a protest is about: "marched on 30 April over a killing the previous day")
    told = read_acts(s.text)
    others = [x.start for x in told.acts] + ([told.purpose] if told.purpose is not None else [])
    own = sorted((d for d in dates if head <= d.start < b
                  and not about[0] <= d.start < about[1]
                  and not _other_act_in_brackets(s.text, at, d.start)),
                 key=lambda d: (d.relative and any(x.precision == "day" and x.end <= d.start
                                                   for x in dates)
                                and any(at < x < d.start for x in others),
                                abs(d.start - at), d.start < at))
    asides = [m.span() for m in ASIDE_END.finditer(s.text, 0, a)]
    # not the date of an aside before the clause (", which has held the city since 2024,")
    earlier = [d for d in dates
               if d.start < a and not any(x <= d.start < y for x, y in asides)
               and not _counts_from_nothing(s, d)]
    chosen = next(iter(own), None)
    if chosen is not None and chosen.start == a and INTRODUCES.fullmatch(chosen.text):
        named = next((d for d in own if d is not chosen and not INTRODUCES.fullmatch(d.text)),
                     None)
        # "... came a day after a drone hit a bus on Tuesday": the clause's own day; else
        # "..., a day after warplanes bombed Hodeidah": the bombing was a day before
        main = next((d for d in s.own_dates if d.start >= b and d.precision == "day"
                     and not INTRODUCES.fullmatch(d.text)), None) if a == 0 else None
        base = s.anchor or published
        if named is None and main is not None and base is not None:
            # "A day after troops killed 12 villagers, gunmen ambushed a convoy on Tuesday":
            # the killing was the day before the main clause's day
            named = replace(chosen, date=main.date - (chosen.date - base))
        chosen = named or replace(chosen, date=chosen.date - 2 * (chosen.date - (
            earlier[-1].date if earlier else s.speech_date.date if s.speech_date else
            s.anchor or chosen.date)))
    if chosen is None and earlier and not _counted_from_fronted(s, a, published):
        cand.borrowed_date = True  # the day of another act told before it in the sentence
    chosen = chosen or _counted_from_fronted(s, a, published) or (
        earlier[-1] if earlier else _same_time(s, b) or _told_with_place(s, b, cand))
    goes_on = chosen is None and GOES_ON.match(s.text) and not CONTINUES_STATEMENT.match(
        s.text)  # not "He said ...": its speaker's word
    if goes_on and paragraph.last_date is not None:
        chosen = paragraph.last_date  # "The attackers also burned houses, police said on Monday"
    elif goes_on and last is not None and last.date is not None:
        cand.date, cand.date_precision = last.date, last.date_precision
        return
    same = sites.last(cand.event_type, [cand.place]) if cand.place is not None else None
    if chosen is None and same is not None and any(
            is_reference(s.text, x) for x in read_acts(s.text).acts):
        # "The attack on the base in Tibu began ..., a commander told reporters on Sunday":
        # the attack told before, on its day, not the day it was spoken of
        cand.date, cand.date_precision = same.date, same.date_precision
        cand.datable = same.datable
        return
    chosen = chosen or _fighting_began(s)
    if chosen is None and s.speech_date is not None:
        chosen, cand.dated_by_statement = s.speech_date, True
    chosen = chosen or paragraph.last_date
    if chosen is not None:
        cand.date, cand.date_precision = chosen.date, chosen.precision
        told_before = s.text[max(0, chosen.start - 25) : chosen.start] if chosen in s.dates else ""
        cand.at_night = bool(NIGHT.search(f"{told_before} {chosen.text}"))
        return
    if same is not None:
        cand.date, cand.date_precision = same.date, same.date_precision
        cand.datable = same.datable
    elif lead is not None and lead.date is not None:
        cand.date, cand.date_precision = lead.date, lead.date_precision
    elif published is not None:
        cand.date, cand.date_precision = published, "day"
        cand.dated_by_text = False
    else:
        # no publication date to count from: an event the text dates at all ("on Sunday")
        # stays, undated; one it gives no time is not datable
        cand.datable = paragraph.has_date_phrase() or has_date_phrase(s.text)


def _counts_from_nothing(s: _Sentence, d: DateMatch) -> bool:
    """Whether a date only counts days from an event whose day the text has not told ("Three
    days before the election, ..." with no date before it): read from the publication date,
    it is no day of the story's."""
    return bool(INTRODUCES.fullmatch(d.text)) and s.anchor is None and not any(
        x.end <= d.start for x in s.dates)


def _counted_from_fronted(s: _Sentence, a: int, published: date | None) -> DateMatch | None:
    """The day of the main clause after an opening clause that counts days from another
    event's day ("Three days after rebels seized the post on Sunday, the army struck ...":
    the Wednesday), or None."""
    if len(s.clauses) < 2 or a != s.clauses[1][0]:
        return None
    first = next((d for d in s.dates if d.start < a), None)
    if first is None or not INTRODUCES.fullmatch(first.text) or s.text[: first.start].strip():
        return None
    told = next((d for d in s.own_dates if first.end <= d.start < a and d.precision == "day"
                 and not INTRODUCES.fullmatch(d.text)), None)
    base = s.anchor or published  # what the opening count was read from (``find_dates``)
    if told is None or base is None:
        return None
    return replace(told, date=told.date + (first.date - base))


def _own_day_after_purpose(s: _Sentence, purpose: int, end: int) -> bool:
    """Whether a protest's clause tells its day after what it is about, with no act between
    ("protested against conscription outside the pagoda on Sunday"); not "against the
    killing of a student on Friday", nor the day of an anniversary ("to mark the anniversary
    of 13 May")."""
    days = [d for d in s.own_dates if purpose <= d.start < end and d.precision == "day"
            and not _OF_BEFORE.search(s.text, max(0, d.start - 4), d.start)]
    return bool(days) and not any(purpose <= x.start < days[0].start
                                  for x in read_acts(s.text).acts)


#: "of" right before a date: the day of something else ("the anniversary of 13 May").
_OF_BEFORE = re.compile(r"\bof\s+$")


def _other_act_in_brackets(text: str, at: int, pos: int) -> bool:
    """Whether a date lies in brackets opened after the event's act that tell another act
    ("the forces took the town (the rebels had held it since 16 May)"): the aside's date."""
    opened = text.rfind("(", at, pos)
    if opened == -1 or ")" in text[opened:pos]:
        return False
    closed = text.find(")", pos)
    return bool(read_acts(text).in_span(opened, closed if closed != -1 else len(text)))


def _told_with_place(s: _Sentence, after: int, cand: _Candidate) -> DateMatch | None:
    """The day told right after the event's place in a later clause: the day of the event
    that clause places ("agreed to stop fighting after talks in Bankass on Saturday",
    "shot dead during protests over the vote in Nampula on Tuesday")."""
    for m in s.places():
        end = m.end - s.start
        if m.place is cand.place and m.start - s.start >= after:
            return next((d for d in s.own_dates if d.precision == "day" and d.start >= end
                         and not s.text[end : d.start].strip(" ,")), None)
    return None


def _same_time(s: _Sentence, after: int) -> DateMatch | None:
    """The date of a later clause that tells when the event was ("..., killing 11, when a
    bomb hit a school on Wednesday")."""
    for a, b in s.clauses:
        if a >= after and SAME_TIME.match(s.text, a):
            return next((d for d in s.own_dates if a <= d.start < b), None)
    return None


class _Sites:
    """The events read so far by where they are, for the last one at a place (of a type)
    that ``_same_site`` finds, without a scan of every event: an event is filed under its
    place's name and kind and its region; a place looks in those lines from the end."""

    def __init__(self) -> None:
        self._lines: dict[tuple, list[tuple[int, _Candidate]]] = {}
        self._order: dict[int, int] = {}  # id of an event -> the order it was read in

    def add(self, c: _Candidate) -> None:
        """File an event (again, after its type changed) if it has a place."""
        if c.place is None:
            return
        seq = self._order.setdefault(id(c), len(self._order))
        for event_type in (c.event_type, None):
            for key in self._keys(event_type, c.place, filed=True):
                line = self._lines.setdefault(key, [])
                if not any(e is c for _, e in line[-1:]):
                    insort(line, (seq, c), key=lambda x: x[0])

    def last(self, event_type: str | None, places: list[Place]) -> _Candidate | None:
        """The last event read (of ``event_type``, or any) at the same site as one of
        ``places``."""
        best: tuple[int, _Candidate] | None = None
        for place in places:
            for key in self._keys(event_type, place, filed=False):
                for seq, e in reversed(self._lines.get(key, ())):
                    if best is not None and seq <= best[0]:
                        break
                    if (event_type is None or e.event_type == event_type) and _same_site(
                            e.place, place):
                        best = (seq, e)
                        break
        return best[1] if best else None

    @staticmethod
    def _keys(event_type: str | None, place: Place, *, filed: bool) -> list[tuple]:
        """An event is filed under its name and kind, its region ("in") and, a region
        itself, as the region ("region"), a district also under the town it is named for; a
        region looks for the events in it, another place for its region, a town for its
        district."""
        keys = [(event_type, "named", place.name, place.kind)]
        region = place.admin1_iso
        if place.kind == ("admin2" if filed else "city"):  # a district and the town it is named for
            keys.append((event_type, "named for", region, name_head(place)))
        if region is not None and filed:
            keys.append((event_type, "in", region))
            if place.kind == "admin1":
                keys.append((event_type, "region", region))
        elif region is not None:
            keys.append((event_type, "in" if place.kind == "admin1" else "region", region))
        return keys


def _same_site(a: Place, b: Place) -> bool:
    """The same place, a region and a place in it, or a town and the district named for it."""
    if a == b or (a.name, a.kind) == (b.name, b.kind) or town_and_its_district(a, b):
        return True
    return "admin1" in (a.kind, b.kind) and a.admin1_iso is not None and (
        a.admin1_iso == b.admin1_iso)


def _head_of(s: _Sentence, a: int, at: int) -> int:
    """Where the clause an act belongs to starts: its own, or, when an aside comes between it
    and its subject ("Saturday's raid, ... since the war began, hit"), the one before."""
    if AFTER_ASIDE.fullmatch(s.text, a, at):
        return max((x for x, _ in s.clauses if x < a), default=a)
    return a


def _region_of(place: Place) -> Place:
    """The first-level region holding a place, at the place's point when nothing better is known."""
    return Place(
        name=place.admin1_name or place.admin1_iso or place.name,
        kind="admin1",
        lat=place.lat,
        lon=place.lon,
        country=place.country,
        admin1_iso=place.admin1_iso,
        admin1_name=place.admin1_name,
        source=place.source,
    )


# ----------------------------------------------------------------------------- merging


def _merge(cands: list[_Candidate], outlet: str | None) -> list[_Candidate]:
    """One event per real-world event: candidates that ``same_event`` says report one event
    are merged, keeping the most specific sub-event type, place and date."""
    events: list[_Candidate] = []
    views: list[Event] = []
    index = _EventIndex()
    for c in cands:
        view = _view(c)
        i = next((i for i in index.possible(c) if _same(events[i], views[i], c, view)), None)
        if i is None:
            events.append(c)
            views.append(view)
            index.add(len(events) - 1, c)
        else:
            index.remove(i, events[i])
            _absorb(events[i], c)
            views[i] = _view(events[i])
            index.add(i, events[i])
    return sorted(events, key=lambda e: e.position)


def _without_sums(events: list[_Candidate]) -> list[_Candidate]:
    """The events less those that only sum up others: an event told of a whole region
    ("strikes killed 15 across the Strip") whose toll is that of two or more events of its
    type, day and country told at finer places ("eight in Khan Younis", "seven in Gaza City")
    is their sum, not another event; its sentence joins the first of them."""
    out = []
    killed = {id(e): combine(v for v in e.victims if not v.hurt) for e in events}
    for e in events:
        parts = [o for o in events if o is not e and o.event_type == e.event_type
                 and o.date == e.date and o.place.country == e.place.country
                 and o.precision < e.precision] if killed[id(e)] and e.precision == 3 else []
        if len(parts) >= 2 and sum(killed[id(o)] or 0 for o in parts) == killed[id(e)]:
            for text, span in zip(e.sources, e.spans, strict=True):
                if span not in parts[0].spans:
                    parts[0].sources.append(text)
                    parts[0].spans.append(span)
            continue
        out.append(e)
    return out


class _EventIndex:
    """The events read so far, by region and date, for the ones a report may be of.

    ``_same`` holds only for events in the report's country and first-level region
    (``same_event``'s places), and, when both are dated by the text, at dates that agree:
    within ``WEEK_SLACK_DAYS`` of each other (hence a month either side) or in one month for
    coarser dates (no event is dated to a year only). An event or report dated by the article
    alone agrees with any date. ``possible`` gives, in order, the events that may match: a
    superset of the matches, so the first match is the one a scan of every event finds, at the
    cost of the events of a few months of one region.
    """

    def __init__(self) -> None:
        self._by_key: dict[tuple, list[int]] = {}

    def add(self, i: int, c: _Candidate) -> None:
        for key in self._keys(c):
            insort(self._by_key.setdefault(key, []), i)

    def remove(self, i: int, c: _Candidate) -> None:
        for key in self._keys(c):
            line = self._by_key[key]
            del line[bisect_left(line, i)]

    def possible(self, c: _Candidate):
        """Indices of the events ``c`` may be a report of, ascending."""
        region = (c.place.country, c.place.admin1_iso)
        if not c.dated_by_text:
            lines = [self._by_key.get((*region, "all"), [])]
        elif c.date is None:
            lines = [self._by_key.get((*region, "undated"), []),
                     self._by_key.get((*region, "article"), [])]
        else:
            month = c.date.year * 12 + c.date.month - 1
            if c.date_precision == "month":
                months = range(month, month + 1)
            else:
                months = range(month - 1, month + 2)
            lines = [self._by_key.get((*region, "month", m), []) for m in months]
            lines.append(self._by_key.get((*region, "article"), []))
        seen = -1
        for i in heapq.merge(*lines):
            if i != seen:
                seen = i
                yield i

    @staticmethod
    def _keys(c: _Candidate) -> list[tuple]:
        region = (c.place.country, c.place.admin1_iso)
        keys = [(*region, "all")]
        if not c.dated_by_text:
            keys.append((*region, "article"))
        elif c.date is None:
            keys.append((*region, "undated"))
        else:
            keys.append((*region, "month", c.date.year * 12 + c.date.month - 1))
        return keys


def _same(into: _Candidate, event: Event, c: _Candidate, report: Event) -> bool:
    """Whether a report is of an event already read (``same_event``); a report the text
    gives no date is of any day, one dated by a night of either day of it, a retelling that
    dates an event told with the day it was told of a day or two before is of that event, a
    vague toll agrees with any figure, and looting at a violent event, told before or after
    it, is part of it."""
    if not (c.dated_by_text and into.dated_by_text) and event.date and report.date:
        report = replace(report, date=event.date, date_precision=event.date_precision)
    elif (into.at_night or c.at_night) and event.date and report.date and abs(
            (event.date - report.date).days) == 1:
        report = replace(report, date=event.date)  # "overnight" and "late Wednesday": one night
    elif (into.borrowed_date != c.borrowed_date) and event.date and report.date and abs(
            (event.date - report.date).days) <= 1:
        # "Drones hit the city on Sunday, as the army retook two towns in the province", then
        # "troops retook X and Y after fighting on Saturday": the lead told the detail's event
        # with the day of another act beside it
        report = replace(report, date=event.date)
    elif into.dated_by_statement and not c.dated_by_statement and event.date and report.date and (
            0 <= (event.date - report.date).days <= STATEMENT_LAG_DAYS):
        # "killed 18, residents said Tuesday", then "bombed it at 1 a.m. Monday": Monday's
        report = replace(report, date=event.date)
    if any(v.vague and not v.hurt for v in (*into.victims, *c.victims)):
        # "killed dozens of soldiers", then "more than 200": a vague amount is no figure to
        # tell two events apart by (ACLED counts it only where no figure is given)
        report = replace(report, fatalities=None)
    return same_event(event, report, across_articles=False) or _part_of(
        report, event, warning_shots=c.frame.act.name == "warning_shots") or (
        event.sub_event_type == "Looting/property destruction" and _part_of(event, report)
    ) or (
        # "fired a missile at the airport ... the missile was intercepted": launch told first,
        # that hurt no one
        report.sub_event_type == "Disrupted weapons use" and c.frame.act.name in INTERCEPT_ACTS
        and not event.fatalities and not event.injured
        and not any(_DAMAGE.search(text) for text in into.sources)
        and not any(_GOT_THROUGH.search(text) for text in c.sources) and _part_of(event, report)
    ) or _toll_retold_nearby(event, report) or (
        # "rioters burned tyres ..., and police arrested 20": the police's answer to the riot,
        # told with it, as an arrest at a demonstration is its intervention
        report.sub_event_type == "Arrests" and event.event_type == "Riots"
        and c.spans[0] in into.spans and c.frame.agent is not None
        and c.frame.agent.kind in STATE and same_event(
            replace(report, event_type=event.event_type, sub_event_type=event.sub_event_type,
                    actor1=None, actor2=None), event, across_articles=False))


#: What a strike did to what it hit ("causing a fire", "damaging a power line"): it struck,
#: whatever was intercepted besides.
_DAMAGE = re.compile(r"\b(?:caus|spark|start|trigger|set)\w*\s+(?:an?\s+)?(?:\w+\s+)?"
                     r"(?:fires?|blazes?)\b|\bdamag(?:ed|ing)\b|\bdestroy(?:ed|ing)\b|"
                     r"\bset\s+(?:\S+\s+){1,3}?on\s+fire\b", re.IGNORECASE)
#: Beside an interception, what got through: some of what was launched ("shot down several
#: of them", "most of the drones"; the rest struck, an attack of its own) or the others told
#: landing ("one was intercepted and two fell in open areas").
_GOT_THROUGH = re.compile(r"\b(?:several|some|most|many|a few|half|dozens|\d+|one|two|three|four|"
                          r"five|six|seven|eight|nine|ten)\s+of\s+(?:them|the|those)\b|"
                          r"\b(?:others?|rest|remaining|two|three|four|five|several|some|\d+)\s+"
                          r"(?:\w+\s+)?(?:fell|landed|impacted|hit|struck|exploded)\b",
                          re.IGNORECASE)


def _toll_retold_nearby(event: Event, report: Event) -> bool:
    """Whether a report tells an event's toll again at another name for a place beside it
    (a strike that "killed 12 in a town's northern district" ... "12 died at a school on the
    town's edge"): the same dead, the same day, within ``RETOLD_KM``."""
    a, b = event.location, report.location
    if not event.fatalities or event.fatalities != report.fatalities or a.country != b.country:
        return False
    return km_between(a.lat, a.lon, b.lat, b.lon) <= RETOLD_KM and same_event(
        event, replace(report, location=a), across_articles=False)


def _part_of(report: Event, event: Event, *, warning_shots: bool = False) -> bool:
    """Looting or destruction told of the place and day of a violent event is part of it
    (ACLED codes looting/property destruction only outside other violence), and so are
    ``warning_shots`` fired there ("Armed Police fired warning shots" after a clash) and the
    launch of a weapon that was intercepted there that day (disrupted weapons use)."""
    looting = (report.sub_event_type == "Looting/property destruction" or warning_shots) and (
        event.event_type in VIOLENCE_AND_DEMONSTRATIONS)
    intercepted = (report.event_type == "Explosions/Remote violence"
                   and event.sub_event_type == "Disrupted weapons use"
                   and (report.location.name, report.location.kind) == (event.location.name,
                                                                          event.location.kind))
    # soldiers seized at the place and day of a battle were taken in it ("stormed the post,
    # killing ten soldiers ... the attackers also took five soldiers hostage"): ACLED codes
    # abductions only of civilians [C1]
    seized = (report.sub_event_type == "Abduction/forced disappearance"
              and event.event_type == "Battles" and (report.actor2 or "").startswith(
                  _STATE_FORCES))
    # the toll its sentence tells is the violence's ("50 soldiers were killed, ... adding that
    # the assailants also set fire to the market")
    return (looting or intercepted or seized) and same_event(
        replace(report, event_type=event.event_type, sub_event_type=event.sub_event_type,
                actor1=None, fatalities=None, injured=None), event, across_articles=False)


#: ACLED's names of a state's armed forces: soldiers or police, no civilians.
_STATE_FORCES = tuple(GENERIC_NAMES[k].split("{")[0] for k in ("military", "police"))


def _story_town(located: list[Mention]) -> Mention | None:
    """The first mention of the one town a story is set in: its first town, where every place
    it names below its countries lies within ``RETOLD_KM`` of it or is the region holding it."""
    first = next((m for m in located if m.place.kind == "city"), None)
    if first is None:
        return None
    town = first.place
    if not all(p.kind == "country" or p.kind == "admin1" and p.admin1_iso == town.admin1_iso
               or km_between(p.lat, p.lon, town.lat, town.lon) <= RETOLD_KM
               for p in (m.place for m in located)):
        return None
    return first


def _attach_placeless(c: _Candidate, events: list[_Candidate], *, named: bool) -> bool:
    """A report with no place ("a missile attack on Tuesday killed six") adds its sentence and
    figures to the event of its type (and weapon, for remote violence) on its date (any date,
    if it states none; a few days before, for an event dated by when it was spoken of) that
    the article places, the one of its sub-event type first (not for protests and riots),
    else the nearest told before it (a report refers back), else the nearest after it; one whose
    sentence names only places the gazetteer lacks (``named``: "clashed near the village of
    X") only to one told before ("The attackers stormed the school in X"). A report dated
    the day before every such event is an event of its own at that event's place, since no
    report of an event comes before it ("Drones struck the port on Wednesday ... On Tuesday,
    a drone attack killed three"): True then."""
    if SEPARATELY.match(c.sources[0]):
        return False  # "In a separate incident, gunmen killed five in the village of X"
    pool = [e for e in events if same_type(e.event_type, c.event_type) and (
        not c.dated_by_text  # no date of its own: the event told before
        or (c.date is not None and e.date is not None and (
            abs((e.date - c.date).days) <= 1
            # "killed 14, residents said on Monday" ... "The gunmen arrived late on Saturday"
            or e.dated_by_statement and 0 <= (e.date - c.date).days <= STATEMENT_LAG_DAYS)))
        and not (named and e.position > c.position)
        # an air strike is no roadside bomb: remote violence by another weapon is another event,
        # and an aircraft shot down is no missile strike on a town
        and not (c.event_type == "Explosions/Remote violence"
                 and e.sub_event_type != c.sub_event_type)
        and (c.frame.act.name == SHOT_DOWN) == (e.frame.act.name == SHOT_DOWN)]
    # "killed in clashes in the days before the rebels entered the city": before the event
    # told, not part of it
    same_day = [] if DAYS_BEFORE.search(c.sources[0]) else [
        e for e in pool if not _day_before(c, e) and not _day_after(c, e)]
    # a gathering's sub-type tells how it went (police broke it up, stones flew), not which
    # gathering it was: a report refers back to the nearest one
    same_sub = [e for e in same_day or pool if e.sub_event_type == c.sub_event_type
                and c.event_type not in ("Protests", "Riots")]
    target = min(same_sub or same_day or pool, key=lambda e: (
        e.position > c.position, abs(e.position - c.position)), default=None)
    if target is None:
        return False
    c.place, c.precision = target.place, target.precision
    if not same_day:
        return True
    _absorb(target, c)
    return False


def _tied_to(c: _Candidate, events: list[_Candidate]) -> _Candidate | None:
    """The violent event told before that a placeless strategic development says it follows
    from ("arrested 14 suspects in connection with the killings", "over the attack"), in the
    same country: its place is the development's."""
    tie = _IN_CONNECTION.search(c.sources[0]) if c.event_type == "Strategic developments" else None
    if tie is None:
        return None
    noun = tie["noun"].lower()
    before = [e for e in sorted(events, key=lambda e: -e.position)
              if e.position < c.position and e.event_type in VIOLENCE]
    if noun.startswith(("kill", "massacre")):  # the killings: an event with dead
        before = [e for e in before if any(not v.hurt for v in e.victims)]
    elif noun.startswith(("abduct", "kidnap")):
        before = [e for e in before if e.sub_event_type == "Abduction/forced disappearance"]
    return before[0] if before else None


#: What ties an act to an event told before: "in connection with the killings", "over the
#: attack", "suspected of the bombing".
_IN_CONNECTION = re.compile(
    r"\b(?:in\s+connection\s+with|over|for|suspected\s+of|linked\s+to|behind)\s+(?:the|these|"
    r"those|this|that)\s+(?:[\w-]+\s+)?(?P<noun>killings?|attacks?|massacres?|bombings?|violence|"
    r"raids?|abductions?|kidnappings?|shootings?|ambush(?:es)?|assaults?|lynching|riots?)\b",
    re.IGNORECASE)


def _day_after(a: _Candidate, b: _Candidate) -> bool:
    """Whether the text dates report ``a`` to the day after event ``b``'s, each by a day of
    its own (not a night's, which spans two, nor the day a statement was made): "killed 100
    in X on Wednesday ... also looted the market on Thursday" is another event."""
    return (a.dated_by_text and b.dated_by_text and not (a.dated_by_statement
                                                         or b.dated_by_statement)
            and not (a.at_night or b.at_night)
            and a.date_precision == b.date_precision == "day" and a.date > b.date)


def _day_before(a: _Candidate, b: _Candidate) -> bool:
    """Whether the text dates report ``a`` to a day before event ``b``'s (a day told as the
    event's own, not as when someone spoke of it: "killed 18, residents said Tuesday")."""
    return (a.dated_by_text and b.dated_by_text and not b.dated_by_statement
            and a.date_precision == b.date_precision == "day" and a.date < b.date)


def _absorb(into: _Candidate, other: _Candidate) -> None:
    """Merge a later report into an event: the most specific type (ACLED's precedence,
    ``geo/data/event_types.csv``), place and date win; figures, sentences and actors add up."""
    if not into.dated_by_text and other.dated_by_text:
        into.date, into.date_precision, into.dated_by_text = (other.date, other.date_precision,
                                                              True)
    if into.event_type == "Riots" and other.sub_event_type == "Arrests" and (
            into.frame.target is None):
        into.frame = replace(into.frame, target=other.frame.agent)  # the police who arrested
    if _outranks(other, into):
        turned = into.event_type == "Protests" and other.event_type == "Riots"
        into.event_type, into.sub_event_type = other.event_type, other.sub_event_type
        if turned:
            into.sub_event_type = "Violent demonstration"  # a demonstration turned violent
        into.frame = _fill_frame(other.frame, into.frame)
    else:
        if into.sub_event_type == "Mob violence" and other.event_type == "Protests":
            # "inmates burned mattresses ... Guards broke up the protest": the crowd that
            # rioted was demonstrating
            into.sub_event_type = "Violent demonstration"
        into.frame = _fill_frame(into.frame, other.frame)
    if other.precision < into.precision:
        into.place, into.precision = other.place, other.precision
    if other.date is not None and other.dated_by_text and (
            into.date is None or _finer(other.date_precision, into.date_precision)
            or into.dated_by_statement and not other.dated_by_statement
            or into.borrowed_date and not other.borrowed_date):
        into.date, into.date_precision = other.date, other.date_precision
        into.dated_by_statement = other.dated_by_statement
        into.borrowed_date = other.borrowed_date
    into.victims.extend(other.victims)
    for k, v in other.counts.items():
        into.counts[k] = min(into.counts.get(k, v), v)
    for text, span in zip(other.sources, other.spans, strict=True):
        if span not in into.spans:
            into.sources.append(text)
            into.spans.append(span)
    into.position = min(into.position, other.position)


def _outranks(other: _Candidate, into: _Candidate) -> bool:
    """Whether a later report's type replaces an event's: a riot over a protest, ground taken
    over a clash, force over a peaceful protest (ACLED's precedence); remote weapons and
    strategic developments keep the first report's sub-type."""
    if other.event_type == into.event_type and into.event_type in KEEP_FIRST_SUB_TYPE:
        return False
    if "Disrupted weapons use" in (into.sub_event_type, other.sub_event_type):
        # a launch and its interception (the only way the two merge): the interception
        return other.sub_event_type == "Disrupted weapons use"
    return precedence(other.event_type, other.sub_event_type) < precedence(
        into.event_type, into.sub_event_type)


def _fill_frame(keep: Frame, other: Frame) -> Frame:
    """``keep``, with the agent and target ``other`` names where ``keep`` names none or only
    armed men of no group ("Jihadists attacked ..." + "JNIM fighters attacked ...": JNIM); in
    a battle whose sides ``other`` names the other way round, its agent is the target."""
    target = keep.target or other.target
    if keep.target is None and _one_side(keep.agent, other.target):
        target = other.agent  # "the army fought the militia" + "the militia overran a base"
    agent = keep.agent or other.agent
    unnamed = keep.agent is None or not (keep.agent.name or keep.agent.country) and (
        keep.agent.kind in NON_STATE)
    if unnamed and other.agent is not None and other.agent.name and (
            other.agent.kind in NON_STATE) and not _one_side(other.agent, target):
        agent = other.agent
    return replace(keep, agent=agent, target=target,
                   role1=keep.role1 or other.role1, role2=keep.role2 or other.role2)


def _one_side(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Whether two mentions name the same actor."""
    if a is None or b is None:
        return False
    return a.name == b.name if a.name or b.name else (a.kind, a.country) == (b.kind, b.country)


_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, None: 0}


def _finer(a: DatePrecision | None, b: DatePrecision | None) -> bool:
    return _PRECISION_ORDER[a] < _PRECISION_ORDER[b]


def _view(c: _Candidate) -> Event:
    """What ``same_event`` compares of a candidate: type, place, date, sides, figures."""
    agent, target = c.frame.agent, c.frame.target
    country = state_name(c.place.country) if c.place else None
    return Event(
        event_type=c.event_type, sub_event_type=c.sub_event_type, location=c.place,
        geo_precision=c.precision, date=c.date, date_precision=c.date_precision,
        actor1=agent.acled_name(country, role=c.frame.role1) if agent else None,
        actor2=target.acled_name(country, role=c.frame.role2) if target else None,
        fatalities=combine(v for v in c.victims if not v.hurt),
        injured=combine(v for v in c.victims if v.hurt),
    )


def _to_event(c: _Candidate, outlet: str | None) -> Event:
    """The candidate as an event, coded the ACLED way (``geo.events.coding``)."""
    order = sorted(range(len(c.spans)), key=lambda i: c.spans[i])
    # strategic developments are not violent: no one is killed or hurt in them (ACLED); the
    # figures of their sentences are another event's ("a truce after clashes that killed 82")
    victims = [] if c.event_type == "Strategic developments" else c.victims
    if c.sub_event_type == "Peaceful protest":
        # no one is killed in a peaceful protest: deaths there make it excessive force or a
        # riot (ACLED); the dead a peaceful one names are its cause ("relatives of a man who
        # died in a crash rallied")
        victims = [v for v in victims if v.hurt]
    event = Event(
        event_type=c.event_type,
        sub_event_type=c.sub_event_type,
        location=c.place,
        geo_precision=c.precision,
        date=c.date,
        date_precision=c.date_precision,
        fatalities=combine(v for v in victims if not v.hurt),
        injured=combine(v for v in victims if v.hurt),
        counts=dict(c.counts),
        sources=[c.sources[i] for i in order],
        spans=[c.spans[i] for i in order],
    )
    country = c.place.country if c.place else None
    arrest = c.frame.act.name == "arrest"
    agent = as_ruler(c.frame.agent, country, c.date, police=arrest)
    target = as_ruler(c.frame.target, country, c.date)
    if c.frame.act.name in TRANSFER_ACTS:
        # ground left or handed over: ACLED's first actor is the side that takes it [C2]
        agent, target = target, agent
    if event.event_type in PERPETRATED and _unnamed_armed(agent) and any(
            GANG_SIGN.search(t) for t in event.sources):
        # "two men were shot dead in a drive-by shooting", "gunmen killed a man in what
        # police called a gangland killing": the doers are a gang, whose name is unknown
        agent = (replace(agent, kind="gang") if agent is not None
                 else ActorMention(0, 0, "", "gang"))
    return code_event(event, agent=agent, target=target, role1=c.frame.role1,
                      role2=c.frame.role2, outlet=outlet)


def _unnamed_armed(actor: ActorMention | None) -> bool:
    """Whether an event's doer is left unnamed: none told, or armed men of no group
    ("gunmen", "attackers")."""
    return actor is None or (actor.kind == "unidentified" and actor.name is None
                             and actor.ethnic is None)
