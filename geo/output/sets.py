"""Output sets: the files of one run, switched into the output folder together, one run id.

A run (``geo map``, ``geo batch``) gets a fresh run id and writes its files into a staging
folder inside the output folder, ``OUT/.geo-staging-RUNID/``. Once every file is complete
and on disk, the manifest ``NAME.run.json`` (the run id, and each file's name, size and
SHA-256) is written there too: that is the commit point. The files are then renamed into
``OUT`` one by one, the manifest last. A lock, ``OUT/.geo.lock`` (``fcntl.flock``, held by
the process, so released even by ``kill -9``), keeps a second run out of the folder.

What renames give, and what they cannot: each rename is atomic, so every file in ``OUT``
is whole, the previous run's or the new one's; several files cannot be switched in one
step. A run stopped before its commit point leaves the previous set as it was. A run
stopped during its renames leaves the folder partly switched (the new files carry the new
run id, the manifest still names the old one), with the rest and the new manifest in its
staging folder; the next run into the folder finishes those renames before anything else,
so from then on the files of each name carry one run id. Staging folders of runs stopped
before their commit point, and temporary files of interrupted writes, are removed then.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pyogrio

from geo.errors import OutputError
from geo.output.files import fsync_path, is_temporary

LOCK_NAME = ".geo.lock"
STAGING_PREFIX = ".geo-staging-"
MANIFEST_SUFFIX = ".run.json"
#: What writing a file may raise: the system's errors (no space, no permission) and GDAL's
#: and SQLite's for a GeoPackage.
WRITE_ERRORS = (OSError, sqlite3.Error, pyogrio.errors.DataSourceError,
                pyogrio.errors.DataLayerError)


class OutputSet:
    """A run's staging folder in an output folder, and the renames that publish it.

    Made by ``output_set``, which holds the folder's lock around it.

    Attributes
    ----------
    run_id : str
        A fresh id (32 hex digits), written into every file of the set.
    out_dir : Path
        The output folder.
    staging : Path
        Where the run writes its files before ``commit``.
    """

    def __init__(self, out_dir: Path, run_id: str) -> None:
        self.run_id = run_id
        self.out_dir = out_dir
        self.staging = out_dir / f"{STAGING_PREFIX}{run_id}"
        self.committing = False

    def commit(self, name: str, files: Iterable[Path]) -> dict[str, Path]:
        """Publish staged files under their names in the output folder, the manifest last.

        Parameters
        ----------
        name : str
            The set's name: the manifest is ``NAME.run.json``.
        files : iterable of Path
            Files in ``staging``.

        Returns
        -------
        dict of str to Path
            Each file's name and its path in the output folder, the manifest included.

        Raises
        ------
        OutputError
            When something other than a regular file (a symlink, a folder, a pipe) has the
            name of an output: nothing is replaced then.
        """
        files = list(files)
        for path in files:
            _check_replaceable(self.out_dir / path.name)
        manifest = self.staging / f"{name}{MANIFEST_SUFFIX}"
        _check_replaceable(self.out_dir / manifest.name)
        entries = []
        for path in files:
            fsync_path(path)
            entries.append({"file": path.name, "bytes": path.stat().st_size,
                            "sha256": file_sha256(path)})
        written = datetime.now(UTC).isoformat(timespec="seconds")
        record = {"run_id": self.run_id, "name": name, "written": written, "files": entries}
        partial = self.staging / f".{manifest.name}"
        with partial.open("w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, manifest)  # the commit point: from here the next run rolls forward
        fsync_path(self.staging)
        self.committing = True
        _publish(self.staging, manifest)
        shutil.rmtree(self.staging)
        return {p.name: self.out_dir / p.name for p in [*files, manifest]}


@contextmanager
def output_set(out_dir: Path) -> Iterator[OutputSet]:
    """Lock an output folder, finish or clear what interrupted runs left, and stage a set.

    Parameters
    ----------
    out_dir : Path
        The output folder; created if missing.

    Yields
    ------
    OutputSet
        Write into its ``staging`` folder, then ``commit``. Leaving the block without a
        commit removes the staging folder; an error writing there (``WRITE_ERRORS``)
        becomes an ``OutputError``.

    Raises
    ------
    OutputError
        When the folder cannot be created or written, or another run holds its lock.
    """
    out_dir = Path(out_dir)
    run_id = uuid.uuid4().hex
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        lock = _lock(out_dir, run_id)
    except OSError as e:
        msg = f"cannot write to {out_dir}: {e.strerror}; choose another --out folder"
        raise OutputError(msg) from None
    outputs = OutputSet(out_dir, run_id)
    try:
        recover(out_dir)
        outputs.staging.mkdir()
        yield outputs
    except WRITE_ERRORS as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        msg = (f"cannot write the outputs to {out_dir} ({reason}); free some space or "
               "choose another --out folder")
        raise OutputError(msg) from None
    finally:
        if not outputs.committing:
            shutil.rmtree(outputs.staging, ignore_errors=True)
        _unlock(out_dir, lock)


def recover(out_dir: Path) -> None:
    """Finish the renames of runs stopped after their commit point, and remove staging
    folders of runs stopped before it and temporary files of interrupted writes.

    Call it holding the folder's lock (``output_set`` does).

    Parameters
    ----------
    out_dir : Path
        An output folder.
    """
    staged = sorted(out_dir.glob(f"{STAGING_PREFIX}*"), key=lambda p: p.stat().st_mtime)
    for staging in staged:
        manifests = [p for p in staging.glob(f"*{MANIFEST_SUFFIX}") if not p.name.startswith(".")]
        if manifests and _listed(manifests[0]) is not None:  # past its commit point
            _publish(staging, manifests[0])
        shutil.rmtree(staging, ignore_errors=True)
    for folder in (out_dir, out_dir / "articles"):
        if folder.is_dir():
            for path in folder.iterdir():
                if is_temporary(path.name) and path.is_file():
                    path.unlink(missing_ok=True)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _publish(staging: Path, manifest: Path) -> None:
    """Rename the staged files a manifest lists into the output folder, the manifest last."""
    out_dir = staging.parent
    for name in [*_listed(manifest), manifest.name]:
        if (staging / name).exists():
            os.replace(staging / name, out_dir / name)
    fsync_path(out_dir)


def _listed(manifest: Path) -> list[str] | None:
    """The file names a manifest lists; None for one that is not a manifest of ours."""
    try:
        names = [entry["file"] for entry in json.loads(manifest.read_text("utf-8"))["files"]]
    except (OSError, ValueError, LookupError, TypeError):
        return None
    return [n for n in names if isinstance(n, str) and "/" not in n and not n.startswith(".")]


def _check_replaceable(target: Path) -> None:
    """A target may be missing or a regular file: a rename would replace a symlink itself
    (never write through it) or fail on a folder, so both are refused, as is a pipe."""
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        what = "a symbolic link" if stat.S_ISLNK(mode) else "not a regular file"
        msg = (f"{target} is {what}; geo replaces only files it wrote: move it away or "
               "choose another --out folder")
        raise OutputError(msg)


def _lock(out_dir: Path, run_id: str) -> int:
    """Take the folder's lock (an open file descriptor), or say which run holds it."""
    path = out_dir / LOCK_NAME
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode(errors="replace").strip() or "starting"
            os.close(fd)
            msg = (f"{out_dir} is being written by another geo run ({holder}); wait for it "
                   "to finish or choose another --out folder")
            raise OutputError(msg) from None
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                break  # the file is still the lock: a run ending may have removed it meanwhile
        except FileNotFoundError:
            pass
        os.close(fd)
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}, run {run_id}\n".encode(), 0)
    return fd


def _unlock(out_dir: Path, fd: int) -> None:
    (out_dir / LOCK_NAME).unlink(missing_ok=True)  # still holding it: no one else has it
    os.close(fd)


def run_id_of(path: Path) -> str | None:
    """The run id a file of a set carries, read from the file itself: the ``run_id`` of a
    JSON or GeoJSON file (of a JSON Lines file's first line), the GeoPackage's
    ``geo_run_id`` metadata, the HTML map's ``geo-run-id`` meta tag; None for a file that
    carries none (the CSV: see its manifest).

    Parameters
    ----------
    path : Path
        An output file.

    Returns
    -------
    str or None
    """
    suffix = path.suffix.lower()
    if suffix == ".jsonl":  # its first line: {"batch": {..., "run_id": ...}}
        try:
            with path.open(encoding="utf-8") as f:
                return json.loads(f.readline()).get("batch", {}).get("run_id")
        except (OSError, ValueError, AttributeError):
            return None
    if suffix in (".json", ".geojson"):
        try:
            return json.loads(path.read_text(encoding="utf-8")).get("run_id")
        except (OSError, ValueError, AttributeError):
            return None
    if suffix == ".gpkg":
        try:
            metadata = pyogrio.read_info(path, layer="places").get("dataset_metadata")
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError):
            return None
        return (metadata or {}).get("geo_run_id")
    if suffix == ".html":
        head = path.read_bytes().split(b"</head>", 1)[0]  # the inlined Leaflet comes first
        found = _RUN_META.search(head.decode(errors="replace"))
        return found.group(1) if found else None
    return None


_RUN_META = re.compile(r'<meta\s+name="geo-run-id"\s+content="([0-9a-f]+)"')
