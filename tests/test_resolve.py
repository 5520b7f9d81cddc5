"""Resolution: which place each name means."""

from datetime import date

import pytest

from geo.model import km_between
from geo.pipeline import read_article


def places(text, gazetteer):
    reading = read_article(text, gazetteer=gazetteer)
    return [(m.text, m.place.kind, m.place.country, m.place.admin1_iso) for m in reading.mentions]


def test_a_countrys_region_named_in_its_possessive_holds_the_town(gazetteer):
    found = places("Russia said it had captured the village of Novopavlivka in Ukraine's"
                   " Donetsk region.", gazetteer)
    assert found[0] == ("Novopavlivka", "city", "UA", "UA-14")


def test_a_list_of_towns_shares_the_region_it_ends_with(gazetteer):
    found = places("Russia said it had captured Novopavlivka and Zelene Pole in the Donetsk"
                   " region.", gazetteer)
    assert found[:2] == [("Novopavlivka", "city", "UA", "UA-14"),
                         ("Zelene Pole", "city", "UA", "UA-14")]


def test_a_region_is_named_in_english_and_not_by_another_region_s_alternate_name(gazetteer):
    # Natural Earth lists "South Darfur" among East Darfur's names too
    reading = read_article("Fighting spread to South Darfur and Khyber Pakhtunkhwa.",
                           gazetteer=gazetteer)
    assert [(m.place.name, m.place.admin1_iso) for m in reading.mentions] == [
        ("South Darfur", "SD-DS"), ("Khyber Pakhtunkhwa", "PK-KP")]


def test_a_state_s_forces_point_to_the_territory_they_hold(gazetteer):
    # Jenin is also a Polish village's own name; the West Bank city's is Janin
    found = places("Israeli forces raided Jenin on Thursday.", gazetteer)
    assert found == [("Jenin", "city", "PS", "PS-JEN")]


def test_a_country_named_with_a_compass_word_still_holds_the_town(gazetteer):
    # Solhan is also a Turkish town's name; the Burkinabe village is not in the gazetteer
    found = places("Jihadists attacked the village of Solhan in northern Burkina Faso.", gazetteer)
    assert [country for _, _, country, _ in found] == ["BF", "BF"]


def test_a_town_the_gazetteer_lacks_is_placed_in_the_region_named_after_it(gazetteer):
    found = places("Rebels attacked a church in Komanda in Ituri province.", gazetteer)
    assert [(name, country) for name, _, country, _ in found] == [("Komanda", "CD"),
                                                                  ("Ituri", "CD")]


def test_a_capitalised_compass_word_begins_the_unit_s_own_name(gazetteer):
    # "in East Azerbaijan province" is Iran's province, not "in (east) Azerbaijan"
    reading = read_article("The towns of Haris and Varzaqan in East Azerbaijan province were"
                           " hit.", gazetteer=gazetteer)
    found = [(m.text, m.place.country, m.place.admin1_iso) for m in reading.mentions]
    # the province is shown by its English name (Natural Earth spells it "East Azarbaijan")
    assert found == [("Haris", "IR", "IR-03"), ("Varzaqan", "IR", "IR-03"),
                     ("East Azerbaijan", "IR", "IR-03")]


def test_a_byline_names_no_place(gazetteer):
    found = places("Air strikes kill 21\n\nBy Irrawaddy staff - Military air strikes on"
                   " villages in Sagaing Region killed 21 civilians.", gazetteer)
    assert [name for name, *_ in found] == ["Sagaing Region"]


def test_a_nigerian_local_government_area_is_its_district(gazetteer):
    found = places("Bandits attacked a village in Tsafe LGA, Nigeria, on Thursday.", gazetteer)
    assert found[0] == ("Tsafe", "admin2", "NG", "NG-ZA")


@pytest.mark.parametrize("designator", ["Local Government Area", "local government area",
                                        "Local Government Council", "Local Government"])
def test_a_local_government_area_written_out_is_its_district(gazetteer, designator):
    found = places(f"Gunmen killed five farmers in Tsafe {designator} of Zamfara State on"
                   " Tuesday.", gazetteer)
    assert found[0] == ("Tsafe", "admin2", "NG", "NG-ZA")
    assert [name for name, *_ in found] == ["Tsafe", "Zamfara State"]  # no place "Area"


def test_a_name_with_an_arabic_article_spelt_another_way_is_the_town_of_that_spelling(
        gazetteer):
    found = places("Militants attacked a checkpoint in Bir al-Abd in Egypt's North Sinai.",
                   gazetteer)
    assert found[0] == ("Bir al-Abd", "city", "EG", "EG-SIN")


def test_a_congolese_territory_is_its_district_and_a_territory_no_district_has_a_region(
        gazetteer):
    assert places("Rebels attacked a village in Beni territory, Congo.", gazetteer)[0] == (
        "Beni", "admin2", "CD", "CD-NK")
    assert places("Police were deployed across the Northern Territory.", gazetteer) == [
        ("Northern Territory", "admin1", "AU", "AU-NT")]


def test_a_city_whose_name_has_accents_is_named_by_its_plain_spelling(gazetteer):
    # GeoNames spells the city Kandahār and the province Kandahar
    assert places("A bomb killed two children near Kandahar on Monday.", gazetteer) == [
        ("Kandahar", "city", "AF", "AF-KAN")]


def test_a_district_of_a_region_lies_in_that_region(gazetteer):
    # GeoNames also has a Khan Dangkao district coded to Kandal province
    found = places("Workers protested in Dangkao district of Phnom Penh, Cambodia.", gazetteer)
    assert found[:2] == [("Dangkao", "admin2", "KH", "KH-12"),
                         ("Phnom Penh", "admin1", "KH", "KH-12")]


def test_kursk_region_resolves_to_oblast(gazetteer):
    assert places("Troops entered the Kursk region.", gazetteer) == [
        ("Kursk", "admin1", "RU", "RU-KRS")]


def test_border_region_of_sumy_resolves_to_oblast(gazetteer):
    found = places("Strikes hit the border region of Sumy.", gazetteer)
    assert found == [("Sumy", "admin1", "UA", "UA-59")]


def test_bare_name_takes_region_sense_when_article_only_cues_region(gazetteer):
    text = "Putin visited the Kursk region. He met volunteers in Kursk."
    assert [p[1] for p in places(text, gazetteer)] == ["admin1", "admin1"]


def test_bare_name_stays_a_city_when_article_cues_the_city(gazetteer):
    text = "Missiles hit the city of Belgorod. The governor of the Belgorod region spoke. " \
        "Belgorod was quiet later."
    assert [p[1] for p in places(text, gazetteer)] == ["city", "admin1", "city"]


def test_moscow_is_moscow_russia_by_default(gazetteer):
    assert places("Drones flew toward Moscow overnight.", gazetteer)[0][2] == "RU"


def test_moscow_is_moscow_idaho_in_an_idaho_story(gazetteer):
    text = "Police in Boise, Idaho said a man from Moscow was arrested near Lewiston, Idaho."
    moscow = [p for p in places(text, gazetteer) if p[0] == "Moscow"]
    assert moscow == [("Moscow", "city", "US", "US-ID")]


def test_tripoli_in_a_lebanon_story_is_tripoli_lebanon(gazetteer):
    text = "An Israeli drone struck a camp near Tripoli, Lebanon's second-largest city."
    assert places(text, gazetteer)[0][2:] == ("LB", "LB-AS")


def test_a_large_town_alone_with_its_name_is_placed_outside_the_storys_countries(gazetteer):
    assert places("Israel struck a house in Khan Younis on Friday.", gazetteer)[-1][:3] == (
        "Khan Younis", "city", "PS")


def test_kurdistan_is_iraqs_region_and_kurdistan_province_irans(gazetteer):
    text = ("Turkish drones struck villages in Iraq's Kurdistan region. "
            "Teachers protested in Kurdistan Province, Iran.")
    assert places(text, gazetteer) == [
        ("Iraq", "country", "IQ", None), ("Kurdistan", "region_other", "IQ", None),
        ("Kurdistan Province", "admin1", "IR", "IR-12"), ("Iran", "country", "IR", None)]


def test_district_name_resolves_to_second_level_unit(gazetteer):
    found = places("A bridge in the Glushkovo district was destroyed.", gazetteer)
    assert found == [("Glushkovo", "admin2", "RU", "RU-KRS")]


def test_distance_from_a_name_makes_it_a_town(gazetteer):
    text = "Officials in the Donetsk region said Pokrovsk lies 55 km northwest of Donetsk."
    assert [p[1] for p in places(text, gazetteer)] == ["admin1", "city", "city"]


def test_transliteration_variant_resolves(gazetteer):
    assert places("Shelling hit Kharkov overnight.", gazetteer)[0][3] == "UA-63"


def test_defined_town_resolves_inside_the_state_its_definition_names(gazetteer):
    text = ("Troy is a city in Doniphan County, Kansas, United States. "
            "Troy is part of the St. Joseph metropolitan area.")
    troys = [p for p in places(text, gazetteer) if p[0] == "Troy"]
    assert troys == [("Troy", "city", "US", "US-KS")] * 2


def test_defined_place_the_gazetteer_lacks_there_is_put_at_its_county(gazetteer):
    # The gazetteer knows a Kursk, but none in New York: the definition wins, at the county.
    text = "Kursk is a hamlet in Broome County, New York, United States."
    kursk = read_article(text, gazetteer=gazetteer).mentions[0].place
    county = read_article(text, gazetteer=gazetteer).mentions[1].place
    assert (kursk.admin1_iso, kursk.source) == ("US-NY", "approximate")
    assert (kursk.lat, kursk.lon) == (county.lat, county.lon)


def test_georgia_is_the_state_in_a_story_of_its_state_line(gazetteer):
    text = ("The utility serves 109,000 customers from the Kentucky border to the "
            "Georgia state line.")
    georgia = [p for p in places(text, gazetteer) if p[0] == "Georgia"]
    assert georgia == [("Georgia", "admin1", "US", "US-GA")]


def test_georgia_is_the_country_beside_abkhazia(gazetteer):
    text = "Russia signed treaties with Georgia's breakaway regions, Abkhazia and South Ossetia."
    georgia = [p for p in places(text, gazetteer) if p[0] == "Georgia"]
    assert georgia and georgia[0][2] == "GE"


def resolved(text, gazetteer):
    return read_article(text, gazetteer=gazetteer).mentions


def named(text, gazetteer, name):
    return next(m for m in resolved(text, gazetteer) if m.text == name)


def test_country_name_is_the_country_not_a_village_of_that_name(gazetteer):
    # GeoNames has villages called Mali in China; the story is about the country.
    mali = named("Gunmen attacked an army post in central Mali on Sunday.", gazetteer, "Mali")
    assert (mali.place.kind, mali.place.country) == ("country", "ML")


def test_country_after_a_town_it_holds_is_the_country_not_a_namesake_region(gazetteer):
    # Natural Earth divides Guinea into prefectures, one of them called Mali.
    text = "BAMAKO, Mali (AP) - Gunmen attacked an army post in central Mali on Sunday."
    found = [m for m in resolved(text, gazetteer) if m.text == "Mali"]
    assert [(m.place.kind, m.place.country) for m in found] == [("country", "ML")] * 2


@pytest.mark.parametrize("text", [
    "Gunmen attacked the town of Tiltiva in central Mali on Sunday.",
    "Gunmen attacked Tiltiva, Mali, on Sunday.",
])
def test_country_after_a_town_the_gazetteer_lacks_is_the_country(gazetteer, text):
    # no namesake of the town lies in Guinea's Mali prefecture: nothing says it is meant
    found = [(m.text, m.place.kind, m.place.country) for m in resolved(text, gazetteer)]
    assert ("Mali", "country", "ML") in found and all(country == "ML" for *_, country in found)


def test_country_named_like_a_region_abroad_is_the_country_for_a_town_it_lacks(gazetteer):
    found = [(m.text, m.place.kind, m.place.country)
             for m in resolved("Troops shelled the village of Tiltiva in Georgia.", gazetteer)]
    assert ("Georgia", "country", "GE") in found


def test_a_state_holding_the_town_named_before_it_is_the_state(gazetteer):
    found = [(m.text, m.place.kind, m.place.country)
             for m in resolved("Police arrested two men in Macon, Georgia.", gazetteer)]
    assert found == [("Macon", "city", "US"), ("Georgia", "admin1", "US")]


@pytest.mark.parametrize(("text", "name"), [
    # Cameroon's "Est" is the only first-level region of that name the gazetteer has
    ("Gunmen attacked an army base in Djibo, Burkina Faso, on Sunday. In a separate attack,"
     " five civilians were killed in the Est region.", "Est"),
    # Ghana's Western is the only one of that name
    ("Police in Uganda's Western Region arrested 20 people in Mbarara on Friday.",
     "Western Region"),
    # North Macedonia has a municipality Saraj; the story's other places are in Helmand
    ("A suicide bomber drove into an army base in the Nahri Saraj (Gereshk) district of"
     " Helmand on Sunday.", "Saraj"),
])
def test_a_region_abroad_that_only_its_name_points_to_is_not_taken(gazetteer, text, name):
    assert named(text, gazetteer, name).place is None


@pytest.mark.parametrize("actor", ["Syrian troops", "Somali forces", "Russian soldiers"])
def test_a_region_abroad_is_not_taken_against_the_land_a_demonym_names(gazetteer, actor):
    # Madagascar's Sava is the only region of that name; the demonym names another land
    assert named(f"{actor} shelled villages in Sava.", gazetteer, "Sava").place is None


def test_a_region_of_the_land_a_demonym_names_is_taken(gazetteer):
    text = "Malagasy police arrested cattle thieves in Sava."
    assert named(text, gazetteer, "Sava").place.country == "MG"


def test_a_compass_named_region_of_the_land_an_armed_group_fights_in_is_taken(gazetteer):
    # Boko Haram fights in Cameroon, whose Extrême-Nord the region is
    text = "Boko Haram fighters looted a village in Mayo-Tsanaga, Extreme-Nord."
    assert named(text, gazetteer, "Extreme-Nord").place.country == "CM"


def test_a_compass_named_region_of_the_articles_country_is_taken(gazetteer):
    text = "Gunmen attacked a police post in Bertoua, Cameroon. Bertoua is the capital of Est."
    assert named(text, gazetteer, "Est").place.country == "CM"


def test_lebanon_is_the_country_not_a_town_in_tennessee(gazetteer):
    text = "Israeli jets struck targets in southern Lebanon, near the town of Nabatieh."
    assert named(text, gazetteer, "Lebanon").place.country == "LB"


def test_congo_in_a_story_of_goma_is_the_democratic_republic(gazetteer):
    text = "Rebels seized Goma, the capital of North Kivu, and marched on in eastern Congo."
    assert named(text, gazetteer, "Congo").place.country == "CD"


def test_bare_name_of_a_region_and_its_seat_is_the_town(gazetteer):
    odesa = named("A drone hit an apartment block in Odesa overnight.", gazetteer, "Odesa")
    assert (odesa.place.kind, odesa.place.admin1_iso) == ("city", "UA-51")


def test_a_regions_other_name_that_is_its_great_citys_own_is_the_city(gazetteer):
    # "Dnipro" is the city's own name and only another name of Dnipropetrovsk Oblast; other
    # regions named in the story do not make it the region ...
    text = "Shelling hit Bilozerka in the Kherson region, and a drone struck Dnipro overnight."
    dnipro = named(text, gazetteer, "Dnipro")
    assert (dnipro.place.kind, dnipro.place.admin1_iso) == ("city", "UA-12")
    # ... which it still is where the text says so
    region = named("A drone hit a farm in the Dnipro region.", gazetteer, "Dnipro")
    assert region.place.kind == "admin1"


def test_the_moscow_region_is_moscow_oblast_not_the_city(gazetteer):
    found = named("Drones were shot down over the Moscow region.", gazetteer, "Moscow")
    assert found.place.admin1_iso == "RU-MOS"


def test_region_beside_a_name_keeps_its_namesake_there(gazetteer):
    # Dobryanka is also a town of 30,000 in Perm, Russia; the text names Chernihiv.
    found = named("Shelling was reported in Dobryanka, Chernihiv.", gazetteer, "Dobryanka")
    assert found.place.country == "UA" and "qualifier" in found.reason


def test_district_and_region_in_brackets_qualify_a_village(gazetteer):
    found = named("Troops clashed near Hroza (Kupiansk, Kharkiv) at dawn.", gazetteer, "Hroza")
    assert found.place.admin1_iso == "UA-63"


def test_village_the_gazetteer_lacks_is_placed_at_the_region_named_beside_it(gazetteer):
    found = named("Shelling hit Vovkostavka, Donetsk, on Tuesday.", gazetteer, "Vovkostavka")
    assert found.place.admin1_iso == "UA-14"
    assert found.confidence < 0.5


def test_a_town_the_gazetteer_puts_in_a_neighbouring_region_is_the_town_named(gazetteer):
    # GeoNames has Bokkos in Plateau State, next to Bauchi State
    found = named("Gunmen killed four farmers in Bokkos, Bauchi State, on Sunday.", gazetteer,
                  "Bokkos")
    assert (found.place.kind, found.place.admin1_iso) == ("city", "NG-PL")
    assert found.confidence < 0.5 and "though the gazetteer has it in Plateau" in found.reason


def test_a_town_in_the_district_named_with_it_is_that_one_whatever_region_is_named(gazetteer):
    # Tank town and district lie in Khyber Pakhtunkhwa, not in either Punjab
    found = named("Militants attacked a police post in Tank (Tank, Punjab) overnight.",
                  gazetteer, "Tank")
    assert (found.place.kind, found.place.admin1_iso) == ("city", "PK-KP")


def test_a_countrys_only_town_of_a_name_is_it_though_a_far_region_is_named(gazetteer):
    found = named("Police in Giyani, Western Cape, arrested two men.", gazetteer, "Giyani")
    assert (found.place.kind, found.place.admin1_iso) == ("city", "ZA-LP")


def test_a_name_spelt_another_way_is_the_town_spelt_most_like_it_in_the_region_named(
        gazetteer):
    # GeoNames writes Kafr ad Dawwar, not Kafr el-Dawwar
    found = named("Gunmen ambushed a police patrol near Kafr el-Dawwar, Beheira, on Thursday.",
                  gazetteer, "Kafr el-Dawwar")
    assert (found.place.kind, found.place.admin1_iso) == ("city", "EG-BH")
    assert found.confidence < 0.5 and "spelt like" in found.reason


def test_a_qualifier_with_two_region_senses_takes_the_one_holding_the_name(gazetteer):
    # Kyiv is a city with a region's status (UA-30); Vasylkiv lies in Kyiv Oblast (UA-32).
    text = "Families fled Kyiv by train to Lviv. Later, Russian forces shelled Vasylkiv, Kyiv."
    found = named(text, gazetteer, "Vasylkiv")
    assert (found.place.kind, found.place.admin1_iso) == ("city", "UA-32")


def test_a_name_placed_at_its_qualifier_is_no_evidence_for_the_qualifier(gazetteer):
    # The hamlet is in no gazetteer, so it is placed at "Cordoba" itself; that placement
    # must not vote for Spain's Cordoba against the Colombia the sentence names.
    text = ("Dissidents killed two soldiers in the hamlet of Cano Indio Viejo, Cordoba, on"
            " Saturday, the army of Colombia said.")
    assert {m.place.country for m in resolved(text, gazetteer) if m.place} == {"CO"}


def test_a_known_city_only_near_another_name_keeps_its_own_place(gazetteer):
    text = "Buses left Kyiv for Ivano-Frankivsk near Bucha on Friday."
    assert named(text, gazetteer, "Ivano-Frankivsk").place.admin1_iso == "UA-26"


def test_distance_from_a_town_picks_the_namesake_near_it(gazetteer):
    # Rivne is also a city of 240,000 in western Ukraine, 800 km away.
    text = ("Russian troops took the village of Rivne, about 10 km south of Pokrovsk, in "
            "Ukraine's Donetsk region.")
    mentions = resolved(text, gazetteer)
    rivne, pokrovsk = mentions[0].place, mentions[1].place
    assert km_between(rivne.lat, rivne.lon, pokrovsk.lat, pokrovsk.lon) < 30


def test_distance_places_a_name_the_gazetteer_lacks_with_a_radius(gazetteer):
    text = "Troops entered Vovkostavka, 12 km east of Pokrovsk, on Friday."
    place = named(text, gazetteer, "Vovkostavka").place
    pokrovsk = named(text, gazetteer, "Pokrovsk").place
    assert place.source == "approximate" and place.radius_km
    assert 8 < km_between(place.lat, place.lon, pokrovsk.lat, pokrovsk.lon) < 16
    assert place.lon > pokrovsk.lon


@pytest.mark.parametrize("told", ["Vovkostavka village, about 12 km east of Pokrovsk",
                                  "Vovkostavka, located 12 km east of Pokrovsk"])
def test_distance_after_the_kind_of_place_or_located_places_the_name(gazetteer, told):
    text = f"Troops entered {told}, on Friday."
    place = named(text, gazetteer, "Vovkostavka").place
    pokrovsk = named(text, gazetteer, "Pokrovsk").place
    assert place.source == "approximate"
    assert 8 < km_between(place.lat, place.lon, pokrovsk.lat, pokrovsk.lon) < 16


def test_absent_town_is_not_sent_to_a_foreign_namesake(gazetteer):
    # Tawila (North Darfur) is not in GeoNames' cities500; Aţ Ţawīlah in Yemen is.
    text = "Thousands fled El Fasher for Tawila after the RSF attack, Sudan's army said."
    tawila = named(text, gazetteer, "Tawila")
    assert tawila.place is None or tawila.place.country == "SD"


def test_every_mention_carries_a_confidence_and_a_reason(gazetteer, seed_text):
    for m in resolved(seed_text, gazetteer):
        assert 0.0 <= m.confidence <= 1.0
        assert m.reason
        if m.place is not None:
            assert m.place.confidence == m.confidence


def test_uncertain_event_place_is_listed(gazetteer):
    from geo.places.resolve import uncertain_event_places

    text = "On Tuesday Russian forces shelled Vovkostavka, Donetsk, killing two civilians."
    reading = read_article(text, published=date(2025, 5, 21), gazetteer=gazetteer)
    uncertain = uncertain_event_places(reading)
    assert reading.events and [p.admin1_iso for p, _n in uncertain] == ["UA-14"]


def test_named_site_of_a_town_is_placed_at_the_town(gazetteer):
    text = "Hundreds of inmates escaped from Goma's Munzenze prison on Monday."
    prison = named(text, gazetteer, "Munzenze prison").place
    goma = named(text, gazetteer, "Goma").place
    assert (prison.kind, prison.source) == ("facility", "approximate")
    assert (prison.lat, prison.lon) == (goma.lat, goma.lon) and prison.radius_km


def test_mayor_cues_the_city_over_the_region_cued_elsewhere(gazetteer):
    text = ("Drones flew at Moscow overnight. The governor of the Moscow region said two died. "
            "Moscow Mayor Sergei Sobyanin said the city's defences held.")
    kinds = [(m.place.kind, m.place.admin1_iso) for m in resolved(text, gazetteer)
             if m.text == "Moscow"]
    assert kinds == [("city", "RU-MOW"), ("admin1", "RU-MOS"), ("city", "RU-MOW")]


def test_qualifier_is_the_region_holding_the_town(gazetteer):
    # La Union is a province of the Philippines and a department of El Salvador.
    text = "Police found a burned car in Santa Rosa de Lima, La Union, on Sunday."
    assert places(text, gazetteer) == [("Santa Rosa de Lima", "city", "SV", "SV-UN"),
                                       ("La Union", "admin1", "SV", "SV-UN")]


def test_region_without_an_iso_code_holds_only_its_own_towns():
    from geo.model import Place
    from geo.places.resolve import _inside

    veracruz_town = Place(name="Cosoleacaque", kind="city", lat=18.0, lon=-94.6, country="MX",
                          admin1_iso=None, admin1_name="Veracruz")
    federal_district = Place(name="Distrito Federal", kind="admin1", lat=19.4, lon=-99.1,
                             country="MX", admin1_iso=None, admin1_name="Distrito Federal")
    assert not _inside(veracruz_town, federal_district)


def test_continent_is_geonames_continent(gazetteer):
    reading = read_article("Health workers warned that the fever could spread across Africa.",
                           gazetteer=gazetteer)
    assert [m.place.geonameid for m in reading.mentions] == [6255146]


def test_codified_village_stands_when_the_story_names_no_country(gazetteer):
    # Yasnobrodivka is known only from Ukraine's codifier, and only in Donetsk oblast.
    found = places("Observers counted twelve explosions near Yasnobrodivka.", gazetteer)
    assert found == [("Yasnobrodivka", "city", "UA", "UA-14")]


def test_codified_villages_of_one_country_stand_when_the_story_names_no_country(gazetteer):
    # two Abrykosoves, both known only from Ukraine's codifier: either is in Ukraine
    found = places("Observers counted twelve explosions near Abrykosove.", gazetteer)
    assert [(name, country) for name, _, country, _ in found] == [("Abrykosove", "UA")]


def test_a_village_lies_in_the_district_named_with_it_however_the_gazetteer_spells_it(gazetteer):
    # Luhansk oblast has a town of 26,000 called Holubivka and a village of that name in the
    # raion the codifier spells Siverskodonetskyi, after the town English writes Sievierodonetsk
    reading = read_article("Shelling damaged houses in the village of Holubivka in the"
                           " Sievierodonetsk district of the Luhansk region.", gazetteer=gazetteer)
    village, town = reading.mentions[0].place, reading.mentions[1].place
    assert km_between(village.lat, village.lon, town.lat, town.lon) < 20


def test_a_village_lies_in_the_district_named_after_it_without_a_region(gazetteer):
    reading = read_article("Shelling damaged houses in Holubivka in the Sievierodonetsk"
                           " district.", gazetteer=gazetteer)
    village, town = reading.mentions[0].place, reading.mentions[1].place
    assert km_between(village.lat, village.lon, town.lat, town.lon) < 20


def test_town_lies_in_the_county_the_story_names(gazetteer):
    text = "A Greene County judge ruled on a Springfield zoning case."
    assert places(text, gazetteer) == [("Greene County", "admin2", "US", "US-MO"),
                                       ("Springfield", "city", "US", "US-MO")]


def test_a_county_does_not_make_a_state_a_town(gazetteer):
    # Washington, Missouri lies in Franklin County, Missouri; here Washington is the state.
    text = "Franklin County officials met lawmakers from Washington state in Olympia."
    assert places(text, gazetteer)[1][1:] == ("admin1", "US", "US-WA")


def test_egyptian_governorate_by_its_english_name(gazetteer):
    found = places("Militants attacked a checkpoint in North Sinai on Friday.", gazetteer)
    assert found == [("North Sinai", "admin1", "EG", "EG-SIN")]


def test_kashmir_beside_an_indian_town_is_jammu_and_kashmir(gazetteer):
    # not Natural Earth's countryless "Kashmir" unit near the Siachen Glacier
    text = "Rescue teams in Srinagar and across Kashmir worked through the night."
    assert ("Kashmir", "admin1", "IN", "IN-JK") in places(text, gazetteer)


def test_the_red_sea_is_the_sea_and_red_sea_state_the_region(gazetteer):
    # Sudan's Red Sea state and Egypt's Red Sea governorate bear the sea's name.
    at_sea = named("Rebels fired a missile at a ship in the Red Sea on Monday.", gazetteer,
                   "Red Sea")
    state = named("Troops were sent to Red Sea state on Monday.", gazetteer, "Red Sea")
    assert (at_sea.place.kind, state.place.kind) == ("water", "admin1")


def test_a_river_is_written_with_the_and_a_town_without(gazetteer):
    town = named("A missile attack killed 12 people in Dnipro on Tuesday.", gazetteer, "Dnipro")
    river = named("Ukrainian troops crossed the Dnipro near Kherson.", gazetteer, "Dnipro")
    assert (town.place.kind, river.place.kind) == ("city", "water")


def test_a_state_postal_code_picks_the_namesake(gazetteer):
    found = places("The plant near Springfield, IL, reopened; Athens, GA, voted.", gazetteer)
    assert ("Springfield", "city", "US", "US-IL") in found
    assert ("Athens", "city", "US", "US-GA") in found


def test_a_capitals_namesake_abroad_is_picked_by_its_state(gazetteer):
    # Paris and Moscow are also first-level regions; written before a foreign state that
    # holds a town of their name, they are that town, not the head of a list of regions.
    found = places("He grew up in Paris, Texas. She studied in Moscow, Idaho.", gazetteer)
    assert ("Paris", "city", "US", "US-TX") in found
    assert ("Moscow", "city", "US", "US-ID") in found


def test_regions_of_one_country_in_a_row_stay_a_list(gazetteer):
    # Kyiv is also a village of Mykolaiv oblast: "Kyiv, Mykolaiv" is two regions, not that.
    found = places("Drones hit Kyiv, Mykolaiv.", gazetteer)
    assert found[0][0] == "Kyiv" and found[0][3] == "UA-30"


def test_a_town_named_like_a_country_among_the_articles_towns_is_the_town(gazetteer):
    # Palestine, Texas lies within 50 km of Elkhart and Grapeland; with no such neighbours
    # a country's name is the country.
    found = places("Deputies from Elkhart and Grapeland drove the man to Palestine on Friday.",
                   gazetteer)
    assert ("Palestine", "city", "US", "US-TX") in found
    found = places("Officials in Washington spoke with envoys from Palestine on Friday.",
                   gazetteer)
    assert ("Palestine", "country") == found[-1][:2]


def test_a_town_of_the_country_itself_does_not_take_the_countrys_name(gazetteer):
    # Mozambique is also a town (Ilha de Mocambique) of Nampula province; naming Nampula
    # does not make "northern Mozambique" that town.
    found = places("Insurgents raided a village in northern Mozambique; families fled to "
                   "Nampula province.", gazetteer)
    assert ("Mozambique", "country") == found[0][:2]


def test_a_dateline_names_a_town_though_the_story_names_regions(gazetteer):
    text = ("Junta strikes village\n\nYANGON, March 14 (Reuters) - Jets bombed a village in"
            " Sagaing region, and rebels took a base in Rakhine state.")
    assert places(text, gazetteer)[0] == ("YANGON", "city", "MM", "MM-06")


def test_a_designator_after_a_list_is_each_name_s(gazetteer):
    found = places("Strikes hit the Kharkiv and Sumy regions.", gazetteer)
    assert [p[1] for p in found] == ["admin1", "admin1"]


def test_a_county_of_a_named_state_keeps_its_namesakes_inside_it(gazetteer):
    from geo.pipeline import read_article
    reading = read_article("Fighting erupted in Nasir county of Upper Nile state, South Sudan,"
                           " on Tuesday.", published=date(2025, 3, 5), gazetteer=gazetteer)
    nasir = next(m for m in reading.mentions if m.text == "Nasir")
    assert nasir.place is None or nasir.place.country == "SS"


def test_the_capital_of_a_state_names_the_state(gazetteer):
    # "capital of" puts a town in the place named after it: the place is no town itself
    found = named("Crews fought the blaze in the capital of Louisiana on Friday.", gazetteer,
                  "Louisiana")
    assert (found.place.kind, found.place.admin1_iso) == ("admin1", "US-LA")


def test_a_regions_own_name_is_not_another_regions_other_name(gazetteer):
    # Natural Earth also calls Lord Howe Island "New South Wales"
    found = named("Officials in New South Wales (NSW) closed the border to cattle trucks.",
                  gazetteer, "New South Wales")
    assert found.place.admin1_iso == "AU-NSW"


def test_a_name_of_two_countries_resolves_the_same_in_every_run():
    # "Congo" names two countries, each with half the weight: the tie is broken by the
    # candidates' order, not by the order of a set, which changes with Python's hash seed
    import os
    import subprocess
    import sys

    code = ("from geo import settings\n"
            "from geo.pipeline import read_article\n"
            "from geo.sources.gazetteer import Gazetteer\n"
            "reading = read_article('Storms over #Congo in 1986',"
            " gazetteer=Gazetteer(settings.GAZETTEER_INDEX))\n"
            "print([m.place.country for m in reading.mentions])")
    answers = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
               for seed in ("0", "1", "5")}
    assert len(answers) == 1


def test_a_district_cue_does_not_vouch_for_a_namesake_abroad(gazetteer):
    # "Mahas" is another name of Mahis in Jordan; "district" says the kind, not which one
    reading = read_article("MOGADISHU - Militants attacked a Somali army base in Mahas "
                           "district on Tuesday.", gazetteer=gazetteer)
    assert [(m.text, m.place) for m in reading.mentions][1] == ("Mahas", None)
    reading = read_article("Clashes broke out in Mahis district, Jordan.", gazetteer=gazetteer)
    assert reading.mentions[0].place.country == "JO"


def test_a_quarter_of_a_named_town_is_no_namesake_far_away(gazetteer):
    # Americana is also a large Brazilian city
    reading = read_article("Youths threw stones at soldiers in the Americana neighbourhood in"
                           " Mogadishu on Monday.", gazetteer=gazetteer)
    quarter, town = reading.mentions
    assert quarter.place is None and town.place.country == "SO"


def test_a_town_before_a_quarter_noun_after_an_indefinite_article_is_the_town(gazetteer):
    found = places("Gunmen attacked a Kabul neighbourhood a day after clashes in Herat.",
                   gazetteer)
    assert found[0] == ("Kabul", "city", "AF", "AF-KAB")


def test_another_name_heading_an_unknown_hyphenated_name_is_meant_only_near_the_story(
        gazetteer):
    # "Ceel" is one of Eyl's other names; "Ceel-Waaq" is a village the gazetteer lacks
    reading = read_article("Militiamen ambushed a truck between Ceel-Waaq and Jowhar on"
                           " Monday.", gazetteer=gazetteer)
    assert [(m.text, m.place and m.place.name) for m in reading.mentions] == [
        ("Ceel", None), ("Jowhar", "Jawhar")]


def test_another_name_ending_an_unknown_hyphenated_name_is_meant_only_near_the_story(
        gazetteer):
    # "Kassa" is an old name of Kosice, Slovakia; "Nkol-Kassa" a hamlet the gazetteer lacks
    reading = read_article("Soldiers torched huts in Nkol-Kassa, near Yaounde in Cameroon, on"
                           " Tuesday.", gazetteer=gazetteer)
    assert {m.place.country for m in reading.mentions if m.place} == {"CM"}


def test_a_town_s_own_name_heading_a_hyphenated_road_stays_a_place(gazetteer):
    found = places("Gunmen blocked the Kankara-Zangon road in Katsina on Friday.", gazetteer)
    assert found[0] == ("Kankara", "city", "NG", "NG-KT")


def test_a_name_the_text_puts_in_a_region_is_no_namesake_elsewhere(gazetteer):
    # Mozambique's Palma is missing from the gazetteer: not Spain's city nor Brazil's Palma
    found = places("Insurgents raided Palma district of Cabo Delgado on Monday.", gazetteer)
    assert found[0][2] == "MZ"


def test_a_town_likened_to_another_country_s_is_not_placed_there(gazetteer):
    found = places("Sochi could become the Nice of Russia, the candidate said.", gazetteer)
    assert [country for name, _, country, _ in found if name == "Nice"] == ["FR"]


def test_a_governorate_spelt_unlike_any_region_is_not_a_village_s_region(gazetteer):
    # "Al-Dhalea" is spelt like a Hadramawt village, not like the governorate (Al Dali'):
    # the village's region is not meant
    reading = read_article("Houthi forces shelled homes in Al-Dhalea governorate on Sunday.",
                           gazetteer=gazetteer)
    found = [m.place for m in reading.mentions if m.text == "Al-Dhalea"]
    assert found == [None]


def test_a_bare_repeat_of_a_name_placed_in_its_region_is_the_same_place(gazetteer):
    text = ("Artillery fire was heard near Vodyane, Donetsk, on Monday. Monitors later counted"
            " twenty explosions around Vodyane.")
    first, again = [m.place for m in resolved(text, gazetteer) if m.text == "Vodyane"]
    assert first.admin1_name == "Donetsk Oblast"
    assert again == first


def test_a_name_cued_as_a_district_lends_its_sense_to_no_bare_mention(gazetteer):
    text = ("Villagers marched through Wori on Monday. Police later sealed off Wori district in"
            " North Sulawesi province.")
    kinds = [m.place.kind for m in resolved(text, gazetteer) if m.text == "Wori"]
    assert kinds == ["city", "admin2"]


def test_a_sector_of_a_named_town_is_no_namesake_far_away(gazetteer):
    text = "Residents of Villahermosa blocked a road in the Valle Verde sector on Monday."
    assert named(text, gazetteer, "Valle Verde").place is None


def test_a_park_of_a_named_town_is_no_namesake_far_away(gazetteer):
    text = "Students rallied in Calderon park in Cuenca, Azuay, on Friday."
    assert named(text, gazetteer, "Calderon").place is None


def test_a_region_before_a_quarter_noun_is_still_the_region(gazetteer):
    text = "Mourners met in Fresno and then at a Central California park on Sunday."
    assert named(text, gazetteer, "California").place.kind == "admin1"


def test_a_village_of_a_named_district_is_placed_in_that_district(gazetteer):
    # the Kirkoy the gazetteer has lies in Mus, not in Yayladere district of Bingol
    text = "Gendarmes seized rifles near Kirkoy village of Yayladere district, Bingol, on Friday."
    place = named(text, gazetteer, "Kirkoy").place
    assert (place.admin1_iso, place.kind) == ("TR-12", "admin2")


def test_a_demonym_before_county_of_names_no_district(gazetteer):
    text = ("He was born in Exeter, in the English county of Devon, and died in Exeter, South"
            " Australia.")
    assert all(m.place is None or m.place.kind != "admin2"
               for m in resolved(text, gazetteer) if m.text == "Exeter")


def test_a_name_ending_in_city_is_the_town_not_the_province_of_its_bare_name(gazetteer):
    # Cotabato is both a city and a province; the named province pulls toward regions
    text = ("Troops fought rebels in Catarman, Northern Samar, and a bomb went off in"
            " Cotabato City.")
    cotabato = places(text, gazetteer)[-1]
    assert cotabato[:3] == ("Cotabato City", "city", "PH")


def test_a_region_after_a_comma_and_a_compass_word_holds_the_town(gazetteer):
    found = places("Gunmen burned homes in Zangon Kataf, southern Kaduna, on Sunday.", gazetteer)
    assert found == [("Zangon Kataf", "admin2", "NG", "NG-KD"), ("Kaduna", "admin1", "NG", "NG-KD")]


def test_a_region_is_not_the_province_of_a_foreign_village_known_by_its_name(gazetteer):
    # an Afghan village has "Chapare" among its other names; Bolivia's region is not in the index
    reading = read_article("Coca growers blocked highways in the Chapare region of"
                           " Cochabamba, Bolivia, on Friday.", gazetteer=gazetteer)
    assert {m.place.country for m in reading.mentions if m.place is not None} == {"BO"}


def test_a_country_whose_possessive_follows_the_comma_does_not_hold_the_town(gazetteer):
    # Pokrovsk is a Donetsk town and Engels, near Saratov, was once called Pokrovsk
    found = places("Fighting raged in Ukraine's Donetsk region. Troops took a hill 10 km east"
                   " of Pokrovsk, Russia's army said.", gazetteer)
    assert ("Pokrovsk", "city", "UA", "UA-14") in found


def test_the_region_before_city_of_holds_the_town(gazetteer):
    found = places("Flood waters reached homes in the Texas city of Paris on Friday.", gazetteer)
    assert found == [("Texas", "admin1", "US", "US-TX"), ("Paris", "city", "US", "US-TX")]


def test_a_name_before_city_of_is_the_region_not_its_namesake_town(gazetteer):
    found = places("Two officers died in an ambush in the Durango city of Gomez Palacio.",
                   gazetteer)
    assert found[0] == ("Durango", "admin1", "MX", "MX-DUR")


def test_a_town_named_with_the_articles_country_is_that_namesake(gazetteer):
    found = places("In Cuba, a storm flooded streets on Friday in Santiago.", gazetteer)
    assert found[1][:3] == ("Santiago", "city", "CU")


def test_a_countrys_name_opening_a_sentence_is_the_country(gazetteer):
    # Niger is also a state of Nigeria, which the story names
    found = places("In Niger, gunmen attacked a convoy in Tillaberi on Tuesday, killing five"
                   " soldiers. Nigeria closed its border.", gazetteer)
    assert found[0] == ("Niger", "country", "NE", None)


def test_a_countrys_name_opening_a_sentence_stays_a_region_in_a_story_of_its_towns(gazetteer):
    found = places("Bandits kidnapped 20 students in Kaduna on Monday. In Niger, gunmen attacked"
                   " a convoy near Minna.", gazetteer)
    assert found[1][:3] == ("Niger", "admin1", "NG")


def test_a_neighbourhood_of_a_capital_leaves_the_capital_a_town(gazetteer):
    # Damascus is also a governorate; a neighbourhood lies in the city, not in the region
    reading = read_article("Mortar rounds fell on the Kafr Sousa neighbourhood of Damascus on"
                           " Sunday.", gazetteer=gazetteer)
    quarter, city = reading.mentions
    assert city.place.kind == "city" and city.place.country == "SY"
    assert quarter.place.kind == "city" and km_between(
        quarter.place.lat, quarter.place.lon, city.place.lat, city.place.lon) < 1


def test_a_township_after_a_regions_possessive_lies_in_that_region(gazetteer):
    found = places("Troops burned homes in Magway Region's Zeebyuaing township on Sunday.",
                   gazetteer)
    assert found[1][0] == "Zeebyuaing" and found[1][2:] == ("MM", found[0][3])
    assert found[0][1] == "admin1"


def test_a_tehsil_after_a_districts_possessive_is_placed_at_the_district(gazetteer):
    reading = read_article("Militants ambushed a convoy in Kurram district's Shalozan Tangi"
                           " tehsil on Sunday.", gazetteer=gazetteer)
    district, tehsil = reading.mentions
    assert tehsil.place is not None and tehsil.place.country == "PK"
    assert km_between(tehsil.place.lat, tehsil.place.lon,
                      district.place.lat, district.place.lon) < 1


def test_a_quarter_after_a_towns_possessive_is_in_that_town(gazetteer):
    found = places("Police fired tear gas in Ndjamena's Chagoua neighbourhood.", gazetteer)
    assert found[1] == ("Chagoua", "city", "TD", found[0][3])


def test_a_district_in_brackets_before_a_region_is_no_namesake_abroad(gazetteer):
    # "(D, R)" names the district and region of the village before it; the Saudi city is
    # not meant by the district's name
    found = places("Gunmen killed two herders in Qodqod village (Madina, Hiiraan) on Sunday.",
                   gazetteer)
    assert [country for _, _, country, _ in found] == ["SO", "SO", "SO"]


def test_a_town_in_brackets_with_a_region_of_its_own_country_keeps_its_namesake(gazetteer):
    # a writer's slip of region ("(Kasur, Sindh)") does not move a town of that country
    found = places("Traders protested in Kot Radha Kishan (Kasur, Sindh) on Sunday.", gazetteer)
    assert found[1][:3] == ("Kasur", "city", "PK") and found[1][3] != found[2][3]


def test_a_village_in_a_region_named_bare_is_placed_in_that_region(gazetteer):
    # "in X in South Kivu" places X as "in X in South Kivu province" does
    found = places("Rebels torched homes in Bwiremana in South Kivu on Tuesday.", gazetteer)
    assert found[0][0] == "Bwiremana" and found[0][2:] == found[1][2:]
    assert found[1][1:3] == ("admin1", "CD")


def test_a_compass_word_opening_a_longer_name_holds_no_town(gazetteer):
    # "North-Western Sydney" is no region of Zambia's that the suburbs before it lie in
    found = places("Patients were held at Cattai and Wilberforce in North-Western Sydney.",
                   gazetteer)
    assert [country for _, _, country, _ in found[:2]] == ["AU", "AU"]


def test_a_compass_region_with_its_designator_holds_no_town_abroad(gazetteer):
    # "Northern Region", which Ghana, Malawi and others have, says nothing of the country
    reading = read_article("Chitipa is a town in the Chitipa District in Northern Region of"
                           " Malawi.", gazetteer=gazetteer)
    assert reading.mentions[0].place.country == "MW"


def test_a_village_spelt_like_a_town_abroad_is_placed_in_the_state_named_with_it(gazetteer):
    # the name's spelling skeleton also finds a large Moroccan town, which the state rules out
    found = places("Kidnappers seized 30 pupils in Kuriga, Kaduna State.", gazetteer)
    assert found[0][0] == "Kuriga" and found[0][2:] == ("NG", "NG-KD")


def test_a_bare_name_shared_by_a_seat_and_its_oblast_is_the_city_beside_other_regions(gazetteer):
    # "Mykolaiv" spells both the city and Mykolaiv Oblast; the oblast is written
    # with its designator, so the bare name struck beside "the Kherson region" is the city
    reading = read_article("Russian forces shelled the Kherson region overnight, and missiles"
                           " also hit Mykolaiv and Zaporozhye.", gazetteer=gazetteer)
    found = [(m.text, m.place.kind) for m in reading.mentions]
    assert found[1:] == [("Mykolaiv", "city"), ("Zaporozhye", "city")]


def test_a_name_after_a_border_with_is_the_country_not_a_town_of_the_story_s_own(gazetteer):
    reading = read_article("KANKAN, Guinea - Troops patrolled the border with Mali on Monday "
                           "after gunmen crossed into Guinea.", gazetteer=gazetteer)
    (mali,) = [m for m in reading.mentions if m.text == "Mali"]
    assert mali.place.kind == "country"


def _on_the_front(text, published, gazetteer):
    reading = read_article(text, published=published, gazetteer=gazetteer)
    return [(m.text, m.place.admin1_iso) for m in reading.mentions if m.place is not None]


def test_a_report_of_the_line_of_contact_means_the_namesake_beside_it(gazetteer):
    # Kherson's Novotroitske is larger; the one by the line is in Donetsk Oblast
    text = "Monitors of the OSCE Special Monitoring Mission heard explosions near Novotroitske."
    assert _on_the_front(text, date(2019, 7, 1), gazetteer) == [("Novotroitske", "UA-14")]


def test_a_namesake_on_the_front_may_be_spelt_another_way(gazetteer):
    # the gazetteer spells the village by the line "Vodiane"; "Vodyane" is also an alternate
    # name of a larger town in Lviv Oblast
    reading = read_article("Fighters of the Donetsk People's Republic fired mortars at Vodyane.",
                           published=date(2020, 5, 2), gazetteer=gazetteer)
    place = reading.mentions[-1].place
    assert (place.name, place.admin1_iso) == ("Vodiane", "UA-14")
    assert km_between(place.lat, place.lon, 47.15, 37.79) < 15  # by Shyrokyne, on the line


def test_a_codified_village_on_the_front_spelt_the_russian_way_is_placed_there(gazetteer):
    # Hladosove, by Svitlodarsk, is known only from Ukraine's codifier; the report names no
    # country, but its front is in Ukraine and the village lies on it
    text = "Monitors of the OSCE SMM recorded shelling near Gladosove."
    assert _on_the_front(text, date(2020, 6, 2), gazetteer) == [("Gladosove", "UA-14")]


def test_a_town_whose_qaf_is_written_g_is_found(gazetteer):
    # the gazetteer writes the town east of Tripoli "Qasr Khiyar"
    reading = read_article("Clashes erupted near Gasr Khiyar east of Tripoli on Sunday.",
                           gazetteer=gazetteer)
    town = reading.mentions[0].place
    assert (town.name, town.country) == ("Qaşr Khiyār", "LY")


def test_the_words_of_a_front_after_its_time_leave_the_namesakes_to_the_ranker(gazetteer):
    reading = read_article("Monitors of the OSCE Special Monitoring Mission heard explosions"
                           " near Novotroitske.", published=date(2023, 7, 1), gazetteer=gazetteer)
    assert "line of contact" not in reading.mentions[-1].reason


def test_of_a_region_s_towns_of_one_name_the_seat_of_its_namesake_unit_is_meant(gazetteer):
    # Jalisco has two towns called El Salto of about the same size; one is the seat of El
    # Salto municipality, by Guadalajara
    reading = read_article("Police found two bodies on a road in El Salto, Jalisco, on Monday.",
                           gazetteer=gazetteer)
    town = reading.mentions[0].place
    assert (town.name, town.admin1_iso) == ("El Salto", "MX-JAL")
    assert km_between(town.lat, town.lon, 20.52, -103.18) < 5


def test_bolivia_s_beni_department_is_written_without_its_article(gazetteer):
    # Natural Earth and ISO call it "El Beni"; news writes "Beni", also a Congolese city's name
    found = places("Residents of Riberalta, Beni, blocked the bridge over the river.", gazetteer)
    assert found == [("Riberalta", "city", "BO", "BO-B"), ("Beni", "admin1", "BO", "BO-B")]


def test_an_iranian_province_is_found_under_its_usual_english_spelling(gazetteer):
    # Natural Earth writes "Buyer Ahmad"; news writes "Boyer-Ahmad" ("Ahmad" alone is no
    # Kuwaiti governorate)
    found = places("Farmers rallied in Kohgiluyeh and Boyer-Ahmad over water shares.", gazetteer)
    assert found == [("Kohgiluyeh and Boyer-Ahmad", "admin1", "IR", "IR-17")]


def test_towns_of_no_known_region_are_not_dropped_for_a_seat_elsewhere(gazetteer):
    # Congo's Bondo is the seat of a territory of its name, but neither it nor Kenya's
    # Bondo has a first-level region in the gazetteer: that says nothing of Kenya's
    found = places("Cholera cases were reported in Kisumu, Siaya and Bondo.", gazetteer)
    assert ("Bondo", "city", "KE", None) in found


def test_a_somali_district_written_in_its_standard_spelling_is_its_seat(gazetteer):
    # "Baydhaba" and "Bulo Burto" are the districts' GeoNames names; their seats are listed
    # as Baidoa and Buulobarde
    found = places("Gunmen attacked a checkpoint in a village of Baydhaba district, and"
                   " another near a village of Bulo Burto district.", gazetteer)
    assert [(name, country) for name, _, country, _ in found] == [
        ("Baydhaba", "SO"), ("Bulo Burto", "SO")]
    reading = read_article("Clashes were reported in Baydhaba.", gazetteer=gazetteer)
    assert reading.mentions[0].place.geonameid == 64536  # Baidoa


def test_the_english_spellings_of_somali_towns_and_regions_are_known(gazetteer):
    found = places("Troops moved from Bardera into Galgadud.", gazetteer)
    assert [(name, kind, country) for name, kind, country, _ in found] == [
        ("Bardera", "city", "SO"), ("Galgadud", "admin1", "SO")]


def test_kashmir_named_by_the_state_that_holds_it_is_that_state_s_region(gazetteer):
    found = places("Shells fell on villages in Pakistani Kashmir and in Indian Kashmir.",
                   gazetteer)
    assert [(name, kind, country) for name, kind, country, _ in found] == [
        ("Pakistani Kashmir", "admin1", "PK"), ("Indian Kashmir", "admin1", "IN")]


def test_a_name_whose_likeliest_namesake_is_a_region_abroad_is_its_namesake_at_home(gazetteer):
    text = ("BAMAKO, Jan 9 - Soldiers detained 14 herders in the village of Kassela in the Nara"
            " district on Friday.\n\nTwo days later, gunmen ambushed a convoy near Nara.")
    last = [m for m in read_article(text, gazetteer=gazetteer).mentions if m.text == "Nara"][-1]
    assert (last.place.name, last.place.country) == ("Nara", "ML")


@pytest.mark.parametrize("text", [
    "Coca growers blocked roads in the department of Cochabamba on Monday, police said.",
    "Coca growers blocked roads in Cochabamba department on Monday, police said.",
])
def test_a_department_is_the_region_where_departments_are_first_level_units(gazetteer, text):
    found = named(text, gazetteer, "Cochabamba")
    assert (found.place.kind, found.place.country) == ("admin1", "BO")


def test_a_capital_s_name_does_not_vote_for_its_own_country(gazetteer):
    # Tripoli is Libya's capital and a city of Lebanon; Hama, in Syria, is near the latter.
    found = named("Farmers drove their tractors from Hama to Tripoli on Saturday.", gazetteer,
                  "Tripoli")
    assert found.place.country == "LB"


def test_a_state_s_security_forces_point_to_their_home(gazetteer):
    # Leon, Mexico, is larger; security forces dispersing students act at home
    found = named("Nicaraguan security forces fired tear gas at students in Leon on Monday.",
                  gazetteer, "Leon")
    assert found.place.country == "NI"


def test_the_words_of_a_persian_name_the_gazetteer_lacks_name_no_place_of_their_own(gazetteer):
    # "Qala" (a fort) heads the name; Qala is also a council of Malta
    found = places("A roadside bomb hit a Taliban vehicle in the Qala-e-Zal area of Kunduz"
                   " province on Monday.", gazetteer)
    assert {country for _, _, country, _ in found} == {"AF"}


def test_a_town_named_with_its_own_district_is_that_town_though_the_region_disagrees(gazetteer):
    # the text puts Dawanle, a border town of Ethiopia's Somali region, in Tigray, far away
    found = named("Smugglers clashed with police in Dawanle town (Dawanle, Tigray) on Monday.",
                  gazetteer, "Dawanle")
    assert (found.place.kind, found.place.admin1_iso) == ("city", "ET-SO")


def test_a_unit_written_with_who_holds_it_still_qualifies_the_name(gazetteer):
    # Poonch is a district on both sides of the Line of Control; the story's other places are
    # Pakistani, the qualifier Indian.
    text = ("MUZAFFARABAD, Pakistan - Officials in Muzaffarabad and Kotli said Indian shelling"
            " had killed two people in Pakistani Kashmir. Pakistan's army said it returned fire"
            " on posts in the Poonch district of Indian-administered Kashmir.")
    found = named(text, gazetteer, "Poonch")
    assert (found.place.country, found.place.admin1_iso) == ("IN", "IN-JK")


def test_a_misspelt_town_after_in_and_before_its_region_is_the_town_spelt_most_like_it(
        gazetteer):
    # "in X, Region." marks X as a place of that region even when no place is spelt like it
    found = named("Two fishermen were shot dead in Tumcao, Nariño, on Sunday.", gazetteer,
                  "Tumcao")
    assert (found.place.name, found.place.admin1_iso) == ("Tumaco", "CO-NAR")
    assert found.confidence < 0.5 and "spelt like" in found.reason


def test_a_town_named_with_a_unit_iso_codes_by_its_parts_is_the_town_there(gazetteer):
    # Tubas carries its governorate's code (PS-TBS), the West Bank none of its own
    found = named("Israeli troops raided Tubas, West Bank, on Monday.", gazetteer, "Tubas")
    assert (found.place.kind, found.place.admin1_iso) == ("city", "PS-TBS")
    assert "qualifier" in found.reason


def test_a_long_river_is_placed_at_its_reach_nearest_the_articles_places(gazetteer):
    text = ("Iraqi troops fought militants in Fallujah on Monday. Some of the militants fled"
            " across the Euphrates by boat.")
    found = named(text, gazetteer, "Euphrates")
    assert found.place.kind == "water"
    assert km_between(found.place.lat, found.place.lon, 33.35, 43.78) < 30  # at Fallujah


def test_a_great_city_written_officially_is_not_a_village_of_its_name_in_a_region_named(
        gazetteer):
    # codified villages called Zaporizhzhia lie in the Donetsk region the story names
    text = ("Russian bombs struck the city of Zaporizhzhia overnight. Russian troops also"
            " attacked Ukrainian positions near Novoselivka in the Donetsk region.")
    found = named(text, gazetteer, "Zaporizhzhia")
    assert (found.place.name, found.place.admin1_iso) == ("Zaporizhzhia", "UA-23")


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Canada's southern city of London on Sunday.",
    "Police fired tear gas at protesters in the southern Canadian city of London on Sunday.",
])
def test_a_town_said_to_be_a_countrys_is_its_namesake_there(gazetteer, text):
    found = places(text, gazetteer)
    assert found[-1][:3] == ("London", "city", "CA")
