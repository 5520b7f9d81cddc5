"""The whole reading of an article: places, events and areas together."""

from datetime import date

from geo.pipeline import read_article


def test_seed_reads_six_events_once_each(gazetteer, outlines, seed_text):
    reading = read_article(seed_text, published=date(2025, 5, 21), gazetteer=gazetteer,
                           shapes=outlines)
    # "Russian regions, including Moscow": the city or the oblast, both first-level regions.
    kinds = sorted((e.event_type, e.location.admin1_iso.replace("RU-MOW", "RU-MOS"))
                   for e in reading.events)
    assert kinds == [
        ("Battles", "RU-KRS"), ("Battles", "RU-KRS"),
        ("Explosions/Remote violence", "RU-ORL"), ("Explosions/Remote violence", "UA-59"),
        ("Strategic developments", "RU-KRS"), ("Strategic developments", "RU-MOS"),
    ]


def test_seed_area_is_drawn_in_kursk_at_its_stated_size(gazetteer, outlines, seed_text):
    reading = read_article(seed_text, published=date(2025, 5, 21), gazetteer=gazetteer,
                           shapes=outlines)
    (area,) = reading.areas
    assert area.region.admin1_iso == "RU-KRS"
    assert abs(area.area_km2_drawn - 1400) / 1400 < 0.01
    assert len(area.sources) == 2  # the story states it twice


def test_area_of_a_named_region_goes_to_the_region_named_after_it(gazetteer, outlines):
    text = "Troops left Kyiv. Ukrainian forces claimed nearly 1,400 square kilometres of Kursk."
    (area,) = read_article(text, gazetteer=gazetteer, shapes=outlines).areas
    assert area.region.admin1_iso == "RU-KRS"


def test_area_without_a_named_region_goes_to_the_last_region_before_it(gazetteer, outlines):
    text = ("Ukrainian troops stormed Sudzha in Russia's Kursk region. "
            "They held some 1,150 square kilometres of territory.")
    (area,) = read_article(text, gazetteer=gazetteer, shapes=outlines).areas
    assert area.region.admin1_iso == "RU-KRS"
    assert area.anchor is not None and area.anchor.name == "Sudzha"
