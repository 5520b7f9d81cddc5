"""Dates in news text resolved against the publication date."""

from datetime import date

import pytest

from geo.text.dates import _FORMS, find_dates, resolve_date
from geo.text.triggers import find_row

WEDNESDAY = date(2025, 5, 21)


def test_on_tuesday_resolves_to_day_before_wednesday_publication():
    assert resolve_date("a missile attack on Tuesday", WEDNESDAY) == (date(2025, 5, 20), "day")


def test_weekday_possessive_resolves_like_the_weekday():
    assert resolve_date("During Tuesday’s working visit", WEDNESDAY) == (date(2025, 5, 20), "day")


@pytest.mark.parametrize("text", [
    "Rebels attacked the town on Friday, May 16, officials said.",
    "Rebels attacked the town on Friday 16 May.",
    "Rebels attacked the town on Friday (May 16).",
])
def test_a_weekday_before_its_date_is_one_date_that_date(text):
    # the weekday restates the date; alone it would be the Friday before publication
    [found] = find_dates(text, WEDNESDAY)
    assert (found.date, found.precision) == (date(2025, 5, 16), "day")
    assert found.text.lower().startswith("on friday")


def test_a_weekday_before_a_figure_is_the_weekday_alone():
    [found] = find_dates("On Tuesday, 12 soldiers were killed.", WEDNESDAY)
    assert (found.text, found.date) == ("On Tuesday", date(2025, 5, 20))


@pytest.mark.parametrize(("text", "day"), [
    ("Shells hit the market on the 3rd of May, residents said.", date(2025, 5, 3)),
    ("Shells hit the market on the 19th, residents said.", date(2025, 5, 19)),
    ("Shells hit the market on the 28th, residents said.", date(2025, 4, 28)),  # April's
    ("Drones struck the port overnight Sunday into Monday.", date(2025, 5, 18)),
    ("Drones struck the port overnight on Monday.", date(2025, 5, 19)),
    ("Drones struck the port overnight into Monday.", date(2025, 5, 18)),  # Sunday's night
])
def test_a_day_of_the_month_and_a_named_night_are_that_day(text, day):
    [found] = find_dates(text, WEDNESDAY)
    assert (found.date, found.precision) == (day, "day")


def test_an_ordinal_before_a_noun_is_no_date():
    assert find_dates("Fire broke out on the 14th floor of the tower.", WEDNESDAY) == []


def test_weekday_of_publication_is_the_publication_day():
    assert resolve_date("said on Wednesday", WEDNESDAY) == (WEDNESDAY, "day")


def test_last_thursday_from_a_monday_is_four_days_back():
    assert resolve_date("said last Thursday", date(2024, 8, 19)) == (date(2024, 8, 15), "day")


def test_a_weekday_of_last_week_is_in_the_week_before_publication():
    assert resolve_date("on Thursday last week", date(2025, 5, 15)) == (date(2025, 5, 8), "day")
    assert resolve_date("on Monday of last week", date(2025, 5, 15)) == (date(2025, 5, 5), "day")


def test_late_on_saturday_is_day_precision():
    assert resolve_date("late on Saturday", date(2023, 12, 31)) == (date(2023, 12, 30), "day")


def test_overnight_takes_the_morning_date():
    assert resolve_date("shortly after midnight", date(2023, 12, 31)) == (date(2023, 12, 31), "day")


def test_yesterday_is_the_day_before_publication():
    assert resolve_date("yesterday", WEDNESDAY) == (date(2025, 5, 20), "day")


def test_last_month_is_month_precision_in_the_previous_month():
    day, precision = resolve_date("from the area last month", WEDNESDAY)
    assert (day.year, day.month, precision) == (2025, 4, "month")


@pytest.mark.parametrize(("text", "published", "month"), [
    ("retaken last March", date(2025, 10, 16), date(2025, 3, 15)),
    ("retaken last October", date(2025, 10, 16), date(2024, 10, 15)),
    ("since last May", date(2025, 5, 16), date(2024, 5, 15)),
])
def test_last_and_a_month_is_the_latest_such_month_before_the_publication_month(
        text, published, month):
    assert resolve_date(text, published) == (month, "month")


def test_earlier_this_month_stays_in_the_publication_month():
    day, precision = resolve_date("Earlier this month, a drone strike", date(2024, 10, 16))
    assert (day.month, precision) == (10, "month") and day <= date(2024, 10, 16)


def test_late_april_is_week_precision_near_the_26th():
    assert resolve_date("declared in late April", WEDNESDAY) == (date(2025, 4, 26), "week")


def test_end_of_september_is_week_precision_at_month_end():
    day, precision = resolve_date("At the end of September", date(2024, 10, 16))
    assert precision == "week" and day.month == 9 and day.day >= 27


def test_month_and_year_is_month_precision():
    day, precision = resolve_date("in August 2024", WEDNESDAY)
    assert (day.year, day.month, precision) == (2024, 8, "month")


def test_month_day_without_year_is_the_most_recent_on_or_before_publication():
    assert resolve_date("since storming in on August 6", date(2024, 8, 19)) == (
        date(2024, 8, 6),
        "day",
    )
    assert resolve_date("on December 30", date(2024, 1, 2)) == (date(2023, 12, 30), "day")


def test_abbreviated_month_with_period():
    assert resolve_date("stepped up on Sept. 23", date(2024, 10, 16)) == (date(2024, 9, 23), "day")


def test_iso_date():
    assert resolve_date("on 2024-03-02", None) == (date(2024, 3, 2), "day")


def test_two_days_later_counts_from_a_date_earlier_in_the_sentence():
    found = find_dates("confirmed on Friday that X, and two days later Y", date(2024, 8, 19))
    assert [d.date for d in found] == [date(2024, 8, 16), date(2024, 8, 18)]


def test_two_days_prior_counts_from_the_anchor():
    found = find_dates("Two days prior, a call failed", WEDNESDAY, anchor=WEDNESDAY)
    assert found[0].date == date(2025, 5, 19)


def test_may_as_a_verb_is_not_a_date():
    assert resolve_date("Officials may visit", WEDNESDAY) is None


def test_over_the_weekend_is_the_saturday_before_with_week_precision():
    assert resolve_date("clashes over the weekend", WEDNESDAY) == (date(2025, 5, 17), "week")
    sunday = date(2025, 5, 25)
    assert resolve_date("protests this weekend", sunday) == (date(2025, 5, 24), "week")
    assert resolve_date("raids last weekend", sunday) == (date(2025, 5, 17), "week")


def test_earlier_this_week_is_the_week_of_publication_not_the_one_before():
    assert resolve_date("abducted earlier this week", WEDNESDAY) == (date(2025, 5, 19), "week")
    assert resolve_date("raids last week", WEDNESDAY) == (date(2025, 5, 14), "week")


def test_each_date_form_is_found_where_the_words_its_matches_begin_with_begin():
    texts = ["On March 3, 2024, late last month and the next day, troops came back.",
             "Since May 2023 and in mid-April, two weeks later; by the end of 2022.",
             "Earlier this month, over the weekend, on Sunday night: THIS MORNING it said.",
             "\u201cYesterday\u201d \u2014 shortly after midnight \u2014 in 2019, last week."]
    assert sum(form.beginnings is not None for form in _FORMS) > len(_FORMS) / 2
    for form in _FORMS:
        for text in texts:
            assert [m.span() for m in find_row(form.pattern, text, form.beginnings)] == [
                m.span() for m in form.pattern.finditer(text)], form.name


def test_hours_later_is_the_day_told_before():
    (found,) = find_dates("Hours later, aircraft struck a group of gunmen.", date(2025, 5, 2),
                          anchor=date(2025, 4, 30))
    assert (found.date, found.precision) == (date(2025, 4, 30), "day")


def test_a_month_alone_after_a_month_of_an_earlier_year_is_in_that_year():
    found = find_dates("In February 2024, the group captured several towns, including Mahaday in"
                       " April.", WEDNESDAY)
    assert [(d.date, d.precision) for d in found] == [(date(2024, 2, 15), "month"),
                                                      (date(2024, 4, 15), "month")]


def test_a_month_alone_after_a_year_alone_is_the_last_such_month():
    found = find_dates("The group, founded in 2009, attacked the town in April.", WEDNESDAY)
    assert found[-1].date == date(2025, 4, 15)


def test_a_day_that_names_a_square_or_a_bridge_is_no_date():
    published = date(2025, 9, 29)
    assert find_dates("Crowds gathered at the May 13 square on Monday.", published)[0].text == (
        "on Monday")
    assert find_dates("They marched over the 6th of October Bridge.", published) == []
    # but a date before a lower-case noun that merely follows it is a date
    assert find_dates("On Tuesday street vendors clashed with police.", published)[0].date == (
        date(2025, 9, 23))


def test_overnight_before_a_raid_leaves_the_date_to_the_weekday_named():
    found = find_dates("Troops detained 12 men in overnight raids near the camp on Monday.",
                       WEDNESDAY)
    assert [d.date for d in found] == [date(2025, 5, 19)]


def test_a_day_later_counts_from_a_day_not_from_a_year_told_before_it():
    found = find_dates("the anniversary of an uprising in 1998, and a day later, the vote",
                       WEDNESDAY, anchor=date(2025, 5, 19))
    assert [(d.date, d.precision) for d in found] == [(date(1998, 7, 1), "year"),
                                                     (date(2025, 5, 20), "day")]


def test_the_days_before_an_event_told_are_earlier_at_a_weeks_precision():
    (found,) = find_dates("Four guards died in fighting in the days before the army withdrew",
                          date(2025, 5, 21), anchor=date(2025, 5, 19))
    assert (found.date, found.precision) == (date(2025, 5, 17), "week")


def test_the_previous_day_is_the_day_before_the_day_told():
    (found,) = find_dates("The previous day, rockets hit the port.", WEDNESDAY,
                          anchor=date(2025, 5, 19))
    assert found.date == date(2025, 5, 18)
    assert [d.date for d in find_dates("on Monday, the day before the vote", WEDNESDAY)] == [
        date(2025, 5, 19)]
