"""Facilities named by their kind: 'a nuclear power plant in the region'."""

from geo.pipeline import read_article


def facilities(text, gazetteer):
    return [(m.text, m.place.name) for m in read_article(text, gazetteer=gazetteer).mentions
            if m.place.kind == "facility"]


def test_plant_in_the_region_is_the_regions_only_nuclear_plant(gazetteer):
    text = "Putin visited the Kursk region and inspected a nuclear power plant in the region."
    assert facilities(text, gazetteer) == [("nuclear power plant", "Kursk Nuclear Power Plant")]


def test_plant_in_a_named_region(gazetteer):
    text = "Drones were seen near a nuclear power plant in Zaporizhzhia."
    assert facilities(text, gazetteer)[0][1] == "Zaporizhzhia Nuclear Power Plant"


def test_no_facility_when_the_region_has_none_of_that_kind(gazetteer):
    assert facilities("Troops reached the Sumy region and a nuclear plant in the region.",
                      gazetteer) == []


def test_named_facility_with_lower_case_head_noun(gazetteer):
    text = "A drone hit the Beddawi refugee camp near Tripoli, Lebanon."
    assert facilities(text, gazetteer) == [("Beddawi refugee camp", "Beddawi camp")]


def test_facility_named_with_its_town_is_the_facility(gazetteer):
    text = "A fire broke out at the Zaporizhzhia nuclear power plant on Sunday."
    mentions = read_article(text, gazetteer=gazetteer).mentions
    assert [(m.text, m.place.kind) for m in mentions] == [
        ("Zaporizhzhia nuclear power plant", "facility")]


def test_a_seat_of_government_is_the_building_not_a_town_of_its_other_name(gazetteer):
    # GeoNames has "White House" as another name of Fallston, Maryland and of Casablanca
    text = "Hundreds rallied outside the White House and outside Downing Street on Saturday."
    assert [(m.text, m.place.kind, m.place.admin1_iso) for m in
            read_article(text, gazetteer=gazetteer).mentions] == [
        ("White House", "facility", "US-DC"), ("Downing Street", "facility", "GB-WSM")]


def test_a_foreign_air_base_in_the_news_is_a_facility(gazetteer):
    text = "Rockets struck the Ain al-Asad air base in western Iraq on Tuesday."
    assert facilities(text, gazetteer) == [("Ain al-Asad air base", "Al Asad Airbase")]
    text = "The last American troops left Bagram Airfield, north of Kabul."
    assert facilities(text, gazetteer) == [("Bagram Airfield", "Bagram Airfield")]


def test_a_plant_named_with_its_town_is_found_when_another_region_is_in_focus(gazetteer):
    # with Chernihiv region named first, "Zaporizhzhia" alone reads as a village there
    text = ("Shelling hit Dobrianka, Chernihiv, on Monday. The Zaporizhzhia nuclear power"
            " plant lost external power on Tuesday.")
    assert ("Zaporizhzhia nuclear power plant", "Zaporizhzhia Nuclear Power Plant") in (
        facilities(text, gazetteer))


def test_a_state_s_institution_named_by_the_state_is_in_its_capital(gazetteer):
    text = ("DAKAR, June 3 - Protesters stormed Mali's national assembly on Tuesday and set part"
            " of it on fire. Hundreds also marched in Kayes and Sikasso.")
    reading = read_article(text, gazetteer=gazetteer)
    assert [(m.text, m.place.name) for m in reading.mentions if m.text == "national assembly"] == [
        ("national assembly", "Bamako")]
    assert [e.location.name for e in reading.events][:1] == ["Bamako"]
    # the state that acts is no place: "Mali's army said"
    assert [m.text for m in read_article("Mali's army said it repelled an attack.",
                                         gazetteer=gazetteer).mentions] == []
