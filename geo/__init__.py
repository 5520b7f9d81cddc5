"""Geospatial conflict mapper: read a news article, map its places, regions, events and areas."""

__version__ = "0.1.0"
