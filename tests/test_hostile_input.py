"""Hostile and broken input: a correct result, or one clear line on stderr and a documented code.

The command-line cases run the real ``geo`` command in a subprocess (exit codes, stderr);
decoding and extraction are checked in-process on ``geo.sources.articles``.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import box

from geo import settings
from geo.sources.articles import MAX_BYTES, ArticleError, article_text, decode

GEO = Path(sys.executable).with_name("geo")
if not GEO.exists():
    GEO = Path(shutil.which("geo") or "geo")
EXIT_USAGE, EXIT_INPUT, EXIT_DATA, EXIT_OUTPUT = 2, 3, 4, 5
PUBLISHED = ["--published", "2025-05-21"]
ARTICLE = (
    "Russian drones strike Kharkiv\n\n"
    "Russian drones struck Kharkiv on Tuesday, killing three civilians, officials said. "
    "Ukrainian forces hold nearly 1,400 square kilometres of the Kursk region.\n"
)


def geo(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(GEO), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, check=False)


def assert_refused(result: subprocess.CompletedProcess, code: int, *words: str) -> None:
    """Exit ``code``, nothing on stdout, one line on stderr naming the problem."""
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("geo: error: ")
    for word in words:
        assert word in lines[0]
    assert result.stdout == ""


def extract_json(path: Path) -> dict:
    result = geo("extract", path, *PUBLISHED, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def place_names(reading: dict) -> set[str]:
    return {m["place"]["name"] for m in reading["mentions"] if m["place"]}


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", ["empty"]),
        (b"  \n\t\r\n   \n", ["empty"]),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>", ["PDF"]),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", ["PNG image"]),
        (b"Drones hit Kyiv\x00\x00\x00\x01 on Tuesday", ["NUL bytes"]),
        (bytes(range(1, 32)) * 40, ["control characters"]),
        (b"<html><head><title>Menu</title></head><body><nav></nav></body></html>",
         ["HTML page", "no article text"]),
        (b"<html><head><title>Strike on Kharkiv</title></head><body><nav><a href='/'>Home</a>"
         b" | <a href='/world'>World news</a> | <a href='/kyiv'>Kyiv desk</a></nav></body></html>",
         ["HTML page", "no article text"]),
    ],
    ids=["empty", "whitespace", "pdf", "png", "nul", "control-bytes", "html-no-article",
         "html-title-and-menu"],
)
def test_non_articles_are_refused_with_exit_3(tmp_path, data, words):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    assert_refused(geo("extract", path), EXIT_INPUT, str(path), *words)


def test_a_50_mb_text_is_refused_quickly_for_its_size(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 2**20)  # sparse: the size check must refuse it before reading
    began = time.monotonic()
    assert_refused(geo("extract", path), EXIT_INPUT, "50.0 MB", f"{MAX_BYTES // 2**20} MB limit")
    assert time.monotonic() - began < 30


def test_missing_file_and_folder_are_refused(tmp_path):
    assert_refused(geo("extract", tmp_path / "nope.txt"), EXIT_INPUT, "no such file")
    assert_refused(geo("extract", tmp_path), EXIT_INPUT, "is a folder")


def test_utf16_with_bom_reads_the_places(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    assert "Kharkiv" in place_names(extract_json(path))


def test_windows_1251_cyrillic_is_decoded(tmp_path):
    path = tmp_path / "cp1251.txt"
    text = "Удар по Харкову. " + ARTICLE
    path.write_bytes(text.encode("cp1251"))
    reading = extract_json(path)
    assert reading["title"].startswith("Удар по Харкову.")
    assert "Kharkiv" in place_names(reading)


def test_invalid_utf8_keeps_the_valid_text(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("Обстріл Харкова — ".encode() + b"\xff\xc3(" + ARTICLE.encode())
    reading = extract_json(path)
    assert reading["title"].startswith("Обстріл Харкова — \ufffd")
    assert "Kharkiv" in place_names(reading)


def test_html_page_is_reduced_to_its_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>News</title><script>var odesa = 1;</script></head>"
        "<body><nav><a href='/'>Home</a> | <a href='/lviv'>Lviv desk</a></nav><article>"
        "<h1>Russian drones strike Kharkiv</h1><p>Russian drones struck Kharkiv on Tuesday, "
        "killing three civilians, officials said. Emergency crews worked through the night "
        "to clear the rubble of two apartment blocks.</p></article>"
        "<footer>Copyright, all rights reserved</footer></body></html>",
        encoding="utf-8",
    )
    reading = extract_json(path)
    assert reading["title"] == "Russian drones strike Kharkiv"
    assert "<" not in json.dumps(reading["mentions"])
    assert place_names(reading) == {"Kharkiv"}
    assert [e["location"]["name"] for e in reading["events"]] == ["Kharkiv"]


def test_markdown_is_read_as_its_text(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("# Drones hit **Kharkiv**\n\n*Russian* drones struck [Odesa](https://x.test/a) "
                    "on Tuesday, killing two people.\n", encoding="utf-8")
    reading = extract_json(path)
    assert reading["title"] == "Drones hit Kharkiv"
    assert {"Kharkiv", "Odesa"} <= place_names(reading)


def test_text_without_places_gives_an_empty_reading(tmp_path):
    path = tmp_path / "calm.txt"
    path.write_text("Nothing happened today.\n\nThe committee met and adjourned.\n")
    reading = extract_json(path)
    assert (reading["mentions"], reading["events"], reading["areas"]) == ([], [], [])


def test_text_of_nothing_but_place_names_is_read_with_exact_offsets(tmp_path):
    names = ["Kharkiv", "Odesa", "Kyiv", "Lviv", "Sumy", "Kursk", "Belgorod", "Beirut"]
    text = " ".join(names[i % len(names)] for i in range(3000))
    path = tmp_path / "places.txt"
    path.write_text(text)
    reading = extract_json(path)
    assert len(reading["mentions"]) > 1000
    for m in reading["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_one_long_line_is_read_in_bounded_time(tmp_path, seed_text):
    line = " ".join(seed_text.split())
    path = tmp_path / "oneline.txt"
    path.write_text(line * (300_000 // len(line)))
    began = time.monotonic()
    reading = extract_json(path)
    assert time.monotonic() - began < 60
    assert reading["events"] and reading["areas"]


@pytest.mark.parametrize("when", ["21/05/2025", "May 21, 2025", "2025-13-01", "yesterday", ""])
def test_dates_not_in_iso_form_are_usage_errors(tmp_path, when):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    assert_refused(geo("extract", path, "--published", when), EXIT_USAGE, "YYYY-MM-DD")


def test_boundaries_file_that_is_not_one_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    fake = tmp_path / "regions.gpkg"
    fake.write_text("this is not a GeoPackage")
    assert_refused(geo("map", path, "--out", tmp_path / "o", "--boundaries", fake),
                   EXIT_USAGE, str(fake))
    missing = tmp_path / "missing.gpkg"
    assert_refused(geo("map", path, "--out", tmp_path / "o", "--boundaries", missing),
                   EXIT_USAGE, "does not exist")


def test_boundaries_file_without_a_name_column_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    boundaries = tmp_path / "shapes.gpkg"
    gpd.GeoDataFrame({"value": [1]}, geometry=[box(35, 50, 37, 52)], crs=4326).to_file(boundaries)
    assert_refused(geo("map", path, "--out", tmp_path / "o", "--boundaries", boundaries),
                   EXIT_USAGE, str(boundaries))


def test_unwritable_output_folder_is_exit_5(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    blocker = tmp_path / "file.txt"
    blocker.write_text("a file where a folder should be")
    assert_refused(geo("map", path, "--out", blocker / "sub"), EXIT_OUTPUT, "cannot write",
                   "--out")


def test_script_in_an_article_is_escaped_in_the_map(tmp_path):
    path = tmp_path / "xss.txt"
    path.write_text(
        "Strike on Kharkiv <script>alert(1)</script>\n\n"
        "Russian drones struck Kharkiv <img src=x onerror=alert(1)> on Tuesday, killing three "
        "civilians <script>alert(1)</script>, officials said.\n"
    )
    out = tmp_path / "maps"
    result = geo("map", path, *PUBLISHED, "--out", out)
    assert result.returncode == 0, result.stderr
    page = (out / "xss.html").read_text(encoding="utf-8")
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page  # the title, as data
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "onerror=alert(1)>" not in page


@pytest.mark.parametrize("name", ["..%2F..%2Fevil.txt", "..evil...txt", "<img src=x>;rm ~.txt"])
def test_hostile_file_names_stay_in_the_output_folder(tmp_path, name):
    source = tmp_path / "in" / name
    source.parent.mkdir()
    source.write_text(ARTICLE)
    out = tmp_path / "deep" / "maps"
    result = geo("map", source, *PUBLISHED, "--out", out)
    assert result.returncode == 0, result.stderr
    written = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p != source)
    assert written and all(p.parent == out for p in written)
    assert all(not p.name.startswith(".") for p in written)


def test_a_path_with_dotdot_writes_beside_other_outputs_not_above(tmp_path):
    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / ".." / "evil.txt"
    source.write_text(ARTICLE)
    out = tmp_path / "maps"
    result = geo("map", source, *PUBLISHED, "--out", out)
    assert result.returncode == 0, result.stderr
    assert (out / "evil.html").is_file() and (out / "evil.gpkg").is_file()


def test_outputs_are_replaced_whole_without_leftovers(tmp_path):
    path = tmp_path / "a.txt"
    out = tmp_path / "maps"
    path.write_text(ARTICLE)
    assert geo("map", path, *PUBLISHED, "--out", out).returncode == 0
    before = {p.name: p.stat().st_ino for p in out.iterdir()}
    path.write_text(ARTICLE.replace("Kharkiv", "Sumy"))
    assert geo("map", path, *PUBLISHED, "--out", out).returncode == 0
    after = {p.name: p.stat().st_ino for p in out.iterdir()}
    assert set(after) == set(before)  # no temporary files left behind
    assert all(after[n] != before[n] for n in after)  # each file was renamed into place
    assert "Sumy" in (out / "a.json").read_text(encoding="utf-8")


# In-process: decoding and extraction.


def test_utf8_with_a_stray_byte_stays_utf8():
    text = decode("Харків і Суми ".encode() + b"\xff" + "— Kharkiv".encode())
    assert text == "Харків і Суми \ufffd— Kharkiv"


def test_western_text_is_windows_1252_and_cyrillic_text_is_1251():
    assert decode("Café in Zürich, Kharkiv".encode("cp1252")) == "Café in Zürich, Kharkiv"
    line = "Shelling near the village of Липці in Kharkiv"
    assert decode(line.encode("cp1251")) == line


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-8"])
def test_byte_order_marks_choose_the_encoding(codec):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-8": codecs.BOM_UTF8}[codec]
    assert decode(bom + "Удар по Харкову".encode(codec)) == "Удар по Харкову"


def test_a_byte_order_mark_on_broken_utf16_is_refused():
    with pytest.raises(ArticleError, match="byte-order mark"):
        decode(codecs.BOM_UTF16_LE + b"K\x00y\x00\x00\xd8")


def test_decomposed_accents_are_composed():
    assert article_text("Dniprope\u0301trovsk".encode()) == "Dniprop\u00e9trovsk"


def test_html_is_recognised_by_its_start_without_a_suffix():
    page = (b"<!-- saved --><html><body><article><h1>Strike on Sumy</h1><p>Russian "
            b"missiles struck Sumy on Tuesday morning, killing two people and wounding nine, "
            b"the regional governor said.</p></article></body></html>")
    text = article_text(page, suffix=".txt")
    assert text.startswith("Strike on Sumy") and "<" not in text


# Every hostile input ends with one line and its documented code, never a traceback.

REAL_HOME = settings.HOME
#: Root reads and writes any file: run the command without the capabilities that allow it,
#: so file permissions hold as for anyone else.
WITHOUT_ROOT_ACCESS = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
                       "--bounding-set=-dac_override,-dac_read_search", "--"]


def geo_as_user(*args: str | Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """``geo`` with file permissions enforced, also when the tests run as root."""
    prefix = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: file permissions cannot be enforced")
        prefix = WITHOUT_ROOT_ACCESS
    return subprocess.run([*prefix, str(GEO), *map(str, args)], capture_output=True, text=True,
                          timeout=300, check=False, env=env)


def data_home(tmp_path: Path, **damaged: bytes | None) -> dict:
    """An environment whose GEO_HOME links to the real data, except the files given:
    bytes to write in their place, or None to leave them out."""
    home = tmp_path / "home"
    home.mkdir()
    for name in ("gazetteer.sqlite", "admin1.gpkg", "world_map.gpkg"):
        if name not in damaged:
            (home / name).symlink_to(REAL_HOME / name)
        elif damaged[name] is not None:
            (home / name).write_bytes(damaged[name])
    return os.environ | {"GEO_HOME": str(home)}


@pytest.mark.parametrize("when", ["0001-01-01", "0001-01-02", "9999-12-31"])
def test_dates_at_the_ends_of_the_calendar_are_read(tmp_path, when):
    path = tmp_path / "a.txt"
    path.write_text("Strike on Kursk\n\nRussian forces shelled Kursk last month, yesterday and on "
                    "Monday; two days later, the next day and last year, drones hit Sumy, "
                    "killing 3 civilians 99999999999 days ago.\n")
    result = geo("map", path, "--published", when, "--out", tmp_path / "o")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [("folder", None), ("garbage", b"\x8f" * 5000), ("empty", b""), ("truncated", 16_000_000)],
)
def test_a_damaged_gazetteer_is_exit_4(tmp_path, name, content):
    if name == "truncated":  # the first pages are sound: the damage shows in a look-up
        with (REAL_HOME / "gazetteer.sqlite").open("rb") as f:
            content = f.read(content)
    env = data_home(tmp_path, **{"gazetteer.sqlite": content})
    if name == "folder":
        (tmp_path / "home" / "gazetteer.sqlite").mkdir()
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    for args in (["places", "Kursk"], ["extract", path]):
        result = subprocess.run([str(GEO), *map(str, args)], capture_output=True, text=True,
                                timeout=300, check=False, env=env)
        assert_refused(result, EXIT_DATA, "gazetteer", "geo setup")


def test_an_unreadable_gazetteer_is_exit_4(tmp_path):
    env = data_home(tmp_path, **{"gazetteer.sqlite": b""})
    shutil.copyfile(REAL_HOME / "gazetteer.sqlite", tmp_path / "home" / "gazetteer.sqlite")
    (tmp_path / "home" / "gazetteer.sqlite").chmod(0)
    assert_refused(geo_as_user("places", "Kursk", env=env), EXIT_DATA, "unreadable")


def test_a_read_only_data_home_without_its_regions_file_is_exit_4(tmp_path):
    env = data_home(tmp_path, **{"admin1.gpkg": None})
    (tmp_path / "home").chmod(0o555)
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    result = geo_as_user("map", path, *PUBLISHED, "--out", tmp_path / "o", env=env)
    assert_refused(result, EXIT_DATA, "admin1.gpkg", "writable")


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    assert_refused(geo("extract", fifo, timeout=60), EXIT_INPUT, "named pipe")


def test_an_unreadable_article_is_exit_3(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    assert_refused(geo_as_user("extract", path), EXIT_INPUT, str(path), "cannot read")


def test_a_symlink_with_an_output_name_is_refused_and_not_followed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    out = tmp_path / "maps"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (out / "a.html").symlink_to(victim)
    assert_refused(geo("map", path, *PUBLISHED, "--out", out), EXIT_OUTPUT, "symbolic link")
    assert victim.read_text() == "precious"
    assert [p.name for p in out.iterdir()] == ["a.html"]  # nothing written, nothing left


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small filesystem needs root")
def test_a_full_disk_is_exit_5_and_keeps_the_previous_outputs(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (no CAP_SYS_ADMIN in this container)")
    try:
        path, out = tmp_path / "a.txt", disk / "o"
        path.write_text(ARTICLE)
        assert geo("map", path, *PUBLISHED, "--out", out).returncode == 0
        before = {p.name: p.read_bytes() for p in out.iterdir()}
        (disk / "filler").write_bytes(b"x" * (shutil.disk_usage(disk).free - 100 * 1024))
        result = geo("map", path, *PUBLISHED, "--out", out)
        assert_refused(result, EXIT_OUTPUT, "cannot write", "space")
        assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    finally:
        subprocess.run(["umount", str(disk)], check=False)


@pytest.mark.parametrize("args", [["extract", "--bogus"], ["map"], ["batch", "x"],
                                  ["extract", "a.txt", "--format", "xml"]])
def test_usage_errors_are_one_line(args):
    assert_refused(geo(*args), EXIT_USAGE, "see `geo")


def test_the_quick_traceback_sweep_finds_nothing():
    """benchmarks/traceback_sweep.py --quick: a fast subset of the hostile-input matrix."""
    sweep = Path(__file__).resolve().parent.parent / "benchmarks" / "traceback_sweep.py"
    result = subprocess.run([sys.executable, str(sweep), "--quick", "--json"], cwd=sweep.parent,
                            capture_output=True, text=True, timeout=900, check=False)
    totals = json.loads(result.stdout)
    assert totals["bad"] == [], totals["bad"]
    assert totals["runs"] > 20 and totals["tracebacks"] == 0
