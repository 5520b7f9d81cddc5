"""Admin-1 boundaries: finding the file, column mappings, the ISO 3166-2 crosswalk."""

from __future__ import annotations

from pathlib import Path

import pyogrio
import pytest
from shapely.geometry import Point

from geo import settings
from geo.sources import boundaries
from geo.sources.boundaries import (
    GEOBOUNDARIES,
    WORLD_MAP,
    BoundariesError,
    detect_mapping,
    find_boundaries_file,
    load_admin1,
    load_countries,
)


@pytest.fixture(scope="session")
def source() -> Path:
    if not settings.BOUNDARIES_FILE.exists():
        boundaries.fetch_boundaries()
    return find_boundaries_file()


@pytest.fixture(scope="session")
def admin1(source):
    return load_admin1(source)


def _iso_at(admin1, lon: float, lat: float) -> list[str]:
    return admin1.loc[admin1.contains(Point(lon, lat)), "admin1_iso"].tolist()


def test_normalised_frame_has_exactly_the_contract_columns(admin1):
    assert list(admin1.columns) == ["admin1_iso", "name", "country", "alt_names", "geometry"]
    assert admin1.crs.to_epsg() == 4326
    assert admin1.geometry.is_valid.all()
    assert admin1["admin1_iso"].map(lambda v: v is None or isinstance(v, str)).all()


def test_world_map_is_detected_as_natural_earth(source):
    assert detect_mapping(source) == WORLD_MAP


def test_every_russian_region_has_iso_code(admin1):
    russia = admin1[(admin1["country"] == "RU") & admin1["name"].notna()]
    assert len(russia) >= 80
    assert russia["admin1_iso"].notna().all()
    assert russia["admin1_iso"].is_unique


def test_every_ukrainian_region_has_iso_code(admin1):
    ukraine = admin1[admin1["country"] == "UA"]
    assert ukraine["admin1_iso"].notna().all()
    assert len(ukraine) == 27  # 24 oblasts, Kyiv, Crimea, Sevastopol


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Moskva", "RU-MOW"),
        ("Moskovsskaya", "RU-MOS"),
        ("Kursk", "RU-KRS"),
        ("Orel", "RU-ORL"),
        ("Belgorod", "RU-BEL"),
        ("Altay", "RU-ALT"),
        ("Gorno-Altay", "RU-AL"),
        ("Sumy", "UA-59"),
        ("Kharkiv", "UA-63"),
        ("Donets'k", "UA-14"),
        ("An Nabatiyah", "LB-NA"),
        ("South Lebanon", "LB-JA"),
        ("North Lebanon", "LB-AS"),
        ("Mount Lebanon", "LB-JL"),
        ("Beirut", "LB-BA"),
        ("Rif Dimashq", "SY-RD"),
        ("Damascus", "SY-DI"),
        ("Central Darfur", "SD-DC"),
        ("Western Darfur", "SD-DW"),
        ("Abkhazia", "GE-AB"),
        ("Sa`dah", "YE-SD"),
        ("HaDarom", "IL-D"),
        ("Nord-Kivu", "CD-NK"),
        ("Masovian", "PL-14"),
        ("Gomel", "BY-HO"),
        ("L'Artibonite", "HT-AR"),  # ISO: Artibonite, the elided article dropped
        ("Tigray", "ET-TI"),
        ("Dihok", "IQ-DA"),
        ("Azad Kashmir", "PK-JK"),
        ("Kémo", "CF-KG"),
    ],
)
def test_region_names_map_to_iso_codes(admin1, name, iso):
    # Natural Earth's own name, which stays an alternate name when we show an English one.
    named = admin1["name"].eq(name) | admin1["alt_names"].fillna("").str.split("|").map(
        lambda names: name in names)
    assert iso in admin1.loc[named, "admin1_iso"].tolist()


def test_misspelt_region_is_shown_by_its_english_name(admin1):
    assert admin1.loc[admin1["admin1_iso"] == "RU-MOS", "name"].tolist() == ["Moscow Oblast"]


def test_abbreviated_region_is_shown_by_its_full_name(admin1):
    assert admin1.loc[admin1["admin1_iso"] == "PK-KP", "name"].tolist() == ["Khyber Pakhtunkhwa"]


def test_crimea_follows_iso_ua_43(admin1):
    assert _iso_at(admin1, 34.10, 44.95) == ["UA-43"]  # Simferopol
    crimea = admin1[admin1["admin1_iso"] == "UA-43"]
    assert crimea["country"].tolist() == ["UA"]


def test_darfur_codes_agree_with_state_capitals(admin1):
    assert _iso_at(admin1, 23.47, 12.90) == ["SD-DC"]  # Zalingei
    assert _iso_at(admin1, 22.44, 13.45) == ["SD-DW"]  # El Geneina
    assert _iso_at(admin1, 24.88, 12.05) == ["SD-DS"]  # Nyala
    assert _iso_at(admin1, 26.13, 11.46) == ["SD-DE"]  # Ed Daein


def test_a_merged_unit_is_dissolved_into_its_successor(admin1):
    # Pakistan's tribal areas joined Khyber Pakhtunkhwa in 2018; Natural Earth still draws them
    assert _iso_at(admin1, 69.87, 33.00) == ["PK-KP"]  # Miranshah, North Waziristan
    assert _iso_at(admin1, 71.35, 34.01) == ["PK-KP"]  # Jamrud, Khyber
    province = admin1[admin1["admin1_iso"] == "PK-KP"]
    assert len(province) == 1
    assert "Federally Administered Tribal Areas" in province["alt_names"].iloc[0].split("|")


def test_units_merged_into_one_that_natural_earth_lacks_take_its_iso_name(admin1):
    county = admin1[admin1["admin1_iso"] == "NO-34"]  # Hedmark and Oppland became Innlandet
    assert county["name"].tolist() == ["Innlandet"]
    assert _iso_at(admin1, 11.07, 60.79) == ["NO-34"]  # Hamar, formerly Hedmark
    assert _iso_at(admin1, 10.47, 61.12) == ["NO-34"]  # Lillehammer, formerly Oppland
    assert not admin1["name"].isin(["Hedmark", "Oppland"]).any()


def test_units_iso_has_split_have_no_code(admin1):
    split = admin1[admin1["name"].isin(["Gaza Strip", "West Bank", "Katanga", "Orientale"])]
    assert len(split) == 4
    assert split["admin1_iso"].isna().all()
    assert sorted(split["country"]) == ["CD", "CD", "PS", "PS"]


def test_alt_names_hold_designator_free_variants(admin1):
    kursk = admin1.loc[admin1["admin1_iso"] == "RU-KRS", "alt_names"].item().split("|")
    assert "Kurskaya Oblast'" in kursk
    assert "Kurskaya" in kursk
    nabatiyah = admin1.loc[admin1["admin1_iso"] == "LB-NA", "alt_names"].item().split("|")
    assert "Nabatiye" in nabatiyah


def test_geoboundaries_style_columns_are_detected(admin1, tmp_path):
    sample = admin1[admin1["admin1_iso"].isin(["UA-59", "RU-KRS"])]
    frame = sample.assign(
        shapeName=sample["name"],
        shapeISO=sample["admin1_iso"],
        shapeGroup=sample["country"].map({"UA": "UKR", "RU": "RUS"}),
    )[["shapeName", "shapeISO", "shapeGroup", "geometry"]]
    path = tmp_path / "geoBoundaries-ADM1.geojson"
    pyogrio.write_dataframe(frame, path, driver="GeoJSON")
    mapping = detect_mapping(path)
    assert (mapping.name, mapping.iso_3166_2, mapping.country) == (
        GEOBOUNDARIES.name,
        GEOBOUNDARIES.iso_3166_2,
        GEOBOUNDARIES.country,
    )
    loaded = load_admin1(path)
    assert sorted(zip(loaded["admin1_iso"], loaded["country"], strict=True)) == [
        ("RU-KRS", "RU"),
        ("UA-59", "UA"),
    ]


def test_unknown_columns_are_listed_in_the_error(admin1, tmp_path):
    path = tmp_path / "odd.geojson"
    frame = admin1.head(2).rename(columns={"name": "label"})[["label", "geometry"]]
    pyogrio.write_dataframe(frame, path, driver="GeoJSON")
    with pytest.raises(BoundariesError, match="label"):
        detect_mapping(path)


def test_missing_file_gives_clear_error(tmp_path):
    with pytest.raises(BoundariesError, match="--boundaries"):
        find_boundaries_file(tmp_path / "nope.gpkg")


def test_no_boundaries_anywhere_says_run_geo_setup(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "BOUNDARIES_FILE", tmp_path / "world_map.gpkg")
    monkeypatch.setattr(settings, "QGIS_BOUNDARIES", tmp_path / "qgis.gpkg")
    with pytest.raises(BoundariesError, match="geo setup"):
        find_boundaries_file()


def test_built_file_round_trips(admin1, source, tmp_path):
    built = boundaries.build_admin1(source, tmp_path / "admin1.gpkg")
    again = load_admin1(built)
    assert again.drop(columns="geometry").equals(admin1.drop(columns="geometry"))
    countries = load_countries(built)
    assert list(countries.columns) == ["country", "name", "geometry"]


def test_countries_all_have_alpha2_codes_including_kosovo(source):
    countries = load_countries(source)
    assert {"FR", "NO", "XK", "UA", "RU"} <= set(countries["country"])
    assert countries["country"].str.fullmatch(r"[A-Z]{2}").all()
