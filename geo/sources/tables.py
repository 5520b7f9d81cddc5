"""Reading the curated tables in ``geo/data/`` (CSV with a ``source`` column, ``#`` comments)."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from geo import settings
from geo.errors import DataError


class TableError(DataError):
    """A curated table is missing or unreadable: the installation is broken."""


def read_table(name: str, *, data_dir: Path | None = None) -> list[dict[str, str]]:
    """Rows of the curated table ``NAME.csv`` as dicts.

    Parameters
    ----------
    name : str
        The table's name, e.g. ``"facilities"``.
    data_dir : Path, optional
        The folder of tables; ``settings.DATA_DIR`` by default.

    Returns
    -------
    list of dict
        One dict per row, keyed by the header.

    Raises
    ------
    TableError
        When the file is missing, unreadable, not UTF-8 or has no header.
    """
    path = Path(data_dir or settings.DATA_DIR) / f"{name}.csv"
    try:
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(line for line in f if not line.startswith("#"))
            rows = list(reader)
            header = reader.fieldnames
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        msg = f"cannot read the table {path}: {reason}; reinstall geo-conflict-mapper"
        raise TableError(msg) from None
    if not header:
        msg = f"the table {path} has no header row; reinstall geo-conflict-mapper"
        raise TableError(msg)
    return rows


@cache
def cue_words(role: str) -> frozenset[str]:
    """The words of one role in ``geo/data/cue_words.csv`` (e.g. ``region_designator``)."""
    return _cue_words_by_role().get(role, frozenset())


@cache
def event_words(role: str) -> str:
    """The words of one role in ``geo/data/event_words.csv`` (e.g. ``gathering``) as a
    regular expression's alternation, longest first, any space between a phrase's words."""
    words = sorted((r["word"] for r in read_table("event_words") if r["role"] == role),
                   key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def compass_stems() -> str:
    """The compass words of ``cue_words.csv`` as a regular expression's alternation, in lower
    case; a word's longer forms follow from its stem ("north" in "northern", "north-eastern")."""
    return "|".join(sorted({w.lower() for w in cue_words("compass_word")}))


@cache
def _cue_words_by_role() -> dict[str, frozenset[str]]:
    """The cue table, read once per run."""
    roles: dict[str, set[str]] = {}
    for row in read_table("cue_words"):
        roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}


@cache
def holding_forces() -> dict[str, str]:
    """The state whose soldiers a territory's reports name without a state, by alpha-2 code
    (``geo/data/occupying_forces.csv``: "PS": "IL")."""
    return {r["territory"]: r["forces_of"] for r in read_table("occupying_forces")}


@cache
def demonyms() -> dict[str, str]:
    """Adjectives and demonyms -> country ("Bolivian": BO): the adjectives of
    ``states.csv`` (not a country's own name written as one: "New Zealand", "U.S.") and
    the plurals and peoples of regions of ``demonyms.csv`` ("Russians", "Crimean")."""
    out = {r["demonym"]: r["country"] for r in read_table("demonyms")}
    for r in read_table("states"):
        for d in r["demonyms"].split("|"):
            d = d.strip()
            if d and d.lower() != r["name"].lower() and not d.isupper() and "." not in d:
                out.setdefault(d, r["country"])
    return out


@cache
def person_words() -> frozenset[str]:
    """The nouns for people of ``person_nouns.csv``, singular and plural, in lower case
    ("resident", "residents")."""
    return frozenset(w.lower() for r in read_table("person_nouns")
                     for w in (r["singular"], r["plural"]) if w)
