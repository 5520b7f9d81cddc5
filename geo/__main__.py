"""``python -m geo``: the ``geo`` command."""

from geo.cli import main

main()
