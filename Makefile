# Two commands: `make demo` and `make test`. Both create .venv on first use.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SAMPLES := src/eventwire/data/samples
DB ?= eventwire.db

.PHONY: demo test lint typecheck pytest bench bench-scaling clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.base: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.base

demo: $(VENV)/.base
	$(BIN)/eventwire gazetteer build
	$(BIN)/eventwire run $(SAMPLES) --db $(DB)
	$(BIN)/eventwire events --db $(DB) --format table

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.dev
	$(BIN)/mypy

pytest: $(VENV)/.dev
	$(BIN)/pytest

test: lint typecheck pytest

bench: $(VENV)/.dev
	$(BIN)/python benchmarks/run.py

# 1,000 vs 10,000 documents, 1 vs 2 processes (long: about 0.3 s of CPU per article)
bench-scaling: $(VENV)/.dev
	nice -n 10 $(BIN)/python benchmarks/run.py --scaling 1000,10000

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
