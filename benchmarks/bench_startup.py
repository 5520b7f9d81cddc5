"""Cold start: `geo map` and `geo extract` as fresh processes, next to the bare import of
the map stack measured in the same run.

Figures: (1) `geo map` on the seed, process start to files written, wall and peak RSS,
and its ratio to `python -c "import geopandas, folium"` (target <= 1.65);
(6) `geo extract` start-up (a one-sentence article, so nearly all of it is start-up;
target < 0.5 s) and peak RSS (target < 400 MB), and the same on the seed.
Runs are interleaved and the median of each is printed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from processes import BIN, SEED, SEED_PUBLISHED, max_peak, median_wall, run

TINY = "Shelling hit the city of Kharkiv on Tuesday, officials said.\n"


def main(repeat: int = 5) -> None:
    geo = str(BIN / "geo")
    bare, maps, starts, extracts = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text(TINY, encoding="utf-8")
        for k in range(repeat):
            bare.append(run([sys.executable, "-c", "import geopandas, folium"]))
            out = Path(tmp) / f"map{k}"
            maps.append(run([geo, "map", str(SEED), "--published", SEED_PUBLISHED,
                             "--out", str(out)]))
            starts.append(run([geo, "extract", str(tiny), "--published", SEED_PUBLISHED]))
            extracts.append(run([geo, "extract", str(SEED), "--published", SEED_PUBLISHED,
                                 "--format", "json"]))
    b, m = median_wall(bare), median_wall(maps)
    print(f"(1) import geopandas, folium   {b:6.3f} s   peak {max_peak(bare):6.1f} MB")
    print(f"(1) geo map seed (cold)        {m:6.3f} s   peak {max_peak(maps):6.1f} MB")
    print(f"(1) ratio map / bare import    {m / b:6.2f}     (target <= 1.65)")
    s, e = median_wall(starts), median_wall(extracts)
    print(f"(6) geo extract start-up       {s:6.3f} s   peak {max_peak(starts):6.1f} MB"
          "   (target < 0.5 s, < 400 MB)")
    print(f"(6) geo extract seed (json)    {e:6.3f} s   peak {max_peak(extracts):6.1f} MB")
    print(f"    median of {repeat} interleaved runs each")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    main(parser.parse_args().repeat)
