"""The parts of an article that are not its story (geo.text.layout): headline, dateline, kicker."""

from datetime import date

from geo.text.layout import article_layout


def test_headline_is_the_first_line_that_does_not_end_like_a_sentence():
    text = "Shelling hits border town\n\nShells struck the town of Mora on Monday."
    layout = article_layout(text)
    assert text[slice(*layout.headline)] == "Shelling hits border town"
    assert text[layout.body_start:].startswith("Shells struck")


def test_a_first_line_ending_in_a_full_stop_is_part_of_the_story():
    text = "Shells struck the town of Mora on Monday.\nTwo people died."
    layout = article_layout(text)
    assert layout.headline is None
    assert layout.body_start == 0


def test_wire_dateline_gives_place_day_and_agency():
    text = "Rebels seize port\n\nGOMA, March 4 (AFP) - Rebels seized the port on Tuesday."
    dateline = article_layout(text).dateline
    assert (dateline.place, dateline.month, dateline.day, dateline.agency) == (
        "GOMA", 3, 4, "AFP")
    assert text[article_layout(text).body_start:].startswith("Rebels seized")


def test_dateline_without_a_year_is_the_latest_such_day_not_after_today():
    dateline = article_layout("BAMAKO, Dec 30 (Reuters) - Gunmen attacked a convoy.").dateline
    assert dateline.date(today=date(2025, 1, 5)) == date(2024, 12, 30)


def test_dateline_with_a_year_keeps_it():
    dateline = article_layout("LAGOS, June 2, 2023 (AP) — Police fired tear gas.").dateline
    assert dateline.date(today=date(2025, 1, 5)) == date(2023, 6, 2)


def test_a_dash_after_an_ordinary_word_is_no_dateline():
    assert article_layout("Sudan - the war goes on as talks stall.").dateline is None


def test_kicker_before_the_story_is_skipped():
    text = "UPDATE: Troops entered the village at dawn."
    layout = article_layout(text)
    assert text[layout.body_start:].startswith("Troops entered")


def test_a_dateline_country_may_hold_small_words():
    text = ("Rebels seize town\n\nBUKAVU, Democratic Republic of the Congo, March 4 (AFP) -"
            " Rebels seized the town on Tuesday.")
    layout = article_layout(text)
    assert (layout.dateline.place, layout.dateline.day) == ("BUKAVU", 4)
    assert text[layout.body_start:].startswith("Rebels seized")


def test_a_byline_between_headline_and_dateline_is_skipped():
    text = ("Shelling hits Kharkiv\nBy a staff correspondent\n\n"
            "KHARKIV, June 18 (Reuters) - Russian shelling hit the city overnight.")
    layout = article_layout(text)
    assert (layout.dateline.place, layout.dateline.day) == ("KHARKIV", 18)
    assert text[layout.body_start:].startswith("Russian shelling")


def test_a_byline_run_in_with_a_dash_is_skipped():
    text = ("Air strikes kill 21 in Sagaing\n\nBy Irrawaddy staff - Military air strikes on"
            " villages killed at least 21 civilians on Monday.")
    layout = article_layout(text)
    assert text[slice(*layout.byline)] == "By Irrawaddy staff - "
    assert text[layout.body_start:].startswith("Military air strikes")


def test_a_story_that_opens_with_by_and_a_day_and_a_dash_is_no_byline():
    text = "Toll rises\n\nBy Tuesday - the toll in Khan Younis had risen to 30."
    layout = article_layout(text)
    assert layout.byline is None and text[layout.body_start:].startswith("By Tuesday")


def test_a_story_that_opens_with_by_is_no_byline():
    text = "By Tuesday the fighting had spread to three towns near Goma."
    assert article_layout(text).body_start == 0


def test_a_dateline_of_two_towns_is_one_dateline():
    text = "ISLAMABAD/NEW DELHI, May 7 (Reuters) - India launched missile strikes on Wednesday."
    layout = article_layout(text)
    assert (layout.dateline.place, layout.dateline.day) == ("ISLAMABAD/NEW DELHI", 7)
    assert text[layout.body_start:].startswith("India launched")


def test_an_agency_dateline_with_a_day_needs_no_dash():
    layout = article_layout("SRINAGAR, Jan 9 (PTI) Three militants were killed on Tuesday.")
    assert (layout.dateline.place, layout.dateline.agency, layout.body_start) == (
        "SRINAGAR", "PTI", 22)


def test_a_name_in_brackets_without_a_day_is_no_dateline():
    assert article_layout("KYIV (AP) Two people died.").dateline is None
