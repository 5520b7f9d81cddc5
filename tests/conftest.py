"""Shared, expensive fixtures: the real gazetteer index and boundaries, built by `geo setup`."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo import settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "seed.txt"
SEED_PUBLISHED = "2025-05-21"
DEV = ROOT.parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="session")
def gazetteer():
    from geo.gazetteer import Gazetteer

    if not settings.GAZETTEER_INDEX.exists():
        pytest.fail("no gazetteer index: run `make test` (it runs `geo setup` first)")
    return Gazetteer(settings.GAZETTEER_INDEX)


@pytest.fixture(scope="session")
def outlines():
    from geo.outlines import Outlines

    return Outlines.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
