"""The published JSON Schema of a reading, and every kind of output validated against it."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from conftest import DEV, SEED, SEED_PUBLISHED

from geo.output.files import write_outputs
from geo.pipeline import read_article
from geo.places.regions import regions_layer

GEO = Path(sys.executable).with_name("geo")


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(files("geo").joinpath("schema/reading.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def errors(validator, document: dict) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def test_extract_json_output_validates(validator):
    result = subprocess.run([str(GEO), "extract", str(SEED), "--published", SEED_PUBLISHED,
                             "--format", "json"], capture_output=True, text=True, check=True)
    document = json.loads(result.stdout)
    assert document["mentions"] and document["events"] and document["areas"]
    assert errors(validator, document) == []


@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")), ids=lambda p: p.stem)
def test_dev_article_readings_validate(validator, gazetteer, outlines, path):
    reading = read_article(path.read_text(encoding="utf-8"), name=path.stem,
                           gazetteer=gazetteer, shapes=outlines)
    assert errors(validator, json.loads(json.dumps(reading.to_dict()))) == []


def test_map_json_file_with_geometries_validates(validator, gazetteer, outlines, seed_text,
                                                 tmp_path):
    reading = read_article(seed_text, name="seed", gazetteer=gazetteer, shapes=outlines)
    written = write_outputs(reading, regions=regions_layer(reading, outlines.admin1),
                            out_dir=tmp_path)
    document = json.loads(written[-1].read_text(encoding="utf-8"))
    assert document["areas"][0]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert errors(validator, document) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("mentions", 0, "place", "lat"), 123.0),
        (("mentions", 0, "place", "kind"), "village"),
        (("mentions", 0, "start"), -1),
        (("events", 0, "event_type"), "Skirmish"),
        (("events", 0, "location", "geo_precision"), 4),
        (("events", 0, "date"), "21 May 2025"),
        (("events", 0, "fatalities"), -3),
        (("areas", 0, "area_km2_stated"), 0),
        (("published",), 20250521),
    ],
)
def test_schema_rejects_wrong_values(validator, gazetteer, outlines, seed_text, path, value):
    reading = read_article(seed_text, name="seed", gazetteer=gazetteer, shapes=outlines)
    document = copy.deepcopy(reading.to_dict())
    node = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert errors(validator, document)


def test_schema_requires_every_field(validator, gazetteer, seed_text):
    document = read_article(seed_text, gazetteer=gazetteer).to_dict()
    del document["events"][0]["location"]["geo_precision"]
    del document["mentions"][0]["end"]
    assert len(errors(validator, document)) == 2
