"""Recognition in informal and headline text: capitals that mark no name, and a place's
container written after it with no comma."""

import pytest

from geo.pipeline import find_places
from geo.places.recognise import find_toponyms


def names(text, gazetteer):
    return [m.text for m in find_toponyms(text, gazetteer) if not m.actor]


def test_a_town_in_a_title_cased_headline_is_a_place(gazetteer):
    # every word of a headline is capitalised: "Napa After" is no person's name
    assert names("Cleanup Goes On In Napa After The Earthquake", gazetteer) == ["Napa"]


def test_a_headline_that_runs_on_into_prose_after_a_colon_is_still_a_headline(gazetteer):
    # the title-cased part before the colon capitalises "Helps" and "Recover", not a name
    text = "How Napa Finally Helps Farmers Recover: our reporter spent a week with growers there"
    assert names(text, gazetteer) == ["Napa"]


def test_a_headline_before_a_spaced_dash_is_read_apart_from_the_summary_after_it(gazetteer):
    text = ("Aid Workers Struggle Across Rural Africa Tonight - officials say the money "
            "has not arrived and the clinics are empty")
    assert names(text, gazetteer) == ["Africa"]


def test_a_city_in_a_label_written_in_capitals_is_a_place(gazetteer):
    # every word of "SEATTLE TRAFFIC" is in capitals: the second is no surname
    assert names("SEATTLE TRAFFIC - two lanes are closed near the bridge", gazetteer) == [
        "SEATTLE"]


def test_a_small_place_in_capitals_before_another_word_in_capitals_stays_a_word(gazetteer):
    # Parkway is a small town's name; on a sign in capitals it is a road
    assert names('The sign said "PARKWAY ENDS" and we turned back', gazetteer) == []


def test_a_name_in_capitals_before_an_abbreviation_in_capitals_is_left_to_the_abbreviation(
        gazetteer):
    # "OTTAWA CO." is a county of Michigan or Ohio, not Canada's capital
    assert names("OTTAWA CO. - deputies closed the road near the lake on Monday", gazetteer) == []


def test_a_small_town_name_in_a_headline_still_yields_to_a_person(gazetteer):
    # Obama is a town of 29,000 in Japan; in a headline it is still the president
    assert "Obama" not in names("Why Obama Will Not Visit The Border This Week", gazetteer)


def test_a_small_town_named_far_more_often_as_a_person_or_thing_is_no_place_in_prose(gazetteer):
    # Obama (29,000, Japan) and Tornado (1,000, West Virginia): the words are read more
    # often than towns of that size are named
    assert names("Once again conservatives blamed Obama for the response.", gazetteer) == []
    assert names("LRT: Tornado watch in my area today.", gazetteer) == []


def test_a_town_named_like_a_person_before_its_states_postal_code_is_a_place(gazetteer):
    # "Clinton" is read far more often than any town of that name is big
    assert names("Officials said Clinton, IA lost power overnight.", gazetteer) == ["Clinton", "IA"]


def test_a_word_town_in_capitals_as_a_dateline_is_a_place(gazetteer):
    assert "READING" in names("READING — Police closed the bridge on Monday.", gazetteer)


def test_a_three_letter_town_in_capitals_heading_a_dateline_is_a_place(gazetteer):
    # short words in capitals are mostly initials, but not the town a dateline opens with
    text = "ZUG, Switzerland (Reuters) - Police searched a trading firm's offices on Monday."
    assert names(text, gazetteer)[:2] == ["ZUG", "Switzerland"]


def test_three_capitals_before_a_colon_are_still_initials(gazetteer):
    assert "ADF" not in names("ADF: fighters raided a village near Beni overnight.", gazetteer)


def test_a_common_word_in_a_headline_is_read_as_at_a_sentence_start(gazetteer):
    # "Reading" is an English town, but a headline capitalises every word
    assert "Reading" not in names("Why Television Keeps Destroying Our Reading Habits", gazetteer)


def test_a_town_followed_by_its_state_code_without_a_comma_is_a_place(gazetteer):
    assert names("We drove down to Kingsport TN for the game.", gazetteer) == ["Kingsport", "TN"]


def test_a_city_followed_by_its_country_without_a_comma_is_a_place(gazetteer):
    assert names("Thousands marched through London UK on Saturday.", gazetteer) == [
        "London", "UK"]


def test_a_region_after_a_longer_town_name_is_its_container(gazetteer):
    found = names("A tornado hit West Liberty Kentucky two years ago.", gazetteer)
    assert found == ["West Liberty", "Kentucky"]


def test_countries_listed_without_commas_are_each_a_place(gazetteer):
    found = names("Fighting spread across Syria Iraq and Libya last year.", gazetteer)
    assert found == ["Syria", "Iraq", "Libya"]


def test_a_surname_that_is_a_foreign_region_stays_a_name(gazetteer):
    # Avila is a Spanish province; Rosemary is no place in Spain
    assert names("Board member Rosemary Avila spoke first.", gazetteer) == []


@pytest.mark.parametrize(("sentence", "surname"), [
    ("Interior Minister Carlos Bolivar said on Monday.", "Bolivar"),
    ("Lewisburg Mayor John Manchester had a bird's-eye view on Monday.", "Manchester"),
])
def test_a_title_and_a_first_name_make_a_surname_of_a_region_or_city(sentence, surname,
                                                                     gazetteer):
    assert surname not in names(sentence, gazetteer)


def test_a_country_inside_a_longer_hashtag_is_a_place(gazetteer):
    # Iran is also a first name; inside a hashtag it is the country
    assert names("Teachers marched again today #PrayForIran", gazetteer) == ["Iran"]


def test_a_continent_inside_a_hashtag_is_a_place(gazetteer):
    assert names("Doctors are needed now #HelpAfricaNow", gazetteer) == ["Africa"]


def test_a_large_city_named_like_a_person_inside_a_hashtag_is_a_place(gazetteer):
    assert names("Stay safe everyone #CharlotteStorm", gazetteer) == ["Charlotte"]


def test_a_town_the_post_names_is_a_place_inside_a_longer_hashtag_too(gazetteer):
    # a town too small to be read in a hashtag alone, named as a place before it
    assert names("Floods cut off Lismore overnight #LismoreFloods", gazetteer) == [
        "Lismore", "Lismore"]


def test_a_well_known_name_at_either_end_of_a_lower_case_hashtag_is_a_place(gazetteer):
    # a lower-case hashtag runs its words together: "#prayforchile", "#ghanadecides"
    assert names("Thinking of everyone tonight #prayforchile", gazetteer) == ["chile"]
    assert names("Long queues everywhere #ghanadecides", gazetteer) == ["ghana"]


def test_an_ordinary_word_at_the_end_of_a_lower_case_hashtag_is_no_place(gazetteer):
    # Turkey is a country, but "turkey" is a word, and so no well-known name
    assert names("Best dinner ever #happyturkey #turkeytime", gazetteer) == []


def test_a_country_in_capitals_inside_a_hashtag_is_a_place(gazetteer):
    assert names("Streets flooded again #onlyinKENYA", gazetteer) == ["KENYA"]


def test_the_letters_of_a_web_address_name_no_place(gazetteer):
    assert names("Read more: http://t.co/EDvisJ9Ico https://example.org/Paris", gazetteer) == []


def test_a_five_letter_state_abbreviation_keeps_its_dot(gazetteer):
    assert names("Students protested in Berkeley, Calif. on Monday.", gazetteer) == [
        "Berkeley", "Calif."]


def test_a_state_postal_code_after_a_preposition_of_place_is_the_state(gazetteer):
    assert names("Measles cases are rising in AZ this winter.", gazetteer) == ["AZ"]


def test_two_state_postal_codes_paired_by_a_slash_are_the_states(gazetteer):
    # "NE" alone may be initials (north-east), but paired with Iowa's code it is Nebraska
    assert names("Severe storms will cross the NE/IA line after midnight", gazetteer) == [
        "NE", "IA"]
    assert names("Is it IN/OR out of the plan?", gazetteer) == []


def test_a_state_postal_code_that_is_also_a_word_is_no_state(gazetteer):
    assert names("Is it in OR out of the budget?", gazetteer) == []


def test_the_letters_of_a_social_media_handle_name_no_place(gazetteer):
    assert names("RT @Chicago_Scanner: a fire broke out in Denver", gazetteer) == ["Denver"]


def test_a_compass_word_alone_is_no_region(gazetteer):
    # GeoNames has regions called "Central" (Botswana) and "Northeast" (Brazil's region)
    found = names("Schools reopened across Northeast Georgia; Central beat North 54-43.", gazetteer)
    assert found == ["Georgia"]


def test_a_compass_word_written_as_a_container_is_a_region(gazetteer):
    # Paraguay's Central department, written after a town the way a region is
    assert names("Looting was reported in Itaugua (Central) on Monday.", gazetteer) == [
        "Itaugua", "Central"]


def test_a_town_after_a_persons_name_and_of_is_a_place(gazetteer):
    # Ravenel is a town of 2,500; "Good Hope" in "Cape of Good Hope" stays a name's tail
    assert names("No one knows that better than Mindy Miller of Ravenel, she said.",
                 gazetteer) == ["Ravenel"]


def test_a_town_after_a_compass_point_and_of_is_a_place(gazetteer):
    assert names("The quake struck 56 km NNE of Port-Vila on Sunday.", gazetteer) == [
        "Port-Vila"]


def test_metropolitan_before_a_large_city_is_the_city(gazetteer):
    # "Metropolitan" is also a bishop's title ("Metropolitan Onufriy")
    found = names("Rain fell across Metropolitan Atlanta; the Atlanta agency said so.", gazetteer)
    assert found == ["Atlanta", "Atlanta"]


def test_a_large_city_in_lower_case_after_a_preposition_is_a_place(gazetteer):
    assert names("the first measles case in las vegas was confirmed", gazetteer) == [
        "las vegas"]


def test_an_ordinary_word_in_lower_case_after_a_preposition_is_no_place(gazetteer):
    # Turkey and Reading are places, Valley too (The Valley, Anguilla)
    assert names("we stayed in turkey and in the valley, deep in reading", gazetteer) == []


def test_a_state_postal_code_as_a_whole_hashtag_is_the_state(gazetteer):
    assert names("Flash flood watch tonight #NH #OR", gazetteer) == ["NH"]


def test_a_well_known_place_in_lower_case_in_a_post_is_a_place(gazetteer):
    assert names("so glad the storm missed chicago this time", gazetteer) == ["chicago"]


def test_a_large_citys_short_capitals_in_a_post_are_the_city(gazetteer):
    # GeoNames lists "SF" and "ATL" as the cities' other names; a post writes them so
    found = find_places("Heading to SF tonight, then ATL on Friday #DFW", gazetteer)[1]
    assert [(m.text, m.place.name) for m in found] == [
        ("SF", "San Francisco"), ("ATL", "Atlanta"), ("DFW", "Dallas")]


def test_a_citys_short_capitals_before_a_capitalised_word_or_in_an_article_are_no_place(
        gazetteer):
    # "LA Times" is a newspaper; past a post's length, two capitals are as often initials
    assert names("I read the LA Times on the train this morning", gazetteer) == []
    text = "The SF unit moved north before dawn, officials said. " * 12
    assert names(text, gazetteer) == []


def test_a_name_cut_short_at_the_end_of_a_post_is_the_place_it_begins(gazetteer):
    # feeds cut a post to its length: "Tanzan..." can only begin Tanzania
    text = "Aid flights land as cholera spreads across western Tanzan... http://t.co/AbC123"
    found = find_places(text, gazetteer)[1]
    assert [(m.text, m.place.name) for m in found] == [("Tanzan", "Tanzania")]


def test_a_cut_word_that_begins_several_names_or_a_longer_name_is_left_alone(gazetteer):
    # "Sout..." begins South Africa and South Sudan alike; "Midlan" (Midlands, Zimbabwe's
    # province) continues "East", a name the gazetteer lacks
    assert names("Heavy rain is expected tonight across the Sout...", gazetteer) == []
    assert names("Heavy rain is expected tonight across the East Midlan...", gazetteer) == []


def test_a_us_state_in_lower_case_in_a_post_is_a_place(gazetteer):
    assert names("ugh kentucky weather is so weird today", gazetteer) == ["kentucky"]


def test_a_whole_lower_case_hashtag_of_a_two_word_name_is_a_place(gazetteer):
    assert names("Snow again this morning #newhampshire", gazetteer) == ["newhampshire"]


def test_lower_case_names_in_an_article_stay_words(gazetteer):
    # past a post's length, "guinea pigs" are animals and "chicago-style" a style
    text = ("The laboratory bred guinea pigs for the trial and served chicago-style pizza. "
            * 8)
    assert names(text, gazetteer) == []


def test_a_town_before_an_event_named_after_it_is_a_place(gazetteer):
    assert names("Survivors still remember the Flagstaff Earthquake of 2014", gazetteer) == [
        "Flagstaff"]


def test_a_first_name_before_an_event_word_stays_a_name(gazetteer):
    assert names("Tim Flood plays music tonight", gazetteer) == []


def test_initials_in_capitals_are_no_place(gazetteer):
    # "Nisa" is another name of Nice and Nato a town: in prose, capitals are initials
    assert names("Troops backed by NISA raided a camp near Kismayo, NATO said.", gazetteer) == [
        "Kismayo"]


def test_a_town_in_capitals_before_a_dateline_dash_is_a_place(gazetteer):
    assert "GOMA" in names("Rebels advance on city. GOMA -- Shelling was heard overnight.",
                           gazetteer)


def test_a_generic_noun_in_a_longer_name_the_gazetteer_lacks_is_no_place(gazetteer):
    # GeoNames has "Islands" (Hong Kong), "Peninsula" (Ohio) and "Bay" (Somalia)
    text = "Protests spread across the Bay Area. Boats sank off the Kuril Islands. " \
        "Rain fell on the Olympic Peninsula."
    assert names(text, gazetteer) == []


def test_a_generic_noun_that_names_a_region_is_still_a_place(gazetteer):
    assert names("Gunmen attacked Bay region. Jos is in Plateau State.", gazetteer) == [
        "Bay", "Jos", "Plateau State"]


def test_a_generic_noun_beside_a_known_place_leaves_that_place(gazetteer):
    assert "Danube" in names("Birds died in the Danube Delta.", gazetteer)


def test_another_name_of_a_town_beside_a_feature_noun_names_the_feature(gazetteer):
    # "Abaya" is another name of Abaga in the Philippines: the gazetteer lacks the lake in
    # Ethiopia
    _, mentions = find_places("Gunmen killed four fishermen on Lake Abaya.", gazetteer)
    assert mentions == []


def test_a_lake_the_water_table_knows_is_named_whole(gazetteer):
    # not Antananarivo ("Tana"), nor Victoria, the old name of Hong Kong's centre
    _, mentions = find_places("Gunmen killed four fishermen on Lake Tana.", gazetteer)
    assert [(m.text, m.place.kind) for m in mentions] == [("Lake Tana", "water")]
    _, mentions = find_places("In Mwanza, on the shores of Lake Victoria, police shot four "
                              "protesters.", gazetteer)
    assert [(m.text, m.place.country) for m in mentions] == [
        ("Mwanza", "TZ"), ("Lake Victoria", None)]


def test_a_town_beside_a_feature_named_after_it_stays(gazetteer):
    assert names("Two boats sank in the Sacramento River.", gazetteer) == ["Sacramento"]


def test_a_country_beside_a_feature_noun_still_tells_the_land(gazetteer):
    assert names("Boats sank on Lake Nicaragua.", gazetteer) == ["Nicaragua"]


def test_a_direction_before_a_continent_makes_no_surname_of_it(gazetteer):
    assert names("Floods hit Southeast Asia.", gazetteer) == ["Asia"]


def test_a_country_before_a_capitalised_verb_in_a_short_title_is_no_first_name(gazetteer):
    # Israel and Jordan are first names too, but "Says" and "Is" are no surnames
    found = [(m.text, m.actor) for m in find_toponyms("Jordan Says Talks Failed", gazetteer)]
    assert found == [("Jordan", True)]
    assert "Iran" in names("Iran Is Ready For New Talks", gazetteer)


def test_a_name_with_a_possessive_s_inside_is_read_whole(gazetteer):
    # "Cox's Bazar" is the Bangladeshi town, not Cox and a Bazar elsewhere
    text = "Aid workers in Cox's Bazar and King’s Lynn said the roads were closed."
    assert names(text, gazetteer) == ["Cox's Bazar", "King’s Lynn"]


def test_a_possessive_after_a_country_still_stands_apart(gazetteer):
    text = "Kenya's police said the march through the town was peaceful."
    assert [m.text for m in find_toponyms(text, gazetteer)] == ["Kenya"]


def test_a_name_with_an_elided_french_article_is_read_whole(gazetteer):
    text = "Troops were flown to Côte d’Ivoire from Coeur d'Alene last week."
    assert names(text, gazetteer) == ["Côte d’Ivoire", "Coeur d'Alene"]


def test_the_first_part_of_an_unknown_hyphenated_division_is_no_place(gazetteer):
    # "Donga" alone is a department of Benin; "Donga-Mantung" is a Cameroonian division
    text = "Soldiers burned houses near Bamenda and in Donga-Mantung division on Sunday."
    assert names(text, gazetteer) == ["Bamenda"]


def test_a_quarter_of_a_town_named_after_a_quarter_word_is_no_town_elsewhere(gazetteer):
    text = ("In Tonala, Jalisco, gunmen shot a guard in Colonia La Jauja, and police raided "
            "a house in Vila Kennedy in Rio de Janeiro.")
    assert names(text, gazetteer) == ["Tonala", "Jalisco", "Rio de Janeiro"]


def test_a_quarter_word_starting_a_known_town_name_stays_part_of_it(gazetteer):
    text = "Farmers marched through Vila Real on Tuesday."
    assert names(text, gazetteer) == ["Vila Real"]


def test_two_names_hyphened_before_a_region_stay_names(gazetteer):
    text = "Troops moved along the Kharkiv-Belgorod border and into the Donetsk-Luhansk region."
    assert names(text, gazetteer) == ["Kharkiv", "Belgorod", "Donetsk", "Luhansk"]


def test_a_sentence_opening_in_the_capital_is_in_the_datelines_countrys_capital(gazetteer):
    text = ("GOMA, Congo (AP) — Rebels took the airport on Monday.\n\n"
            "In the capital, hundreds of people marched on Tuesday.")
    capital = [m for m in find_toponyms(text, gazetteer) if m.text == "capital"]
    assert [c.place.name for c in capital[0].candidates] == ["Kinshasa"]


def test_the_capital_inside_a_sentence_stays_a_word(gazetteer):
    text = ("GOMA, Congo (AP) — The rebels expanded their control beyond the capital "
            "on Monday.")
    assert "capital" not in [m.text for m in find_toponyms(text, gazetteer)]


def test_a_name_inside_a_named_organisation_is_no_place(gazetteer):
    text = "Boko Haram fighters raided a market. The Tigray People's Liberation Front denied it."
    groups = [(0, 10), (text.index("Tigray"), text.index(" denied"))]
    found = {m.text: m.actor for m in find_toponyms(text, gazetteer, organisations=groups)}
    # "Haram" (a town in Norway) is gone; "Tigray" still tells the story's land, as an actor
    assert found == {"Tigray": True}


def test_an_arabic_article_written_ez_stays_inside_the_name(gazetteer):
    assert "Deir ez-Zor" in names("Militants attacked a checkpoint in the Deir ez-Zor "
                                  "countryside.", gazetteer)


def test_a_name_with_a_short_lower_case_word_inside_is_read_whole(gazetteer):
    text = "Villagers protested in Nove Mesto na Morave and in Usti nad Labem on Monday."
    assert names(text, gazetteer) == ["Nove Mesto na Morave", "Usti nad Labem"]


def test_a_short_lower_case_word_ends_no_name(gazetteer):
    assert names("Troops left Kharkiv for good.", gazetteer) == ["Kharkiv"]


def test_the_capital_of_a_countrys_state_is_the_states_capital_not_the_countrys(gazetteer):
    found = names("Gunmen killed 18 people in Culiacan, the capital of Mexico's Sinaloa state.",
                  gazetteer)
    assert found == ["Culiacan", "Mexico", "Sinaloa"]
