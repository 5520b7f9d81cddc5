"""Time to open the offline data once the code is imported: the gazetteer index and the
admin-1 and country boundaries.

Figure (3). Each is opened ``repeat`` times in this process (the operating system's file
cache is warm after the first) and the median is printed, with the first (coldest) time.
The extract path's outlines (``geo.sources.outlines.RegionOutlines``, a few shapes read on demand)
are timed too.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

SAMPLE_REGIONS = ("RU-KRS", "UA-21", "LB-NA")


def _times(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(first, median) seconds of ``work``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times[0], statistics.median(times)


def main(repeat: int = 5) -> None:
    from geo import settings
    from geo.sources.boundaries import load_admin1, load_countries
    from geo.sources.gazetteer import Gazetteer
    from geo.sources.outlines import Outlines, RegionOutlines

    def gazetteer():
        g = Gazetteer(settings.GAZETTEER_INDEX)
        g.lookup(["Kursk"])

    def extract_outlines():
        shapes = RegionOutlines.open()
        for iso in SAMPLE_REGIONS:
            shapes.region(iso)
        shapes.country("UA")

    rows = [
        ("gazetteer open + one look-up", gazetteer),
        ("admin-1 regions (GeoDataFrame)", load_admin1),
        ("countries (GeoDataFrame)", load_countries),
        ("both, as `geo map` loads them", Outlines.load),
        (f"extract outlines, {len(SAMPLE_REGIONS)} regions + 1 country", extract_outlines),
    ]
    for label, work in rows:
        first, median = _times(work, repeat)
        print(f"(3) {label:<40} {median * 1000:8.1f} ms   (first {first * 1000:.1f} ms)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    main(parser.parse_args().repeat)
