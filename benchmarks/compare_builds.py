"""Two builds of `geo` side by side in one run: reading throughput on the same texts.

    python benchmarks/compare_builds.py --old SRC:HOME --new SRC:HOME [--seconds 5] [--rounds 3]

Each build is a source tree (``SRC``, holding the ``geo`` package) and its data home
(``HOME``, as ``GEO_HOME``, with the gazetteer that build compiled). For each round, each
build runs in its own process, pinned to one core, and reads the dev articles and the
TR-News articles over and over (``geo.pipeline.read_article``: recognition, resolution,
events and areas, what ``geo extract`` does after start-up) for ``--seconds``, once with
one gazetteer for the run and once with a fresh gazetteer per article. The builds
alternate, so a busy machine slows both alike; the median over rounds is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"

_CHILD = r"""
import json, os, sys, time
from datetime import date
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from geo.pipeline import read_article
from geo.sources.gazetteer import Gazetteer
from geo.sources.outlines import Outlines
texts = json.load(open(sys.argv[1], encoding="utf-8"))
seconds = float(sys.argv[2])
shapes = Outlines.load()
shared = Gazetteer()
def rate(fresh):
    work = lambda t: read_article(t[0], published=date.fromisoformat(t[1]), shapes=shapes,
                                  gazetteer=Gazetteer() if fresh else shared)
    work(texts[0])
    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for t in texts:
            work(t)
        done += len(texts)
    return done / elapsed
print(json.dumps({"shared": rate(False), "fresh": rate(True)}))
"""


def texts() -> list[tuple[str, str]]:
    """The dev articles and the TR-News articles, with a publication date."""
    found = []
    for gold in sorted((SHARED / "eval" / "dev").glob("*.gold.json")):
        published = json.loads(gold.read_text(encoding="utf-8")).get("published") or "2025-05-21"
        found.append((gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text(
            encoding="utf-8"), published))
    corpus = SHARED / "geoparsing" / "corpora" / "trnews.jsonl"
    for line in corpus.open(encoding="utf-8"):
        found.append((json.loads(line)["text"], "2018-01-01"))
    return found


def run(build: str, path: Path, seconds: float) -> dict:
    src, home = build.split(":")
    env = dict(os.environ, PYTHONPATH=src, GEO_HOME=home)
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(seconds)], cwd=src,
                         env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", required=True, help="SRC:HOME of the old build")
    ap.add_argument("--new", required=True, help="SRC:HOME of the new build")
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(texts(), f)
    results: dict[str, list[dict]] = {"old": [], "new": []}
    for _ in range(args.rounds):
        for name in ("old", "new"):
            results[name].append(run(getattr(args, name), Path(f.name), args.seconds))
    os.unlink(f.name)
    n = len(texts())
    print(f"texts: {n} (the dev articles and TR-News), {args.rounds} rounds of "
          f"{args.seconds:g} s per build and mode, one core each")
    for mode in ("shared", "fresh"):
        old = statistics.median(r[mode] for r in results["old"])
        new = statistics.median(r[mode] for r in results["new"])
        label = "one gazetteer" if mode == "shared" else "fresh gazetteer each"
        print(f"{label:22} old {old:7.1f} articles/s   new {new:7.1f} articles/s   "
              f"new/old {new / old:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
