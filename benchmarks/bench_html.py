"""Size of the seed's HTML map: the default page and, when `geo map` offers
``--self-contained``, the page with its scripts and styles inlined.

Figure (4).
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from processes import BIN, ROOT, SEED, SEED_PUBLISHED, run


def main() -> None:
    geo = str(BIN / "geo")
    usage = subprocess.run([geo, "map", "--help"], capture_output=True, text=True, cwd=ROOT)
    variants = [("default", [])]
    if "--self-contained" in usage.stdout:
        variants.append(("self-contained", ["--self-contained"]))
    with tempfile.TemporaryDirectory() as tmp:
        for label, flags in variants:
            out = Path(tmp) / label
            run([geo, "map", str(SEED), "--published", SEED_PUBLISHED, "--out", str(out), *flags])
            html = out / f"{SEED.stem}.html"
            size = html.stat().st_size
            print(f"(4) seed map HTML, {label:<15} {size / 1024:8.1f} KiB  ({size:,} bytes)")
    if len(variants) == 1:
        print("(4) seed map HTML, self-contained: `geo map` has no --self-contained flag yet")


if __name__ == "__main__":
    main()
