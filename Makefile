# `make run` and `make test` set everything up themselves in .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsreader $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check reader tests bench
	$(BIN)/python bench/run.py --quick
	$(BIN)/python bench/feeds.py --quick
	$(BIN)/python bench/stories.py
	$(BIN)/python bench/web.py
	$(BIN)/python -m pytest -n 2

bench: $(STAMP)
	$(BIN)/python bench/run.py $(ARGS)
	$(BIN)/python bench/feeds.py $(ARGS)
	$(BIN)/python bench/stories.py
	$(BIN)/python bench/web.py

clean:
	rm -rf $(VENV) build dist *.egg-info
