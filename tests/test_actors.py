"""Actors named the ACLED way."""

import pytest

from geo.events.actors import find_actors


def _doers(sentence):
    return [a.acled_name(None) for a in find_actors(sentence) if not a.speaker]


def test_ukrainian_forces_are_military_forces_of_ukraine():
    assert _doers("Ukrainian forces made an incursion") == ["Military Forces of Ukraine"]


def test_a_weapon_named_by_its_model_is_still_the_state_s():
    assert _doers("The US fired Tomahawk missiles at radar sites") == [
        "Military Forces of United States"]


def test_the_ta_ang_national_liberation_army_is_not_colombia_s_eln():
    assert _doers("the Ta'ang National Liberation Army (TNLA) took Hsipaw") == [
        "TNLA: Ta'ang National Liberation Army"]


def test_prison_guards_are_police_forces():
    assert _doers("Kenyan prison guards beat an inmate") == ["Police Forces of Kenya"]


def test_a_family_is_civilians():
    assert [a.kind for a in find_actors("police beat a family")] == ["police", "people"]


def test_national_guard_possessive_is_military_forces():
    actors = find_actors("Ukraine's national guard issued a statement")
    assert actors[0].acled_name(None) == "Military Forces of Ukraine"


def test_defence_ministry_reporting_its_own_attack_is_the_doer():
    sentence = "Russia's defence ministry announced that it had attacked the site"
    assert _doers(sentence) == ["Military Forces of Russia"]


def test_ministry_reporting_a_loss_is_only_a_source():
    sentence = "Ukraine's national guard said on Wednesday that a missile attack had killed six"
    assert _doers(sentence) == []


def test_country_before_military_verb_stands_for_its_forces():
    assert _doers("the drones that Ukraine had launched") == ["Military Forces of Ukraine"]


def test_country_as_place_is_not_an_actor():
    assert _doers("the border region of Russia was quiet") == []


def test_israeli_air_strikes_name_the_israeli_military():
    assert _doers("Israeli air strikes destroyed the building") == ["Military Forces of Israel"]


def test_armed_groups_keep_their_names():
    assert _doers("Hezbollah fighters and RSF units") == ["Hezbollah", "Rapid Support Forces"]


def test_its_forces_takes_the_nearest_earlier_actor():
    sentence = "in Moscow's sights since its forces captured the town"
    assert "Military Forces of Russia" in _doers(sentence)


def test_putin_is_government_of_russia():
    assert _doers("Putin visited the region") == ["Government of Russia"]


def test_a_group_named_with_its_acronym_in_brackets_and_a_noun_is_one_actor():
    assert _doers("Jamaat Nusrat al-Islam wal-Muslimin (JNIM) fighters attacked the town") == [
        "JNIM: Group for Support of Islam and Muslims"]


def test_israeli_settlers_are_acleds_settlers():
    assert _doers("Israeli settlers attacked farmers") == ["Settlers (Israel)"]


@pytest.mark.parametrize("sentence", [
    "Settlers torched two cars in the village", "Armed settlers stormed a school",
    "The shepherd was beaten by settlers", "On Friday, settlers uprooted olive trees",
    "A group of masked settlers hurled stones at homes"])
def test_settlers_with_no_people_named_before_them_are_acleds_settlers(sentence):
    assert "Settlers (Israel)" in _doers(sentence)


def test_settlers_of_a_named_people_are_not_israeli_settlers():
    assert "Settlers (Israel)" not in _doers("Hausa settlers fled the village")


def test_a_demonym_does_not_reach_across_another_actors_noun():
    actors = find_actors("Russian forces shelled civilian buildings in Rubizhne.")
    assert [(a.text, a.country) for a in actors][0] == ("Russian forces", "RU")
    assert all(a.country is None for a in actors[1:])


def test_a_group_named_between_a_demonym_and_a_noun_is_the_group():
    assert _doers("Afghan Taliban fighters attacked border posts")[0] == "Taliban"


def test_a_state_s_tanks_are_its_forces_and_a_think_tank_is_no_one_s():
    assert _doers("Israeli tanks shelled areas east of the city") == ["Military Forces of Israel"]
    assert _doers("A Russian think tank said the war would last") == []


def test_a_demonym_does_not_reach_across_a_preposition():
    # a Palestinian shot during a raid: the raid is the troops', not a Palestinian raid
    actors = find_actors("Troops shot a Palestinian during a raid on the camp.")
    assert [(a.text, a.country) for a in actors] == [("Troops", None)]


def test_a_number_or_adjective_opening_a_sentence_does_not_name_a_militia():
    (militia,) = [a for a in find_actors("Rival militias clashed near the market.")
                  if a.kind == "militia"]
    assert militia.name is None


def test_groups_named_by_their_cause_or_full_name_are_the_acled_actor():
    assert _doers("Anglophone secessionists torched a clinic") == ["Ambazonian Separatists"]
    assert _doers("The Balochistan Liberation Front blew up a railway bridge") == [
        "BLF: Baloch Liberation Front"]
    assert _doers("The South Sudanese People's Defence Forces shelled the camp") == [
        "Military Forces of South Sudan"]


def test_a_model_designation_between_demonym_and_aircraft_keeps_the_state():
    assert _doers("Iraqi F-16 jets bombed a hideout") == ["Military Forces of Iraq"]


def test_the_united_states_named_before_its_warplanes_is_their_state():
    assert _doers("United States warplanes bombed a port") == ["Military Forces of United States"]


def test_government_positions_are_the_military():
    actors = find_actors("the rebels shelled government positions")
    assert [a.kind for a in actors] == ["rebel", "military"]


def test_a_nation_s_people_before_a_military_verb_are_its_forces():
    assert _doers("The Russians shelled the town") == ["Military Forces of Russia"]


@pytest.mark.parametrize(("sentence", "country"), [
    ("Palestinians threw stones at the jeep", "PS"),
    ("Kenyans blocked the road", "KE"),
    ("Indian nationals clashed with border guards", "IN"),
])
def test_a_nation_s_people_are_people_of_that_country(sentence, country):
    first = find_actors(sentence)[0]
    assert (first.kind, first.country) == ("people", country)


def test_maoist_rebels_alone_are_no_group_of_one_country():
    # India's Naxalites and the Philippines' NPA are both called Maoist rebels: the event's
    # country picks the branch (actor_branches.csv)
    assert _doers("Maoist rebels ambushed a patrol")[0] == "Communist Rebels"


def test_members_of_a_named_militia_are_that_group():
    assert _doers("members of the Donbass People's Militia took Olhynka")[0] == (
        "NAF: United Armed Forces of Novorossiya")


def test_two_states_named_before_one_noun_are_both_sides_the_first_first():
    assert _doers("clashes between the Russian and Ukrainian forces") == [
        "Military Forces of Russia", "Military Forces of Ukraine"]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Naxalites ambushed a patrol", "Naxal-Maoist Rebels (India)"),
    ("Ansaroul Islam fighters burned a school", "Ansaroul Islam"),
    ("the Ansarul Islam group claimed it", "Ansaroul Islam"),
    ("CPI (Maoist) cadres torched a tower", "CPI (Maoist): Communist Party of India (Maoist)"),
    ("Tehreek-i-Taliban Pakistan militants attacked a checkpost",
     "TTP: Tehreek-i-Taliban Pakistan"),
    ("the banned Lashkar-i-Jhangvi planned attacks", "LeJ: Lashkar-e-Jhangvi"),
    ("an airstrike against ISIS-Somalia", "Islamic State (Somalia)"),
    ("the United States Africa Command conducted an airstrike",
     "Military Forces of United States"),
    ("soldiers clashed with members of Los Lobos", "Los Lobos"),
])
def test_groups_of_south_asia_latin_america_and_commands_abroad_keep_their_names(sentence,
                                                                                  actor):
    assert actor in _doers(sentence)


def test_jawans_are_police_forces():
    assert _doers("Indian jawans came under fire") == ["Police Forces of India"]


def test_the_counter_terrorism_department_is_police():
    (ctd,) = find_actors("the Counter-Terrorism Department arrested five suspects")
    assert ctd.kind == "police"


def test_soldiers_in_the_west_bank_are_israel_s_and_its_police_palestine_s():
    soldiers, police = find_actors("soldiers fired tear gas as police watched")
    assert soldiers.acled_name("Palestine") == "Military Forces of Israel"
    assert police.acled_name("Palestine") == "Police Forces of Palestine"
    assert soldiers.acled_name("Mali") == "Military Forces of Mali"


def test_a_noun_after_a_group_and_an_acronym_no_row_reads_is_the_group():
    assert _doers("Five New People's Army (NPA) rebels were killed") == [
        "NPA: New People's Army"]


def test_a_unit_named_for_whom_it_fights_is_no_such_actor():
    assert _doers("Haitian police and officers of the Gang Suppression Force fired") == [
        "Police Forces of Haiti"]
    assert _doers("Officers of the Haitian police Anti-Gang Unit fired") == [
        "Police Forces of Haiti"]
    assert [(a.text, a.kind) for a in find_actors("anti-riot police fired")] == [
        ("riot police", "police")]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Anti-junta forces attacked a convoy.", "rebel"),
    ("Anti-government fighters attacked a convoy.", "rebel"),
    ("Anti-riot police fired tear gas.", "police"),
])
def test_forces_named_against_the_state_are_its_enemies(sentence, kind):
    assert [a.kind for a in find_actors(sentence)][:1] == [kind]


@pytest.mark.parametrize(("sentence", "name"), [
    ("FACA soldiers repelled the attack.", "Military Forces of Central African Republic"),
    ("The Revolutionary Guards fired missiles.",
     "Military Forces of Iran (Islamic Revolutionary Guard Corps)"),
    ("Saudi-led coalition aircraft struck the port.", "Military Forces of Saudi Arabia"),
    ("PDF fighters ambushed the convoy.", "PDF: People's Defense Force"),
])
def test_state_forces_and_groups_named_by_their_own_names(sentence, name):
    assert _doers(sentence)[:1] == [name]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Fighters loyal to the Southern Transitional Council entered the town",
     "Military Forces of Yemen (Southern Transitional Council)"),
    ("Karen National Liberation Army troops overran the outpost",
     "KNLA: Karen National Liberation Army"),
    ("Tatmadaw jets bombed a monastery", "Military Forces of Myanmar"),
    ("CJTF members repelled the raid", "CJTF: Civilian Joint Task Force"),
    ("The Bangsamoro Islamic Freedom Fighters ambushed a patrol",
     "BIFF: Bangsamoro Islamic Freedom Fighters"),
    ("Militants of the Hafiz Gul Bahadur group attacked a checkpoint", "Hafiz Gul Bahadur Group"),
    ("Gunmen of the Tren de Aragua gang shot a trader", "Tren de Aragua"),
    ("SPLM-N fighters shelled the city", "SPLM-N: Sudan People's Liberation Movement-North"),
    ("Kataib Hezbollah fighters fired rockets at the base", "Kataib Hezbollah"),
    ("Fighters of the Islamic State Central Africa Province raided the village",
     "ADF: Allied Democratic Forces"),
    ("PREPAK cadres extorted traders", "PREPAK: People's Revolutionary Party of Kangleipak"),
])
def test_armed_groups_across_the_world_are_named_the_acled_way(sentence, actor):
    assert _doers(sentence)[:1] == [actor]


@pytest.mark.parametrize("sentence", [
    "The Sea of Azov froze early this year",
    "A storm zone moved over the coast",
    "She said the fact was plain and the white paper was late",
    "Stock in the state telecom firm STC rose",
])
def test_an_armed_group_s_name_is_not_read_in_ordinary_words(sentence):
    assert _doers(sentence) == []


def test_al_qaeda_spelled_qaeda_is_al_qaeda():
    assert _doers("al Qaeda militants attacked the base")[0] == "Al Qaeda"


def test_men_from_a_group_named_after_its_patron_are_the_group_s():
    actors = find_actors("Militants from the al Qaeda-linked JNIM group attacked a convoy")
    assert (actors[0].text, actors[0].name) == (
        "Militants from the al Qaeda-linked JNIM", "JNIM: Group for Support of Islam and Muslims")


@pytest.mark.parametrize("sentence", [
    "The ministry published a PDF file of the report.",
    "The court posted a PDF of the ruling.",
    "The army issued a PDF statement.",
])
def test_a_pdf_file_is_no_actor(sentence):
    assert "PDF: People's Defense Force" not in _doers(sentence)


def test_puntland_s_pdf_is_not_myanmar_s():
    assert "PDF: People's Defense Force" not in _doers(
        "Puntland's PDF forces clashed with militants near Bosaso.")


def test_a_demonym_before_police_forces_names_the_police():
    assert _doers("Kenyan police forces seized rifles in a warehouse") == ["Police Forces of Kenya"]


def test_military_goods_are_no_military_actor():
    assert _doers("Dockworkers unloaded crates of military equipment at the pier") == []


def test_a_crowd_in_military_fatigues_is_no_army():
    assert "Military Forces of Ghana" not in [
        a.acled_name("Ghana") for a in find_actors("Young men in military fatigues beat a trader")]


def test_the_army_of_artsakh_is_its_own_force():
    assert _doers("The army of Artsakh shelled a village near Agdam") == [
        "Military Forces of Artsakh"]


def test_somaliland_police_are_somaliland_s_not_somalia_s():
    assert _doers("Somaliland police detained a reporter in Hargeisa") == [
        "Police Forces of Somaliland"]


def test_a_state_s_anti_tank_mine_is_its_forces():
    assert _doers("A van drove over a Ukrainian anti-personnel mine") == [
        "Military Forces of Ukraine"]


@pytest.mark.parametrize("sentence", [
    "A tractor drove over a Russian-laid landmine",
    "Russian-fired shells hit a grain store",
])
def test_a_weapon_a_state_laid_or_fired_is_its_forces(sentence):
    assert _doers(sentence) == ["Military Forces of Russia"]


def test_a_weapon_a_state_made_is_not_its_forces():
    assert _doers("A Russian-made rocket hit a grain store") == []


def test_a_coal_mine_is_no_weapon():
    assert _doers("Miners at a Ukrainian coal mine stopped work") != ["Military Forces of Ukraine"]


def test_an_unnamed_clan_militia_is_an_unidentified_clan_militia():
    assert [a.acled_name("Somalia") for a in find_actors("A clan militia raided a farm")] == [
        "Unidentified Clan Militia (Somalia)"]


def test_rival_communal_militias_are_unidentified_communal_militias():
    assert [a.acled_name("Chad") for a in find_actors("Rival communal militias fought")] == [
        "Unidentified Communal Militia (Chad)"]


def test_a_named_clan_militia_keeps_its_clan():
    assert _doers("Marehan clan militia raided a farm") == ["Marehan Clan Militia"]


@pytest.mark.parametrize("sentence", [
    "Gunmen from the Garre clan raided a farm",
    "Militiamen of the Garre sub-clan raided a farm",
    "Garre clan fighters raided a farm",
])
def test_armed_men_of_a_named_clan_are_that_clan_s_militia(sentence):
    assert _doers(sentence) == ["Garre Clan Militia"]


def test_armed_men_from_a_named_community_are_its_communal_militia():
    assert _doers("Militias from the Tiv community burned a market") == ["Tiv Communal Militia"]


def test_militiamen_from_a_named_village_are_that_village_s_communal_militia():
    (actor,) = find_actors("Militiamen from the village of Gidami burned a grain store")
    assert actor.acled_name("Ethiopia") == "Gidami Communal Militia (Ethiopia)"


@pytest.mark.parametrize("sentence", [
    "Communal militias from Gidami burned a grain store",
    "A communal militia from the village of Gidami burned a grain store",
])
def test_a_communal_militia_from_a_named_place_is_named_after_it(sentence):
    assert [a.acled_name("Ethiopia") for a in find_actors(sentence)][:1] == [
        "Gidami Communal Militia (Ethiopia)"]


def test_a_named_group_s_fighters_from_a_clan_stay_the_group_s():
    assert _doers("Al Shabaab fighters from the Garre clan raided a farm") == ["Al Shabaab"]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Al-Amshat fighters took over a farmhouse near Jinderes", "Sultan Suleiman Shah Brigade"),
    ("Ahrar al-Sharqiya gunmen raided a shop near Ras al-Ain", "Ahrar al Sharqiya"),
    ("The Sham Legion shelled a hilltop near Atarib", "Faylaq al Sham"),
    ("The Levant Front raided a hilltop near Azaz", "Levant Front"),
])
def test_syrian_opposition_factions_are_named_as_themselves(sentence, name):
    assert _doers(sentence) == [name]


def test_mai_mai_fighters_are_named_as_acled_spells_them():
    assert _doers("Mai-Mai fighters burned a school near Beni") == ["Mayi Mayi Militia"]


def test_iraq_s_popular_mobilization_forces_are_a_state_force():
    assert _doers("PMF fighters raided a farm near Tuz Khurmatu") == [
        "Military Forces of Iraq Popular Mobilization Forces"]


def test_armed_men_of_a_people_named_between_are_an_armed_group():
    (herders, _) = find_actors("Armed Tiv herdsmen attacked farmers near Makurdi.")
    assert (herders.text, herders.kind, herders.armed) == (
        "Armed Tiv herdsmen", "unidentified", True)


def test_troops_told_before_the_state_s_army_speaks_are_its_own():
    troops = find_actors("Troops destroyed a rocket launcher near Naqoura, the Israeli military"
                         " said.")[0]
    assert (troops.kind, troops.country) == ("military", "IL")


@pytest.mark.parametrize("sentence", [
    "The Karen National Union, the oldest ethnic armed group in the country, said it had "
    "seized a border post.",
    "The Kachin Independence Army, a rebel force, said its fighters had overrun a post.",
])
def test_a_common_noun_set_beside_a_named_group_describes_it(sentence):
    assert all(a.name for a in find_actors(sentence) if a.kind != "armed_site")


def test_an_air_force_base_is_a_site_not_its_forces():
    (site,) = [a for a in find_actors("A car bomb went off outside an air force base.")]
    assert site.kind == "armed_site"


def test_the_english_name_of_the_largest_farc_dissident_group_is_read():
    (group,) = find_actors("The government blamed the Central General Staff for the bombing.")[1:]
    assert group.name == "FARC Dissidents"



def _acting(sentence):
    return [a.text for a in find_actors(sentence) if not a.speaker]


def test_whom_a_quoted_source_works_for_did_not_act():
    # the police only report the gunfire: they are the spokesman's employer
    assert _acting("The raiders fired into the crowd, said Musa Bello, a spokesman for the"
                   " Zamfara state police command.") == ["raiders", "crowd"]


def test_a_report_told_before_its_source_is_not_the_source():
    # "said" after a comma brings in the source: what comes before it is the story
    assert _acting("Gunmen killed five villagers, said police chief Musa Bello.") == [
        "Gunmen", "villagers"]


def test_a_source_joined_to_another_by_and_speaks_too():
    assert _acting("Raiders burned the granary, police and villagers said.") == ["Raiders"]
    # a list of victims before the sources is not a source
    assert _acting("Raiders shot two herders, army and medics said.") == ["Raiders", "herders"]



def test_a_group_followed_by_its_backer_is_the_group():
    # the backer is named after the group ("backed by"), not before it ("Iran-backed")
    assert _doers("Houthi fighters backed by Iran seized a ship")[0] == "Houthi Movement"


def test_police_reportedly_doing_something_are_still_the_doers():
    # "reportedly" after the police is hedging of their act, not a police report
    assert _doers("Kenyan police reportedly detained a lawyer in Mombasa")[0] == (
        "Police Forces of Kenya")
    assert "police" not in [a.kind for a in find_actors("A police report said a lawyer was held")]


def test_whose_forces_its_forces_are_is_told_by_an_actor_not_by_a_weapon():
    found = find_actors("The Thai army said Cambodian rockets hit a school and that its troops"
                        " shot down two drones.")
    assert [(a.text, a.country) for a in found if a.text == "its troops"] == [("its troops", "TH")]
