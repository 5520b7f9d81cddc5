"""Output: the files and the map made from a reading: GeoPackage with QGIS styles, GeoJSON,
JSON, ACLED CSV and the Leaflet page."""
