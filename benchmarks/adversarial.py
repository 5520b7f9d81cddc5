"""Reading time and peak memory of adversarial texts, by size: growth should be linear.

Usage: python benchmarks/adversarial.py [--kinds dates,places] [--sizes 100,500,1000,2000]
                                        [--no-map] [--timeout 300]

Each kind is a phrase repeated to the size (KB): dates, numbers, place names, stated areas,
counts, clauses and statements packed into one long sentence, the seed article on one line
or one word a line, and so on. Each text runs in a fresh process twice: read in-process
(``geo.pipeline.read_article``, after loading the data: "read s") and through ``geo map``
from start to exit ("map s"); peak is the process's resident memory. A run over
``--timeout`` seconds is stopped and shown as ">N", and so are the larger sizes of its
kind, without running them. The target is 60 s for any text of up
to 2 MB (the limit of one article) on one core. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from processes import BIN, ROOT, SEED, SEED_PUBLISHED

READ = """
import sys, time
from datetime import date
from geo.sources.gazetteer import Gazetteer
from geo.sources.outlines import RegionOutlines
from geo.pipeline import read_article
text = open(sys.argv[1], encoding="utf-8").read()
gazetteer, shapes = Gazetteer(), RegionOutlines.open()
began = time.perf_counter()
read_article(text, published=date.fromisoformat(sys.argv[2]), gazetteer=gazetteer,
             shapes=shapes)
print(time.perf_counter() - began)
"""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
REGIONS = ("Kursk", "Belgorod", "Bryansk", "Kharkiv", "Sumy", "Donetsk", "Luhansk",
           "Zaporizhzhia", "Kherson", "Dnipropetrovsk")


def _towns() -> list[str]:
    """The 2,000 most populous towns of the gazetteer (different names)."""
    from geo import settings

    with sqlite3.connect(f"file:{settings.GAZETTEER_INDEX}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT DISTINCT name FROM place WHERE kind = 'city' AND name NOT "
                          "LIKE '% %' ORDER BY population DESC LIMIT 2000").fetchall()
    return [name for (name,) in rows]


def _kinds() -> dict[str, Callable[[int], str]]:
    """Each kind's n-th phrase; the text is its phrases joined up to the size."""
    seed = SEED.read_text(encoding="utf-8")
    one_line = " ".join(seed.split()) + " "
    words = seed.split()
    towns = _towns()
    return {
        "dates": lambda i: "Kursk was shelled on 5 May 2025, ",
        "distinct dates": lambda i: (f"Kursk was shelled on {i % 28 + 1} {MONTHS[i // 28 % 12]} "
                                     f"{1900 + i // 336 % 125}, "),
        "distinct events": lambda i: (f"Russian forces shelled {towns[i % 50]} on {i % 28 + 1} "
                                      f"{MONTHS[i // 28 % 12]} {1900 + i // 336 % 125}; "),
        "undated reports": lambda i: (f"Russian forces shelled Kursk on {i % 28 + 1} "
                                      f"{MONTHS[i // 28 % 12]} {1900 + i // 336 % 125}. "
                                      "Russian forces shelled Kursk. "),
        "numbers and dates": lambda i: f"{i * 7919 % 100000:,} {i % 28 + 1} May 2025 {i % 97} ",
        "place names": lambda i: towns[i % len(towns)] + " ",
        "stated areas": lambda i: "1,400 square kilometres of Kursk ",
        "distinct areas": lambda i: (f"Ukrainian forces hold {100 + i * 37 % 90000:,} square "
                                     f"kilometres of {REGIONS[i % len(REGIONS)]}; "),
        "counts": lambda i: f"killing {i % 90 + 2} civilians and wounding {i % 7 + 1} soldiers ",
        "clauses": lambda i: "Russian forces shelled Kharkiv after drones struck Sumy, and ",
        "statements": lambda i: "officials said on Tuesday that they ",
        "actors": lambda i: "Russian forces and Ukrainian troops and they ",
        "one line": lambda i: one_line,
        "short lines": lambda i: "Kursk.\n",
        # a first line a dateline's town names could split many ways
        "hyphens": lambda i: "A-",
        "one word a line": lambda i: words[i % len(words)] + "\n",
        "seed repeated": lambda i: seed + "\n",
    }


def adversarial_text(phrase: Callable[[int], str], size: int) -> str:
    """Phrases joined up to ``size`` characters (ASCII: as many bytes)."""
    parts, length, i = [], 0, 0
    while length < size:
        parts.append(phrase(i))
        length += len(parts[-1])
        i += 1
    return "".join(parts)[:size]


def measure(cmd: list[str], timeout: float) -> tuple[float | None, float, str]:
    """Wall seconds (None after ``timeout``), peak resident MB and the last line printed."""
    began = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - began > timeout:
                os.kill(proc.pid, signal.SIGKILL)
                _, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -signal.SIGKILL
                return None, usage.ru_maxrss / 1024, ""
            time.sleep(0.05)
        wall = time.perf_counter() - began
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        lines = out.read().decode(errors="replace").strip().splitlines()
    last = lines[-1] if lines else ""
    if proc.returncode != 0:
        last = f"exit {proc.returncode}: {last}"
    return wall, usage.ru_maxrss / 1024, last


def main() -> int:
    kinds = _kinds()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default=",".join(kinds), help="comma-separated")
    parser.add_argument("--sizes", default="100,500,1000,2000", help="KB, comma-separated")
    parser.add_argument("--no-map", action="store_true", help="only the in-process reading")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):  # one core, for the children too
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    python = str(BIN / "python")
    header = f"{'kind':<18} {'KB':>5} {'read s':>8} {'peak MB':>8}"
    print(header + ("" if args.no_map else f" {'map s':>8} {'peak MB':>8}"))
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kinds.split(","):
            too_slow = [False, False]  # reading, mapping: over the timeout at a smaller size
            for size in map(int, args.sizes.split(",")):
                path = Path(tmp) / f"{kind.replace(' ', '_')}.txt"
                path.write_text(adversarial_text(kinds[kind], size * 1024), encoding="utf-8")
                runs = [[python, "-c", READ, str(path), SEED_PUBLISHED]]
                if not args.no_map:
                    runs.append([str(BIN / "geo"), "map", str(path), "--published",
                                 SEED_PUBLISHED, "--out", str(Path(tmp) / "maps")])
                row, notes = f"{kind:<18} {size:>5}", []
                for k, cmd in enumerate(runs):
                    if too_slow[k]:
                        row += f" {'>' + format(args.timeout, '.0f'):>8} {'-':>8}"
                        continue
                    wall, peak, last = measure(cmd, args.timeout)
                    too_slow[k] = wall is None
                    if last.startswith("exit"):
                        notes.append(last[:100])
                    elif wall is not None and k == 0:
                        wall = float(last)  # the reading alone, as the child timed it
                    shown = f"{wall:.1f}" if wall is not None else f">{args.timeout:.0f}"
                    row += f" {shown:>8} {peak:>8.0f}"
                print(row, *notes, flush=True)
    return 0

if __name__ == "__main__":
    sys.exit(main())
