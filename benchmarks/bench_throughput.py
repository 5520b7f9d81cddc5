"""Extraction throughput on one core, ours and a peer's, on the same texts in the same run.

Figures: (2) `geo extract`'s work (recognise, resolve, events, areas: what
`geo.pipeline.read_article` does for the CLI) in articles per second after start-up, over
the dev articles repeated (target >= 300/s); (5) `geotext` (PyPI) on the same texts, and
our speed as a ratio of its. Ours is measured twice: with one gazetteer for the whole run
(as a batch user would, so repeated names hit its look-up cache) and with a fresh
gazetteer per article (every look-up goes to SQLite).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from datetime import date

from processes import dev_articles


def _rate(texts: list, work: Callable[[object], object], seconds: float) -> float:
    """Articles per second of ``work`` cycling over ``texts`` for about ``seconds``."""
    work(texts[0])  # first call pays one-off costs (caches, lazy imports)
    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for t in texts:
            work(t)
        done += len(texts)
    return done / elapsed


def main(seconds: float = 5.0) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from geotext import GeoText

    from geo import settings
    from geo.pipeline import read_article
    from geo.sources.gazetteer import Gazetteer
    from geo.sources.outlines import Outlines

    articles = [(text, date.fromisoformat(pub)) for _, text, pub in dev_articles()]
    shapes = Outlines.load()
    shared = Gazetteer(settings.GAZETTEER_INDEX)

    def ours(article):
        text, published = article
        return read_article(text, published=published, gazetteer=shared, shapes=shapes)

    def ours_fresh(article):
        text, published = article
        return read_article(text, published=published, shapes=shapes,
                            gazetteer=Gazetteer(settings.GAZETTEER_INDEX))

    def peer(article):
        found = GeoText(article[0])
        return found.cities, found.countries

    n = len(articles)
    print(f"    texts: {', '.join(name for name, _, _ in dev_articles())}")
    rate = _rate(articles, ours, seconds)
    fresh = _rate(articles, ours_fresh, seconds)
    theirs = _rate(articles, peer, seconds)
    print(f"(2) geo extract, one core      {rate:8.1f} articles/s   (target >= 300; "
          f"{n} articles repeated)")
    print(f"(2) ... fresh gazetteer each   {fresh:8.1f} articles/s")
    print(f"(5) geotext, same texts        {theirs:8.1f} articles/s")
    print(f"(5) ratio geo / geotext        {rate / theirs:8.3f}   (fresh gazetteer: "
          f"{fresh / theirs:.3f})")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="time per measurement")
    main(parser.parse_args().seconds)
