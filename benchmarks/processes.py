"""Run a command in a fresh process and measure it: wall time and peak resident memory.

Peak memory is the child's own ``ru_maxrss`` from ``os.wait4`` (the figure
``resource.getrusage(RUSAGE_CHILDREN)`` reports, but for that one child rather than the
largest child so far).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEV_DIR = Path(os.environ.get("GEO_EVAL_DIR", "/work/shared/eval/dev"))
SEED = ROOT / "seeds" / "seed.txt"
SEED_PUBLISHED = "2025-05-21"


@dataclass(frozen=True)
class Run:
    """One process: seconds from start to exit, and its peak RSS in MB."""

    wall: float
    peak_mb: float


def run(cmd: list[str], *, cwd: Path = ROOT) -> Run:
    """Start ``cmd``, wait for it, and return its wall time and peak RSS."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        msg = f"{' '.join(map(str, cmd))} exited with {proc.returncode}: {proc.stderr.read()!r}"
        raise RuntimeError(msg)
    proc.stderr.close()
    return Run(wall=wall, peak_mb=usage.ru_maxrss / 1024)


def median_wall(runs: list[Run]) -> float:
    return statistics.median(r.wall for r in runs)


def max_peak(runs: list[Run]) -> float:
    return max(r.peak_mb for r in runs)


def dev_articles() -> list[tuple[str, str, str]]:
    """(name, text, published) of each annotated dev article (``GEO_EVAL_DIR``), or of the
    seed alone where the dev set is not there (a fresh clone elsewhere)."""
    import json

    found = []
    for path in sorted(DEV_DIR.glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        found.append((path.stem, path.read_text(encoding="utf-8"), gold["published"]))
    return found or [(SEED.stem, SEED.read_text(encoding="utf-8"), SEED_PUBLISHED)]
