"""The Python API as a notebook uses it: text -> GeoDataFrames -> folium map -> files."""

import subprocess
import sys
from pathlib import Path

import folium
import geopandas as gpd
import pyogrio
import pytest
from conftest import SEED, SEED_PUBLISHED

import geo
from geo.output.files import LAYERS, layer_columns

GEO = [sys.executable, "-c", "from geo.cli import main; main()"]


@pytest.fixture(scope="module")
def reading(seed_text):
    return geo.read_text(seed_text, published=SEED_PUBLISHED, name="seed")


@pytest.fixture(scope="module")
def frames(reading):
    return geo.layers(reading)


@pytest.fixture(scope="module")
def cli_gpkg(tmp_path_factory) -> Path:
    """The GeoPackage `geo map` writes for the seed."""
    out = tmp_path_factory.mktemp("cli")
    done = subprocess.run([*GEO, "map", str(SEED), "--published", SEED_PUBLISHED,
                           "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return out / "seed.gpkg"


def test_layers_are_geodataframes_with_the_documented_columns(frames):
    assert list(frames) == list(LAYERS)
    for layer, frame in frames.items():
        assert isinstance(frame, gpd.GeoDataFrame)
        assert frame.crs.to_epsg() == 4326
        assert list(frame.columns) == [*layer_columns(layer), "geometry"]


def test_layers_match_the_geopackage_geo_map_writes(frames, cli_gpkg):
    for layer, frame in frames.items():
        written = pyogrio.read_dataframe(cli_gpkg, layer=layer)
        assert list(written.columns) == list(frame.columns), layer
        assert len(written) == len(frame), layer
        assert written.geometry.geom_equals_exact(frame.geometry, 1e-9).all(), layer
    events = pyogrio.read_dataframe(cli_gpkg, layer="events")
    assert list(events["event_type"]) == list(frames["events"]["event_type"])
    assert list(events["notes"]) == list(frames["events"]["notes"])


def test_seed_reading_has_kursk_events_and_its_stated_area(reading, frames):
    assert len(reading.events) >= 3
    assert "RU-KRS" in set(frames["regions"]["admin1_iso"])
    assert len(frames["areas"]) == 1
    assert frames["areas"]["area_km2_stated"].iloc[0] == pytest.approx(1400, rel=0.01)


def test_read_file_reads_the_same_as_read_text(reading):
    from_file = geo.read_file(SEED, published=SEED_PUBLISHED)
    assert from_file.to_dict() == reading.to_dict()


def test_folium_map_is_a_map_that_renders_the_events(reading):
    fmap = geo.folium_map(reading)
    assert isinstance(fmap, folium.Map)
    html = fmap.get_root().render()
    assert reading.events[0].event_type in html
    assert "_repr_html_" in dir(fmap)  # what Jupyter calls to show it inline


def test_write_writes_only_the_formats_asked_for(reading, tmp_path):
    written = geo.write(reading, tmp_path, formats=["gpkg", "csv"])
    assert sorted(p.name for p in written) == ["seed.events.csv", "seed.gpkg"]
    # and the set's manifest, which lists them
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.events.csv", "seed.gpkg",
                                                          "seed.run.json"]
    assert pyogrio.list_layers(written[0])[:, 0].tolist()[:4] == list(LAYERS)


def test_write_refuses_a_project_without_its_geopackage(reading, tmp_path):
    with pytest.raises(ValueError, match="gpkg"):
        geo.write(reading, tmp_path, formats=["qgs"])


def test_a_published_date_that_is_no_date_is_a_value_error():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        geo.read_text("Shelling in Kursk.", published="21/05/2025")


def test_settings_are_read_when_used(monkeypatch, tmp_path):
    monkeypatch.setenv("GEO_HOME", str(tmp_path))
    assert geo.settings.GAZETTEER_INDEX == tmp_path / "gazetteer.sqlite"
    monkeypatch.setattr(geo.settings, "HOME", tmp_path / "other", raising=False)
    assert geo.settings.ADMIN1_FILE == tmp_path / "other" / "admin1.gpkg"


def test_the_api_reports_missing_offline_data(monkeypatch, tmp_path):
    from geo.sources.gazetteer import GazetteerError

    monkeypatch.setenv("GEO_HOME", str(tmp_path))
    with pytest.raises(GazetteerError, match="geo setup"):
        geo.read_text("Shelling in Kursk.")


def test_flatgeobuf_layers_hold_the_geopackage_columns_and_rows(reading, frames, tmp_path):
    written = geo.write(reading, tmp_path, formats=["fgb"])
    assert [p.name for p in written] == [f"seed.{layer}.fgb" for layer in LAYERS]
    for path, (layer, frame) in zip(written, frames.items(), strict=True):
        back = pyogrio.read_dataframe(path)
        assert list(back.columns) == list(frame.columns), layer
        assert sorted(back.geometry.to_wkt()) == sorted(frame.geometry.to_wkt()), layer


def test_geoparquet_layers_hold_the_geopackage_columns_and_rows(reading, frames, tmp_path):
    import geopandas as gpd

    written = geo.write(reading, tmp_path, formats=["parquet"])
    assert [p.name for p in written] == [f"seed.{layer}.parquet" for layer in LAYERS]
    for path, (layer, frame) in zip(written, frames.items(), strict=True):
        back = gpd.read_parquet(path)
        assert list(back.columns) == list(frame.columns), layer
        assert back.crs == frame.crs, layer
        assert list(back.geometry.to_wkt()) == list(frame.geometry.to_wkt()), layer


def test_geo_map_writes_only_the_formats_asked_for(tmp_path):
    done = subprocess.run([*GEO, "map", str(SEED), "--published", SEED_PUBLISHED, "--out",
                           str(tmp_path), "--format", "json", "--format", "fgb"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".fgb")) == [
        "seed.json", "seed.run.json"]  # the JSON and the set's manifest
    assert len(list(tmp_path.glob("seed.*.fgb"))) == 4
