# The README's commands. `make map` sets everything up and maps the seed article into
# maps/; `make test` sets everything up and runs the test suite (what CI runs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian packages the tests need: chromium for tests/test_browser.py, libjs-leaflet for
# the offline page `geo map` writes by default, python3-qgis (PyQGIS, for the system python3)
# for tests/test_qgis.py. Installed only when missing; sudo unless already root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup leaflet browser qgis map test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[setup,dask,test]'
	touch $(STAMP)

setup: $(STAMP)
	$(BIN)/geo setup

map: setup leaflet
	$(BIN)/geo map seeds/seed.txt --published 2025-05-21 --out maps

leaflet:
	@[ -f /usr/share/javascript/leaflet/leaflet.min.js ] || \
	  ($(SUDO) apt-get update -qq && \
	   $(SUDO) apt-get install -y -qq --no-install-recommends libjs-leaflet)

browser: leaflet
	@command -v chromium >/dev/null || \
	  ($(SUDO) apt-get update -qq && \
	   $(SUDO) apt-get install -y -qq --no-install-recommends chromium)

qgis:
	@/usr/bin/python3 -c 'import qgis.core' 2>/dev/null || \
	  ($(SUDO) apt-get update -qq && \
	   $(SUDO) apt-get install -y -qq --no-install-recommends python3-qgis)

test: setup browser qgis
	$(BIN)/ruff check geo tests benchmarks
	$(BIN)/pytest -q --numprocesses auto --maxprocesses 4 --dist loadfile --no-loadscope-reorder

bench: setup
	$(BIN)/pip install --quiet -e '.[setup,dask,test,bench]'
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info
