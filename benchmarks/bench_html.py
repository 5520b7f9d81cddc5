"""Size of the seed's HTML map: the default page (offline, Leaflet inlined) and the
``--cdn`` page that loads Leaflet from a CDN.

Figure (4).
"""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from processes import BIN, SEED, SEED_PUBLISHED, run


def main() -> None:
    geo = str(BIN / "geo")
    with tempfile.TemporaryDirectory() as tmp:
        for label, flags in (("offline (default)", []), ("--cdn", ["--cdn"])):
            out = Path(tmp) / label.split()[0]
            run([geo, "map", str(SEED), "--published", SEED_PUBLISHED, "--out", str(out), *flags])
            page = (out / f"{SEED.stem}.html").read_bytes()
            print(f"(4) seed map HTML, {label:<18} {len(page) / 1024:8.1f} KiB "
                  f"({len(gzip.compress(page)) / 1024:.1f} KiB gzipped)")


if __name__ == "__main__":
    main()
