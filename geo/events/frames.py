"""Frames: what happened in a clause, decided from who acts, what they do and to whom.

A clause's acts come from ``geo/data/event_acts.csv`` and its remote weapons from
``geo/data/weapons.csv``. Each act needs what its ``gate`` says (an armed or crowd agent, a
weapon...) to count as a political event; then the frame decides the ACLED type, as the
codebook defines them [C1]: organised armed groups fighting each other make a battle, a
remote weapon an explosion, armed actors hurting unarmed people violence against
civilians, a crowd demonstrating a protest and a crowd turning violent a riot.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache

from geo.events.actors import (
    ARMED,
    HEAVY_ARMS,
    PEOPLE,
    SMALL_ARMS,
    STATE,
    ActorMention,
    demonym_country,
    find_actors,
    forces_holding,
    reporting_verbs,
)
from geo.events.counts import (
    HURT_ACTIVE,
    HURT_AFTER,
    KILL_ACTIVE,
    KILL_AFTER,
    NO_LONGER_ARMED,
    Victims,
    find_victims,
    victims_armed,
)
from geo.sources.tables import cue_words, event_words, holding_forces, read_table
from geo.text.dates import WEEKDAYS, has_date_phrase
from geo.text.numbers import find_numbers
from geo.text.triggers import (
    TriggerIndex,
    WordPattern,
    alternation,
    compile_prefiltered,
    find_row,
    split_triggers,
    word_beginnings,
)

#: Acts by which organised armed groups fight each other (remote fire among them is theirs [C9]).
BATTLE_ACTS = frozenset({"clash", "clashes_broke_out", "fire_exchange", "fighting"})
RIOT_ACTS = frozenset({"riot", "riot_word", "mob", "scuffle", "crowd_damage"})
#: Acts of two sides named together ("the army and the RSF clashed", "the government and the
#: ELN signed a truce"): the first is actor1, the second actor2.
TWO_SIDED_ACTS = BATTLE_ACTS | {"agreement"}
_MARCHED = re.compile(r"march", re.IGNORECASE)
#: Between a clash and the other side it names: "clashed with (hundreds of) protesters".
_CLASHED_WITH = re.compile(r"\s+(?:with|against)\s+(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)
#: Two sides of a clash named together: "residents and police".
_JOINED = re.compile(r"\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+)?", re.IGNORECASE)
_CLOSED = re.compile(r"block|barricad", re.IGNORECASE)
#: What a clause says may happen, before an agreement: "until a deal is reached".
_HYPOTHETICAL = re.compile(r"\b(?:until|unless|if|once|before)\s+(?:\S+\s+){0,3}$",
                           re.IGNORECASE)
#: Words of a riot that say people were demonstrating ("barricades", "burning tyres"); "rioters"
#: alone may be a mob.
_RIOT_WORDS = re.compile(r"barricad|tyres|tires|Molotov|petrol", re.IGNORECASE)
#: Arms of a crowd, not of an armed group (event_words.csv ``crude_arm``): people who fight or
#: attack with them riot [C1].
_CRUDE_ARMS = WordPattern(rf"\bwith (?:\S+ ){{0,3}}?(?:{event_words('crude_arm')})\b")
#: Armed groups that fight as a mob does where their arms are a crowd's (``_mob_fight``):
#: militias and armed men of no named group, not rebels or a state's forces.
MOB_CAPABLE = frozenset({"militia", "unidentified"})
#: A beating, which people give as a crowd does where no armed side is named.
_BEATING = WordPattern(r"\bbeat(?:ing|en)?\b")
#: Fire aimed at a civilian building or vehicle, not at people or positions.
_FIRE_ON_PROPERTY = compile_prefiltered(
    r"\bfire (?:on|at|upon) (?:an? |the )?(?:\S+ ){0,2}?(?:church(?:es)?|mosques?|temples?|"
    r"schools?|houses?|homes?|hospitals?|shops?|buildings?|cars?|vehicles?|offices?)\b")
#: "fired ... at positions": one side's fire, a battle only with small arms.
_ONE_SIDED_FIRE = re.compile(r"fired\b", re.IGNORECASE)
#: Property destroyed where it was found: no attack ("police found and destroyed the crops").
_FOUND_AND = re.compile(r"\b(?:found|seized|discovered|located|dismantled|uncovered) and $",
                        re.IGNORECASE)
#: Nouns of a ruling group's organs: an armed group's "authorities" or "police" govern where
#: they arrest ("Houthi authorities", "Taliban intelligence officers", "Hamas police").
_RULERS = re.compile(r"\b(?:authorities|police(?:men)?|intelligence|officers|courts?|"
                     r"judiciary|ministry)\b", re.IGNORECASE)
#: Gunfire in an act's own words: people who shoot are armed, not a mob (flares, fireworks,
#: stones or tear gas fired are no gunfire).
_GUNFIRE = re.compile(r"\b(?:opened fire|open fire|shot|shooting|fired)\b(?! (?:\S+ )?(?:flares?|"
                      r"fireworks?|stones|rocks|arrows|tear gas|rubber))", re.IGNORECASE)
#: Nouns of people gathered, or named by where they live or whom they follow: a mob, a crowd
#: or villagers who shoot are still one ("villagers shot dead a suspected thief": mob justice).
_GATHERED = re.compile(r"\b(?:mobs?|crowds?|rioters|protest\w*|demonstrators|villagers|residents|"
                       r"youths?|locals|fans|supporters)\b", re.IGNORECASE)
#: Ground changing hands with no fighting (or none known): a non-violent transfer of territory.
NO_FIGHTING = compile_prefiltered(
    r"\bno (?:\S+ ){0,3}?(?:clash(?:es)?|fighting|resistance|battle|fight)\b|"
    r"\bwithout (?:a |any )?(?:fight|fighting|resistance|clash(?:es)?|"
    r"a shot)\b|\bwithout firing (?:a (?:single )?shot|shots)\b|\bunopposed\b|"
    r"\bpeacefully\b|\b(?:unclear|unknown|not known|"
    r"not clear) (?:whether|if) (?:\S+ ){0,2}?(?:clash(?:es)?|fighting|"
    r"resistance|battles?)\b"
)
#: Forces who enter a place and leave it again: a movement, not ground taken.
_PASSING_THROUGH = re.compile(r"\b(?:briefly|temporarily|for (?:a few|several) hours)\b|"
                              r"\band (?:then |later |soon )?(?:left|withdrew|pulled out)\b",
                              re.IGNORECASE)
_LIVE_FIRE = WordPattern(r"\blive (?:ammunition|ammunitions|fire|rounds|bullets)\b|\bopen(?:ed)? "
                        r"fire on (?:the )?(?:protesters|demonstrators|crowds?)\b", re.IGNORECASE)
#: Words after a protest that lead to what it reacts to ("demonstrated after police killed").
_CAUSE = re.compile(r"\b(?:after|following|over)\b", re.IGNORECASE)
#: A demonstrator who died of what forces did to the crowd.
_PROTESTER_DIED = re.compile(r"\b(?:protesters?|demonstrators?|marchers?)\s+(?:\S+\s+){0,2}?"
                             r"(?:died|was killed|were killed|succumbed)\b", re.IGNORECASE)
#: What police fire to disperse a crowd, not to kill: "fired tear gas at protesters".
_NON_LETHAL = re.compile(r"\btear ?gas|\brubber|\bwater cannon|\bstun|\bpepper|\bblanks?\b|"
                         r"\bwarning shots|\bin(?:to)? the air\b", re.IGNORECASE)
#: Acts that name a remote weapon's use.
REMOTE_ACTS = frozenset({"air_strike", "shelling", "explosive", "grenade", "suicide", "chemical",
                         "explosion", "debris"})
#: Acts whose type follows the weapon or the target ("attacked", "struck").
GENERIC_ACTS = frozenset({"strike", "attack", "bombing"})
#: Acts that hurt people.
HARM_ACTS = frozenset({"kill", "kill_strong", "execute", "figure_killed", "harm", "shooting"})
#: Harm acts that take lives ("killed", "hacked to death"), not only wound.
KILL_ACTS = frozenset({"kill", "kill_strong", "execute"})
#: Acts whose words begin with the people they hit ("a journalist was shot").
VICTIM_FIRST_ACTS = frozenset({"figure_killed"})
#: Acts of forcing a way in: police ones that hurt no one are policing, and with arrests
#: or looting they are its means (``ENTRY_MEANS``).
ENTRY_ACTS = frozenset({"raid", "storm"})
#: Acts a state's authorities do through its forces: punishing people ("the authorities
#: flogged two men", "hanged a protester") and destroying property ("Israeli authorities
#: demolished homes").
AUTHORITY_ACTS = frozenset({"harm", "execute", "loot"})
#: Acts of taking people: after "released" or "freed" in a clause they say whom ("freed 12
#: passengers they had kidnapped", "released 15 detained fishermen"), not a new capture.
CAPTURE_ACTS = frozenset({"abduct", "arrest"})
_FREED = WordPattern(r"\b(?:released|freed)\b", re.IGNORECASE)
#: Acts a raid may be the means of: arrests, and goods taken.
ENTRY_MEANS = frozenset({"arrest", "loot", "seize_goods"})
#: Acts done on the ground, whatever weapon the sentence names elsewhere.
GROUND_ACTS = frozenset({"harm", "shooting", "storm"})
#: Acts of a crowd, and acts that mark a gathering.
PROTEST_ACTS = frozenset({"protest", "intervention"})
#: Acts of people leaving a place: evacuations and flight.
DISPLACEMENT_ACTS = frozenset({"evacuation", "displace"})
#: Acts of forces moving: those "deployed" or "sent" are the group that acts.
MOVEMENT_ACTS = frozenset({"move", "posture"})
#: Acts whose sub-event type follows who takes ground from whom (``territory_sub_event``).
TERRITORY_ACTS = frozenset({"regain", "overtake"})
#: Acts of ground left or handed over without a fight.
TRANSFER_ACTS = frozenset({"withdraw", "hand_over"})
#: A past participle, irregular ones too ("a patrol was struck by a roadside bomb").
_PARTICIPLE = r"(?:\w+(?:ed|en|wn)|hit|struck|shot|hurt|held|caught|beat|burnt|overrun)"
#: A passive verb between an actor and an act: the actor was hit ("30 people were killed in a
#: shootout"), the act is someone else's; not one that reports the actor's own act ("were
#: reported to have beaten", "are accused of assaulting"); people who "died in" an act fell in it,
#: and those "caught in" or "trapped in" it ("farmers caught in the crossfire") were in its way.
_PASSIVE_BETWEEN = re.compile(rf"\b(?:was|were|been|being|is|are)\s+"
                              rf"(?:(?:also|all|both|later|then|\w+ly)\s+){{0,2}}{_PARTICIPLE}\b"
                              r"(?!\s+(?:of|to)\b)|\b(?:died|perished|caught|trapped)\s+"
                              r"(?:\S+\s+){0,2}?in\b",
                              re.IGNORECASE)
#: People harmed, told before the act that harmed them ("were killed in an ambush").
_PASSIVE_HARM = WordPattern(
    r"\b(?:was|were|have been|has been|had been)\s+(?:\w+ly\s+)?"
    r"(?:killed|wounded|injured|hurt|abducted|kidnapped)\b"
)
#: What an attack told as a thing was on: a place people live, gather or hold, or people
#: ("an attack on a village", "attacks on two police stations"), not a day ("on Monday"),
#: which may come between them ("an attack on Saturday on an army post").
_ON_TARGET = re.compile(
    r"s?(?:,? (?:late |early )?(?:on )?(?:\w+day|overnight)(?: (?:morning|afternoon|evening|"
    r"night))?,?)? (?:on|against) (?:an? |the |two |three |several |\d+ )?(?:\S+ ){0,2}?"
    r"(?:villages?|towns?|settlements?|hamlets?|communit(?:y|ies)|camps?|markets?|churche?s?|"
    r"mosques?|schools?|hospitals?|clinics?|homes?|houses?|farms?|convoys?|buses|bus|"
    r"checkpoints?|stations?|bases?|posts?|outposts?|barracks|positions?|"
    r"civilians|villagers|residents|worshippers|farmers|herders|travell?ers|passengers|"
    r"soldiers|troops|police(?:men)?|officers)\b", re.IGNORECASE)
#: Attacks that are no violence of people on people: "a heart attack", "a ransomware attack".
_NOT_ARMED_ATTACK = re.compile(
    r"\b(?:heart|panic|asthma|shark|dog|bear|cyber|cyber-|ransomware|malware|hacker|computer)"
    r"\s*$", re.IGNORECASE)
#: Conflict nouns a story may name as what killed or hurt people, with no doer ("clashes in
#: Tripoli left 12 dead", "a bombing killed 14", "were killed in an ambush"): the fighting
#: itself is the event, its sides unidentified [C1].
_TOLL_NOUN = re.compile(r"(?:clash(?:es)?|fighting|bombings?|explosions?|blasts?|ambush(?:es)?|"
                        r"raids?|attacks?|assaults?)", re.IGNORECASE)
#: The noun's toll after it, as the subject of a harm verb: "... in Tripoli on Monday left 12
#: dead", "... killed 14 people", "... claimed the lives of 9", "a bombing that killed 14".
_TOLL_AFTER = re.compile(
    r"(?:\s+(?:that|which)(?=\s+(?:(?:have|has|had|reportedly|also)\s+)?\w+ed\b))?"
    # the two sides of a fight: "fighting between the A and B clans left six dead"
    r"(?:\s+between(?:\s+[^\s,;:.]+){1,4}?\s+and)?"
    r"(?:\s+(?!(?:and|but|or|while|when|as|after|before|because|since|until|then|that|which|"
    r"who|where)\b)[^\s,;:.]+){0,7}?\s+(?:(?:have|has|had|reportedly|also)\s+){0,2}"
    rf"(?:{KILL_ACTIVE}|{HURT_ACTIVE}|left\s+(?:\S+\s+){{0,4}}?(?:{KILL_AFTER}|{HURT_AFTER})|"
    r"claimed\s+(?:the\s+)?(?:\S+\s+)?li(?:fe|ves))\b", re.IGNORECASE)
#: The noun's toll before it: "12 people were killed in clashes", "died in a car bombing".
_TOLL_BEFORE = re.compile(
    rf"\b(?:{KILL_AFTER}|{HURT_AFTER})\s+(?:\S+\s+){{0,3}}?(?:in|during)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: A toll told in the perfect ("have been killed", "has claimed"): with a lasting situation in
#: the sentence ("since May 2023"), a sum of many events, not one.
_PERFECT_TOLL = re.compile(r"\b(?:have|has)\s+(?:been\s+|now\s+|so\s+far\s+)*(?:killed|died|"
                           r"left|claimed|wounded|injured)\b", re.IGNORECASE)
#: Forces that gave ground: "(soldiers) fled", "(the troops guarding it) retreated".
_FLED = re.compile(r"\s+(?:\S+\s+){0,2}?(?:fled|retreated|withdrew|pulled out|abandoned|"
                   r"deserted)\b", re.IGNORECASE)
#: People who died, told before what killed them: "five civilians died when a shell hit".
_DIED = re.compile(r"\b(?:died|perished)\b", re.IGNORECASE)
#: A possessive right before a post or unit: "their patrol", "its base".
_POSSESSED = re.compile(r"\b(?:their|its)\s+(?:\S+\s+)?$", re.IGNORECASE)
#: A clause that tells what caused the harm told before it: "(were killed) when a mine ...".
_CAUSE_CLAUSE = re.compile(r"[\s,]*(?:when|as|after)\b", re.IGNORECASE)
#: What a group of people is "of", after the words that count and name them: "five suspected
#: members *of the communist* New People's Army" (the army is the verb's object, as they are).
_OF_GROUP = r"(?:of\s+(?:the\s+|an?\s+)?(?:\S+\s+)?)?"
#: People the doer harmed, told before the act they were harmed in ("killed 20 soldiers in
#: an ambush"): the harm verb and up to four words of count before the people.
_HARMED_BEFORE_ACT = re.compile(
    rf"\b(?:{KILL_ACTIVE}|{HURT_ACTIVE}|abducted|abducting|kidnapped|kidnapping)\s+"
    rf"(?:\S+\s+){{0,4}}{_OF_GROUP}$", re.IGNORECASE)
#: A pronoun as the act's object: "opened fire on them", "attacked them".
_PRONOUN_OBJECT = re.compile(r"\s+(?:(?:on|at|upon|towards?)\s+)?(?:them|him|her)\b",
                             re.IGNORECASE)
#: What joins two sides named as one subject ("Hamas fighters and Israeli troops"), up to
#: the next side's noun ("Government forces and Tigrayan fighters").
#: The words joining a side to its allies: "the army and allied militias".
_AND_ALLIED = re.compile(r",?\s+and\s+(?:its\s+|their\s+)?(?:allied|affiliated|supporting)\s+",
                         re.IGNORECASE)
#: A fight with a side, right before it: "after clashes with the", "following fighting against".
_FOUGHT_WITH = re.compile(r"\b(?:clash(?:es|ed)?|fighting|fought|battles?|battled|gunfights?|"
                          r"exchanges? of fire|fierce|heavy)\s+(?:\S+\s+){0,2}?(?:with|against)\s+"
                          r"(?:the\s+|a\s+)?(?:\S+\s+)?$", re.IGNORECASE)
_AND_BETWEEN = re.compile(r",?\s+(?:and|as well as)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}",
                          re.IGNORECASE)
#: A casualty word with no object after it is said of the people before it ("left 20 villagers
#: injured", "24 killed in Kharkiv"), who were hit.
_PREDICATE = re.compile(r"(?:killed|injured|wounded|hurt|dead)(?=\s*(?:$|[,.;:)]|\b(?:in|on|by|"
                        r"when|after|as|and|or|near|during|while|since|following|overnight)\b|"
                        r"\bat\b(?!\s+(?:least|most)\b)))",  # not "killed at least 15"
                        re.IGNORECASE)
#: Words after a group's name that are its own kind, not a noun it qualifies ("the IDF said",
#: "the Taliban detained", "the Taliban publicly executed", "the Arakan Army began": a verb in
#: the past, not a noun; "the Fano militia in Gojjam": a preposition).
_NOUN_AFTER_NAME = re.compile(r"\s+(?:said|says|has|had|have|was|were|is|are|also|then|later|"
                              r"in|at|near|from|and|which|who|"
                              r"(?:[a-z]{2,}ly\s+)?(?:took|struck|shot|began|led|set|made|held|"
                              r"sent|fought|gave|broke|swore|[a-z]{3,}ed))\b",
                              re.IGNORECASE)
#: A verb and its object's determiner just before an actor: the actor is that verb's object
#: ("gunmen removed a group of workers ... and seized": the gunmen seized).
_VERB_OBJECT = re.compile(r"\b(?:[a-z]\w+(?:ed|ing)|shot|beat|hit|struck|took|seized|held)"
                          r"(?:\s+dead)?\s+(?:at least\s+|more than\s+|about\s+|around\s+)?"
                          r"(?:a|an|the|his|her|their|its|\d+|two|three|four|five|six|seven|"
                          r"eight|nine|ten|eleven|twelve|several|some|many|dozens|scores)\s+"
                          rf"(?:\S+\s+){{0,3}}{_OF_GROUP}$")
#: Between people and the act of the relative clause that qualifies them: ", who had".
_WHO_THEN = re.compile(r",?\s+who\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?",
                       re.IGNORECASE)
#: The head of a by-phrase just before an actor: "by", "by the", "by a group of".
_BY_DOER = re.compile(r"\bby\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
#: Acts of stopping another side's weapons in flight: the interceptor does them.
INTERCEPT_ACTS = frozenset({"intercept", "air_defence"})
#: Before the side that fired what was intercepted: "rockets fired by", "drones launched by the".
_FIRED_BY = re.compile(r"\b(?:fired|launched|sent|flown)\s+(?:\S+\s+){0,3}?by\s+(?:the\s+)?$",
                       re.IGNORECASE)
#: What the people hit were accused of, up to a side named in it ("executed two men accused of
#: collaborating with the army", "men they accused of helping jihadists"): that side was not hit.
_ACCUSED_OF = re.compile(r"\b(?:accused|suspected|convicted|for)\s+(?:of\s+)?(?:allegedly\s+)?"
                         rf"(?:{event_words('accused_act')})\s+(?:the\s+)?$", re.IGNORECASE)
#: An act others are suspected of, between a subject and the act ("police arrested two men
#: suspected of planting the bomb"): the subject did not do it; a subject that "is accused
#: of" the act is its doer.
_SUSPECTED_OF = WordPattern(r"\b(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )"
                           r"(?<!\bbeing )(?:suspected|accused|charged|convicted)\s+of\b",
                           re.IGNORECASE)
#: A clause of what the doers said or wanted, after the act: whom it names is not hit
#: ("stormed the embassy, accusing France of backing the rebels", "..., demanding that the
#: army withdraw").
GRIEVANCE = re.compile(r",\s+(?:accusing|demanding|calling|urging|denouncing|condemning|"
                        r"protesting|chanting|saying|claiming|alleging|complaining|blaming)\b",
                        re.IGNORECASE)
#: Between two victims of one list: " and two ", ", including two " ("three civilians and two
#: soldiers").
_AND_LIST = re.compile(r"(?:,\s*(?:including\s+|among them\s+)?|\s+and\s+|,\s+and\s+)"
                       r"(?:at least\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|"
                       r"ten|several|\d+)?\s*(?:[\w-]+\s+)?")
#: A blame just before a side: "..., blaming the OLA", "blamed it on the army": that side is
#: said to have done the act, not to have been hit by it.
_BLAMED_BEFORE = re.compile(r"\bblam(?:ed|ing)\s+(?:it\s+|them\s+)?(?:on\s+)?(?:the\s+)?$",
                            re.IGNORECASE)
#: A verb of sides firing at each other, before the fire they traded.
_TRADED = re.compile(r"\b(?:exchang|trad)(?:ed|ing)\b", re.IGNORECASE)
#: Words that give a group's name, not another actor: "a youth militia, called the Storm
#: Brigade,".
_NAMED_AS = re.compile(r"\b(?:called|known as|named|dubbed|calling (?:itself|themselves))\s+"
                       r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$")
#: Between a device found and whoever left it: "planted by", "hidden by the".
_PLANTED_BY = re.compile(r"\b(?:planted|laid|placed|hidden|left|stored|buried)\s+(?:\S+\s+){0,3}?"
                         r"by\s+(?:the\s+|an?\s+)?(?:\S+\s+){0,2}$", re.IGNORECASE)
#: A weapon named after an act as its means: "destroyed by a drone", "attacked with mortars".
#: A clause after an act that names its cause: "were killed when a bomb hit", "as a drone
#: struck".
_WHEN_WEAPON = re.compile(r"[^.;]*?\b(?:when|as|after)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_BY_WEAPON = re.compile(r"\b(?:with|by|using|from)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
#: Priority a participle act ("killing", "wounding") loses to the act it goes with.
PARTICIPLE_PENALTY = 20
#: A participle that goes on with the main clause's event: "..., killing five people".
PARTICIPLE = re.compile(r"(?:killing|wounding|injuring|leaving|hitting|destroying|damaging)\b",
                        re.IGNORECASE)
#: Priority an act gains when the text names its doer.
AGENT_BONUS = 8
#: Priority shots in the air lose to any other act of their clause (below any act's).
WARNING_SHOTS_PENALTY = 50
#: Words before a verb that make it passive: the actor before it is hit, not acting.
_PASSIVE = compile_prefiltered(
    r"\b(?:was|were|been|being|is|are|got|had been|has been|have been)\s+"
    r"(?:(?:also|reportedly|allegedly|later|then|all|both|\w+ly)\s+){0,2}$"
    # "came under fire", "came under heavy rocket fire"
    r"|\b(?:came|come|comes|coming)\s+(?:under\s+(?:[\w-]+\s+){0,2})?$"
)
#: An act named as a thing already told ("the attack", "that strike"): a reference, not news.
_REFERENCE = re.compile(r"\b(?:the|this|that|these|those|its|their|\w+['’]s)\s+"
                        r"(?:(?!of\b|on\b|in\b|by\b|an?\b)[\w-]+\s+){0,3}$", re.IGNORECASE)
#: Before a "that" that opens what is reported, no demonstrative: "said (in a statement) that".
_REPORTING_BEFORE = re.compile(rf"\b(?:{reporting_verbs()})\s+$", re.IGNORECASE)
#: A verb that does the act named after it: "Myanmar's military carried out air strikes" is
#: news, not "Myanmar's ... air strikes" told before.
_CARRIED_OUT = re.compile(r"\b(?:carried out|launched|conducted|staged|mounted|unleashed)\s+"
                          r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: ... but a group saying it did the act told before claims it: "said it carried out the attack".
_SAID_IT_DID = re.compile(r"\b(?:said|says|claimed|claims)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?"
                          r"(?:carried out|launched|conducted|staged|mounted)\s+"
                          r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _told_subject(nouns: str) -> re.Pattern[str]:
    """A thing already told of, as the subject of the verb after it: "the missile had"."""
    return re.compile(rf"\b(?:the|this|that|these|those)\s+(?:\S+\s+)?(?:{nouns})\s+"
                      r"(?:had\s+|has\s+|have\s+|also\s+)*$", re.IGNORECASE)


#: A weapon already told of as the subject: "the missile had hit", "the drones struck".
_TOLD_WEAPON = _told_subject(r"missiles?|drones?|rockets?|shells?|bombs?")
#: An act already told of as the subject of what it did: "the strikes set fire to farmland".
_TOLD_ACT = _told_subject(r"strikes?|attacks?|shelling|bombing|bombardment|blasts?|explosions?|"
                          r"raids?")
_NOUN_ACT = re.compile(r"(?:\w+ )?(?:attack|strike|raid|bombardment|shelling|explosion|blast|"
                       r"assault|bombing|incident|clash|fighting|battle|gunfight|shoot-?out|"
                       r"firefight|ambush|cross-?fire|gun ?battle)(?:es|s)?\b",
                       re.IGNORECASE)
_BETWEEN = re.compile(r"\s+(?:\S+\s+){0,8}?(?:between|pitted|pitting)\s+(?:[a-z][\w-]*\s+){0,2}?"
                      r"(?:\S+\s+(?:and|&)\s+)?$")
_WITH = re.compile(r"\s+(?:with|against)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
#: Between a clash and the people on its other side, whose words may qualify them ("clashed
#: with ruling party activists").
_WITH_PEOPLE = re.compile(r"\s+(?:with|against)\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,2}",
                          re.IGNORECASE)
#: A by-phrase naming an act's doer, a few words after it ("beaten three times by guards"),
#: not one of a participle of its own ("shot down a drone operated by the GNA").
_BY_DOERS = r"by\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+(?:of\s+)?)?"
#: Participles of holding a thing: "a drone operated by the GNA", "the Houthi-run television".
_HOLDING = ("run", "held", "controlled", "owned", "operated", "administered", "occupied")
# not past another "by" ("by a man wanted by"), nor into brackets ("took the village (initial
# takeover by the army unclear)": an aside's doer)
#: Participles of a third party's part in an act: "a truce mediated by Qatar" (Qatar did
#: not sign it).
_THIRD_PARTY = ("mediated", "brokered", "facilitated", "hosted", "sponsored", "overseen",
                "witnessed")
_BY = re.compile(r"\s*(?:(?!by\s|\()\S+\s+){0,6}?"
                 + "".join(f"(?<!{w} )" for w in (*_HOLDING, *_THIRD_PARTY, "manned", "used",
                                                  "backed", "supported", "led"))
                 + _BY_DOERS + "$")
#: A gathering's people in a by-phrase after it: "dispersed a protest by retirees" (they
#: protested; the police dispersed them).
_GATHERING_BY = re.compile(rf"\b(?:{event_words('gathering')})\s+by\s+(?:[\w-]+\s+){{0,2}}$",
                           re.IGNORECASE)
#: A verb's object, then a participle with a by-phrase that describes it: "a convoy of
#: trucks escorted by (the army)"; no preposition or comma between ("in an assault
#: condemned by" tells of the act, not of its object).
_NOT_PREPOSITION = r"(?!(?:in|on|at|during|after|before|with|into|near|from|amid|for|following)\s)"
_OBJECT_DESCRIBED = re.compile(
    rf"\s+(?:{_NOT_PREPOSITION}[\w'’-]+\s+){{1,5}}[a-z]+(?:ed|en)\s+" + _BY_DOERS + "$",
    re.IGNORECASE)
#: Right before the place an attack came from: "fire from (the)".
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
#: Between a verb of taking ground and the side it was taken from: "liberated from the".
_FROM_SIDE = re.compile(r"\s+(?:\S+\s+){0,2}?from\s+(?:the\s+)?", re.IGNORECASE)
#: A reciprocal object: both sides did the act to each other.
_EACH_OTHER = re.compile(r"\s+(?:each\s+other|one\s+another)\b", re.IGNORECASE)
#: Ground that "fell to" or "falls to" a side, which took it.
_FELL_TO = re.compile(r"\b(?:fell|falls|fallen)\s+to$", re.IGNORECASE)
#: Nothing but an article between two words.
_ARTICLE_ONLY = re.compile(r"\s+(?:(?:the|an?)\s+)?")
#: An article that ends right before a name: "a (Boko Haram attack)", "an (RSF raid)".
_ARTICLE_END = re.compile(r"\b(?:an?|the|another)\s+$", re.IGNORECASE)
#: A by-phrase just after an act: who did it follows.
_BY_AFTER = re.compile(r"\s+(?:\S+\s+){0,6}?by\b")
#: A preposition before an actor: it is an object ("a favourite of foreign reporters").
_OBJECT_OF = compile_prefiltered(
    r"\b(?:of|for|to|from|at|in|on|with|among|near|against|about|toward|alongside|beside|"
    r"(?:backed|supported|aided|assisted|accompanied|escorted|reinforced|helped)\s+by|"
    r"towards|into|than|like|including)\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
    r"(?:(?!(?:when|while|as|after|before|until|because|where|then)\s)[\w'’-]+\s+)"
    r"{0,2}$"
)
#: "about 30", "around 200", "more than 30": a number, not a preposition's object.
_HEDGED_NUMBER = re.compile(r"(?:about|around|near|up to|than)\s+\d", re.IGNORECASE)
#: Words for a number or group of people before "of": "a group of", "members of", "dozens of",
#: "officers of" (the group after it acts).
_GROUP_OF = compile_prefiltered(
    r"\b(?:group|groups|members?|officers|agents|personnel|elements|fighters|soldiers|"
    r"commanders|dozens|hundreds|thousands|scores|tens|number|factions?|wings?|cells?|"
    r"band|gang|unit|units|team|crowd|some|many|several|couple|pair|all|most|"
    r"majority|contingent|detachment|squad|battalion|company|platoon|alliance|coalition|\d+|one|"
    r"two|three|four|five|six|seven|eight|nine|ten|"
    # a force's means: "warplanes of the Sudanese air force bombed"
    r"(?:war)?planes|jets|aircraft|drones|helicopters|gunships|artillery|tanks)\s+of\b"
)
#: A clause that goes on with the subject of the one before it.
AFTER_ASIDE = re.compile(r"\s*(?:since|while|when|after|before|as|which|who|whose)\b[^,;]*,\s*",
                          re.IGNORECASE)
#: Who set a weapon off, named after it before the act: "an IED planted by the BLA hit".
_PLACED_BY = re.compile(r"\b(?:planted|placed|laid|fired|launched|dropped|flown|sent|thrown)"
                        r"\s+by\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_COORDINATED = re.compile(r"\s*(?:and|but|then)\b", re.IGNORECASE)
#: A clause that starts with a form of "to be": a passive or a state, not an act.
_BE = re.compile(r"\s*(?:was|were|is|are|has been|had been|have been)\b", re.IGNORECASE)
#: A relative clause that ends just before a clause: "The army, which holds the city, said ...".
_ASIDE_END = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,\s*$", re.IGNORECASE)
#: An aside between a subject and its verb: "labourers, who had been turned back, ".
_ASIDE_BEFORE = re.compile(r"(?:\s+[\w'’-]+){0,3}" + _ASIDE_END.pattern, re.IGNORECASE)
#: Nothing, or only a name, between a speaker and the act it says: "the armed group Katiba
#: Macina announced a new leader" does what it announces.
_NAME_ONLY = re.compile(r"(?:\s*[A-Z][\w'’.-]*)*\s*")
#: A speaker and its own means: "said its", "announced that their" (up to one word between).
_SAID_OWN = re.compile(rf"\s*,?\s+(?:\w+\s+)?(?:{reporting_verbs()})\s+(?:that\s+)?(?:its|their)\s+"
                       r"(?:[\w-]+\s+)?", re.IGNORECASE)
#: A speaker who claims to have done something does it ("Moscow claimed to annex").
_CLAIMS_TO = re.compile(r"\s+(?:\w+\s+)?claim(?:ed|s|ing)?\s+to\b", re.IGNORECASE)
#: "they" or "he" as the subject of a clause told with the act ("..., when they opened fire");
#: after "after", "before" or "as" it is more often the people just hit ("after they fired at").
_BARE_PRONOUN = WordPattern(r"\b(?:when|and|then|where)\s+(?:they|he|she)\s+"
                           r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s*|\b(?:and|then|when|after|as)\s+)(?:they|he|she|it|"
                              r"the (?:group|attackers|assailants|gunmen|militants|fighters|"
                              r"rebels|soldiers|troops|forces|men))\s+(?:\w+\s+){0,2}$",
                              re.IGNORECASE)


class _LazyPattern:
    """A lexicon row whose ``pattern`` is compiled when a sentence first triggers the row: a
    one-article run meets few rows."""

    pattern: str

    @cached_property
    def rx(self) -> re.Pattern:
        return compile_prefiltered(self.pattern)

    @cached_property
    def beginnings(self) -> tuple[str, ...] | None:
        """Of the word every match begins, if known."""
        return word_beginnings(self.pattern)


@dataclass(frozen=True)
class Act(_LazyPattern):
    """A row of ``geo/data/event_acts.csv``."""

    name: str
    event_type: str
    sub_event_type: str
    priority: int
    gate: str
    pattern: str


@dataclass(frozen=True)
class Found:
    """An act or a weapon found in a sentence, with its offsets."""

    name: str
    event_type: str
    sub_event_type: str
    priority: int
    start: int
    end: int
    gate: str = "none"


#: Rows of the act table that are not acts: they qualify the acts of their sentence.
_NOT_ACTS = frozenset({"not_event", "ongoing", "vague_time", "purpose", "other_cause"})
#: Of those, the ones ``read_acts`` reads in every sentence with an act; "purpose" only after
#: a protest, "other_cause" never (``names_other_cause`` reads it in a whole text).
_QUALIFIERS = frozenset({"not_event", "ongoing", "vague_time"})


@dataclass(frozen=True)
class Frame:
    """What a clause reports: the coded type, the act, who acts and who is hit."""

    event_type: str
    sub_event_type: str
    priority: int
    act: Found
    agent: ActorMention | None
    target: ActorMention | None
    role1: str | None = None  # what people of ``agent`` do: "protesters", "rioters", "civilians"
    role2: str | None = None  # "civilians" when people are hit

    @property
    def territorial(self) -> bool:
        """Whether the sub-event type follows who takes ground from whom."""
        return self.act.name in TERRITORY_ACTS


@dataclass(frozen=True)
class SentenceActs:
    """The acts, weapons and non-event spans of one sentence."""

    acts: list[Found]
    weapons: list[Found]
    ongoing: list[tuple[int, int]]
    purpose: int | None = None  # where what a protest is about begins ("against the ...")

    def in_span(self, a: int, b: int) -> list[Found]:
        return [x for x in self.acts if a <= x.start < b]

    def weapons_in(self, a: int, b: int) -> list[Found]:
        return [w for w in self.weapons if a <= w.start < b]

    def names(self, a: int = 0, b: int | None = None) -> set[str]:
        return {x.name for x in self.acts if a <= x.start and (b is None or x.start < b)}


@lru_cache(maxsize=64)  # one article's sentences, read by several stages
def read_acts(sentence: str) -> SentenceActs:
    """The acts, remote weapons and ongoing-situation phrases of a sentence.

    Phrases that only look like acts (``not_event`` rows: "heart attack", "hit by a car")
    mask the words they cover; after a protest's purpose phrase ("against the
    invasion") no act counts. A sentence with no act is read no further.
    """
    rows, arms = _acts(), _weapons()
    possible = sorted(_act_index().candidates(sentence))
    at = bisect_left(possible, len(rows))  # the weapon rows' keys come after the acts'
    possible, armed = possible[:at], [i - len(rows) for i in possible[at:]]
    hits = [(rows[i], m) for i in possible if rows[i].name not in _NOT_ACTS
            for m in find_row(rows[i].rx, sentence, rows[i].beginnings)]
    if not hits:
        return _NOTHING
    by_kind: dict[str, list[re.Match]] = {}
    protest = any(act.name == "protest" for act, _ in hits)
    wanted = _QUALIFIERS | {"purpose"} if protest else _QUALIFIERS
    for i in possible:
        if rows[i].name in wanted:
            by_kind.setdefault(rows[i].name, []).extend(find_row(rows[i].rx, sentence,
                                                                 rows[i].beginnings))
    # a row may mask only a part of what it matches: "arrested three men (over the killing)"
    masked = [(m.start("masked") if m.groupdict().get("masked") else m.start(), m.end())
              for m in by_kind.get("not_event", ())]

    def free(m: re.Match) -> bool:
        return not any(s <= m.start() < e for s, e in masked)

    found = [Found(act.name, act.event_type, act.sub_event_type, act.priority, m.start(),
                   m.end(), act.gate) for act, m in hits if free(m)]
    # "strike" in "went on strike" is the protest's word, not an attack
    found = [x for x in found if x.name not in GENERIC_ACTS or not any(
        y.name in PROTEST_ACTS and y.start <= x.start and x.end <= y.end for y in found)]
    ongoing = [(m.start(), m.end()) for kind in ("ongoing", "vague_time")
               for m in by_kind.get(kind, ()) if free(m)]
    protest = min((x.start for x in found if x.name == "protest"), default=None)
    purposes = [m.end() for m in by_kind.get("purpose", ()) if free(m)]
    cut = None
    if protest is not None and any(p > protest for p in purposes):
        # what a protest is against is not an event of its own
        cut = min(p for p in purposes if p > protest)
        # ... but "protests over fuel prices turned violent" is said of the protest
        found = [x for x in found if x.start < cut or x.name in PROTEST_ACTS | {"riot"}
                 or _NEW_CLAUSE_SUBJECT.search(sentence, cut, x.start)
                 or _TURNED_VIOLENT.match(sentence, x.start, x.end)
                 or _protesters_verb(sentence, protest, cut, x)
                 or _next_verb(sentence, cut, x)]
    weapons = [Found(arms[i].name, "Explosions/Remote violence", arms[i].sub_event_type,
                     arms[i].priority, m.start(), m.end())
               for i in armed for m in find_row(arms[i].rx, sentence, arms[i].beginnings)
               if free(m) and not _ARMED_WITH.search(sentence, max(0, m.start() - 60), m.start())]
    return SentenceActs(sorted(found, key=lambda x: x.start), weapons, ongoing, cut)


_NOTHING = SentenceActs([], [], [])
#: Weapons that only tell how the doers were armed ("militants armed with guns and heavy
#: weapons stormed a post"): what they carried, not how the act struck.
_ARMED_WITH = re.compile(r"\barmed\s+with\s+(?:(?:[\w-]+\s+){0,3}?[\w-]+(?:,\s+|\s+and\s+))*"
                         r"(?:[\w-]+\s+)?$", re.IGNORECASE)
#: A protest that turned violent: its own riot.
_TURNED_VIOLENT = re.compile(r"(?:turned|became|grew)\s+violent\b", re.IGNORECASE)
#: A new clause's subject right before an act ("..., and police detained 20"): after a
#: protest's purpose, its acts count again.
_NEW_CLAUSE_SUBJECT = re.compile(r"(?:;|,\s*(?:and|but|while|whereas))\s+(?:[\w'’-]+\s+){1,3}$",
                                 re.IGNORECASE)


def _protesters_verb(sentence: str, protest: int, cut: int, act: Found) -> bool:
    """Whether an act after a protest's purpose is what the protesters did: the main verb
    after "[people] protesting against [a few words]" ("Students protesting against the
    election result clashed with police"), not a verb inside the purpose ("protesting
    against the arrest of a leader who was attacked")."""
    return bool(_PROTESTING.match(sentence, protest) and _PAST_VERB.match(sentence, act.start)
                and _PURPOSE_OBJECT.fullmatch(sentence, cut, act.start))


def _next_verb(sentence: str, cut: int, act: Found) -> bool:
    """Whether an act after a protest's purpose is the protesters' next verb, joined by "and"
    ("marched against the new tax and clashed with police"), not a verb inside the purpose:
    not one of two participles said of someone in it ("a teacher beaten and killed by
    police"), nor a passive one ("... and shot by soldiers")."""
    return bool(_AND_AFTER_OBJECT.fullmatch(sentence, cut, act.start)
                and _PAST_VERB.match(sentence, act.start)
                and not _PASSIVE_DOER.match(sentence, act.end))


#: A purpose's short object, then "and" before the next verb: " the new tax and " (not a
#: participle before "and": "a teacher beaten and").
_AND_AFTER_OBJECT = re.compile(r"(?:\s+(?!(?:who|which|that|was|were|been|had|has|have|and|"
                               r"but|after|when|as)\b)[\w'’-]+){1,6}(?<!ed)(?<!en)(?<!shot)"
                               r",?\s+and\s+", re.IGNORECASE)
#: A passive verb's doer right after it: " by police", " dead by soldiers".
_PASSIVE_DOER = re.compile(r"(?:\s+\w+)?\s+by\b", re.IGNORECASE)
#: A protest told by its participle, which a later main verb follows: "protesting", "marching".
_PROTESTING = re.compile(r"\w+ing\b", re.IGNORECASE)
#: A verb in the past tense.
_PAST_VERB = re.compile(r"(?:\w+ed|threw|fought|broke|burnt|hurled)\b", re.IGNORECASE)
#: A purpose's object of one to eight words, no clause of its own inside ("the killing of a
#: boy by police").
_PURPOSE_OBJECT = re.compile(r"(?:\s+(?!(?:who|which|that|was|were|been|had|has|have|and|"
                             r"but|after|when|as)\b)[\w'’-]+){1,8}\s+", re.IGNORECASE)


def names_other_cause(text: str) -> bool:
    """Whether a text names a cause of flight or death other than conflict: a disaster,
    disease, accident or scare (``other_cause`` rows)."""
    rows = _acts()
    return any(rows[i].rx.search(text) for i in _act_index().candidates(text)
               if i < len(rows) and rows[i].name == "other_cause")


def frame_clause(
    sentence: str,
    clause: tuple[int, int],
    acts: SentenceActs,
    actors: list[ActorMention],
    *,
    carried: ActorMention | None = None,
    protest_nearby: bool = False,
    told: bool = False,
) -> Frame | None:
    """The event a clause reports, or None.

    Parameters
    ----------
    sentence
        The sentence the clause is part of.
    clause
        The clause's offsets in ``sentence``.
    acts
        ``read_acts(sentence)``.
    actors
        ``find_actors(sentence)``.
    carried
        The agent of the sentence before, for a clause whose subject is a pronoun ("they").
    protest_nearby
        Whether the paragraph reports a protest (a crowd clashing with police there riots).
    told
        Whether acts named as told before ("Saturday's strike") count: for a report the
        story has not told ("the death toll from Saturday's strike rose to 40").

    Returns
    -------
    Frame or None
        The highest-priority act of the clause whose gate its frame passes, coded.
    """
    a, b = clause
    here = acts.in_span(a, b)
    if not here:
        return None
    protest = _protesting(sentence, clause, acts, actors, protest_nearby)
    ranked = []
    melee = _melee(sentence, clause, actors)  # people fighting with sticks, or beating
    # "arrested 15 people in raids", "stormed the home and arrested him", "raided the village
    # and carted off grain": the raid is the arrest's or the looting's means, where no one
    # is hurt
    means = any(x.name in ENTRY_MEANS for x in here) and not any(
        x.name in HARM_ACTS | REMOTE_ACTS for x in here)
    freed = _FREED.search(sentence, a, b)
    # "falling debris injured three": the harm is the debris' (a strike's), no one's attack
    debris = next((x.start for x in here if x.name == "debris"), None)
    causes = answered_causes(sentence, acts_too=True)
    for act in here:
        if debris is not None and act.start >= debris and act.name in HARM_ACTS | GENERIC_ACTS:
            continue
        if means and act.name in ENTRY_ACTS:
            continue
        if freed and act.name in CAPTURE_ACTS and act.start > freed.start():
            continue  # the people freed, named by how they were taken
        if any(x.end <= act.start and _WHO_BETWEEN.fullmatch(sentence, x.end, act.start)
               for x in here):
            continue  # "fired on a suspect who threw a grenade": what the target had done
        if any(x <= act.start < y for x, y in causes):
            continue  # "in retaliation for an attack that killed 26": the cause, told before
        reference = is_reference(sentence, act)
        if reference and not told:
            continue
        if act.name == "agreement" and _HYPOTHETICAL.search(sentence, max(a, act.start - 40),
                                                            act.start):
            continue  # "the strike will go on until a deal is reached"
        # an act named as a thing ("Saturday's strike") is not the sentence subject's:
        # only a by-phrase after it names its doer
        agent = (agent_of(sentence, clause, act, [x for x in actors if x.start > act.start])
                 if reference else agent_of(sentence, clause, act, actors, carried=carried))
        if act.name == "protest" and _diplomatic(sentence, clause, act, agent, actors):
            continue  # "the foreign ministry summoned the envoy to protest": a diplomat's word
        if act.name == "bodies_found":
            agent = None  # who found the bodies did not kill them
        if act.name == "debris" and not acts.weapons_in(a, b):
            continue  # "Drones hit the city, and falling debris hurt two": the strike's toll
        if act.name == "debris":
            # "debris of a Russian drone shot down by air defences injured three": the side
            # that launched it struck, not the forces that brought it down
            agent = next((x for x in actors if x.kind == "weapon" and x.country
                          and a <= x.start < b), None)
        # an attack told as a thing ("Sunday's attack on the village", "were killed in an
        # attack on a police station") that killed or hurt people is violence, whoever did it
        told_harm = act.name in GENERIC_ACTS and (reference or agent is None and bool(
            _ON_TARGET.match(sentence, act.end)) and not _NOT_ARMED_ATTACK.search(
            sentence, max(a, act.start - 12), act.start)) and bool(find_victims(sentence[a:b]))
        # "clashes in Tripoli left 12 dead", "14 were killed in a bombing": the conflict
        # noun did the harm, whoever fought
        tolled = agent is None and _takes_toll(sentence, clause, act) and not (
            acts.ongoing and _PERFECT_TOLL.search(sentence, a, b))
        # "two soldiers and three rebels were killed in clashes": armed people fell in it
        fought = agent is None and act.name in BATTLE_ACTS and any(
            v.armed for v in find_victims(sentence[a:b]))
        aux = _PASSIVE.search(sentence, max(a, act.start - 60), act.start)
        # a verb, not a name read as one ("Boko Haram/IS attacked")
        passive = agent is None and aux is not None and not any(
            x.start <= aux.start() < x.end for x in actors)
        # "three journalists were arrested": only a state arrests, whether named or not
        held = act.name == "arrest" and passive
        # "soldiers were attacked", "a police post came under fire": forces attacked by
        # someone unnamed fight them
        forces_hit = passive and act.name in GENERIC_ACTS and _subject_is_forces(
            sentence, aux, target_of(sentence, clause, act, actors, None))
        if told_harm or tolled or fought or held or forces_hit or _people_killing(
                sentence, clause, act, agent) or _passes(
                act, agent, acts.weapons, protest=protest, melee=melee):
            # the most specific act wins; one whose doer the text names beats one whose doer
            # it leaves open ("3 soldiers were taken hostage in an attack by militants")
            # "a mob lynched a man": the act's own words name its doer
            named = agent is not None or act.name == "mob" and any(
                act.start <= x.start and x.end <= act.end for x in actors)
            rank = act.priority + (AGENT_BONUS if named else 0)
            ranked.append((rank, act, agent, _is_participle(sentence, act, here)))
    # a participle ("..., wounding eight") only tells what the main act of violence did; with
    # property or an arrest ("burned houses ..., killing 12") the harm to people decides
    violent = any(not participle and act.event_type != "Strategic developments"
                  for _, act, _, participle in ranked)
    ranked = [(rank - (PARTICIPLE_PENALTY if violent and participle else 0), act, agent)
              for rank, act, agent, participle in ranked]
    shots = [act for _, act, _ in ranked if act.name == "warning_shots"]
    in_air = {id(act) for _, act, _ in ranked
              if any(x.start < act.end and act.start < x.end for x in shots)}
    if len(in_air) < len(ranked) and in_air:
        # shots in the air (and the words of firing them) only go with another act the clause
        # tells ("soldiers looted shops and fired in the air": the looting; not "fired warning
        # shots at a crowd")
        ranked = [(rank - WARNING_SHOTS_PENALTY if id(act) in in_air else rank, act, agent)
                  for rank, act, agent in ranked]
    for _, act, agent in sorted(ranked, key=lambda r: -r[0]):
        target = target_of(sentence, clause, act, actors, agent)
        frame = _decide(sentence, clause, act, agent, target, acts, actors, protest, melee)
        if frame is not None:
            return frame
    return None


#: A passive verb just before the by-phrase an act is read from: "was burned to death (by a
#: mob)", "were beaten (by ...)".
_PASSIVE_DONE = re.compile(rf"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?{_PARTICIPLE}"
                           r"(?:\s+to\s+death)?\s+$", re.IGNORECASE)
#: An aircraft told before the verb that downed it: "helicopter was shot down".
_AIRCRAFT_FIRST = re.compile(r"(?!(?:shot|shoot|shooting|brought|bring|brings|downed)\b)",
                             re.IGNORECASE)


def _aircraft_downed(sentence: str, act: Found) -> bool:
    """Whether an act tells an aircraft that was shot down, the aircraft named first ("a
    police helicopter was shot down"): whose it was is who was hit."""
    return act.name == "shoot_down_aircraft" and bool(_AIRCRAFT_FIRST.match(sentence, act.start))


#: A protest told as a purpose or as words to another party: "to protest", "protested to".
_TO_BEFORE = re.compile(r"\bto\s+$")
_TO_AFTER = re.compile(r"\s+(?:to|with)\b")


def _diplomatic(sentence: str, clause: tuple[int, int], act: Found,
                agent: ActorMention | None, actors: list[ActorMention]) -> bool:
    """Whether a protest is a government's or an official's word, not a gathering: told as
    "to protest" or "protested to", by a doer, or a subject its clause opens with, that is one
    ("Pakistan's foreign ministry summoned the envoy to protest the killing")."""
    if not (_TO_BEFORE.search(sentence, max(0, act.start - 4), act.start)
            or _TO_AFTER.match(sentence, act.end)):
        return False  # "lawmakers staged a protest" is a gathering
    a = clause[0]
    subject = next((x for x in actors if a <= x.start < act.start), None)
    if subject is not None and sentence[a : subject.start].strip(" ,"):
        subject = None  # not the clause's first words: "gathered outside the ministry"
    return any(x is not None and x.kind in ("government", "official") for x in (agent, subject))


def _is_participle(sentence: str, act: Found, acts: list[Found]) -> bool:
    """Whether an act is told as a participle after the main verb (", killing five"), or
    joined by "and" to one (", killing five and abducting ten"): what the event did."""
    if PARTICIPLE.match(sentence, act.start):
        return True
    before = [x for x in acts if x.end <= act.start]
    return bool(before) and sentence[act.start:act.end].lower().endswith("ing") and bool(
        _AND_NEXT.fullmatch(sentence, before[-1].end, act.start)) and _is_participle(
        sentence, before[-1], acts)


#: What an act answers, to the end of its clause: "in retaliation for last month's attack on
#: tourists in Pahalgam that killed 26". Its places and dead are the cause's, and, after
#: "retaliation", "revenge" or "reprisal", so are its acts (not after "in response to":
#: "fired tear gas in response to stone-throwing" tells the riot).
_IN_ANSWER_TO = compile_prefiltered(r"\b(?:in\s+)?(?P<word>retaliation|revenge|reprisals?|"
                                    r"response)\s+(?:for|to)\b[^,;]*")


@lru_cache(maxsize=64)  # a sentence is asked by the reader, the victims pass and each clause
def answered_causes(sentence: str, *, acts_too: bool = False) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence that tell what its act answers (``_IN_ANSWER_TO``), where
    they give the cause no day of its own (a cause told with its day, "a response to a
    drone that struck Tel Aviv on Friday, killing a man", is an event the story tells);
    with ``acts_too``, only those whose acts are the cause's."""
    return tuple(m.span() for m in _IN_ANSWER_TO.finditer(sentence)
                 if not _DAY_TOLD.search(m[0])
                 and (not acts_too or m["word"].lower() != "response"))


#: A day named: a weekday, "yesterday", "overnight", "on 12 May".
_DAY_TOLD = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|overnight|today|tonight|"
                       r"on\s+\d{1,2}\b)", re.IGNORECASE)


#: Between an act and one told of its object in a relative clause: "fired on a man who "
#: (not of its doer: "was attacked by a group who took hostages").
_WHO_BETWEEN = re.compile(r"(?:(?!\bby\s)[^,;:.])*\bwho\s+(?:[a-z]+\s+){0,3}?")
#: What lies between two acts of one chain of participles: their words, then "and".
_AND_NEXT = re.compile(r"[^,;:.]*\band\s+")


def _takes_toll(sentence: str, clause: tuple[int, int], act: Found) -> bool:
    """Whether a conflict noun is what killed or hurt people in its clause: the subject of a
    harm verb after it, or what people were killed in ("A bombing in Mogadishu killed 14",
    "were killed in clashes"); not "a heart attack"."""
    a, b = clause
    if not _TOLL_NOUN.fullmatch(sentence, act.start, act.end) or _NOT_ARMED_ATTACK.search(
            sentence, max(a, act.start - 12), act.start):
        return False
    after = _TOLL_AFTER.match(sentence, act.end)
    return (after is not None and after.end() <= b) or bool(
        _TOLL_BEFORE.search(sentence, max(a, act.start - 60), act.start))


def _protesting(sentence: str, clause: tuple[int, int], acts: SentenceActs,
                actors: list[ActorMention], nearby: bool) -> bool:
    """Whether people demonstrate here: the sentence names a protest act (not forces closing
    roads), or its paragraph does (``nearby``)."""
    return nearby or any(x.name in PROTEST_ACTS and not _forces_close(sentence, clause, x, actors)
                         for x in acts.acts)


def _forces_close(sentence: str, clause: tuple[int, int], act: Found,
                  actors: list[ActorMention]) -> bool:
    """Whether armed forces block or barricade roads ("police blocked roads into the area"):
    closing them, not protesting."""
    if not _CLOSED.match(sentence, act.start):
        return False
    agent = agent_of(sentence, clause, act, actors)
    return agent is not None and agent.armed


#: Fighting off an attack named as one already told: "repelled the attack", "fought off that
#: assault".
_REPELLED_TOLD = re.compile(r"(?:repel|repuls|fought off|fights off|beat off|beat back)\w*\s+"
                            r"(?:the|that|this)\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|"
                            r"raids?|offensive|incursion|ambush)\b", re.IGNORECASE)
#: An attack the sentence itself tells before "repelled the assault": "tried to capture X".
_ATTACK_TOLD_BEFORE = re.compile(r"\b(?:tri(?:ed|es)|attempt(?:ed|s)?|sought|trying|attempting)\s+"
                                 r"to\b|\b(?:attacked|stormed|assaulted|raided|ambushed)\b",
                                 re.IGNORECASE)


def repeller_of_told(sentence: str) -> ActorMention | None:
    """The side a sentence says fought off an attack told before ("The RSF said it had
    repelled the attack"), if it names one."""
    repel = next((x for x in read_acts(sentence).acts
                  if _REPELLED_TOLD.match(sentence, x.start) and is_reference(sentence, x)),
                 None)
    if repel is None:
        return None
    side = agent_of(sentence, (0, len(sentence)), repel, find_actors(sentence))
    if side is None or not (side.name or side.country):
        return None
    return replace(side, speaker=False)


def is_reference(sentence: str, act: Found) -> bool:
    """Whether an act is named as a thing already told: "the attack", "that strike", "the
    missile had hit", "repelled the attack", "the strikes set fire to"."""
    if _REPELLED_TOLD.match(sentence, act.start):
        # not an attack the sentence itself tells ("tried to capture X, but troops repelled
        # the assault")
        return not _ATTACK_TOLD_BEFORE.search(sentence, 0, act.start)
    if _NOUN_ACT.match(sentence, act.start):
        before = max(0, act.start - 40)
        ref = _REFERENCE.search(sentence, before, act.start)
        if ref is not None and ref[0].lower().startswith("that") and _REPORTING_BEFORE.search(
                sentence, max(0, ref.start() - 20), ref.start()):
            ref = None  # "said that air strikes": what is said, news
        return ref is not None and (
            not _CARRIED_OUT.search(sentence, before, act.start)
            or bool(_SAID_IT_DID.search(sentence, max(0, act.start - 60), act.start)))
    if act.name not in GENERIC_ACTS | HARM_ACTS and _TOLD_ACT.search(
            sentence, max(0, act.start - 40), act.start):
        return True  # what the told strike did besides harm people: part of it
    return act.name in GENERIC_ACTS and bool(
        _TOLD_WEAPON.search(sentence, max(0, act.start - 40), act.start))


def agent_of(
    sentence: str,
    clause: tuple[int, int],
    act: Found,
    actors: list[ActorMention],
    *,
    carried: ActorMention | None = None,
) -> ActorMention | None:
    """Who does an act: the by-phrase of a passive verb ("killed by gunmen"), else the actor
    nearest before the verb in its clause, else in an earlier clause of the sentence; a
    pronoun subject ("they") stands for ``carried``."""
    a, b = clause
    # a speaker does what it says where saying is the act ("the government declared a state
    # of emergency")
    doers = [x for x in actors if (not x.speaker or _CLAIMS_TO.match(sentence, x.end)
                                   or _NAME_ONLY.fullmatch(sentence, x.end, act.start)
                                   or _speaks_of_own_weapon(sentence, x, act))
             and x.kind not in ("armed_site",)]
    by = next((x for x in doers if act.start < x.start < b
               and _BY.fullmatch(sentence[act.end if x.start >= act.end else act.start
                                          : x.start]) and not _fired_by(sentence, act, x)
               and not _describes_object(sentence, a, act, x, doers)
               and not _GATHERING_BY.search(sentence, max(0, x.start - 25), x.start)), None)
    if by is not None:
        return _attacker_repelled_by(sentence, act, by, doers) or by
    if _aircraft_downed(sentence, act):
        return None  # "a police helicopter was shot down": the police were hit
    attacker = _repelled_attacker(sentence, clause, act, doers)
    if attacker is not None:
        return attacker
    # "Artillery fire from Azerbaijani positions hit the village": those who hold the site
    # the fire came from
    origin = next((x for x in actors if x.kind == "armed_site" and x.country and a <= x.start < b
                   and _FROM_BEFORE.search(sentence, max(a, x.start - 12), x.start)),
                  None) if act.event_type == "Explosions/Remote violence" else None
    if origin is not None:
        return forces_holding(origin)
    if act.name == "overtake" and _FELL_TO.search(sentence, act.start, act.end):
        # "the town fell to the rebels": taken by those it fell to
        taker = next((x for x in doers if act.end <= x.start < b and x.armed
                      and _ARTICLE_ONLY.fullmatch(sentence, act.end, x.start)), None)
        if taker is not None:
            return taker
    if act.name == "disappear":
        # "agents took him from his home and his whereabouts remain unknown": those who took him
        return next((x for x in reversed(doers) if x.end <= act.start
                     and (x.armed or x.kind in STATE)), None)
    if act.name in BATTLE_ACTS:  # "clashes between Russian and Ukrainian forces", "with M23"
        between = next((x for x in doers if act.end <= x.start < b
                        # the act's own words may end on it: "a battle between"
                        and _BETWEEN.fullmatch(" " + sentence[act.start : x.start])), None)
        if between is not None:
            return between
        side = next((x for x in doers if act.end <= x.start < b and x.armed
                     and _WITH.fullmatch(sentence[act.end : x.start])), None)
        pronoun = carried is not None and _PRONOUN_SUBJECT.search(
            sentence, max(a, act.start - 60), act.start)
        # "two soldiers were killed in a clash with rebels": the subject was hit, the side
        # after "with" fought
        hit_first = _PASSIVE_HARM.search(sentence, a, act.start)
        # (not where the verb has a subject of its own after them: "six were killed as
        # protesters clashed with police")
        if side is not None and carried is None and not any(
                a <= x.start < act.start for x in doers) and _BARE_PRONOUN.search(
                sentence, max(a, act.start - 60), act.start):
            # "Police raided the camp, where they clashed with armed men": the pronoun is
            # the side the sentence named first
            first = next((x for x in doers if x.start < a and _is_side(x)
                          and not _is_object(sentence, x)), None)
            if first is not None:
                return first
        if side is not None and not pronoun and (
                hit_first and not any(hit_first.end() <= x.start < act.start for x in doers)
                or not any(a <= x.start < act.start for x in doers)):
            return side
    lead = sentence[a : act.start]
    tail = max(a, act.start - 60)  # patterns anchored at the verb look this far back
    if act.name in TERRITORY_ACTS and carried is not None and carried.armed and (
            _PASSIVE.search(sentence, tail, act.start)) and read_acts(sentence).names() & (
                BATTLE_ACTS):
        # "Troops clashed with the rebels. After the clash, the town was retaken from the
        # rebels": retaken by the other side of the fight, told before
        loser = next((x for x in actors if act.end <= x.start < b
                      and _FROM_SIDE.fullmatch(sentence, act.end, x.start)), None)
        if loser is not None and (loser.name, loser.country) != (carried.name, carried.country):
            return carried
    if act.name in INTERCEPT_ACTS and not any(a <= x.start < act.start for x in doers):
        # "the Israeli army said the missile was intercepted": the forces that speak stopped
        # it, not the side that fired it (told before)
        return next((replace(x, speaker=False) for x in reversed(actors)
                     if x.speaker and x.armed and a <= x.start < act.start), None)
    named = next((x for x in doers if x.end <= act.start and x.armed and x.kind != "weapon"
                  and _TOLL_NOUN.fullmatch(sentence, act.start, act.end)
                  and not sentence[x.end : act.start].strip()
                  and _ARTICLE_END.search(sentence, max(a, x.start - 8), x.start)), None)
    if named is None:
        # "were killed in a Russian strike": the state's weapon, named with the act
        named = next((x for x in doers if x.kind == "weapon" and x.country
                      and x.start < act.start < x.end
                      and _ARTICLE_END.search(sentence, max(a, x.start - 8), x.start)), None)
    if named is not None:
        return named  # "were killed in a Boko Haram attack": the attack is the group's
    aux = _PASSIVE.search(sentence, tail, act.start)
    if aux is not None and any(x.start <= aux.start() < x.end for x in actors):
        aux = None  # "IS attacked": a group's name, not "is"
    if act.name not in MOVEMENT_ACTS and (aux is not None
                                          or _PREDICATE.match(sentence, act.start)):
        return None  # "two soldiers were killed", "left 20 villagers injured": the hit
    if carried is None and act.name in HARM_ACTS | BATTLE_ACTS | REMOTE_ACTS | {"assault"} and (
            _BARE_PRONOUN.search(sentence, tail, act.start)):
        # "Police shot dead two people when they opened fire on a crowd": the pronoun is the
        # armed subject named first, not the people it hit
        subject = next((x for x in doers if x.start < act.start and _is_side(x)
                        and not _is_object(sentence, x)), None)
        if subject is not None:
            return subject
    # "police detained activists who blocked a road": a relative clause's act is done by
    # the people it qualifies, whatever their place in the main clause
    relative = next((x for x in reversed(doers) if a <= x.start and x.end <= act.start
                     and _WHO_THEN.fullmatch(sentence, x.end, act.start)), None)
    if relative is not None:
        return relative
    # the nearest doer before the verb that is its subject, looked for from the verb back
    before = next((x for x in reversed(doers) if a <= x.start < act.start
                   and not _is_object(sentence, x)
                   and not _NAMED_AS.search(sentence, max(a, x.start - 40), x.start)
                   and not _VERB_OBJECT.search(sentence, max(a, x.start - 50), x.start)
                   and not _object_of_doer(sentence, x, doers)
                   and not _PASSIVE_BETWEEN.search(sentence, x.end, act.start)
                   and not _is_modifier(sentence, x)
                   and not _whose_people(sentence, x, doers)
                   and not _in_participle_aside(sentence, a, x, act)
                   and not _SUSPECTED_OF.search(sentence, x.end, act.start)), None)
    if before is not None and _AND_VERB.fullmatch(sentence, before.end, act.start):
        before = _subject_of_first_verb(sentence, a, before, doers) or before
    if before is not None and before.name and before.armed:
        # "JNIM or ISGS militants abducted a trader": either group, as ACLED names it
        either = next((x for x in doers if x.name and x.armed and x.name != before.name
                       and x.end <= before.start
                       and _OR_BETWEEN.fullmatch(sentence, x.end, before.start)), None)
        if either is not None:
            before = replace(before, name=f"{either.name} and/or {before.name}")
    if before is not None:
        # "the army and allied militias repelled ...": the allies fight beside the first
        ally = next((x for x in reversed(doers) if a <= x.end <= before.start
                     and _AND_ALLIED.fullmatch(sentence, x.end, before.start)), None)
        if ally is None and act.name in TWO_SIDED_ACTS and before.armed:
            # "Sudan's army and the RSF clashed", "the government and the ELN signed a truce":
            # the side named first is the first side
            ally = next((x for x in doers if a <= x.start and x.end <= before.start
                         and (_is_side(x) or act.name == "agreement"
                              and x.kind in ("government", "official"))
                         and _AND_BETWEEN.fullmatch(sentence, x.end, before.start)), None)
        if ally is None and act.name not in TWO_SIDED_ACTS and _leads(before) and not (
                _TRADED.search(sentence, before.end, act.start)):
            # "Burkinabe soldiers and VDP militiamen killed 30 civilians", "US and British
            # warplanes struck": doers together, the first named leads (not sides that
            # "exchanged artillery fire" with each other)
            ally = next((x for x in doers if a <= x.start and x.end <= before.start
                         and _leads(x)
                         and _AND_BETWEEN.fullmatch(sentence, x.end, before.start)), None)
        return ally or before
    if carried is None and _EACH_OTHER.match(sentence, act.end) and re.match(
            r"\s*(?:they|both sides)\s+$", lead, re.IGNORECASE):
        # "They attacked each other ..., wounding seven villagers": the people hurt on both
        # sides are the sides, where the story names no one before
        each = next((x for x in doers if act.end <= x.start < b and x.kind in PEOPLE), None)
        if each is not None:
            return each
    if carried is not None and (_PRONOUN_SUBJECT.search(sentence, tail, act.start) or not any(
            not x.speaker and (x.armed or x.kind in STATE) for x in actors)):
        return carried  # "they", or a sentence that names no force: the paragraph's doer
    inside = [x for x in doers if act.start <= x.start < act.end and x.armed]
    if inside:
        return inside[0]  # "a column of Russian military vehicles was moving"
    aside = _ASIDE_END.search(sentence, max(0, a - 90), a)
    if aside and _BE.match(sentence, a):
        aside = None  # "The bridge, which Putin opened, was damaged by a bomb": it was hit
    if aside and not lead.strip():
        # "Hundreds of labourers, who had been turned back, threw stones": the subject
        # before the aside, whoever it is
        earlier = [x for x in doers if x.end <= a and _ASIDE_BEFORE.match(sentence, x.end, a)]
        if earlier:
            return earlier[-1]
    placed = next((x for x in doers if a <= x.start < act.start and x.kind in ARMED
                   and _PLACED_BY.search(sentence, max(a, x.start - 30), x.start)), None)
    if placed is not None:
        return placed  # "an IED planted by the BLA hit their vehicle"
    if _COORDINATED.match(sentence, a) or AFTER_ASIDE.fullmatch(lead) or aside:
        # "..., and then shelled the town", "X, since the war began, hit Y", "The army,
        # which holds the city, said its aircraft had bombed": the subject before the aside
        end = aside.start() if aside else a
        earlier = [x for x in doers if x.start < end and x.kind in ARMED | STATE]
        return earlier[-1] if earlier else None
    return None


#: Forces that fought off an attack: the attack's doers, not they, began the fight.
_REPELLED = re.compile(r"(?:repel(?:led|s)?|repuls(?:ed|es)|(?:fought|fights|beat) (?:off|back))",
                       re.IGNORECASE)
#: Between "repelled" and the attackers named inside the attack ("repulsed a Taliban attack").
_ATTACK_OF_NAME = re.compile(r"\s+(?:an?|the|another)\s+(?:(?:major|large|fresh|new|coordinated|"
                             r"night|overnight|dawn|failed|heavy|renewed)\s+)*$", re.IGNORECASE)
#: Nouns of an attack.
_ATTACKS = r"(?:attacks?|assaults?|offensives?|raids?|incursions?)\b"
#: After the attackers named inside the attack.
_ATTACK_NOUN = re.compile(rf"\s+(?:fighters['’]\s+|militants['’]\s+)?{_ATTACKS}", re.IGNORECASE)
#: Between "repelled" and the attackers named in the attack's by-phrase ("repelled an attack
#: by suspected bandits").
_ATTACK_BY = re.compile(rf"\s+(?:an?|the|another)\s+(?:[\w-]+\s+){{0,2}}?{_ATTACKS}\s+by\s+"
                        r"(?:the\s+)?(?:suspected\s+|alleged\s+)?", re.IGNORECASE)
#: A state's attacks counted after "repelled", named by its demonym ("repelled 12 Russian
#: assaults", "fought off a fresh Israeli incursion").
_STATE_ATTACKS = re.compile(
    r"\s+(?:\d+|an?|the|another|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"multiple|numerous|dozens\s+of)\s+(?:(?:fresh|new|renewed|major|large|heavy)\s+)*"
    rf"(?P<demonym>(?-i:[A-Z])[\w-]+)\s+{_ATTACKS}", re.IGNORECASE)
#: "repelled their attack": the attack of armed people named before.
_THEIR_ATTACK = re.compile(rf"\s+their\s+(?:\S+\s+)?{_ATTACKS}", re.IGNORECASE)


def _repelled_attacker(sentence: str, clause: tuple[int, int], act: Found,
                       doers: list[ActorMention]) -> ActorMention | None:
    """Who made the attack forces repelled: named inside it ("the army repelled a Taliban
    attack") or, for "their attack", the other armed side named before ("ten militants were
    killed when troops repelled their attack"); the repelling forces are the target."""
    if act.name != "assault" or not _REPELLED.fullmatch(sentence, act.start, act.end):
        return None
    a, b = clause
    inside = next((x for x in doers if act.end < x.start < b and x.armed
                   and _ATTACK_OF_NAME.fullmatch(sentence, act.end, x.start)
                   and _ATTACK_NOUN.match(sentence, x.end)), None)
    if inside is not None:
        return inside
    inside = next((x for x in doers if act.end < x.start < b and _is_side(x)
                   and _ATTACK_BY.fullmatch(sentence, act.end, x.start)), None)
    if inside is not None:
        return inside  # "repelled an attack by al-Shabaab"
    state = _STATE_ATTACKS.match(sentence, act.end)
    country = demonym_country(state["demonym"]) if state else None
    if country is not None:  # "repelled 12 Russian assaults": the state's forces attacked
        return ActorMention(state.start("demonym"), state.end("demonym"), state["demonym"],
                            "military", country=country)
    if not _THEIR_ATTACK.match(sentence, act.end):
        return None
    before = [x for x in doers if x.end <= act.start and _is_side(x)]
    if len(before) < 2:
        return None
    repeller = before[-1]
    return next((x for x in reversed(before[:-1]) if (x.name, x.kind, x.country)
                 != (repeller.name, repeller.kind, repeller.country)), None)


def _attacker_repelled_by(sentence: str, act: Found, repeller: ActorMention,
                          doers: list[ActorMention]) -> ActorMention | None:
    """Who attacked, where a passive "repelled" names the forces that fought them off in
    its by-phrase ("militants attacked a base but were repelled by troops", "an attack by
    bandits was repelled by vigilantes"): the last armed side named before the verb that
    is not the repeller; the attackers, not the repellers, began the fight."""
    if act.name != "assault" or not _REPELLED.fullmatch(sentence, act.start, act.end) or (
            not _PASSIVE.search(sentence, max(0, act.start - 60), act.start)):
        return None
    return next((x for x in reversed(doers) if x.end <= act.start and _is_side(x)
                 and (x.name, x.kind, x.country) != (repeller.name, repeller.kind,
                                                     repeller.country)), None)


def _repeller_after(sentence: str, clause: tuple[int, int], act: Found,
                    others: list[ActorMention], agent: ActorMention | None) -> ActorMention | None:
    """The forces a passive "repelled by" names, where the attackers act (``agent``)."""
    if agent is None:
        return None
    by = next((x for x in others if act.end <= x.start < clause[1] and _is_side(x)
               and _BY.fullmatch(sentence[act.end : x.start])), None)
    if by is None or _attacker_repelled_by(sentence, act, by, others + [agent]) is not agent:
        return None
    return by


#: A group's acronym in brackets after its name, if any: "forces (SNA)", or the bracket
#: that closes a name read with its acronym ("Somali National Army (SNA").
_ACRONYM_AFTER = re.compile(r"(?:\)|\s*\([^()]{1,12}\))?")
#: Between the last object of a verb and a second verb of the same subject: "and", "and then",
#: "and engaged them in heavy" (fighting).
_AND_VERB = re.compile(_ACRONYM_AFTER.pattern
                       + r"\s+and\s+(?:then\s+|later\s+|also\s+)?"
                       r"(?:[a-z]\w+ed\s+(?:them|him|her|it)\s+(?:in|with)\s+(?:an?\s+)?"
                       r"(?:\S+\s+){0,2})?", re.IGNORECASE)
#: Between two groups either of which may have acted: "JNIM or ISGS", "Boko Haram/IS".
_OR_BETWEEN = re.compile(r"\s*(?:/|\s(?:and/)?or\s)\s*", re.IGNORECASE)
#: A past verb and its object's words right before an actor: "attacked government".
_PAST_VERB_BEFORE = re.compile(r"\b[a-z]\w+ed\s+(?:the\s+|an?\s+)?(?:[\w'’()-]+\s+){0,3}$")


def _subject_of_first_verb(sentence: str, a: int, last: ActorMention,
                           doers: list[ActorMention]) -> ActorMention | None:
    """The subject of a sentence's first verb, where ``last`` ends that verb's objects and
    a second verb follows ("al Shabaab attacked the army and allied militia and engaged
    them": al Shabaab engaged them, not the militia)."""
    earlier = [x for x in doers if a <= x.start and x.end <= last.start
               and not sentence.startswith("(", x.start - 1)]  # not "(SNA)" after a name
    first = last
    while earlier and _AND_BETWEEN.fullmatch(
            sentence, _ACRONYM_AFTER.match(sentence, earlier[-1].end).end(), first.start):
        first = earlier.pop()
    if not _PAST_VERB_BEFORE.search(sentence, max(a, first.start - 50), first.start):
        return None
    return next((x for x in reversed(earlier) if x.end <= first.start and _is_side(x)
                 and not _is_object(sentence, x)), None)


def _speaks_of_own_weapon(sentence: str, speaker: ActorMention, act: Found) -> bool:
    """Whether an armed or state speaker tells of its own weapons' act: "the Israeli military
    said its jets struck", "the Houthis said their drones targeted a ship"."""
    if not (speaker.armed or speaker.kind in STATE):
        return False
    own = _SAID_OWN.match(sentence, speaker.end, act.start)
    # the means is a weapon, or the act's own first word ("its aircraft struck")
    return own is not None and (own.end() == act.start or any(
        w.start == own.end() for w in read_acts(sentence).weapons))


def _subject_is_forces(sentence: str, aux: re.Match, x: ActorMention | None) -> bool:
    """Whether the subject of a passive verb (its auxiliary ``aux``) is armed forces or a
    place they hold, named just before it ("a police post in Bannu was attacked"; not "the
    British military's agency said the vessel was hit")."""
    return x is not None and (x.armed or x.kind == "armed_site") and bool(
        _SUBJECT_GAP.fullmatch(sentence, x.end, aux.start()))


#: Between a passive verb's subject and its auxiliary: a few words ("in Bannu"), no clause;
#: or where the forces were sent or what they were doing ("troops deployed to the province
#: on Monday came under fire", "soldiers patrolling the road near Mandera were attacked").
_SUBJECT_GAP = re.compile(r"\s*(?:(?:deployed|sent|dispatched|stationed|posted|based|guarding|"
                          r"patrolling|escorting|manning|travell?ing|returning|heading|moving)"
                          r"\s+(?:[\w'’-]+,?\s+){0,7}?)?(?:[\w'’-]+\s+){0,3}?")


#: A participle that opens an aside, and the words up to an actor inside it: ", helping the".
_PARTICIPLE_OPENS = re.compile(r",\s+[a-z]+ing\s+[^,;]*$")


def _in_participle_aside(sentence: str, a: int, actor: ActorMention, act: Found) -> bool:
    """Whether an actor is named inside a participle set off by commas before the verb
    ("volunteers, assisting police at a checkpoint, beat a trader": the volunteers beat)."""
    return bool(_PARTICIPLE_OPENS.search(sentence, max(a, actor.start - 40), actor.start)
                and "," in sentence[actor.end : act.start])


#: Between a subject and its bare object: a past verb, and one word that may qualify the
#: object ("attacked farmers", "raided Berom farmers"); not a participle after a comma.
#: Verbs that name who did an act ("blamed militants", "accused soldiers") are left out.
_VERB_BETWEEN = re.compile(r"\s+(?:[a-z]\w+ly\s+)?(?!(?:blam|accus|suspect|identifi|nam|claim|"
                           r"alleg|report|believ|said)ed\b)[a-z]\w+ed\s+"
                           r"(?:[A-Z][\w'’-]+\s+|[a-z]\w+\s+)?")


def _object_of_doer(sentence: str, actor: ActorMention, doers: list[ActorMention]) -> bool:
    """Whether an actor is the object of a verb whose subject is a doer named just before
    ("herders attacked farmers, killing 11": the farmers were attacked, the herders killed);
    an adjective in -ed before a noun ("armed men") has no doer before it."""
    return any(y.end <= actor.start and not y.speaker
               and _VERB_BETWEEN.fullmatch(sentence, y.end, actor.start) for y in doers)


#: A clause that opens with where it happened, a name with no comma after it: "In Eldoret ",
#: ", while in Nyeri ".
_FRONTED_PLACE = re.compile(r"(?:^|[,;]\s*|\b(?:[Ww]hile|[Ww]hereas|[Mm]eanwhile|and)\s+)"
                            r"(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+(?:[A-Z][\w'’.-]*\s+){1,3}$")


def _is_object(sentence: str, actor: ActorMention) -> bool:
    """Whether an actor is the object of a preposition ("a favourite of foreign reporters"),
    not a subject; "a group of gunmen", "dozens of protesters" and "On Monday the army" are
    subjects."""
    m = _OBJECT_OF.search(sentence, max(0, actor.start - 40), actor.start)
    if m is not None and _FRONTED_PLACE.search(sentence, max(0, actor.start - 50), actor.start):
        return False  # "In Eldoret youths pelted police": a place put first, then the subject
    return m is not None and not (
        _GROUP_OF.search(sentence, max(0, m.start() - 30), m.start() + 3)
        or _HEDGED_NUMBER.match(m.group(0)) or has_date_phrase(m.group(0)))


#: A group's name joined to a participle of holding, qualifying what follows: "the
#: Houthi-run television", "RSF-held areas" (but "Hamas-led fighters" are Hamas's).
_RUN_BY = re.compile(rf"-(?:{'|'.join(_HOLDING)})\b")


def _whose_people(sentence: str, actor: ActorMention, doers: list[ActorMention]) -> bool:
    """Whether an actor only says whose people the ones named before it are ("supporters of
    the president", "relatives of the soldiers", "members of the ruling party"): they act,
    not it."""
    return any(y.end <= actor.start and y.kind in PEOPLE
               and _OF_WHOM.fullmatch(sentence, y.end, actor.start) for y in doers)


#: Between a people noun and the group or person they belong to: " of the ", " of ".
_OF_WHOM = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:\S+\s+){0,2}?",
                      re.IGNORECASE)


def _is_modifier(sentence: str, actor: ActorMention) -> bool:
    """Whether a group's name only qualifies a noun ("a Hamas compound", "the M23 advance",
    "Hamas's leader", "the Houthi-run television"), or any people own one ("checked the
    passengers' papers"): then it does not act."""
    if actor.kind in ("weapon",):
        return False
    after = sentence[actor.end : actor.end + 30]
    if re.match(r"['’]s?\s", after):
        return True
    if not actor.name or actor.text.split()[-1].lower() not in actor.name.lower():
        return False  # the mention holds its own noun: "an Islamic State sniper"
    if _RUN_BY.match(after):
        return True
    article = re.search(r"\b(?:a|an|the)\s+$", sentence[max(0, actor.start - 6) : actor.start],
                        re.IGNORECASE)
    return bool(article and re.match(r"\s+[a-z]", after) and not actor.text.islower()
                and not _NOUN_AFTER_NAME.match(after) and not _member_after_name().match(after)
                and not _means_after_name().match(after))


@cache
def _means_after_name() -> re.Pattern[str]:
    """A weapon or an attack after a group's name (``cue_words.csv``, role
    ``means_after_name``): "a NATO airstrike killed" and "a Hezbollah rocket struck" are the
    group's acts, as "a Russian missile struck" is Russia's."""
    words = sorted(cue_words("means_after_name"), key=len, reverse=True)
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{alternation(words)})\b", re.IGNORECASE)


@cache
def _member_after_name() -> re.Pattern[str]:
    """Nouns after a group's name for its own people or for the group itself
    (``cue_words.csv``, role ``member_after_name``): "an Al Shabaab commander defected" and "the
    Lakurawa group recruited" are the group's acts, as "Al Shabaab fighters" is."""
    words = sorted(cue_words("member_after_name"), key=len, reverse=True)
    return re.compile(rf"\s+(?:{alternation(words)})\b", re.IGNORECASE)


#: Acts besides harm, attacks and remote fire whose target may be unarmed people.
_HIT_PEOPLE = frozenset({"abduct", "deport", "sexual", "mob", "storm", "intervention", "arrest"})


def target_of(
    sentence: str,
    clause: tuple[int, int],
    act: Found,
    actors: list[ActorMention],
    agent: ActorMention | None,
) -> ActorMention | None:
    """Who or what an act hits (``_hit``); armed people who no longer are ("shot dead a
    former army officer") are civilians."""
    hit = _hit(sentence, clause, act, actors, agent)
    if hit is not None and hit.armed and NO_LONGER_ARMED.search(
            sentence, max(0, hit.start - 12), hit.start):
        return replace(hit, kind="civilians", name=None)
    return hit


#: The sides a toll counts its dead on, no side hit: "leaving 11 dead on both sides".
_SIDES_OF_TOLL = re.compile(r"\b(?:on|from|among|of)\s+(?:both|the\s+two|either)\s+sides$",
                            re.IGNORECASE)


def _hit(
    sentence: str,
    clause: tuple[int, int],
    act: Found,
    actors: list[ActorMention],
    agent: ActorMention | None,
) -> ActorMention | None:
    """Who or what an act hits: the subject of a passive verb ("two soldiers were killed",
    "a protester was arrested for insulting a policeman"), else the first actor after the
    verb in its clause, not one of a by-phrase ("shot in the street by armed men": the
    doers)."""
    a, b = clause
    others = [x for x in actors if not x.speaker and not _one_of_agent(sentence, x, agent)
              and not _doer_beside_act(sentence, act, x)]
    repeller = _repeller_after(sentence, clause, act, others, agent)
    if repeller is not None:
        return repeller  # "the gunmen were repelled by police": the police were attacked
    if agent is not None and agent is _repelled_attacker(sentence, clause, act, actors):
        # "Afghan forces repulsed a Taliban attack": the forces that repulsed it were hit;
        # "the army and allied militias repelled": the side named first, its allies beside it
        sides = [x for x in others if a <= x.start and x.end <= act.start and _is_side(x)]
        while len(sides) > 1 and _AND_BETWEEN.fullmatch(sentence, sides[-2].end, sides[-1].start):
            sides.pop()
        return sides[-1] if sides else None
    if act.name not in HARM_ACTS | GENERIC_ACTS | REMOTE_ACTS | _HIT_PEOPLE:
        # ground is taken from forces, not from crowds: from them or the sites they hold, as
        # a fight is with them ("overran an army outpost", "ambushed a patrol")
        others = [x for x in others if x.armed or x.kind == "armed_site"
                  and act.name in TERRITORY_ACTS | BATTLE_ACTS | {"assault", "crowd_damage"}]
    if sentence[act.start : act.start + 3].lower() == "by " and _PASSIVE_DONE.search(
            sentence, max(a, act.start - 60), act.start):
        # an act told by its doers after a passive verb ("a police officer was burned to death
        # by a mob"): the verb's subject was hit
        before = [x for x in others if a <= x.start < act.start]
        if before:
            return before[-1]
    if _aircraft_downed(sentence, act):  # "a police helicopter was shot down": the police
        owner = next((x for x in reversed(others) if a <= x.start < act.start), None)
        if owner is not None:
            return owner
    if act.name in VICTIM_FIRST_ACTS:  # "a journalist was shot": the act begins with whom
        first = next((x for x in others if x.start == act.start), None)
        if first is not None:
            return first
    if _PASSIVE.search(sentence, max(a, act.start - 60), act.start):
        before = [x for x in others if a <= x.start < act.start]
        if len(before) > 1 and before[-1].kind == "armed_site" and before[-2].armed and not (
                sentence[before[-2].end : before[-1].start].strip()):
            return before[-2]  # "a police checkpoint was attacked": the police who hold it
        if before:
            return before[-1]
    firer = next((x for x in others if act.end <= x.start < b and _fired_by(sentence, act, x)),
                 None)
    if firer is not None:
        return firer  # "intercepted rockets fired by Hamas": what Hamas fired was stopped
    # the first actor after the verb, within the act's own words too ("opened fire on Israeli
    # troops", "overran an army outpost")
    after = [x for x in others if act.start < x.start < b
             and (not _BY_DOER.search(sentence, max(0, x.start - 30), x.start)
                  or _describes_object(sentence, a, act, x, actors))
             and not _ACCUSED_OF.search(sentence, max(act.end, x.start - 50), x.start)
             and not _BLAMED_BEFORE.search(sentence, max(act.end, x.start - 25), x.start)
             and not GRIEVANCE.search(sentence, act.end, x.start)
             and not _site_of_harm(sentence, act, x)
             and not _SIDES_OF_TOLL.search(sentence, max(0, x.start - 12), x.end)]
    if after and after[0].kind == "armed_site" and after[0].country is None:
        # "ambushed a patrol ..., killing three policemen", "fired at the positions of the
        # NAF": the side named, not its post
        side = next((x for x in after[1:] if _is_side(x)), None)
        if side is None and _POSSESSED.search(sentence, max(a, after[0].start - 20),
                                              after[0].start):
            # "police officers were killed when bandits attacked their patrol": the side
            # named before, whose post it is
            side = next((x for x in reversed(others) if x.end <= act.start and _is_side(x)
                         and (agent is None or x.end <= agent.start)), None)
        return side or after[0]
    if after:
        if not after[0].armed and after[0].kind != "armed_site" and (
                act.name in HARM_ACTS | GENERIC_ACTS):
            # "killing three civilians and two soldiers": forces fell too, so it was fought
            listed = next((x for x in after[1:] if x.armed
                           and _AND_LIST.fullmatch(sentence, after[0].end, x.start)), None)
            if listed is not None:
                return listed
        return after[0]
    if _PRONOUN_OBJECT.match(sentence, act.end):
        # "troops were patrolling when rebels opened fire on them": those named before
        named = [x for x in others if x.start < act.start and x.kind not in ("weapon",)
                 and (agent is None or x.end <= agent.start)]
        if named:
            return named[-1]
    if agent is not None:  # "gunmen killed 20 soldiers in an ambush": the ambush's target
        harmed = next((x for x in others if max(a, agent.end) <= x.start < act.start
                       and _HARMED_BEFORE_ACT.search(sentence, max(agent.end, x.start - 60),
                                                     x.start)), None)
        if harmed is not None:
            return harmed
    if act.name in TWO_SIDED_ACTS and agent is not None:
        # "Hamas fighters and Israeli troops clashed": the other side of the clash (or of
        # the agreement)
        sides = [x for x in others if a <= x.start < agent.start and x.armed
                 and _AND_BETWEEN.fullmatch(sentence, x.end, agent.start)]
        # ... or the side named after the first ("Sudan's army and the RSF clashed")
        sides = sides or [x for x in others if agent.end <= x.start < act.start
                          and _is_side(x) and _AND_BETWEEN.fullmatch(sentence, agent.end, x.start)]
        if sides:
            return sides[-1]
    hit = _PASSIVE_HARM.search(sentence, a, act.start) or _DIED.search(sentence, a, act.start)
    if hit is not None:  # "eight soldiers were killed (died) in an ambush by Boko Haram"
        before = [x for x in others if a <= x.start < hit.start()]
        return before[-1] if before else None
    if act.name in REMOTE_ACTS | GENERIC_ACTS and _CAUSE_CLAUSE.match(sentence, a):
        # "two children were killed when a landmine exploded": those the clause before says
        # were hit
        hit = max([*_PASSIVE_HARM.rx.finditer(sentence, 0, a), *_DIED.finditer(sentence, 0, a)],
                  key=lambda m: m.start(), default=None)
        before = [x for x in others if hit is not None and x.start < hit.start()]
        if before:
            return before[-1]
    if act.name in TERRITORY_ACTS:
        # "seized the town after clashes with the army": ground is taken from the side
        # fought, in another clause of the sentence, or from the side that fled ("captured
        # the base after soldiers retreated")
        return next((x for x in others if x.start >= act.end and _is_side(x)
                     and (_FOUGHT_WITH.search(sentence, max(act.end, x.start - 50), x.start)
                          or _FLED.match(sentence, x.end))), None)
    return None


#: A verb right after a subject: "(gunmen) attacked", "(gunmen) then opened".
_VERB_NEXT = re.compile(r"\s+(?:then\s+|also\s+)?[a-z]+ed\b")


def _doer_beside_act(sentence: str, act: Found, x: ActorMention) -> bool:
    """Whether an actor is named with the doer an act's words name, as the subject of the
    verb after them: "A suicide bomber and gunmen attacked a restaurant" (the gunmen did
    not suffer the bombing)."""
    return x.start >= act.end and bool(
        _AND_BETWEEN.fullmatch(sentence, act.end, x.start)) and bool(
        _VERB_NEXT.match(sentence, x.end))


def _one_of_agent(sentence: str, x: ActorMention, agent: ActorMention | None) -> bool:
    """Whether an actor is the agent, or a copy of it that names it otherwise, or the group
    named with it by "or" ("Boko Haram/IS attacked": neither group is the target)."""
    return agent is not None and (x is agent or (x.start, x.end) == (agent.start, agent.end)
                                  or bool(_OR_BETWEEN.fullmatch(sentence, x.end, agent.start)))


def _describes_object(sentence: str, a: int, act: Found, x: ActorMention,
                      doers: list[ActorMention]) -> bool:
    """Whether a by-phrase some words after an active verb whose subject is an armed side
    belongs to a participle describing the verb's object ("JNIM fighters attacked a convoy escorted
    by the army": the escort did not attack), not to the verb ("were killed on Sunday by
    gunmen", "attacked by gunmen")."""
    if x.start < act.end or not _OBJECT_DESCRIBED.fullmatch(sentence, act.end, x.start):
        return False
    if _PASSIVE.search(sentence, max(a, act.start - 60), act.start):
        return False
    return any(a <= y.start < act.start and _is_side(y) and not _is_object(sentence, y)
               for y in doers)


def _fired_by(sentence: str, act: Found, x: ActorMention) -> bool:
    """Whether an actor after an interception fired what was intercepted ("intercepted a
    missile fired by the Houthis"), or after a seizure or a defusal planted what was found
    ("destroyed 12 landmines planted by FARC dissidents"): the side hit by it, not its doer."""
    if act.name in INTERCEPT_ACTS:
        return bool(_FIRED_BY.search(sentence, max(act.end, x.start - 40), x.start))
    return act.sub_event_type == "Disrupted weapons use" and bool(
        _PLANTED_BY.search(sentence, max(act.end, x.start - 40), x.start))


def _leads(x: ActorMention) -> bool:
    """Whether an actor may lead others named with it: an armed side, or a state's weapons
    ("US and British warplanes")."""
    return _is_side(x) or x.kind == "weapon" and x.country is not None


def _is_side(x: ActorMention) -> bool:
    """Whether an actor is an armed side itself, not its post or its weapon ("the army", not
    "army positions" or "Russian missiles")."""
    return x.armed and x.kind not in ("armed_site", "weapon")


def _site_of_harm(sentence: str, act: Found, site: ActorMention) -> bool:
    """Whether a post or base after a harm verb only says where it happened: "beat a driver
    to death at a checkpoint" hit the driver, where "opened fire at a checkpoint" hit it."""
    if site.kind != "armed_site" or act.name not in HARM_ACTS | {"abduct", "deport", "sexual"}:
        return False
    m = _AT_SITE.search(sentence, act.end, site.start)
    return m is not None and any(w.lower() not in _NOT_OBJECT
                                 for w in re.findall(r"[A-Za-z]+", sentence[act.end : m.start()]))


#: A locative preposition and up to two words before a site: "at a", "near the army".
_AT_SITE = re.compile(r"\s(?:at|near|outside|inside|in|by)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
#: Words between a harm verb and "at the post" that name no one hit.
_NOT_OBJECT = frozenset({"a", "an", "the", "dead", "fire", "and", "one", "two", "three", "four",
                         "five", "six", "seven", "eight", "nine", "ten", "several", "some"})


def territory_sub_event(agent_country: str | None, place_country: str | None,
                        agent_kind: str | None) -> str:
    """ACLED: a state retaking its own ground regains it; anyone else, a foreign state's
    forces included, overtakes it (ANNOTATION.md). Troops no state is named for are the
    forces of the country they are in, as their ACLED name says, or of the state that holds
    it (soldiers in the West Bank: Israel's)."""
    if agent_kind == "military" and agent_country is None and place_country is not None:
        agent_country = holding_forces().get(place_country)
    if agent_kind in STATE and (agent_country or place_country) == place_country:
        return "Government regains territory"
    return "Non-state actor overtakes territory"


# ----------------------------------------------------------------------------- decisions


def _people_killing(sentence: str, clause: tuple[int, int], act: Found,
                    agent: ActorMention | None) -> bool:
    """Whether people named by a trade or a way of life kill people, as an armed group does
    ("herdsmen killed seven farmers"): the doer is people, the verb kills and its object is
    people (not "farmers killed a lion"); a flood or a virus that kills is no doer at all."""
    return (act.name in KILL_ACTS and agent is not None and agent.kind in PEOPLE
            and victims_armed(sentence[act.end : clause[1]]) is not None)


def _passes(act: Found, agent: ActorMention | None, weapons: list[Found], *,
            protest: bool = False, melee: bool = False) -> bool:
    """Whether an act counts as a political event: what its ``gate`` asks is there (a clash
    or an arrest at a demonstration needs no named side; people who fight with sticks or
    stones are a crowd, ``melee``)."""
    if act.gate == "none" or (protest and (act.name in BATTLE_ACTS or (
            act.name == "arrest" and agent is None))):
        return True  # at a demonstration, those who clash or arrest need no name
    if act.gate == "agent":
        # people who riot, clash or storm a place are rioters, as a crowd is; elsewhere only
        # at a protest
        riot = protest or melee or act.name in RIOT_ACTS | BATTLE_ACTS | {"storm"}
        crowd = agent is not None and (agent.kind == "crowd" or (riot and agent.kind in PEOPLE))
        ruling = agent is not None and agent.kind == "government" and act.name in AUTHORITY_ACTS
        return bool(weapons) or crowd or ruling or (agent is not None and agent.armed)
    if act.gate == "armed":
        # a state's government taking or retaking ground does so with its forces, and its
        # authorities arrest with its police (not a factory's or a club's officials)
        return agent is not None and (agent.armed or (
            act.name in TERRITORY_ACTS and agent.kind in ("government", "official")) or (
            act.name == "arrest" and agent.kind == "government") or (
            melee and act.name in BATTLE_ACTS and agent.kind in PEOPLE))
    if act.gate == "state":
        return agent is not None and agent.kind in STATE
    if act.gate == "crowd":  # what only people do as a crowd: smash windows, storm a station
        return agent is not None and agent.kind in PEOPLE
    if act.gate == "not_police":  # soldiers or armed groups taking goods; police seize
        return agent is not None and agent.armed and agent.kind != "police"
    if act.gate == "non_state":
        return agent is not None and agent.armed and agent.kind not in STATE
    if act.gate == "weapon":
        return bool(weapons) or (agent is not None and agent.armed)
    if act.gate == "actor":
        return agent is not None and agent.kind not in PEOPLE
    msg = f"unknown gate {act.gate!r} for act {act.name!r}"
    raise ValueError(msg)


def _decide(
    sentence: str,
    clause: tuple[int, int],
    act: Found,
    agent: ActorMention | None,
    target: ActorMention | None,
    acts: SentenceActs,
    actors: list[ActorMention],
    protest: bool,
    melee: bool,
) -> Frame | None:
    """The coded type of an act in its frame (ACLED's definitions [C1]); ``protest``:
    whether people demonstrate here (``_protesting``); ``melee``: whether they fight as a
    crowd does (``_melee``)."""
    ctx = _Context(sentence, clause, act, agent, target, acts, actors, protest, melee)
    for decide in (_demonstration, _mob_fight, _battle, _remote, _violence, _territory,
                   _development):
        decided = decide(ctx)
        if decided is not _UNDECIDED:
            return decided
    return ctx.frame(act.event_type, act.sub_event_type)


_UNDECIDED = object()


@dataclass
class _Context:
    """An act with everything its frame is decided from."""

    sentence: str
    clause: tuple[int, int]
    act: Found
    agent: ActorMention | None
    target: ActorMention | None
    acts: SentenceActs
    actors: list[ActorMention]
    protest: bool  # people demonstrate here (this sentence or its paragraph)
    melee: bool  # they fight as a crowd does: with sticks or stones, or beating (``_melee``)

    @property
    def name(self) -> str:
        return self.act.name

    @property
    def crowd(self) -> bool:
        """People who gather act (a mob when they turn on someone): crowd nouns, and any
        group of people at a demonstration ("the prisoners set fire to...")."""
        kind = self.agent.kind if self.agent is not None else None
        return kind == "crowd" or (kind in PEOPLE and (self.protest or self.melee))

    @property
    def demonstrating(self) -> bool:
        """Whether people riot as demonstrators do: at a protest, or making a demand
        ("looted stores and demanded cheaper bread"): a violent demonstration, not a
        mob [C1]."""
        return self.protest or bool(_DEMANDS.search(self.sentence))

    @property
    def riot(self) -> str:
        """The sub-event type of a riot here: demonstrators' or a mob's."""
        return "Violent demonstration" if self.demonstrating else "Mob violence"

    @property
    def state_agent(self) -> bool:
        return self.agent is not None and self.agent.kind in STATE

    @cached_property
    def armed_target(self) -> bool:
        t = self.target
        return (t is not None and (t.armed or t.kind == "armed_site")) or (
            self.victims_armed is True)

    @cached_property
    def people_hit(self) -> bool:
        t = self.target
        if t is not None:
            return t.kind in PEOPLE
        return self.victims_armed is False

    @cached_property
    def victims_armed(self) -> bool | None:
        """Whether the people the act hit are armed: those after it, else its casualties."""
        rest = self.sentence[self.act.end : self.clause[1]]
        # "killed by a soldier", "beaten twice by guards": the doers, not the ones hit
        after = None if _BY_AFTER.match(rest) else victims_armed(rest)
        if after is not None:
            return after
        return self.casualties[0].armed if self.casualties else None

    @cached_property
    def casualties(self) -> list[Victims]:
        """Those the clause says were killed or hurt ("100 people were killed in attacks on
        the camp"), or for a clause of cause, the clause before ("two brothers died when a
        rocket hit their home")."""
        a, b = self.clause
        found = find_victims(self.sentence[a:b])
        if not found and _CAUSE_CLAUSE.match(self.sentence, a):
            found = find_victims(self.sentence[:a])
        return found

    @property
    def in_clause(self) -> set[str]:
        """The acts of the clause, not those of a lasting situation it names ("amid ongoing
        fighting": no battle of the drone strike)."""
        a, b = self.clause
        return {x.name for x in self.acts.acts if a <= x.start < b and not any(
            y <= x.start < z for y, z in self.acts.ongoing)}

    def weapon(self) -> Found | None:
        """The weapon used: named before the act ("a missile destroyed"), or after it by "with",
        "by", "using" ("destroyed by a drone"); not one that was hit ("a hangar where drones
        were kept")."""
        a, b = self.clause
        # not the weapon of an opening clause that tells another act ("Two days after a bomb
        # killed five soldiers, gunmen attacked a market")
        fronted = a > 0 and _OPENS_WITH_TIME.match(self.sentence) is not None
        used = [w for w in self.acts.weapons if (w.start < self.act.start
                or _BY_WEAPON.search(self.sentence, self.act.end, w.start)
                or _WHEN_WEAPON.match(self.sentence, self.act.end, w.start))
                and not (fronted and w.start < a)]
        near = [w for w in used if a <= w.start < b]
        return _best_weapon(near) or _best_weapon(used)

    def frame(self, event_type, sub, role1=None, role2=None, *, who=_UNDECIDED, whom=_UNDECIDED):
        who = self.agent if who is _UNDECIDED else who
        whom = self.target if whom is _UNDECIDED else whom
        if role1 == "rioters" and who is not None and _EACH_OTHER.match(self.sentence,
                                                                        self.act.end):
            whom, role2 = who, "rioters"  # "attacked each other": rioters on both sides
        elif role1 == "rioters" and whom is not None and whom.kind in ("unidentified", "gang") and (
                whom.name is None and _SUSPECTS.search(self.sentence, max(0, whom.start - 12),
                                                       whom.start)):
            # "a mob lynched two suspected kidnappers": suspects a crowd turns on are civilians
            whom, role2 = replace(whom, kind="people"), "civilians"
        elif role1 == "rioters" and whom is None and _SUSPECT_AFTER.match(
                self.sentence, self.act.end, self.clause[1]):
            role2 = "civilians"  # "a mob lynched a suspected thief": one suspect, no actor noun
        elif role1 == "rioters" and who is not None and whom is None and (
                self.name in BATTLE_ACTS) and _RIVAL_CROWD.search(
                self.sentence, self.clause[0], self.act.start):
            whom, role2 = who, "rioters"  # "supporters of rival parties clashed": both sides
        if sub == "Looting/property destruction" and self.name != "seize_drugs" and not any(
                x.kind == "armed_site" and self.act.end <= x.start < self.clause[1]
                for x in self.actors):
            role2 = role2 or "civilians"  # homes, shops, herds: people's property [C2]
        return Frame(event_type, sub, self.act.priority, self.act, who, whom, role1, role2)

    def crowd_actor(self) -> ActorMention | None:
        if self.agent is not None and self.agent.kind in PEOPLE:
            return self.agent
        return _crowd_in(self.actors)


def _demonstration(c: _Context):
    """Protests and riots: people gathering, and what happens to them or what they do."""
    if c.name == "protest":
        marched = _MARCHED.match(c.sentence, c.act.start)
        if c.agent is not None and ((c.agent.armed and marched) or (
                c.agent.kind in ("official", "government") and not _last_of_a_crowd(c))) or (
                _forces_close(c.sentence, c.clause, c.act, c.actors)):
            # troops "marched to" a town, police "blocked roads", a government "protested":
            # no demonstration
            return None
        clash = next(filter(None, (_crowd_clash(c, x) for x in c.acts.acts
                                   if x.name in BATTLE_ACTS)), None)
        if clash is not None:  # "police clashed with protesters": a clash has two sides
            return c.frame("Riots", "Violent demonstration", "rioters", who=clash[1],
                           whom=clash[0])
        if _turned_violent(c):
            return c.frame("Riots", "Violent demonstration", "rioters", who=c.crowd_actor())
        sub = _protest_sub(c)
        return c.frame("Protests", sub, "protesters", who=c.crowd_actor(),
                       whom=_armed_in(c.actors) if sub != "Peaceful protest" else None)
    if c.name == "intervention" or (c.name == "warning_shots" and c.protest):
        crowd = c.target if c.target is not None and c.target.kind in PEOPLE else c.crowd_actor()
        names = c.acts.names()
        mob = crowd is not None and bool(_MOB_NOUN.search(crowd.text))
        if (names & {"mob", "scuffle"} or mob) and not names & {"protest"}:
            # "police fired in the air to disperse the mob": a mob, no demonstration
            return c.frame("Riots", "Mob violence", "rioters", who=crowd, whom=c.agent)
        if names & {"riot", "riot_word"} or _crowd_arms_used(c):
            return c.frame("Riots", "Violent demonstration", "rioters", who=crowd, whom=c.agent)
        return c.frame("Protests", _protest_sub(c), "protesters", who=crowd, whom=c.agent)
    organised = c.agent is not None and c.agent.armed and c.agent.kind != "unidentified"
    if c.name in ("riot", "riot_word", "loot") and organised:
        remote = _remote_sub(c.agent.text) if c.agent.kind == "weapon" else None
        if c.name == "loot" and remote is not None:
            return c.frame("Explosions/Remote violence", remote)  # "Israeli raids razed"
        return c.frame(c.act.event_type, c.act.sub_event_type) if c.name == "loot" else None
    if c.name == "riot" and not c.protest and c.agent is not None and c.agent.armed:
        # unknown perpetrators vandalising or burning property: property destruction; a
        # petrol bomb thrown at people or their home by armed men attacks them, no crowd riots
        # (stones thrown at people are a crowd's arms: a mob's, below)
        if c.people_hit and _FIREBOMB.search(c.sentence, c.act.start, c.act.end):
            return c.frame("Violence against civilians", "Attack", role2="civilians")
        if not c.people_hit:
            return c.frame("Strategic developments", "Looting/property destruction")
    stormed = c.name == "storm" and c.agent is not None and c.agent.kind in PEOPLE
    if c.name in ("riot", "riot_word", "scuffle", "crowd_damage") or stormed or (
            c.name == "loot" and (c.crowd or c.protest)):
        words = c.sentence[c.act.start : c.act.end]
        demonstration = c.demonstrating or _RIOT_WORDS.search(words)
        sub = "Violent demonstration" if demonstration else "Mob violence"
        return c.frame("Riots", sub, "rioters", "civilians" if c.people_hit else None,
                       who=c.agent if c.crowd or stormed else c.crowd_actor())
    if c.name == "mob":
        return c.frame("Riots", "Mob violence", "rioters", "civilians" if c.people_hit else None,
                       who=c.agent if c.crowd else c.crowd_actor())
    return _UNDECIDED


def _last_of_a_crowd(c: _Context) -> bool:
    """Whether the official said to protest closes a list of people who do ("traders,
    students and the town's mayor protested", "about 80 drivers and the mayor"): people
    demonstrating, an official among them; not one state body beside another ("the
    ministry and the embassy protested")."""
    a = c.clause[0]
    if not _JOINED_LAST.search(c.sentence, a, c.agent.start):
        return False
    before = [x for x in c.actors if a <= x.start and x.end <= c.agent.start]
    if before and before[-1].kind in STATE:
        return False
    head = c.sentence[a : c.agent.start]
    return any(x.kind in PEOPLE for x in before) or any(
        _COUNTED_PEOPLE.match(head, n.end) for n in find_numbers(head))


#: The last member of a list, right before its name: "..., students and the town's ".
_JOINED_LAST = re.compile(r"\w[\w'’)]*,?\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
                          re.IGNORECASE)
#: What a number counts when it counts people: a plural noun ("80 taxi drivers").
_COUNTED_PEOPLE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b")
#: A demand people make (not a ransom): rioters who make one demonstrate.
_DEMANDS = re.compile(r"\bdemand(?:ed|ing|s)?\b(?! (?:\S+ ){0,2}?ransom)", re.IGNORECASE)
#: Words that make armed people only suspects: "suspected kidnappers", "alleged bandits".
_SUSPECTS = re.compile(r"\b(?:suspected|alleged|presumed|would-be)\s+$", re.IGNORECASE)
#: Right after a crowd's act, a suspect it turned on: "lynched a suspected thief", "beat an
#: alleged kidnapper to death".
_SUSPECT_AFTER = re.compile(r"\s+(?:an?|the|two|three|four|\d+)\s+(?:suspected|alleged|presumed)\b",
                            re.IGNORECASE)
#: A crowd of two sides: "supporters of rival parties", "rival groups of youths", "two
#: communities".
_RIVAL_CROWD = re.compile(r"\b(?:rival|opposing|two)\b", re.IGNORECASE)
#: Fire returned: the answer to fire, not its start.
RETURNED_FIRE = re.compile(r"return(?:ed|ing) fire", re.IGNORECASE)
#: A crowd named a mob: people who turn on someone, not demonstrators.
_MOB_NOUN = re.compile(r"\bmobs?\b", re.IGNORECASE)


def _mob_fight(c: _Context):
    """A militia or unnamed armed group that fights someone with a crowd's arms (sticks,
    machetes), no firearm or other weapon and no other armed side named: mob violence, as
    ACLED codes a violent group without organised arms [C1], not a battle. Attacks on
    people who do not fight back stay violence against civilians."""
    if c.agent is None or c.agent.kind not in MOB_CAPABLE or not (
            c.name in BATTLE_ACTS or (c.name in GENERIC_ACTS | HARM_ACTS
                                      and _EACH_OTHER.match(c.sentence, c.act.end))):
        return _UNDECIDED
    a, b = c.clause
    if not _CRUDE_ARMS.search(c.sentence, a, b) or c.acts.weapons_in(a, b) or any(
            rx.search(c.sentence, a, b) for rx in (SMALL_ARMS, HEAVY_ARMS, _GUNFIRE)):
        return _UNDECIDED
    if any(a <= x.start < b and x is not c.agent and _is_side(x) and not x.speaker
           for x in c.actors):
        return _UNDECIDED  # "militiamen clashed with soldiers using machetes": a battle
    # a group of no name is a mob's rioters; a named one keeps its name
    who = c.agent if c.agent.name else replace(c.agent, kind="crowd")
    return c.frame("Riots", "Mob violence", "rioters", who=who)


def _battle(c: _Context):
    """Organised armed groups fighting each other; a crowd that clashes with police riots."""
    if c.name == "fire_exchange" and c.agent is not None and c.agent.armed and (
            RETURNED_FIRE.fullmatch(c.sentence, c.act.start, c.act.end)):
        # "the officer returned fire": those who fired first began the fight; the officer
        # was its target
        first = c.target if c.target is not None and _is_side(c.target) else None
        return c.frame("Battles", "Armed clash", who=first, whom=c.agent)
    if c.name in BATTLE_ACTS | {"assault"}:
        unarmed = c.agent is not None and c.agent.kind in PEOPLE
        if unarmed or (c.protest and (c.agent is None or not c.agent.armed)):
            a, b = c.clause
            # "supporters clashed with ruling party activists": the crowd on the other side
            other = next((x for x in c.actors if c.act.end <= x.start < b and x.kind in PEOPLE
                          and _WITH_PEOPLE.fullmatch(c.sentence, c.act.end, x.start)),
                         None) if c.target is None and unarmed else None
            if other is not None:
                return c.frame("Riots", c.riot, "rioters", "rioters", whom=other)
            return c.frame("Riots", c.riot, "rioters")
        clash = _crowd_clash(c, c.act) if c.name in BATTLE_ACTS else None
        if clash is not None:  # "troops clashed with residents": the crowd riots
            return c.frame("Riots", c.riot, "rioters", who=clash[1], whom=clash[0])
        if c.name == "assault" and _FIRE_ON_PROPERTY.search(c.sentence, *c.clause) and not (
                c.people_hit or c.armed_target or c.acts.names() & HARM_ACTS):
            # gunfire at a church or a house that hits no one: property destroyed
            return c.frame("Strategic developments", "Looting/property destruction")
        if c.name == "assault" and _ONE_SIDED_FIRE.match(c.sentence, c.act.start):
            a, b = c.clause
            heavy = c.acts.weapons_in(a, b) or HEAVY_ARMS.search(c.sentence, a, b)
            if heavy and not SMALL_ARMS.search(c.sentence, a, b):
                # fire at positions with heavy weapons only: ACLED codes shelling; with small
                # arms, or no weapon named, a clash
                return c.frame("Explosions/Remote violence", "Shelling/artillery/missile attack")
        if c.name == "assault" and c.target is None and c.casualties and all(
                v.armed is False for v in c.casualties):
            # "gunmen ambushed a passenger bus, killing two civilians": civilians were hit
            return c.frame("Violence against civilians", "Attack", role2="civilians")
        if c.agent is None:  # "three soldiers and two rebels were killed in a clash": sides
            a, b = c.clause
            sides = [x for x in c.actors if a <= x.start < b and _is_side(x) and not x.speaker
                     and x is not c.target]
            if sides:
                return c.frame("Battles", "Armed clash", who=sides[0],
                               whom=c.target if c.target is not None else _second_side(sides))
        return c.frame("Battles", "Armed clash")
    return _UNDECIDED


def _crowd_clash(c: _Context, act: Found) -> tuple[ActorMention, ActorMention] | None:
    """The police or troops of a clash and the crowd they clash with ("police clashed with
    protesters"), or None if the clash is not theirs with a crowd."""
    forces = agent_of(c.sentence, (0, len(c.sentence)), act, c.actors)
    if forces is None or forces.kind not in ("police", "military"):
        return None
    joined = next((x for x in c.actors if x.kind in PEOPLE and not x.speaker and (
        _JOINED.fullmatch(c.sentence, x.end, forces.start)
        or _JOINED.fullmatch(c.sentence, forces.end, x.start))), None)
    if joined is not None:  # "residents and police clashed", "between police and traders"
        return forces, joined
    crowd = next((x for x in c.actors if x.start >= act.end and not x.speaker), None)
    if crowd is None or crowd.kind not in PEOPLE or not _CLASHED_WITH.fullmatch(
            c.sentence, act.end, crowd.start):
        return None
    return forces, crowd


def _second_side(sides: list[ActorMention]) -> ActorMention | None:
    """The second side of a fight whose sides are named without a doer."""
    return next((x for x in sides[1:] if x.name != sides[0].name or x.kind != sides[0].kind),
                None)


def _remote(c: _Context):
    """Remote weapons: air and drone strikes, shelling, explosives, and interceptions; arms
    destroyed from afar ("destroyed an ammunition depot with a drone") are a strike on them."""
    a, b = c.clause
    if c.name == "seize_arms" and c.sentence.startswith("destroyed", c.act.start):
        weapon = c.weapon()
        if weapon is not None and weapon.sub_event_type in _FROM_AFAR:
            depot = next((x for x in c.actors if x.kind == "armed_site"
                          and c.act.start <= x.start < b), c.target)
            return c.frame("Explosions/Remote violence", weapon.sub_event_type, whom=depot)
    if c.name == "projectiles_seen" and SMALL_ARMS.search(c.sentence, a, b):
        # explosions and shots seen, small arms among the weapons: fire exchanged at close
        # range, a clash [C9]
        return c.frame("Battles", "Armed clash")
    if c.name == "fire_seen" and HEAVY_ARMS.search(c.sentence, a, b) and not SMALL_ARMS.search(
            c.sentence, a, b):
        # bursts of fire seen from heavy weapons only (heavy machine guns, cannons): shelling,
        # as fire at positions with them is [C9]
        return c.frame("Explosions/Remote violence", "Shelling/artillery/missile attack")
    if c.name in REMOTE_ACTS:
        if c.in_clause & BATTLE_ACTS:  # remote fire within a battle is the battle [C9]
            return c.frame("Battles", "Armed clash")
        if "assault" in c.in_clause and SMALL_ARMS.search(c.sentence, a, b):
            return c.frame("Battles", "Armed clash")  # heavy weapons and small arms at positions
        sub = c.act.sub_event_type
        weapon = _best_weapon(c.acts.weapons_in(a, b))
        if c.name == "debris":  # the people its debris hit, not the weapon brought down
            sub = weapon.sub_event_type if weapon is not None else sub
            return c.frame(c.act.event_type, sub, whom=None, role2="civilians" if (
                c.victims_armed is False) else None)
        air = weapon is not None and weapon.sub_event_type == "Air/drone strike"
        if weapon is not None and (c.name in ("explosion", "debris") or (
                air and c.name == "shelling")):
            sub = weapon.sub_event_type
        return c.frame(c.act.event_type, sub, role2="civilians" if c.people_hit else None)
    return _UNDECIDED


#: A fire bomb: what armed men throw to attack, not a crowd's stones.
_FIREBOMB = re.compile(r"petrol|molotov|fire ?bomb|incendiar", re.IGNORECASE)
#: A sentence that opens with a clause of another time: "After ...", "Two days before ...".
_OPENS_WITH_TIME = re.compile(r"\W*(?:[\w-]+\s+){0,3}?(?:after|before)\b", re.IGNORECASE)
#: Forces that strike on the ground, face to face: "troops struck the village" is a raid.
_GROUND_FORCES = re.compile(r"\b(?:troops|soldiers?|infantry|patrols?|commandos|special forces|"
                            r"gendarmes?|gendarmerie|militia\w*)\b", re.IGNORECASE)
#: Weapons that strike from a distance.
_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def _violence(c: _Context):
    """Attacks, killings and harm: remote if a weapon is named, a battle against armed
    people, a mob's if a crowd does it, else violence against civilians."""
    if c.name not in GENERIC_ACTS | HARM_ACTS | {"destroy", "raid", "storm"}:
        return _UNDECIDED
    if c.in_clause & BATTLE_ACTS:
        return c.frame("Battles", "Armed clash")
    weapon = c.weapon()
    role2 = "civilians" if c.people_hit else None
    a, b = c.clause
    if weapon is not None and c.armed_target and SMALL_ARMS.search(c.sentence, a, b):
        # "armed with rifles and grenades, attacked a police post": a fight, as ACLED codes
        # heavy weapons and small arms at positions
        return c.frame("Battles", "Armed clash")
    if weapon is not None and (c.name not in GROUND_ACTS or (
            (c.agent is None or weapon.start < c.agent.start)
            and a <= weapon.start < c.act.start)):
        # a remote weapon's act, or one the weapon did itself ("a grenade thrown into a
        # market wounded seven", "two bombs planted by an unknown group injured four")
        return c.frame("Explosions/Remote violence", weapon.sub_event_type, role2=role2)
    remote = _remote_sub(c.agent.text) if c.agent is not None and c.agent.kind == "weapon" else None
    if remote is not None and c.name not in GROUND_ACTS:
        # "Israeli raids razed the market": a state's strikes are remote fire ("Israeli fire"
        # that killed two may be gunfire: no remote weapon)
        return c.frame("Explosions/Remote violence", remote, role2=role2)
    # "a group of men opened fire on worshippers", "a drive-by": people who shoot, not at a
    # demonstration, are an armed group the report leaves unnamed
    gunmen = c.crowd and not c.protest and (c.name == "shooting" or bool(
        _GUNFIRE.search(c.sentence, c.act.start, c.act.end))) and not _GATHERED.search(c.agent.text)
    if c.crowd and not gunmen:
        return c.frame("Riots", c.riot, "rioters", role2)
    if gunmen:
        return c.frame("Violence against civilians", "Attack", role2="civilians", who=None)
    if c.name == "bombing" and not c.state_agent:
        # no aircraft and no state's forces: a bomb set off on the ground [C1]
        return c.frame("Explosions/Remote violence", "Remote explosive/landmine/IED", role2=role2)
    if c.name == "bombing" and not _GROUND_FORCES.search(c.agent.text):
        # "the army bombed militant bases": a state's bombing is from the air (the act's row),
        # whoever it hits
        return c.frame(c.act.event_type, c.act.sub_event_type, role2=role2)
    if c.name == "destroy":
        if _FOUND_AND.search(c.sentence, max(0, c.act.start - 30), c.act.start):
            # "found and destroyed" crops, a laboratory, a cache: no fire, property destroyed
            return c.frame("Strategic developments", "Looting/property destruction")
        if (c.state_agent and not c.armed_target and _GROUND_FORCES.search(c.agent.text)
                and not c.acts.weapons):
            # "soldiers destroyed houses": troops on the ground, no fire from afar
            return c.frame("Strategic developments", "Looting/property destruction")
        if c.state_agent or c.agent is None:
            # a state's forces destroying with no weapon named: remote fire, as in war news
            weapon = c.weapon()
            sub = weapon.sub_event_type if weapon else c.act.sub_event_type
            return c.frame("Explosions/Remote violence", sub, role2=role2)
        # an armed group destroying property: property destruction
        return c.frame("Strategic developments", "Looting/property destruction")
    if c.protest and c.people_hit and c.state_agent:
        return c.frame("Protests", "Excessive force against protesters", "protesters",
                       who=c.target, whom=c.agent)
    if c.name == "strike" and c.state_agent and c.agent.kind != "police" and not (
            _GROUND_FORCES.search(c.agent.text)):
        # "the Israeli army struck a house, killing five": a state's strike with no ground
        # force named is fire from afar, whoever it hits (news usage, as the act's row says)
        return c.frame(c.act.event_type, c.act.sub_event_type, role2=role2)
    if c.agent is not None and c.agent.kind == "identity_militia" and _suspects(c):
        # "vigilantes shot dead three suspected cattle thieves": the suspects a community's
        # militia turns on are civilians, as a mob's are
        return c.frame("Violence against civilians", "Attack", role2="civilians",
                       whom=replace(c.target, kind="people"))
    if c.armed_target and (c.agent is None or c.agent.armed):
        # "set fire to a police station, killing two officers": the forces the site holds
        # fought, though the clause names them only by their dead
        a, b = c.clause
        site = next((x for x in c.actors if x.kind == "armed_site" and a <= x.start < b
                     and x is not c.agent), None) if c.target is None else None
        return c.frame("Battles", "Armed clash",
                       whom=forces_holding(site) if site is not None else c.target)
    if c.name in GENERIC_ACTS and not c.people_hit and c.state_agent:
        return c.frame(c.act.event_type, c.act.sub_event_type)
    if c.name in ENTRY_ACTS and c.agent is not None and c.agent.kind == "police" and not (
            c.acts.names() & HARM_ACTS):
        return None  # a police raid that hurts no one is policing
    return c.frame("Violence against civilians", "Attack", role2="civilians")


def _suspects(c: _Context) -> bool:
    """Whether the act's target is armed men of no group the text only suspects ("two
    suspected kidnappers", "alleged bandits")."""
    t = c.target
    return t is not None and t.kind in ("unidentified", "gang") and t.name is None and bool(
        _SUSPECTS.search(c.sentence, max(0, t.start - 12), t.start))


#: Ground named after a verb of retaking: a town, its centre or districts, or a place's name
#: ("regained control of the town centre", "retook Mirebalais"; not "of the prison wing").
_GROUND = re.compile(
    r"\s+(?:full\s+|complete\s+)?(?:control\s+(?:of|over)\s+)?(?:the\s+)?(?:(?:\S+\s+){0,2}?"
    r"(?:towns?|city|cities|villages?|districts?|neighbou?rhoods?|communes?|areas?|"
    r"cent(?:re|er)|capital|streets)\b|(?-i:[A-Z]))", re.IGNORECASE)


#: Unnamed armed men that are an organised force: "ethnic armed groups", "an armed faction".
_ARMED_GROUPS = re.compile(r"\barmed\s+(?:groups?|factions?)\b", re.IGNORECASE)


def _territory(c: _Context):
    """Ground taken or retaken: by organised forces, never by unidentified gunmen (ACLED
    codes their raids as attacks; "armed groups" are organised), nor taken by police (who
    enter buildings, not territory; police retaking a town from gangs regain it); taken
    with no fighting it is a non-violent transfer."""
    if c.name not in TERRITORY_ACTS:
        return _UNDECIDED
    if c.agent is not None and (c.agent.kind == "unidentified" and not (
            _ARMED_GROUPS.search(c.agent.text)) or (
            c.agent.kind == "police" and not (
                c.name == "regain" and _GROUND.match(c.sentence, c.act.end)))):
        return None
    if _PASSING_THROUGH.search(c.sentence, c.act.start):
        # "entered the town briefly and left": forces moving, no ground taken
        return c.frame("Strategic developments", "Change to group/activity")
    if NO_FIGHTING.search(c.sentence) or (c.acts.names() & TRANSFER_ACTS and not (
            c.acts.names() & (BATTLE_ACTS | HARM_ACTS | REMOTE_ACTS | {"assault", "attack"}))):
        # "entered the town after the rebels abandoned it": ground left, then taken
        return c.frame("Strategic developments", "Non-violent transfer of territory")
    return _UNDECIDED


def _development(c: _Context):
    """Arrests (by non-state actors: abductions; of protesters: an intervention), and the
    rest of violence against civilians."""
    if c.name == "arrest":
        if c.agent is None and (c.target is None or not (c.target.kind in PEOPLE
                                                         or c.target.armed)):
            return None  # at a demonstration, "he was arrested" may be what it is about
        if c.agent is not None and ((c.agent.kind not in STATE and not _RULERS.search(
                c.agent.text)) or "disappear" in c.acts.names()):
            # taken by an armed group, or held where no one knows: an abduction or a forced
            # disappearance [C1]; a group's own authorities or police where it rules ("Houthi
            # authorities detained", "Taliban intelligence officers detained") arrest
            return c.frame("Violence against civilians", "Abduction/forced disappearance",
                           role2="civilians")
        if c.protest and (c.target is None or c.target.kind in PEOPLE):
            return c.frame("Protests", "Protest with intervention", "protesters",
                           who=c.target or c.crowd_actor(), whom=c.agent)
        return c.frame(c.act.event_type, c.act.sub_event_type)
    if c.name in ("abduct", "disappear") and c.target is not None and c.target.armed and (
            c.agent is None or c.agent.armed) and _in_combat(c):
        # soldiers seized in an attack on their post are taken in combat, the battle's; ACLED
        # codes abductions only of civilians [C1] (an off-duty soldier taken from a bus is one)
        return c.frame("Battles", "Armed clash")
    if c.name in ("abduct", "disappear", "deport", "sexual"):
        return c.frame(c.act.event_type, c.act.sub_event_type, role2="civilians")
    if c.name in DISPLACEMENT_ACTS and (c.agent is None or c.agent.kind in PEOPLE):
        # people leaving their homes are the actor of their displacement: civilians
        people = c.agent or (c.target if c.target is not None and c.target.kind in PEOPLE
                             else None)
        return c.frame(c.act.event_type, c.act.sub_event_type, "civilians", who=people,
                       whom=None)
    return _UNDECIDED


def _in_combat(c: _Context) -> bool:
    """Whether the sentence of a seizure tells of combat: a fight, an assault, an attack or
    a military post, base or checkpoint ("stormed the base and captured six soldiers")."""
    fight = BATTLE_ACTS | GENERIC_ACTS | {"assault", "overtake", "storm", "raid"}
    return bool(c.acts.names() & fight) or any(x.kind == "armed_site" for x in c.actors)


def _protest_sub(c: _Context) -> str:
    """ACLED's protest sub-types: excessive force (protesters killed or shot with live fire),
    else with intervention (dispersed, arrested), else peaceful."""
    if _lethal_on_crowd(c.sentence, c.acts, c.actors):
        return "Excessive force against protesters"
    if c.acts.names() & {"intervention", "arrest", "warning_shots"} or _forces_hurt_crowd(c):
        return "Protest with intervention"
    return "Peaceful protest"


def _forces_hurt_crowd(c: _Context) -> bool:
    """Whether armed or state forces beat, attack or hurt the demonstrators, short of what
    ``_lethal_on_crowd`` calls excessive ("police beat protesters")."""
    for x in _acts_at_protest(c.sentence, c.acts):
        if x.name in (HARM_ACTS - KILL_ACTS) | GENERIC_ACTS:
            doer = agent_of(c.sentence, (0, len(c.sentence)), x, c.actors)
            if doer is not None and doer.kind not in PEOPLE and (doer.armed or doer.kind in STATE):
                return True
    return False


def _turned_violent(c: _Context) -> bool:
    """Demonstrators who riot, throw stones, loot, attack or clash with police make a violent
    demonstration."""
    contrast = _CONTRAST.search(c.sentence, max(0, c.clause[1] - 2))
    if c.acts.names(0, contrast.start() if contrast else None) & RIOT_ACTS:
        return True  # stones, burning tyres, vandalism, brawls (not after "while": "marched
        # peacefully in X, while in Y they burned tyres" is a protest and a riot)
    crowd = c.crowd_actor()
    for x in c.acts.acts:
        if PARTICIPLE.match(c.sentence, x.start):
            continue  # "..., injuring dozens": what the main act did, by the main act's doer
        if x.name in BATTLE_ACTS | GENERIC_ACTS | HARM_ACTS | {"loot", "storm"}:
            doer = agent_of(c.sentence, (0, len(c.sentence)), x, c.actors)
            if (x.name in BATTLE_ACTS and doer in (None, crowd)) or (
                    doer is not None and (doer is crowd or doer.kind in PEOPLE)):
                return True  # they clashed with police, attacked a station, beat someone
    return False


#: A clause set against the one before it: ", while", ", whereas".
_CONTRAST = re.compile(r"(?:,\s*|\s+)(?:while|whereas)\b", re.IGNORECASE)


def _crowd_arms_used(c: _Context) -> bool:
    """Whether people fought with a crowd's arms in the clause: police "attacked with bottles
    and rocks" by no armed doer (police who hit people with sticks do not riot)."""
    if not c.melee:
        return False
    a, b = c.clause
    for x in c.acts.in_span(a, b):
        if x.name in GENERIC_ACTS | BATTLE_ACTS:
            doer = agent_of(c.sentence, c.clause, x, c.actors)
            if doer is None or not doer.armed:
                return True
    return False


def _melee(sentence: str, clause: tuple[int, int], actors: list[ActorMention]) -> bool:
    """Whether people fight in the clause as a crowd does: with sticks or stones, or by
    beating someone where no armed side is named ("party supporters attacked activists,
    beating two"; not "settlers attacked farmers, beating three")."""
    a, b = clause
    return bool(_CRUDE_ARMS.search(sentence, a, b)) or (
        bool(_BEATING.search(sentence, a, b))
        and not any(a <= x.start < b and (x.armed or x.kind in STATE) for x in actors))


def _acts_at_protest(sentence: str, acts: SentenceActs) -> Iterator[Found]:
    """The acts of a sentence but those a protest in it reacts to ("protested after a
    gendarme shot a driver": the shooting is the cause, told before)."""
    protest = min((x.start for x in acts.acts if x.name == "protest"), default=None)
    return (x for x in acts.acts
            if protest is None or not _CAUSE.search(sentence, protest, x.start))


def _lethal_on_crowd(sentence: str, acts: SentenceActs, actors: list[ActorMention]) -> bool:
    """Protesters killed or shot at with live fire by police or troops: ACLED's excessive
    force against protesters."""
    if _LIVE_FIRE.search(sentence):
        return True
    if _PROTESTER_DIED.search(sentence) and any(x.name == "intervention" for x in acts.acts) and (
            any(x.kind in ("police", "military") for x in actors)):
        return True  # "a protester died after being hit by a tear gas canister fired by police"
    in_air = [(x.start, x.end) for x in acts.acts if x.name == "warning_shots"]
    for x in _acts_at_protest(sentence, acts):
        if any(a <= x.start < b for a, b in in_air):
            continue  # "opened fire in the air": at no one
        span = sentence[x.start : x.end]
        if x.name in KILL_ACTS or (x.name in ("harm", "shooting") and "fire" in
                                                    span.lower() and not _NON_LETHAL.search(span)):
            agent = agent_of(sentence, (0, len(sentence)), x, actors)
            if agent is not None and agent.kind in ("police", "military"):
                return True
    return False


def _crowd_in(actors: list[ActorMention]) -> ActorMention | None:
    """The crowd a protest act speaks of ("a protest by students"), when it has no subject."""
    return next((x for x in actors if x.kind in PEOPLE and not x.speaker), None)


def _armed_in(actors: list[ActorMention]) -> ActorMention | None:
    """The police or soldiers who step in at a protest, else the armed group that does
    ("Taliban fighters beat women protesters")."""
    return next((x for x in actors if x.kind in ("police", "military") and not x.speaker),
                None) or next((x for x in actors if x.armed and not x.speaker), None)


def _remote_sub(words: str) -> str | None:
    """The sub-event type a state's weapon names ("Russian missiles": shelling; "Israeli
    strikes", "raids", "warplanes": air); None for no remote weapon ("Israeli fire")."""
    named = _best_weapon(read_acts(words).weapons)
    if named is not None:
        return named.sub_event_type
    if re.search(r"strike|raid|bomb|air|aerial", words, re.IGNORECASE):
        return "Air/drone strike"
    return None


def _best_weapon(weapons: list[Found]) -> Found | None:
    return max(weapons, key=lambda w: w.priority, default=None)


@cache
def _acts() -> tuple[Act, ...]:
    return tuple(Act(r["act"], r["event_type"], r["sub_event_type"], int(r["priority"]),
                     r["gate"], r["pattern"])
                 for r in read_table("event_acts"))


@cache
def _act_index() -> TriggerIndex:
    """The act rows by their triggers, then the weapon rows, keyed after them: one look-up
    finds both of a sentence."""
    acts = read_table("event_acts")
    return TriggerIndex([*((i, split_triggers(r["triggers"])) for i, r in enumerate(acts)),
                         *((len(acts) + i, split_triggers(r["triggers"]))
                           for i, r in enumerate(read_table("weapons")))])


@dataclass(frozen=True)
class _Weapon(_LazyPattern):
    """A row of ``geo/data/weapons.csv``."""

    name: str
    sub_event_type: str
    priority: int
    pattern: str


@cache
def _weapons() -> tuple[_Weapon, ...]:
    return tuple(_Weapon(r["mechanism"], r["sub_event_type"], int(r["priority"]), r["pattern"])
                 for r in read_table("weapons"))
