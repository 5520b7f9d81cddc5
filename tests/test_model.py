"""The model is the one contract: each type's dict has every field, the JSON schema has
exactly the dict's keys, the layers and the popups account for every key, and the dict
turns back into the object it came from."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import date

import pytest
from conftest import KURSK, SUMY
from shapely.geometry import box

from geo.model import Area, Event, Mention, Place, Reading
from geo.output.files import layer_columns, reading_schema
from geo.output.map import AREA_POPUP, EVENT_POPUP, PLACE_POPUP

#: Fields the dict holds under another key (as the JSON contract has them).
KEYS_OF = {
    (Event, "geo_precision"): "location",
    (Area, "region"): "region_place",
    (Area, "anchor"): "anchor_place",
}
SCHEMA_TYPE = {Place: "place", Mention: "mention", Event: "event", Area: "area"}
POPUP = {Place: PLACE_POPUP, Event: EVENT_POPUP, Area: AREA_POPUP}
LAYER = {Place: "places", Event: "events", Area: "areas"}


@pytest.fixture(scope="module")
def examples(sumy_strike) -> dict:
    strike = replace(sumy_strike, counts={"missiles": 2}, sources=["A strike in Sumy."],
                     spans=[(0, 17)], notes="A strike.", source_articles=["a", "b"],
                     independent_sources=2, count_reports="6 killed (a), 7 killed (b)")
    area = Area("1,400 square kilometres", 1400.0, 1398.7, KURSK, box(35, 51, 35.5, 51.3),
                "illustrative", actor="Ukraine", anchor=SUMY, sources=["s"], spans=[(3, 9)])
    return {Place: KURSK, Mention: Mention(0, 5, "Kursk", KURSK, 2), Event: strike, Area: area}


@pytest.mark.parametrize("kind", [Place, Mention, Event, Area])
def test_every_field_is_in_the_dict(kind, examples):
    keys = examples[kind].to_dict()
    for f in fields(kind):
        assert KEYS_OF.get((kind, f.name), f.name) in keys, f.name


@pytest.mark.parametrize("kind", [Place, Mention, Event, Area])
def test_schema_properties_are_the_dict_keys(kind, examples):
    properties = reading_schema()["$defs"][SCHEMA_TYPE[kind]]["properties"]
    assert list(properties) == list(examples[kind].to_dict())


@pytest.mark.parametrize("kind", [Place, Event, Area])
def test_layer_columns_and_popups_account_for_every_key(kind, examples):
    keys = [k for k in examples[kind].to_dict() if k != "geometry"]
    assert list(layer_columns(LAYER[kind])) == keys
    assert set(POPUP[kind]) == set(examples[kind].to_dict())


@pytest.mark.parametrize("kind", [Place, Mention, Event])
def test_dict_turns_back_into_the_object(kind, examples):
    plain = json.loads(json.dumps(examples[kind].to_dict()))
    assert kind.from_dict(plain) == examples[kind]


def test_area_and_reading_turn_back(examples):
    reading = Reading("r", "Title\nbody", date(2025, 5, 21), [examples[Mention]],
                      [examples[Event]], [examples[Area]])
    back = Reading.from_dict(json.loads(json.dumps(reading.to_dict())))
    assert (back.name, back.title, back.published) == ("r", "Title", date(2025, 5, 21))
    assert back.mentions == reading.mentions and back.events == reading.events
    area = back.areas[0]
    assert (area.region, area.anchor, area.spans) == (KURSK, SUMY, [(3, 9)])
    assert area.geometry.equals(examples[Area].geometry)
