"""Reading the curated tables in ``data/`` (CSV with a ``source`` column, ``#`` comments)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from geo import settings


def read_table(name: str, *, data_dir: Path | None = None) -> list[dict[str, str]]:
    """Rows of ``data/NAME.csv`` as dicts; an absent table reads as empty."""
    path = (data_dir or settings.DATA_DIR) / f"{name}.csv"
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


@cache
def cue_words(role: str) -> frozenset[str]:
    """The words of one role in ``data/cue_words.csv`` (e.g. ``region_designator``)."""
    return _cue_words_by_role().get(role, frozenset())


@cache
def _cue_words_by_role() -> dict[str, frozenset[str]]:
    """The cue table, read once per run."""
    roles: dict[str, set[str]] = {}
    for row in read_table("cue_words"):
        roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}
