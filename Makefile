# hubdesk developer commands. `make run` starts the application, `make test` runs
# every check and test; both first create .venv and install what is needed.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean-venv

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) (Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/hubdesk $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	HUBDESK_BLOCK_QT=1 $(BIN)/pytest -c tests/qtfree.ini --rootdir=. tests/models tests/services tests/cli
	$(BIN)/pytest tests/views

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_core.py $(ARGS)

clean-venv:
	rm -rf $(VENV)
