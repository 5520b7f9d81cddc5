"""Casualty figures (geo.events.counts): who was killed or hurt, and how ACLED adds them up."""

from dataclasses import replace

import pytest

from geo.events.counts import Victims, combine, count_things, find_victims, read_counts


def test_victims_of_any_noun_are_counted():
    assert read_counts("gunmen shot dead four nurses at the clinic")[0] == 4


@pytest.mark.parametrize("sentence", [
    "a mob beat two men to death in the village",
    "two men were beaten to death in the village",
])
def test_victims_beaten_to_death_are_killed(sentence):
    assert read_counts(sentence)[0] == 2


@pytest.mark.parametrize("sentence", ["No one was hurt.", "no one was killed in the attack"])
def test_no_one_counts_nobody(sentence):
    assert read_counts(sentence)[:2] == (None, None)


@pytest.mark.parametrize("sentence", [
    "three policemen were martyred and two others injured",
    "three soldiers embraced martyrdom and two others were injured",
])
def test_the_martyred_are_killed(sentence):
    assert read_counts(sentence)[:2] == (3, 2)


def test_passive_victims_before_the_verb_are_counted():
    assert read_counts("three worshippers were killed and nine hurt")[:2] == (3, 9)


@pytest.mark.parametrize("sentence", [
    "1,250 soldiers were killed in the fighting",
    "in all, 1,250 soldiers died",
    "the offensive resulted in 1,250 deaths",
    "the raid left 1,250 dead",
])
def test_a_numeral_with_a_thousands_comma_is_one_figure(sentence):
    assert read_counts(sentence)[0] == 1250


def test_a_person_noun_that_qualifies_another_noun_counts_no_one():
    sentence = "gunmen stormed the village, killing 21 civilians, local sources said"
    assert read_counts(sentence)[0] == 21


@pytest.mark.parametrize("clause", [
    "soldiers killed seven members of the rebel movement near the border",
    "police shot dead seven suspected members of a jihadist cell in a raid",
])
def test_a_person_noun_naming_a_body_of_people_counts_no_one_more(clause):
    assert read_counts(clause)[0] == 7


@pytest.mark.parametrize("clause", [
    "gunmen killed between 10 and 15 villagers",
    "gunmen killed 10 to 15 villagers",
    "gunmen killed 10-15 villagers",
])
def test_a_range_counts_its_lowest_figure(clause):
    assert read_counts(clause)[0] == 10


@pytest.mark.parametrize(("sentence", "killed"), [
    ("a 16-year-old shepherd was killed", 1),
    ("two 19-year-old students were killed", 2),
    ("a trader aged 52 was shot dead", 1),
    ("a farmer, 60 years old, was killed", 1),
])
def test_an_age_is_no_count(sentence, killed):
    assert read_counts(sentence)[0] == killed


@pytest.mark.parametrize(("sentence", "killed"), [
    ("the body of a trader was found in the river", 1),
    ("the bodies of four herders were recovered near the well", 4),
    ("the governing body of the party met on Monday", None),
])
def test_bodies_found_are_the_dead(sentence, killed):
    assert read_counts(sentence)[0] == killed


def test_one_person_named_alone_counts_one():
    assert read_counts("a shopkeeper was killed")[0] == 1


@pytest.mark.parametrize("clause", ["and he died on the way to hospital",
                                    "she was later killed by the blast",
                                    "troops beat a trader, causing his death",
                                    "police fired on a driver, resulting in her death"])
def test_one_victim_told_by_a_pronoun_counts_one(clause):
    assert read_counts(clause)[0] == 1


def test_a_pronoun_that_is_not_the_victim_counts_no_one():
    assert read_counts("the spokesman said he was not injured")[:2] == (None, None)


def test_different_groups_in_one_report_add_up():
    assert read_counts("two pilots died and five soldiers were killed")[0] == 7


def test_people_in_general_count_everyone_named_beside_them():
    assert read_counts("30 people were killed, among them two commanders")[0] == 30


def test_conflicting_reports_of_the_same_victims_take_the_lowest():
    first = Victims(12, False, "people", report=0)
    second = Victims(9, False, "people", report=100)
    assert combine([first, second]) == 9


@pytest.mark.parametrize("order", [1, -1])
def test_a_stated_figure_replaces_a_vague_amount_in_either_order(order):
    (vague,) = find_victims("Jihadists killed dozens of soldiers")
    (stated,) = find_victims("More than 50 soldiers were killed")
    assert (vague.vague, stated.vague) == (True, False)
    reports = [vague, replace(stated, report=100)][::order]
    assert combine(reports) == 50


def test_a_report_that_adds_other_victims_is_added():
    first = Victims(4, False, "soldier", report=0)
    later = Victims(1, False, "policeman", report=80, more=True)
    assert combine([first, later]) == 5


def test_other_victims_after_a_figure_add_to_those_told_before():
    (commander,) = find_victims("troops killed a rebel commander in a raid on his camp")
    (others,) = find_victims("Six other fighters were killed.")
    assert (others.group, others.more) == ("fighter", True)
    assert combine([commander, replace(others, report=60)]) == 7


def test_other_people_joined_to_someone_in_one_phrase_add_nothing_more():
    (victims,) = find_victims("killing the mayor and 15 other people")
    assert victims.count == 16 and not victims.more


def test_no_victims_gives_none():
    assert combine([]) is None


def test_dozens_of_dead_count_twelve():
    assert read_counts("dozens of villagers were killed")[0] == 12


def test_scores_of_dead_count_twenty():
    assert read_counts("scores of people were killed")[0] == 20


def test_several_dead_give_no_figure():
    assert read_counts("several villagers were killed")[0] is None


def test_a_number_of_weapons_is_no_victim_count():
    assert find_victims("the army said it downed 37 drones") == []


def test_weapons_counted_in_the_clause_are_kept_by_noun():
    assert count_things("the air force said it shot down 37 drones") == {"drones": 37}


def test_vague_amounts_count_no_weapons():
    assert count_things("dozens of drones flew over the city") == {}


@pytest.mark.parametrize("sentence", [
    "the strike hit a minibus, killing nine passengers, a health worker said",
    "the strike hit a minibus, killing nine passengers, the village chief told reporters",
    "the strike hit a minibus, killing nine passengers, a nurse at the district's main clinic"
    " said",
])
def test_the_source_after_a_victim_phrase_is_no_victim(sentence):
    assert read_counts(sentence)[0] == 9


def test_another_act_ends_a_victim_list():
    assert read_counts("soldiers raided the village, killing two men and arresting five")[0] == 2


@pytest.mark.parametrize(("clause", "dead"), [
    ("Two soldiers and three rebels were killed in the clash", 5),
    ("The governor and two others were killed", 3),
    ("the driver was released and two others were killed", 2),
    ("killing the minister and five other people", 6),
    ("killing the local police chief and three others", 4),
])
def test_people_joined_by_and_are_all_counted(clause, dead):
    assert read_counts(clause)[0] == dead


def test_a_person_noun_before_plural_people_qualifies_them():
    assert read_counts("killing dozens of soldiers and volunteer fighters")[0] == 12


def test_a_later_higher_figure_for_people_counts_everyone_told_before():
    from geo.events.counts import Victims, combine
    leader = Victims(1, False, "leader", report=0)
    everyone = Victims(6, False, "people", report=1)
    assert combine([leader, everyone]) == 6


def test_things_done_after_the_killing_count_no_one():
    # "dozens of houses" are burned, not killed: the figure ends at the next verb
    assert read_counts("Raiders killed nine herders and burned dozens of huts")[0] == 9
    assert read_counts("killing dozens of cattle and four herders")[0] == 4


def test_fighters_neutralised_are_dead():
    assert read_counts("Troops neutralised 9 jihadists near the border")[0] == 9
    assert read_counts("Eleven bandits were neutralized by the air force")[0] == 11
    assert read_counts("Air defences neutralised two drones")[0] is None


def test_bringing_the_number_of_dead_to_six_counts_six():
    assert read_counts("the bodies of two more men were found, bringing the number of dead in"
                       " the attack to six")[0] == 6


def test_all_of_a_group_named_before_are_that_group_and_add_to_the_other_side():
    (police,) = find_victims("Gunmen ambushed a police patrol on Tuesday, killing nine policemen.")
    (attackers,) = find_victims("Troops pursued the attackers and all four were killed.")
    assert (attackers.count, attackers.group) == (4, "attacker")
    assert combine([police, replace(attackers, report=80)]) == 13


def test_a_title_word_opening_an_organisations_name_is_no_victim():
    assert read_counts("killing two people, the General Directorate for Civil Protection"
                       " said")[0] == 2
    assert read_counts("The blast killed the general and two of his guards")[0] == 3
    # a title word before a body's noun: "General Security" is a service, not a general
    assert read_counts("A roadside bomb killed three officers of Lebanon's General Security"
                       " service near Hermel")[0] == 3


@pytest.mark.parametrize("sentence", [
    "the body of a man was found with 14 gunshot wounds",
    "the body of a man riddled with 30 bullets was found",
    "the body of a woman with 9 stab wounds was found",
])
def test_wounds_and_bullets_counted_on_a_body_are_no_one(sentence):
    assert read_counts(sentence)[0] == 1


@pytest.mark.parametrize(("sentence", "dead"), [
    ("a retired teacher and his wife were shot dead", 2),
    ("another woman and her child died later in hospital", 2),
    ("a woman and her two children died later", 3),
    ("the mayor and 15 other people were killed", 16),
])
def test_people_joined_by_and_all_count(sentence, dead):
    assert read_counts(sentence)[0] == dead


@pytest.mark.parametrize("sentence", [
    "The next day his body was found near the river.",
    "her mutilated corpse was later discovered in a field",
])
def test_one_body_found_by_a_possessive_is_one_dead(sentence):
    assert read_counts(sentence)[0] == 1


@pytest.mark.parametrize(("sentence", "dead"), [
    ("resulting in 2 rebel and 1 military fatality", 3),
    ("one fatality was reported", 1),
])
def test_a_fatality_in_the_singular_counts(sentence, dead):
    assert read_counts(sentence)[0] == dead


@pytest.mark.parametrize("sentence", [
    "a trader stood trial over the killing of many farmers",
    "a drone hit two pickup trucks of the militia near Sirte killing and wounding several fighters",
    "when a suspect was detained over the killing, youths blocked the road",
])
def test_who_acts_before_a_killing_is_not_its_victim(sentence):
    assert read_counts(sentence)[0] is None


@pytest.mark.parametrize(("sentence", "counts"), [
    ("bandits killed one herder and a second man was wounded", (1, 1)),
    ("the mine killed two deminers and three others were hurt", (2, 3)),
])
def test_a_clause_after_and_is_not_one_more_victim(sentence, counts):
    assert read_counts(sentence)[:2] == counts


def test_a_fatality_figure_after_a_killing_is_not_added_to_its_victim():
    assert read_counts("one border guard was killed at a remote post [1 fatality in total]")[0] == 1


@pytest.mark.parametrize("sentence", [
    "an unknown number of recruits were killed at the camp",
    "the blast killed an unspecified number of guards",
])
def test_an_unknown_number_of_victims_gives_no_figure(sentence):
    assert read_counts(sentence)[0] is None


def test_people_beaten_or_taken_to_hospital_are_hurt_but_attackers_beaten_back_are_not():
    assert [(v.count, v.hurt) for v in find_victims(
        "Two farmers were beaten and taken to hospital.")] == [(2, True)]
    assert find_victims("The raiders were beaten back by villagers.") == []


@pytest.mark.parametrize("sentence", ["The hostages were executed in the forest.",
                                      "The herdsmen were shot dead at a watering point."])
def test_people_told_by_a_plural_noun_with_no_number_give_no_figure(sentence):
    assert read_counts(sentence)[0] is None


def test_one_person_told_by_a_singular_noun_still_counts_one():
    assert read_counts("The headmaster was shot dead at the gate.")[0] == 1


def test_bodies_taken_to_hospital_are_the_dead_not_the_wounded():
    assert [(v.count, v.hurt) for v in find_victims(
        "Nine bodies were brought to the main hospital, medics said.")] == [(9, False)]


@pytest.mark.parametrize(("clause", "dead"), [
    ("gunmen opened fire on a bus, killing two 16-year-olds", 2),
    ("soldiers stormed the house, shooting dead a 14-year-old", 1),
    ("raiders entered the market, gunning down four traders", 4),
])
def test_an_age_names_a_person_and_counts_no_one(clause, dead):
    assert read_counts(clause)[0] == dead
