"""Run every benchmark and print its figures (what `make bench` runs).

Each script runs in its own process, one after another, so they do not share caches or
compete for the two cores. Figures are printed, never asserted.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["bench_startup.py", "bench_throughput.py", "bench_data.py", "bench_html.py", "areas.py",
           "geoparsing_report.py"]


def main() -> int:
    failed = []
    for script in SCRIPTS:
        print(f"== {script}", flush=True)
        if subprocess.run([sys.executable, str(HERE / script)], cwd=HERE).returncode != 0:
            failed.append(script)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
