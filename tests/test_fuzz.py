"""Property-based tests: article-like text in, invariants of the reading out.

The text is built from real place names, conflict sentences, stated areas, numbers,
dates, HTML and Markdown markup and random Unicode. Every reading must hold: no crash;
each mention's offsets point at its text; each event's location lies inside its
first-level region; each drawn area has its stated size (or is the whole region when the
stated size is larger); and the JSON view validates against the published schema.

A second property renders what was read: ``GEO_FUZZ_RENDER_EXAMPLES`` examples (40 by
default) go through read, write every output file (GeoPackage, GeoJSON, JSON, CSV) and draw
the HTML map, with template syntax and markup in the text; the page must carry the text
only as data, exactly as read, and the files must read back through GDAL.

CI runs ``GEO_FUZZ_EXAMPLES`` examples (200 by default, about a minute, derandomised so a
run is repeatable); ``benchmarks/fuzz_long.py`` runs many more with fresh randomness.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from importlib.resources import files

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point

from geo.areas.stated import measure_area_km2
from geo.events.coding import disorder_type
from geo.pipeline import read_article

EXAMPLES = int(os.environ.get("GEO_FUZZ_EXAMPLES", "200"))
RENDER_EXAMPLES = int(os.environ.get("GEO_FUZZ_RENDER_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=os.environ.get("GEO_FUZZ_RANDOM") is None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
#: How far (degrees, about 10 km) a point may lie outside its region's polygon: places get
#: their region at setup by a spatial join with a 5 km coastal fallback.
REGION_TOLERANCE = 0.1
AREA_TOLERANCE = 0.01
#: Below a square kilometre the shape's clipping to the region's border in lon/lat, rather
#: than on the projection it was sized on, moves its area by up to a few per cent.
SMALL_AREA_KM2, SMALL_AREA_TOLERANCE = 1.0, 0.05

PLACES = [
    "Kursk", "Sudzha", "Kharkiv", "Kyiv", "Odesa", "Lviv", "Sumy", "Belgorod", "Bryansk",
    "Donetsk", "Luhansk", "Pokrovsk", "Zaporizhzhia", "Kherson", "Crimea", "Moscow",
    "Beirut", "Nabatieh", "Tyre", "Gaza", "Rafah", "Khan Younis", "Damascus", "Aleppo",
    "Idlib", "Khartoum", "El Fasher", "Darfur", "Sanaa", "Hodeidah", "Tbilisi", "Paris",
    "Georgia", "Jordan", "Troy", "Moscow, Idaho", "Springfield", "Victoria", "Washington",
    "Black Sea", "Dnipro", "Zaporizhzhia nuclear power plant", "Russia", "Ukraine",
    "Lebanon", "Israel", "Sudan", "Kursk region", "Kharkiv Oblast", "Belgorod region",
]
ACTORS = ["Russian forces", "Ukrainian troops", "Israeli jets", "Hezbollah", "The RSF",
          "Sudanese army", "Houthi rebels", "Protesters", "Police", "Drones", "Militants"]
VERBS = ["struck", "shelled", "attacked", "captured", "bombed", "clashed with forces in",
         "protested in", "withdrew from", "fired missiles at", "killed two civilians in",
         "shot down 40 drones over", "advanced near", "rioted in"]
DATES = ["on Tuesday", "last week", "on 3 May", "on May 3, 2025", "in late April",
         "two days prior", "yesterday", "2025-05-19", "on 31 February", "in 1999", ""]
UNITS = ["square kilometres", "sq km", "km2", "km²", "square miles", "hectares", "acres"]
QUALIFIERS = ["", "nearly ", "about ", "more than ", "up to ", "some "]
MARKUP = ["<p>", "</p>", "<b>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
          "**", "# ", "> ", "[link](http://x.test)", "&amp;", "&#0;", "\t", "\r\n", "\u200b",
          "\ufeff", "\u202e", "—", "«", "»", "“", "”", "'s", "...", "\n\n",
          "{{", "}}", "{%", "%}", "{#", "#}", "{{ 7*7 }}", "{% raw %}", "{{citation needed}}",
          "</script>", "<!--", "${x}", "`", "\\", "\u2028"]

place = st.sampled_from(PLACES)
number = st.one_of(
    st.integers(0, 10**7).map(str),
    st.integers(1000, 10**7).map(lambda n: f"{n:,}"),
    st.floats(0, 1e5, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.sampled_from(["one", "two", "dozens of", "a hundred", "1,400", "0", "-5", "1e9"]),
)
area_km2 = st.one_of(st.integers(1, 300_000), st.floats(0.5, 300_000, allow_nan=False))
sentence = st.builds(
    lambda a, v, p, d, n: f"{a} {v} {p} {d}, killing {n} people.",
    st.sampled_from(ACTORS), st.sampled_from(VERBS), place, st.sampled_from(DATES), number,
)
stated_area = st.builds(
    lambda a, q, n, u, p: f"{a} hold {q}{n:,.1f} {u} of the {p} region.",
    st.sampled_from(ACTORS), st.sampled_from(QUALIFIERS), area_km2, st.sampled_from(UNITS),
    place,
)
noise = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)
fragment = st.one_of(sentence, sentence, stated_area, place, number, st.sampled_from(DATES),
                     st.sampled_from(MARKUP), noise)
published = st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2030, 12, 31)))
article = st.lists(fragment, min_size=1, max_size=25).flatmap(
    lambda parts: st.lists(st.sampled_from([" ", ". ", "\n", ", ", ""]), min_size=len(parts),
                           max_size=len(parts)).map(
        lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True))))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(files("geo").joinpath("schema/reading.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture(scope="module")
def region_of(outlines):
    shapes: dict[str, object] = {}

    def region(iso: str):
        if iso not in shapes:
            shapes[iso] = outlines.region(iso)
        return shapes[iso]

    return region


def check_reading(text: str, when: date | None, gazetteer, outlines, region_of,
                  validator) -> None:
    """Read ``text`` and assert every invariant of the reading."""
    reading = read_article(text, published=when, name="fuzz", gazetteer=gazetteer,
                           shapes=outlines)
    for m in reading.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    for e in reading.events:
        assert disorder_type(e.event_type, e.sub_event_type) is not None  # ACLED's hierarchy
        iso = e.location.admin1_iso
        shape = region_of(iso) if iso else None
        if shape is not None:
            where = Point(e.location.lon, e.location.lat)
            assert shape.distance(where) <= REGION_TOLERANCE, (e.location, iso)
        for start, end in e.spans:
            assert 0 <= start < end <= len(text)
    for a in reading.areas:
        assert a.geometry.is_valid and not a.geometry.is_empty
        measured = measure_area_km2(a.geometry)
        assert measured == pytest.approx(a.area_km2_drawn, rel=AREA_TOLERANCE)
        if a.region.admin1_iso:
            shape = region_of(a.region.admin1_iso)
        elif a.method.startswith("no outline"):  # a water body: a disk inside its country
            shape = outlines.country(a.region.country)
        else:  # a first-level unit without an ISO code (the Gaza Strip)
            shape = outlines.region_named(a.region.name, a.region.country)
        if a.method.startswith("whole region"):
            assert a.area_km2_stated >= measured * (1 - AREA_TOLERANCE)
        else:
            rel = AREA_TOLERANCE if a.area_km2_stated >= SMALL_AREA_KM2 else SMALL_AREA_TOLERANCE
            assert a.area_km2_drawn == pytest.approx(a.area_km2_stated, rel=rel), (
                text, a.stated_text, a.region.admin1_iso, a.method)
        assert shape.buffer(REGION_TOLERANCE).contains(a.geometry)
    document = json.loads(json.dumps(reading.to_dict(), ensure_ascii=False))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert errors == []


@FUZZ
@given(text=article, when=published)
def test_article_like_text_keeps_every_invariant(text, when, gazetteer, outlines, region_of,
                                                 validator):
    check_reading(text, when, gazetteer, outlines, region_of, validator)


@FUZZ
@given(text=st.text(min_size=1, max_size=400))
def test_random_unicode_keeps_every_invariant(text, gazetteer, outlines, region_of, validator):
    check_reading(text, None, gazetteer, outlines, region_of, validator)


RENDER = settings(FUZZ, max_examples=RENDER_EXAMPLES)
braces = st.text(st.sampled_from("{}%#<>/\"'`$&;!- \nabcKursk"), max_size=30)


@RENDER
@given(text=st.lists(st.one_of(fragment, braces), min_size=1, max_size=12).map(" ".join),
       when=published)
def test_rendered_outputs_carry_text_only_as_data(text, when, gazetteer, outlines,
                                                  tmp_path_factory):
    import pyogrio

    from geo.output.files import write_acled_csv, write_outputs
    from geo.output.map import TITLE_CHARS, map_data, render_map, save_map
    from geo.places.regions import regions_layer

    reading = read_article(text, published=when, name="fuzz", gazetteer=gazetteer,
                           shapes=outlines)
    out = tmp_path_factory.mktemp("render")
    regions = regions_layer(reading, outlines.admin1)
    write_outputs(reading, regions=regions, out_dir=out, name="fuzz")
    write_acled_csv(reading.events, out / "fuzz.events.csv")
    page = save_map(render_map(reading, regions=regions, countries=outlines.countries,
                               world=outlines.world), out / "fuzz.html").read_text("utf-8")
    blocks = re.findall(r'<script type="application/json" id="geo-data-[^"]+">(.*?)</script>',
                        page, flags=re.S)
    # Leaflet, folium's settings, the data and the drawing: no other script element
    assert len(blocks) == 1 and page.count("<script") == 4
    drawn = json.loads(blocks[0])
    expected = map_data(reading, regions=regions, countries=outlines.countries,
                        world=outlines.world)
    assert drawn == json.loads(json.dumps(expected))
    assert reading.title.startswith(drawn["title"].removesuffix("…"))
    assert len(drawn["title"]) <= TITLE_CHARS
    events = pyogrio.read_dataframe(out / "fuzz.gpkg", layer="events")
    assert [json.loads(s) for s in events["sources"]] == [e.sources for e in reading.events]
