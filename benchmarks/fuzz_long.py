"""A long fuzz run: the property tests of tests/test_fuzz.py with many more examples.

Usage: python benchmarks/fuzz_long.py [EXAMPLES]   (default 5000 per property)

Fresh randomness each run (CI's run is derandomised); prints the example count, the
time taken and pytest's verdict, and exits with pytest's code.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    env = os.environ | {"GEO_FUZZ_EXAMPLES": str(examples), "GEO_FUZZ_RANDOM": "1"}
    began = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--hypothesis-show-statistics", str(ROOT / "tests" / "test_fuzz.py")],
        env=env, cwd=ROOT, capture_output=True, text=True, check=False,
    )
    elapsed = time.monotonic() - began
    tail = [line for line in result.stdout.splitlines() if line.strip()][-1:]
    if result.returncode != 0:
        print(result.stdout[-6000:], result.stderr[-2000:], sep="\n")
    properties = result.stdout.count("Stopped because")
    print(f"fuzz: {examples} examples x {properties} properties "
          f"({examples * properties} readings) in {elapsed:.0f} s: {' '.join(tail)}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
