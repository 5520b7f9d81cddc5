"""Word starts of patterns: the look-up that spares a text most lexicon searches."""

import re

from geo.events.actors import _patterns
from geo.events.extract import _cues, split_sentences
from geo.text.dates import _PATTERNS
from geo.text.word_starts import WordStartIndex, required_words, word_starts


def test_optional_words_give_both_starts():
    assert word_starts(r"\b(?:the )?Kremlin\b") == {"the", "kre"}


def test_each_alternative_of_a_cue_gives_its_start():
    assert word_starts(r"\bshot down\b|\bdowned\b|\bintercept(?:ed|s)?\b") == {"sho", "dow", "int"}


def test_digits_start_a_number_pattern():
    assert word_starts(r"\b(?P<y>\d{4})-(?P<m>\d{2})") == set("0123456789")


def test_each_word_after_white_space_is_required():
    words = required_words(r"\b(?P<n>\d+)\s+(?P<unit>days?|weeks?)\s+ago\b")
    assert words == [set("0123456789"), {"day", "wee"}, {"ago"}]


def test_optional_words_are_not_required():
    words = required_words(r"\b(?:(?:late|early)\s+)?(?:on\s+)?(?P<wd>monday|tuesday)(?:\s+night)?")
    assert words == [{"lat", "ear", "on", "mon", "tue"}, {"mon", "tue"}]


def test_a_pattern_needs_all_its_words():
    index = WordStartIndex([("ago", r"\b(?P<n>\d+)\s+days\s+ago\b")])
    assert index.candidates("3 days ago") == {"ago"}
    assert index.candidates("3 days later") == set()


def test_pattern_not_anchored_at_a_word_has_no_starts():
    assert word_starts(r"strikes?") is None
    assert word_starts(r"x?\bstrike") is None
    assert word_starts(r"\b(?=air)\w+") is None


def test_candidates_hold_every_pattern_that_matches_in_the_seed(seed_text):
    lexicon = [(p.pattern, p.pattern) for p in _patterns()] + [(p, p) for _, p in _PATTERNS]
    lexicon += [(c.rx.pattern, c.rx.pattern) for c in _cues()]
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
