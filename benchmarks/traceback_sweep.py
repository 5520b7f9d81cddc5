"""Hostile inputs through every command: count tracebacks and undocumented exit codes.

Usage: python benchmarks/traceback_sweep.py [--quick] [--json] [--timeout 120] [--show-all]

Runs ``geo extract``, ``geo map``, ``geo batch`` and ``geo places`` over a matrix of
hostile inputs: files of every odd kind (binary, empty, huge, pipes, devices, links,
unreadable, HTML with no article, numbers and dates out of range), publication dates,
options, a damaged data home (``GEO_HOME``) and a damaged output folder. Each run counts
as bad when its stderr holds a traceback, its exit code is not one the README documents
(0, 2-6; 1 from ``geo places`` for an unknown name), it hangs past ``--timeout``, or it
fails without one ``geo: error: ...`` line. Prints each bad run and the totals (with
``--json``, one JSON object); ``--quick`` runs the fast subset that the test suite runs.
Exits 1 when some run was bad.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from processes import BIN, SEED

GEO = BIN / "geo"
DOCUMENTED = frozenset({0, 2, 3, 4, 5, 6})
PUBLISHED = ["--published", "2025-05-21"]
ARTICLE = (
    "Russian drones strike Kharkiv\n\n"
    "Russian drones struck Kharkiv on Tuesday, killing three civilians, officials said. "
    "Ukrainian forces hold nearly 1,400 square kilometres of the Kursk region.\n"
)
#: Root reads and writes any file: such runs drop the capabilities that allow it.
WITHOUT_ROOT_ACCESS = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
                       "--bounding-set=-dac_override,-dac_read_search", "--"]


@dataclass
class Case:
    """One run of ``geo``."""

    label: str
    args: list[str]
    env: dict[str, str] = field(default_factory=dict)  # added to the environment
    allowed: frozenset[int] = DOCUMENTED
    quick: bool = False  # in the fast subset the test suite runs
    as_user: bool = False  # file permissions enforced for root too
    shows_help: bool = False  # the usage help, not one line, is the answer


@dataclass
class Outcome:
    case: Case
    code: int | None  # None: stopped after the timeout
    stderr: str
    seconds: float

    @property
    def problems(self) -> list[str]:
        found = []
        if self.code is None:
            found.append("hang")
            return found
        if "Traceback" in self.stderr:
            found.append("traceback")
        if self.code not in self.case.allowed:
            found.append(f"exit {self.code}")
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        errors = [line for line in lines if line.startswith("geo: error: ")]
        one_line = len(errors) == 1 or self.case.shows_help
        if self.code not in (0, 6) and "traceback" not in found and not one_line:
            found.append("no one-line error")
        return found


# ----------------------------------------------------------------------------- inputs


def odd_files(folder: Path) -> dict[str, Path]:
    """Regular files of every odd kind, by label."""
    rng = random.Random(11)
    seed = SEED.read_text(encoding="utf-8")
    contents: dict[str, tuple[str, bytes]] = {
        "article": ("a.txt", ARTICLE.encode()),
        "empty": ("empty.txt", b""),
        "whitespace": ("blank.txt", b" \n\t\r\n \f\v"),
        "utf8 bom only": ("bom.txt", b"\xef\xbb\xbf"),
        "utf16 bom odd bytes": ("u16.txt", b"\xff\xfeK\x00y\x00i"),
        "utf32 bom": ("u32.txt", "\ufeffKharkiv was shelled".encode("utf-32-le")),
        "nul bytes": ("nul.txt", b"Kharkiv\x00\x00 was hit"),
        "control bytes": ("ctl.txt", bytes(range(1, 32)) * 50),
        "random bytes": ("random.txt", rng.randbytes(50_000)),
        "pdf": ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj"),
        "png": ("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "zip": ("z.txt", b"PK\x03\x04" + rng.randbytes(100)),
        "sqlite": ("db.txt", b"SQLite format 3\x00" + bytes(100)),
        "invalid utf8": ("bad.txt", b"Kharkiv \xff\xfe\xed\xa0\x80 was shelled on Tuesday."),
        "cp1251": ("cyr.txt", "Удар по Харкову. Russian drones struck Kharkiv.".encode("cp1251")),
        "lone CRs": ("cr.txt", ARTICLE.replace("\n", "\r").encode()),
        "bidi and zero-width": ("bidi.txt", ("\u202eKharkiv\u200b struck\u2066 on Tuesday "
                                             "\u200d\ufeff" * 200).encode()),
        "combining marks": ("marks.txt", ("K" + "\u0301" * 20000 + " Kharkiv").encode()),
        "emoji": ("emoji.txt", ("💥 Kharkiv 🇺🇦 " * 2000).encode()),
        "huge count": ("count.txt", ("Russian forces shelled Kharkiv on Tuesday, killing "
                                     + "9" * 5000 + " civilians and 99999999999999999999 "
                                     "soldiers.").encode()),
        "huge area": ("area.txt", ("Ukrainian forces hold " + "9" * 400 + " square kilometres "
                                   "of the Kursk region and 1e308 km2 of Sumy.").encode()),
        "odd dates": ("dates.txt", b"Drones hit Kharkiv on 31 February 2025, on May 32, in "
                      b"0000, on 0001-01-01, 99999999999 days ago, 9999999 weeks later and at "
                      b"the end of 0001."),
        "template syntax": ("jinja.txt", b"Strike on Kharkiv {{ 7*7 }}\n\nRussian drones struck "
                            b"Kharkiv {% if x %} on Tuesday {#, killing 3 {{citation needed}}."),
        "one long line": ("line.txt", (" ".join(seed.split()) + " ").encode() * 150),
        "html empty": ("e.html", b"<html><head></head><body></body></html>"),
        "html title and menu": ("menu.html", b"<html><head><title>Strike on Kharkiv</title>"
                                b"</head><body><nav><a href='/'>Home</a> | <a href='/w'>World"
                                b"</a></nav></body></html>"),
        "html script only": ("s.html", b"<html><body><script>var Kharkiv = 1;</script></body>"
                             b"</html>"),
        "html malformed": ("m.html", b"<html><body><p>Russian drones struck Kharkiv <b><i>on "
                           b"Tuesday</p></div></span>"),
        "html deep": ("deep.html", b"<html><body>" + b"<div>" * 100_000 + b"Kharkiv"
                      + b"</div>" * 100_000 + b"</body></html>"),
        "html wrong charset": ("cs.html", '<html><head><meta charset="utf-8"></head><body><p>'
                               'Удар по Харкову: Russian drones struck Kharkiv on Tuesday.</p>'
                               '</body></html>'.encode("cp1251")),
        "svg": ("pic.svg", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
                b"<text>Kharkiv</text></svg>"),
        "markdown empty": ("e.md", b"\n\n"),
        "markdown code only": ("c.md", b"```\nKharkiv\n```\n"),
        "markdown binary": ("b.md", b"\x00\x01\x02"),
        "name with spaces and unicode": ("Удар по Харкову — 2025.txt", ARTICLE.encode()),
        "name with a newline": ("two\nlines.txt", ARTICLE.encode()),
        "long name": (("k" * 250) + ".txt", ARTICLE.encode()),
    }
    paths = {}
    for label, (name, data) in contents.items():
        path = folder / name
        path.write_bytes(data)
        paths[label] = path
    huge = folder / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(3 * 2**20)
    paths["3 MB sparse"] = huge
    return paths


def special_files(folder: Path) -> dict[str, Path]:
    """Paths that are not regular files, or cannot be read."""
    paths = {"missing": folder / "missing.txt", "folder": folder / "dir", "dev null":
             Path("/dev/null"), "dev zero": Path("/dev/zero"), "fifo": folder / "pipe.txt",
             "socket": folder / "sock.txt", "dangling link": folder / "dangling.txt",
             "link loop": folder / "loop.txt", "unreadable": folder / "unreadable.txt"}
    paths["folder"].mkdir()
    os.mkfifo(paths["fifo"])
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(paths["socket"]))
    paths["dangling link"].symlink_to(folder / "nowhere.txt")
    paths["link loop"].symlink_to(paths["link loop"])
    paths["unreadable"].write_text(ARTICLE)
    paths["unreadable"].chmod(0)
    return paths


def jsonl_files(folder: Path) -> dict[str, Path]:
    """JSON Lines inputs for ``geo batch``, by label."""
    good = {"id": "a", "text": ARTICLE, "published": "2025-05-21"}
    lines = {
        "valid": [good, {"id": "b", "text": ARTICLE.replace("Kharkiv", "Sumy")}],
        "bad json": ["{not json", good],
        "not objects": [[1, 2], "text", None, good],
        "missing text": [{"id": "x"}, good],
        "text not a string": [{"id": "x", "text": 5}, good],
        "id an object": [{"id": {"a": 1}, "text": ARTICLE}, good],
        "odd ids": [{"id": "", "text": ARTICLE}, {"id": "../../etc/passwd", "text": ARTICLE},
                    {"id": ".", "text": ARTICLE}, {"id": "x" * 1000, "text": ARTICLE},
                    {"id": "a.run", "text": ARTICLE}, good],
        "duplicate ids": [good, good],
        "bad dates": [{"id": "x", "text": ARTICLE, "published": "2025-02-30"},
                      {"id": "y", "text": ARTICLE, "published": "0001-01-01"},
                      {"id": "z", "text": ARTICLE, "published": 20250521}, good],
        "lone surrogate": ['{"id": "s", "text": "Kharkiv \\ud800 was hit on Tuesday"}', good],
        "nul in text": [{"id": "n", "text": "Kharkiv\u0000 was hit"}, good],
        "huge text": [{"id": "h", "text": "Kharkiv " * 400_000}, good],
        "deep nesting": ["[" * 100_000 + "]" * 100_000, good],
    }
    paths = {}
    for label, rows in lines.items():
        path = folder / f"{label.replace(' ', '_')}.jsonl"
        path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n"
                                for r in rows), encoding="utf-8")
        paths[label] = path
    paths["bom and blank lines"] = folder / "bom.jsonl"
    paths["bom and blank lines"].write_bytes(b"\xef\xbb\xbf" + b"\n" * 10_000
                                             + json.dumps(good).encode() + b"\n")
    paths["binary"] = folder / "binary.jsonl"
    paths["binary"].write_bytes(random.Random(5).randbytes(20_000))
    return paths


def data_homes(folder: Path, real: Path) -> dict[str, Path]:
    """Data homes with one kind of damage each (the rest links to the real files)."""
    names = ("gazetteer.sqlite", "admin1.gpkg", "world_map.gpkg")
    damage: dict[str, dict[str, bytes | str | None]] = {
        "missing home": {},
        "empty home": {name: None for name in names},
        "gazetteer a folder": {"gazetteer.sqlite": "folder"},
        "gazetteer garbage": {"gazetteer.sqlite": b"\x8f" * 5000},
        "gazetteer empty": {"gazetteer.sqlite": b""},
        "gazetteer truncated": {"gazetteer.sqlite": "truncated"},
        "gazetteer unreadable": {"gazetteer.sqlite": "unreadable"},
        "regions garbage": {"admin1.gpkg": b"GPKG" * 1000},
        "regions truncated": {"admin1.gpkg": "truncated"},
        "regions a folder": {"admin1.gpkg": "folder"},
        "regions missing, home read-only": {"admin1.gpkg": None, "read-only": None},
        "regions and source missing": {"admin1.gpkg": None, "world_map.gpkg": None},
        "source garbage, regions missing": {"admin1.gpkg": None,
                                            "world_map.gpkg": b"\x00" * 4096},
    }
    folder.mkdir()
    homes = {}
    for label, broken in damage.items():
        home = folder / label.replace(" ", "_").replace(",", "")
        homes[label] = home
        if label == "missing home":
            continue
        home.mkdir()
        for name in names:
            how = broken.get(name, "link")
            if how == "link":
                (home / name).symlink_to(real / name)
            elif how == "folder":
                (home / name).mkdir()
            elif how == "truncated":
                with (real / name).open("rb") as f:
                    (home / name).write_bytes(f.read((real / name).stat().st_size // 2))
            elif how == "unreadable":
                shutil.copyfile(real / name, home / name)
                (home / name).chmod(0)
            elif isinstance(how, bytes):
                (home / name).write_bytes(how)
        if "read-only" in broken:
            home.chmod(0o555)
    return homes


def damaged_outputs(folder: Path, article: Path) -> dict[str, Path]:
    """Output folders with one kind of damage each, for ``geo map ARTICLE``."""
    stem = article.stem
    outs = {label: folder / label.replace(" ", "_") for label in (
        "a file", "under a file", "read-only", "symlink with an output name",
        "folder with an output name", "fifo with an output name", "stale staging and temp",
        "articles a file", "failures a folder", "manifest a symlink")}
    outs["a file"].write_text("not a folder")
    (folder / "plain").write_text("x")
    outs["under a file"] = folder / "plain" / "sub"
    for label, out in outs.items():
        if label not in ("a file", "under a file"):
            out.mkdir()
    outs["read-only"].chmod(0o555)
    (outs["symlink with an output name"] / f"{stem}.gpkg").symlink_to(folder / "victim")
    (outs["folder with an output name"] / f"{stem}.json").mkdir()
    os.mkfifo(outs["fifo with an output name"] / f"{stem}.events.csv")
    stale = outs["stale staging and temp"]
    (stale / ".geo-staging-0123").mkdir()
    (stale / ".geo-staging-0123" / f"{stem}.html").write_text("half")
    (stale / f".{stem}.html.abcd1234.html").write_text("half")
    (outs["articles a file"] / "articles").write_text("not a folder")
    (outs["failures a folder"] / "failures.jsonl").mkdir()
    (outs["manifest a symlink"] / f"{stem}.run.json").symlink_to("/etc/hostname")
    outs["very long path"] = folder.joinpath(*["d" * 250] * 20)
    outs["empty name"] = Path("")
    return outs


# ----------------------------------------------------------------------------- the matrix


def cases(tmp: Path, real_home: Path) -> list[Case]:
    """Every run of the sweep."""
    inputs, specials = tmp / "in", tmp / "special"
    inputs.mkdir()
    specials.mkdir()
    files = odd_files(inputs)
    special = special_files(specials)
    jsonl = jsonl_files(tmp)
    homes = data_homes(tmp / "homes", real_home)
    (tmp / "outs").mkdir()
    article = files["article"]
    outs = damaged_outputs(tmp / "outs", article)
    out = str(tmp / "o")
    quick_files = {"article", "empty", "random bytes", "huge count", "huge area", "odd dates",
                   "html title and menu", "3 MB sparse"}
    runs: list[Case] = []
    for label, path in files.items():
        runs.append(Case(f"extract {label}", ["extract", str(path), *PUBLISHED, "--format",
                                              "json"], quick=label in quick_files))
        if label not in ("one long line",):
            runs.append(Case(f"map {label}", ["map", str(path), *PUBLISHED, "--out", out]))
    for label, path in special.items():
        quick = label in ("fifo", "unreadable", "dev zero", "folder")
        runs.append(Case(f"extract {label}", ["extract", str(path)], quick=quick,
                         as_user=label == "unreadable"))
        runs.append(Case(f"map {label}", ["map", str(path), "--out", out],
                         as_user=label == "unreadable"))
        runs.append(Case(f"batch {label}", ["batch", str(path), "--out", out],
                         as_user=label == "unreadable"))
    runs.append(Case("batch a folder of odd files", ["batch", str(inputs), "--out", out,
                                                     "--workers", "2"]))
    runs.append(Case("batch an unmatched glob", ["batch", str(tmp / "none" / "*.txt"),
                                                 "--out", out]))
    runs.append(Case("batch a glob of brackets", ["batch", str(tmp / "[*"), "--out", out]))
    for label, path in jsonl.items():
        quick = label in ("deep nesting", "lone surrogate", "odd ids")
        runs.append(Case(f"batch jsonl {label}", ["batch", str(path), "--out", out],
                         quick=quick))
    for when in ("0001-01-01", "9999-12-31", "0000-01-01", "2025-02-30", "", "x" * 10_000,
                 "２０２５-０５-２１", "2025-05-21T10:00", "-001-01-01", "+2025-05-21"):
        quick = when in ("0001-01-01", "9999-12-31")
        runs.append(Case(f"extract --published {when[:20]!r}",
                         ["extract", str(files["odd dates"]), "--published", when], quick=quick))
        runs.append(Case(f"map --published {when[:20]!r}",
                         ["map", str(article), "--published", when, "--out", out]))
    runs += _option_cases(tmp, article, out, jsonl["valid"])
    for label, home in homes.items():
        env = {"GEO_HOME": str(home)}
        as_user = label in ("gazetteer unreadable", "regions missing, home read-only")
        quick = label in ("gazetteer a folder", "gazetteer truncated", "regions garbage")
        runs.append(Case(f"places, {label}", ["places", "Kursk"], env=env, quick=quick,
                         allowed=DOCUMENTED | {1}, as_user=as_user))
        runs.append(Case(f"extract, {label}", ["extract", str(article)], env=env,
                         as_user=as_user))
        runs.append(Case(f"map, {label}", ["map", str(article), "--out", out], env=env,
                         as_user=as_user))
        runs.append(Case(f"batch, {label}", ["batch", str(jsonl["valid"]), "--out", out],
                         env=env, as_user=as_user))
    for label, folder in outs.items():
        quick = label in ("symlink with an output name", "stale staging and temp")
        runs.append(Case(f"map into {label}", ["map", str(article), *PUBLISHED, "--out",
                                              str(folder)], quick=quick,
                         as_user=label == "read-only"))
        runs.append(Case(f"batch into {label}", ["batch", str(jsonl["valid"]), "--out",
                                                str(folder)], as_user=label == "read-only"))
    for name in ("", " ", "x" * 100_000, "' OR 1=1 --", "%", "_", "\u202eKursk", "💥",
                 "Kursk\nMoscow"):
        runs.append(Case(f"places {name[:20]!r}", ["places", name], allowed=DOCUMENTED | {1},
                         quick=name in ("", "' OR 1=1 --")))
    return runs


def _option_cases(tmp: Path, article: Path, out: str, jsonl: Path) -> list[Case]:
    """Bad options and option files."""
    areas, boundaries = tmp / "areas", tmp / "boundaries"
    areas.mkdir()
    boundaries.mkdir()
    (areas / "empty.geojson").write_text("")
    (areas / "garbage.geojson").write_text("{not geojson")
    (areas / "points.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point",
                                                          "coordinates": [36, 51]}}]}))
    bowtie = [[[35, 51], [36, 52], [36, 51], [35, 52], [35, 51]]]
    huge = [[[-1e308, -1e308], [1e308, -1e308], [1e308, 1e308], [-1e308, -1e308]]]
    for name, ring in (("bowtie", bowtie), ("huge", huge)):
        (areas / f"{name}.geojson").write_text(json.dumps({"type": "Feature", "properties": {},
                                                           "geometry": {"type": "Polygon",
                                                                        "coordinates": ring}}))
    os.mkfifo(areas / "pipe.geojson")
    (boundaries / "garbage.gpkg").write_bytes(b"\x00" * 1000)
    os.mkfifo(boundaries / "pipe.gpkg")
    runs = [
        Case("extract --bogus", ["extract", str(article), "--bogus"], quick=True),
        Case("extract --format xml", ["extract", str(article), "--format", "xml"]),
        Case("map without an article", ["map"], quick=True),
        Case("no arguments", [], shows_help=True),
        Case("batch --workers 0", ["batch", str(jsonl), "--out", out, "--workers", "0"]),
        Case("batch --workers -1", ["batch", str(jsonl), "--out", out, "--workers", "-1"]),
        Case("batch --workers 100000", ["batch", str(jsonl), "--out", out, "--workers",
                                        "100000"], quick=True),
        Case("batch --engine bogus", ["batch", str(jsonl), "--out", out, "--engine", "x"]),
        Case("batch --scheduler without dask", ["batch", str(jsonl), "--out", out,
                                                "--scheduler", "tcp://127.0.0.1:9"]),
        Case("batch unreachable scheduler", ["batch", str(jsonl), "--out", out, "--engine",
                                             "dask", "--scheduler", "tcp://127.0.0.1:9"]),
        Case("map --geocoder without a user agent", ["map", str(article), "--out", out,
                                                     "--geocoder", "nominatim"]),
        Case("map --nominatim-url refusing", ["map", str(article), "--out", out, "--geocoder",
                                              "nominatim", "--user-agent", "sweep/1 (x@y.z)",
                                              "--nominatim-url", "http://127.0.0.1:9"]),
        Case("map --nominatim-url not a URL", ["map", str(article), "--out", out, "--geocoder",
                                               "nominatim", "--user-agent", "sweep/1 (x@y.z)",
                                               "--nominatim-url", "::not a url::"]),
    ]
    for path in [*sorted(areas.iterdir()), areas / "missing.geojson", areas]:
        runs.append(Case(f"map --area-file {path.name}", ["map", str(article), *PUBLISHED,
                                                          "--out", out, "--area-file",
                                                          str(path)]))
    for path in [*sorted(boundaries.iterdir()), boundaries / "missing.gpkg", boundaries]:
        runs.append(Case(f"map --boundaries {path.name}", ["map", str(article), "--out", out,
                                                           "--boundaries", str(path)]))
    return runs


# ----------------------------------------------------------------------------- running


def run(case: Case, timeout: float, cwd: Path) -> Outcome:
    prefix = WITHOUT_ROOT_ACCESS if case.as_user and os.geteuid() == 0 else []
    began = time.perf_counter()
    try:
        done = subprocess.run([*prefix, str(GEO), *case.args], capture_output=True,
                              env=os.environ | case.env, timeout=timeout, cwd=cwd,
                              stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        return Outcome(case, None, "", time.perf_counter() - began)
    return Outcome(case, done.returncode, done.stderr.decode(errors="replace"),
                   time.perf_counter() - began)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the fast subset (the tests')")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    parser.add_argument("--show-all", action="store_true", help="print every run")
    args = parser.parse_args()
    from geo import settings

    real_home = settings.HOME
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        try:
            selected = [c for c in cases(tmp, real_home) if c.quick or not args.quick]
            outcomes = []
            for case in selected:
                outcomes.append(run(case, args.timeout, tmp))
                if not args.json and (args.show_all or outcomes[-1].problems):
                    _print(outcomes[-1])
        finally:
            for path in tmp.rglob("*"):  # read-only folders made above, so they can go
                if path.is_dir() and not path.is_symlink():
                    path.chmod(0o755)
    totals = {
        "runs": len(outcomes),
        "tracebacks": sum("traceback" in o.problems for o in outcomes),
        "undocumented exit codes": sum(any(p.startswith("exit") for p in o.problems)
                                       for o in outcomes),
        "hangs": sum("hang" in o.problems for o in outcomes),
        "no one-line error": sum("no one-line error" in o.problems for o in outcomes),
        "seconds": round(sum(o.seconds for o in outcomes)),
        "exit codes": dict(sorted(Counter("timeout" if o.code is None else str(o.code)
                                          for o in outcomes).items())),
    }
    bad = [o for o in outcomes if o.problems]
    if args.json:
        print(json.dumps(totals | {"bad": [{"case": o.case.label, "problems": o.problems,
                                            "stderr": o.stderr[-2000:]} for o in bad]}))
    else:
        print(", ".join(f"{k}: {v}" for k, v in totals.items()))
    return 1 if bad else 0


def _print(outcome: Outcome) -> None:
    code = "timeout" if outcome.code is None else outcome.code
    problems = ", ".join(outcome.problems) or "ok"
    last = outcome.stderr.strip().splitlines()[-1:] or [""]
    print(f"{outcome.case.label[:60]:<60} {code!s:>7} {outcome.seconds:5.1f}s  {problems}  "
          f"{last[0][:160]}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
