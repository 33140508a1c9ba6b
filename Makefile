# dyadwatch: `make run` (install + the main job on the bundled sample), `make test`, `make bench`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_DB ?= briefs/sample.duckdb

.PHONY: run test bench lint install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/dyadwatch --db $(DEMO_DB) ingest sample
	$(BIN)/dyadwatch --db $(DEMO_DB) brief RUS AZE -o briefs/RUS-AZE.html
	$(BIN)/dyadwatch --db $(DEMO_DB) brief RUS AZE -o briefs/RUS-AZE.pdf

test: install
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/run.py

lint: install
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV) briefs build *.egg-info
