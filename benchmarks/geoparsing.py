"""Run our place-name reader over a geoparsing corpus and write predictions for scoring.

    python benchmarks/geoparsing.py CORPUS.jsonl --out PRED.jsonl [--score]

CORPUS.jsonl is in the format of ../shared/geoparsing/README.md (one article per line,
``{"id", "text", ...}``); PRED.jsonl gets ``{"id", "toponyms": [{start, end, name, lat,
lon}]}`` per article, which ``score_toponyms.py`` reads. Runs in-process; prints articles
per second, and with ``--score`` the scorer's figures.

Corpora differ on what counts as a toponym. Our reader keeps places apart from
countries and capitals standing for a state ("Israel said", "Beijing reported") and from
demonyms ("Russian"); LGL and TR-News annotate both, GeoVirus and WikToR neither.
``--with actors`` and ``--with demonyms`` add them to the predictions (a country's or the
capital's point) to score by a corpus' own convention.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from geo.pipeline import find_places
from geo.places.ranker import Weights, load_weights
from geo.places.recognise import find_demonyms
from geo.sources.gazetteer import Gazetteer

SCORER = Path(__file__).resolve().parents[2] / "shared" / "geoparsing" / "score_toponyms.py"


def predict(text: str, gazetteer: Gazetteer, *, extras: frozenset[str] = frozenset(),
            weights: Weights | None = None) -> list[dict]:
    """Our toponyms for one text, in the scorer's prediction format (``weights``: the
    ranker's, the shipped ones by default)."""
    matches, mentions = find_places(text, gazetteer, weights=weights)
    found = [(m.start, m.end, m.text, m.place) for m in mentions if m.place is not None]
    if "actors" in extras:
        for m in matches:
            # a country standing for its state, or a capital ("Beijing reported"): its point
            state = next((c.place for c in m.candidates if c.place.kind == "country"), None) or (
                next((c.place for c in m.candidates if c.feature == "capital"), None))
            if m.actor and state is not None:
                found.append((m.start, m.end, m.text, state))
    if "demonyms" in extras:
        for start, end, name, code in find_demonyms(text):
            country = gazetteer.country(code)
            if country is not None:
                found.append((start, end, name, country.place))
    found.sort(key=lambda f: f[0])
    return [{"start": s, "end": e, "name": n, "lat": p.lat, "lon": p.lon}
            for s, e, n, p in found]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--score", action="store_true", help="run score_toponyms.py afterwards")
    ap.add_argument("--weights", help="the ranker's weights (a ranker.json); the shipped ones "
                    "by default")
    ap.add_argument("--with", dest="extras", action="append", default=[],
                    choices=["actors", "demonyms"],
                    help="also predict countries standing for a state, or demonyms")
    args = ap.parse_args(argv)

    gazetteer = Gazetteer()
    weights = load_weights(args.weights) if args.weights else None
    articles = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    start = time.perf_counter()
    with args.out.open("w", encoding="utf-8") as out:
        for article in articles:
            toponyms = predict(article["text"], gazetteer, extras=frozenset(args.extras),
                               weights=weights)
            record = {"id": article["id"], "toponyms": toponyms}
            out.write(json.dumps(record) + "\n")
    seconds = time.perf_counter() - start
    print(f"{args.corpus.name}: {len(articles)} articles in {seconds:.2f} s "
          f"= {len(articles) / seconds:.0f} articles/s")
    if args.score:
        return subprocess.call([sys.executable, str(SCORER), str(args.corpus), str(args.out)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
