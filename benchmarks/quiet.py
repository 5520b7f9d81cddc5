"""The quiet set: news that reports no political violence must yield (almost) no events.

GeoVirus (``../shared/geoparsing/corpora/geovirus.jsonl``, 229 articles on disease
outbreaks) is read through ``geo batch`` as a user would, without publication dates;
every event it yields is printed with the sentence it came from. The target is at most
3 events (issue 14): a few of its articles do report protests or clashes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("GEO_GEOPARSING_DIR", "/work/shared/geoparsing")) / "corpora"
TARGET = 3


def main(corpus: Path, workers: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "quiet.jsonl"
        with corpus.open(encoding="utf-8") as f, jsonl.open("w", encoding="utf-8") as out:
            for line in f:
                row = json.loads(line)
                out.write(json.dumps({"id": row["id"], "text": row["text"]}) + "\n")
        subprocess.run([sys.executable, "-m", "geo", "batch", str(jsonl), "--out", tmp,
                        "--workers", str(workers)], cwd=ROOT, check=False,
                       capture_output=True, text=True)
        found = []
        for path in sorted((Path(tmp) / "articles").glob("*.json")):
            view = json.loads(path.read_text(encoding="utf-8"))
            found += [(view["batch"]["id"], e) for e in view["events"]]
    for ident, e in found:
        print(f"{ident}: {e['event_type']} / {e['sub_event_type']} at {e['location']['name']}"
              f" ({e['date'] or 'undated'})")
        for s in e["sources"]:
            print(f"    {s[:200]}")
    print(f"quiet set ({corpus.name}): {len(found)} events (target <= {TARGET})")
    return len(found)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS / "geovirus.jsonl")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    main(args.corpus, args.workers)
