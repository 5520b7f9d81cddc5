"""Kill ``geo map`` and ``geo batch`` at random moments while they write, and check what is left.

Usage: python benchmarks/kill_trials.py [--map-trials 20] [--batch-trials 6]
                                        [--dask-trials 2] [--concurrent 10] [--seed 1] [--json]

Each trial starts a run over a complete output set of an earlier run and sends it SIGKILL at
a random moment in its write window (``geo map``: after its staging folder appears, for
as long as writing took on a first run; ``geo batch``, which writes each article's file as
it goes: from a fifth of its run time to its end). Then, right away:

* the set is *single* when every file of NAME carries the manifest's run id (its SHA-256
  is the manifest's, and so is the run id inside it), *pending* when the run was stopped
  during its renames (each file is the old run's or the new one's, and the new manifest
  and the rest wait in the staging folder), else *mixed*;
* leaked processes are those of the run's session still alive 5 s later, leaked
  semaphores the POSIX semaphores (``/dev/shm/sem.*``) that a process of the run's session
  had open when it was killed and that are still there a second later with no live
  process using them (/dev/shm is the machine's: other programs' semaphores come and go).

Then the next run into the folder (``geo map`` of another article) must leave every set
single, with no staging folder or temporary file of the killed run ("stray files"). The
concurrent trials start two ``geo map`` runs into one folder at once: one may be refused
(exit 5, naming the other); every set must be single afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from processes import BIN, SEED, dev_articles

from geo.output.files import is_temporary
from geo.output.sets import LOCK_NAME, MANIFEST_SUFFIX, STAGING_PREFIX, file_sha256, run_id_of

GEO = str(BIN / "geo")
PUBLISHED = ["--published", "2025-05-21"]


def set_state(out: Path, name: str) -> str:
    """'single', 'pending' or 'mixed' (see the module's docstring) for the set NAME."""
    manifest = _manifest(out / f"{name}{MANIFEST_SUFFIX}")
    if manifest is None:
        return "mixed"
    staged = [m for s in out.glob(f"{STAGING_PREFIX}*")
              if (m := _manifest(s / f"{name}{MANIFEST_SUFFIX}")) is not None]
    runs = [manifest, *staged]
    owners = set()
    for entry in manifest["files"]:
        path = out / entry["file"]
        if not path.is_file():
            return "mixed"
        digest = file_sha256(path)
        owner = next((r for r in runs for e in r["files"]
                      if e["file"] == entry["file"] and e["sha256"] == digest), None)
        if owner is None or run_id_of(path) not in (None, owner["run_id"]):
            return "mixed"
        owners.add(owner["run_id"])
    if owners == {manifest["run_id"]}:
        return "single"
    return "pending" if staged else "mixed"


def _manifest(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def stray_files(out: Path) -> list[str]:
    """Staging folders, temporary files and the lock file left in an output folder."""
    found = [p.name for p in out.iterdir()
             if p.name.startswith(STAGING_PREFIX) or is_temporary(p.name) or p.name == LOCK_NAME]
    articles = out / "articles"
    if articles.is_dir():
        found += [f"articles/{p.name}" for p in articles.iterdir() if is_temporary(p.name)]
    return found


def torn_articles(out: Path) -> int:
    """Per-article JSON files of a batch that do not parse or carry no run id."""
    torn = 0
    for path in (out / "articles").glob("*.json"):
        view = _manifest(path)
        torn += view is None or "run_id" not in view
    return torn


def session_processes(session: int) -> list[int]:
    """Live processes of a session (Linux /proc)."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            alive.append(int(stat.parent.name))
    return alive


def semaphores() -> set[str]:
    """POSIX named semaphores (multiprocessing's) on this machine."""
    return {p.name for p in Path("/dev/shm").glob("sem.*")}


def in_use(names: set[str], pids: list[int] | None = None) -> set[str]:
    """Those semaphores that a live process (of ``pids``, or any) has open."""
    used = set()
    maps_files = ([Path(f"/proc/{pid}/maps") for pid in pids] if pids is not None
                  else Path("/proc").glob("[0-9]*/maps"))
    for maps in maps_files:
        try:
            text = maps.read_text()
        except OSError:
            continue
        used |= {name for name in names if name in text}
    return used


def run_geo(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([GEO, *map(str, args)], capture_output=True, text=True,
                          timeout=600, check=False)


def write_window(cmd: list[str], out: Path) -> tuple[float, float]:
    """When a run's staging folder appears and when the run ends, in seconds from start."""
    began = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    staged = None
    while proc.poll() is None:
        if staged is None and any(out.glob(f"{STAGING_PREFIX}*")):
            staged = time.perf_counter() - began
        time.sleep(0.005)
    ended = time.perf_counter() - began
    return (staged if staged is not None else 0.0), ended


def kill_trial(cmd: list[str], at: float, *, staging_in: Path | None = None
               ) -> tuple[bool, int, int]:
    """Run ``cmd`` in its own session, SIGKILL it ``at`` seconds in (after its staging folder
    appears in ``staging_in``, if given); (whether it was still running then, leaked
    processes, leaked semaphores) 5 s later."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    while staging_in is not None and proc.poll() is None and not any(
            staging_in.glob(f"{STAGING_PREFIX}*")):
        time.sleep(0.002)
    killed = True
    ours: set[str] = set()
    try:
        proc.wait(timeout=at)
        killed = False
    except subprocess.TimeoutExpired:
        ours = in_use(semaphores(), session_processes(proc.pid))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 5
    while session_processes(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    leaked = session_processes(proc.pid)
    for pid in leaked:  # the figure is taken: do not let them run on
        os.kill(pid, signal.SIGKILL)
    time.sleep(1)  # for multiprocessing's resource tracker, which unlinks what is left
    left = ours & semaphores()
    return killed, len(leaked), len(left - in_use(left))


def map_trials(tmp: Path, trials: int, rng: random.Random) -> dict:
    article, other = tmp / "seed.txt", tmp / "other.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    other.write_text("Strike on Sumy\n\nRussian drones struck Sumy on Tuesday, killing two "
                     "people, officials said.\n", encoding="utf-8")
    out = tmp / "maps"
    assert run_geo("map", article, *PUBLISHED, "--out", out).returncode == 0
    cmd = [GEO, "map", str(article), *PUBLISHED, "--out", str(out)]
    start, end = write_window(cmd, out)
    figures = {"trials": trials, "finished before the kill": 0, "single": 0, "pending": 0,
               "mixed": 0, "single after next run": 0, "stray files after next run": 0,
               "leaked processes": 0, "leaked semaphores": 0}
    for _ in range(trials):
        killed, processes, sems = kill_trial(cmd, rng.uniform(0, end - start), staging_in=out)
        figures["finished before the kill"] += not killed
        figures[set_state(out, "seed")] += 1
        figures["leaked processes"] += processes
        figures["leaked semaphores"] += sems
        assert run_geo("map", other, *PUBLISHED, "--out", out).returncode == 0
        figures["single after next run"] += (set_state(out, "seed") == "single"
                                             and set_state(out, "other") == "single")
        figures["stray files after next run"] += len(stray_files(out))
    figures["write window s"] = [round(start, 2), round(end, 2)]
    return figures


def batch_trials(tmp: Path, trials: int, rng: random.Random, *, engine: str) -> dict:
    news = tmp / "news"
    news.mkdir(exist_ok=True)
    for name, text, _ in dev_articles():
        (news / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp / f"batch-{engine}"
    cmd = [GEO, "batch", str(news), *PUBLISHED, "--out", str(out), "--workers", "2",
           "--engine", engine]
    assert subprocess.run(cmd, capture_output=True, check=False).returncode in (0, 6)
    other = tmp / "other.txt"
    _, end = write_window(cmd, out)
    figures = {"trials": trials, "finished before the kill": 0, "single": 0, "pending": 0,
               "mixed": 0, "single after next run": 0, "stray files after next run": 0,
               "torn article files": 0, "leaked processes": 0, "leaked semaphores": 0}
    for _ in range(trials):
        killed, processes, sems = kill_trial(cmd, rng.uniform(0.2 * end, end))
        figures["finished before the kill"] += not killed
        figures[set_state(out, "batch")] += 1
        figures["torn article files"] += torn_articles(out)
        figures["leaked processes"] += processes
        figures["leaked semaphores"] += sems
        assert run_geo("map", other, *PUBLISHED, "--out", out).returncode == 0
        figures["single after next run"] += set_state(out, "batch") == "single"
        figures["stray files after next run"] += len(stray_files(out))
    figures["run s"] = round(end, 2)
    return figures


def concurrent_trials(tmp: Path, trials: int) -> dict:
    first, second = tmp / "seed.txt", tmp / "other.txt"
    figures = {"trials": trials, "both wrote": 0, "one refused, naming the other": 0,
               "sets single": 0, "other outcomes": 0}
    for k in range(trials):
        out = tmp / f"together{k}"
        procs = [subprocess.Popen([GEO, "map", str(path), *PUBLISHED, "--out", str(out)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                 for path in (first, second)]
        results = [(p.wait(), p.stderr.read()) for p in procs]
        codes = sorted(code for code, _ in results)
        if codes == [0, 0]:
            figures["both wrote"] += 1
        elif codes == [0, 5] and any("another geo run (pid" in err for _, err in results):
            figures["one refused, naming the other"] += 1
        else:
            figures["other outcomes"] += 1
        written = [path.stem for path, (code, _) in zip((first, second), results, strict=True)
                   if code == 0]
        figures["sets single"] += all(set_state(out, name) == "single" for name in written)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--map-trials", type=int, default=20)
    parser.add_argument("--batch-trials", type=int, default=6)
    parser.add_argument("--dask-trials", type=int, default=2, help="geo batch --engine dask")
    parser.add_argument("--concurrent", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1, help="of the kill moments")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        report = {"geo map": map_trials(tmp, args.map_trials, rng)}
        if args.batch_trials:
            report["geo batch"] = batch_trials(tmp, args.batch_trials, rng, engine="local")
        if args.dask_trials:
            report["geo batch --engine dask"] = batch_trials(tmp, args.dask_trials, rng,
                                                             engine="dask")
        if args.concurrent:
            report["concurrent geo map"] = concurrent_trials(tmp, args.concurrent)
    if args.json:
        print(json.dumps(report))
    else:
        for what, figures in report.items():
            print(f"{what}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
