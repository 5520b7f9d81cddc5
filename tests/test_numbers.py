"""Numbers in text (geo.text.numbers): numerals, number words read by text2num, vague amounts."""

import pytest

from geo.text.numbers import find_numbers, read_number


@pytest.mark.parametrize(("phrase", "value"), [
    ("7", 7),
    ("1,250", 1250),
    ("2.5 million", 2_500_000),
    ("twenty-three", 23),
    ("one hundred and four", 104),
    ("a hundred", 100),
    ("Thirty", 30),
])
def test_number_phrases_are_read(phrase, value):
    assert read_number(phrase) == value


def test_a_word_that_is_no_number_reads_as_none():
    assert read_number("dozens") is None


def test_numbers_are_found_in_order_with_their_spans():
    text = "Forty-two houses and 3 schools were damaged."
    found = find_numbers(text)
    assert [(n.value, text[n.start:n.end]) for n in found] == [(42, "Forty-two"), (3, "3")]


@pytest.mark.parametrize(("text", "value"), [
    ("dozens of shops", 12),
    ("tens of families", 10),
    ("hundreds of homes", 100),
    ("tens of thousands of people", 10_000),
])
def test_vague_amounts_take_acled_figures(text, value):
    (number,) = find_numbers(text)
    assert (number.value, number.exact, number.counts) == (value, False, True)


def test_several_is_an_amount_no_casualty_figure_takes():
    (number,) = find_numbers("several farmers")
    assert not number.counts


def test_a_hedge_before_a_number_is_not_an_amount_of_its_own():
    assert [n.value for n in find_numbers("some 40 vehicles")] == [40]


def test_text_without_numbers_gives_none():
    assert find_numbers("The market reopened after the holiday.") == []
