# The README's commands. `make map` sets everything up and maps the seed article into
# maps/; `make test` sets everything up and runs the test suite (what CI runs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup map test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)
	$(BIN)/geo setup

map: setup
	$(BIN)/geo map seeds/seed.txt --published 2025-05-21 --out maps

test: setup
	$(BIN)/ruff check geo tests benchmarks
	$(BIN)/pytest -q

bench: setup
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info
