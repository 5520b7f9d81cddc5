"""ACLED-style events read from sentences written for each test, through the real pipeline."""

from datetime import date

import pytest

from geo.events.counts import read_counts
from geo.text.sentences import split_sentences

WEDNESDAY = date(2025, 5, 21)


@pytest.fixture(scope="module")
def read(gazetteer):
    from geo.pipeline import read_article

    def _read(text, published=WEDNESDAY):
        return read_article(text, published=published, gazetteer=gazetteer).events

    return _read


def test_intercepted_drones_are_disrupted_weapons_use(read):
    events = read(
        "Russia's defence ministry said it had intercepted 40 drones"
        " over the Belgorod region on Tuesday."
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Disrupted weapons use")
    ]
    assert events[0].counts == {"drones": 40}
    assert events[0].location.admin1_iso == "RU-BEL"


def test_event_date_beats_the_date_it_was_reported(read):
    events = read(
        "The governor said on Wednesday that a missile attack on Kharkiv"
        " on Tuesday killed two people."
    )
    assert events[0].date == date(2025, 5, 20)


def test_story_told_twice_yields_one_event(read):
    text = (
        "Russian missiles struck Kharkiv on Tuesday, killing three people.\n"
        "Three people were killed when missiles hit Kharkiv late on Tuesday, officials said."
    )
    events = read(text)
    assert len(events) == 1
    assert events[0].fatalities == 3
    assert len(events[0].sources) == 2


def test_follow_up_sentence_adds_injured_to_the_event(read):
    text = (
        "Israeli air strikes hit Nabatieh on Monday, killing four people.\n"
        "The ministry said 12 people were wounded."
    )
    (event,) = read(text)
    assert (event.fatalities, event.injured) == (4, 12)


def test_deaths_from_a_disease_are_not_the_victims_of_the_event_before(read):
    text = (
        "Gunmen killed two police officers in Kandahar on Monday.\n"
        "A cholera outbreak in the province has caused 40 deaths this year."
    )
    (event,) = read(text)
    assert event.fatalities == 2
    assert len(event.sources) == 1


def test_a_total_over_a_period_is_not_the_victims_of_the_event_before(read):
    text = (
        "Gunmen abducted two police officers in Kandahar on Monday.\n"
        "Violence in the province has resulted in 1,300 deaths so far this year."
    )
    (event,) = read(text)
    assert not event.fatalities
    assert len(event.sources) == 1


@pytest.mark.parametrize("total", [
    "More than 1,200 people have been killed in the province since the infighting began.",
    "At least 43 people have been killed in mob beatings in the province since January.",
])
def test_a_total_since_a_month_or_a_war_s_start_is_not_the_victims_of_the_event_before(
        read, total):
    (event,) = read("Gunmen abducted two police officers in Kandahar on Monday.\n" + total)
    assert not event.fatalities


def test_looting_told_before_the_attack_it_was_part_of_is_no_event_of_its_own(read):
    text = ("Gang members looted dozens of homes in Mirebalais on Monday.\n"
            "The gang attacked the police station in Mirebalais on Monday, killing seven people.")
    assert [e.event_type for e in read(text)] == ["Battles"]


def test_a_date_in_an_aside_about_the_doer_does_not_date_the_event(read):
    text = ("Gunmen killed two police officers in Kandahar on Monday.\n"
            "The Taliban, which has controlled the district since last year, attacked a police"
            " station in Kandahar.")
    assert {e.date for e in read(text)} == {date(2025, 5, 19)}


def test_foreign_forces_taking_a_town_is_non_state_actor_overtakes_territory(read):
    (event,) = read("Russian forces captured Avdiivka on Saturday.")
    assert (event.event_type, event.sub_event_type) == (
        "Battles",
        "Non-state actor overtakes territory",
    )


def test_state_retaking_its_own_region_is_government_regains_territory(read):
    (event,) = read("Russian forces drove Ukrainian troops out of the Kursk region last month.")
    assert event.sub_event_type == "Government regains territory"
    assert (event.date.month, event.date_precision) == (4, "month")
    assert event.geo_precision == 3


def test_visit_to_a_region_is_strategic_development_other(read):
    events = read("Putin visited the Kursk region on Tuesday, the Kremlin said. Ukrainian drones"
                  " struck the Oryol region on Monday.")
    (event,) = [e for e in events if e.event_type == "Strategic developments"]
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")
    assert event.actor1 == "Government of Russia"


def test_visit_with_no_conflict_in_the_story_is_no_event(read):
    assert read("The president toured the flooded Kursk region on Tuesday.") == []


def test_event_placed_only_in_a_country_is_not_emitted(read):
    assert read("A Russian missile attack on Friday killed 39 people across Ukraine.") == []


def test_a_country_that_only_says_who_reported_places_no_event(gazetteer):
    from geo.pipeline import read_article

    text = "Gunmen killed six farmers in Ungwan Gaiya village on Tuesday, police in Nigeria said."
    reading = read_article(text, published=WEDNESDAY, gazetteer=gazetteer)
    assert reading.events == [] and reading.unplaced == [text]


def test_ongoing_attacks_are_not_emitted(read):
    assert read("Attacks on the Sumy region have gotten more intense in recent months.") == []


def test_the_area_refers_back_to_the_place_named_before(read):
    text = (
        "Fighting was reported near Borova, in the Kharkiv region.\n"
        "On Monday, Russian artillery shelled the area."
    )
    (event,) = read(text)
    assert event.location.admin1_iso == "UA-63"
    assert event.date == date(2025, 5, 19)


def test_a_road_named_for_two_towns_does_not_place_the_event_at_either(read):
    (event,) = read("Hundreds of garment workers blocked the Dhaka-Mymensingh highway in Gazipur"
                    " on Tuesday to demand unpaid wages.")
    assert event.location.name == "Gazipur"


def test_where_a_broken_truce_was_signed_does_not_place_the_attack(read):
    text = ("GOMA, Congo - Fighting between M23 rebels and the Congolese army broke out again "
            "near Masisi on Monday. On Tuesday, rebels attacked army positions, killing seven "
            "soldiers, in violation of a truce signed in Doha in July, the army said.")
    events = read(text)
    assert events and all(e.location.country == "CD" for e in events)


def test_an_agreement_signed_in_a_city_is_placed_there(read):
    (event,) = read("The two rebel factions signed a ceasefire agreement in Doha on Monday.")
    assert event.location.name == "Doha"


def test_near_a_town_is_geo_precision_two(read):
    (event,) = read("A bridge near Glushkovo was destroyed by a drone strike on Friday.")
    assert event.geo_precision == 2


def test_what_an_attack_came_a_week_after_was_a_week_before_it(read):
    text = ("Gunmen killed seven villagers in Kaura Namoda on Tuesday, police said. The attack"
            " came a week after bandits abducted 40 students from a school in Tsafe.")
    dates = {e.sub_event_type: e.date for e in read(text, published=date(2025, 6, 18))}
    assert dates == {"Attack": date(2025, 6, 17),
                     "Abduction/forced disappearance": date(2025, 6, 10)}


def test_a_day_named_in_what_an_attack_came_after_dates_it(read):
    text = ("Gunmen killed seven villagers in Kaura Namoda on Thursday, police said. The attack"
            " came a day after bandits abducted 40 students from a school in Tsafe on Monday.")
    dates = {e.sub_event_type: e.date for e in read(text, published=date(2025, 6, 20))}
    assert dates == {"Attack": date(2025, 6, 19),
                     "Abduction/forced disappearance": date(2025, 6, 16)}


def test_a_toll_that_rose_replaces_the_first_report(read):
    text = ("Militiamen shelled a displacement camp in El Fasher on Tuesday, killing at least 14"
            " civilians. By Wednesday morning, medics said the toll had risen to 19.")
    (event,) = read(text, published=date(2025, 6, 18))
    assert event.fatalities == 19


def test_a_toll_that_rose_paragraphs_later_is_the_toll_of_the_event_with_dead(read):
    text = ("Clashes between rival militias killed at least 20 people in Gharyan, Libya, on"
            " Sunday, officials said.\n\nThe fighting broke out after gunmen kidnapped a"
            " trader near Gharyan on Friday.\n\nResidents said shops stayed closed.\n\nBy"
            " Monday, the toll had risen to 26, the health ministry said.")
    events = read(text, published=date(2025, 6, 17))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Armed clash", 26), ("Abduction/forced disappearance", None)]


def test_a_toll_raised_by_the_wounded_who_died_counts_its_new_figure(read):
    text = ("Gunmen opened fire on customers in a bar in Trujillo on Sunday night, killing six"
            " people, police said.\n\nTwo of the wounded died overnight in hospital, raising"
            " the toll to eight.")
    (event,) = read(text, published=date(2025, 3, 10))
    assert event.fatalities == 8


def test_an_attack_hours_later_is_on_the_day_of_the_event_before(read):
    text = ("Israeli jets struck an area near Damascus early on Friday.\n\nOn Wednesday, security"
            " forces clashed with gunmen in Jaramana, killing 16.\n\nHours later, Israeli aircraft"
            " struck a group of gunmen near Sahnaya.")
    events = read(text, published=date(2025, 5, 2))
    (strike,) = [e for e in events if e.location.name != "Damascus"
                 and e.event_type == "Explosions/Remote violence"]
    assert strike.date == date(2025, 4, 30)


def test_clause_dates_do_not_leak_backwards(read):
    text = (
        "Putin has visited the Kursk region since Russian forces ejected Ukrainian troops"
        " from the area last month."
    )
    events = read(text)
    (battle,) = [e for e in events if e.event_type == "Battles"]
    assert (battle.date.month, battle.date_precision) == (4, "month")
    assert all(e.date.month == 5 for e in events if e is not battle)  # the visit is not April's


def test_killing_the_mayor_and_15_others_counts_16():
    assert read_counts("killing the mayor and 15 other people")[0] == 16


def test_two_men_and_a_woman_counts_three():
    assert read_counts("killed two men and a woman in their home")[0] == 3


def test_at_least_six_and_ten_more():
    assert read_counts("had killed at least six servicemen and injured ten more")[:2] == (6, 10)


def test_dozens_count_twelve_as_acled_codes_them():
    assert read_counts("killed dozens of people")[0] == 12


def test_several_gives_no_count():
    assert read_counts("killed several people")[0] is None


def test_relatives_listed_after_a_victim_are_counted():
    assert read_counts("killed a commander together with his wife and two daughters")[0] == 4


def test_sentences_do_not_split_after_abbreviations():
    text = "The U.S. Secretary spoke. Then the U.N. Security Council met at 7 p.m. on Friday."
    assert len(split_sentences(text)) == 2


def test_seed_article_sumy_strike_carries_both_reports(read, seed_text):
    events = read(seed_text)
    sumy = [e for e in events if e.location.admin1_iso == "UA-59"]
    assert len(sumy) == 1
    assert (sumy[0].fatalities, sumy[0].injured, sumy[0].date) == (6, 10, date(2025, 5, 20))
    assert len({(e.event_type, e.location.admin1_iso, e.date) for e in events}) == len(events)


def test_group_named_among_the_dead_is_not_the_attacker(read):
    (event,) = read("A drone strike on Tyre on Monday killed a Hamas commander.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Lebanon)", "Hamas")


def test_number_words_match_as_the_regex_does():
    # A case-insensitive regex reads "ſix" (long s) as "six"; so must the count.
    from geo.text.numbers import read_number

    assert read_number("ſix") == 6 and read_number("Ten") == 10 and read_number("1,400") == 1400
    assert read_number("٣") == 3  # an Arabic-Indic digit, which \d matches


@pytest.mark.parametrize("text", ["Russian shelling struck Kharkiv ſix days ago.",
                                  "Russian shelling struck Kharkiv on Monday, killing ٣ people."])
def test_unusual_letters_and_digits_do_not_crash_the_reading(read, text):
    assert read(text)  # an event, not a KeyError


@pytest.mark.parametrize("text", [
    "On Sunday a four-year-old boy riding a scooter was hit by a car in Brisbane.",
    "The Met Office warned of fog in London on Saturday evening.",
    "On Monday police seized 3,000 kilos of rotten meat in Quezon City.",
])
def test_everyday_news_is_no_political_event(read, text):
    assert read(text) == []


def test_bomb_blast_is_a_remote_explosive_event(read):
    (event,) = read("On Sunday a bomb blast ripped through a church in Cairo, killing 25 people.")
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert event.location.country == "EG" and event.fatalities == 25


def _types(events):
    return [(e.event_type, e.sub_event_type) for e in events]


# ---------------------------------------------------------------- the six types, by frame


def test_gunmen_killing_farmers_is_violence_against_civilians_in_any_country(read):
    (event,) = read("Gunmen killed five farmers near Dori on Thursday.")
    assert _types([event]) == [("Violence against civilians", "Attack")]
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Burkina Faso)",
                                            "Civilians (Burkina Faso)")
    assert (event.fatalities, event.interaction, event.civilian_targeting) == (
        5, 37, "Civilian targeting")


def test_rebels_attacking_an_army_post_is_an_armed_clash(read):
    (event,) = read("Rebels attacked an army post in Beni on Monday, killing three soldiers.")
    assert _types([event]) == [("Battles", "Armed clash")]
    assert event.fatalities == 3


def test_fire_at_positions_with_small_arms_is_a_clash(read):
    (event,) = read("On Tuesday the army fired mortars and small arms at rebel positions"
                    " near Kidal.")
    assert _types([event]) == [("Battles", "Armed clash")]


def test_fire_at_positions_with_mortars_alone_is_shelling(read):
    (event,) = read("On Tuesday the army fired mortars at rebel positions near Kidal.")
    assert _types([event]) == [("Explosions/Remote violence",
                                "Shelling/artillery/missile attack")]


def test_explosions_heard_in_a_city_are_remote_violence(read):
    (event,) = read("Several explosions were heard in Kherson on Monday night.")
    assert event.event_type == "Explosions/Remote violence"


def test_an_industrial_gas_explosion_is_no_event(read):
    assert read("A gas explosion at a factory in Tianjin killed four workers on Monday.") == []


def test_peaceful_march_is_a_peaceful_protest(read):
    (event,) = read("Hundreds of teachers marched in Nairobi on Tuesday to demand better pay.")
    assert _types([event]) == [("Protests", "Peaceful protest")]
    assert (event.actor1, event.assoc_actor_1, event.interaction) == (
        "Protesters (Kenya)", "Teachers (Kenya)", 60)


def test_police_who_scatter_protesters_intervene(read):
    assert _types(read("Mounted police scattered hundreds of marchers outside the county"
                       " offices in Kisumu on Tuesday.")) == [
        ("Protests", "Protest with intervention")]


def test_rain_that_disperses_a_crowd_is_no_intervention(read):
    assert read("A downpour dispersed the crowd at a street festival in Kisumu on Tuesday.") == []


@pytest.mark.parametrize("text", [
    "Angry residents tried to storm the town hall in Kaolack on Tuesday after a week without"
    " running water.",
    "Demonstrators tried to force their way into the governor's office in Kaolack on Tuesday.",
    "Striking traders forced shops to close in Kaolack on Tuesday.",
])
def test_a_crowd_that_tries_to_storm_a_building_or_forces_a_shutdown_riots(read, text):
    assert [e.event_type for e in read(text)] == ["Riots"]


def test_snow_that_forces_schools_to_close_is_no_riot(read):
    assert read("Heavy snow forced schools to close in Kaolack on Tuesday.") == []


def test_weather_that_scatters_a_crowd_is_no_intervention(read):
    assert read("A sudden storm scattered the crowd at a football match in Kisumu on"
                " Tuesday.") == []


def test_an_arrest_of_someone_who_treated_the_wounded_hurts_no_one(read):
    assert _types(read("Military intelligence officers detained a surgeon in El Obeid on"
                       " Tuesday who had treated injured villagers, his union said.")) == [
        ("Strategic developments", "Arrests")]


def test_tear_gas_on_marchers_is_protest_with_intervention(read):
    (event,) = read("Police fired tear gas to disperse students protesting in Dakar on Friday.")
    assert _types([event]) == [("Protests", "Protest with intervention")]


def test_stones_thrown_at_police_by_a_crowd_is_a_riot(read):
    (event,) = read("Hundreds of traders threw stones at police in Kano on Saturday.")
    assert event.event_type == "Riots"
    assert event.actor1 == "Rioters (Nigeria)"


def test_a_protest_that_turns_to_burning_tyres_is_a_violent_demonstration(read):
    (event,) = read("Residents protested in Kumasi on Monday against power cuts and burned"
                    " tyres on the main road.")
    assert _types([event]) == [("Riots", "Violent demonstration")]


def test_police_clashing_with_protesters_is_a_violent_demonstration_against_them(read):
    (event,) = read("Police clashed with protesters in Juliaca on Tuesday, leaving three people"
                    " dead, officials said.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Violent demonstration", "Rioters (Peru)", "Police Forces of Peru")


def test_troops_clashing_with_residents_is_mob_violence_not_a_battle(read):
    (event,) = read("Security forces clashed with residents in Bouake on Sunday.")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Ivory Coast)")


def test_residents_and_police_who_fight_are_rioters_against_the_police_not_a_battle(read):
    (event,) = read("Traders and police fought in central Kampala on Monday when officers tried"
                    " to clear street stalls.")
    assert (event.event_type, event.actor1, event.actor2) == (
        "Riots", "Rioters (Uganda)", "Police Forces of Uganda")
    (event,) = read("Clashes broke out between soldiers and villagers in Kaya on Friday.")
    assert (event.event_type, event.actor1) == ("Riots", "Rioters (Burkina Faso)")


def test_the_sides_of_a_battle_between_two_forces_fight_it(read):
    (event,) = read("There was a battle between Sudanese soldiers and RSF fighters near El Obeid"
                    " on Monday.")
    assert (event.event_type, event.actor1, event.actor2) == (
        "Battles", "Military Forces of Sudan", "Rapid Support Forces")


def test_a_civilian_killed_in_an_exchange_of_fire_makes_no_crowd_a_side(read):
    (event,) = read("Indian and Pakistani troops exchanged fire across the Line of Control near"
                    " Kotli on Sunday, in which one civilian was killed.")
    assert event.event_type == "Battles"


def test_violence_in_the_next_paragraph_makes_the_protest_a_riot(read):
    text = ("Residents demonstrated in Kumasi on Monday against power cuts.\n"
            "They threw stones at police.")
    assert _types(read(text)) == [("Riots", "Violent demonstration")]


def test_rival_supporters_clashing_is_mob_violence(read):
    (event,) = read("Supporters of two rival parties clashed in Ngozi on Sunday.")
    assert _types([event]) == [("Riots", "Mob violence")]


def test_a_militia_fighting_with_machetes_and_no_firearm_is_mob_violence(read):
    (event,) = read("On Sunday, militiamen armed with machetes and clubs clashed with villagers"
                    " in Ngozi, Burundi, leaving two dead.")
    assert (event.event_type, event.sub_event_type, event.actor1) == (
        "Riots", "Mob violence", "Rioters (Burundi)")


def test_a_militia_fighting_with_machetes_and_rifles_fights_a_battle(read):
    (event,) = read("On Sunday, militiamen armed with machetes and rifles clashed with villagers"
                    " in Ngozi, Burundi, leaving two dead.")
    assert event.event_type == "Battles"


def test_a_militia_fighting_soldiers_with_machetes_fights_a_battle(read):
    (event,) = read("On Sunday, militiamen armed with machetes clashed with soldiers in Ngozi,"
                    " Burundi, leaving two dead.")
    assert event.event_type == "Battles"


def test_volunteers_who_beat_a_driver_are_a_mob(read):
    (event,) = read("On Sunday, volunteers at a checkpoint beat a truck driver in Jaipur, India.")
    assert (event.event_type, event.sub_event_type, event.actor1) == (
        "Riots", "Mob violence", "Rioters (India)")


def test_forces_named_in_an_aside_before_the_verb_do_not_act(read):
    (event,) = read("On Sunday, volunteers, assisting police at a checkpoint, beat a trader"
                    " in Jaipur, India.")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (India)")


def test_a_crowd_that_loots_and_makes_a_demand_is_a_violent_demonstration(read):
    (event,) = read("Residents looted stores in Kimberley, South Africa, on Saturday and demanded"
                    " cheaper bread.")
    assert _types([event]) == [("Riots", "Violent demonstration")]


def test_party_supporters_beating_activists_is_mob_violence(read):
    (event,) = read("Ruling party supporters attacked opposition activists in Gitega, Burundi,"
                    " on Sunday, beating three of them.")
    assert _types([event]) == [("Riots", "Mob violence")]
    # soldiers who beat people attack them
    (event,) = read("Soldiers beat three men in Gitega, Burundi, on Sunday.")
    assert event.event_type == "Violence against civilians"


def test_militants_looting_shops_is_property_destruction(read):
    (event,) = read("Militants looted shops in Dori on Monday.")
    assert _types([event]) == [("Strategic developments", "Looting/property destruction")]


def test_what_is_burned_may_be_named_in_three_words(read):
    (event,) = read("Al Shabaab militants burned down a mobile phone tower near Baidoa on Sunday.")
    assert _types([event]) == [("Strategic developments", "Looting/property destruction")]


def test_dahalo_cattle_raiders_are_a_militia_of_madagascar(read):
    (event,) = read("Dahalo attacked a farmer near Ihosy on Sunday and stole his cattle.")
    assert (event.event_type, event.actor1) == ("Violence against civilians", "Dahalo Militia")


def test_rebels_seizing_trucks_is_looting(read):
    (event,) = read("Rebels seized two aid trucks near Bentiu on Wednesday.")
    assert event.sub_event_type == "Looting/property destruction"


def test_police_seizing_goods_is_no_looting(read):
    assert read("Police seized two lorries of smuggled fuel in Kano on Wednesday.") == []


def test_armed_group_reaching_an_agreement_is_a_strategic_development(read):
    (event,) = read("The armed group reached an agreement with clan elders in Beledweyne"
                    " on Monday.")
    assert _types([event]) == [("Strategic developments", "Agreement")]


def test_arrest_of_journalists_is_an_arrest_even_with_no_fighting_told(read):
    (event,) = read("Police arrested three journalists in Minsk on Saturday.")
    assert _types([event]) == [("Strategic developments", "Arrests")]


def test_arrest_of_a_fraud_suspect_is_no_event(read):
    assert read("Police arrested a man accused of bank fraud in Leeds on Monday.") == []


def test_soldiers_arresting_people_in_a_raid_is_an_arrest(read):
    # an arrest by an army is part of a conflict, whoever is held
    (event,) = read("Israeli troops raided Hebron overnight, arresting 15 Palestinians.")
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Military Forces of Israel")


# ---------------------------------------------------------------- actors and agents


def test_a_by_phrase_with_an_adjective_names_the_attacker(read):
    (event,) = read("A roadside bomb planted by suspected militants killed two soldiers"
                    " near Gao on Tuesday.")
    assert event.actor1 == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize("text", [
    "Two soldiers were killed when their patrol vehicle hit a roadside bomb near Gao on Tuesday.",
    "Four policemen were wounded after their armoured car drove over an explosive device near"
    " Gao on Sunday.",
])
def test_a_mine_told_as_the_cause_of_soldiers_deaths_is_the_explosion(read, text):
    (event,) = read(text)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize(("text", "actor1"), [
    ("The Israeli military said its jets struck a weapons depot near Nabatieh on Friday.",
     "Military Forces of Israel"),
    ("The Houthis said their drones targeted a cargo ship off Hodeidah on Friday.",
     "Military Forces of Yemen Houthi"),  # they rule Yemen's north
])
def test_a_force_that_tells_of_its_own_weapons_is_their_user(read, text, actor1):
    (event,) = read(text)
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", actor1)


@pytest.mark.parametrize("text", [
    "A Syrian jet bombed a market in Ariha on Monday, killing four people.",
    "A Sudanese warplane struck a village near Nyala on Monday, killing four people.",
])
def test_a_single_warplane_is_an_air_strike_by_its_state(read, text):
    (event,) = read(text)
    assert (event.sub_event_type, event.actor1[:17]) == ("Air/drone strike", "Military Forces o")


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Russian army struck Kharkiv on Monday, killing five people.",
     "Explosions/Remote violence"),
    ("Nigerian troops struck a village near Maiduguri on Monday, killing five people.",
     "Violence against civilians"),
])
def test_a_states_strike_is_remote_unless_ground_forces_strike(read, text, event_type):
    (event,) = read(text)
    assert event.event_type == event_type


def test_a_speaker_telling_of_its_own_soldiers_hurt_is_not_the_attacker(read):
    (event,) = read("The army said its soldiers were killed by gunmen near Bannu on Friday.")
    assert event.actor1 != "Military Forces of Pakistan"


def test_a_group_whose_verb_has_an_adverb_acts(read):
    (event,) = read("The Taliban publicly executed a man in a stadium in Ghazni on Thursday.")
    assert (event.event_type, event.actor1) == ("Violence against civilians",
                                                "Military Forces of Afghanistan")  # they rule


def test_a_group_named_after_its_patrons_name_is_the_doer(read):
    (event,) = read("Jihadi fighters attacked an army base in Djibo, Burkina Faso, on Sunday,"
                    " killing 30 soldiers.\n\nThe al-Qaida-linked group JNIM claimed"
                    " responsibility for the attack in a statement on Monday.")
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_a_claim_that_tells_more_still_names_the_attacks_doer(read):
    events = read("Jihadi fighters attacked an army base in Djibo, Burkina Faso, on Sunday,"
                  " killing 30 soldiers.\n\nJNIM claimed responsibility for the attack on"
                  " Monday, saying its fighters had seized weapons and vehicles.")
    assert events[0].actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_forces_of_a_named_state_are_its_military(read):
    (event,) = read("On Monday the armed forces of Chad fired on rebel positions near Bol.")
    assert event.actor1 == "Military Forces of Chad"


# ---------------------------------------------------------------- places, dates, one event


def test_event_in_a_named_region_only_is_coded_at_region_precision(read):
    (event,) = read("Gunmen killed four villagers in Zamfara state on Thursday.")
    assert (event.location.admin1_iso, event.geo_precision) == ("NG-ZA", 3)


def test_a_terse_one_sentence_report_is_an_event(read):
    assert len(read("Drone strike on Kramatorsk on Sunday.")) == 1


def test_the_headline_is_not_the_events_sentence(read):
    text = ("Shelling kills two in Kherson on Sunday\n\n"
            "Russian shelling killed two people in Kherson on Saturday, officials said.")
    (event,) = read(text)
    assert event.date == date(2025, 5, 17)


def test_two_strikes_a_day_apart_in_one_city_stay_two_events(read):
    text = ("A Russian drone struck Kharkiv on Monday, killing one man.\n"
            "Another Russian drone struck Kharkiv on Tuesday, injuring four people.")
    events = read(text)
    assert sorted(e.date for e in events) == [date(2025, 5, 19), date(2025, 5, 20)]


def test_a_count_belongs_to_its_own_paragraph(read):
    text = ("Russian forces shelled Nikopol on Monday, killing two people.\n"
            "Separately, the air force said it shot down 89 drones overnight.")
    (shelling,) = [e for e in read(text) if e.location.name.startswith("Nikopol")]
    assert "drones" not in shelling.counts


def test_without_a_publication_date_events_keep_a_null_date(read):
    (event,) = read("Gunmen killed five farmers near Dori on Thursday.", published=None)
    assert event.date is None


@pytest.mark.parametrize("text", [
    "Hundreds of supporters of the former president rallied in Kinshasa on Saturday.",
    "Relatives of the jailed ministers marched through Kinshasa on Saturday.",
])
def test_people_of_someone_do_the_act_not_the_one_they_belong_to(read, text):
    (event,) = read(text)
    assert (event.event_type, event.actor1) == (
        "Protests", "Protesters (Democratic Republic of Congo)")


@pytest.mark.parametrize(("text", "expected"), [
    ("Two rival clans clashed near Beledweyne on Monday, leaving four dead.",
     ("Riots", "Mob violence")),
    ("Two tribes fought with rifles near Beledweyne on Monday.", ("Battles", "Armed clash")),
])
def test_rival_clans_and_tribes_are_communities(read, text, expected):
    (event,) = read(text)
    assert (event.event_type, event.sub_event_type) == expected


def test_event_notes_are_a_summary_not_matcher_internals(read):
    (event,) = read("Gunmen killed five farmers near Dori on Thursday.")
    assert event.notes.startswith("Attack by Unidentified Armed Group")
    assert "cue" not in event.notes


@pytest.mark.parametrize("text", [
    "The storm struck the coast near Galveston on Monday, killing two people.",
    "A bus crash killed nine people near Nakuru on Sunday.",
    "The senator died of a heart attack in Austin on Friday.",
    "A ransomware attack hit the hospital in Dublin on Tuesday.",
    "The virus has killed 40 people in Kinshasa since Monday.",
    "A fire killed 15 people in a market in Mirebalais on Monday.",
])
def test_accidents_weather_disease_and_crime_stay_quiet(read, text):
    assert read(text) == []


def test_people_who_set_fire_and_kill_attack_civilians(read):
    (event,) = read("Gunmen set fire to homes and killed 15 people in Mirebalais on Monday.")
    assert _types([event]) == [("Violence against civilians", "Attack")]
    assert event.fatalities == 15


def test_a_hedged_toll_keeps_the_doer_of_the_killing(read):
    (event,) = read("Gunmen killed at least 15 people in Goma on Monday.")
    assert (event.actor1, event.fatalities) == (
        "Unidentified Armed Group (Democratic Republic of Congo)", 15)


def test_gang_members_are_an_unidentified_gang(read):
    (event,) = read("Gang members killed 12 people in Kenscoff on Monday.")
    assert (event.actor1, event.inter1) == ("Unidentified Gang (Haiti)", 3)


def test_vandalism_by_unknown_perpetrators_is_property_destruction(read):
    (event,) = read("An unidentified group vandalised the office of an opposition party in"
                    " Goma on Sunday.")
    assert _types([event]) == [("Strategic developments", "Looting/property destruction")]


def test_rebels_sabotaging_a_pipeline_is_property_destruction(read):
    assert _types(read("Guerrillas sabotaged an oil pipeline near Saravena on Tuesday, the"
                       " state oil company said.")) == [
        ("Strategic developments", "Looting/property destruction")]


def test_accusing_someone_of_sabotaging_talks_is_no_event(read):
    assert read("The opposition accused the ruling party of sabotaging talks in Saravena on"
                " Tuesday.") == []


def test_crops_found_and_destroyed_are_property_destruction_not_shelling(read):
    (event,) = read("Soldiers found and destroyed a cannabis plantation near Kidal on Saturday.")
    assert _types([event]) == [("Strategic developments", "Looting/property destruction")]


@pytest.mark.parametrize("what", ["a house", "the main house and a truck", "a church"])
def test_one_building_burned_is_property_destruction_as_several_are(read, what):
    (event,) = read(f"Armed men burned {what} in a village near Kidal on Saturday.")
    assert _types([event]) == [("Strategic developments", "Looting/property destruction")]


@pytest.mark.parametrize("text", [
    "Government forces took control of Qandala on Thursday. No clashes were reported.",
    "Ukrainian troops retook Bobrovytsia on Thursday. It is not known whether fighting took place.",
    "Russian forces took over Enerhodar without a fight on Thursday.",
])
def test_ground_taken_with_no_fighting_told_is_a_non_violent_transfer(read, text):
    (event,) = read(text)
    assert _types([event]) == [("Strategic developments", "Non-violent transfer of territory")]


def test_evacuation_from_a_town_is_an_event_where_the_town_is(read):
    (event,) = read("About 300 residents were evacuated from Kupiansk to Kharkiv on Monday.")
    assert _types([event]) == [("Strategic developments", "Other")]
    assert event.location.name == "Kupiansk"  # the official spelling


def test_people_evacuated_are_the_actor_of_their_displacement_as_civilians(read):
    (event,) = read("Some 120 villagers were evacuated from Kupiansk on Monday.")
    assert (event.actor1, event.inter1) == ("Civilians (Ukraine)", 7)


def test_wounded_taken_from_a_town_are_no_displacement(read):
    assert read("The wounded were evacuated from Irpin to Kyiv on Monday.") == []


def test_evacuation_from_a_flood_is_no_event(read):
    events = read("The river burst its banks on Monday and 300 residents were evacuated"
                  " from Kupiansk to Kharkiv.")
    assert events == []


def test_evacuation_told_after_a_strike_without_a_place_is_no_event_of_its_own(read):
    events = read("Russian missiles struck Kupiansk on Monday, killing two people."
                  " Dozens of families were evacuated from the area.")
    assert _types(events) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_police_seizing_spoiled_food_is_no_event(read):
    events = read("Police seized 300 kilograms of spoiled meat at a market in Santos on Friday.")
    assert events == []


def test_militants_setting_off_a_bomb_is_an_explosion(read):
    (event,) = read("Militants detonated a roadside bomb near the market in Garissa on Monday.")
    assert event.event_type == "Explosions/Remote violence"


def test_damage_at_another_place_after_a_strike_is_the_strikes_reaching_it(read):
    events = read("Ukrainian drones struck an oil depot in Bryansk on Tuesday."
                  " Two houses were damaged in Klintsy.")
    assert _types(events) == [("Explosions/Remote violence", "Air/drone strike")] * 2
    assert events[1].location.name == "Klintsy"


def test_damage_with_no_strike_told_is_no_event(read):
    assert read("Two houses were damaged in Klintsy on Tuesday.") == []


def test_a_place_an_agency_is_based_in_locates_no_event(read):
    events = read("Russian missiles hit Kharkiv on Sunday. Several explosions were heard,"
                  " but the Vienna-based agency said safety was not affected.")
    assert events and {e.location.country for e in events} == {"UA"}


@pytest.mark.parametrize(("text", "sub"), [
    ("Air defences repelled a drone attack on Belgorod on Monday.", "Disrupted weapons use"),
    ("Electronic warfare units jammed three drones over Kursk on Monday.",
     "Disrupted weapons use"),
    ("Sappers cleared 40 explosive objects in Izium on Monday.", "Disrupted weapons use"),
    ("Armed men robbed traders near Maiduguri on Monday.", "Looting/property destruction"),
    ("Israeli forces bulldozed farmland near Nablus on Monday.", "Looting/property destruction"),
    ("Ukrainian forces exchanged 40 prisoners with Russia in Zaporizhzhia on Monday.",
     "Agreement"),
    ("Russian military equipment was moved to Belgorod on Monday.", "Change to group/activity"),
    ("A column of tanks was seen near Sumy on Monday.", "Change to group/activity"),
    ("Residents fled Lysychansk on Monday.", "Other"),
    ("About 900 people left Mariupol through a humanitarian corridor on Monday.", "Other"),
    ("Volunteers evacuated 300 people from Irpin on Monday.", "Other"),
    ("Russian troops detained the mayor of Melitopol on Monday.", "Arrests"),
    ("Police arrested 30 members of a farmers' union in Gitega on Monday.", "Arrests"),
    ("Federal police seized two tons of cocaine in a warehouse in Santos on Friday.",
     "Looting/property destruction"),
    ("Two lorries were set on fire by a group of armed men near Kidal on Saturday.",
     "Looting/property destruction"),
    ("Police detonated a roadside bomb found near the market in Garissa on Monday.",
     "Disrupted weapons use"),
    ("Russian air defences shot down a Ukrainian helicopter near Izium on Monday.",
     "Disrupted weapons use"),
    ("Al Shabaab movements were reported around Beledweyne on Monday.",
     "Change to group/activity"),
])
def test_strategic_developments_of_every_kind(read, text, sub):
    assert ("Strategic developments", sub) in _types(read(text))


def test_a_government_declaring_it_drove_troops_out_regains_territory(read):
    (event,) = read("The Russian government declared on Monday that it had driven Ukrainian"
                    " troops out of Glushkovo.")
    assert _types([event]) == [("Battles", "Government regains territory")]


def test_a_speaker_claiming_to_annex_a_region_is_the_doer(read):
    events = read("Shelling hit Kherson on Friday. Russia still holds the region, which Moscow"
                  " claimed to annex in September.")
    assert ("Strategic developments", "Other") in _types(events)


def test_a_helicopter_shot_down_is_an_attack_on_its_crew(read):
    (event,) = read("Ukrainian forces shot down a Russian helicopter near Izium on Monday.")
    assert _types([event]) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_a_vehicle_intercepted_is_no_disrupted_weapons_use(read):
    events = read("Al Shabaab fighters intercepted a truck and abducted its driver near Baidoa"
                  " on Monday.")
    assert _types(events) == [("Violence against civilians", "Abduction/forced disappearance")]


def test_an_act_during_a_retreat_is_not_the_retreat(read):
    events = read("Russian troops abducted 20 guards near Enerhodar on Monday during their retreat"
                  " from the area.")
    assert _types(events) == [("Violence against civilians", "Abduction/forced disappearance")]


def test_stones_thrown_at_a_person_by_unknown_men_are_no_property_destruction(read):
    (event,) = read("Unidentified individuals threw stones at a journalist in Kindia on Monday.")
    assert event.event_type == "Riots"


def test_shots_fired_in_the_air_are_a_strategic_development(read):
    (event,) = read("Border guards fired shots into the air near Tychero on Wednesday.")
    assert _types([event]) == [("Strategic developments", "Other")]


def test_a_shooting_by_unknown_men_is_an_attack(read):
    (event,) = read("Men in a car opened fire on a group of people in Loiza on Saturday.")
    assert _types([event]) == [("Violence against civilians", "Attack")]


def test_what_a_protest_is_about_adds_no_fatalities(read):
    (event,) = read("Students marched in Accra on Monday to protest the killing of a classmate.")
    assert event.event_type == "Protests" and event.fatalities is None


def test_troops_firing_on_peaceful_protesters_is_excessive_force(read):
    text = ("Residents held a protest in Kherson on Sunday against the occupation."
            " Russian soldiers opened fire on the protesters.")
    (event,) = read(text)
    assert _types([event]) == [("Protests", "Excessive force against protesters")]


def test_forces_moving_towards_a_town_is_a_change_to_group_activity(read):
    (event,) = read("A column of Russian military vehicles was moving towards Orikhiv on Thursday.")
    assert _types([event]) == [("Strategic developments", "Change to group/activity")]
    assert event.actor1 == "Military Forces of Russia"


def test_an_agreement_reported_as_signed_is_an_agreement(read):
    (event,) = read("Officials said on Monday that a ceasefire deal had been signed in Goma.")
    assert _types([event]) == [("Strategic developments", "Agreement")]


def test_communal_clashes_that_broke_out_are_an_armed_clash(read):
    (event,) = read("Ethnic clashes broke out in Bunia on Tuesday, killing six people.")
    assert _types([event]) == [("Battles", "Armed clash")]
    assert event.fatalities == 6


def test_what_a_weapon_is_used_for_is_no_event(read):
    events = read("The army said it destroyed a depot in Kherson on Monday where the enemy kept"
                  " the boats it has used to attack ships.")
    assert _types(events) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_air_raid_sirens_are_no_air_raid(read):
    assert read("Air raid sirens sounded in Lviv on Tuesday night.") == []


@pytest.mark.parametrize("sentence", [
    "Islamist militants have stepped up attacks in the region of Tillaberi.",
    "Militant attacks have risen sharply in the region of Tillaberi since 2021.",
    "Militant attacks in the Tillaberi and Dosso regions have surged since the army left.",
])
def test_a_trend_of_attacks_is_no_event(read, sentence):
    assert read(sentence) == []


def test_an_air_strike_on_a_group_and_that_group_s_shelling_are_two_events(read):
    text = ("Aircraft struck RSF positions in El Fasher on Monday. Shells fired by the RSF hit"
            " a camp in the city, killing six displaced people.")
    assert sorted(e.sub_event_type for e in read(text)) == [
        "Air/drone strike", "Shelling/artillery/missile attack"]


def test_the_drone_strike_an_assault_began_with_is_that_assault(read):
    text = ("The RSF attacked Bara in North Kordofan on Monday. The assault began with a drone"
            " strike on the town's market before fighters stormed it, killing 20 people.")
    (event,) = read(text)
    assert (event.sub_event_type, event.fatalities) == ("Attack", 20)


def test_the_side_hit_striking_back_is_no_casualty_report_of_the_strike(read):
    text = ("Aircraft struck RSF positions in El Fasher on Monday. Residents said shells fired"
            " by the RSF killed six displaced people the same day.")
    strike, shelling = read(text)
    assert (strike.fatalities, shelling.actor1, shelling.fatalities) == (
        None, "Rapid Support Forces", 6)


def test_junta_aircraft_are_the_military_of_the_country_they_strike(read):
    (event,) = read("Junta aircraft bombed a monastery in Sagaing on Tuesday, killing eleven"
                    " civilians.")
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike",
                                                    "Military Forces of Myanmar")


def test_an_opposition_leader_is_not_the_government(read):
    (event,) = read("Police arrested an opposition leader in Kampala on Thursday.")
    assert (event.sub_event_type, event.actor2) == ("Arrests", "Civilians (Uganda)")


def test_the_surname_lynch_is_no_lynching(read):
    assert read("Mayor John Lynch spoke at a ceremony in Concord on Monday.") == []
    (event,) = read("A mob lynched a man accused of theft in Sialkot on Friday.")
    assert _types([event]) == [("Riots", "Mob violence")]


def test_two_sides_named_as_one_subject_are_both_actors_of_the_clash(read):
    (event,) = read("Hamas fighters and Israeli troops clashed in Rafah on Monday.")
    assert {event.actor1, event.actor2} == {"Hamas", "Military Forces of Israel"}


def test_people_harmed_before_the_act_that_harmed_them_are_its_target(read):
    (event,) = read("Eight soldiers were killed in an ambush by Boko Haram fighters near Damboa"
                    " on Friday.")
    assert (event.actor1, event.actor2) == ("Boko Haram", "Military Forces of Nigeria")


def test_a_town_whose_officials_are_cited_at_the_end_is_not_the_site(read):
    (event,) = read("An Israeli strike on a tent camp in Mawasi, west of Khan Younis, killed 19"
                    " Palestinians overnight, Gaza's health ministry said.")
    assert event.location.name == "Khān Yūnis"


def test_an_attack_at_sea_with_no_place_on_land_is_at_the_sea(read):
    (event,) = read("Houthi rebels fired a missile at a ship in the Red Sea on Monday, the US"
                    " military said.")
    assert (event.location.name, event.location.kind, event.geo_precision) == (
        "Red Sea", "water", 3)


def test_tear_gas_fired_at_protesters_is_an_intervention_not_excessive_force(read):
    (event,) = read("Police fired tear gas at protesters who marched in Kampala on Monday.")
    assert _types([event]) == [("Protests", "Protest with intervention")]
    # "tear gas shells" are no artillery shells
    (event,) = read("Police fired tear gas shells at protesters who marched in Kampala on"
                    " Monday.")
    assert _types([event]) == [("Protests", "Protest with intervention")]


def test_sentence_naming_an_earlier_event_joins_that_event_not_the_last(read):
    events = read("Soldiers and gunmen fought a gun battle in Kidal on Saturday. Gunmen"
                  " kidnapped two traders in Gao on Sunday. Shops stayed shut for days in the"
                  " streets around Saturday's gun battle.")
    battle, kidnapping = sorted(events, key=lambda e: e.event_type)
    assert battle.event_type == "Battles" and kidnapping.location.name == "Gao"
    assert any("streets around" in s for s in battle.sources)
    assert not any("streets around" in s for s in kidnapping.sources)


def test_protest_against_a_plan_is_a_protest_not_a_plan(read):
    (event,) = read("Hundreds of miners protested in Kolwezi on Monday against plans to close"
                    " the mine.")
    assert _types([event]) == [("Protests", "Peaceful protest")]


def test_protest_dated_only_by_a_season_after_its_purpose_is_no_event(read):
    assert read("Thousands of farmers protested in Kolwezi against the new mine last fall.") == []


def test_doers_of_a_by_phrase_are_not_the_people_hit(read):
    (event,) = read("On Monday a trader was killed in a drive-by shooting in the market of Gao"
                    " by armed men on a motorbike.")
    assert _types([event]) == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text", [
    "On Monday a lorry exploded on a mine near Kupiansk.",
    "On Monday a bus was hit after driving over a mine near Kupiansk.",
    "Two shepherds were killed by a mine near Kupiansk on Monday.",
])
def test_a_vehicle_or_people_meeting_a_mine_is_a_landmine_explosion(read, text):
    (event,) = read(text)
    assert _types([event]) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_deaths_in_a_coal_mine_are_no_event(read):
    assert read("Four miners died in a coal mine near Kupiansk on Monday.") == []


@pytest.mark.parametrize(("text", "kind"), [
    ("Ceasefire monitors recorded 14 bursts of fire near Kupiansk on Monday.",
     ("Battles", "Armed clash")),
    ("Monitors observed a total of 30 projectiles near Kupiansk on Monday.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("Monitors recorded 12 explosions near Kupiansk on Monday.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
])
def test_fire_counted_by_monitors_is_an_event(read, text, kind):
    (event,) = read(text)
    assert _types([event]) == [kind]


def test_bursts_of_heavy_machine_gun_fire_seen_by_monitors_are_shelling(read):
    (event,) = read("Monitors recorded 14 bursts of fire from heavy machine guns and cannons near"
                    " Kupiansk on Monday.")
    assert _types([event]) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_explosions_and_shots_of_small_arms_seen_by_monitors_are_a_clash(read):
    (event,) = read("Monitors observed 40 explosions and shots involving small arms and unknown"
                    " weapons near Kupiansk on Monday.")
    assert _types([event]) == [("Battles", "Armed clash")]


@pytest.mark.parametrize("text", [
    "Police in Kidal are accused of beating a trader on Monday.",
    "On Monday police were reported to have beaten a trader in Kidal.",
])
def test_a_doer_reported_or_accused_of_an_act_is_its_doer(read, text):
    (event,) = read(text)
    assert event.actor1 == "Police Forces of Mali"


def test_a_group_named_with_its_own_noun_acts(read):
    (event,) = read("On Monday an Islamic State sniper shot a soldier in Kidal.")
    assert event.actor1.startswith("Islamic State")


def test_arrests_told_after_a_demonstration_are_its_intervention(read):
    events = read("Some 200 farmers marched through Kidal on Monday to demand fuel subsidies."
                  " Police arrested five people.")
    assert _types(events) == [("Protests", "Protest with intervention")]


def test_rioters_who_attack_a_man_outside_a_demonstration_are_a_mob(read):
    (event,) = read("On Monday rioters beat a man accused of theft in Kidal.")
    assert _types([event]) == [("Riots", "Mob violence")]


def test_a_lynching_during_protests_is_mob_violence(read):
    (event,) = read("On Monday a mob lynched a man accused of looting a shop in Kidal during the"
                    " protests.")
    assert _types([event]) == [("Riots", "Mob violence")]


def test_workers_setting_fire_to_tyres_riot(read):
    (event,) = read("On Monday dismissed workers set fire to tyres outside the factory in Kidal.")
    assert _types([event]) == [("Riots", "Violent demonstration")]


def test_an_armed_groups_attack_on_a_town_with_no_forces_named_is_on_civilians(read):
    (event,) = read("On Monday Islamist militants attacked Kidal.")
    assert _types([event]) == [("Violence against civilians", "Attack")]


def test_fire_in_both_directions_of_a_front_line_is_a_clash(read):
    (event,) = read("On Monday monitors recorded 40 explosions in both directions of the front"
                    " line near Kupiansk.")
    assert _types([event]) == [("Battles", "Armed clash")]


def test_a_place_people_came_from_beats_its_own_region(read):
    (event,) = read("On Monday soldiers opened fire on a bus driving from Kupiansk, Kharkiv"
                    " region.")
    assert event.location.kind == "city" and event.geo_precision == 1


def test_an_event_placed_by_its_paragraph_takes_its_most_specific_place(read):
    (event,) = read("On Monday students met at the college in Kupiansk, Kharkiv region. The"
                    " protest ended when police fired tear gas.")
    assert event.location.name == "Kupiansk"


@pytest.mark.parametrize("follow_up", [
    "Several people were arrested.",
    "One teacher was arrested for insulting a policeman.",
    "Soldiers fired shots in the air.",
])
def test_an_intervention_told_after_a_protest_is_the_protests(read, follow_up):
    events = read("On Monday hundreds of teachers protested in Kidal against low pay. "
                  + follow_up)
    assert _types(events) == [("Protests", "Protest with intervention")]


def test_the_arrest_a_protest_is_about_is_no_intervention(read):
    events = read("On Monday journalists protested in Kidal against the arrest of an editor."
                  " He was arrested last week on a tax charge.")
    assert _types(events) == [("Protests", "Peaceful protest")]


def test_villagers_arresting_someone_at_a_demonstration_abduct_no_one():
    from geo.events.actors import find_actors
    from geo.events.frames import frame_clause, read_acts

    sentence = "Villagers arrested a man near the square."
    frame = frame_clause(sentence, (0, len(sentence)), read_acts(sentence),
                         find_actors(sentence), protest_nearby=True)
    assert frame is None


def test_the_object_of_an_earlier_verb_in_a_chain_is_not_the_next_verbs_doer(read):
    (event,) = read("On Monday unknown gunmen stopped a group of traders near Kidal, beat them"
                    " and looted their shops.")
    assert event.actor1 == "Unidentified Armed Group (Mali)"


def test_a_place_naming_whose_police_act_does_not_move_the_event(read):
    events = read("On Monday hundreds of residents protested in Kupiansk against the curfew."
                  " Kharkiv police dispersed the crowd with tear gas.")
    assert [(e.location.name, e.sub_event_type) for e in events] == [
        ("Kupiansk", "Protest with intervention")]


def test_a_place_naming_whose_police_act_places_a_report_with_no_other_place(read):
    (event,) = read("On Monday Kharkiv police fired tear gas at protesters.")
    assert event.location.admin1_iso == "UA-63"


@pytest.mark.parametrize(("text", "kind"), [
    ("On Monday troops blew up one bridge near Kupiansk.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("On Monday nineteen workers gathered at the labour office of the district council in"
     " Kupiansk, Kharkiv region, to demand unpaid wages.", ("Protests", "Peaceful protest")),
])
def test_acts_told_with_longer_phrases(read, text, kind):
    (event,) = read(text)
    assert _types([event]) == [kind]


def test_a_strike_near_a_village_no_gazetteer_has_is_unplaced_not_dropped(gazetteer):
    from geo.pipeline import read_article

    strike = ("On Monday, the army said its aircraft had struck the retreating fighters near the"
              " village of Gorgadji, killing dozens of them.")
    text = (f"Attack\n\nJihadi fighters attacked an army base in Djibo, Burkina Faso, on"
            f" Sunday, killing 30 soldiers.\n\n{strike}\n")
    reading = read_article(text, published=WEDNESDAY, gazetteer=gazetteer)
    assert [e.event_type for e in reading.events] == ["Battles"]
    assert reading.unplaced == [strike]


def test_a_report_placed_in_a_country_only_is_unplaced_unless_mapped_there(gazetteer):
    from geo.pipeline import read_article

    lede = "Jihadists killed 20 soldiers in an attack in northern Burkina Faso on Sunday."
    alone = read_article(f"Attack\n\n{lede}\n", published=WEDNESDAY, gazetteer=gazetteer)
    assert (alone.events, alone.unplaced) == ([], [lede])
    told = read_article(f"Attack\n\n{lede} Jihadists attacked the army post in Djibo on Sunday."
                        "\n", published=WEDNESDAY, gazetteer=gazetteer)
    assert len(told.events) == 1 and told.unplaced == []


def _actors(events):
    return [(e.actor1, e.actor2) for e in events]


def test_a_claim_in_the_next_paragraph_names_the_doer_and_no_claim_no_one(read):
    events = read("A suicide bomber killed six soldiers at an army camp in Baidoa, Somalia, on"
                  " Monday.\n\nAl Shabaab claimed responsibility for the attack.")
    assert _actors(events) == [("Al Shabaab", "Military Forces of Somalia")]
    (denied,) = read("A car bomb killed four people at a market in Baidoa, Somalia, on Monday."
                     " No group claimed responsibility, but al Shabaab often carries out such"
                     " attacks.")
    assert denied.actor1 == "Unidentified Armed Group (Somalia)"


def test_the_attackers_named_in_a_later_paragraph_are_the_attack_s_doers(read):
    text = ("Armed men killed nine villagers at a market in Mopti, Mali, on Monday.\n\n"
            "The attackers, suspected members of JNIM, also set fire to granaries before "
            "leaving on motorbikes.")
    (event,) = read(text)
    assert (event.event_type, event.actor1) == ("Violence against civilians", "JNIM: Group for"
                                                " Support of Islam and Muslims")
    (event,) = read(text.replace("The attackers", "Some attackers"))
    assert event.actor1 == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize("arms", ["heavy weapons", "rocket-propelled grenades",
                                  "mortars, rockets and explosives"])
def test_weapons_the_attackers_were_armed_with_do_not_make_an_assault_remote(read, arms):
    (event,) = read(f"Jihadists armed with {arms} attacked a police checkpoint in Djibo, Burkina"
                    " Faso, on Tuesday, killing five policemen.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_people_whose_things_an_act_handles_do_not_do_the_next_act(read):
    (event,) = read("Gunmen stopped two lorries near Zhob, Pakistan, on Tuesday, checked"
                    " drivers' papers and shot dead four men.\n\nThe Baloch Liberation Army"
                    " claimed responsibility.")
    assert (event.actor1, event.fatalities) == ("BLA: Baloch Liberation Army", 4)


@pytest.mark.parametrize(("text", "actor1"), [
    ("Russian and Syrian warplanes struck rebel positions near Idlib on Monday.",
     "Military Forces of Russia"),
    ("U.S. and Somali forces raided an al Shabaab camp near Jilib, Somalia, on Monday.",
     "Military Forces of United States"),
])
def test_the_state_named_first_of_two_that_strike_together_leads(read, text, actor1):
    (event,) = read(text)
    assert event.actor1 == actor1


def test_armed_groups_take_ground_where_gunmen_only_raid(read):
    (event,) = read("Armed groups captured the town of Kidal, Mali, on Monday.")
    assert (event.sub_event_type, event.actor1) == ("Non-state actor overtakes territory",
                                                    "Unidentified Armed Group (Mali)")
    assert [e.sub_event_type for e in read("Gunmen took over the town of Kidal, Mali, on"
                                           " Monday.")] != ["Non-state actor overtakes territory"]
    # an alliance or a coalition of them is its members acting ("it")
    (event,) = read("A coalition of armed groups said on Monday it had seized the town of Kidal,"
                    " Mali.")
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_the_forces_that_hold_a_site_are_hit_when_others_attack_it(read):
    events = read("Militants attacked a police station in Baidoa, Somalia, on Monday.")
    assert _actors(events) == [("Unidentified Armed Group (Somalia)", "Police Forces of Somalia")]
    # troops attacking positions: the enemy's, whom the sentence does not name: a battle's
    # other side left unnamed is an unidentified armed group
    events = read("Troops attacked positions near Baidoa, Somalia, on Monday.")
    assert _actors(events) == [("Military Forces of Somalia", "Unidentified Armed Group (Somalia)")]


@pytest.mark.parametrize(("text", "actor1"), [
    ("Somali troops backed by clan militia recaptured the town of Baidoa from the militants on"
     " Monday.", "Military Forces of Somalia"),
    ("Israel said its warplanes struck several tanks near Daraa, Syria, on Monday.",
     "Military Forces of Israel"),
    ("Fighters of the Arakan Army captured the town of Paletwa in Chin state, Myanmar, on Monday.",
     "Arakan Army"),
])
def test_who_acts_when_others_are_named_beside_them(read, text, actor1):
    (event,) = read(text)
    assert event.actor1 == actor1


@pytest.mark.parametrize(("text", "kind"), [
    ("Gang members stormed the town of Mirebalais, Haiti, on Monday.",
     ("Violence against civilians", "Attack")),
    ("Gunmen stormed a police post in Mirebalais, Haiti, on Monday.", ("Battles", "Armed clash")),
    ("Protesters stormed the parliament in Nairobi, Kenya, on Monday.",
     ("Riots", "Violent demonstration")),
])
def test_storming_a_place_is_an_attack_its_frame_types(read, text, kind):
    (event,) = read(text)
    assert _types([event]) == [kind]


def test_police_storming_a_home_to_arrest_is_no_attack(read):
    events = read("Police stormed the home of an opposition leader in Nairobi, Kenya, on Monday"
                  " and arrested the politician.")
    assert _types(events) == [("Strategic developments", "Arrests")]


def test_a_when_clause_dates_the_event_before_it(read):
    (event,) = read("An air strike killed nine people in Sagaing, Myanmar, when a bomb hit a"
                    " school on Monday, residents said.")
    assert event.date == date(2025, 5, 19)


@pytest.mark.parametrize("after", ["after heavy fighting on Monday",
                                   "after a day of heavy fighting on Monday",
                                   "after the militants withdrew on Monday"])
def test_a_capture_after_fighting_on_a_day_takes_that_day(read, after):
    (event,) = read("Troops recaptured the town of Bama in Borno state, Nigeria, from Boko Haram"
                    f" {after}.")
    assert (event.sub_event_type, event.date) == ("Government regains territory",
                                                  date(2025, 5, 19))


def test_the_deed_an_arrest_is_over_is_no_event_of_its_own(read):
    (event,) = read("Soldiers arrested two militants in Diffa, Niger, on Sunday over the"
                    " kidnapping of three aid workers.")
    assert _types([event]) == [("Strategic developments", "Arrests")]


def test_a_gang_named_for_its_crime_commits_none_when_arrested(read):
    (event,) = read("Soldiers arrested 14 suspected members of a kidnapping gang in Kaduna state,"
                    " Nigeria, on Sunday.")
    assert _types([event]) == [("Strategic developments", "Arrests")]


def test_people_killed_as_houses_burned_make_an_attack_not_property_destruction(read):
    (event,) = read("Gunmen burned houses in a village near Bokkos, Plateau state, Nigeria, on"
                    " Sunday, killing 12 people.")
    assert (_types([event]), event.fatalities) == ([("Violence against civilians", "Attack")],
                                                   12)


def test_the_part_a_city_names_is_the_site_not_the_city(read):
    (suburb,) = read("Gang members set fire to houses in the Port-au-Prince suburb of"
                     " Croix-des-Bouquets, Haiti, on Monday.")
    (district,) = read("Police killed nine gang members in the Cite Soleil neighborhood of"
                       " Port-au-Prince, Haiti, on Tuesday.")
    (named_first,) = read("PKK militants attacked soldiers in Cukurca district of Hakkari,"
                          " Turkey, on Monday.")
    assert (suburb.location.name, district.location.name) == ("Croix-des-Bouquets",
                                                              "Cite Soleil")
    (town_in_district,) = read("Troops killed eight militants in the Datta Khel area of North"
                               " Waziristan, Pakistan, on Monday.")
    assert named_first.location.kind == "admin2"
    assert town_in_district.location.name == "Datta Khel"


def test_a_states_fire_that_kills_is_no_remote_weapon(read):
    (event,) = read("Two Palestinians were killed by Israeli fire in Tulkarem, West Bank, on"
                    " Tuesday.")
    assert (_types([event]), event.actor1) == ([("Violence against civilians", "Attack")],
                                               "Military Forces of Israel")


def test_a_states_glide_bomb_that_hit_a_market_is_its_air_strike(read):
    (event,) = read("A Russian glide bomb hit a market in Kharkiv, Ukraine, on Tuesday.")
    assert (_types([event]), event.actor1) == ([("Explosions/Remote violence",
                                                 "Air/drone strike")], "Military Forces of Russia")


def test_the_day_of_a_planned_rally_is_not_the_arrests(read):
    (event,) = read("Police in Dhaka, Bangladesh, arrested 40 opposition activists ahead of a"
                    " planned rally on Saturday.")
    assert (event.sub_event_type, event.date) == ("Arrests", WEDNESDAY)


def test_warning_shots_with_no_crowd_are_no_protest(read):
    events = read("Israeli troops fired warning shots at suspects near Rafah, Gaza, on Monday.")
    assert _types(events) == [("Strategic developments", "Other")]


def test_warning_shots_fired_at_a_clash_are_part_of_it(read):
    events = read("Villagers clashed with police in Jhapa, Nepal, on Monday. Police fired"
                  " warning shots to bring the situation under control.")
    assert _types(events) == [("Riots", "Mob violence")]


def test_an_attack_ranked_among_the_years_is_no_period_total(read):
    (event,) = read("Jihadists killed 40 soldiers in an attack on a base in Djibo, Burkina Faso,"
                    " sources said on Monday, one of the deadliest assaults on the army this"
                    " year.")
    assert (event.event_type, event.fatalities) == ("Battles", 40)


def test_property_burned_in_an_attack_whose_toll_its_sentence_tells_is_part_of_it(read):
    events = read("Jihadists killed dozens of soldiers in an attack on an army base in Djibo,"
                  " Burkina Faso, on Monday. \"More"
                  " than 50 soldiers were killed,\" a source said, adding that the assailants"
                  " also set fire to the town's market.")
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 50)]


def test_soldiers_taking_ground_in_a_territory_another_state_holds_overtake_it(read):
    (event,) = read("Soldiers took control of the Jenin refugee camp in the West Bank on Monday.")
    assert (event.sub_event_type, event.actor1) == ("Non-state actor overtakes territory",
                                                    "Military Forces of Israel")


def test_maoists_in_india_are_india_s_maoist_rebels_who_attack(read):
    (event,) = read("Maoists killed two villagers in Bijapur district, India, on Monday.")
    assert (_types([event]), event.actor1) == ([("Violence against civilians", "Attack")],
                                               "Naxal-Maoist Rebels (India)")


@pytest.mark.parametrize(("text", "actor1"), [
    ("Al Qaeda militants attacked an army post in Mudiyah, Abyan province, Yemen, on Monday,"
     " killing three soldiers.", "AQAP: Al Qaeda in the Arabian Peninsula"),
    ("Communist rebels ambushed an army patrol in Guihulngan, Negros Oriental, on Thursday,"
     " killing two soldiers.", "NPA: New People's Army"),
])
def test_a_worldwide_group_is_named_by_its_branch_where_the_event_is(read, text, actor1):
    (event,) = read(text)
    assert event.actor1 == actor1


def test_a_government_that_fights_is_its_military(read):
    (event,) = read("A government drone strike hit a minibus near Bahir Dar, Ethiopia, on Sunday.")
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike",
                                                    "Military Forces of Ethiopia")


def test_bombs_only_aircraft_drop_make_an_air_strike(read):
    (event,) = read("Russian glide bombs struck a residential area of Kharkiv on Tuesday.")
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", "Military Forces of Russia")


def test_a_later_sentence_about_the_event_places_it_inside_its_region(read):
    (event,) = read("Insurgents killed 11 villagers in raids in Cabo Delgado province,"
                    " Mozambique, last week, the church said on Monday.\n\n"
                    "The attacks took place in the Macomia district on May 13, a priest said.")
    assert (event.location.kind, event.location.admin1_iso, event.date) == (
        "admin2", "MZ-P", date(2025, 5, 13))


def test_a_killing_by_no_one_named_is_the_violent_act_beside_it(read):
    (event,) = read("Three people were killed when a bomb hit a bus station in Bunia, Congo,"
                    " on Monday.")
    assert (event.sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", 3)


def test_a_relative_clause_between_a_force_and_its_report_keeps_it_the_doer(read):
    (event,) = read("The Sudanese army, which holds the city, said its aircraft had bombed"
                    " positions east of El Fasher on Monday.")
    assert event.actor1 == "Military Forces of Sudan"


def test_the_two_sides_are_the_sides_the_story_named(read):
    events = read("Sudan's army and the RSF fought near El Fasher on Monday.\n\n"
                  "The two sides clashed again in Omdurman on Tuesday.")
    assert len(events) == 2
    assert all({e.actor1, e.actor2} == {"Military Forces of Sudan", "Rapid Support Forces"}
               for e in events)


def test_the_dead_of_both_sides_of_one_battle_add_up(read):
    events = read("Militants ambushed an army convoy in North Waziristan, Pakistan, on Monday,"
                  " killing 10 soldiers. Troops returned fire and killed six of the attackers.")
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 16)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Heavy clashes broke out in Tripoli, Libya, on Monday night, residents said.",
     ("Battles", "Unidentified Armed Group (Libya)")),
    ("Clashes erupted in Tripoli, Libya, on Monday between rival militias.",
     ("Battles", "Unidentified Armed Group (Libya)")),
    ("Clashes broke out between protesters and police in Tripoli, Libya, on Monday.",
     ("Riots", "Rioters (Libya)")),
])
def test_clashes_that_broke_out_need_no_named_side(read, text, kind):
    (event,) = read(text)
    assert (event.event_type, event.actor1) == kind


def test_explosions_heard_during_a_battle_are_the_battle(read):
    (event,) = read("Clashes broke out in Tripoli, Libya, on Monday night, with gunfire and"
                    " explosions heard across the city.")
    assert event.event_type == "Battles"
    events = read("Rebels clashed with troops in Tripoli, Libya, on Monday, while an air"
                  " strike hit Misrata.")
    assert sorted(e.event_type for e in events) == ["Battles", "Explosions/Remote violence"]


def test_an_attack_at_sea_stays_at_sea_when_the_sentence_ends_elsewhere(read):
    (event,) = read("The Houthis said on Monday they had fired missiles at a cargo ship in the"
                    " Gulf of Aden, the latest in a series of attacks that they say are in"
                    " solidarity with Palestinians in Gaza.")
    assert (event.location.kind, event.location.name) == ("water", "Gulf of Aden")


def test_what_a_protest_left_behind_counts_after_what_it_was_about(read):
    (event,) = read("Police fired tear gas at protesters in Dhaka, Bangladesh, on Monday as"
                    " students demanding an end to job quotas clashed with officers, leaving at"
                    " least 25 people dead, hospital officials said.")
    assert event.fatalities == 25
    (event,) = read("Hundreds marched in Dhaka, Bangladesh, on Monday to protest the killing of"
                    " three students by police.")
    assert event.fatalities is None


def test_a_later_sentence_places_the_event_though_it_names_other_regions(read):
    (event,) = read("Gunmen opened fire on a party in Guanajuato state, Mexico, late on Saturday,"
                    " killing 12 people.\n\nThe attack happened in the town of Irapuato, where"
                    " rival gangs from Jalisco have fought for years.")
    assert event.location.name == "Irapuato"


def test_one_act_at_a_list_of_places_is_an_event_at_each(read):
    events = read("Russian forces shelled Kherson, Mykolaiv and Nikopol on Monday.")
    assert len(events) == 3
    # a place and its region, or the ends of a road, are no list
    assert len(read("Russian forces shelled Izium, Kharkiv region, on Monday.")) == 1
    assert len(read("Russian forces shelled the road between Kharkiv and Izium on Monday.")) == 1


def test_a_total_told_place_by_place_is_an_event_at_each_place_with_its_part(read):
    events = read("Russian attacks across Ukraine killed 12 people on Monday, including five in"
                  " Kharkiv and three in the Odesa region, officials said.")
    assert [(e.location.name, e.fatalities) for e in events] == [("Kharkiv", 5),
                                                                 ("Odesa Oblast", 3)]
    events = read("Security forces killed 12 militants in two raids in the northwest on Monday,"
                  " the army said, seven in Bannu and five in Lakki Marwat.")
    assert [e.fatalities for e in events] == [7, 5]
    # one part is a detail of the victims, not a list of places
    (event,) = read("Russian strikes killed 12 people in Kharkiv on Monday, including five"
                    " children in a school.")
    assert event.fatalities == 12


def test_raids_that_arrest_and_hurt_no_one_are_arrests(read):
    events = read("An air strike killed three people in Jenin, West Bank, on Monday. Israeli"
                  " forces arrested 15 people in raids near Jenin, West Bank, on Monday.")
    assert ("Strategic developments", "Arrests") in _types(events)


def test_strikes_that_kill_are_air_strikes_by_the_story_s_air_force(read):
    (event,) = read("Strikes hit Gaza City on Monday, killing 12 people, medics said.")
    assert event.sub_event_type == "Air/drone strike"
    assert read("Dock workers' strikes hit the port of Odesa on Monday.") == []
    events = read("An Israeli air strike killed five people in Khan Younis, Gaza, on Monday."
                  " Later, a drone strike hit a car in Rafah, killing two.")
    assert [e.actor1 for e in events] == ["Military Forces of Israel"] * 2


@pytest.mark.parametrize("text", [
    "A Ukrainian missile strike hit a depot in Belgorod on Monday, killing two guards.",
    "A rocket strike on a bus station in Horlivka on Monday killed four people.",
])
def test_a_missile_or_rocket_strike_that_kills_is_shelling_not_an_air_strike(read, text):
    (event,) = read(text)
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_the_doer_inside_an_aside_is_not_the_subject_s(read):
    events = read("The bridge, which President Vladimir Putin opened in 2018, was badly damaged"
                  " in Kerch, Crimea, on Monday by a truck bomb.")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Ukraine)"]


def test_the_doer_of_a_passive_killing_is_not_the_one_hit(read):
    (event,) = read("A man was killed by a soldier in Bangui, Central African Republic, on"
                    " Saturday.")
    assert event.event_type == "Violence against civilians"


def test_a_report_of_an_event_the_story_has_not_told_is_that_event(read):
    (event,) = read("The death toll from Saturday's drone strike on a market in the town of"
                    " Kabkabiya in North Darfur rose to 40, local medics said on Monday.")
    assert _types([event]) == [("Explosions/Remote violence", "Air/drone strike")]
    assert (event.date, event.fatalities) == (date(2025, 5, 17), 40)


def test_a_toll_that_rose_counts_its_figure_not_the_number_word(read):
    (event,) = read("The number of people killed in Friday's suicide bombing at a mosque in"
                    " Peshawar has risen to 59, officials said on Sunday.")
    assert _types([event]) == [("Explosions/Remote violence", "Suicide bomb")]
    assert event.fatalities == 59


def test_a_lede_placed_in_a_country_takes_the_village_the_next_paragraph_names(gazetteer):
    from geo.pipeline import read_article

    text = ("Attack\n\nGunmen have killed 17 people in northwestern Nigeria, police said on"
            " Tuesday.\n\nThe attack happened on Sunday night in the village of Kadawa in"
            " Zamfara state.\n")
    reading = read_article(text, published=WEDNESDAY, gazetteer=gazetteer)
    (event,) = reading.events
    assert (event.location.admin1_iso, event.date, event.fatalities) == (
        "NG-ZA", date(2025, 5, 18), 17)
    assert reading.unplaced == []


def test_a_follow_up_sentence_takes_the_event_date_not_the_statement_date(read):
    events = read("Gunmen killed 12 villagers in Kupiansk on Saturday night. The attackers also"
                  " burned 30 houses in Kupiansk, police said on Monday.")
    assert events and {e.date for e in events} == {date(2025, 5, 17)}


def test_a_group_that_claims_an_attack_is_its_doer(read):
    (event,) = read("Gunmen stormed a hotel in Mogadishu on Friday night, killing nine people."
                    " Al-Shabaab claimed responsibility for the attack.")
    assert event.actor1 == "Al Shabaab"


def test_a_group_that_denies_an_attack_is_not_its_doer(read):
    (event,) = read("Gunmen stormed a hotel in Mogadishu on Friday night, killing nine people."
                    " Al-Shabaab denied it was behind the attack.")
    assert event.actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text", [
    "Students attacked a police post with stones in Kharkiv on Monday.",
    "Supporters of two rival candidates fought with sticks and stones in Kharkiv on Sunday.",
    "Hundreds of stranded labourers, who had been refused passage, threw stones at police in"
    " Kharkiv on Tuesday.",
    "Angry traders stoned the district office in Kharkiv on Monday.",
])
def test_people_who_fight_with_sticks_or_stones_riot(read, text):
    events = read(text)
    assert [e.event_type for e in events] == ["Riots"]


@pytest.mark.parametrize(("text", "sub"), [
    ("The government declared a state of emergency in Kharkiv on Tuesday.",
     "Change to group/activity"),
    ("Armed herders burned 20 houses in Kupiansk on Sunday.", "Looting/property destruction"),
    ("Rebels imposed a blockade on Kupiansk on Monday, cutting off supplies.", "Other"),
    ("Militants summoned village elders to a meeting in Kupiansk on Monday.", "Other"),
    ("The rebels released six soldiers they had been holding in Kupiansk on Tuesday.", "Other"),
    ("The SBU detained an agent who was directing missile strikes on Kharkiv on Monday.",
     "Arrests"),
    ("Police detained the opposition leader at his home in Kharkiv on Tuesday ahead of a"
     " planned rally.", "Arrests"),
])
def test_strategic_developments_told_in_one_sentence(read, text, sub):
    assert _types(read(text)) == [("Strategic developments", sub)]


def test_a_curfew_against_an_outbreak_is_no_event(read):
    assert read("Authorities imposed a curfew in Kharkiv on Monday to slow the outbreak.") == []


@pytest.mark.parametrize(("text", "sub"), [
    ("A bomb disposal team safely detonated an unexploded shell near Kupiansk on Monday.",
     "Disrupted weapons use"),
    ("Soldiers foiled an attempt to plant explosives on a railway line near Kupiansk on Tuesday.",
     "Disrupted weapons use"),
    ("Rebel fighters set up a checkpoint on the road near Kupiansk on Monday.",
     "Change to group/activity"),
    ("Armed men occupied a school in Kupiansk and turned it into a base on Sunday.",
     "Headquarters or base established"),
    ("Police arrested 20 people in Kharkiv on Friday for taking part in protests.", "Arrests"),
])
def test_more_strategic_developments_told_in_one_sentence(read, text, sub):
    assert _types(read(text)) == [("Strategic developments", sub)]


def test_an_attack_people_fear_is_no_attack(read):
    events = read("Residents of Kupiansk fled their homes on Sunday fearing an attack by"
                  " militants.")
    assert all(e.event_type == "Strategic developments" for e in events)


@pytest.mark.parametrize("text", [
    "On Monday an IED planted by the Baloch Liberation Army hit a patrol near Quetta, killing"
    " four soldiers.",
    "A roadside bomb struck a bus near Quetta on Monday, killing four people. The attack was"
    " carried out by the Baloch Liberation Army, police said.",
])
def test_the_group_that_planted_a_bomb_or_carried_out_the_attack_is_the_doer(read, text):
    (event,) = read(text)
    assert event.actor1 == "BLA: Baloch Liberation Army"


@pytest.mark.parametrize(("text", "sub"), [
    ("Russian forces seized a grain warehouse in Melitopol on Monday.",
     "Looting/property destruction"),
    ("Rebel fighters confiscated livestock from herders in Kupiansk on Sunday.",
     "Looting/property destruction"),
    ("Government forces reinforced their positions around Kupiansk on Monday.",
     "Change to group/activity"),
    ("Army troops were airlifted to Kupiansk on Sunday.", "Change to group/activity"),
    ("Rebel fighters relocated from the hills to Kupiansk on Sunday.", "Change to group/activity"),
])
def test_forces_taking_goods_or_changing_posture(read, text, sub):
    assert _types(read(text)) == [("Strategic developments", sub)]


def test_police_confiscating_goods_is_no_looting(read):
    assert read("Police confiscated 300 phones in a raid on a market in Kharkiv on Monday.") == []


@pytest.mark.parametrize("text", [
    "Demonstrators smashed windows of the regional council building in Kharkiv on Sunday.",
    "Protesters damaged two police vehicles in Kharkiv on Thursday during a march.",
    "Hundreds of people stormed a police station in Kharkiv on Sunday to free a detained man.",
])
def test_a_crowd_that_damages_property_or_storms_a_building_riots(read, text):
    assert [e.event_type for e in read(text)] == ["Riots"]


def test_strikes_that_damage_vehicles_are_no_riot(read):
    events = read("Russian drones damaged two buses in Kharkiv on Sunday.")
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


def test_people_killed_in_an_attack_the_story_has_not_told_make_that_attack(read):
    (event,) = read("Relatives buried on Monday the 12 villagers killed in Sunday's attack on"
                    " the village of Tessit in the Gao region.")
    assert (_types([event]), event.date, event.fatalities) == (
        [("Violence against civilians", "Attack")], date(2025, 5, 18), 12)


def test_bringing_the_toll_to_counts_the_toll(read):
    (event,) = read("Rescuers pulled more bodies on Tuesday from the rubble left by Sunday's"
                    " missile strike on an apartment block in Dnipro, bringing the toll to 46.")
    assert event.fatalities == 46


@pytest.mark.parametrize("follow", [
    "The attackers, believed to be ISWAP fighters, arrived on motorcycles.",
    "Security sources attributed the attack to ISWAP.",
    "Residents said the gunmen were ISWAP fighters.",
    "Local officials said ISWAP was responsible.",
])
def test_the_group_a_later_sentence_names_as_the_attackers_is_the_doer(read, follow):
    (event,) = read(f"Gunmen killed nine villagers in Konduga on Sunday. {follow}")
    assert event.actor1 == "Islamic State West Africa Province"


def test_riots_of_the_previous_week_do_not_make_a_protest_a_riot(read):
    events = read("Residents of Kharkiv held a peaceful rally on Monday against the release of"
                  " prisoners. The rally followed riots in the city's prisons in the previous"
                  " week.")
    assert _types(events) == [("Protests", "Peaceful protest")]


def test_strikers_who_barricade_themselves_in_an_office_protest(read):
    events = read("Teachers went on strike in Kharkiv on Monday and barricaded themselves into an"
                  " office of the education ministry to demand unpaid salaries.")
    assert [e.event_type for e in events] == ["Protests"]


def test_bodies_found_with_gunshot_wounds_are_an_attack_by_unknown_gunmen(read):
    (event,) = read("Police found the bodies of six men with gunshot wounds on a road outside"
                    " Culiacan on Monday.")
    assert (event.event_type, event.actor1, event.fatalities) == (
        "Violence against civilians", "Unidentified Armed Group (Mexico)", 6)


def test_bodies_whose_marks_of_violence_come_late_in_the_sentence_are_an_attack(read):
    (event,) = read("Authorities found the bodies of five men dumped beside a highway near"
                    " Navolato on Tuesday morning, some with signs of torture, prosecutors said.",
                    published=date(2025, 2, 20))
    assert (event.event_type, event.fatalities) == ("Violence against civilians", 5)


def test_bodies_recovered_after_a_flood_are_no_event(read):
    assert read("Rescuers recovered the bodies of 12 people after floods swept through"
                " Kharkiv on Monday.") == []


def test_carried_out_strikes_are_news_and_traded_blame_names_no_one(read):
    (event,) = read("Myanmar's military carried out air strikes on a village in Sagaing, Myanmar,"
                    " on Monday, killing 20 people.")
    assert event.actor1 == "Military Forces of Myanmar"
    (event,) = read("A bomb hit a camp near Goma, Congo, on Monday, killing two people. The army"
                    " and the M23 blamed each other.")
    assert event.actor1.startswith("Unidentified Armed Group")


def test_forces_a_state_s_military_speaks_of_are_its_own(read):
    (event,) = read("The Israeli military said troops fired tear gas at protesters in Ramallah,"
                    " West Bank, on Monday.")
    assert event.actor2 == "Military Forces of Israel"


@pytest.mark.parametrize("text", [
    "Since war broke out in Sudan, rounds of talks in Jeddah, Saudi Arabia, have failed.",
    "The army has regained ground in Khartoum, Sudan, this year.",
])
def test_a_story_s_background_is_no_event(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "A drone struck a market in Taiz, Yemen, on Sunday amid ongoing fighting, killing three.",
    "A drone struck a market in Taiz, Yemen, on Sunday, an area of frequent clashes, killing"
    " three.",
])
def test_a_lasting_fight_named_beside_a_strike_does_not_make_it_a_battle(read, text):
    assert _types(read(text)) == [("Explosions/Remote violence", "Air/drone strike")]


def test_an_attack_in_a_series_is_still_an_attack(read):
    (event,) = read("Ukrainian drones struck an oil refinery in Volgograd, Russia, early on"
                    " Tuesday, the governor said, in the latest of a series of attacks on"
                    " Russian energy sites.")
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike",
                                                    "Military Forces of Ukraine")


def test_an_official_named_after_the_title_speaks_and_is_not_hit(read):
    (event,) = read("Russian shelling killed a man in Bilozerka, Kherson region, on Monday,"
                    " Governor Oleksandr Prokudin said.")
    assert event.actor2 != "Government of Ukraine"


def test_positions_the_text_says_are_another_state_s_are_its_forces(read):
    (event,) = read("Russian troops attacked Ukrainian positions near Kupiansk, Kharkiv region,"
                    " on Monday.")
    assert (event.actor1, event.actor2) == ("Military Forces of Russia",
                                            "Military Forces of Ukraine")


def test_the_people_killed_before_an_ambush_are_its_target(read):
    (event,) = read("Militants killed four soldiers in an ambush near Tahoua, Niger, on Monday.")
    assert (event.actor2, event.fatalities) == ("Military Forces of Niger", 4)


@pytest.mark.parametrize("text", [
    "Plain-clothes police picked up a student leader outside his hostel in Harare on Tuesday,"
    " his union said.",
    "Intelligence agents seized a prominent government critic at a cafe in Caracas on Tuesday,"
    " his lawyer said.",
])
def test_state_agents_who_pick_up_or_seize_a_critic_arrest_him(read, text):
    assert _types(read(text)) == [("Strategic developments", "Arrests")]


def test_police_who_seize_things_from_students_arrest_no_one(read):
    assert read("Police seized phones from students at a campus in Harare on Tuesday.") == []


def test_gunmen_who_seize_a_lawmaker_abduct_him(read):
    assert _types(read("Masked gunmen seized a provincial lawmaker on a road outside Caracas on"
                       " Tuesday, his party said.")) == [
        ("Violence against civilians", "Abduction/forced disappearance")]


def test_security_agents_who_detain_someone_make_an_arrest(read):
    (event,) = read("Security agents detained a trade union leader at his home in Niamey,"
                    " Niger, on Tuesday.")
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Police Forces of Niger")


def test_a_report_with_no_place_refers_back_to_the_event_before_it(read):
    events = read("Thousands of people marched through Lima, Peru, on Monday against the"
                  " government.\n\nPolice fired tear gas at protesters near the parliament.\n\n"
                  "Smaller protests were held in Cusco and Arequipa.")
    by_place = {e.location.name: e.sub_event_type for e in events}
    assert by_place["Lima"] == "Protest with intervention"
    assert by_place["Cusco"] == by_place["Arequipa"] == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Two soldiers were killed in a clash with rebels in Negros Occidental, Philippines, on"
    " Monday.",
    "Two soldiers and three rebels were killed in clashes in Negros Occidental, Philippines, on"
    " Monday.",
])
def test_a_clash_whose_dead_are_armed_is_a_battle_between_them(read, text):
    (event,) = read(text)
    assert event.event_type == "Battles"
    assert "Military Forces of Philippines" in (event.actor1, event.actor2)
    assert None not in (event.actor1, event.actor2)


def test_an_attack_on_them_hits_those_named_before(read):
    (event,) = read("Police officers were checking cars at a roadblock in Kisumu, Kenya, when"
                    " gunmen shot at them on Monday.")
    assert (event.event_type, event.actor2) == ("Battles", "Police Forces of Kenya")


def test_a_convoy_of_passenger_vehicles_is_not_an_armed_site(read):
    (event,) = read("Gunmen opened fire on a convoy of passenger buses near Parachinar, Pakistan,"
                    " on Thursday, killing 12 people.")
    assert (event.event_type, event.actor2) == ("Violence against civilians",
                                                "Civilians (Pakistan)")


def test_the_group_an_attack_is_blamed_on_in_its_sentence_did_it(read):
    (event,) = read("Drones struck a fuel depot in Port Sudan, Sudan, on Tuesday, the government"
                    " said, blaming the Rapid Support Forces.")
    assert (event.actor1, event.actor2) == ("Rapid Support Forces", None)


def test_police_who_say_they_seized_weapons_seized_them(read):
    (event,) = read("Police said they had seized a cache of rifles and grenades in a raid in"
                    " Kurram, Pakistan, on Monday.")
    assert (event.sub_event_type, event.actor1) == ("Disrupted weapons use",
                                                    "Police Forces of Pakistan")


def test_an_arrest_after_a_protest_s_purpose_in_a_new_clause_counts(read):
    (event,) = read("Thousands rallied outside parliament in Tbilisi, Georgia, on Friday against"
                    " a new law, and police detained 20 protesters after scuffles.")
    assert event.sub_event_type == "Protest with intervention"


def test_a_group_that_claimed_the_attack_did_it(read):
    (event,) = read("Militants attacked an army post in Djibo, Burkina Faso, on Sunday, killing"
                    " eight soldiers. JNIM claimed the attack on Monday.")
    assert event.actor1.startswith("JNIM")


def test_forces_a_later_sentence_blames_did_an_unclaimed_strike(read):
    (event,) = read("A drone strike on a minibus near Bahir Dar, Ethiopia, on Wednesday killed"
                    " nine civilians. Residents blamed the federal military.")
    assert (event.actor1, event.actor2) == ("Military Forces of Ethiopia",
                                            "Civilians (Ethiopia)")


def test_an_addition_in_a_new_paragraph_happened_when_the_event_before_did(read):
    events = read("Police fired tear gas at protesters in Nairobi, Kenya, on Monday.\n\n"
                  "Demonstrations also took place in Mombasa.")
    assert {e.location.name: e.date for e in events} == {"Nairobi": date(2025, 5, 19),
                                                         "Mombasa": date(2025, 5, 19)}


def test_a_place_in_the_cited_source_is_not_the_event_s_place(read):
    (event,) = read("Insurgents beheaded ten villagers in the Macomia district of Cabo Delgado,"
                    " Mozambique, on Friday, the Catholic diocese of Pemba said.")
    assert event.location.name == "Macomia District"


def test_the_source_s_area_places_an_event_that_names_no_other_place(read):
    (event,) = read("Gunmen killed five farmers on Friday, the governor of Borno state, Nigeria,"
                    " said.")
    assert event.location.admin1_name == "Borno"


def test_overnight_counts_from_the_day_the_statement_was_made(read):
    (event,) = read("Gunmen killed nine people overnight in Benue state, Nigeria, police said on"
                    " Saturday.")
    assert event.date == date(2025, 5, 17)


def test_the_militia_named_earlier_in_the_sentence_acts(read):
    (event,) = read("Fighting between the army and M23 erupted in Sake, Democratic Republic of"
                    " Congo, on Tuesday, and the rebels took control of the town.")
    assert (event.sub_event_type, event.actor1) == ("Non-state actor overtakes territory",
                                                    "M23: March 23 Movement")
    assert event.actor2 == "Military Forces of Democratic Republic of Congo"


def test_police_who_block_roads_are_not_protesting(read):
    assert read("Police blocked roads into the hills above Malibu, California, on Tuesday and"
                " arrested a man suspected of starting a wildfire.") == []


def test_a_mayor_protesting_with_a_crowd_of_traders_is_a_demonstration(read):
    events = read("About 60 market traders, two union leaders and the mayor protested outside"
                  " the governor's office in Kumasi on Monday against the new stall fees.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_minister_and_an_ambassador_who_protest_hold_no_demonstration(read):
    assert read("In Kumasi on Monday, the minister and the ambassador protested against the"
                " new visa rules.") == []


def test_an_agreement_a_clause_waits_for_is_no_event(read):
    events = read("Dockworkers went on strike at ports in Baltimore, Maryland, on Tuesday. The"
                  " union said the strike would continue until a deal was reached.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_rebels_counted_in_a_story_of_one_rebel_group_are_its_fighters(read):
    events = read("Three soldiers and two members of the New People's Army were killed on Monday"
                  " in a firefight in Negros Occidental, Philippines, the army said.\n\n"
                  "Troops were patrolling near Himamaylan when about 20 rebels opened fire on"
                  " them.")
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Military Forces of Philippines", "NPA: New People's Army")]


def test_its_fighters_with_no_actor_before_them_are_the_story_s_group(read):
    (event,) = read("The Arakan Army said on Tuesday it had seized more than 3,000 square"
                    " kilometres of Rakhine state, Myanmar, since November.\n\n"
                    "The group said its fighters had overrun a military base near Buthidaung on"
                    " Monday.")
    assert (event.sub_event_type, event.actor1) == ("Non-state actor overtakes territory",
                                                    "Arakan Army")


@pytest.mark.parametrize("text", [
    "Two people were killed when a bomb hit a market in Kharkiv, Ukraine, on Monday.",
    "Three people were killed in Kharkiv, Ukraine, on Monday when a missile struck a printing"
    " house.",
])
def test_people_killed_when_a_weapon_struck_are_its_victims(read, text):
    (event,) = read(text)
    assert event.event_type == "Explosions/Remote violence"
    assert event.fatalities in (2, 3)


def test_a_second_strike_at_a_camp_near_a_city_is_another_event(read):
    events = read("A strike on a house in the Nuseirat camp in Gaza killed 12 members of one"
                  " family on Monday. A second strike killed eight people at a school in Gaza"
                  " City on Monday.")
    assert sorted(e.fatalities for e in events) == [8, 12]


@pytest.mark.parametrize(("text", "sub"), [
    ("Gunmen freed 14 travellers they had kidnapped on a highway near Kupiansk on Tuesday.",
     "Other"),
    ("The rebels released nine detained fishermen in Kupiansk on Monday.", "Other"),
    ("The army and the rebels signed a ceasefire in Kupiansk on Monday, ending weeks of"
     " fighting.", "Agreement"),
    ("Rebel commanders declared a truce in Kupiansk on Sunday.", "Agreement"),
])
def test_releases_and_truces_are_not_the_captures_or_fights_they_name(read, text, sub):
    assert _types(read(text)) == [("Strategic developments", sub)]


def test_people_arrested_by_no_one_named_were_arrested_by_police(read):
    (event,) = read("Four reporters were arrested in Minsk on Saturday outside a courthouse.")
    assert _types([event]) == [("Strategic developments", "Arrests")]
    assert event.actor1 == "Police Forces of Belarus"


def test_an_arrest_over_ties_to_an_armed_group_is_political(read):
    (event,) = read("Police in Istanbul detained nine men on Monday over suspected ties to the"
                    " Islamic State.")
    assert _types([event]) == [("Strategic developments", "Arrests")]


def test_the_arrest_of_an_attacker_told_after_the_attack_is_part_of_it(read):
    events = read("A soldier shot dead two farmers in Kupiansk on Monday. The soldier was"
                  " later arrested.")
    assert _types(events) == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize(("text", "sub"), [
    ("The Sahel Brigade, an armed group, named a new commander in Kupiansk on Monday.",
     "Change to group/activity"),
    ("Two armed factions merged into one alliance in Kupiansk on Tuesday.",
     "Change to group/activity"),
    ("About 60 militia fighters laid down their weapons in Kupiansk on Sunday.",
     "Change to group/activity"),
    ("A rebel commander defected to the army in Kupiansk on Friday.", "Change to group/activity"),
    ("Rebel fighters set up a camp outside Kupiansk on Monday.",
     "Headquarters or base established"),
])
def test_changes_to_an_armed_group_and_its_camps(read, text, sub):
    assert _types(read(text)) == [("Strategic developments", sub)]


def test_a_member_of_a_named_group_acts_for_it(read):
    (event,) = read("An Al Shabaab commander defected to the government in Baidoa on Monday.")
    assert (event.sub_event_type, event.actor1) == ("Change to group/activity", "Al Shabaab")


def test_a_weapon_after_a_group_s_name_is_the_group_s(read):
    (event,) = read("A Hezbollah rocket hit a barn in Metula on Tuesday.")
    assert event.actor1 == "Hezbollah"


def test_an_attack_after_a_group_s_name_is_the_group_s(read):
    events = read("Three shoppers were hurt by an Al Shabaab mortar attack in Baidoa on Monday.")
    assert [e.actor1 for e in events] == ["Al Shabaab"]


@pytest.mark.parametrize("text", [
    "Soldiers found and removed a landmine on a road near Kupiansk on Monday.",
    "Police found a bomb under a bridge in Kupiansk on Monday and detonated it safely.",
    "The navy stopped a boat carrying rifles and ammunition near Kupiansk on Monday.",
])
def test_weapons_stopped_before_use_are_disrupted(read, text):
    assert _types(read(text)) == [("Strategic developments", "Disrupted weapons use")]


def test_a_mine_children_found_that_went_off_is_an_explosion(read):
    types = _types(read("Two children were killed near Kupiansk on Monday when a landmine they"
                        " found exploded."))
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in types
    assert ("Strategic developments", "Disrupted weapons use") not in types


@pytest.mark.parametrize(("text", "sub"), [
    ("Government troops entered Kupiansk on Monday after the rebels abandoned the town.",
     "Non-violent transfer of territory"),
    ("Soldiers handed over their observation post near Kupiansk to the police on Monday.",
     "Non-violent transfer of territory"),
    ("Clan elders and a local militia signed a peace pact in Kupiansk on Monday.", "Agreement"),
])
def test_ground_left_then_taken_and_pacts_signed(read, text, sub):
    assert ("Strategic developments", sub) in _types(read(text))


def test_a_named_group_before_a_past_verb_does_the_act(read):
    (event,) = read("On Monday the Taliban detained three aid workers in Kunduz.")
    assert event.actor1 == "Police Forces of Afghanistan"  # the Taliban rule Afghanistan


def test_a_raid_that_only_carts_off_goods_is_looting(read):
    (event,) = read("Bandits raided a village near Kupiansk on Sunday and carted away grain"
                    " and goats.")
    assert _types([event]) == [("Strategic developments", "Looting/property destruction")]


def test_a_crowd_counted_with_more_than_still_acts(read):
    (event,) = read("More than 40 villagers in Kupiansk beat two suspected thieves to death on"
                    " Sunday.")
    assert _types([event]) == [("Riots", "Mob violence")]


def test_people_who_demonstrated_and_smashed_a_shop_riot(read):
    (event,) = read("On Monday, mourners demonstrated and smashed the windows of a pharmacy in"
                    " Kupiansk.")
    assert _types([event]) == [("Riots", "Violent demonstration")]


@pytest.mark.parametrize(("text", "sub"), [
    ("Special forces captured a senior rebel commander in a raid in Kupiansk on Monday.",
     "Arrests"),
    ("Police in Kupiansk arrested a blogger and a cartoonist on Monday.", "Arrests"),
    ("Soldiers destroyed a bomb-making workshop in Kupiansk on Monday.", "Disrupted weapons use"),
    ("Armoured units crossed the border near Kupiansk on Monday.", "Change to group/activity"),
    ("The army established a new military post near Kupiansk on Monday.",
     "Headquarters or base established"),
])
def test_captures_crossings_posts_and_workshops(read, text, sub):
    assert _types(read(text)) == [("Strategic developments", sub)]


@pytest.mark.parametrize(("text", "sub"), [
    ("Government forces conducted a security operation in Kupiansk on Monday; no clashes were"
     " reported.", "Change to group/activity"),
    ("Troops held military exercises near Kupiansk on Tuesday.", "Change to group/activity"),
    ("The militants closed the main road out of Kupiansk on Sunday.", "Other"),
    ("Rebels ordered traders in Kupiansk to pay a monthly levy on Sunday.", "Other"),
])
def test_operations_drills_and_an_armed_group_s_rules(read, text, sub):
    assert _types(read(text)) == [("Strategic developments", sub)]


def test_a_state_closing_a_road_is_no_event(read):
    assert read("Police closed the main road in Kupiansk on Sunday for a marathon.") == []


def test_an_operation_that_kills_is_not_a_change_of_activity(read):
    types = _types(read("Troops launched a military operation in Kupiansk on Monday, killing"
                        " four militants."))
    assert ("Strategic developments", "Change to group/activity") not in types


def test_drills_held_by_officials_are_no_event(read):
    assert read("Officials held earthquake drills in schools in Kupiansk on Monday.") == []


def test_police_attacked_with_stones_at_a_rally_is_a_riot(read):
    types = _types(read("Hundreds of people rallied in Kupiansk on Monday. Police were attacked"
                        " with stones and bottles and fired tear gas."))
    assert ("Riots", "Violent demonstration") in types


def test_police_beating_protesters_with_batons_is_no_riot(read):
    types = _types(read("Police broke up a rally in Kupiansk on Monday and beat protesters with"
                        " batons."))
    assert [t for t, _ in types] == ["Protests"]


def test_an_arrest_over_belonging_to_a_movement_is_political(read):
    (event,) = read("Police in Kupiansk arrested three men on Monday accused of belonging to a"
                    " banned movement.")
    assert _types([event]) == [("Strategic developments", "Arrests")]


def test_an_arrest_for_stealing_belongings_is_no_event(read):
    assert read("Police in Leeds arrested a man on Monday for stealing belongings from"
                " cars.") == []


def test_sides_agreeing_to_withdraw_their_fighters_agree(read):
    (event,) = read("Two rival clans agreed to withdraw their militias from Kupiansk on"
                    " Monday.")
    assert _types([event]) == [("Strategic developments", "Agreement")]


def test_a_government_calling_up_reservists_changes_activity(read):
    (event,) = read("The government began calling up reservists in Kupiansk on Monday.")
    assert _types([event]) == [("Strategic developments", "Change to group/activity")]


def test_gunfire_at_a_church_that_hits_no_one_destroys_property(read):
    (event,) = read("Soldiers opened small arms fire on a church in Kupiansk on Monday, damaging"
                    " its roof. No one was hurt.")
    assert _types([event]) == [("Strategic developments", "Looting/property destruction")]


def test_gunfire_at_a_car_that_kills_its_driver_is_violence(read):
    types = _types(read("Gunmen opened fire on a car in Kupiansk on Monday, killing the"
                        " driver."))
    assert ("Strategic developments", "Looting/property destruction") not in types


def test_an_act_done_repeatedly_in_one_incident_is_an_event(read):
    (event,) = read("On Monday, a soldier beat and repeatedly raped a woman in Kupiansk.")
    assert _types([event]) == [("Violence against civilians", "Sexual violence")]


def test_attacks_a_town_has_repeatedly_suffered_are_no_event(read):
    assert read("Militants have repeatedly attacked villages around Kupiansk.") == []


def test_a_doer_named_a_few_words_after_a_passive_act(read):
    (event,) = read("On Monday, a journalist was beaten several times in one night by prison"
                    " guards in Kupiansk.")
    assert (event.event_type, event.actor1) == ("Violence against civilians",
                                                "Police Forces of Ukraine")


def test_who_operated_a_drone_did_not_shoot_it_down(read):
    (event,) = read("Soldiers shot down a drone operated by the rebels near Kupiansk on"
                    " Monday.")
    assert event.actor1 == "Military Forces of Ukraine"


def test_protests_someone_is_accused_of_organising_are_no_protest(read):
    (event,) = read("On Monday, officers of the special forces broke into a flat in Kupiansk"
                    " and beat three activists, accusing them of organising the protests.")
    assert (event.event_type, event.actor1) == ("Violence against civilians",
                                                "Military Forces of Ukraine")


def test_what_a_group_has_done_before_is_not_the_event(read):
    (event,) = read("Two militias that have fought over Kupiansk signed a ceasefire"
                    " there on Tuesday.")
    assert _types([event]) == [("Strategic developments", "Agreement")]


def test_pupils_freed_by_their_kidnappers_are_released(read):
    (event,) = read("Gunmen released 28 pupils they had abducted from a school in Kupiansk,"
                    " officials said on Friday.")
    assert _types([event]) == [("Strategic developments", "Other")]


def test_the_leader_of_a_gang_is_not_the_government(read):
    (event,) = read("Police arrested the leader of a criminal gang in Kupiansk on Monday.")
    assert _types([event]) == [("Strategic developments", "Arrests")]
    assert event.actor2 != "Government of Ukraine"


@pytest.mark.parametrize(("text", "actor2"), [
    ("Police beat protesters in Nairobi on Thursday.", "Police Forces of Kenya"),
    ("Police attacked protesters in Nairobi on Thursday, injuring dozens.",
     "Police Forces of Kenya"),
    ("Taliban fighters beat women protesters in Kabul on Thursday.",
     "Military Forces of Afghanistan"),  # the Taliban rule Afghanistan
])
def test_forces_beating_demonstrators_intervene_in_the_protest(read, text, actor2):
    (event,) = read(text)
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention", actor2)


def test_a_killing_a_protest_reacts_to_is_not_force_against_it(read):
    types = _types(read("Hundreds of residents protested in Kupiansk on Monday after a police"
                        " officer shot dead a taxi driver."))
    assert ("Protests", "Excessive force against protesters") not in types
    assert ("Protests", "Peaceful protest") in types


def test_people_detained_and_taken_to_an_unknown_place_have_disappeared(read):
    (event,) = read("Soldiers detained the deputy mayor of Kupiansk on Monday and took him to"
                    " an unknown location.")
    assert _types([event]) == [("Violence against civilians", "Abduction/forced disappearance")]


def test_an_armed_group_handing_out_food_changes_activity(read):
    (event,) = read("Gang members handed out food parcels to families in Kupiansk on Monday.")
    assert _types([event]) == [("Strategic developments", "Change to group/activity")]


def test_a_charity_handing_out_food_is_no_event(read):
    assert read("Volunteers handed out food parcels to families in Kupiansk on Monday.") == []


def test_a_government_handing_out_rifles_changes_activity(read):
    (event,) = read("The government began distributing rifles to volunteers in Kupiansk on"
                    " Monday.")
    assert _types([event]) == [("Strategic developments", "Change to group/activity")]


def test_a_prison_break_is_an_event_with_no_violence_told(read):
    (event,) = read("On Monday, more than 40 inmates escaped from the central prison in"
                    " Kupiansk.")
    assert _types([event]) == [("Strategic developments", "Other")]


def test_raiders_who_shoot_residents_attack_them(read):
    (event,) = read("Gunmen raided the village of Kimakpa in Bassa, Plateau state, Nigeria, on"
                    " Saturday, burning houses and shooting residents as they fled.")
    assert event.event_type == "Violence against civilians"


def test_an_unplaced_arrest_after_a_protest_brings_its_figures_to_it(read):
    (event,) = read("Police fired tear gas at thousands of protesters in Tbilisi, Georgia, on"
                    " Monday.\n\nThe interior ministry said 63 people were detained and 11"
                    " police officers injured.")
    assert (event.sub_event_type, event.injured) == ("Protest with intervention", 11)


def test_a_truce_carries_no_dead_of_the_fighting_before_it(read):
    events = read("Elders brokered a seven-day ceasefire between rival tribes in Kurram,"
                  " Pakistan, on Sunday after clashes that killed at least 82 people.")
    truce = next(e for e in events if e.sub_event_type == "Agreement")
    assert truce.fatalities is None


def test_an_attack_with_rifles_and_grenades_on_a_post_is_one_battle_its_claimant_fought(read):
    (event,) = read("Militants armed with rifles and grenades attacked a police post in Lakki"
                    " Marwat, Pakistan, late on Tuesday, killing three policemen. Police returned"
                    " fire and killed two attackers.\n\nThe Pakistani Taliban claimed"
                    " responsibility for the assault.")
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", 5)


def test_a_death_a_riot_followed_is_not_its_victim(read):
    (event,) = read("Angry residents burned down a police station in Kasese, Uganda, on Monday"
                    " after a suspect died in custody.")
    assert (event.event_type, event.fatalities) == ("Riots", None)


def test_fighting_told_after_a_retaking_is_its_own(read):
    (event,) = read("Government troops recaptured the town of Baidoa, Somalia, on Saturday after"
                    " heavy fighting that left 12 militants dead.")
    assert event.fatalities == 12


def test_people_killed_in_an_attack_on_a_village_with_no_doer_named_is_an_attack(read):
    (event,) = read("Seventeen people were killed in an attack on a village near Kaya, Burkina"
                    " Faso, on Thursday.")
    assert (event.event_type, event.actor1, event.fatalities) == (
        "Violence against civilians", "Unidentified Armed Group (Burkina Faso)", 17)


def test_an_attack_on_a_post_with_no_doer_named_is_a_battle_with_its_defenders(read):
    (event,) = read("Four gendarmes were killed in an attack on a gendarmerie post near Kaya,"
                    " Burkina Faso, on Thursday.")
    assert event.event_type == "Battles"


def test_the_day_between_an_attack_and_its_target_leaves_it_an_attack_on_them(read):
    (event,) = read("An attack on Saturday on an army position near Kaya, Burkina Faso, killed"
                    " 17 soldiers.")
    assert (event.event_type, event.fatalities) == ("Battles", 17)


def test_a_heart_attack_or_a_ransomware_attack_is_no_event(read):
    assert read("A patient died after a ransomware attack on a hospital in Kaya, Burkina Faso,"
                " on Thursday. Two villagers died of heart attacks on a farm nearby.") == []


def test_the_doer_of_an_arrest_is_not_carried_to_killings_told_next(read):
    events = read("Soldiers arrested three suspects in Kaya, Burkina Faso, on Thursday, the army"
                  " said. Last week, 30 people were killed in attacks on villages near Kaya.")
    attack = next(e for e in events if e.event_type == "Violence against civilians")
    assert attack.actor1 == "Unidentified Armed Group (Burkina Faso)"


def test_military_intelligence_arrests_for_the_state(read):
    events = read("Drones struck a market in Kaya, Burkina Faso, on Thursday, killing six"
                  " people. In Ouagadougou, 20 volunteers were detained by military"
                  " intelligence on Friday.")
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrest.actor1 == "Military Forces of Burkina Faso"


def test_an_undated_report_in_a_later_paragraph_happened_on_the_story_s_day(read):
    events = read("Police fired tear gas at protesters in Accra, Ghana, on Tuesday.\n\n"
                  "In Kumasi, two protesters were shot dead by police, a doctor said.",
                  published=date(2025, 3, 14))
    assert {e.date for e in events} == {date(2025, 3, 11)}


def test_allies_joined_to_a_side_fight_beside_it(read):
    (event,) = read("The army and allied militias repelled an RSF assault on El Obeid, Sudan,"
                    " on Monday.")
    # the attack repelled is the RSF's: ACLED names its maker first
    assert (event.actor1, event.actor2) == ("Rapid Support Forces", "Military Forces of Sudan")


def test_a_report_at_a_place_the_gazetteer_lacks_joins_no_event_told_after_it(read):
    events = read("Troops clashed with rebels near the village of Zorgotobu, about 50 km north,"
                  " on Thursday, killing five.\n\nIn Rakhine, the Arakan Army said on Friday it had"
                  " captured an army base in Kyauktaw township, Myanmar.")
    captured = next(e for e in events if e.location.name == "Kyauktaw")
    assert captured.fatalities is None


def test_fighters_who_surrender_make_an_agreement(read):
    (event,) = read("Thirty militia fighters surrendered to the army in Bunia, Congo, on Monday"
                    " and handed over their rifles.")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Agreement")


def test_soldiers_who_defect_and_surrender_change_sides(read):
    (event,) = read("Two soldiers defected and surrendered to Al Shabaab in Jowhar, Somalia,"
                    " on Monday.")
    assert event.sub_event_type == "Change to group/activity"


def test_a_checkpoint_where_a_driver_was_beaten_is_no_target(read):
    (event,) = read("Soldiers beat a motorcyclist to death at a checkpoint in Beni, Congo, on"
                    " Monday.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_children_deported_by_occupying_troops_are_abducted(read):
    (event,) = read("Russian troops forcibly deported 15 children from Kherson, Ukraine, on"
                    " Monday.")
    assert (event.sub_event_type, event.actor1) == ("Abduction/forced disappearance",
                                                    "Military Forces of Russia")


def test_a_burundian_ruling_party_militia_is_named(read):
    (event,) = read("Imbonerakure members beat three opposition supporters in Gitega, Burundi,"
                    " on Monday.")
    assert (event.event_type, event.actor1) == ("Violence against civilians", "Imbonerakure")


def test_people_rounded_up_for_a_rally_are_political_arrests(read):
    (event,) = read("Forty people were rounded up by security forces in Harare, Zimbabwe, on"
                    " Monday for taking part in a banned rally.")
    assert event.sub_event_type == "Arrests"


def test_a_mass_grave_found_is_a_strategic_development(read):
    (event,) = read("A mass grave holding the bodies of 30 villagers was uncovered in Izium,"
                    " Ukraine, on Monday.")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")


def test_tanks_captured_are_disrupted_weapons_use(read):
    (event,) = read("Ukrainian troops captured three Russian tanks near Chernihiv, Ukraine, on"
                    " Monday.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_a_field_headquarters_set_up_is_a_base(read):
    (event,) = read("Russian forces set up a field headquarters in a school in Hostomel,"
                    " Ukraine, on Monday.")
    assert event.sub_event_type == "Headquarters or base established"


def test_a_bomb_that_goes_off_as_its_planters_lay_it_is_disrupted(read):
    (event,) = read("A roadside bomb exploded while militants were planting it near Afgoye,"
                    " Somalia, on Monday, killing two of them.")
    assert (event.sub_event_type, event.location.name) == ("Disrupted weapons use", "Afgooye")


def test_fire_on_an_evacuation_convoy_is_violence_against_civilians(read):
    (event,) = read("Russian troops opened fire on an evacuation convoy near Bucha, Ukraine, on"
                    " Monday, wounding four civilians.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_man_seized_for_ransom_is_abducted(read):
    (event,) = read("Gunmen seized a trader from his car in Kaduna, Nigeria, on Monday and"
                    " demanded a ransom.")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_boys_recruited_by_force_are_abducted(read):
    (event,) = read("Al Shabaab forcibly recruited 20 boys from a school in Jowhar, Somalia, on"
                    " Monday.")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_residents_ill_treated_by_soldiers_are_attacked(read):
    (event,) = read("Soldiers ill-treated residents during a search operation in Bamenda,"
                    " Cameroon, on Monday.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_soldiers_extorting_traders_loot(read):
    (event,) = read("Soldiers extorted money from traders at a checkpoint near Bunia, Congo, on"
                    " Monday.")
    assert event.sub_event_type == "Looting/property destruction"


def test_mines_cleared_are_disrupted_weapons_use(read):
    (event,) = read("Deminers removed 200 mines and unexploded shells in Bucha, Ukraine, on"
                    " Monday.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_fighters_massing_for_an_attack_have_not_attacked(read):
    (event,) = read("Al Shabaab militants gathered in large numbers near Jowhar, Somalia, on"
                    " Monday, preparing for an attack.")
    assert event.sub_event_type == "Change to group/activity"


def test_troops_closing_a_city_to_its_people_is_a_strategic_development(read):
    (event,) = read("Russian forces blocked the road out of Mariupol, Ukraine, on Monday, not"
                    " allowing civilians to leave the city.")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")


def test_a_community_leader_murdered_by_no_one_named_is_attacked(read):
    (event,) = read("A community leader was murdered in Tumaco, Colombia, on Monday.")
    assert (event.event_type, event.actor1) == ("Violence against civilians",
                                               "Unidentified Armed Group (Colombia)")


def test_a_mayor_killed_in_a_car_crash_is_no_event(read):
    assert read("The mayor of Tumaco, Colombia, was killed in a car crash on Monday.") == []


def test_the_body_of_an_activist_found_is_an_attack(read):
    (event,) = read("The body of a missing activist was found in a ditch in Tumaco, Colombia,"
                    " on Monday.")
    assert event.sub_event_type == "Attack"


def test_a_man_killed_by_gunfire_is_attacked(read):
    (event,) = read("A man was killed by gunfire in Culiacan, Mexico, on Monday.")
    assert (event.event_type, event.fatalities) == ("Violence against civilians", 1)


def test_a_journalist_shot_is_the_civilian_hit(read):
    (event,) = read("A journalist was shot and wounded in Port-au-Prince, Haiti, on Monday.")
    assert event.actor2 == "Civilians (Haiti)"


@pytest.mark.parametrize("text", [
    "Russian forces concentrated troops and armour near Izium, Ukraine, on Monday.",
    "Al Shabaab fighters took up positions near Jowhar, Somalia, on Monday.",
    "Al Shabaab militants entered Afgoye, Somalia, briefly on Monday and left without incident.",
    "Russian military equipment was transferred by rail to Belgorod, Russia, on Monday.",
    "Armed Al Shabaab militants were reported in Jowhar, Somalia, on Monday.",
])
def test_forces_moving_change_their_activity(read, text):
    assert _types(read(text)) == [("Strategic developments", "Change to group/activity")]


def test_a_drone_forced_to_land_is_intercepted(read):
    (event,) = read("Ukrainian electronic warfare units forced a Russian drone to land near"
                    " Mykolaiv, Ukraine, on Monday.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_civilians_relocated_are_displaced(read):
    (event,) = read("Civilians were relocated from Lysychansk to Dnipro, Ukraine, on Monday.")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")


def test_the_day_and_year_of_a_date_are_not_the_dead():
    assert read_counts("On 5 March 2022, residents of Bucha were killed by troops")[0] is None
    assert read_counts("On March 5, 2022, civilians were killed")[0] is None
    assert read_counts("On 5 March 2022, 12 residents were killed")[0] == 12


def test_casualties_told_after_a_paragraph_refers_to_an_attack_are_its_own(read):
    (event,) = read("Gunmen stormed the town of Dori, Burkina Faso, on Monday, setting fire to"
                    " the gendarmerie post.\n\nThe attack lasted several hours, according to"
                    " the army. At least seven people were killed, a local official said.")
    assert event.fatalities == 7


def test_police_retaking_a_town_from_gangs_regain_it(read):
    (event,) = read("Police reinforcements regained control of the centre of Cabaret, Haiti, on"
                    " Tuesday after a firefight with gang members.")
    assert (event.sub_event_type, event.actor1) == ("Government regains territory",
                                                    "Police Forces of Haiti")


def test_police_retaking_a_prison_wing_take_no_territory(read):
    events = read("Police regained control of the prison wing in Cabaret, Haiti, on Tuesday.")
    assert "Government regains territory" not in {e.sub_event_type for e in events}


def test_a_blame_after_a_denied_claim_names_the_doer(read):
    (event,) = read("A bomb damaged a power line near Tumaco, Colombia, on Sunday. No group"
                    " claimed the attack, but the army blamed the ELN.")
    assert event.actor1 == "ELN: National Liberation Army"


def test_an_attack_only_partly_intercepted_is_the_attack(read):
    (event,) = read("Houthi forces launched a salvo of missiles at the port city of Ashdod, Israel,"
                    " on Monday; some of them were shot down, the army said.")
    assert event.event_type == "Explosions/Remote violence"
    (event,) = read("Militants fired rockets at Sderot, Israel, on Monday, and most of them were"
                    " intercepted.")
    assert event.event_type == "Explosions/Remote violence"


def test_a_named_group_after_a_possessive_country_is_the_group_not_people(read):
    (event,) = read("Myanmar's People's Defence Force attacked an army outpost near Monywa,"
                    " Myanmar, on Monday.")
    assert event.actor1 == "PDF: People's Defense Force"
    assert event.event_type == "Battles"


def test_a_national_army_named_people_s_defence_forces_is_that_state_s_military(read):
    (event,) = read("The Uganda People's Defence Forces clashed with ADF rebels near Kasese,"
                    " Uganda, on Monday.")
    assert event.actor1 == "Military Forces of Uganda"


def test_fighters_neutralised_by_the_army_are_killed(read):
    (event,) = read("Soldiers neutralised 14 terrorists in an operation near Djibo, Burkina Faso,"
                    " on Monday, the army said.")
    assert (event.event_type, event.fatalities) == ("Battles", 14)
    (event,) = read("Jihadists ambushed an army patrol near Menaka, Mali, on Monday, killing"
                    " five soldiers. The army said 20 assailants were neutralised in the"
                    " response.")
    assert event.fatalities == 25


def test_a_total_across_the_country_is_not_the_victims_of_the_last_event(read):
    events = read("Police fired tear gas at protesters in Kampala, Uganda, on Tuesday. Peaceful"
                  " marches were also held in Gulu and Mbarara. A rights group said at least 40"
                  " people were injured nationwide on Tuesday.")
    assert [e.injured for e in events] == [None, None, None]


def test_an_event_at_a_village_the_gazetteer_lacks_is_placed_in_the_story_s_region(read):
    events = read("Insurgents burned a school in Cabo Delgado province, Mozambique, on Monday."
                  "\n\nSoldiers clashed with the insurgents near Zorgotobu on Tuesday, killing"
                  " five fighters.\n\nThe insurgency has killed more than 6,000 people since"
                  " 2017.")
    clash = next(e for e in events if e.event_type == "Battles")
    assert (clash.location.name, clash.geo_precision, clash.fatalities) == (
        "Cabo Delgado", 3, 5)


def test_what_a_conflict_has_since_killed_is_no_event_s_toll(read):
    events = read("Rwandan troops clashed with insurgents near Mocimboa da Praia on Monday,"
                  " killing nine fighters.\n\nThe insurgency began in October 2017 with an attack"
                  " on police stations in Mocimboa da Praia and has since killed more than 6,000"
                  " people.", published=date(2025, 6, 10))
    clash = next(e for e in events if e.event_type == "Battles")
    assert clash.fatalities == 9


def test_a_group_saying_it_carried_out_the_attack_claims_it_and_adds_no_event(read):
    events = read("A car bomb exploded outside a police station in Baidoa, Somalia, on Monday,"
                  " killing four officers. Al-Shabaab said it carried out the attack.")
    assert [(e.event_type, e.actor1) for e in events] == [
        ("Explosions/Remote violence", "Al Shabaab")]


def test_a_group_accused_of_killings_over_the_years_is_no_event(read):
    events = read("Soldiers clashed with militiamen near Bunia, Ituri, on Monday, killing three."
                  "\n\nThe militia has been accused of killing hundreds of villagers in the"
                  " province since 2018.")
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 3)]


def test_police_charging_protesters_with_batons_is_an_intervention(read):
    (event,) = read("Hundreds of teachers marched on the education ministry in Nairobi, Kenya,"
                    " on Tuesday to demand higher pay. Police charged the teachers with batons.")
    assert (event.sub_event_type, event.actor2) == (
        "Protest with intervention", "Police Forces of Kenya")


def test_clashes_that_left_people_dead_are_an_armed_clash_of_unnamed_sides(read):
    (event,) = read("Clashes in Misrata on Sunday left nine people dead.")
    assert (event.event_type, event.sub_event_type, event.fatalities) == (
        "Battles", "Armed clash", 9)
    assert event.actor1 == "Unidentified Armed Group (Libya)"


def test_people_killed_in_fighting_are_the_toll_of_an_armed_clash(read):
    (event,) = read("Eleven people were killed in fighting in Sirte on Sunday.")
    assert (event.event_type, event.fatalities) == ("Battles", 11)


@pytest.mark.parametrize(("text", "dead"), [
    ("A bombing at a market in Baidoa on Sunday killed seven people.", 7),  # no aircraft
    ("Sunday's car bombing in Kismayo claimed the lives of six people.", 6),
    ("An explosion near a mosque in Kismayo on Sunday left five dead.", 5),
])
def test_a_bombing_or_explosion_that_killed_is_a_remote_explosive(read, text, dead):
    (event,) = read(text)
    assert (event.sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", dead)


def test_soldiers_killed_in_an_ambush_fell_in_an_armed_clash(read):
    (event,) = read("Six soldiers were killed in an ambush near Mopti on Sunday.")
    assert (event.event_type, event.fatalities) == ("Battles", 6)


def test_an_explosion_at_a_fertiliser_plant_is_no_event(read):
    assert read("Four workers were killed in an explosion at a fertiliser plant in Kismayo"
                " on Sunday.") == []


def test_rival_fans_who_clash_riot(read):
    (event,) = read("Clashes between rival fans in Misrata on Sunday left four people injured.")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")


def test_a_toll_of_clashes_since_a_year_is_no_event(read):
    assert read("More than 300 people have been killed in clashes in Ituri province"
                " since 2021.") == []


def test_militants_who_overran_a_checkpoint_fought_a_battle_as_actor1(read):
    (event,) = read("Jihadists overran a police checkpoint near Menaka on Sunday, killing four"
                    " officers.")
    assert (event.event_type, event.actor1) == ("Battles", "Unidentified Armed Group (Mali)")


def test_masked_men_who_beat_a_reporter_are_an_armed_group_attacking_a_civilian(read):
    (event,) = read("Masked men beat a reporter outside his home in Benghazi on Sunday.")
    assert (event.event_type, event.actor1) == (
        "Violence against civilians", "Unidentified Armed Group (Libya)")


def test_people_who_died_in_clashes_fell_in_them_and_did_not_riot(read):
    (event,) = read("Eight people died in clashes in Zawiya on Sunday.")
    assert (event.event_type, event.fatalities) == ("Battles", 8)


def test_clashes_that_wounded_people_are_an_armed_clash(read):
    (event,) = read("Clashes in Zawiya on Sunday wounded 17 people.")
    assert (event.event_type, event.injured) == ("Battles", 17)


@pytest.mark.parametrize("text", [
    "The Arakan Army captured a border post in Maungdaw on Monday.",
    "Rebels seized a police station in Bhamo on Monday.",
    "Insurgents overran an army checkpoint near Kaya on Monday.",
])
def test_taking_a_post_or_station_is_taking_ground(read, text):
    assert _types(read(text)) == [("Battles", "Non-state actor overtakes territory")]


@pytest.mark.parametrize("total", [
    "More than 900 people have been killed in the Kandahar area since October 2023.",
    "In October alone, 310 people were killed in attacks in Kandahar province.",
    "More than 2,000 people were killed in Kandahar between January and September.",
    "At least 40 police officers have been killed in the province over the same period.",
    "More than 6,000 civilians have been killed by security forces in Kandahar since then.",
    "Attacks killed at least 25 civilians in Kandahar province in 2024.",
    "More than 1,000 people were killed in the province in the last two years.",
])
def test_a_total_over_a_period_is_no_event_of_its_own(read, total):
    events = read("Gunmen killed two police officers in Kandahar on Monday.\n\n" + total)
    assert [(e.date, e.fatalities) for e in events] == [(date(2025, 5, 19), 2)]


def test_an_event_a_period_starts_with_is_still_an_event(read):
    events = read("A drone strike on Kharkiv killed two people on Monday.\n\n"
                  "It was the deadliest strike on the city since March, when a missile attack"
                  " killed nine people.")
    assert [(e.date_precision, e.fatalities) for e in events] == [("day", 2), ("month", 9)]


def test_casualties_during_the_fighting_are_the_last_battle_s_not_an_event_elsewhere(read):
    text = ("Islamist militants attacked an army post in Tillaberi on Sunday, killing 12"
            " soldiers.\n\n"
            "The group seized the town of Ayorou in March 2024 and killed 20 people there.\n\n"
            "During the fighting, three civilians were killed in the nearby town of Tera, a"
            " local official said.")
    events = read(text)
    assert [(e.event_type, e.date, e.fatalities) for e in events if e.date_precision == "day"
            ] == [("Battles", date(2025, 5, 18), 15)]
    assert "Tera" not in {e.location.name for e in events}


def test_a_told_event_retold_is_dated_by_its_day_not_by_the_day_it_was_told(read):
    text = ("Rebels attacked an army base in Tibu on Monday night, killing two soldiers.\n\n"
            "The attack on the base in Tibu began when fighters opened fire from the hills, a"
            " commander told reporters on Tuesday.")
    events = read(text)
    assert [(e.date, e.fatalities) for e in events] == [(date(2025, 5, 19), 2)]


def test_an_overnight_attack_and_its_retelling_as_late_the_day_before_are_one_event(read):
    text = ("Rebels killed 40 civilians in overnight attacks in North Kivu province, officials"
            " said on Wednesday.\n\n"
            "Attacks on the village of Mangina late Tuesday killed 40 people, a local leader said.")
    events = read(text)
    assert [(e.location.name, e.fatalities) for e in events] == [("Mangina", 40)]


def test_an_arrest_on_the_day_after_a_march_is_an_arrest_not_the_march_s_intervention(read):
    text = ("Militants killed 22 soldiers in Banibangou on Sunday.\n\n"
            "In Niamey, hundreds of people marched on Monday to support the army. Police on"
            " Tuesday arrested a journalist who had reported on the attack.")
    events = read(text, published=date(2025, 5, 21))
    assert [(e.sub_event_type, e.date) for e in events if e.location.name == "Niamey"] == [
        ("Peaceful protest", date(2025, 5, 19)), ("Arrests", date(2025, 5, 20))]


def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_not_the_event_s_place(read):
    text = ("An air strike on a monastery in the Sagaing region killed 18 civilians on Monday."
            " The strike also wounded 30 people, who were taken to hospitals in Monywa.")
    (event,) = read(text)
    assert (event.location.kind, event.injured) == ("admin1", 30)


def test_a_nationwide_protest_is_not_placed_at_a_town_its_sentence_names(read):
    text = ("Gunmen killed two police officers in Kandahar on Monday.\n\n"
            "The killing of a cleric in Herat in March triggered nationwide protests.")
    assert {e.event_type for e in read(text)} <= {"Violence against civilians", "Battles"}


def test_a_retelling_at_the_town_adds_to_the_event_told_in_the_district_named_for_it(read):
    text = ("A suicide bomber rammed a car into a police compound in Bannu district on Monday,"
            " killing 11 police officers.\n\n"
            "Monday's attack on the Bannu police lines also wounded 17 people, officials said.")
    (event,) = read(text)
    assert (event.fatalities, event.injured) == (11, 17)


def test_a_sentence_naming_a_bombing_refers_to_the_bombing_there_not_another_event(read):
    text = ("A suicide bomber killed 11 police officers in Bannu district on Monday.\n\n"
            "Clashes in Khyber Pakhtunkhwa province killed 12 soldiers in October 2024.\n\n"
            "The prime minister condemned the Bannu bombing.")
    events = read(text)
    assert [(e.date.year, len(e.sources)) for e in events] == [(2025, 2), (2024, 1)]


def test_an_event_dated_by_when_it_was_told_takes_the_day_a_retelling_gives_it(read):
    text = ("An air strike on a monastery in the Sagaing region killed 18 civilians, residents"
            " said on Tuesday.\n\n"
            "The jet dropped two bombs on the monastery in Shwebo at about 1 a.m. on"
            " Monday, a resident said.")
    assert [(e.date, e.fatalities) for e in read(text)] == [(date(2025, 5, 19), 18)]


def test_a_town_named_as_someone_s_office_is_not_where_he_was_arrested(read):
    events = read("Gangs killed 15 people in Lascahobas on Wednesday.\n\n"
                  "Police arrested a former mayor of Lascahobas in Port-au-Prince on Wednesday on"
                  " suspicion of supplying weapons to the gangs.")
    assert [e.location.name for e in events if e.sub_event_type == "Arrests"] == [
        "Port-au-Prince"]


def test_people_who_fled_a_town_are_whom_a_sentence_speaks_of_not_a_displacement(read):
    events = read("In North Darfur, the RSF shelled the town of Tawila on Saturday, killing three"
                  " people.\n\n"
                  "Tawila hosts hundreds of thousands of people who fled El Fasher.")
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


def test_car_bombs_before_gunmen_overran_the_base_are_part_of_that_assault(read):
    text = ("Al-Shabaab fighters attacked an army base in Jowhar with two car bombs on Wednesday"
            " before dozens of gunmen stormed the base and fought soldiers for hours.")
    assert [e.event_type for e in read(text)] == ["Battles"]


def test_casualties_during_the_fighting_in_a_named_town_are_the_battle_s(read):
    text = ("Al-Shabaab fighters clashed with soldiers in Jowhar on Wednesday, killing 17"
            " soldiers.\n\n"
            "During the fighting in Jowhar, a mortar landed on a house, killing a woman and her"
            " two children, residents said.")
    assert [(e.event_type, e.fatalities) for e in read(text)] == [("Battles", 20)]


@pytest.mark.parametrize("total", [
    "In September alone, more than 300 people were killed in the fighting, officials said.",
    "Bandits have abducted more than 4,000 people in Zamfara since 2024.",
    "Violence killed more than 3,500 people across Nigeria last year.",
])
def test_a_total_is_neither_an_event_nor_the_victims_of_the_fighting_told(read, total):
    events = read("Soldiers clashed with bandits in Zamfara on Monday, killing seven.\n\n" + total)
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 7)]


def test_a_clause_whose_subject_names_the_told_strike_retells_it(read):
    text = ("An Israeli drone strike on a car in Nabatieh killed three people on Friday.\n\n"
            "The strike in Nabatieh hit the car on a busy road near the main square, witnesses"
            " said. It also wounded eight passers-by.")
    assert [(e.event_type, e.fatalities, e.injured) for e in read(text)] == [
        ("Explosions/Remote violence", 3, 8)]


def test_a_nation_s_people_throwing_stones_at_soldiers_riot(read):
    (event,) = read("Palestinians threw stones at Israeli soldiers near Hebron on Friday.")
    assert (event.event_type, event.actor1, event.actor2) == (
        "Riots", "Rioters (Palestine)", "Military Forces of Israel")


def test_people_of_another_nation_at_the_demonstration_are_the_same_crowd(read):
    events = read("On Friday, rioters protesting against power cuts threw stones at soldiers in"
                  " Sidon. Syrians also took part in the demonstration.")
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (Lebanon)")]


def test_ground_is_taken_from_the_side_fought_in_another_clause(read):
    (event,) = read("Al-Shabaab fighters overran a military base in Afgooye on Sunday after a"
                    " fierce battle with government troops.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Non-state actor overtakes territory", "Al Shabaab", "Military Forces of Somalia")


def test_a_town_that_fell_to_rebels_was_taken_by_them(read):
    (event,) = read("The town of Uvira fell to the rebels on Monday after the army fled.")
    assert (event.sub_event_type, event.actor1) == (
        "Non-state actor overtakes territory",
        "Unidentified Armed Group (Democratic Republic of Congo)")


def test_villagers_who_attacked_each_other_are_rioters_on_both_sides(read):
    (event,) = read("Youths from two neighbouring villages attacked each other with stones near"
                    " Bawku on Sunday, wounding six people.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence", "Rioters (Ghana)", "Rioters (Ghana)")


def test_a_protest_against_something_that_turned_violent_is_a_riot(read):
    assert _types(read("A protest against fuel prices in Karachi turned violent on Monday.")) == [
        ("Riots", "Violent demonstration")]


def test_demonstrators_who_threw_stones_and_set_fire_to_a_station_make_one_riot(read):
    events = read("On Monday, youths demonstrated in Makeni against the arrest of a local"
                  " leader. The demonstrators threw stones at, and set fire to the police"
                  " station.")
    assert [(e.event_type, e.location.name) for e in events] == [("Riots", "Makeni")]


def test_people_a_mob_attacks_are_civilians_though_no_noun_says_so(read):
    (event,) = read("A mob lynched a man suspected of stealing a motorcycle in Kano on Sunday.")
    assert (event.sub_event_type, event.actor2) == ("Mob violence", "Civilians (Nigeria)")


@pytest.mark.parametrize(("text", "expected"), [
    ("Armed men seized three aid workers in Kutum on Saturday.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Cattle belonging to herders in Bama were stolen by Boko Haram fighters on Sunday.",
     ("Strategic developments", "Looting/property destruction")),
    ("Soldiers shot dead three people taking part in a peaceful march in Mandalay on Sunday.",
     ("Protests", "Excessive force against protesters")),
    ("An al-Shabaab commander was captured by Somali special forces near Kismayo on Monday.",
     ("Strategic developments", "Arrests")),
    ("Police arrest 30 suspected gang members in raids across Port-au-Prince on Monday.",
     ("Strategic developments", "Arrests")),
    ("The RSF established a new command centre in Nyala on Sunday, residents said.",
     ("Strategic developments", "Headquarters or base established")),
    ("Al-Shabaab imposed a ban on mobile phones in Jilib on Friday, residents said.",
     ("Strategic developments", "Other")),
    ("Supporters of a losing candidate set fire to the electoral commission's office in Kisumu"
     " on Friday.", ("Riots", "Mob violence")),
])
def test_acts_told_in_other_words_keep_their_type(read, text, expected):
    assert _types(read(text)) == [expected]


def test_ground_retaken_after_a_clash_is_retaken_by_the_side_that_fought(read):
    (event,) = read("On Sunday, Somali troops clashed with al-Shabaab fighters in Jowhar. After"
                    " the clash, the town was recaptured from the militants.")
    assert (event.sub_event_type, event.actor1) == (
        "Government regains territory", "Military Forces of Somalia")


def test_ground_retaken_from_the_doer_told_before_is_not_taken_by_it(read):
    events = read("On Monday, Russian forces clashed with Ukrainian troops near Kupiansk. After"
                  " the fighting the town was liberated from Russian forces.")
    assert _types(events) == [("Battles", "Armed clash")]


@pytest.mark.parametrize("text", [
    "On Sunday, Russian forces tried to capture the village of Robotyne, but Ukrainian troops"
    " repelled the assault.",
    "On Sunday, JNIM militants attempted to seize the town of Djibo but were pushed back by"
    " soldiers.",
])
def test_a_capture_attempted_and_repelled_takes_no_ground(read, text):
    assert _types(read(text)) == [("Battles", "Armed clash")]


@pytest.mark.parametrize("text", [
    "Insurgents tried to overrun a police outpost outside Mocimboa da Praia on Thursday.",
    "On Thursday, insurgents attempted to storm the army barracks in Mocimboa da Praia, but"
    " soldiers beat back the assault.",
])
def test_an_attempt_to_storm_a_base_is_one_armed_clash(read, text):
    assert _types(read(text)) == [("Battles", "Armed clash")]


def test_a_clash_between_two_states_forces_names_the_first_as_actor1(read):
    (event,) = read("Clashes took place between the Russian and Ukrainian forces near Izyum on"
                    " Monday.")
    assert (event.actor1, event.actor2) == (
        "Military Forces of Russia", "Military Forces of Ukraine")


def test_people_beaten_to_death_after_the_verb_are_counted(read):
    (event,) = read("Villagers beat to death two men accused of witchcraft in Kyotera on"
                    " Saturday.")
    assert (event.sub_event_type, event.fatalities) == ("Mob violence", 2)


@pytest.mark.parametrize(("text", "actor2"), [
    ("RSF fighters looted the market in Sennar on Saturday, residents said.", "Civilians (Sudan)"),
    ("Gunmen looted a police station in Kaduna on Monday.", None),
])
def test_what_is_looted_is_civilians_unless_it_is_a_force_s_site(read, text, actor2):
    (event,) = read(text)
    assert (event.sub_event_type, event.actor2) == ("Looting/property destruction", actor2)


@pytest.mark.parametrize("text", [
    "The junta has increasingly relied on air strikes to stop rebel advances in Chin State.",
    "Armed groups have been known to set up roadblocks to tax traders around Bunia.",
    "Every year, dozens of herders are killed in cattle raids in Jonglei State.",
    "The police in Lagos have a long history of shooting at unarmed demonstrators.",
    "Zamfara has been plagued by armed gangs, locally called bandits, who raid villages, kill"
    " residents and kidnap for ransom.",
])
def test_a_habit_tendency_or_policy_is_no_event(read, text):
    assert read(text) == []


def test_a_dated_event_beside_a_habit_is_still_read(read):
    events = read("Israeli settlers attacked farmers near Nablus on Sunday. Such attacks have"
                  " increasingly targeted the olive harvest.")
    assert [(e.event_type, str(e.date)) for e in events] == [
        ("Violence against civilians", "2025-05-18")]


@pytest.mark.parametrize(("text", "actors"), [
    ("Sudan's army and the RSF clashed in Omdurman on Tuesday.",
     ("Military Forces of Sudan", "Rapid Support Forces")),
    ("Ethiopia's federal troops and Fano militiamen fought in Gondar on Sunday.",
     ("Military Forces of Ethiopia", "Fano Militia")),
])
def test_two_sides_named_as_one_subject_of_a_fight_keep_their_order(read, text, actors):
    (event,) = read(text)
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize(("text", "actor2"), [
    ("JNIM fighters seized the town of Tessit on Friday after the soldiers retreated.",
     "Military Forces of Mali"),
    ("The Arakan Army captured Buthidaung on Saturday after the junta's troops fled.",
     "Military Forces of Myanmar"),
])
def test_ground_is_taken_from_the_side_that_fled_it(read, text, actor2):
    (event,) = read(text)
    assert (event.sub_event_type, event.actor2) == ("Non-state actor overtakes territory", actor2)


@pytest.mark.parametrize("text", [
    "Two children were killed when a landmine exploded near their home in Mandera on Monday.",
    "A grenade exploded at a bus stop in Bujumbura on Friday, killing one person.",
])
def test_people_a_bomb_killed_are_civilians(read, text):
    (event,) = read(text)
    assert (event.event_type, event.actor2.split(" (")[0]) == (
        "Explosions/Remote violence", "Civilians")


def test_a_shelled_town_where_no_one_was_hurt_names_no_civilians(read):
    (event,) = read("Russian forces shelled Kupiansk with Grad rockets on Monday, damaging a"
                    " warehouse.")
    assert event.actor2 is None


def test_people_named_by_what_they_are_doing_who_burn_a_bus_riot(read):
    assert _types(read("Angry commuters set fire to a bus in Dhaka on Monday after it ran over a"
                       " student.")) == [("Riots", "Mob violence")]


@pytest.mark.parametrize("text", [
    "The M23 freed 12 captured soldiers in Goma on Tuesday in exchange for detained rebels.",
    "Houthi rebels freed 20 government soldiers in Marib on Monday as part of a prisoner swap.",
    "The government released 300 Taliban prisoners in Kabul on Tuesday.",
])
def test_a_release_of_captives_is_other_also_in_an_exchange(read, text):
    assert _types(read(text)) == [("Strategic developments", "Other")]


def test_a_prison_break_told_with_the_attack_on_the_prison_is_that_attack(read):
    (event,) = read("Hundreds of inmates escaped from the central prison in Butembo after an"
                    " attack by unidentified armed men on Sunday.")
    assert (event.event_type, event.actor1) == (
        "Violence against civilians", "Unidentified Armed Group (Democratic Republic of Congo)")


@pytest.mark.parametrize("text", [
    "Relatives said security agents took the activist from his home in Harare on Tuesday and"
    " his whereabouts remain unknown.",
    "Soldiers detained the journalist in Bamako on Tuesday; his whereabouts are still unknown.",
])
def test_people_taken_by_state_agents_to_no_known_place_are_disappeared(read, text):
    (event,) = read(text)
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_a_fugitive_whose_whereabouts_are_unknown_is_no_event(read):
    assert read("The suspect fled after the robbery in Nairobi on Tuesday and his whereabouts"
                " are unknown.") == []


@pytest.mark.parametrize(("text", "actor2"), [
    ("Soldiers were attacked near Bannu on Friday.", "Military Forces of Pakistan"),
    ("A military convoy came under fire near Bannu on Friday.", "Military Forces of Pakistan"),
    ("A police checkpoint was attacked near Bannu on Friday.", "Police Forces of Pakistan"),
    # where the forces were sent, or what they were doing, stands between them and the verb
    ("Troops deployed to the district on Thursday came under fire near Bannu on Friday.",
     "Military Forces of Pakistan"),
    ("Soldiers patrolling the road near Bannu were attacked on Friday.",
     "Military Forces of Pakistan"),
])
def test_forces_attacked_by_no_one_named_fight_an_unidentified_group(read, text, actor2):
    (event,) = read(text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Unidentified Armed Group (Pakistan)", actor2)


def test_forces_under_rocket_fire_are_hit_not_firing(read):
    (event,) = read("An army convoy came under heavy rocket fire near Bannu on Friday.")
    assert (event.sub_event_type, event.actor2) == ("Shelling/artillery/missile attack",
                                                    "Military Forces of Pakistan")


def test_a_separate_attack_adds_no_dead_to_the_event_before(read):
    (event,) = read("Gunmen attacked a police post in Bannu, Pakistan, on Friday, killing three"
                    " officers.\n\nIn a separate attack, two soldiers were killed.")
    assert event.fatalities == 3


def test_members_of_a_party_named_front_are_not_armed(read):
    (event,) = read("Police shot dead three members of the Patriotic Front party in Lusaka on"
                    " Friday.")
    assert event.event_type == "Violence against civilians"


def test_a_vessel_hit_after_a_forces_agency_is_named_is_no_battle(read):
    events = read("The British military's maritime trade agency said the vessel was hit on"
                  " Tuesday about 50 nautical miles southwest of Hodeidah.")
    assert "Battles" not in [e.event_type for e in events]


@pytest.mark.parametrize("text", [
    "The minister came under fire from critics in Islamabad on Friday.",
    "Police came under fire from rights groups in Lahore on Friday.",
    "Civilians were attacked near Bannu on Friday.",
])
def test_criticism_and_attacks_by_no_one_on_civilians_are_no_battle(read, text):
    assert [e.event_type for e in read(text)] in ([], ["Violence against civilians"])


def test_arms_destroyed_from_afar_are_a_strike_on_them(read):
    (event,) = read("Ukrainian forces destroyed a Russian ammunition depot near Donetsk with a"
                    " drone on Sunday.")
    assert (event.sub_event_type, event.actor2) == ("Air/drone strike",
                                                    "Military Forces of Russia")


def test_arms_destroyed_by_troops_on_the_ground_are_disrupted(read):
    (event,) = read("Troops destroyed an arms cache near Gao on Sunday.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_a_burned_mast_is_property_destroyed(read):
    (event,) = read("Al-Shabaab militants burned down a telecommunications mast in Bardere on"
                    " Wednesday.")
    assert event.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize("where", ["in the village of Tawori",
                                   "in the village of Tawori in the Est region"])
def test_a_separate_incident_at_an_unknown_village_takes_no_other_events_place(read, where):
    events = read("Jihadi fighters attacked an army base in Djibo, Burkina Faso, on Sunday,"
                  " killing 30 soldiers.\n\nIn a separate incident on Saturday, gunmen killed"
                  f" five civilians {where}, a local official said.")
    assert [(e.event_type, e.fatalities, len(e.sources)) for e in events] == [("Battles", 30, 1)]


def test_a_government_handing_over_ground_transfers_it_to_the_side_that_takes_it(read):
    # ACLED's first actor of a transfer is the side that takes the ground
    (event,) = read("The Syrian government handed over control of the Tabqa dam to Kurdish-led"
                    " forces on Thursday.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Non-violent transfer of territory", "SDF: Syrian Democratic Forces",
        "Government of Syria")
    assert event.notes.startswith("Territory taken over without fighting by SDF: Syrian"
                                  " Democratic Forces from Government of Syria")


@pytest.mark.parametrize(("text", "actors"), [
    ("Russian troops withdrew from the town of Huliaipole on Thursday without a fight.",
     ("Military Forces of Ukraine", "Military Forces of Russia")),
    ("Ukrainian troops retook the town of Huliaipole on Thursday. No fighting was reported.",
     ("Military Forces of Ukraine", "Military Forces of Russia")),
    ("Malian troops withdrew from the town of Tessalit on Thursday.",
     ("Unidentified Armed Group (Mali)", "Military Forces of Mali")),
    ("Al Shabaab fighters withdrew from the town of Jowhar on Thursday.",
     ("Military Forces of Somalia", "Al Shabaab")),
])
def test_ground_left_to_no_one_named_goes_to_the_state_at_war_with_the_side_leaving(
        read, text, actors):
    (event,) = read(text)
    assert (event.sub_event_type, (event.actor1, event.actor2)) == (
        "Non-violent transfer of territory", actors)


def test_a_government_withdrawing_an_envoy_transfers_no_ground(read):
    assert read("The government withdrew its ambassador from Paris on Thursday.") == []


@pytest.mark.parametrize("text", [
    "The rebels withdrew from Bunia on Sunday, and soldiers entered the town unopposed.",
    "Government troops left their base in Hpakant on Thursday, and Kachin Independence Army"
    " fighters moved in without firing a shot.",
    "Soldiers withdraw from Menaka as rebels take over unopposed",
])
def test_ground_left_by_one_side_and_entered_by_the_other_is_one_transfer(read, text):
    assert _types(read(text)) == [("Strategic developments", "Non-violent transfer of territory")]


@pytest.mark.parametrize("text", [
    "Masked men bundled a journalist into a car in Karachi on Monday and drove off.",
    "Armed men took a local chief from his house in Dori on Tuesday night.",
    "Gunmen snatched two engineers from a construction site near Tillaberi on Sunday.",
    "Unidentified gunmen forced a businessman into a vehicle outside his shop in Maiduguri on"
    " Monday.",
])
def test_people_an_armed_group_takes_away_are_abducted(read, text):
    assert _types(read(text)) == [("Violence against civilians", "Abduction/forced disappearance")]


@pytest.mark.parametrize("text", [
    "Thirty pupils were taken from their boarding school in Kaura Namoda by armed bandits on"
    " Friday night.",
    "Two nuns were seized by gunmen on the road outside Maiduguri on Monday.",
    "Two priests who vanished near Zaria on Thursday are being held by kidnappers, their"
    " bishop said.",
    "Gunmen carried off six farmers from their fields near Tillaberi on Sunday.",
])
def test_people_taken_by_armed_men_told_in_the_passive_are_abducted(read, text):
    assert _types(read(text)) == [("Violence against civilians", "Abduction/forced disappearance")]


def test_vehicles_taken_by_militants_are_no_abduction(read):
    assert ("Violence against civilians", "Abduction/forced disappearance") not in _types(read(
        "Troops recovered three pickups near Jowhar on Tuesday that were taken by militants"
        " last month."))


def test_suspects_taken_into_custody_by_police_are_no_abduction(read):
    assert ("Violence against civilians", "Abduction/forced disappearance") not in _types(read(
        "Four suspects were taken to a station in Harare by police officers on Monday."))


def test_police_who_push_protesters_into_vans_arrest_them(read):
    assert ("Violence against civilians", "Abduction/forced disappearance") not in _types(read(
        "Police pushed 20 students into vans in Harare on Monday and took them to a station."))


def test_a_group_that_reports_an_attack_with_no_named_doer_claims_it(read):
    (event,) = read("A roadside bomb struck an army truck near Kismayo on Monday, killing three"
                    " soldiers, al-Shabaab said.")
    assert (event.sub_event_type, event.actor1) == ("Remote explosive/landmine/IED", "Al Shabaab")


def test_a_group_that_reports_a_strike_from_the_air_does_not_claim_it(read):
    (event,) = read("A drone strike killed three civilians near Jilib on Monday, al-Shabaab said.")
    assert event.actor1 != "Al Shabaab"


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops battle bandits in Zurmi, killing 23", ("Battles", "Armed clash")),
    ("Students throw stones at police in Nairobi", ("Riots", "Mob violence")),
])
def test_a_headline_in_the_present_tense_is_read(read, text, expected):
    assert _types(read(text)) == [expected]


def test_a_grenade_that_wounded_people_is_a_grenade_attack(read):
    (event,) = read("A grenade thrown into a crowded market in Imphal on Tuesday wounded seven"
                    " shoppers.")
    assert (event.sub_event_type, event.actor2) == ("Grenade", "Civilians (India)")


def test_people_who_died_when_a_shell_hit_are_its_civilians(read):
    (event,) = read("Five civilians died when a mortar shell hit their house in Kadugli on"
                    " Saturday.")
    assert (event.sub_event_type, event.actor2) == (
        "Shelling/artillery/missile attack", "Civilians (Sudan)")


def test_people_who_died_when_a_rocket_hit_are_civilians_with_no_noun_of_theirs(read):
    (event,) = read("Two brothers died when a rocket hit their home in Kharkiv on Sunday.")
    assert event.actor2 == "Civilians (Ukraine)"


@pytest.mark.parametrize("text", [
    "Opposition parties called a general strike in Nairobi for Friday.",
    "Unions have called for protests in Lagos next week.",
    "The opposition urged supporters to join protests in Kampala on Thursday.",
])
def test_a_protest_called_for_is_no_event_yet(read, text):
    assert read(text) == []


def test_a_call_for_a_strike_made_at_a_protest_leaves_the_protest(read):
    (event,) = read("Protesters blocked roads in Nairobi on Monday and called for a general"
                    " strike.")
    assert event.event_type == "Protests" and event.location.name == "Nairobi"


@pytest.mark.parametrize("text", [
    "Gunmen killed five people in Kadawa village in Gusau on Sunday.",
    "Gunmen killed five people in the village of Kadawa in Gusau on Sunday.",
    "Gunmen killed five people in Kadawa, a village in Gusau district, on Sunday.",
])
def test_a_village_the_gazetteer_lacks_places_its_event_near_the_town_named(read, text):
    (event,) = read(text)
    assert (event.location.name, event.geo_precision) == ("Gusau", 2)


@pytest.mark.parametrize("text", [
    "Some 200 miners assembled in the main square of Arequipa on Friday to call for the release"
    " of their union leader.",
    "Hundreds of dock workers gathered at the port gates in Callao, in the province of Callao,"
    " on Friday, demanding months of overdue wages.",
])
def test_people_who_assemble_to_demand_something_protest(read, text):
    assert _types(read(text)) == [("Protests", "Peaceful protest")]


def test_pilgrims_who_converge_to_mark_a_feast_are_no_protest(read):
    assert read("Thousands of pilgrims converged on Karbala on Friday to mark a religious"
                " anniversary.") == []


def test_worshippers_who_gather_at_a_mosque_to_mark_a_feast_are_no_protest(read):
    assert read("Tens of thousands of worshippers gathered at the grand mosque in Jakarta on"
                " Monday to mark Eid al-Adha.") == []


def test_a_crowd_outside_a_cathedral_for_easter_mass_is_no_protest(read):
    assert read("Thousands of faithful gathered outside the cathedral in Addis Ababa on"
                " Sunday for Easter mass.") == []


def test_worshippers_who_gather_after_prayers_with_a_demand_still_protest(read):
    events = read("Hundreds of worshippers gathered outside a mosque in Dhaka on Friday after"
                  " Friday prayers to demand the release of a detained imam.")
    assert _types(events) == [("Protests", "Peaceful protest")]


def test_delegates_assembling_to_elect_a_leader_are_no_protest(read):
    assert read("Party delegates assembled in Cusco on Friday to elect a new leader.") == []


def test_a_square_the_gazetteer_lacks_places_its_event_in_the_town(read):
    (event,) = read("Protesters gathered at Habima Square in Tel Aviv on Sunday.")
    assert (event.location.name, event.geo_precision) == ("Tel Aviv", 1)


def test_a_village_placed_by_its_bracketed_district_is_the_site_not_the_district(read):
    (event,) = read("Gunmen killed five people in Kadawa (Gusau, Zamfara) on Sunday.")
    assert (event.location.name, event.geo_precision) == ("Gusau", 2)


def test_a_place_named_with_its_unit_word_keeps_its_bracketed_region_from_the_site(read):
    (event,) = read("Unidentified gunmen shot and wounded the mayor of Tangail municipality"
                    " (Dhaka) on Monday.")
    assert (event.location.name, event.location.kind) == ("Tangail", "admin2")


def test_where_a_vehicle_fired_on_was_going_does_not_place_the_attack(read):
    (event,) = read("Russian forces fired on a bus carrying evacuees from Mariupol to"
                    " Zaporizhzhia near Vasylivka on Tuesday.")
    assert event.location.name == "Vasylivka"


def test_a_train_named_for_two_towns_does_not_place_the_event_at_either(read):
    (event,) = read("Russian forces shelled a Kharkiv-Lviv passenger train in the Poltava region"
                    " on Tuesday.")
    assert event.location.admin1_iso == "UA-53"


def test_people_named_by_their_trade_who_fight_officers_riot(read):
    assert _types(read("Hawkers clashed with municipal officers in Accra on Thursday as the"
                       " officers seized their goods.")) == [("Riots", "Mob violence")]


def test_an_event_dated_by_its_statement_takes_the_day_a_later_sentence_gives_it(read):
    (event,) = read("Gunmen killed four traders at a market in Sokoto, police said on Tuesday."
                    " The attack took place late on Sunday, witnesses said.")
    assert event.date == date(2025, 5, 18)
    (event,) = read("A drone hit a school in Kharkiv region, wounding five people, the governor"
                    " said on Tuesday. The strike on the school in Kharkiv happened on Monday.")
    assert event.date == date(2025, 5, 19)


def test_an_event_the_text_gives_no_day_takes_the_day_a_later_sentence_names_it_by(read):
    # the publication day stands in only until the text dates the event
    (event,) = read("At least 14 herders were killed in an ambush near Bor in Jonglei state,"
                    " officials said. Relatives buried the dead after the ambush on Sunday.")
    assert (event.event_type, event.date) == ("Violence against civilians", date(2025, 5, 18))
    (event,) = read("Gunmen killed six miners at a gold pit near Bor in Jonglei state, officials"
                    " said on Tuesday. Survivors fled after the ambush late on Sunday.")
    assert event.date in (date(2025, 5, 18), date(2025, 5, 19))


def test_fighting_that_has_killed_people_since_a_day_this_week_is_one_battle_of_that_day(read):
    (event,) = read("Clashes between rival militias in Jonglei state have killed at least 40"
                    " people since Saturday, officials said.")
    assert (event.event_type, event.fatalities, event.date) == ("Battles", 40, date(2025, 5, 17))
    # a toll of the days since, with no fighting named as its subject, is many events
    assert read("At least 40 people have been killed in Jonglei state since Saturday,"
                " officials said.") == []


def test_people_named_by_their_trade_who_storm_a_post_riot_not_an_armed_attack(read):
    (event,) = read("Fishermen stormed a coast guard post in Mombasa on Friday after a patrol"
                    " boat sank one of their boats.")
    assert (event.event_type, event.sub_event_type, event.actor1) == (
        "Riots", "Mob violence", "Rioters (Kenya)")


def test_fighting_that_went_on_as_the_event_happened_is_background(read):
    (event,) = read("A drone strike by government forces killed at least 15 civilians at a"
                    " market in the Amhara region on Tuesday, residents said, as fighting between"
                    " the army and Fano militias continued.")
    assert (event.sub_event_type, event.fatalities) == ("Air/drone strike", 15)


@pytest.mark.parametrize("verb", ["continued", "resumed"])
def test_clashes_that_continued_on_a_day_are_a_battle_that_day(read, verb):
    (event,) = read(f"Clashes {verb} in Bunia on Tuesday, killing five.")
    assert (event.event_type, event.date, event.fatalities) == ("Battles", date(2025, 5, 20), 5)


def test_troops_that_killed_gunmen_in_a_firefight_are_its_first_side(read):
    text = ("Soldiers killed seven suspected cartel gunmen in a firefight in Culiacan on"
            " Wednesday, the defense ministry said.")
    (event,) = read(text, published=date(2025, 2, 20))
    assert (event.actor1, event.actor2) == ("Military Forces of Mexico",
                                            "Unidentified Gang (Mexico)")


def test_an_encounter_between_forces_and_rebels_is_an_armed_clash(read):
    text = ("Four Naxalites and a jawan were killed in an encounter in the forests of Sukma"
            " district on Sunday, police said.")
    (event,) = read(text, published=date(2025, 2, 10))
    assert (event.event_type, event.sub_event_type, event.fatalities) == (
        "Battles", "Armed clash", 5)
    assert {event.actor1, event.actor2} == {"Naxal-Maoist Rebels (India)",
                                            "Police Forces of India"}


def test_a_chance_encounter_is_no_event(read):
    text = "A chance encounter with a neighbour in Sukma on Sunday left him shaken."
    assert read(text, published=date(2025, 2, 10)) == []


def test_the_village_near_a_town_is_the_village_told_before(read):
    text = ("Israeli forces killed three Palestinians in an airstrike on the village of Tamun in"
            " the northern West Bank on Saturday, the Health Ministry said.\n\nThe army said its"
            " aircraft struck a terrorist cell in the village near Tubas.")
    (event,) = read(text, published=date(2025, 2, 9))
    assert event.location.name == "Ţammūn"


def test_a_town_near_a_far_city_is_not_the_village_told_before(read):
    text = ("Israeli forces killed three Palestinians in an airstrike on the village of Tamun in"
            " the northern West Bank on Saturday.\n\nOn Sunday, troops raided a house in the"
            " town near Hebron.")
    assert {e.location.name for e in read(text, published=date(2025, 2, 9))} == {
        "Ţammūn", "Hebron"}


def test_the_same_district_is_the_district_told_not_a_town_named_since(read):
    text = ("Thirty-one Maoists were killed in an encounter in Bijapur district on Sunday, police"
            " said.\n\nTwo personnel were injured and have been airlifted to Raipur.\n\nOn"
            " Saturday, two jawans were killed when a bomb planted by Maoists went off near"
            " Kutru in the same district.")
    assert {e.location.name for e in read(text, published=date(2025, 2, 10))} == {"Bijapur"}



def test_gunmen_arriving_before_they_fire_is_the_attack_not_a_movement(read):
    text = ("Dozens of gunmen arrived in Culiacan on Monday in a convoy of pickup trucks, and they"
            " opened fire on a family, killing four people, police said.")
    assert [e.sub_event_type for e in read(text, published=date(2025, 3, 10))] == ["Attack"]


def test_before_a_clock_time_begins_no_clause(read):
    text = ("Gunmen burst into a pool hall in Guayaquil on Sunday night and opened fire on"
            " customers, killing nine people, police said.\n\nThe attackers arrived in two cars"
            " shortly before 10 p.m. in the Socio Vivienda neighborhood and fired rifles at the"
            " players, police said. Two of the wounded died overnight in hospital, raising the"
            " toll to 11.")
    assert [e.fatalities for e in read(text, published=date(2025, 3, 10))] == [11]


def test_similar_attacks_a_group_has_carried_out_are_no_event(read):
    text = ("A bomb went off near a passenger bus in Kalat district on Monday, killing four"
            " people. No group claimed responsibility, but the Baloch Liberation Army has"
            " carried out similar attacks in the area.")
    assert [e.sub_event_type for e in read(text, published=date(2025, 3, 5))] == [
        "Remote explosive/landmine/IED"]


def test_people_named_by_a_trade_who_kill_people_attack_them(read):
    (event,) = read("Herders killed five villagers in Niger's Tillaberi region on Monday.")
    assert (event.event_type, event.sub_event_type, event.actor2, event.fatalities) == (
        "Violence against civilians", "Attack", "Civilians (Niger)", 5)
    # an animal killed, or people killed by floods, is no political violence
    assert read("Farmers killed a leopard near Tillaberi, Niger, on Monday.") == []
    assert read("Floods killed five farmers in Tillaberi, Niger, on Monday.") == []


@pytest.mark.parametrize(("text", "actors"), [
    ("Saudi air defences intercepted a drone launched by the Houthis over Najran on Monday.",
     ("Military Forces of Saudi Arabia", "Houthi Movement")),
    ("Iron Dome intercepted rockets fired by Hamas over Sderot on Monday.",
     ("Military Forces of Israel", "Hamas")),
    ("The Israeli military said it shot down a drone over Nahariya on Monday.",
     ("Military Forces of Israel", None)),
])
def test_the_interceptor_is_actor1_and_the_side_that_fired_actor2(read, text, actors):
    (event,) = read(text)
    assert event.sub_event_type == "Disrupted weapons use"
    assert (event.actor1, event.actor2) == actors


def test_a_claim_after_a_background_tally_names_the_attack_told_before(read):
    events = read("Gunmen killed eight soldiers in an attack on a base near Diffa, Niger, on"
                  " Monday.\n\nAttacks in the border area killed hundreds of people last year."
                  "\n\nBoko Haram claimed responsibility for the attack.")
    attack = next(e for e in events if e.fatalities == 8)
    assert attack.actor1 == "Boko Haram"


def test_a_few_days_of_fighting_told_with_its_toll_is_a_battle(read):
    (event,) = read("Three days of fighting between the army and al-Shabaab near Baidoa, Somalia,"
                    " have left 30 dead, officials said on Tuesday.")
    assert (event.event_type, event.fatalities) == ("Battles", 30)
    (event,) = read("Somali troops retook the town of Jowhar on Monday after two days of heavy"
                    " fighting with al-Shabaab that left 20 dead.")
    assert (event.sub_event_type, event.fatalities) == ("Government regains territory", 20)


def test_people_protesting_against_something_who_clash_with_police_riot(read):
    (event,) = read("Students protesting against a fee rise clashed with police in Nairobi on"
                    " Monday.")
    assert (event.event_type, event.sub_event_type, event.actor2) == (
        "Riots", "Violent demonstration", "Police Forces of Kenya")


def test_a_protest_that_turned_violent_after_its_purpose_is_dated_by_its_own_day(read):
    (event,) = read("A march against fuel prices in Nairobi turned violent on Monday.")
    assert (event.sub_event_type, event.date) == ("Violent demonstration", date(2025, 5, 19))


def test_a_crowd_that_burns_someone_to_death_is_a_mob(read):
    (event,) = read("A crowd burned a suspected thief to death in Mwanza, Tanzania, on Monday.")
    assert (event.sub_event_type, event.fatalities) == ("Mob violence", 1)
    assert read("Five passengers were burned to death when their bus caught fire near Mwanza,"
                " Tanzania, on Monday.") == []


def test_prisoners_two_sides_swapped_are_an_agreement(read):
    (event,) = read("Government forces and the Houthis swapped 30 prisoners in Marib, Yemen, on"
                    " Monday.")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Agreement")


def test_a_city_s_municipal_officers_are_police(read):
    (event,) = read("Hawkers clashed with municipal officers in Kano, Nigeria, on Monday.")
    assert event.actor2 == "Police Forces of Nigeria"


def test_two_sides_named_together_that_sign_an_agreement_are_its_two_actors(read):
    (event,) = read("The Colombian government and the ELN signed a ceasefire in Bogota on Monday.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Agreement", "Government of Colombia", "ELN: National Liberation Army")


# ------------------------------------ strategic developments, protests and violence on civilians


@pytest.mark.parametrize(("text", "sub"), [
    ("Rival militias agreed to stop the fighting in Bankass on Saturday.", "Agreement"),
    ("Two armed groups struck a truce in Beni on Sunday.", "Agreement"),
    ("Sappers found and destroyed two anti-tank mines near Izium on Monday.",
     "Disrupted weapons use"),
    ("Police defuse bomb outside mosque in Kano", "Disrupted weapons use"),
    ("Militants vandalised a telecom mast in Baidoa on Sunday.", "Looting/property destruction"),
    ("Gunmen burned a health centre in Ikot Ekpene on Saturday.",
     "Looting/property destruction"),
    ("Soldiers evacuated their garrison in Tillaberi on Sunday.",
     "Non-violent transfer of territory"),
    ("Forensic experts exhumed the remains of 12 people from a mass grave near Izium on Monday.",
     "Other"),
])
def test_strategic_developments_told_in_other_words(read, text, sub):
    assert _types(read(text)) == [("Strategic developments", sub)]


@pytest.mark.parametrize(("text", "sub"), [
    ("Nurses began an indefinite strike in Accra on Monday and marched to parliament.",
     "Peaceful protest"),
    ("Residents demonstrated peacefully in Mutare on Thursday.", "Peaceful protest"),
    ("A rally in Luanda on Saturday was broken up by police.", "Protest with intervention"),
    ("Traders protested in Kumasi on Monday. Soldiers opened fire in the air and the crowd"
     " dispersed.", "Protest with intervention"),
    ("Residents protested in Basra on Saturday over power cuts. Security forces opened fire,"
     " killing one protester.", "Excessive force against protesters"),
])
def test_a_protest_and_the_force_used_on_it(read, text, sub):
    assert _types(read(text)) == [("Protests", sub)]


def test_a_protest_whose_day_is_told_after_what_it_is_against_is_on_that_day(read):
    (event,) = read("Two demonstrators were shot dead by police during protests over the"
                    " election in Nampula on Tuesday.")
    assert (event.sub_event_type, event.date) == ("Excessive force against protesters",
                                                  date(2025, 5, 20))


def test_an_agreement_reached_after_talks_on_a_day_is_dated_by_it(read):
    (event,) = read("Rival militias agreed to stop the fighting after talks in Bankass on"
                    " Saturday.")
    assert event.date == date(2025, 5, 17)


def test_a_business_deal_struck_is_no_event(read):
    assert read("The company struck a new supply deal with farmers in Eldoret on Monday.") == []


@pytest.mark.parametrize("text", [
    "Bandits hijacked a bus carrying 18 passengers near Kaduna on Friday.",
    "A blogger was taken away by men in plain clothes in Minsk on Tuesday.",
])
def test_people_taken_away_are_abducted(read, text):
    assert _types(read(text)) == [("Violence against civilians",
                                   "Abduction/forced disappearance")]


def test_an_official_killed_is_a_civilian_of_the_government(read):
    (event,) = read("Gunmen shot dead a mayor in Chilpancingo on Monday.")
    assert (event.event_type, event.actor2, event.assoc_actor_2, event.inter2) == (
        "Violence against civilians", "Civilians (Mexico)", "Government of Mexico", 7)


def test_a_polling_officer_killed_is_a_civilian_not_a_combatant(read):
    assert _types(read("A polling officer was killed by separatists in Bamenda on Tuesday.")) == [
        ("Violence against civilians", "Attack")]


def test_an_artist_arrested_is_a_political_arrest_a_thief_is_not(read):
    assert _types(read("A singer was arrested by police in Kampala on Friday.")) == [
        ("Strategic developments", "Arrests")]
    assert read("A thief was arrested by police in Kampala on Friday.") == []


def test_a_charge_of_treason_or_espionage_makes_an_arrest_political(read):
    assert _types(read("Police in Harare arrested a man on Friday on charges of treason.")) == [
        ("Strategic developments", "Arrests")]
    assert _types(read("Police detained a woman in Minsk on Monday for espionage.")) == [
        ("Strategic developments", "Arrests")]


@pytest.mark.parametrize(("text", "police"), [
    ("Egyptian authorities detained a human rights lawyer in Cairo on Sunday.",
     "Police Forces of Egypt"),
    ("Pakistani authorities took three Baloch rights activists into custody in Quetta on Monday.",
     "Police Forces of Pakistan"),
])
def test_an_arrest_by_the_authorities_is_by_police(read, text, police):
    (event,) = read(text)
    assert (event.sub_event_type, event.actor1) == ("Arrests", police)


@pytest.mark.parametrize("text", [
    "Local officials arrested a man for stealing a goat in Kisii on Friday.",
    "Two journalists were detained by company officials at a mine in Kitwe on Monday.",
])
def test_officials_who_are_not_the_authorities_arresting_is_no_event(read, text):
    assert read(text) == []


def test_members_of_a_militia_are_an_armed_doer(read):
    assert _types(read("A girl was raped by members of a militia in Bangassou on Sunday.")) == [
        ("Violence against civilians", "Sexual violence")]


def test_a_recruitment_drive_is_a_change_to_the_group(read):
    (event,) = read("Al-Shabaab began a recruitment campaign in villages around Jilib on Monday.")
    assert (event.sub_event_type, event.actor1) == ("Change to group/activity", "Al Shabaab")


def test_an_act_dated_to_a_year_only_is_the_story_s_background(read):
    events = read("Insurgents beheaded five villagers in Macomia on Saturday.\n\n"
                  "Rwanda deployed 1,000 troops to Cabo Delgado in 2021, helping retake"
                  " Mocimboa da Praia from the insurgents.")
    assert [(e.event_type, str(e.date)) for e in events] == [
        ("Violence against civilians", "2025-05-17")]


def test_an_air_strike_with_no_place_is_not_a_roadside_bomb_elsewhere(read):
    events = read("Turkish warplanes bombed suspected PKK positions in the mountains"
                  " overnight Monday.\n\n"
                  "In Kirkuk, a roadside bomb exploded near a police patrol on Tuesday,"
                  " wounding three policemen.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)")]


def test_people_caught_in_the_crossfire_are_not_rioters(read):
    events = read("Fighting between the ELN and FARC dissidents killed nine people near Tibu on"
                  " Monday.\n\nThe clashes broke out in a village 20 kilometres from Tibu. Seven"
                  " of the dead were fighters and two were farmers caught in the crossfire, the"
                  " office said.")
    assert [e.event_type for e in events] == ["Battles"]


def test_soldiers_killed_by_a_landmine_are_no_battle_beside_it(read):
    (event,) = read("A soldier was killed and two others were wounded when their patrol"
                    " stepped on a landmine near Teorama on Monday, the army said.")
    assert (event.sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", 1)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Two civilians were killed when gunmen ambushed a passenger bus near Tipo-Tipo on"
     " Monday.", "Violence against civilians"),
    ("Bandits killed seven members of the Katsina State Community Watch Corps in an ambush"
     " near Faskari on Saturday.", "Battles"),
    ("Rebels ambushed an army convoy near Beni on Monday, killing four soldiers.", "Battles"),
])
def test_an_ambush_that_kills_only_civilians_is_an_attack_on_them(read, text, event_type):
    (event,) = read(text)
    assert event.event_type == event_type


def test_what_a_march_protests_neither_places_nor_types_it(read):
    (event,) = read("Hundreds of students marched in Dhaka on Tuesday, protesting the killing"
                    " of a student in Sylhet.")
    assert (event.event_type, event.location.name) == ("Protests", "Dhaka")


def test_where_the_wounded_died_does_not_keep_the_toll_from_the_event(read):
    (event,) = read("Fighting between the ELN and FARC dissidents killed nine people in Tibu on"
                    " Monday.\n\nOn Tuesday, the toll rose to 11 after two wounded fighters died"
                    " in a hospital in Cucuta.")
    assert (event.location.name, event.fatalities) == ("Tibú", 11)


def test_a_state_s_authorities_punish_through_its_police(read):
    events = read("Afghan authorities publicly flogged two men in a stadium in Kandahar on Monday.")
    assert [(e.event_type, e.sub_event_type, e.actor1) for e in events] == [
        ("Violence against civilians", "Attack", "Police Forces of Afghanistan")]


def test_homes_demolished_by_a_state_s_authorities_are_property_destruction(read):
    events = read("Israeli authorities demolished six Palestinian homes in Hebron on Tuesday.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Looting/property destruction")]


@pytest.mark.parametrize("text", [
    "The Fano militia in Bahir Dar announced on Sunday that it had formed an alliance with the"
    " Oromo Liberation Army.",
    "Five gangs in Port-au-Prince announced on Tuesday that they had formed a new coalition.",
    "A faction of Boko Haram named a new leader in Maiduguri on Saturday.",
])
def test_alliances_coalitions_and_a_faction_s_new_leader_change_a_group(read, text):
    assert [(e.event_type, e.sub_event_type) for e in read(text)] == [
        ("Strategic developments", "Change to group/activity")]


def test_a_group_named_with_the_before_a_verb_in_the_past_is_its_subject(read):
    events = read("The Arakan Army began a mass recruitment drive in Sittwe on Monday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Change to group/activity", "Arakan Army")]


def test_a_finger_cut_off_is_an_attack(read):
    events = read("Ambazonian separatists cut off the fingers of a teacher in Bamenda on Monday.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")]


def test_people_who_open_fire_are_an_armed_group_not_a_mob(read):
    events = read("A group of men opened fire on worshippers at a mosque in Kano on Friday,"
                  " killing four.")
    assert [(e.event_type, e.sub_event_type, e.actor1) for e in events] == [
        ("Violence against civilians", "Attack", "Unidentified Armed Group (Nigeria)")]


def test_people_who_carry_out_a_drive_by_shooting_are_an_armed_group_not_a_mob(read):
    (event,) = read("On Saturday, several men staged a drive-by shooting in Ponce, Puerto"
                    " Rico, injuring three.")
    assert _types([event]) == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text", [
    "Houthi authorities detained 12 aid workers in Sanaa on Sunday.",
    "Taliban intelligence officers detained a journalist in Kabul on Saturday.",
])
def test_a_ruling_group_s_authorities_arrest_rather_than_abduct(read, text):
    assert [(e.event_type, e.sub_event_type) for e in read(text)] == [
        ("Strategic developments", "Arrests")]


def test_an_armed_group_s_fighters_who_detain_people_abduct_them(read):
    events = read("Al-Shabaab militants detained three teachers in Jilib on Monday.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Abduction/forced disappearance")]


def test_who_planted_the_device_found_is_not_who_found_it(read):
    events = read("Colombian police found and destroyed 12 landmines planted by FARC dissidents"
                  " near Argelia on Thursday.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Disrupted weapons use", "Police Forces of Colombia", "FARC Dissidents")]


def test_of_doers_named_together_the_first_leads(read):
    events = read("Burkinabe soldiers and VDP militiamen killed at least 30 civilians in Solenzo"
                  " on Friday.")
    assert [(e.event_type, e.actor1, e.fatalities) for e in events] == [
        ("Violence against civilians", "Military Forces of Burkina Faso", 30)]


def test_a_state_s_authorities_arresting_in_another_state_s_territory_is_political(read):
    events = read("Russian occupation authorities detained a teacher in Melitopol on Tuesday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Arrests", "Police Forces of Russia")]


def test_a_junta_is_its_country_s_government(read):
    events = read("Niger's junta declared a state of emergency in the Tillaberi region on Sunday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Change to group/activity", "Government of Niger")]


def test_customs_officers_who_seize_arms_are_state_forces(read):
    events = read("Customs officers in Port Sudan seized a shipment of 500 rifles on Sunday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Disrupted weapons use", "Police Forces of Sudan")]


def test_the_side_people_were_accused_of_helping_was_not_hit(read):
    events = read("Jihadists publicly executed two men accused of collaborating with the army"
                  " in Gao on Wednesday.")
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", 2)]


def test_police_who_blow_up_a_device_planted_by_a_militant_disrupt_it(read):
    events = read("Police detonated an explosive device planted by a suspected militant near a"
                  " market in Medan on Saturday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Disrupted weapons use", "Police Forces of Indonesia")]


def test_men_in_plain_clothes_who_take_someone_abduct_him(read):
    events = read("A lawyer went missing after men in plain clothes took him from his home in"
                  " Turbat on Sunday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Abduction/forced disappearance", "Unidentified Armed Group (Pakistan)")]


def test_a_name_given_to_a_group_is_not_another_actor(read):
    events = read("On Friday, a youth militia, called the Storm Brigade, armed with machetes"
                  " attacked and looted a party office in Kumasi.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")]


def test_sides_that_exchanged_fire_are_both_kept(read):
    events = read("In Taiz, government forces and Houthi fighters exchanged heavy artillery fire"
                  " on Tuesday along the frontlines east of the city, killing a child.")
    assert {e.actor1 for e in events} | {e.actor2 for e in events} >= {
        "Military Forces of Yemen Houthi", "Military Forces of Yemen"}


def test_a_report_without_a_place_dated_the_day_before_is_an_event_of_its_own(read):
    # nothing reports an event before it happened: Tuesday's attack is not Wednesday's
    text = ("Drones struck the port and an army base in Port Sudan on Wednesday, witnesses said."
            "\n\nNo casualties were reported in Wednesday's strikes. On Tuesday, a drone attack"
            " on a fuel depot killed three civilians, a medical group said.")
    events = read(text, published=date(2026, 5, 7))
    assert sorted((e.date.day, e.fatalities, e.location.name) for e in events) == [
        (5, 3, "Port Sudan"), (6, None, "Port Sudan")]


def test_a_report_without_a_place_joins_the_event_that_a_later_statement_dates(read):
    text = ("An air strike on a monastery in the Sagaing region killed 18 civilians, residents"
            " said Tuesday.\n\nThe jet dropped two bombs on the monastery at about 1 a.m."
            " Monday.")
    (event,) = read(text, published=date(2026, 11, 18))
    assert event.date == date(2026, 11, 16)


def test_fighting_that_broke_out_needs_no_named_side(read):
    (event,) = read("Fighting broke out in Wau on Thursday, killing five.",
                    published=date(2025, 6, 12))
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 5)


def test_the_start_of_a_war_told_as_the_time_since_which_it_lasts_is_no_event(read):
    text = ("The fighting has displaced 10,000 people since clashes erupted in Khartoum in April"
            " 2023. Five people have been killed since fighting broke out in Wau on Monday.")
    events = read(text, published=date(2025, 6, 12))
    assert [(e.location.name, e.date) for e in events] == [("Wau", date(2025, 6, 9))]


def test_a_weapon_that_slammed_into_a_building_hit_it(read):
    (event,) = read("Russian glide bombs slammed into residential buildings in Zaporizhzhia"
                    " overnight, injuring 20 people.", published=date(2025, 6, 12))
    assert event.sub_event_type == "Air/drone strike"
    assert read("A car crashed into a crowd in Berlin on Monday, injuring 20 people.") == []


def test_fire_from_a_side_s_positions_is_that_side_s(read):
    (event,) = read("Artillery fire from Azerbaijani positions hit the village of Sotk in"
                    " Armenia's Gegharkunik province on Tuesday.", published=date(2025, 6, 12))
    assert (event.actor1, event.actor2) == ("Military Forces of Azerbaijan", None)


def test_a_retelling_dates_the_event_though_it_names_the_town_it_lies_from(read):
    text = ("Gunmen shot dead nine men in Balochistan province, officials said Friday.\n\n"
            "The attack took place late Thursday near the town of Kalat, about 150 kilometers"
            " south of the provincial capital, Quetta, a spokesman said.")
    (event,) = read(text, published=date(2025, 7, 11))
    assert (event.date, event.location.name) == (date(2025, 7, 10), "Kalat")


def test_what_a_group_did_at_first_and_has_done_since_is_no_event(read):
    assert read("Baloch separatists initially targeted only security forces in Balochistan but"
                " have since expanded their attacks.", published=date(2025, 7, 11)) == []


def test_a_town_another_lies_from_is_not_where_a_later_report_happened(read):
    text = ("Gunmen shot dead nine men in Balochistan province, officials said Friday.\n\n"
            "The attack took place near the town of Kalat, about 150 kilometers south of the"
            " provincial capital, Quetta. Police said the attackers fled and security forces"
            " launched a search operation.")
    events = read(text, published=date(2025, 7, 11))
    assert {e.location.name for e in events} == {"Kalat"}


def test_outside_a_building_in_a_city_is_in_the_city(read):
    (event,) = read("Riot police used water cannon to disperse thousands of protesters outside"
                    " parliament in Tbilisi late on Thursday.", published=date(2025, 6, 26))
    assert (event.location.name, event.geo_precision) == ("Tbilisi", 1)


def test_an_attack_on_a_prayer_vigil_is_an_attack_on_worshippers_not_on_a_protest(read):
    (event,) = read("Suspected ADF rebels attacked a church in Ituri province during an overnight"
                    " prayer vigil, killing at least 12 worshippers, an official said Sunday.",
                    published=date(2025, 7, 27))
    assert (event.event_type, event.actor1) == ("Violence against civilians",
                                                 "ADF: Allied Democratic Forces")


def test_an_armed_side_that_beats_people_is_no_crowd(read):
    (event,) = read("Settlers attacked Palestinian farmers in Turmus Ayya on Friday, beating three"
                    " of them.", published=date(2023, 2, 28))
    assert (event.event_type, event.actor1) == ("Violence against civilians", "Settlers (Israel)")


def test_a_place_named_only_as_the_source_after_according_to_places_no_event(read):
    (event,) = read("Near a food distribution site in Rafah, Israeli troops opened fire on crowds"
                    " waiting for aid, killing 12, according to the Gaza health ministry.",
                    published=date(2025, 8, 12))
    assert event.location.name == "Rafaḩ"


@pytest.mark.parametrize("text", [
    "At first light, Russian forces shelled Kherson, killing two, officials said on Monday.",
    "Gunmen initially fired on a bus in Kano, killing five, police said on Monday.",
])
def test_what_happened_first_in_an_event_is_still_the_event(read, text):
    assert len(read(text, published=date(2025, 6, 12))) == 1


def test_a_settler_militia_outside_the_land_the_tables_give_it_is_unnamed(read):
    (event,) = read("Armed settlers attacked a village in Plateau State, Nigeria, on Monday,"
                    " killing five.", published=date(2025, 6, 12))
    assert event.actor1 == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Football fans fired flares at rival supporters outside the stadium in Cairo on Monday.",
     "Mob violence"),
    ("Villagers shot dead a suspected cattle thief in Zurmi on Tuesday.", "Mob violence"),
])
def test_a_crowd_that_fires_flares_or_kills_a_thief_is_a_mob(read, text, sub_event_type):
    (event,) = read(text, published=date(2025, 6, 12))
    assert event.sub_event_type == sub_event_type


def test_parts_told_with_their_own_days_do_not_split_a_town_s_toll(read):
    events = read("Russian strikes killed 12 people in Kharkiv on Monday, four in Sumy on Sunday"
                  " and three in Odesa on Saturday, officials said.", published=date(2025, 6, 12))
    assert ("Kharkiv", 12) in {(e.location.name, e.fatalities) for e in events}


def test_a_toll_told_place_by_place_keeps_its_wounded(read):
    events = read("Russian strikes killed 12 people and wounded 40 on Monday, including five in"
                  " Kharkiv and three in Odesa.", published=date(2025, 6, 12))
    assert sorted((e.location.name, e.fatalities, e.injured) for e in events) == [
        ("Kharkiv", 5, 40), ("Odesa", 3, None)]


def test_an_arrest_of_humanitarian_convoy_drivers_for_smuggling_is_no_event(read):
    assert read("Police arrested two humanitarian convoy drivers for smuggling drugs in Kano on"
                " Monday.", published=date(2025, 6, 12)) == []


def test_an_unsure_namesake_abroad_is_not_the_site_beside_a_sure_place(read):
    # "Americana" is a Brazilian city's name; the story's sure place is Kisumu, Kenya
    events = read("Police in Kisumu, Kenya, shot dead two protesters near the Americana "
                  "roundabout on Friday.")
    assert [(e.location.name, e.location.country) for e in events] == [("Kisumu", "KE")]


def test_a_by_phrase_describing_the_object_of_an_active_verb_names_no_doer(read):
    # the army escorted the convoy; the fighters attacked it, and so the army
    events = read("JNIM fighters attacked a convoy of trucks escorted by the army near Kati "
                  "on Sunday.")
    assert [(e.event_type, e.actor1, e.actor2) for e in events] == [
        ("Battles", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali")]
    # a by-phrase after a preposition tells of the act, not of its object
    events = read("M23 rebels attacked a village near Rutshuru on Sunday in an assault "
                  "condemned by the army.")
    assert [(e.event_type, e.actor2) for e in events] == [
        ("Violence against civilians", "Civilians (Democratic Republic of Congo)")]


def test_looters_are_a_crowd_that_riots(read):
    events = read("Looters ransacked supermarkets in Antananarivo on Tuesday.")
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (Madagascar)")]


def test_a_part_of_a_town_the_gazetteer_lacks_is_in_the_town_told_before(read):
    events = read("Residents of Tripoli, Libya, said the city was calm on Monday.\n\n"
                  "Government forces clashed with militia fighters in the Abu Salim "
                  "neighbourhood on Tuesday, killing six.")
    assert [(e.location.name, e.location.country, e.fatalities) for e in events] == [
        ("Tripoli", "LY", 6)]


def test_the_attackers_hit_later_are_the_group_the_story_named(read):
    events = read("Al-Shabaab fighters attacked an army base in Jowhar on Tuesday. Troops "
                  "killed 30 of the attackers near Jowhar on Sunday.")
    assert [(e.actor1, e.actor2) for e in events][-1] == (
        "Military Forces of Somalia", "Al Shabaab")


@pytest.mark.parametrize(("text", "dead"), [
    ("Saudi authorities executed a man convicted of drug smuggling in Riyadh on Monday.", 1),
    ("Iranian authorities hanged two prisoners in Isfahan on Tuesday.", 2),
    ("Jihadists publicly hanged three villagers near Menaka on Sunday for spying.", 3),
])
def test_executions_by_a_state_or_a_group_are_attacks_on_civilians(read, text, dead):
    events = read(text)
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in events] == [
        ("Violence against civilians", "Attack", dead)]


@pytest.mark.parametrize("text", [
    "A prisoner hanged himself in his cell in Isfahan on Tuesday.",
    "The government ordered all poultry in Lahore to be slaughtered on Monday after an outbreak"
    " of bird flu.",
])
def test_a_suicide_or_animals_culled_by_order_are_no_attack(read, text):
    assert read(text) == []


def test_protests_named_by_their_year_are_the_story_s_past(read):
    events = read("Iranian authorities hanged a man in Isfahan on Tuesday over the 2019 protests.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text", [
    "Elders of the two clans agreed a truce in Beledweyne on Sunday.",
    "The army and the rebels agreed on Monday to a three-day truce in Kadugli.",
    "Troops and the rebels agreed on Sunday to a seven-day humanitarian truce in Dilling.",
    "The two governments initialled a peace treaty in Abu Dhabi on Friday.",
    "The government and the rebels signed a declaration of principles in Nairobi on Saturday.",
])
def test_truces_agreed_and_treaties_initialled_are_agreements(read, text):
    assert [(e.event_type, e.sub_event_type) for e in read(text)] == [
        ("Strategic developments", "Agreement")]


def test_what_someone_agreed_that_is_an_opinion_not_an_agreement(read):
    assert read("Diplomats agreed that a truce in Darfur remains distant, a statement in Addis"
                " Ababa said on Monday.") == []


@pytest.mark.parametrize(("text", "dead"), [
    ("Militants hacked seven farmers to death near Beni on Sunday.", 7),
    ("Gunmen stabbed a taxi driver to death in Maiduguri on Monday.", 1),
    ("Soldiers tortured a detainee to death in a military camp in Aleppo on Friday.", 1),
    ("Two farmers were bludgeoned to death by herders near Makurdi on Monday.", 2),
])
def test_killings_told_by_how_they_were_done(read, text, dead):
    events = read(text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")]
    assert events[0].fatalities == dead


def test_a_killing_at_home_with_no_armed_doer_is_no_political_event(read):
    assert read("A man hacked his brother to death at their home in Kisii on Monday.") == []


@pytest.mark.parametrize("text", [
    "A bomb hidden in a cart in Peshawar was dismantled by the bomb squad on Monday.",
    "An explosive device left near a market in Mardan was safely disarmed by police on Monday.",
])
def test_a_bomb_dismantled_told_in_the_passive_is_disrupted_weapons_use(read, text):
    events = read(text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Disrupted weapons use")]


def test_a_named_group_followed_by_group_acts(read):
    events = read("On Monday the Boko Haram group recruited dozens of young men in villages"
                  " near Gwoza.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Change to group/activity")]
    assert events[0].actor1.startswith("Boko Haram")


@pytest.mark.parametrize(("text", "forces"), [
    ("Thai rangers detained three suspected insurgents in Yala on Monday.",
     "Military Forces of Thailand"),
    ("Pakistani Rangers detained five suspected militants in Hyderabad on Monday.",
     "Military Forces of Pakistan"),
])
def test_rangers_named_after_their_state_are_its_forces(read, text, forces):
    events = read(text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Arrests")]
    assert events[0].actor1 == forces


def test_park_rangers_killed_by_poachers_are_no_army(read):
    events = read("Poachers shot dead two wildlife rangers near Rutshuru on Sunday.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text", [
    "Two groups of the Marri tribe attacked each other with axes and sticks in Kohlu on Sunday,"
    " injuring five men.",
    "Christian and Muslim groups clashed in Kaduna on Friday, pelting each other with stones.",
])
def test_communities_fighting_with_sticks_and_stones_are_mob_violence(read, text):
    assert [(e.event_type, e.sub_event_type) for e in read(text)] == [
        ("Riots", "Mob violence")]


def test_the_sides_of_an_agreement_signed_abroad_keep_their_state(read):
    (event,) = read("The government of Chad and a rebel coalition signed a peace accord in Doha on"
                    " Saturday.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Agreement", "Government of Chad", "Unidentified Armed Group (Chad)")


def test_a_part_of_a_town_is_not_placed_where_a_statement_came_from(read):
    events = read("Egyptian officials in Cairo said on Monday that aid to Libya had stalled.\n\n"
                  "Militia fighters clashed in the Abu Salim neighbourhood on Tuesday, "
                  "killing six.")
    assert [e.location for e in events if e.location is not None and
            e.location.country == "EG"] == []


def test_troops_abroad_lend_their_state_to_no_other_side_of_an_agreement(read):
    (event,) = read("Ethiopian troops and the rebels signed a ceasefire in Kismayo on Monday.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Agreement", "Military Forces of Ethiopia", "Unidentified Armed Group (Somalia)")


def test_what_is_hanged_or_executed_must_be_people(read):
    (protest,) = read("Protesters in Gulu hanged three effigies outside the district offices"
                      " on Friday.")
    assert (protest.event_type, protest.sub_event_type, protest.fatalities) == (
        "Protests", "Peaceful protest", None)
    assert read("Officials in Kaduna executed a plan to move the market on Friday.") == []


@pytest.mark.parametrize("text", [
    "Members of two rival clans clashed with rifles near Beledweyne on Sunday, killing four.",
    "Hindu and Muslim groups clashed with guns in Nuh on Monday, killing two.",
])
def test_communities_fighting_with_firearms_are_an_armed_clash(read, text):
    assert [(e.event_type, e.sub_event_type) for e in read(text)] == [("Battles", "Armed clash")]


def test_a_named_group_before_a_crowd_noun_is_no_community(read):
    (event,) = read("Hamas and Fatah youths clashed in Hebron on Sunday, throwing stones.")
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Palestine)")


def test_a_toll_since_a_weekday_is_a_tally_not_that_day_s_event(read):
    events = read("More than 1,000 people have been killed in Syria's coastal region since "
                  "Thursday in clashes between security forces and fighters loyal to Assad, a "
                  "war monitor said on Sunday.\n\nGunmen ambushed a police patrol near Jableh "
                  "on Thursday, killing 16 officers.", published=date(2025, 3, 9))
    assert [(e.date, e.fatalities) for e in events] == [(date(2025, 3, 6), 16)]


def test_a_country_that_hangs_someone_acts_through_its_police(read):
    events = read("Iran hanged a man convicted of spying in Qom on Monday.")
    assert [(e.event_type, e.actor1) for e in events] == [
        ("Violence against civilians", "Police Forces of Iran")]


def test_members_of_a_group_killed_are_the_verbs_object(read):
    (event,) = read("Soldiers killed four suspected members of the communist New People's Army in"
                    " a firefight near Bacolod on Tuesday.")
    assert (event.actor1, event.actor2) == ("Military Forces of Philippines",
                                            "NPA: New People's Army")


def test_the_side_blamed_did_it_not_a_group_named_after_it(read):
    events = read("A drone strike killed nine people at a market in Gondar on Monday, residents"
                  " said. Residents blamed the Ethiopian military, which has used drones against"
                  " Fano fighters in the region.")
    assert [e.actor1 for e in events] == ["Military Forces of Ethiopia"]


def test_the_side_blamed_in_the_same_sentence_is_not_hit(read):
    (event,) = read("Gunmen killed a district administrator and his driver near Nekemte on"
                    " Saturday, the regional government said, blaming the Oromo Liberation Army.")
    assert (event.event_type, event.actor2, event.fatalities) == (
        "Violence against civilians", "Civilians (Ethiopia)", 2)


def test_a_speaker_investigating_is_not_hit(read):
    (event,) = read("Gunmen attacked a village near Maiduguri, killing six, the army said it was"
                    " investigating.")
    assert (event.event_type, event.actor2) == ("Violence against civilians",
                                                 "Civilians (Nigeria)")


def test_occupied_before_a_place_is_no_taking_of_it(read):
    (event,) = read("Israeli troops killed two Palestinians in Nablus in the occupied West Bank"
                    " on Tuesday.")
    assert event.sub_event_type == "Attack"


def test_a_paragraph_goes_on_with_its_event_s_day_not_a_fact_s(read):
    (event,) = read("Hundreds marched in Bamenda on Monday for a journalist arrested last month."
                    " Police dispersed the crowd with tear gas.")
    assert (event.sub_event_type, event.date) == ("Protest with intervention", date(2025, 5, 19))


def test_an_anniversary_marked_is_what_a_protest_is_about(read):
    (event,) = read("Police fired tear gas at thousands of protesters in Nairobi on Wednesday, as"
                    " demonstrators marked one year since the storming of parliament during"
                    " protests against tax increases.")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


def test_a_group_named_with_a_holding_participle_does_not_act(read):
    events = read("The Houthi-run Al-Masirah television said a strike hit Hodeidah on Monday.")
    assert "Houthi Movement" not in [e.actor1 for e in events]


def test_the_town_is_the_one_named_last_even_if_the_gazetteer_lacks_it(read):
    events = read("The RSF shelled the city of El Fasher on Saturday, killing 14 civilians.\n\n"
                  "The army recaptured the town of Kadawa in North Kordofan from the RSF on"
                  " Sunday. RSF fighters had earlier looted the town's market.")
    assert [e.location.name for e in events] == ["El Fasher", "North Kordofan"]


def test_the_forces_that_speak_intercepted_what_the_other_side_fired(read):
    events = read("Hamas fired rockets at Sderot on Tuesday. The Israeli army said the rockets"
                  " were intercepted.")
    # the launch and its interception are one event, as when the interception is told first
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Disrupted weapons use", "Military Forces of Israel", "Hamas")]


def test_a_speaker_reporting_its_own_later_act_does_it(read):
    events = read("The army said it later killed six separatists in a search operation near"
                  " Kumbo on Tuesday.", published=date(2025, 9, 18))
    assert [(e.actor1, e.fatalities) for e in events] == [("Military Forces of Cameroon", 6)]


def test_the_same_state_is_the_state_named_before(read):
    events = read("Bandits killed 14 villagers in Zamfara state on Saturday.\n\nThe air force"
                  " said its jets had struck a bandit hideout in a forest in the same state on"
                  " Sunday.")
    assert [(e.sub_event_type, e.location.name) for e in events] == [
        ("Attack", "Zamfara"), ("Air/drone strike", "Zamfara")]


def test_a_report_dated_by_when_it_was_spoken_of_takes_the_day_told_later(read):
    events = read("Bandits killed 14 villagers in Zamfara state, residents said on Monday."
                  "\n\nThe gunmen arrived late on Saturday and shot at residents who fled.",
                  published=date(2025, 7, 14))
    assert [e.date for e in events] == [date(2025, 7, 12)]


def test_an_officer_who_speaks_is_a_source_not_a_side(read):
    (event,) = read("Rwandan troops killed three insurgents in a clash near Mocimboa da Praia on"
                    " Monday, a Mozambican army officer said.")
    assert event.actor2 != "Military Forces of Mozambique"


def test_a_former_officer_is_a_civilian(read):
    (event,) = read("Unknown gunmen shot dead a former army officer in Latakia on Saturday.")
    assert (event.event_type, event.actor2) == ("Violence against civilians",
                                                 "Civilians (Syria)")
    (event,) = read("Former rebels attacked the village of Bria on Tuesday, killing five"
                    " civilians.")
    assert (event.event_type, event.actor1) == (
        "Violence against civilians", "Unidentified Armed Group (Central African Republic)")


def test_where_people_fled_to_is_not_where_the_attack_was(read):
    (event,) = read("Gunmen stormed the town of Kadawa in Haiti's Artibonite region on Thursday,"
                    " killing 20 people.\n\nA gang was behind the attack, officials said, adding"
                    " that many residents fled to the nearby city of Saint-Marc.")
    assert event.location.name != "Saint-Marc"


@pytest.mark.parametrize(("text", "held_by"), [
    ("Al-Shabaab militants overran a Somali army base near Jowhar on Tuesday.",
     "Military Forces of Somalia"),
    ("Rebels captured a police station in Mogok on Thursday.", "Police Forces of Myanmar"),
])
def test_a_post_taken_is_taken_from_the_forces_that_held_it(read, text, held_by):
    (event,) = read(text)
    assert (event.sub_event_type, event.actor2) == ("Non-state actor overtakes territory",
                                                    held_by)


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a Malian army patrol near Gao on Monday.",
    "JNIM fighters opened fire on Malian soldiers near Gao on Monday.",
])
def test_the_forces_named_in_the_attack_s_own_words_are_hit(read, text):
    assert [(e.event_type, e.actor2) for e in read(text)] == [
        ("Battles", "Military Forces of Mali")]


def test_a_post_overrun_is_taken_from_the_forces_holding_it(read):
    events = read("Boko Haram fighters overran an army outpost near Bama on Monday.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Non-state actor overtakes territory", "Military Forces of Nigeria")]


def test_an_execution_by_firing_squad_is_the_state_s_attack(read):
    events = read("A man convicted of murder was executed by firing squad in Mogadishu on Monday.")
    assert [(e.event_type, e.actor1, e.fatalities) for e in events] == [
        ("Violence against civilians", "Police Forces of Somalia", 1)]


def test_people_accused_of_helping_a_side_are_not_that_side(read):
    events = read("Soldiers executed six men they accused of helping the rebels in Mopti on"
                  " Monday.")
    assert [(e.event_type, e.actor2) for e in events] == [
        ("Violence against civilians", "Civilians (Mali)")]


@pytest.mark.parametrize("text", [
    "A military plane crashed near Kano on Monday, killing three crew members.",
    "Opposition parties in Lusaka called for nationwide protests on Monday.",
])
def test_a_crash_or_a_call_to_protest_is_no_event(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "Fighters crashed a van through the gate of a barracks in Kismayo, killing six soldiers.",
    "A police helicopter crashed after being hit by bandit gunfire near Gusau, killing three"
    " officers.",
    "A drone went down after being struck by rebels near Goma, killing two soldiers.",
])
def test_a_vehicle_driven_through_a_target_or_downed_by_fire_is_still_an_event(read, text):
    assert read(text) != []


def test_a_group_that_rules_a_state_arrests_as_its_police(read):
    text = "The Taliban detained two teachers in Kabul on Monday."
    assert [(e.sub_event_type, e.actor1) for e in read(text)] == [
        ("Arrests", "Police Forces of Afghanistan")]
    before = read(text, published=date(2020, 5, 20))  # before the Taliban took Kabul
    assert [(e.sub_event_type, e.actor1) for e in before] == [
        ("Abduction/forced disappearance", "Taliban")]


def test_a_ruling_group_s_fighters_are_typed_as_the_state_s_forces(read):
    in_2022 = date(2022, 6, 1)
    fired = read("Taliban gunmen opened fire on women demonstrating in Mazar-i-Sharif on Sunday,"
                 " killing one.", published=in_2022)
    assert [(e.sub_event_type, e.actor2) for e in fired] == [
        ("Excessive force against protesters", "Military Forces of Afghanistan")]
    retook = read("Taliban fighters retook the Darah district of Panjshir from resistance"
                  " fighters on Sunday.", published=in_2022)
    assert [(e.sub_event_type, e.actor1) for e in retook] == [
        ("Government regains territory", "Military Forces of Afghanistan")]


def test_a_ruling_group_taking_ground_from_the_state_s_other_forces_overtakes_it(read):
    events = read("Houthi fighters captured the Hazm district of Al Jawf from government troops"
                  " on Sunday.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Non-state actor overtakes territory", "Military Forces of Yemen")]


def test_the_houthis_are_yemen_s_forces_where_they_rule(read):
    events = read("Houthi forces shelled Taiz on Monday, killing two children.")
    assert [e.actor1 for e in events] == ["Military Forces of Yemen Houthi"]
    allied_with_saleh = read("Houthi fighters shelled Marib on Monday, killing a woman.",
                             published=date(2016, 3, 9))
    assert [e.actor1 for e in allied_with_saleh] == ["Military Forces of Yemen Houthi-Saleh"]


def test_the_people_of_a_protest_by_phrase_are_dispersed_not_dispersing(read):
    events = read("Police dispersed a rally by teachers in Nairobi on Monday.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya")]


def test_protesters_who_march_against_something_and_clash_riot(read):
    events = read("Students marched against the fee rise and clashed with police in Kampala on"
                  " Monday.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Riots", "Violent demonstration")]


def test_a_killing_the_protest_is_against_is_not_the_protesters_act(read):
    events = read("Hundreds rallied in Harare on Saturday against the death of an activist beaten"
                  " and killed by soldiers.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Peaceful protest", None)]
    clashed = read("Students protested in Dhaka on Sunday against the new quota rules and"
                   " clashed with police.")
    assert [e.sub_event_type for e in clashed] == ["Violent demonstration"]


def test_a_pronoun_after_when_is_the_armed_subject(read):
    events = read("Soldiers killed three people in Maiduguri on Monday when they opened fire on"
                  " a crowd protesting a curfew.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Excessive force against protesters", "Military Forces of Nigeria")]


def test_a_pronoun_after_after_is_the_people_hit_not_the_shooters(read):
    events = read("Police in Eldoret shot dead two men on Friday after they shot at a patrol car.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Attack", "Police Forces of Kenya")]


def test_a_people_s_name_ending_a_hyphenated_region_is_not_the_people(read):
    events = read("Benishangul-Gumuz gunmen killed six farmers near Assosa on Monday.")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Ethiopia)"]


def test_the_armed_men_of_a_people_are_its_ethnic_militia(read):
    events = read("Suspected Fulani gunmen killed six farmers near Jos on Monday.")
    assert [(e.actor1, e.inter1) for e in events] == [("Fulani Ethnic Militia (Nigeria)", 4)]
    hit = read("Gunmen killed five Fulani herders near Jos on Monday.")
    assert [(e.actor1, e.actor2) for e in hit] == [
        ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]


def test_a_group_that_says_it_killed_is_the_doer(read):
    events = read("A car bomb exploded at a checkpoint in Mogadishu on Monday; Al Shabaab said"
                  " it killed 10 soldiers.")
    assert [e.actor1 for e in events] == ["Al Shabaab"]


def test_the_forces_killed_at_a_post_hold_it(read):
    events = read("Maoists ambushed a patrol in Bijapur on Saturday, killing three policemen.")
    assert [(e.event_type, e.actor2) for e in events] == [("Battles", "Police Forces of India")]


def test_an_air_strike_by_a_force_is_its_strike(read):
    events = read("A drone strike by the Sudanese army on a market in Nyala killed 12 people on"
                  " Sunday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Air/drone strike", "Military Forces of Sudan")]


def test_a_missile_strike_abroad_keeps_its_state_and_the_other_side_s_fire_is_not_it(read):
    events = read("India launched missile strikes on nine sites in Pakistan on Wednesday, and"
                  " Pakistan said 26 civilians were killed in Bahawalpur.\n\nPakistan's military"
                  " said its air force shot down five Indian fighter jets.\n\nArtillery exchanges"
                  " across the Line of Control killed 10 civilians in the Poonch district.")
    found = [(e.actor1, e.location.name, e.fatalities) for e in events]
    assert ("Military Forces of India", "Bahawalpur", 26) in found
    assert not any(actor == "Military Forces of India" and "Bahawalpur" not in place
                   for actor, place, _ in found)


def test_a_funeral_of_one_slain_before_is_no_event(read):
    assert read("Thousands of people attended the funeral of a slain journalist in Culiacan on"
                " Sunday.") == []


def test_an_attack_on_a_base_with_gunfire_and_rockets_is_a_battle(read):
    events = read("ISWAP fighters attacked a base in Marte with rocket-propelled grenades and"
                  " gunfire on Sunday.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]


def test_a_separate_report_of_the_rebels_is_of_the_group_named_before(read):
    events = read("Maoist rebels killed eight police commandos with a roadside bomb in Bijapur on"
                  " Monday.\n\nSeparately, troops clashed with the rebels near Sukma on Tuesday,"
                  " killing three.")
    assert [e.actor2 for e in events if e.location.name == "Sukma"] == [
        "Naxal-Maoist Rebels (India)"]


@pytest.mark.parametrize(("text", "actor1"), [
    ("Two men were shot dead in a drive-by shooting in Tijuana on Monday.",
     "Unidentified Gang (Mexico)"),
    ("Gunmen killed a shopkeeper in Kingston, Jamaica, on Monday in what police called a"
     " gangland killing.", "Unidentified Gang (Jamaica)"),
    ("Members of a cartel killed two police officers in Celaya on Monday.",
     "Unidentified Gang (Mexico)"),
    ("Gunmen killed two farmers in Zamfara on Monday.", "Unidentified Armed Group (Nigeria)"),
])
def test_unnamed_doers_of_organized_crime_are_an_unidentified_gang(read, text, actor1):
    (event,) = read(text)
    assert event.actor1 == actor1


@pytest.mark.parametrize("text", [
    "Soldiers stopped protesters from pitching tents in a square in Tyre on Monday.",
    "Police prevented nurses from marching to the ministry in Nairobi on Monday.",
    "About 40 people protested in Gomel on Monday. Police tried to arrest two of the"
    " organisers.",
    "Police forcibly removed demonstrators from the steps of the town hall in Tirana on"
    " Monday.",
    "Police tore down roadblocks put up by striking miners and protesters near Oruro on"
    " Monday.",
])
def test_forces_that_stop_or_remove_demonstrators_intervene_in_the_protest(read, text):
    (event,) = read(text)
    assert _types([event]) == [("Protests", "Protest with intervention")]


@pytest.mark.parametrize("text", [
    "Soldiers prevented residents from leaving the besieged town of Kadugli on Monday.",
    "Police tried to arrest a robbery suspect in Nakuru on Monday.",
])
def test_forces_that_stop_people_who_do_not_protest_make_no_protest(read, text):
    assert all(e.event_type != "Protests" for e in read(text))


def test_journalists_arrested_while_covering_a_protest_are_an_arrest(read):
    (event,) = read("Police arrested two journalists covering a protest in Harare on Monday.")
    assert (_types([event]), event.actor1) == ([("Strategic developments", "Arrests")],
                                               "Police Forces of Zimbabwe")


@pytest.mark.parametrize("text", [
    "Israeli forces razed farmland east of Khan Younis on Monday.",
    "Soldiers destroyed a row of shops in the market of Kumbo on Monday.",
])
def test_forces_that_raze_or_destroy_property_on_the_ground_destroy_property(read, text):
    (event,) = read(text)
    assert _types([event]) == [("Strategic developments", "Looting/property destruction")]


@pytest.mark.parametrize(("text", "sub"), [
    ("Israeli raids razed the market of Nabatieh on Monday.", "Air/drone strike"),
    ("Soldiers destroyed two houses with mortar fire in Kumbo on Monday.",
     "Shelling/artillery/missile attack"),
    ("Ukrainian troops destroyed two Russian tanks near Bakhmut on Monday.",
     "Shelling/artillery/missile attack"),
])
def test_what_a_state_destroys_with_fire_from_afar_stays_remote_violence(read, text, sub):
    (event,) = read(text)
    assert _types([event]) == [("Explosions/Remote violence", sub)]


def test_a_mob_that_forces_disperse_is_mob_violence(read):
    (event,) = read("Police fired tear gas on Monday to disperse a mob that was beating a"
                    " suspected thief in Mzuzu, Malawi.")
    assert (_types([event]), event.actor1) == ([("Riots", "Mob violence")], "Rioters (Malawi)")


def test_inmates_who_burn_mattresses_in_a_protest_riot(read):
    (event,) = read("Inmates burned mattresses at a prison in Valencia, Venezuela, on Monday"
                    " to demand visits. Guards broke up the protest.")
    assert (_types([event]), event.actor1) == ([("Riots", "Violent demonstration")],
                                               "Rioters (Venezuela)")


@pytest.mark.parametrize("text", [
    "Nigerian troops repulsed an ISWAP attack on a base in Monguno on Monday, killing 12"
    " militants.",
    "Ten ISWAP fighters were killed on Monday when Nigerian troops repelled their attack on a"
    " base in Monguno.",
])
def test_the_makers_of_an_attack_that_forces_repelled_are_its_first_side(read, text):
    (event,) = read(text)
    assert (event.actor1, event.actor2) == ("Islamic State West Africa Province",
                                            "Military Forces of Nigeria")


@pytest.mark.parametrize(("text", "actor1"), [
    ("Al Shabaab attacked the Somali National Army (SNA) and Macawisley militia and engaged"
     " them in an armed clash near Beledweyne on Monday.", "Al Shabaab"),
    ("ISWAP fighters attacked soldiers and villagers and abducted ten people in Monguno on"
     " Monday.", "Islamic State West Africa Province"),
    ("Wagner fighters fighting alongside the Malian army clashed with rebels near Kidal on"
     " Monday.", "Wagner Group"),
])
def test_the_subject_of_the_first_verb_does_the_second(read, text, actor1):
    (event,) = read(text)
    assert event.actor1 == actor1


def test_people_named_before_whom_a_later_sentence_says_were_killed_are_counted(read):
    (event,) = read("Gunmen opened fire on a car carrying two farmers near Zinder, Niger, on"
                    " Monday. As a result, the two men were killed.")
    assert event.fatalities == 2


def test_victims_told_before_are_not_counted_twice(read):
    (event,) = read("Gunmen killed five traders near Zinder, Niger, on Monday. The five traders"
                    " died on the road to the market.")
    assert event.fatalities == 5


def test_the_bomber_counted_among_the_dead_is_no_second_bombing(read):
    (event,) = read("An al Shabaab suicide bomber blew himself up at an army base in Mogadishu"
                    " on Monday. Four soldiers, including the suicide bomber, were killed.")
    assert (_types([event]), event.actor1, event.fatalities) == (
        [("Explosions/Remote violence", "Suicide bomb")], "Al Shabaab", 4)


def test_a_clause_that_goes_on_with_the_bomber_s_harm_is_the_same_bombing(read):
    (event,) = read("A suicide bomber killed three civilians, and injured 15, at a market in"
                    " Kabul on Monday.")
    assert (_types([event]), event.fatalities) == (
        [("Explosions/Remote violence", "Suicide bomb")], 3)


def test_fighters_who_evict_a_family_from_its_home_take_property(read):
    (event,) = read("Fighters of an armed faction forcibly evicted a family from their home in"
                    " Afrin, Syria, on Monday.")
    assert _types([event]) == [("Strategic developments", "Looting/property destruction")]


def test_authorities_that_introduce_a_state_of_emergency_change_activity(read):
    (event,) = read("The government decided on Monday to introduce a state of emergency in"
                    " Amhara, Ethiopia.")
    assert _types([event]) == [("Strategic developments", "Change to group/activity")]


def test_forces_that_take_hideouts_unopposed_take_ground_without_fighting(read):
    (event,) = read("Puntland forces overran militant hideouts near Qandala, Somalia, on"
                    " Monday. No clashes were reported.")
    assert _types([event]) == [("Strategic developments", "Non-violent transfer of territory")]


@pytest.mark.parametrize("text", [
    "The army moved troops and armoured vehicles into the town of Kidal, Mali, on Monday.",
    "Two rival factions of the SPLM-IO agreed to merge in Juba, South Sudan, on Monday.",
])
def test_forces_moved_in_and_factions_that_agree_to_merge_change_activity(read, text):
    (event,) = read(text)
    assert _types([event]) == [("Strategic developments", "Change to group/activity")]


def test_banks_that_agree_to_merge_make_no_event(read):
    assert read("Two banks agreed to merge in Lagos, Nigeria, on Monday.") == []


def test_bombs_planted_by_a_group_that_injure_people_are_explosives(read):
    (event,) = read("Two bombs planted by an unknown group injured four power company workers"
                    " in Kabul on Monday.")
    assert _types([event]) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_a_state_s_forces_that_bomb_militant_bases_strike_from_the_air(read):
    (event,) = read("The military forces of Mozambique bombed militant bases near Mocimboa da"
                    " Praia on Monday.")
    assert _types([event]) == [("Explosions/Remote violence", "Air/drone strike")]


@pytest.mark.parametrize(("text", "sub"), [
    ("Rebel forces fired anti-aircraft guns and grenade launchers at army positions near"
     " Horlivka, Ukraine, on Monday.", "Shelling/artillery/missile attack"),
    ("Government forces fired IFVs at rebel positions near Horlivka, Ukraine, on Monday.",
     "Shelling/artillery/missile attack"),
    ("Rebel forces fired grenade launchers and small arms at army positions near Horlivka,"
     " Ukraine, on Monday.", "Armed clash"),
])
def test_fire_at_positions_with_heavy_weapons_only_is_shelling(read, text, sub):
    (event,) = read(text)
    assert event.sub_event_type == sub


def test_forces_that_return_fire_are_the_target_of_the_fight(read):
    (event,) = read("Police officers returned fire on Monday in Arima, Trinidad, killing a man.")
    assert (event.event_type, event.actor1, event.actor2) == (
        "Battles", "Unidentified Armed Group (Trinidad and Tobago)",
        "Police Forces of Trinidad and Tobago")


def test_a_by_phrase_is_not_read_past_another_by(read):
    (event,) = read("A police officer was shot by a man who was wanted by the police in Arima,"
                    " Trinidad, on Monday.")
    assert event.actor1 == "Unidentified Armed Group (Trinidad and Tobago)"


def test_a_group_named_is_attacks_and_is_no_passive_verb(read):
    (event,) = read("IS attacked military vehicles belonging to regime forces near Palmyra,"
                    " Syria, on Monday, killing 11 soldiers.")
    assert event.actor1 == "Islamic State"


def test_either_of_two_groups_named_with_or_is_the_doer(read):
    (event,) = read("Suspected JNIM or ISGS militants abducted a trader near Diapaga, Burkina"
                    " Faso, on Monday.")
    assert event.actor1.startswith("JNIM: Group for Support of Islam and Muslims and/or ")


def test_a_group_that_claims_to_take_control_of_a_town_overtakes_it(read):
    (event,) = read("Al Shabaab said it managed to take control of Jowhar on Monday,"
                    " killing 20 soldiers.")
    assert _types([event]) == [("Battles", "Non-state actor overtakes territory")]


def test_a_group_that_says_it_gained_control_of_a_town_overtakes_it(read):
    assert _types(read("M23 rebels said they had moved to gain control of Masisi on Monday"
                       " after the army fled.")) == [
        ("Battles", "Non-state actor overtakes territory")]


def test_a_date_in_brackets_telling_another_act_does_not_date_the_event(read):
    events = read("On 19 May, Al Shabaab and government forces fought in Jowhar. The forces took"
                  " control of the town (Al Shabaab had held it since 16 May).")
    assert [(e.sub_event_type, e.date) for e in events] == [
        ("Government regains territory", date(2025, 5, 19))]


def test_a_by_phrase_in_brackets_after_the_verb_names_no_doer(read):
    (event,) = read("Al Shabaab fighters took control of Jowhar on Monday (an earlier takeover"
                    " by the army was never confirmed).")
    assert (event.sub_event_type, event.actor1) == (
        "Non-state actor overtakes territory", "Al Shabaab")


def test_neither_of_two_groups_named_with_a_slash_is_the_target(read):
    (event,) = read("Boko Haram/IS attacked Gwoza on Monday and set fire to a school and a clinic.")
    assert (event.event_type, event.actor2) == ("Violence against civilians", "Civilians (Nigeria)")


@pytest.mark.parametrize("verb", ["fought off", "beat back"])
def test_the_makers_of_an_attack_forces_fought_off_are_its_first_side(read, verb):
    (event,) = read(f"Nigerian troops {verb} an ISWAP attack on a base in Monguno on Monday,"
                    " killing 12 militants.")
    assert (event.actor1, event.actor2) == ("Islamic State West Africa Province",
                                            "Military Forces of Nigeria")


def test_suspects_a_mob_kills_are_civilians(read):
    (event,) = read("An angry mob beat two suspected kidnappers to death in Zaria,"
                    " Nigeria, on Monday.")
    assert (_types([event]), event.actor2) == ([("Riots", "Mob violence")], "Civilians (Nigeria)")


def test_the_dead_a_peaceful_protest_names_are_not_its_toll(read):
    (event,) = read("About 20 relatives of a man who died in a road crash rallied outside the"
                    " court in Limassol, Cyprus, on Monday, demanding justice.")
    assert (_types([event]), event.fatalities) == ([("Protests", "Peaceful protest")], None)


def test_a_strike_after_weapons_stopped_is_by_the_side_whose_weapons_they_were(read):
    events = read("Air defences shot down 35 drones over the Kharkiv region, the air force"
                  " said. A drone strike in Dnipro killed two people.")
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 != "Military Forces of Ukraine"


def test_a_sentence_that_names_its_country_does_not_borrow_an_earlier_town(read):
    events = read("Russian forces captured the village of Novopavlivka in the Donetsk region."
                  " Overnight, Russia fired 50 drones at Ukraine; air defences shot down 41 of"
                  " them.")
    assert [e.location.name for e in events] == ["Novopavlivka"]


def test_an_election_battle_is_a_figure_of_speech_not_a_riot(read):
    events = read("The election battle in Kumasi heated up on Tuesday as both parties held"
                  " rallies.")
    assert not [e for e in events if e.event_type in ("Battles", "Riots")]


def test_unexploded_ordnance_that_goes_off_is_a_remote_explosive(read):
    (event,) = read("A boy was killed in Herat on Sunday when an unexploded rocket he was"
                    " playing with went off.")
    assert _types([event]) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_rockets_fired_by_someone_that_landed_are_shelling(read):
    (event,) = read("Rockets fired from across the border landed in Kiryat Shmona on Tuesday,"
                    " damaging two houses.")
    assert _types([event]) == [("Explosions/Remote violence",
                                "Shelling/artillery/missile attack")]


def test_people_who_block_a_road_and_are_detained_protest(read):
    (event,) = read("Police detained 30 farmers who blocked a highway in Nashik on Thursday.")
    assert _types([event]) == [("Protests", "Protest with intervention")]
    assert event.actor2.startswith("Police Forces of India")


def test_a_deed_told_after_an_arrest_in_a_relative_clause_is_its_ground(read):
    (event,) = read("Police detained two bandits who had kidnapped a trader in Katsina on"
                    " Thursday.")
    assert _types([event]) == [("Strategic developments", "Arrests")]
    assert event.actor1 == "Police Forces of Nigeria"


def test_forces_killed_when_their_patrol_was_attacked_are_the_side_hit(read):
    (event,) = read("Three police officers were killed on Friday when bandits attacked their"
                    " patrol in Gusau.")
    assert (event.event_type, event.actor2) == ("Battles", "Police Forces of Nigeria")


def test_a_team_that_stormed_to_victory_attacked_no_one(read):
    assert read("The army's football team stormed to victory in Lagos on Saturday.") == []


def test_bodies_counted_before_what_they_bear_are_the_dead(read):
    (event,) = read("Five bodies bearing stab wounds were found in Culiacan on Sunday.")
    assert event.fatalities == 5


def test_bodies_found_with_hands_tied_were_killed(read):
    (event,) = read("Six bodies with their hands tied were found in Tijuana on Sunday.")
    assert (_types([event]), event.fatalities) == ([("Violence against civilians", "Attack")], 6)


def test_a_bombing_that_killed_people_is_told_even_in_a_claim(read):
    (event,) = read("The Islamic State claimed responsibility for a bombing that killed 9 people"
                    " at a market in Jalalabad on Friday.")
    assert (_types([event]), event.fatalities) == (
        [("Explosions/Remote violence", "Remote explosive/landmine/IED")], 9)


def test_a_protester_who_died_of_what_police_fired_met_excessive_force(read):
    (event,) = read("Police fired tear gas at demonstrators in Lima on Monday; one demonstrator"
                    " died in hospital.")
    assert _types([event]) == [("Protests", "Excessive force against protesters")]


def test_a_grenade_thrown_at_a_post_is_a_grenade_attack(read):
    (event,) = read("A grenade thrown at an army barracks outside Arauca on Monday caused no"
                    " casualties.")
    assert _types([event]) == [("Explosions/Remote violence", "Grenade")]


def test_gunmen_linked_to_a_named_group_are_that_group(read):
    (event,) = read("Gunmen linked to al-Shabaab killed two teachers in Mandera on Monday.")
    assert event.actor1 == "Al Shabaab"


def test_a_crowd_that_burned_to_death_a_woman_killed_her(read):
    (event,) = read("Villagers burned to death an elderly man accused of sorcery in Kilifi on"
                    " Monday.")
    assert (_types([event]), event.fatalities) == ([("Riots", "Mob violence")], 1)


def test_a_food_convoy_is_no_armed_post(read):
    (event,) = read("Gunmen attacked a World Food Programme convoy near Juba on Wednesday,"
                    " killing a driver.")
    assert _types([event]) == [("Violence against civilians", "Attack")]


def test_the_death_a_riot_protests_is_not_its_toll(read):
    (event,) = read("Students protesting the death of a classmate smashed windows and set a"
                    " police car on fire in Thies on Monday.")
    assert (_types([event]), event.fatalities) == ([("Riots", "Violent demonstration")], None)


def test_a_long_purpose_does_not_hide_the_protesters_clash(read):
    (event,) = read("Youths protesting the killing of a boy by police clashed with officers in"
                    " Nanterre on Tuesday.")
    assert _types([event]) == [("Riots", "Violent demonstration")]


def test_people_killed_in_an_assault_on_a_camp_fell_in_a_battle(read):
    (event,) = read("Eight soldiers and two attackers died in an assault on an army camp in"
                    " Dori on Tuesday.")
    assert (_types([event]), event.fatalities) == ([("Battles", "Armed clash")], 10)


def test_a_documentary_shot_somewhere_shot_no_one(read):
    assert read("The documentary was shot in Mosul over two months and premiered in Rome on"
                " Friday.") == []


def test_a_video_of_a_shooting_still_tells_the_shooting(read):
    (event,) = read("A video showed that the man was shot in Kabul on Friday.")
    assert _types([event]) == [("Violence against civilians", "Attack")]


def test_people_killed_in_a_named_groups_attack_were_killed_by_it(read):
    (event,) = read("Nine herders were killed in a Boko Haram attack on Gwoza on Wednesday.")
    assert (event.actor1, event.fatalities) == ("Boko Haram", 9)


def test_soldiers_who_died_in_a_named_groups_ambush_are_its_target(read):
    (event,) = read("Two soldiers died in an al-Shabaab ambush near Afgoye on Monday.")
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Somalia")


def test_people_killed_in_a_states_strike_were_killed_by_its_forces(read):
    (event,) = read("Four people were killed in a Russian missile strike on Kharkiv on Monday.")
    assert event.actor1 == "Military Forces of Russia"


def test_a_threat_to_attack_is_no_attack(read):
    assert read("Al-Shabaab threatened on Monday to attack hotels in Kismayo.") == []

def test_weapons_stopped_belong_to_the_side_that_launched_them_that_sentence(read):
    events = read("Belarus launched 30 drones at Lutsk overnight; air defences downed 25 of them.")
    (stopped,) = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert stopped.actor2 == "Military Forces of Belarus"


def test_weapons_stopped_belong_to_the_launcher_of_the_sentence_before(read):
    events = read("Belarus launched 30 drones at Lutsk overnight. Air defences downed 25 of them.")
    (stopped,) = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert stopped.actor2 == "Military Forces of Belarus"


def test_weapons_stopped_a_paragraph_after_a_launch_have_no_owner_from_it(read):
    events = read("Belarus launched 30 drones at Lutsk overnight.\n\n"
                  "In a separate incident, sappers defused a mine in Rivne on Tuesday.")
    (stopped,) = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert stopped.actor2 is None


def test_a_mine_cleared_after_a_launch_is_not_the_launcher_s(read):
    events = read("Belarus launched 30 drones at Lutsk overnight. Sappers later defused"
                  " a mine in Lutsk.")
    (stopped,) = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert stopped.actor2 is None


def test_the_launcher_is_not_carried_as_the_side_stopping_its_weapons(read):
    events = read("Belarus launched 30 drones at Lutsk overnight. Sappers later defused"
                  " a mine in Lutsk.")
    (stopped,) = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert stopped.actor1 != "Military Forces of Belarus"


def test_a_placeless_report_after_one_placed_in_a_country_only_is_not_moved_abroad(read):
    events = read(
        "Bandits killed 30 herders in a hamlet in eastern Chad on Friday.\n\n"
        "The attackers rounded up the men and shot them on Friday, officials said.\n\n"
        "In Cameroon, gunmen killed five farmers near Maroua on Saturday.")
    assert [e.location.name for e in events] == ["Maroua"]


def test_the_story_s_air_force_is_not_carried_to_a_drone_attack_in_a_third_country(read):
    events = read(
        "ERBIL, May 21 (Reuters) - Turkish air strikes killed six fighters near Qamishli"
        " on Monday.\n\n"
        "In Iraq, a drone attack hit a checkpoint near Kirkuk on Monday, officials said.")
    kirkuk = next(e for e in events if e.location.name == "Kirkuk")
    assert kirkuk.actor1 != "Military Forces of Turkey"


def test_the_story_s_air_force_is_carried_to_another_strike_where_it_struck(read):
    events = read(
        "ERBIL, May 21 (Reuters) - Turkish air strikes killed six fighters near Qamishli"
        " on Monday.\n\n"
        "On Tuesday, a drone strike hit a car near Kobani, killing two people.")
    (kobani,) = [e for e in events if e.fatalities == 2]
    assert kobani.actor1 == "Military Forces of Turkey"


def test_a_separate_attack_by_unnamed_rebels_is_not_the_story_group_s(read):
    events = read(
        "BUNIA, May 21 (Reuters) - CODECO fighters killed nine villagers in Djugu on Monday.\n\n"
        "Separately, militiamen killed a trader near Mongbwalu on Tuesday, officials said.")
    (other,) = [e for e in events if e.fatalities == 1]
    assert other.actor1 != "CODECO: Cooperative for Development of Congo"


def test_the_rebels_of_a_separate_attack_are_still_the_story_group(read):
    events = read(
        "BUNIA, May 21 (Reuters) - CODECO fighters killed nine villagers in Djugu on Monday.\n\n"
        "Separately, the militiamen killed a trader near Mongbwalu on Tuesday, officials said.")
    (other,) = [e for e in events if e.fatalities == 1]
    assert other.actor1 == events[0].actor1


def test_a_place_no_gazetteer_has_is_not_put_in_the_one_province_of_another_event(read):
    events = read(
        "GOMA, May 21 (Reuters) - Rebels and soldiers clashed near the hamlet of Zzyxabo on"
        " Monday, killing six.\n\n"
        "On Tuesday, a grenade blast killed two people at a bus stop in Goma.\n\n"
        "Militiamen killed 14 villagers in Djugu territory in Ituri province on Wednesday.")
    assert all(e.location.kind != "admin1" for e in events)


def test_weapons_stopped_belong_to_an_armed_group_that_launched_them(read):
    events = read("Houthi drones attacked the port of Jizan on Sunday. The army said air"
                  " defences shot down several of them.")
    (stopped,) = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert stopped.actor2 == next(e.actor1 for e in events
                                  if e.event_type == "Explosions/Remote violence")


def test_a_toll_rise_for_a_strike_named_by_its_day_goes_to_that_day_s_strike(read):
    events = read(
        "ODESA, May 21 (Reuters) - A Russian missile hit a warehouse in Odesa on Sunday,"
        " killing four people. On Monday, Russian drones struck a school in Odesa,"
        " wounding six.\n\n"
        "The toll from Sunday's strike rose to seven on Tuesday, officials said.")
    assert sorted((e.date.isoformat(), e.fatalities) for e in events) == [
        ("2025-05-18", 7), ("2025-05-19", None)]


def test_a_toll_rise_for_a_strike_named_by_its_day_and_place_goes_to_that_day_s_strike(read):
    events = read(
        "ODESA, May 21 (Reuters) - A Russian missile hit a warehouse in Odesa on Sunday,"
        " killing four people. On Monday, Russian drones struck a school in Odesa,"
        " wounding six.\n\n"
        "The toll from Sunday's strike in Odesa rose to seven on Tuesday, officials said.")
    assert sorted((e.date.isoformat(), e.fatalities) for e in events) == [
        ("2025-05-18", 7), ("2025-05-19", None)]


def test_one_toll_told_again_at_a_neighbouring_place_is_one_event(read):
    events = read(
        "KHERSON, May 21 (Reuters) - A Russian missile hit a market in Kherson on Monday,"
        " killing 14 people, officials said.\n\n"
        "Fourteen people died when the missile struck stalls near Chornobaivka on Monday,"
        " the regional governor said.")
    assert [e.fatalities for e in events] == [14]


def test_two_strikes_with_other_tolls_at_neighbouring_places_stay_two(read):
    events = read(
        "KHERSON, May 21 (Reuters) - A Russian missile hit a market in Kherson on Monday,"
        " killing 14 people, officials said.\n\n"
        "Another missile struck a warehouse in Chornobaivka on Monday, killing three,"
        " the regional governor said.")
    assert sorted(e.fatalities for e in events) == [3, 14]


def test_a_sentence_about_a_fight_no_event_told_adds_nothing_to_a_strike(read):
    events = read(
        "SUMY, May 21 (Reuters) - Russian drones hit a school in Sumy on Monday, wounding"
        " five.\n\n"
        "Ukrainian troops held their lines in the north, the general staff said. Forty"
        " Russian soldiers were killed in the fighting, it said.")
    assert [(e.location.name, e.fatalities) for e in events] == [("Sumy", None)]


def test_later_deaths_of_one_kind_of_victim_go_to_the_event_that_had_them(read):
    events = read(
        "YOLA, May 21 (Reuters) - Bandits killed 7 herders near Mubi on Monday. Soldiers"
        " later killed 11 of the bandits near Michika. Two other herders died in hospital,"
        " residents said.")
    assert {e.location.name: e.fatalities for e in events}["Michika"] == 11
    mubi = next(e for e in events if e.location.name == "Mubi")
    assert any("hospital" in s for s in mubi.sources)


def test_a_day_earlier_counts_from_the_event_not_the_day_its_toll_rose(read):
    events = read(
        "EL OBEID, May 21 (Reuters) - Drones killed 20 people in Kadugli on Sunday. The toll"
        " rose to 26 on Tuesday, medics said.\n\n"
        "A day earlier, gunmen attacked a village near Dilling, killing 11.")
    (village,) = [e for e in events if e.fatalities == 11]
    assert village.date == date(2025, 5, 17)


def test_drones_fired_at_a_town_are_an_air_strike(read):
    events = read("Belarus fired a dozen drones at Kovel late on Tuesday, hitting a school.")
    assert _types(events) == [("Explosions/Remote violence", "Air/drone strike")]


def test_firing_upon_a_drone_is_no_drone_strike(read):
    events = read("Government troops fired upon a rebel drone near Kassala on Tuesday.")
    assert ("Explosions/Remote violence", "Air/drone strike") not in _types(events)


def test_the_side_accused_of_an_act_did_it_not_its_accuser(read):
    (event,) = read("The Arakan Army accused the army of shelling Sittwe on Monday.")
    assert event.actor1 == "Military Forces of Myanmar"


def test_a_strike_that_hit_a_place_with_no_doer_named_is_an_air_strike(read):
    events = read("Six people died when a strike hit a bakery in Maarat on Sunday.")
    assert _types(events) == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_labour_strike_that_hit_a_port_is_no_air_strike(read):
    events = read("A general strike hit the port of Durban on Monday.")
    assert ("Explosions/Remote violence", "Air/drone strike") not in _types(events)


def test_victims_told_as_more_add_to_the_toll_told_before(read):
    text = ("Bandits killed five herders near Kauru on Monday. Two more herders were killed"
            " there as the bandits withdrew, a local official said.")
    (event,) = read(text)
    assert event.fatalities == 7


def test_police_who_arrest_men_suspected_of_a_bombing_did_not_bomb(read):
    events = read("Police in Mardan on Tuesday arrested four men suspected of planting a bomb"
                  " that exploded on Sunday.")
    assert "Police Forces of Pakistan" not in [e.actor1 for e in events
                                               if e.event_type == "Explosions/Remote violence"]


def test_police_who_are_accused_of_an_assault_did_it(read):
    (event,) = read("Police in Polokwane are accused of beating a street vendor on Monday.")
    assert event.actor1 == "Police Forces of South Africa"


def test_a_named_site_the_gazetteer_lacks_is_in_the_town_of_the_dateline(read):
    # the story names no town but the dateline's; "Kalinda Mosque" is in no gazetteer
    (event,) = read("Teachers march over pay\n\nKAMPALA, May 3 (Reuters) - Hundreds of "
                    "teachers marched outside Kalinda Mosque on Friday demanding unpaid "
                    "salaries, organisers said.")
    assert (event.event_type, event.location.name, event.geo_precision) == (
        "Protests", "Kampala", 2)
    # a camp may lie far from any town: not placed at the dateline's
    assert [e.location for e in read(
        "Fighting near camp\n\nKAMPALA, May 3 (Reuters) - Gunmen attacked Kalinda camp on "
        "Friday, killing four displaced people.") if e.location is not None] == []


def test_a_toll_since_an_act_began_is_a_period_total_not_the_last_event_s(read):
    (protest,) = read("Students rallied in Mandalay on Sunday; police detained 12 of them.\n\n"
                      "The army has been accused of killing thousands of people since seizing "
                      "power in a coup in February 2021.")
    assert protest.fatalities is None


def test_a_protest_s_day_told_after_what_it_is_about_is_its_own(read):
    events = read("Troops shot dead two farmers in Kaduna on Monday.\n\nIn Abuja, students "
                  "marched against fee rises outside the national assembly on Saturday.")
    (march,) = [e for e in events if e.event_type == "Protests"]
    assert march.date.weekday() == 5  # the Saturday before publication, not Monday's


def test_whom_a_crowd_accuses_or_makes_demands_of_is_neither_hit_nor_a_toll(read):
    (riot,) = read("Hundreds of protesters stormed the Belgian embassy in Kinshasa on Monday, "
                   "accusing Brussels of arming the rebels.")
    assert (riot.event_type, riot.actor2) == ("Riots", None)
    (riot,) = read("Youths stoned police officers in Kisumu on Monday, accusing them of "
                   "killing a hawker.")
    assert (riot.actor2, riot.fatalities) == ("Police Forces of Kenya", None)


def test_destruction_followed_by_people_hurt_is_an_attack(read):
    (event,) = read("Armed settlers set fire to cars in the village of Burqa on Tuesday, "
                    "residents said. Three villagers were injured.")
    assert (event.event_type, event.sub_event_type, event.injured) == (
        "Violence against civilians", "Attack", 3)
    (event,) = read("Soldiers looted shops in Bunia on Tuesday, residents said. No one was "
                    "hurt.")
    assert event.sub_event_type == "Looting/property destruction"


def test_robbers_who_shoot_a_hired_guard_fight_private_security_forces(read):
    (event,) = read("Armed robbers opened fire on a security guard outside a jewellery shop in"
                    " Kano on Monday, killing him.")
    assert (event.event_type, event.actor2, event.inter2) == (
        "Battles", "Private Security Forces (Nigeria)", 8)


def test_a_border_guard_is_still_a_state_s_force(read):
    (event,) = read("Smugglers shot dead a border guard near Zahedan on Monday.")
    assert event.actor2 == "Military Forces of Iran"


def test_miscreants_who_burn_houses_are_an_unidentified_armed_group(read):
    (event,) = read("Miscreants set fire to a dozen houses in Imphal on Sunday night.")
    assert (event.sub_event_type, event.actor1) == (
        "Looting/property destruction", "Unidentified Armed Group (India)")


def test_people_killed_in_the_sentence_after_a_shelling_make_it_hit_civilians(read):
    (event,) = read("Artillery shells landed on a market in Kharkiv on Tuesday. Three shoppers"
                    " died.")
    assert (event.event_type, event.actor2, event.fatalities) == (
        "Explosions/Remote violence", "Civilians (Ukraine)", 3)


def test_soldiers_killed_in_the_sentence_after_a_shelling_are_not_civilians(read):
    (event,) = read("Artillery shells landed on a trench near Bakhmut on Tuesday. Three soldiers"
                    " died.")
    assert event.actor2 != "Civilians (Ukraine)"


def test_an_attack_on_an_african_union_camp_is_a_battle_with_its_mission(read):
    (event,) = read("Insurgents raided an African Union camp near Baidoa on Friday.")
    assert (event.event_type, event.actor2) == ("Battles", "African Union Mission in Somalia")



@pytest.mark.parametrize("text", [
    "Insurgents raided an army post near Dikwa on Monday but were repelled by soldiers.",
    "A raid by insurgents on an army post near Dikwa was repelled by soldiers on Monday.",
    "Soldiers repelled a raid by insurgents on an army post near Dikwa on Monday.",
])
def test_forces_that_fight_off_an_attack_are_its_target_not_its_doer(read, text):
    (event,) = read(text)
    assert (event.event_type, event.actor1, event.actor2) == (
        "Battles", "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria")


def test_a_government_named_without_its_state_in_a_truce_signed_abroad_is_the_group_s(read):
    (event,) = read("The government and the ELN agreed a ceasefire in Caracas on Monday.")
    assert (event.sub_event_type, event.actor1) == ("Agreement", "Government of Colombia")


def test_a_gang_leader_is_no_government_official(read):
    (event,) = read("A gang leader was arrested by police in Cap-Haitien on Monday.")
    assert event.actor2 != "Government of Haiti"


def test_the_source_a_toll_is_told_by_is_not_among_its_victims(read):
    (event,) = read("Militiamen shelled a market in Kadugli on Monday, killing 11 people,"
                    " according to local nurses.")
    assert (event.actor2, event.assoc_actor_2, event.fatalities) == (
        "Civilians (Sudan)", None, 11)


def test_a_mob_that_beats_one_suspect_to_death_attacks_a_civilian(read):
    (event,) = read("A crowd lynched an alleged pickpocket at a market in Onitsha on Friday.")
    assert (event.sub_event_type, event.actor2) == ("Mob violence", "Civilians (Nigeria)")


def test_a_clash_of_rival_crowds_has_rioters_on_both_sides(read):
    (event,) = read("Youths from rival clans clashed with machetes near Marsabit on Sunday,"
                    " leaving two dead.")
    assert (event.event_type, event.actor1, event.actor2, event.interaction) == (
        "Riots", "Rioters (Kenya)", "Rioters (Kenya)", 55)


def test_an_attack_told_in_a_clause_that_opens_the_sentence_is_not_fought_with_the_police(read):
    events = read("After bandits raided the village of Dansadau on Monday, police detained four"
                  " men on Wednesday.")
    attack = next(e for e in events if e.event_type != "Strategic developments")
    assert (attack.event_type, attack.actor2, attack.date) == (
        "Violence against civilians", "Civilians (Nigeria)", date(2025, 5, 19))


def test_bodies_recovered_after_a_strike_are_of_civilians(read):
    (event,) = read("Warplanes of the Israeli air force bombed a house in Rafah on Friday."
                    " Rescuers said the bodies of six people were pulled from the rubble.")
    assert (event.actor1, event.actor2, event.fatalities) == (
        "Military Forces of Israel", "Civilians (Palestine)", 6)


def test_a_crowd_that_burns_a_police_post_riots_against_the_police(read):
    (event,) = read("Villagers set fire to a police post in Migori on Sunday after a boy was"
                    " run over by a patrol car.")
    assert (event.event_type, event.actor2) == ("Riots", "Police Forces of Kenya")


def test_what_a_group_claiming_an_attack_says_it_seized_is_part_of_the_attack(read):
    events = read("Gunmen stormed an army post in Arbinda on Friday, killing nine soldiers. "
                  "Ansarul Islam claimed the raid, saying its men had seized rifles and a "
                  "pickup truck.")
    assert [e.event_type for e in events] == ["Battles"]


def test_an_attack_whose_dead_include_forces_is_fought_with_them(read):
    (event,) = read("Militants raided the market town of Arbinda on Friday, killing four traders "
                    "and two soldiers.")
    assert (event.event_type, event.actor2) == ("Battles", "Military Forces of Burkina Faso")
    (event,) = read("Militants raided the market town of Arbinda on Friday. Six people died, "
                    "among them two policemen.")
    assert (event.event_type, event.actor2) == ("Battles", "Police Forces of Burkina Faso")
    (event,) = read("Militants raided the market town of Arbinda on Friday, killing four "
                    "traders, police said.")
    assert event.event_type == "Violence against civilians"


def test_unnamed_fighters_after_a_sentence_naming_two_groups_are_neither(read):
    events = read("Police blamed a feud between the Sinaloa Cartel and the Jalisco New "
                  "Generation Cartel for a wave of killings.\n\nOn Friday, soldiers clashed "
                  "with cartel gunmen near Culiacan, killing three of them.")
    (clash,) = [e for e in events if e.event_type == "Battles"]
    assert clash.actor2 not in ("Sinaloa Cartel", "CJNG: Jalisco New Generation Cartel")


def test_a_blame_in_a_relative_clause_is_not_of_the_event_told_before(read):
    (attack,) = read("Gunmen shot dead eight people at a bar in Celaya on Friday night.\n\n"
                     "The shooting came a week after a bus was torched on a highway, which "
                     "officials blamed on the Jalisco New Generation Cartel.")
    assert attack.actor1 != "CJNG: Jalisco New Generation Cartel"


def test_ground_taken_and_taken_back_are_two_events(read):
    events = read("ISWAP fighters overran an army base in Damboa on Saturday, killing four "
                  "soldiers. Troops later said they had recaptured the base.")
    assert {e.sub_event_type for e in events} == {"Non-state actor overtakes territory",
                                                  "Government regains territory"}


def test_a_launch_told_before_its_interception_is_one_disrupted_weapons_use(read):
    (event,) = read("Hezbollah said it fired a rocket at Haifa on Sunday. The Israeli army "
                    "said the rocket was intercepted.")
    assert event.sub_event_type == "Disrupted weapons use"
    events = read("Russia fired missiles at Odesa on Sunday, killing three people. Air "
                  "defences intercepted most of them.")
    assert "Shelling/artillery/missile attack" in {e.sub_event_type for e in events}


def test_a_group_named_inside_a_longer_group_name_is_still_one_group(read):
    events = read("Gunmen ambushed a police van in Lakki Marwat on Monday, killing two "
                  "officers. A faction of the Pakistani Taliban claimed responsibility.\n\n"
                  "Later, troops raided a hideout in Bannu and killed six of the militants.")
    (raid,) = [e for e in events if "Bannu" in e.location.name]
    assert raid.actor2 == "TTP: Tehreek-i-Taliban Pakistan"


def test_a_situation_told_beside_an_attack_is_no_battle_of_its_own(read):
    events = read("Gunmen shot dead four villagers in Churachandpur on Saturday, as ethnic "
                  "violence flared again in the hill district.")
    assert [e.event_type for e in events] == ["Violence against civilians"]


@pytest.mark.parametrize("text", [
    "Tiv herdsmen raided Jukun fishermen near Wukari on Monday, killing seven people.",
    "Tiv herdsmen ambushed Jukun traders near Wukari on Monday, killing seven.",
])
def test_the_bare_object_of_the_main_verb_is_not_the_doer_of_its_participle(read, text):
    (event,) = read(text)
    assert (event.actor1, event.actor2) == ("Tiv Ethnic Militia (Nigeria)", "Civilians (Nigeria)")


def test_an_adjective_in_ed_before_the_doers_is_no_verb(read):
    (event,) = read("Residents said masked gunmen stormed a church in Owo on Sunday,"
                    " killing five worshippers.")
    assert event.actor1 == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize("text", [
    "Fighting between the Dulbahante and Isaaq clans left nine dead near Las Anod on Friday.",
    "Fighting between two clans left nine dead near Las Anod on Friday.",
    "Clashes between two rival clans left nine people dead near Las Anod on Friday.",
])
def test_a_deadly_fight_between_communities_is_an_armed_clash(read, text):
    (event,) = read(text)
    assert (event.event_type, event.sub_event_type, event.fatalities) == (
        "Battles", "Armed clash", 9)


def test_communities_killed_by_others_are_no_armed_group(read):
    (event,) = read("Soldiers killed four members of the Dinka and Nuer tribes in Bentiu on"
                    " Friday.")
    assert (event.event_type, event.actor2) == (
        "Violence against civilians", "Civilians (South Sudan)")


def test_an_opening_clause_that_counts_days_dates_the_main_clause_from_its_event(read):
    events = read("Two days after a roadside bomb killed three soldiers near Mopti on Friday,"
                  " gunmen raided a market in Djenne, killing four traders.")
    by_place = {e.location.name.replace("é", "e"): e.date for e in events}
    assert by_place == {"Mopti": date(2025, 5, 16), "Djenne": date(2025, 5, 18)}


def test_a_weapon_stopped_with_no_one_named_was_stopped_by_the_forces_it_flew_over(read):
    (event,) = read("A missile launched from Yemen was intercepted near Beersheba on Monday.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Disrupted weapons use", "Military Forces of Israel", "Unidentified Armed Group (Yemen)")


def test_fire_from_a_place_across_a_border_is_by_a_group_of_that_place(read):
    (event,) = read("Mortar shells fired from Beit Hanoun hit Sderot on Monday.")
    assert event.actor1 == "Unidentified Armed Group (Palestine)"


def test_a_lead_that_sums_up_ground_retaken_and_the_paragraph_that_details_it_are_one_event(read):
    events = read("Shells hit the city of Kherson on Sunday, officials said, as Ukraine's army"
                  " said it had recaptured two villages in Kherson region.\n\nThe army said its"
                  " troops had retaken Tiahynka and Lvove, east of Kherson, after heavy fighting"
                  " on Saturday with Russian forces.")
    taken = [e for e in events if e.event_type == "Battles"]
    # one event per village the detail names, none more for the lead's summary of them
    assert {(e.sub_event_type, e.date) for e in taken} == {
        ("Government regains territory", date(2025, 5, 17))}
    assert len(taken) == len({e.location.name for e in taken}) <= 2


def test_the_weapon_of_an_opening_clause_is_not_the_main_clause_s(read):
    events = read("A week after a landmine killed two soldiers near Gao on Friday, gunmen raided"
                  " a market in Ansongo, killing three traders.")
    raid = next(e for e in events if e.location.name == "Ansongo")
    assert (raid.event_type, raid.sub_event_type) == ("Violence against civilians", "Attack")


def test_days_counted_from_an_event_of_no_told_day_give_no_day(read):
    (event,) = read("Four days after the referendum, police detained nine opposition activists"
                    " in Kano.")
    assert event.date == WEDNESDAY  # the article's day, not four days after it


def test_a_site_of_forces_set_on_fire_with_their_men_killed_is_a_clash_with_those_forces(read):
    (event,) = read("Gangsters torched a police post in Cap-Haitien on Monday, killing three"
                    " officers.")
    assert (event.event_type, event.actor2) == ("Battles", "Police Forces of Haiti")


def test_attacks_repelled_named_by_a_state_s_demonym_are_that_state_s(read):
    (event,) = read("Ukrainian troops fought off nine Russian assaults near Kupiansk on Monday.")
    assert (event.event_type, event.actor1, event.actor2) == (
        "Battles", "Military Forces of Russia", "Military Forces of Ukraine")


def test_a_leader_named_by_a_party_s_acronym_holds_no_state_office(read):
    (event,) = read("Police in Lahore detained a senior PML-N leader on Monday.")
    assert (event.sub_event_type, event.actor2) == ("Arrests", "Civilians (Pakistan)")


def test_armed_men_who_throw_a_petrol_bomb_at_a_home_attack_its_people_and_do_not_riot(read):
    (event,) = read("Masked gunmen hurled a petrol bomb at the house of an activist in Sylhet on"
                    " Monday.")
    assert (event.event_type, event.actor1) == (
        "Violence against civilians", "Unidentified Armed Group (Bangladesh)")


def test_armed_men_a_participle_kills_are_its_object_not_the_doer_of_the_fight(read):
    (event,) = read("Indian troops stormed a hideout in Kupwara on Monday, killing two Pakistani"
                    " militants in a gunfight.")
    assert (event.event_type, event.actor1) == ("Battles", "Military Forces of India")


def test_a_toll_across_a_region_that_sums_the_tolls_told_at_its_towns_is_no_event_of_its_own(read):
    events = read("Israeli drone strikes killed nine people across the Gaza Strip on Monday,"
                  " medics said.\n\nIn Rafah, a drone strike killed five people on Monday."
                  " A drone strike also killed four people in Deir al-Balah on Monday.")
    assert sorted(e.fatalities for e in events) == [4, 5]


def test_people_hurt_when_they_fought_each_other_are_the_sides(read):
    (event,) = read("Youths from two hamlets near Wamena quarrelled over land on Monday. They"
                    " beat each other with sticks, injuring five youths and killing two.")
    assert (event.event_type, event.fatalities) == ("Riots", 2)


def test_a_crowd_that_clashes_with_another_crowd_has_rioters_on_both_sides(read):
    (event,) = read("Farmers clashed with cattle herders in Tamale on Sunday, leaving three dead.")
    assert (event.event_type, event.actor1, event.actor2) == (
        "Riots", "Rioters (Ghana)", "Rioters (Ghana)")


def test_police_who_say_on_a_day_that_they_killed_fighters_are_the_doers(read):
    (event,) = read("Police said on Friday they had shot dead three Boko Haram fighters in a"
                    " gunfight near Bama.")
    assert (event.event_type, event.actor1, event.actor2) == (
        "Battles", "Police Forces of Nigeria", "Boko Haram")


def test_an_opening_clause_that_counts_days_before_the_main_clause_s_day_is_dated_from_it(read):
    events = read("Three days after soldiers shot dead nine herders near Gao, militants attacked"
                  " a checkpoint in Ansongo on Monday.")
    by_place = {e.location.name: e.date for e in events}
    assert by_place == {"Gao": date(2025, 5, 16), "Ansongo": date(2025, 5, 19)}


def test_a_peaceful_march_set_against_a_riot_elsewhere_stays_a_protest(read):
    events = read("In Kisumu, hundreds marched peacefully to the governor's office on Tuesday, "
                  "while in Eldoret, youths pelted police with stones.")
    assert {(e.location.name, e.event_type) for e in events} == {
        ("Kisumu", "Protests"), ("Eldoret", "Riots")}


def test_a_place_put_first_with_no_comma_does_not_make_the_subject_its_object(read):
    (riot,) = read("In Nakuru students hurled stones at police on Monday.")
    assert (riot.event_type, riot.location.name) == ("Riots", "Nakuru")


def test_a_truce_told_as_the_start_of_a_period_is_no_agreement_event(read):
    events = read("Shelling killed four people in Kfar Kila on Monday, the worst toll since a "
                  "truce took effect last month.")
    assert "Agreement" not in {e.sub_event_type for e in events}


def test_a_strike_told_a_dozen_words_before_its_dead_still_killed_them(read):
    (event,) = read("One strike hit a motorbike in the village of Kfar Kila on Monday, "
                    "killing two men.")
    assert (event.sub_event_type, event.fatalities) == ("Air/drone strike", 2)


def test_the_air_force_of_a_report_placed_in_a_country_only_does_the_strikes_told_next(read):
    events = read("Israeli air strikes on villages in south Lebanon killed five people on "
                  "Monday.\n\nOne strike hit a motorbike in Kfar Kila, killing two men.")
    assert [e.actor1 for e in events] == ["Military Forces of Israel"]


def test_an_arrest_told_beside_a_claim_is_still_an_event(read):
    events = read("A roadside bomb hit a police truck in Kismayo on Friday, killing four "
                  "officers. Al Shabaab claimed the bombing, and police detained two men.")
    assert "Arrests" in {e.sub_event_type for e in events}


def test_places_listed_each_with_its_own_preposition_each_get_the_event(read):
    events = read("GARISSA, March 3 - Traders demonstrated against new taxes in Garissa on "
                  "Monday.\n\nSimilar rallies were held in Nyeri and in Kakamega.")
    assert {e.location.name for e in events} == {"Garissa", "Nyeri", "Kakamega"}


def test_an_unplaced_report_of_a_gathering_refers_back_to_the_nearest_one_told(read):
    events = read("GARISSA, March 3 - Police fired tear gas at traders demonstrating in "
                  "Garissa on Monday.\n\nThe marchers walked towards the county assembly "
                  "before officers blocked the road. Some demonstrators threw rocks and torched "
                  "a police vehicle near the county assembly.\n\nA rally was also held in "
                  "Nyeri.")
    assert {(e.location.name, e.event_type) for e in events} == {
        ("Garissa", "Riots"), ("Nyeri", "Protests")}


def test_a_month_told_as_the_start_of_a_siege_dates_no_event(read):
    events = read("KADUGLI, Sudan - Shells struck a market in Kadugli on Sunday, killing six "
                  "traders.\n\nThe Sudan Medics Union said the shells hit the cattle section "
                  "of the market in the morning. It blamed the rebels, which have encircled the "
                  "South Kordofan state capital since March last year.\n\nSeparately, the army "
                  "said its jets bombed rebel positions near the town of Dilling.",
                  published=date(2025, 6, 17))
    assert {(e.location.name, e.date) for e in events} == {
        ("Kadugli", date(2025, 6, 15)), ("Dilling", date(2025, 6, 15))}


def test_an_attack_told_in_a_country_is_placed_by_the_sentence_telling_how_it_began(read):
    events = read("NIAMEY, May 20 - Jihadists attacked an army camp in western Niger on "
                  "Tuesday, killing 12 soldiers, the defence ministry said.\n\nThe assault "
                  "began when a car bomb exploded at the entrance of the camp outside Tahoua, "
                  "a local official said.")
    assert [(e.location.name, e.fatalities) for e in events] == [("Tahoua", 12)]


def test_a_coup_that_ousts_a_government_takes_no_territory(read):
    events = read("Soldiers ousted the elected government of the country in a coup in Niamey on "
                  "Wednesday.")
    assert not [e for e in events if "territory" in e.sub_event_type]


def test_a_named_group_described_beside_its_name_still_does_what_it_said(read):
    (event,) = read("The Karen National Union, the oldest ethnic armed group in the country, "
                    "said on Tuesday it had captured an army outpost near Myawaddy.")
    assert (event.sub_event_type, event.actor1) == (
        "Non-state actor overtakes territory", "KNU: Karen National Union")


def test_the_story_s_foreign_guns_do_the_unclaimed_strikes_told_next_where_they_struck(read):
    events = read("Russian rockets pounded Zaporizhzhia on Monday, killing three people.\n\n"
                  "A drone hit a bus in Vilniansk on Monday evening, wounding four.")
    assert [e.actor1 for e in events] == ["Military Forces of Russia"] * 2


def test_a_vague_toll_and_a_named_group_in_the_detail_make_one_event_by_that_group(read):
    events = read("MAIDUGURI, May 20 - Insurgents killed dozens of farmers in an attack on "
                  "Konduga in Borno state on Sunday.\n\nFighters of Boko Haram stormed the "
                  "town at dusk and killed 63 people, a local official said.")
    assert len(events) == 1 and "Boko Haram" in events[0].actor1


def test_strategic_developments_of_different_kinds_at_one_place_are_two_events(read):
    events = read("BUNIA, May 20 - CODECO militiamen looted shops in Bunia on Monday. The "
                  "militiamen also set up a base in Bunia, residents said.")
    assert {e.sub_event_type for e in events} == {
        "Looting/property destruction", "Headquarters or base established"}


def test_the_name_a_blame_gives_the_fighters_it_blames_names_the_doer(read):
    (event,) = read("Gunmen seized 14 passengers from a bus near Kumba on Friday. Officials "
                    "blamed separatist militants, known as Amba boys.")
    assert event.actor1 == "Ambazonian Separatists"


def test_a_verb_in_scare_quotes_keeps_its_doer(read):
    (event,) = read('The regional command said its troops had "neutralized" nine insurgents in'
                    " Gao, Mali, on Monday.")
    assert event.actor1 == "Military Forces of Mali"
    assert event.fatalities == 9
    assert event.sources == ['The regional command said its troops had "neutralized" nine'
                             " insurgents in Gao, Mali, on Monday."]


def test_soldiers_seized_when_their_post_is_overrun_are_the_battle_s_not_an_abduction(read):
    events = read("Militants abducted four soldiers after overrunning their post near Tillaberi"
                  " in western Niger on Tuesday, a security source said.")
    assert _types(events) == [("Battles", "Armed clash")]


def test_soldiers_taken_hostage_after_an_attack_on_their_camp_join_that_battle(read):
    events = read("Jihadists attacked an army camp near Tillaberi in western Niger on Tuesday,"
                  " killing seven soldiers. The assailants also took six soldiers hostage,"
                  " the army said.")
    assert _types(events) == [("Battles", "Armed clash")]


def test_soldiers_kidnapped_at_their_checkpoint_are_the_battle_s(read):
    events = read("Gunmen kidnapped three soldiers at a checkpoint near Tillaberi in western"
                  " Niger on Tuesday.")
    assert _types(events) == [("Battles", "Armed clash")]


def test_an_off_duty_soldier_taken_from_a_bus_is_still_abducted(read):
    events = read("Militants abducted an off-duty soldier travelling on a minibus near Tillaberi"
                  " in western Niger on Tuesday.")
    assert _types(events) == [("Violence against civilians", "Abduction/forced disappearance")]


def test_flight_after_fighters_advance_on_a_town_is_coded_as_the_advance(read):
    events = read("Thousands of families fled their homes on Monday after rebel fighters"
                  " advanced on Kadugli in Sudan's South Kordofan state, aid workers said.")
    assert ("Strategic developments", "Change to group/activity") in _types(events)
    assert all(e.event_type != "Violence against civilians" for e in events)


def test_herders_and_farmers_who_fight_leaving_dead_are_communal_militias_in_a_clash(read):
    (event,) = read("Herders and farmers clashed near Moundou in southern Chad on Tuesday,"
                    " leaving nine people dead, a local official said.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1 == "Unidentified Communal Militia (Chad)"


def test_two_unnamed_communal_militias_are_both_sides_of_their_clash(read):
    (event,) = read("Clashes between pastoralists and farmers killed eleven people near Moundou"
                    " in southern Chad on Tuesday.")
    assert (event.actor1, event.actor2) == ("Unidentified Communal Militia (Chad)",
                                            "Unidentified Communal Militia (Chad)")


def test_armed_herders_raiding_villagers_still_attack_civilians(read):
    (event,) = read("Armed herders raided villagers near Moundou in southern Chad on Tuesday,"
                    " killing nine people, a local official said.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_vigilantes_killing_suspects_attack_civilians_as_a_communal_militia(read):
    (event,) = read("Members of a village vigilante group shot dead four suspected cattle"
                    " rustlers in Funtua, Nigeria, on Tuesday.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1 == "Unidentified Communal Militia (Nigeria)"
    assert event.actor2 == "Civilians (Nigeria)"


def test_a_crowd_turning_on_a_suspect_stays_mob_violence(read):
    (event,) = read("An angry crowd beat a suspected pickpocket to death in Funtua, Nigeria,"
                    " on Tuesday.")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert event.actor1 == "Rioters (Nigeria)"


def test_debris_of_a_downed_drone_that_hurts_people_is_the_drone_strike(read):
    (event,) = read("Fragments of a Ukrainian drone brought down by air defence units wounded"
                    " five residents of Belgorod on Tuesday, the governor said.")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence",
                                                        "Air/drone strike")
    assert event.actor1 == "Military Forces of Ukraine"
    assert event.injured == 5


def test_debris_that_hurts_no_one_leaves_the_interception(read):
    (event,) = read("Air defences destroyed a drone over Belgorod on Tuesday; its wreckage"
                    " fell on a garage.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_druze_and_bedouin_armed_men_are_ethnic_militias(read):
    (event,) = read("Druze militiamen exchanged fire with Bedouin gunmen near Suwayda, Syria,"
                    " on Tuesday, leaving four dead.")
    assert {event.actor1, event.actor2} == {"Bedouin Ethnic Militia (Syria)",
                                            "Druze Ethnic Militia (Syria)"}


def test_a_religious_group_wrecking_a_place_of_worship_is_mob_violence(read):
    (event,) = read("Buddhist nationalists ransacked a mosque in Mandalay, Myanmar, on Tuesday,"
                    " smashing its doors.")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert (event.actor1, event.assoc_actor_1) == ("Rioters (Myanmar)",
                                                   "Buddhist Group (Myanmar)")


def test_a_second_strike_told_by_another_is_its_own_event(read):
    events = read("Two air strikes killed nine people in Sudan on Tuesday. The first struck a"
                  " bus station in Kosti, killing four, and another hit a clinic in Sennar,"
                  " killing five.")
    assert sorted((e.location.name, e.fatalities) for e in events) == [("Kosti", 4),
                                                                       ("Sennar", 5)]


def test_a_total_told_place_by_place_in_the_next_sentence_is_split(read):
    events = read("Russian shelling killed nine civilians in the Zaporizhzhia region on"
                  " Tuesday, its governor said.\nFive people died in Vasylivka and four in"
                  " Polohy, he said.")
    assert sorted((e.location.name, e.fatalities) for e in events) == [("Polohy", 4),
                                                                       ("Vasylivka", 5)]


def test_a_placeless_arrest_over_an_attack_told_before_is_placed_there(read):
    events = read("Gunmen killed 11 villagers in Bokkos, Nigeria, on Monday.\n"
                  "Police later detained nine men over the killings, a spokesman said.")
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrest.location.name == "Bokkos"


def test_the_village_is_the_one_named_not_the_town_it_lies_near(read):
    events = read("Settlers set fire to cars in the village of Turmus Ayya near Ramallah on"
                  " Monday, wounding two men.\nSoldiers later stormed the village and detained"
                  " four people.")
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrest.location.name == events[0].location.name != "Ramallah"


def test_a_foreign_dateline_leaves_a_one_country_story_one_country(gazetteer):
    from geo.pipeline import read_article

    raid = "Troops set fire to dozens of huts in the village of Tinna Koro on Monday, herders said."
    text = (f"Village burned\n\nDAKAR, May 20 (Reuters) - Fighting went on in Mali this"
            f" week.\n\n{raid}\n")
    reading = read_article(text, published=WEDNESDAY, gazetteer=gazetteer)
    assert reading.unplaced == [raid]


def test_a_placeless_report_of_the_next_day_is_an_event_of_its_own(read):
    text = ("Gunmen killed 30 villagers in Bokkos, Nigeria, on Monday, officials said.\n\n"
            "The attackers also kidnapped eight farmers on Tuesday, residents said.")
    events = read(text)
    assert sorted((e.date.day, e.sub_event_type) for e in events) == [
        (19, "Attack"), (20, "Abduction/forced disappearance")]


def test_forces_handing_over_their_camp_is_a_transfer_of_territory(read):
    (event,) = read("French troops handed over their camp in Gao, Mali, to the Malian army on"
                    " Tuesday.")
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_insurgents_eliminated_by_troops_are_their_dead(read):
    (event,) = read("Troops eliminated 14 insurgents during a raid near Gwoza, Nigeria, on"
                    " Monday, the army said.")
    assert (event.event_type, event.fatalities) == ("Battles", 14)


def test_a_team_eliminated_is_no_toll():
    from geo.events.counts import find_victims

    assert find_victims("Three teams were eliminated from the cup on Sunday.") == []


def test_arrests_told_with_a_riot_are_the_police_answer_to_it(read):
    (event,) = read("Youths set tyres alight and smashed shop windows in Kisumu, Kenya, on"
                    " Tuesday, and police detained 31 of them.")
    assert event.event_type == "Riots"
    assert event.actor2 == "Police Forces of Kenya"


def test_ground_retaken_is_retaken_from_the_group_that_took_it(read):
    events = read("Al Shabaab fighters captured Afgoye, Somalia, on Monday.\n"
                  "Government soldiers recaptured Afgoye on Tuesday, officials said.")
    retaken = next(e for e in events if e.sub_event_type == "Government regains territory")
    assert retaken.actor2 == "Al Shabaab"


def test_hundreds_of_men_who_storm_a_site_are_a_crowd(read):
    (event,) = read("Hundreds of jobless men stormed a gas plant near Nasiriyah, Iraq, on"
                    " Monday, demanding work, and torched a guard post.")
    assert (event.event_type, event.actor1) == ("Riots", "Rioters (Iraq)")


def test_the_sides_a_toll_counts_on_are_not_the_second_side(read):
    (event,) = read("Militiamen and Rapid Support Forces fighters clashed near Kadugli, Sudan,"
                    " on Monday, leaving nine dead on both sides.")
    assert event.actor2 == "Rapid Support Forces"


def test_an_arrest_days_after_a_rally_is_not_part_of_it(read):
    events = read("Thousands rallied in Kutaisi, Georgia, on Sunday against the government.\n\n"
                  "An opposition leader was detained during a police raid on his party's office"
                  " on Tuesday, his party said.")
    rally = next(e for e in events if e.event_type == "Protests")
    assert len(rally.sources) == 1


def test_gunmen_who_then_go_on_with_a_claimed_attack_are_the_group(read):
    events = read("A suicide bomber blew himself up at a cafe in Kismayo, Somalia, on Monday,"
                  " killing six people. Al Shabaab claimed responsibility. Gunmen then stormed"
                  " a nearby hotel and exchanged fire with soldiers for hours before they were"
                  " killed.")
    assert [e.actor1 for e in events] == ["Al Shabaab", "Al Shabaab"]


def test_the_capital_named_mid_sentence_after_a_dateline_places_the_event(read):
    (event,) = read("NIAMEY, May 20 - Traders protested in the capital on Monday against new "
                    "market taxes.")
    assert event.location.name == "Niamey"


def test_an_unknown_town_told_as_nearby_is_placed_near_the_event_told_before(read):
    events = read("GAROWE, May 20 - Troops clashed with militants in Galkayo on Sunday. "
                  "Fighting also hit Bosaso on Monday.\n\nThe militants later killed four "
                  "herders in the nearby village of Xamar Jajab Weyn, residents said.")
    torched = [e for e in events if e.event_type != "Battles"]
    assert [(e.location.name, e.geo_precision) for e in torched] == [("Bosaso", 2)]


def test_state_forces_blamed_without_their_country_stay_the_doer_not_the_group_they_fight(read):
    (event,) = read("A drone strike hit a market in Gondar on Monday, killing 12 people. "
                    "Residents blamed the federal military, which has been fighting Fano "
                    "militiamen in the region.")
    assert event.actor1 == "Military Forces of Ethiopia"


def test_an_attack_at_sea_told_beside_a_strike_by_another_side_is_its_own_event(read):
    events = read("The rebels said on Friday they had fired missiles at a tanker in the Gulf of "
                  "Aden, hours after Israeli jets struck the port of Hodeidah.")
    assert len(events) == 2


def test_the_port_city_of_one_place_and_the_capital_another_are_two_sites(read):
    events = read("Warplanes struck targets in the port city of Hodeidah and the capital "
                  "Sanaa on Monday.")
    assert {e.location.name for e in events} == {"Al Ḩudaydah", "Sanaa"}


def test_people_killed_as_demonstrators_clashed_with_police_were_killed_in_a_riot(read):
    (event,) = read("Four people were killed on Sunday as demonstrators clashed with police in "
                    "Mombasa.")
    assert (event.event_type, event.fatalities) == ("Riots", 4)


def test_a_toll_told_place_by_place_as_of_the_dead_gives_each_place_its_own(read):
    events = read("LAGOS, May 20 - Seven people were killed on Monday as protesters clashed "
                  "with police across Nigeria, police said.\n\nFour of the dead were killed in "
                  "Kano and three in Abuja, police said.")
    assert {(e.location.name, e.fatalities) for e in events} == {("Kano", 4), ("Abuja", 3)}


def test_a_prisoner_exchange_told_beside_a_strike_is_no_fire_both_sides_traded(read):
    events = read("Russian rockets pounded Zaporizhzhia on Monday, killing three people.\n\n"
                  "Artillery shelled a bus stop in Vilniansk on Monday evening, a day after a "
                  "prisoner exchange, wounding four.")
    assert [e.actor1 for e in events] == ["Military Forces of Russia"] * 2


def test_an_unplaced_report_keeps_its_scare_quotes(gazetteer):
    from geo.pipeline import read_article

    text = 'The army said it had "neutralised" 17 fighters in Mali on Monday.'
    assert read_article(text, published=WEDNESDAY, gazetteer=gazetteer).unplaced == [text]


def test_killings_and_abductions_in_one_raid_are_an_attack(read):
    # ACLED codes an abduction only where no one is killed or badly hurt
    events = read("Armed men raided a cattle market in Zamfara state on Monday, killing nine"
                  " herders and kidnapping a dozen others, police said.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")]
    alone = read("Armed men raided a cattle market in Zamfara state on Monday, kidnapping a"
                 " dozen herders, police said.")
    assert [e.sub_event_type for e in alone] == ["Abduction/forced disappearance"]


def test_forces_sent_to_the_scene_of_an_attack_are_no_event_of_their_own(read):
    events = read("Gunmen shot dead six farmers in Gusau in Zamfara state on Monday. Soldiers"
                  " were later deployed to the area to restore calm, the governor said.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_toll_after_a_sentence_that_only_describes_the_attack_is_its_toll(read):
    events = read("Militiamen raided the market town of Bunia on Tuesday, burning stalls, local"
                  " officials said.\n\nWitnesses said the attackers went from shop to shop."
                  " Four traders and a soldier were killed, the Red Cross said.")
    assert [e.fatalities for e in events] == [5]


def test_a_clause_naming_no_place_is_not_at_the_town_another_lies_from(read):
    events = read("The Malian army said it had retaken the town of Boni, some 90 km east of"
                  " Douentza, after heavy fighting with JNIM on Monday.")
    assert [(e.sub_event_type, e.location.name) for e in events] == [
        ("Government regains territory", "Boni")]


def test_arrests_counted_since_the_protests_began_are_a_total_not_an_event(read):
    events = read("DHAKA, May 21 (Reuters) - Police fired rubber bullets at students marching in"
                  " Khulna on Tuesday. A rights group said 80 people had been detained in Dhaka"
                  " and Sylhet since the protests began last month.")
    assert [e.location.name for e in events] == ["Khulna"]


@pytest.mark.parametrize("killing", ["shot them dead", "shot six of the passengers dead",
                                     "gunned the passengers down"])
def test_killings_with_the_victims_inside_the_verb_phrase_are_attacks(read, killing):
    events = read(f"Gunmen stopped a minibus near Moyale on Monday and {killing}, police said.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_vaccine_shot_is_no_shooting(read):
    assert read("In Moyale on Monday, a measles shot left two children dead, officials"
                " said.") == []


def test_what_the_target_had_done_in_a_relative_clause_is_no_event_of_its_own(read):
    events = read("Soldiers opened fire on a man who hurled a grenade at a checkpoint in"
                  " Hebron on Monday, killing him, the army said.")
    assert "Grenade" not in [e.sub_event_type for e in events]
    assert [e.actor1 for e in events] == ["Military Forces of Israel"]


def test_destruction_in_which_people_were_hurt_is_an_attack_in_one_sentence_too(read):
    events = read("Militiamen burned shops in the market of Bunia on Monday, the Red Cross"
                  " said, adding that nine people were treated for burns and injuries.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")]


def test_where_a_source_spoke_from_is_no_site_of_the_event(read):
    events = read("Militants attacked an army post in Somalia's Hiiraan region on Monday."
                  " They used two car bombs, said a commander, speaking by phone from"
                  " Beledweyne.")
    assert [e.location.name for e in events] == ["Hiiraan"]


def test_ground_regained_after_a_group_stormed_it_is_regained_from_that_group(read):
    events = read("Al-Shabaab fighters stormed an army base in Jowhar on Monday. Government"
                  " troops later regained control of the base, officials said.")
    assert ("Government regains territory", "Al Shabaab") in [
        (e.sub_event_type, e.actor2) for e in events]


def test_a_rally_after_friday_prayers_is_on_that_friday(read):
    events = read("AMMAN, May 21 (Reuters) - In Irbid, hundreds of people marched after Friday"
                  " prayers to demand the release of detained teachers.")
    assert [e.date for e in events] == [date(2025, 5, 16)]


def test_bodies_of_people_found_dumped_are_an_attack_and_animals_are_not(read):
    events = read("The bodies of four young men were found dumped beside a road outside"
                  " Tijuana on Monday, prosecutors said.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 4)]
    assert read("The bodies of sick pigs were found dumped in a river near Tijuana on Monday,"
                " officials said.") == []


def test_forces_described_as_stationed_since_a_year_are_no_movement(read):
    assert read("GOMA, May 21 (Reuters) - Burundian soldiers deployed in South Kivu since 2023"
                " held talks with local chiefs in Uvira on Monday.") == []


def test_where_a_road_leads_is_not_the_site_where_another_place_is_named(read):
    events = read("Gunmen ambushed a minibus on the highway to Aleppo near Saraqib on Monday,"
                  " killing four passengers, a monitor said.")
    assert [e.location.name for e in events] == ["Saraqib"]


def test_an_unclaimed_strike_is_by_the_state_that_struck_that_country_before(read):
    events = read(
        "KYIV, May 21 (Reuters) - A Russian missile hit a school in Sumy on Monday, killing"
        " four.\n\nUkrainian drones hit a fuel depot in Russia's Belgorod region on Tuesday,"
        " its governor said.\n\nIn Kharkiv, a guided bomb struck a warehouse on Tuesday,"
        " wounding two.")
    assert {e.location.name: e.actor1 for e in events}["Kharkiv"] == "Military Forces of Russia"


def test_a_strike_that_set_a_fire_is_not_folded_into_the_interceptions_told_after(read):
    events = read("Ukrainian drones attacked a fuel depot in Russia's Bryansk region on Tuesday,"
                  " causing a large fire, the governor said. Russia's defence ministry said its"
                  " air defences destroyed 40 drones.")
    assert "Air/drone strike" in [e.sub_event_type for e in events]


def test_a_ruling_group_reporting_an_attack_does_not_claim_it(read):
    events = read("KABUL, May 21 (Reuters) - A suicide bomber struck a bank in Kunduz on Monday,"
                  " killing nine people, Taliban officials said.")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Afghanistan)"]


def test_a_named_victim_and_the_others_killed_with_him_are_one_count(read):
    events = read("MOGADISHU, May 21 (Reuters) - A car bomb hit a hotel in Baidoa on Monday,"
                  " killing the district commissioner, Ali Farah, and 11 others, police said.")
    assert [e.fatalities for e in events] == [12]


def test_a_city_spared_the_fighting_tells_no_fighting(read):
    assert read("SIDON, May 21 (Reuters) - Sidon had largely been spared the fighting between"
                " Israel and Hezbollah until Monday, residents said.") == []


def test_rockets_of_which_some_fell_are_an_attack_besides_the_interception(read):
    events = read("Hezbollah fired four rockets at Safed on Monday, the group said. The Israeli"
                  " military said two were intercepted and two fell in open areas.")
    assert sorted(e.sub_event_type for e in events) == [
        "Disrupted weapons use", "Shelling/artillery/missile attack"]


def test_people_killed_after_a_where_clause_make_a_strike_one_on_civilians(read):
    events = read("Jets bombed a church in Kalemie on Sunday where families had sheltered,"
                  " killing 14 people, local officials said.")
    assert [e.actor2 for e in events] == ["Civilians (Democratic Republic of Congo)"]


def test_a_blame_for_earlier_similar_attacks_does_not_name_this_one_s_doer(read):
    events = read("A drone hit a gas field in Sulaymaniyah province on Monday, officials said."
                  " No group claimed it, but officials have previously blamed Shiite militias"
                  " for similar attacks.")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Iraq)"]


def test_the_cause_a_strike_answers_gives_it_no_place_or_toll(read):
    events = read("ANKARA, May 21 (Reuters) - Turkish jets struck targets in northern Iraq on"
                  " Tuesday in retaliation for last month's attack on a base in Hakkari that"
                  " killed 12 soldiers, the ministry said.")
    assert all(e.location.name != "Hakkari" and not e.fatalities for e in events)


def test_ground_taken_without_fighting_is_no_battle(read):
    # "without fighting" says there was none: the town changed hands, no clash is told
    assert _types(read("Tuareg rebels seized control of Kidal on Sunday after soldiers withdrew,"
                       " without fighting reported.")) == [
        ("Strategic developments", "Non-violent transfer of territory")]


def test_gunmen_expelling_families_from_their_homes_take_property_not_ground(read):
    # expelling people from their homes is no army driving an enemy out of a town
    assert _types(read("Armed herders expelled farming families from their homes near Jos on"
                       " Saturday.")) == [
        ("Strategic developments", "Looting/property destruction")]


def test_the_arrest_of_someone_by_police_told_as_a_noun_is_an_arrest(read):
    assert _types(read("The detention of a radio journalist by soldiers in Gulu on Friday was"
                       " condemned by rights groups.")) == [("Strategic developments", "Arrests")]
    assert _types(read("Students demanded the arrest of the officer by police in Gulu on"
                       " Friday.")) != [("Strategic developments", "Arrests")]


def test_a_bomb_that_tore_through_a_place_is_an_explosion(read):
    events = read("Police arrested two suspects in Quetta on Tuesday, a day after a bomb tore"
                  " through a crowded bus station in the city, killing nine people.")
    assert ("Remote explosive/landmine/IED", 9) in [(e.sub_event_type, e.fatalities)
                                                     for e in events]


def test_a_day_after_a_statement_dates_the_act_it_opens_not_the_statement(read):
    events = read("Soldiers repelled an attack on a base in Borno state on Tuesday, the army"
                  " said, two days after a landmine blast killed four farmers near Maiduguri.")
    assert sorted((e.sub_event_type, e.date) for e in events) == [
        ("Armed clash", date(2025, 5, 20)),
        ("Remote explosive/landmine/IED", date(2025, 5, 18))]


def test_an_attack_claimed_by_a_group_in_its_own_sentence_is_that_group_s(read):
    events = read("A suicide bomber killed 12 worshippers at a mosque in Maiduguri on Friday,"
                  " police said, in an attack claimed by Islamic State West Africa Province.")
    assert [e.actor1 for e in events] == ["Islamic State West Africa Province"]


def test_unnamed_fighters_in_another_region_are_not_the_story_s_group(read):
    text = ("Boko Haram fighters killed nine farmers near Maiduguri in Borno state on Monday."
            "\n\nOn Tuesday, soldiers killed 14 militants in an operation in Zamfara state,"
            " the army said.")
    assert [e.actor2 for e in read(text) if e.event_type == "Battles"] == [
        "Unidentified Armed Group (Nigeria)"]


def test_a_state_named_before_a_multinational_force_s_troops_leads_them(read):
    events = read("Congolese and MONUSCO troops recaptured the town of Sake from M23 rebels on"
                  " Tuesday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Government regains territory", "Military Forces of Democratic Republic of Congo")]


def test_unnamed_fighters_away_from_where_the_story_places_its_group_are_not_it(read):
    text = ("The Islamic State West Africa Province holds much of the countryside of Borno"
            " state, officials say.\n\nIn neighbouring Zamfara state, militants ambushed a police"
            " patrol near Gusau on Monday, killing six officers.")
    assert [e.actor1 for e in read(text)] == ["Unidentified Armed Group (Nigeria)"]


@pytest.mark.parametrize("text", [
    "At least 40 people have been killed since fighting between two rival militias in Tripoli"
    " broke out on May 12, the health ministry said.",
    "At least 40 people have been killed in Tripoli since the clashes between the Radaa force"
    " and the brigade of a slain commander began on Monday, the health ministry said.",
])
def test_a_toll_since_fighting_began_on_a_day_is_a_period_total(read, text):
    assert [e.fatalities for e in read(text)] == []


def test_what_a_statement_adds_is_a_clause_of_its_own(read):
    text = ("Iran fired 180 ballistic missiles at Israel on Tuesday night, the Israeli military"
            " said, adding that air defences had shot down most of them.\n\nA missile hit a"
            " school in Gedera, wounding two people, police said.")
    assert [(e.actor1, e.location.name) for e in read(text)] == [
        ("Military Forces of Iran", "Gedera")]


def test_freeing_kidnapped_people_is_no_abduction(read):
    events = read("Police in Kenya's Baringo county said they had arrested four suspected"
                  " bandits and rescued nine kidnapped herders on Monday.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_forces_that_encountered_gunmen_fought_them(read):
    events = read("Security forces encountered a group of Maoists in a forest of Chhattisgarh's"
                  " Bijapur district on Tuesday. Two policemen were wounded, officials said.")
    assert [(e.sub_event_type, e.injured) for e in events] == [("Armed clash", 2)]


def test_a_protest_marking_the_anniversary_of_a_day_is_not_dated_to_that_day(read):
    events = read("Students marched in Dakar on the anniversary of 23 March, organisers said.")
    assert [(e.event_type, e.date) for e in events] == [("Protests", WEDNESDAY)]


@pytest.mark.parametrize(("text", "actor2"), [
    ("A roadside bomb killed 11 people, most of them soldiers, near Gao on Tuesday.",
     "Military Forces of Mali"),
    ("A car bomb killed nine people, including five policemen, outside a police station in"
     " Gao on Tuesday.", "Police Forces of Mali"),
])
def test_a_blast_whose_dead_are_mostly_forces_hit_those_forces(read, text, actor2):
    assert [e.actor2 for e in read(text)] == [actor2]


def test_bodies_an_armed_group_left_to_be_seen_are_its_victims(read):
    events = read("Suspected gang members dumped six bodies on a road outside Tegucigalpa on"
                  " Tuesday, police said.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 6)]


def test_bodies_a_flood_left_are_no_attack(read):
    assert read("The floods left six bodies on the streets of Derna on Tuesday.") == []


def test_armed_people_named_by_what_they_are_known_as_did_the_act_told_before(read):
    text = ("Rebels killed three soldiers in an ambush near Arauca on Monday, the army said.\n\n"
            "The rebels, known locally as the ELN, also blew up an oil pipeline nearby.")
    assert {e.actor1 for e in read(text)} == {"ELN: National Liberation Army"}


@pytest.mark.parametrize("verb", ["hit", "struck"])
def test_forces_hit_by_a_device_are_its_target_not_its_doer(read, verb):
    (event,) = read(f"An army supply convoy was {verb} by an improvised explosive device near"
                    " Mopti on Tuesday, killing three soldiers.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Mali)",
                                            "Military Forces of Mali")


def test_a_report_a_story_of_one_town_does_not_place_is_in_that_town(read):
    text = ("Heavy fighting broke out between rival militias in Misrata on Tuesday, residents"
            " said.\n\nOn Monday, hundreds of people gathered outside the central bank to"
            " demand the release of a detained businessman.")
    assert [(e.event_type, e.location.name) for e in read(text)] == [
        ("Battles", "Misratah"), ("Protests", "Misratah")]


def test_a_report_a_story_of_two_towns_does_not_place_stays_unplaced(read):
    text = ("Heavy fighting broke out between rival militias in Misrata on Tuesday, and in"
            " Zawiya on Monday, residents said.\n\nOn Monday, hundreds of people gathered"
            " outside the central bank to demand the release of a detained businessman.")
    assert {e.event_type for e in read(text)} == {"Battles"}


def test_the_attackers_arriving_is_part_of_their_attack(read):
    text = ("Al-Shabaab fighters stormed an army base in Bulo Burde on Tuesday, killing"
            " seven soldiers.\n\nThe militants arrived in armed pickups before dawn and"
            " forced the garrison to withdraw towards Jalalaqsi.")
    assert [(e.event_type, e.location.name) for e in read(text)] == [("Battles", "Buulobarde")]


def test_a_group_known_by_its_letters_is_named_as_an_armed_group(read):
    (event,) = read("Gunmen of the MPC armed group abducted four traders near Kaga-Bandoro on"
                    " Sunday, a local official said.")
    assert event.actor1 == "MPC: Patriotic Movement for Central Africa"


def test_an_act_told_after_retreating_on_a_day_is_of_that_day(read):
    (event,) = read("Wagner-backed soldiers torched houses in Aguelhok after retreating from"
                    " their positions on Sunday, local officials said.")
    assert event.date == date(2025, 5, 18)


def test_a_group_that_also_acted_did_the_act_told_before(read):
    text = ("Gang members set fire to houses and shot at residents in Duran, Ecuador, on"
            " Saturday, killing six people, police said.\n\nThe Los Lobos gang also stormed"
            " the town's jail, freeing 40 inmates.")
    assert {e.actor1 for e in read(text)} == {"Los Lobos"}


def test_where_troops_withdrew_towards_is_not_where_they_withdrew(read):
    events = read("Government troops withdrew from their bases towards Jalalaqsi on Tuesday,"
                  " residents said.")
    assert "Jalalaqsi" not in {e.location.name for e in events}


def test_forces_that_repelled_the_attack_told_before_tell_no_new_fight(read):
    text = ("Al-Shabaab fighters stormed an army base in Bulo Burde on Tuesday, killing five"
            " soldiers, residents said.\n\nThe base lies on the road to Jalalaqsi, 50 km to"
            " the south. The army said on Wednesday that its troops had repelled the attack.")
    assert [e.location.name for e in read(text)] == ["Buulobarde"]


def test_what_the_strike_told_before_burned_is_part_of_that_strike(read):
    text = ("Israeli warplanes struck warehouses in Tyre on Tuesday, killing two people, the"
            " health ministry said.\n\nResidents of the town of Qana said the"
            " strikes set fire to farmland.")
    assert [e.event_type for e in read(text)] == ["Explosions/Remote violence"]


def test_strikes_told_in_what_someone_said_are_news_not_a_reference(read):
    text = ("Gunmen killed 20 villagers in an attack on Tillia in Niger on Friday, officials"
            " said.\n\nOn Saturday, the defence ministry said in a statement that air strikes"
            " near Tillia had killed dozens of terrorists.")
    assert sorted((e.event_type, e.fatalities) for e in read(text)) == [
        ("Explosions/Remote violence", 12), ("Violence against civilians", 20)]


def test_people_of_a_place_who_say_what_happened_did_not_do_it(read):
    events = read("Residents of the village of Rutshuru said shooting on Monday killed three"
                  " farmers.")
    assert "Riots" not in {e.event_type for e in events}


@pytest.mark.parametrize("text", [
    "Government aircraft were accused of firing sarin at the town of Douma on Saturday,"
    " choking dozens of residents.",
    "A chlorine-filled barrel bomb hit Kafr Zita on Saturday, rescuers said.",
])
def test_poison_gas_told_with_a_gerund_or_a_filled_weapon_is_a_chemical_weapon(read, text):
    assert [e.sub_event_type for e in read(text)] == ["Chemical weapon"]


def test_a_camp_named_as_lying_near_a_town_is_the_site_not_the_town(read):
    events = read("Police raided the Kakuma refugee camp near Lodwar on Monday, where they"
                  " clashed with armed men, officials said.")
    assert {e.location.name for e in events} == {"Kakuma"}


def test_forces_that_raid_a_town_where_they_fight_fight_one_battle_there(read):
    events = read("Indian troops raided the town of Sopore in Kashmir on Monday, where they"
                  " exchanged fire with militants, police said.")
    assert [(e.event_type, e.actor1) for e in events] == [
        ("Battles", "Military Forces of India")]


def test_a_ministry_that_summons_an_envoy_to_protest_holds_no_protest(read):
    assert read("Nepal's foreign ministry summoned the Chinese ambassador in Kathmandu on"
                " Tuesday to protest against the detention of two traders.") == []


def test_lawmakers_who_stage_a_protest_protest(read):
    events = read("Opposition lawmakers staged a protest outside parliament in Kathmandu on"
                  " Tuesday.")
    assert [e.event_type for e in events] == ["Protests"]


def test_an_aircraft_that_was_shot_down_was_its_owner_s_loss(read):
    (event,) = read("An army helicopter was shot down near Kidal in Mali on Sunday, killing its"
                    " crew of four.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Mali)",
                                            "Military Forces of Mali")


def test_blowing_up_several_things_is_an_explosion(read):
    events = read("ELN rebels blew up several electricity pylons near Saravena in Arauca on"
                  " Tuesday, the army said.")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_forces_killed_by_a_mob_told_after_them_are_whom_it_hit(read):
    (event,) = read("Two soldiers were beaten to death by a mob in Kasese, Uganda, on Sunday,"
                    " police said.")
    assert (event.sub_event_type, event.actor2) == ("Mob violence", "Military Forces of Uganda")


def test_a_year_told_in_a_sentence_of_no_event_dates_neither_the_next_event_nor_the_day_after(
        read):
    text = ("BOGOTA (Reuters) - Riot police fired tear gas at students marching in Bogota on"
            " Tuesday.\n\nThe students were commemorating a strike held in 1977. In Soacha,"
            " south of the capital, youths looted a pharmacy and burned tyres. A day"
            " earlier, masked men abducted a student leader in Medellin.")
    events = read(text)
    assert [(e.location.name, e.date) for e in events] == [
        ("Bogotá", date(2025, 5, 20)), ("Soacha", date(2025, 5, 20)),
        ("Medellín", date(2025, 5, 19))]


def test_the_mediator_of_a_truce_signed_abroad_is_no_side_and_the_army_is_the_rebels_state(
        read):
    (event,) = read("The army and the Karen National Union signed a ceasefire in Bangkok on"
                    " Monday, mediated by Thai officials.")
    assert _types([event]) == [("Strategic developments", "Agreement")]
    assert {event.actor1, event.actor2} == {"KNU: Karen National Union",
                                            "Military Forces of Myanmar"}


def test_the_group_a_claim_names_does_what_the_group_is_told_to_do_next(read):
    text = ("MAIDUGURI, Nigeria (Reuters) - A suicide bomber killed 18 people at a market in"
            " Konduga on Tuesday, police said.\n\nBoko Haram claimed responsibility. The group"
            " also attacked an army base in Yobe state on Wednesday, but was repelled, the army"
            " said.")
    bombing, attack = read(text)
    assert _types([attack]) == [("Battles", "Armed clash")]
    assert attack.actor1 == bombing.actor1 != "Unidentified Armed Group (Nigeria)"
    assert attack.location.admin1_iso == "NG-YO"


def test_a_claim_after_the_armys_account_of_the_fight_names_the_attackers(read):
    text = ("NIAMEY (Reuters) - Militants attacked a military post near Tillaberi on Friday,"
            " killing 11 soldiers, the army said.\n\nThe army said it had killed 30 assailants"
            " in the clashes, which lasted two hours. The Islamic State Sahel Province claimed"
            " the attack.")
    (event,) = read(text)
    assert event.actor1 == "Islamic State (Sahel)"
    assert event.actor2 == "Military Forces of Niger"


def test_gunmen_named_with_a_suicide_bomber_attacked_with_him(read):
    (event,) = read("A suicide bomber and three gunmen stormed a hotel in Kismayo on Friday,"
                    " killing nine guests.")
    assert _types([event]) == [("Explosions/Remote violence", "Suicide bomb")]
    assert event.actor2 == "Civilians (Somalia)"


def test_the_toll_of_an_attack_a_strike_came_after_is_not_the_strikes(read):
    (event, *_) = read("Warplanes struck rebel positions near Kidal on Sunday, killing three"
                       " fighters. The strikes came hours after an ambush on an army convoy that"
                       " wounded eight soldiers.")
    assert (event.location.name, event.fatalities, event.injured) == ("Kidal", 3, None)


def test_taking_control_of_a_place_is_taking_territory(read):
    (event,) = read("Fano fighters marched into Gondar on Tuesday, taking control of the city's"
                    " airport, residents said.")
    assert _types([event]) == [("Battles", "Non-state actor overtakes territory")]
    assert event.actor1 == "Fano Militia"


def test_shots_in_the_air_go_with_the_looting_they_came_with(read):
    (event,) = read("Unpaid soldiers ransacked shops in Bangui and fired in the air on Monday.")
    assert _types([event]) == [("Strategic developments", "Looting/property destruction")]
    (event,) = read("Soldiers fired warning shots at a crowd in Goma on Monday.")
    assert _types([event]) == [("Strategic developments", "Other")]


def test_strikes_told_beside_a_battle_at_a_village_no_gazetteer_has_are_their_own_event(read):
    # "Wad Kharufa" is in no gazetteer: the battle is there, not where the strikes were
    events = read("Army drones killed 12 people in North Kordofan on Monday, as RSF fighters"
                  " battled troops near the village of Wad Kharufa.")
    assert ("Explosions/Remote violence", "Air/drone strike") in _types(events)
    strike = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert (strike.actor1, strike.fatalities) == ("Military Forces of Sudan", 12)


def test_the_side_that_says_it_repelled_an_attack_told_before_was_its_other_side(read):
    (event,) = read("Troops attacked rebel positions near Goma on Monday, the army said. M23 said"
                    " its fighters had repelled the assault.")
    assert _types([event]) == [("Battles", "Armed clash")]
    assert (event.actor1, event.actor2) == ("Military Forces of Democratic Republic of Congo",
                                            "M23: March 23 Movement")


def test_an_event_dated_by_its_statement_takes_the_earlier_day_the_next_sentence_gives(read):
    (event,) = read("Security forces killed 14 militants in Bannu district, the army said on"
                    " Tuesday. The militants had gathered at a compound near the town late on"
                    " Sunday.")
    assert event.date == date(2025, 5, 18)


def test_troops_entering_a_place_to_make_arrests_make_arrests_not_a_capture(read):
    (event,) = read("Soldiers entered the village of Tral in Pulwama district on Tuesday and"
                    " arrested four suspected militants.")
    assert _types([event]) == [("Strategic developments", "Arrests")]
    (alone,) = read("Rebel fighters entered the town of Kalemie on Tuesday, residents said.")
    assert alone.sub_event_type == "Non-state actor overtakes territory"


def test_a_fight_in_the_days_before_a_capture_is_an_event_of_its_own(read):
    events = read(
        "Rebels said on Wednesday they had captured Bukavu on Tuesday.\n"
        "Seven soldiers from Burundi and Tanzania were killed in clashes with the rebels in the"
        " days before the fighters entered the city.")
    assert sorted(_types(events)) == [("Battles", "Armed clash"),
                                      ("Battles", "Non-state actor overtakes territory")]
    clash = next(e for e in events if e.sub_event_type == "Armed clash")
    assert (clash.location.country, clash.fatalities, clash.date_precision) == ("CD", 7, "week")
    assert clash.date < date(2025, 5, 20)


def test_people_killed_in_the_crossfire_are_the_told_fights_dead(read):
    (event,) = read("Gunmen attacked a police post in Gusau on Monday, killing four officers."
                    " Three civilians were also killed in the crossfire.")
    assert (event.event_type, event.fatalities) == ("Battles", 7)


def test_a_time_after_midnight_told_after_the_day_is_that_days(read):
    (event,) = read("Militants overran an army outpost near Ayorou on Sunday, killing nine"
                    " soldiers. The attackers stormed the outpost shortly after midnight.")
    assert event.date == date(2025, 5, 18)


@pytest.mark.parametrize("text", [
    "Police said on Tuesday that bandits had abducted 14 villagers near Tsafe the previous day.",
    "Bandits abducted 14 villagers near Tsafe a day earlier, police said on Tuesday.",
])
def test_a_day_counted_back_from_a_statement_counts_from_its_day(read, text):
    (event,) = read(text)
    assert event.date == date(2025, 5, 19)


def test_a_day_counted_from_the_events_day_is_anothers(read):
    (event,) = read("On Tuesday, hundreds of traders in the Sabon Gari market of Kano (Kano"
                    " state) demonstrated over the killing of a vendor by a soldier on the"
                    " previous day.")
    assert (event.event_type, event.date) == ("Protests", date(2025, 5, 20))


@pytest.mark.parametrize("text", [
    "Gunmen killed nine villagers in Zamfara state, 200 km west of Kano, on Tuesday.",
    "In Zamfara state, west of Kano, gunmen killed nine villagers on Tuesday.",
])
def test_the_place_a_site_is_told_to_lie_from_is_not_the_site(read, text):
    (event,) = read(text)
    assert (event.location.name, event.location.admin1_iso) == ("Zamfara", "NG-ZA")


def test_attackers_killed_after_officers_are_the_other_sides_dead(read):
    (event,) = read("Gunmen ambushed a police patrol near Zamora on Tuesday, killing five"
                    " officers. Three attackers were killed when the police returned fire.")
    assert (event.event_type, event.fatalities) == ("Battles", 8)


def test_a_strike_told_as_coming_later_is_no_part_of_the_fight(read):
    events = read("Militants attacked an army base near Diffa on Sunday, killing 11 soldiers."
                  " The army said its aircraft later struck the fleeing militants, killing 20.")
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [
        ("Air/drone strike", 20), ("Armed clash", 11)]
