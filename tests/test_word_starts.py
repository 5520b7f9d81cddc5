"""Word starts of patterns: the look-up that spares a text most lexicon searches."""

import re

from geo.actors import _patterns
from geo.dates import _PATTERNS
from geo.events import split_sentences
from geo.word_starts import WordStartIndex, word_starts


def test_optional_words_give_both_starts():
    assert word_starts(r"\b(?:the )?Kremlin\b") == {"the", "kre"}


def test_each_alternative_of_a_cue_gives_its_start():
    assert word_starts(r"\bshot down\b|\bdowned\b|\bintercept(?:ed|s)?\b") == {"sho", "dow", "int"}


def test_digits_start_a_number_pattern():
    assert word_starts(r"\b(?P<y>\d{4})-(?P<m>\d{2})") == set("0123456789")


def test_pattern_not_anchored_at_a_word_has_no_starts():
    assert word_starts(r"strikes?") is None
    assert word_starts(r"x?\bstrike") is None
    assert word_starts(r"\b(?=air)\w+") is None


def test_candidates_hold_every_pattern_that_matches_in_the_seed(seed_text):
    lexicon = [(p.pattern, p.pattern) for p in _patterns()] + [(p, p) for _, p in _PATTERNS]
    index = WordStartIndex(lexicon)
    matched = 0
    for start, end in split_sentences(seed_text):
        sentence = seed_text[start:end]
        found = index.candidates(sentence)
        for key, pattern in lexicon:
            if re.search(pattern, sentence, re.IGNORECASE):
                matched += 1
                assert key in found, (pattern, sentence)
    assert matched > 20


def test_word_not_in_ascii_makes_every_pattern_a_candidate():
    index = WordStartIndex([("ru", r"\bRussian forces\b"), ("ua", r"\bUkrainian\b")])
    assert index.candidates("Ukrainian drones") == {"ua"}
    assert index.candidates("Ruſſian forces") == {"ru", "ua"}  # re.I matches 'ſ' to 's'
    assert re.search(r"\bRussian forces\b", "Ruſſian forces", re.IGNORECASE)
