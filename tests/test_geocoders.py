"""Online geocoding against a loopback Nominatim stand-in (tests/nominatim_stub.py)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from shapely.geometry import Point

from geo.pipeline import read_article
from geo.sources.geocoders import (
    GeocodingError,
    OnlineGazetteer,
    OnlineSource,
    ResponseCache,
    place_from_nominatim,
    place_from_photon,
    unknown_place_names,
)
from geo.sources.outlines import Outlines

sys.path.insert(0, str(Path(__file__).parent))
from nominatim_stub import NominatimStub  # noqa: E402

UA = "geo-conflict-mapper-tests/0.1 (tests@example.org)"
VILLAGES = ("Russian forces shelled the village of Klishchiivka on Monday, officials said. "
            "Fighting continued near Robotyne in the Zaporizhzhia region.")
GEO = Path(sys.executable).parent / "geo"


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def stub():
    with NominatimStub() as server:
        yield server


def _source(server: NominatimStub, **options) -> OnlineSource:
    return OnlineSource(user_agent=UA, url=server.url, error_wait_seconds=1.0, **options)


def _queries(server: NominatimStub) -> list[str]:
    return [r.params["q"] for r in server.requests]


def test_requests_are_at_least_a_second_apart(stub):
    source = _source(stub)
    for name in ("Robotyne", "Klishchiivka", "Nowhere"):
        source.search(name)
    times = [r.time for r in stub.requests]
    assert len(times) == 3
    # Server-side arrival times: a gap is at least the client's second less the earlier
    # request's latency, which a loaded machine can stretch to tens of milliseconds; with no
    # limit the gaps would be a few milliseconds.
    assert all(b - a >= 0.9 for a, b in zip(times, times[1:], strict=False))
    assert {r.user_agent for r in stub.requests} == {UA}


def test_fallback_resolves_villages_the_gazetteer_lacks(stub, gazetteer, outlines):
    online = OnlineGazetteer(gazetteer, _source(stub), mode="fallback")
    reading = read_article(VILLAGES, gazetteer=gazetteer, geocoder=online)
    places = {m.text: m.place for m in reading.mentions}
    robotyne = places["Robotyne"]
    assert robotyne.source == "nominatim" and robotyne.kind == "city"
    assert (robotyne.country, robotyne.admin1_iso) == ("UA", "UA-23")
    # The recorded point lies in the real Natural Earth outline of that region.
    assert outlines.region("UA-23").contains(Point(robotyne.lon, robotyne.lat))
    assert places["Klishchiivka"].admin1_iso == "UA-14"
    assert places["Zaporizhzhia"].source != "nominatim"  # known offline: not asked
    assert sorted(_queries(stub)) == ["Klishchiivka", "Robotyne"]


def test_offline_only_reading_knows_the_villages_only_roughly(gazetteer):
    # Ukraine's codifier names both villages; offline, they sit at their hromada's centre.
    reading = read_article(VILLAGES, gazetteer=gazetteer)
    villages = [m.place for m in reading.mentions if m.text in ("Robotyne", "Klishchiivka")]
    assert len(villages) == 2
    assert all(p.source == "katottg" and p.radius_km for p in villages)


def test_second_run_is_answered_from_the_cache(stub, gazetteer):
    first = read_article(VILLAGES, gazetteer=gazetteer,
                         geocoder=OnlineGazetteer(gazetteer, _source(stub)))
    asked = len(stub.requests)
    again = read_article(VILLAGES, gazetteer=gazetteer,
                         geocoder=OnlineGazetteer(gazetteer, _source(stub)))
    assert asked == 2 and len(stub.requests) == asked
    assert again.mentions == first.mentions


def test_cache_info_and_clear(stub, cache_dir):
    _source(stub).search("Robotyne")
    cache = ResponseCache()
    assert cache.path.parent == cache_dir
    entries, size = cache.info()
    assert entries == 1 and size > 0
    assert cache.clear() == 1 and cache.info()[0] == 0


def test_mode_all_asks_about_recognised_names_too(stub, gazetteer):
    online = OnlineGazetteer(gazetteer, _source(stub), mode="all")
    read_article(VILLAGES, gazetteer=gazetteer, geocoder=online)
    assert sorted(_queries(stub)) == ["Klishchiivka", "Robotyne", "Zaporizhzhia"]


def test_service_duplicates_of_offline_places_are_dropped(stub, gazetteer):
    online = OnlineGazetteer(gazetteer, _source(stub), mode="all")
    # Nominatim's oblast (UA-23) and city are the gazetteer's own region and city.
    assert online.lookup(["Zaporizhzhya"]) == gazetteer.lookup(["Zaporizhzhya"])
    assert _queries(stub) == ["Zaporizhzhya"]


def test_server_error_is_a_warning_and_offline_answer_is_kept(gazetteer):
    with NominatimStub(status=500) as server:
        source = _source(server)
        online = OnlineGazetteer(gazetteer, source, mode="all")
        reading = read_article(VILLAGES, gazetteer=gazetteer, geocoder=online)
    offline = read_article(VILLAGES, gazetteer=gazetteer)
    assert reading.mentions == offline.mentions
    assert "500" in source.failure and "kept the offline answers" in source.failure
    assert len(server.requests) == 3  # one request and two retries, then no more asking


def test_timeout_is_a_warning_and_offline_answer_is_kept(gazetteer):
    with NominatimStub(delay=1.5) as server:
        source = _source(server, timeout=0.3, max_retries=1)
        reading = read_article(VILLAGES, gazetteer=gazetteer,
                               geocoder=OnlineGazetteer(gazetteer, source))
    assert "GeocoderTimedOut" in source.failure
    assert len(server.requests) == 2
    assert reading.mentions == read_article(VILLAGES, gazetteer=gazetteer).mentions


def test_failed_answers_are_not_cached(gazetteer):
    with NominatimStub(status=500) as server:
        _source(server, max_retries=0).search("Robotyne")
    assert ResponseCache().info()[0] == 0


def test_region_outline_from_nominatim_when_boundaries_lack_it(stub, gazetteer, outlines):
    without = Outlines(admin1=outlines.admin1[outlines.admin1["admin1_iso"] != "UA-23"],
                       countries=outlines.countries)
    text = ("Fighting in the Zaporizhzhia region went on. Russian forces have occupied nearly "
            "200 square kilometres there since May, the Ukrainian military said.")
    online = OnlineGazetteer(gazetteer, _source(stub))
    offline = read_article(text, gazetteer=gazetteer, shapes=without)
    reading = read_article(text, gazetteer=gazetteer, shapes=without, geocoder=online)
    assert offline.areas == []
    (area,) = reading.areas
    assert area.region.admin1_iso == "UA-23" and area.region.source == "nominatim"
    outline = online.source.outline("Zaporizhzhia Oblast", country="UA")
    assert outline.buffer(0.01).contains(area.geometry)
    assert _queries(stub) == ["Zaporizhzhia Oblast"]  # the region's English name
    assert stub.requests[0].params["polygon_geojson"] == "1"


def test_nominatim_records_become_places(stub):
    oblast, city = stub.answer({"q": "Zaporizhzhya", "format": "jsonv2", "addressdetails": "1",
                                "extratags": "1"})
    region = place_from_nominatim(oblast)
    assert (region.kind, region.admin1_iso, region.population) == ("admin1", "UA-23", 1638462)
    assert place_from_nominatim(city).kind == "city"
    as_json = stub.answer({"q": "Robotyne", "format": "json", "addressdetails": "1"})[0]
    assert "class" in as_json and "category" not in as_json
    village = place_from_nominatim(as_json)
    assert (village.kind, village.country, village.source) == ("city", "UA", "nominatim")
    street = {**as_json, "class": "highway", "type": "residential", "addresstype": "road"}
    assert place_from_nominatim(street) is None


def test_photon_features_become_places():
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [35.8386, 47.4461]},
               "properties": {"osm_key": "place", "osm_value": "village", "type": "city",
                              "name": "Robotyne", "countrycode": "UA", "country": "Ukraine",
                              "state": "Zaporizhzhia Oblast"}}
    place = place_from_photon(feature)
    assert (place.kind, place.country, place.lat, place.source) == ("city", "UA", 47.4461,
                                                                      "photon")


def test_unknown_place_names_need_a_place_context(gazetteer):
    text = ("Talks in Geneva stalled on Monday. Shelling near Robotyne and at the "
            "Hlybokivske checkpoint; Reuters reported from the village of Klishchiivka. "
            "Ivanenko said in Ukrainian that Zhabunin had left.")
    assert unknown_place_names(text, gazetteer) == ["Robotyne", "Hlybokivske", "Klishchiivka"]


def test_missing_user_agent_is_refused(tmp_path):
    with pytest.raises(GeocodingError, match="usage policy"):
        OnlineSource(user_agent=" ")
    article = tmp_path / "a.txt"
    article.write_text(VILLAGES, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "GEO_USER_AGENT"}
    done = subprocess.run([GEO, "extract", article, "--geocoder", "nominatim"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 2
    assert "user agent" in done.stderr and "usage policy" in done.stderr


def test_cli_resolves_through_a_self_hosted_instance(stub, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VILLAGES, encoding="utf-8")
    env = {**os.environ, "GEO_USER_AGENT": UA}
    done = subprocess.run([GEO, "extract", article, "--published", "2025-05-21",
                           "--geocoder", "nominatim", "--nominatim-url", stub.url],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    # the service answered: no warning about it (an uncertain place an event depends on is
    # still named, as for any reading)
    assert "Robotyne" in done.stdout and "nominatim" not in done.stderr
    info = subprocess.run([GEO, "cache", "info"], capture_output=True, text=True, env=env)
    assert "entries: 2" in info.stdout


def test_cli_warns_once_when_the_service_fails(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VILLAGES, encoding="utf-8")
    env = {**os.environ, "GEO_USER_AGENT": UA}
    with NominatimStub(status=500) as server:
        done = subprocess.run([GEO, "extract", article, "--published", "2025-05-21",
                               "--geocoder", "nominatim", "--nominatim-url", server.url],
                              capture_output=True, text=True, env=env)
    assert done.returncode == 0
    assert done.stderr.count("nominatim at") == 1 and "kept the offline answers" in done.stderr
    assert "Zaporizhzhia" in done.stdout
