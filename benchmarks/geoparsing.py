"""Run our place-name reader over a geoparsing corpus and write predictions for scoring.

    python benchmarks/geoparsing.py CORPUS.jsonl --out PRED.jsonl [--score]

CORPUS.jsonl is in the format of ../shared/geoparsing/README.md (one article per line,
``{"id", "text", ...}``); PRED.jsonl gets ``{"id", "toponyms": [{start, end, name, lat,
lon}]}`` per article, which ``score_toponyms.py`` reads. Runs in-process; prints articles
per second, and with ``--score`` the scorer's figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from geo.gazetteer import Gazetteer
from geo.resolve import resolve_toponyms
from geo.toponyms import demonym_countries, find_toponyms

SCORER = Path(__file__).resolve().parents[2] / "shared" / "geoparsing" / "score_toponyms.py"


def predict(text: str, gazetteer: Gazetteer) -> list[dict]:
    """Our toponyms for one text, in the scorer's prediction format."""
    matches = find_toponyms(text, gazetteer)
    mentions = resolve_toponyms(text, matches, gazetteer,
                                context_countries=demonym_countries(text))
    return [{"start": m.start, "end": m.end, "name": m.text,
             "lat": m.place.lat, "lon": m.place.lon}
            for m in mentions if m.place is not None]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--score", action="store_true", help="run score_toponyms.py afterwards")
    args = ap.parse_args(argv)

    gazetteer = Gazetteer()
    articles = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    start = time.perf_counter()
    with args.out.open("w", encoding="utf-8") as out:
        for article in articles:
            record = {"id": article["id"], "toponyms": predict(article["text"], gazetteer)}
            out.write(json.dumps(record) + "\n")
    seconds = time.perf_counter() - start
    print(f"{args.corpus.name}: {len(articles)} articles in {seconds:.2f} s "
          f"= {len(articles) / seconds:.0f} articles/s")
    if args.score:
        return subprocess.call([sys.executable, str(SCORER), str(args.corpus), str(args.out)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
