"""Stray countries: places and events read in a country the story is not about.

    python benchmarks/stray_countries.py [--dev ../shared/eval/dev] [--acled-details FILE]
        [--limit N] [-v]

Over the annotated dev articles, a predicted place is stray when its country is none of
the countries of the article's gold places and events (a Mali story's "Mali" read as a
village in China). Over ACLED notes, an emitted event is stray when its country differs
from the coded one; the events are read from the ``--details`` file that
``../shared/eval/acled/score_acled.py`` writes (``--limit N``: its first N notes).
Prints counts (and, with ``-v``, the stray dev places); nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from geo.pipeline import read_article
from geo.sources.gazetteer import Gazetteer

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def dev_strays(folder: Path, gazetteer: Gazetteer) -> tuple[list[tuple], list[tuple], int, int]:
    """(stray mentions, stray events, mentions with a place, events) over the dev articles."""
    mentions, events, n_mentions, n_events = [], [], 0, 0
    for gold_file in sorted(folder.glob("*.gold.json")):
        name = gold_file.name.removesuffix(".gold.json")
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        countries = {t["country"] for t in gold["toponyms"] if t.get("country")}
        countries |= {e["country"] for e in gold.get("events", []) if e.get("country")}
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        reading = read_article(text, published=published, name=name, gazetteer=gazetteer)
        for m in reading.mentions:
            if m.place is not None:
                n_mentions += 1
                if m.place.country and m.place.country not in countries:
                    mentions.append((name, m.text, m.place.label(), getattr(m, "confidence", 1.0)))
        for e in reading.events:
            n_events += 1
            if e.location.country and e.location.country not in countries:
                events.append((name, e.event_type, e.location.label()))
    return mentions, events, n_mentions, n_events


def acled_strays(details: Path, limit: int | None) -> tuple[int, int, int]:
    """(stray events, emitted events, notes with a stray event) in a score_acled details file."""
    stray = emitted = notes = 0
    with details.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                break
            row = json.loads(line)
            coded = row["gold"]["iso"]
            found = [e for e in row.get("events") or []
                     if (e.get("location") or {}).get("country") not in (None, coded)]
            emitted += len(row.get("events") or [])
            stray += len(found)
            notes += bool(found)
    return stray, emitted, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--acled-details", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    mentions, events, n_mentions, n_events = dev_strays(args.dev, Gazetteer())
    articles = len({m[0] for m in mentions})
    print(f"dev: stray-country places {len(mentions)} of {n_mentions} "
          f"({len(set(m[:2] for m in mentions))} distinct, in {articles} articles); "
          f"stray-country events {len(events)} of {n_events}")
    if args.verbose:
        for m in mentions:
            print(f"   {m[0]}: {m[1]!r} -> {m[2]} (confidence {m[3]:.2f})")
        for e in events:
            print(f"   {e[0]}: event {e[1]} at {e[2]}")
    if args.acled_details:
        stray, emitted, notes = acled_strays(args.acled_details, args.limit)
        print(f"ACLED: stray-country events {stray} of {emitted} emitted ({notes} notes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
