"""Stated areas of the annotated articles, measured against the constraints they are drawn
under (``geo.areas.stated.draw_stated_area``): inside the region, the stated size, against
the border with the actor's country, compact, near the anchor town.

    python benchmarks/areas.py [FOLDER ...]     # default: ../shared/eval/dev

Prints one row per area: the stated and drawn sizes, the size error, the compactness
(isoperimetric quotient 4πA/P², 1 for a disk), the part outside the region, how far the
shape runs along the border with the actor's country, and its distance from the anchor
town. Figures are printed, never asserted.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from geo import settings
from geo.areas.stated import measure_fit
from geo.pipeline import read_article
from geo.sources.gazetteer import Gazetteer
from geo.sources.outlines import Outlines

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"


def region_shape(area, outlines: Outlines):
    """The outline an area was drawn in: its region's, or its country's when it has none."""
    if area.method.startswith("no outline"):
        return outlines.country(area.region.country)
    if area.region.admin1_iso:
        return outlines.region(area.region.admin1_iso)
    return outlines.region_named(area.region.name, area.region.country)


def actor_country(area, gazetteer: Gazetteer, outlines: Outlines):
    if not area.actor:
        return None
    found = [c.place.country for c in gazetteer.lookup([area.actor]).get(area.actor, [])
             if c.place.kind == "country"]
    return outlines.country(found[0]) if found else None


def main(folders: list[Path]) -> None:
    gazetteer, outlines = Gazetteer(settings.GAZETTEER_INDEX), Outlines.load()
    header = (f"{'article':28} {'region':20} {'stated':>8} {'drawn':>8} {'error':>6} "
              f"{'compact':>7} {'outside':>7} {'border':>8} {'anchor':>10}")
    print(header)
    print("-" * len(header))
    worst, least = 0.0, 1.0
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            gold = path.with_name(path.stem + ".gold.json")
            published = None
            if gold.exists():
                published = date.fromisoformat(json.loads(gold.read_text())["published"])
            reading = read_article(path.read_text(encoding="utf-8"), published=published,
                                   name=path.stem, gazetteer=gazetteer, shapes=outlines)
            for area in reading.areas:
                toward = actor_country(area, gazetteer, outlines)
                anchor = (area.anchor.lon, area.anchor.lat) if area.anchor else None
                fit = measure_fit(area.geometry, area.area_km2_stated,
                                  region_shape(area, outlines), toward=toward, anchor=anchor)
                border = "-" if fit.border_km is None else f"{fit.border_km:,.0f} km"
                near = "-" if fit.anchor_km is None else (
                    f"{fit.anchor_km:,.0f} km" + (" (in)" if fit.anchor_km < 0.5 else ""))
                if area.anchor:
                    near = f"{area.anchor.name[:10]} {near}"
                print(f"{path.stem[:28]:28} {area.region.name[:20]:20} "
                      f"{area.area_km2_stated:8,.0f} {fit.drawn_km2:8,.1f} "
                      f"{fit.size_error:6.1%} {fit.compactness:7.2f} "
                      f"{fit.outside_km2:7.2f} {border:>8} {near:>10}")
                if area.method.startswith("whole region"):
                    print(f"{'':28}   whole region: the stated size is more than the "
                          f"boundaries' {fit.drawn_km2:,.0f} km²")
                worst = max(worst, fit.size_error)
                least = min(least, fit.compactness)
    print(f"worst size error {worst:.1%}, least compact {least:.2f}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or [DEV])
