"""The errors a user can cause, as one hierarchy: each kind carries its exit code.

``geo.cli`` turns any of them into one line on stderr and that code (README, "Exit
codes"); the modules that find the problem raise the specific class.
"""

from __future__ import annotations


class GeoError(Exception):
    """A problem the user can fix; the message says what to do."""

    exit_code = 1


class UsageError(GeoError):
    """A bad option or value on the command line."""

    exit_code = 2


class ArticleError(GeoError):
    """The input is not a readable article."""

    exit_code = 3


class DataError(GeoError):
    """The offline data is missing or broken: ``geo setup`` builds it."""

    exit_code = 4


class GazetteerError(DataError):
    """The gazetteer index is missing, stale or unreadable."""


class BoundariesError(DataError):
    """The boundaries file is missing, unreadable or not admin-1 boundaries."""


class OutputError(GeoError):
    """An output cannot be written: the folder is not writable, full, locked by another
    run, or holds something other than a file where an output goes."""

    exit_code = 5
