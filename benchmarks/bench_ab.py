"""Two builds side by side: ``geo extract``'s work in articles per second, each build in its
own process, alternating, on the same texts in one run.

    python benchmarks/bench_ab.py OLD_TREE NEW_TREE [--rounds 3] [--seconds 5]
        [--old-home DIR] [--new-home DIR] [--new-texts]

Each tree is put first on ``PYTHONPATH`` of a fresh interpreter that times
``geo.pipeline.read_article`` over the dev articles (``benchmarks/processes.dev_articles``)
for about ``--seconds`` of CPU time (the machine may be shared), after one warm-up pass;
rounds alternate between the trees. Prints each round and the median ratio NEW/OLD.
``--fresh-gazetteer`` opens a new gazetteer per article (every look-up goes to SQLite), as
``bench_throughput.py``'s second figure does. ``--new-texts`` empties, between passes, the
reader's bounded caches of at most ``TEXT_CACHE`` entries (an article's, its sentences' or
clauses' texts, and the projections of the areas drawn), so that each pass reads the
articles as text it has not seen: without it, a build whose clauses of the 15 articles
happen to fit such a cache reads them from it on every pass after the first, which no
stream of new articles does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
_MEASURE = r"""
import json, sys, time
sys.path.insert(0, {bench!r})
from datetime import date
from processes import dev_articles
from geo import settings
from geo.pipeline import read_article
from geo.sources.gazetteer import Gazetteer
from geo.sources.outlines import Outlines
articles = [(t, date.fromisoformat(p)) for _, t, p in dev_articles()]
gazetteer, shapes = Gazetteer(settings.GAZETTEER_INDEX), Outlines.load()
fresh, new_texts = {fresh}, {new_texts}
def holds_texts(f):  # a bounded cache of the reader's own (unbounded ones hold tables)
    size = f.cache_parameters()["maxsize"] if hasattr(f, "cache_parameters") else None
    return size is not None and size <= {text_cache} and f.__module__.startswith("geo.")
text_caches = [f for name, module in list(sys.modules.items()) if name.startswith("geo.")
               for f in vars(module).values() if holds_texts(f)]
for t, p in articles:
    read_article(t, published=p, gazetteer=gazetteer, shapes=shapes)
done, start = 0, time.process_time()  # CPU time: a busy machine slows the wall clock
while (elapsed := time.process_time() - start) < {seconds}:
    for cache in text_caches if new_texts else ():
        cache.cache_clear()
    for t, p in articles:
        g = Gazetteer(settings.GAZETTEER_INDEX) if fresh else gazetteer
        read_article(t, published=p, gazetteer=g, shapes=shapes)
    done += len(articles)
print(json.dumps(done / elapsed))
"""


#: The most entries of a cache of texts (``--new-texts``); caches of words hold more.
TEXT_CACHE = 256


def rate(tree: Path, seconds: float, *, fresh: bool = False, home: Path | None = None,
         new_texts: bool = False) -> float:
    """Articles per second of ``tree``'s pipeline, measured in a fresh process (with its own
    data home when given: builds of another gazetteer schema)."""
    env = {**os.environ, "PYTHONPATH": str(tree)} | ({"GEO_HOME": str(home)} if home else {})
    code = _MEASURE.format(bench=str(BENCH), seconds=seconds, fresh=fresh, new_texts=new_texts,
                           text_cache=TEXT_CACHE)
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=tree, check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(old: Path, new: Path, rounds: int, seconds: float, *, fresh: bool = False,
         old_home: Path | None = None, new_home: Path | None = None,
         new_texts: bool = False) -> None:
    ratios = []
    for i in range(rounds):
        a, b = (rate(old, seconds, fresh=fresh, home=old_home, new_texts=new_texts),
                rate(new, seconds, fresh=fresh, home=new_home, new_texts=new_texts))
        ratios.append(b / a)
        print(f"round {i + 1}: old {a:7.1f} articles/s   new {b:7.1f} articles/s   "
              f"new/old {b / a:5.3f}")
    print(f"median new/old {statistics.median(ratios):5.3f} over {rounds} rounds")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--fresh-gazetteer", action="store_true")
    parser.add_argument("--new-texts", action="store_true",
                        help="empty the caches of texts between passes")
    parser.add_argument("--old-home", type=Path, help="GEO_HOME of the old tree's built data")
    parser.add_argument("--new-home", type=Path, help="GEO_HOME of the new tree's built data")
    args = parser.parse_args()
    main(args.old.resolve(), args.new.resolve(), args.rounds, args.seconds,
         fresh=args.fresh_gazetteer, old_home=args.old_home, new_home=args.new_home,
         new_texts=args.new_texts)
