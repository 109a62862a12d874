# hubdesk developer commands. `make run` starts the application, `make test` runs
# every check and test; both first create .venv and install what is needed.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

QM := resources/i18n/hubdesk_nl.qm

.PHONY: run test lint qm i18n bench bench-desk bench-worklist bench-letters bench-sync bench-dashboard clean-venv package

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) (Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compiled translations are build products (not committed).
$(QM): resources/i18n/hubdesk_nl.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent resources/i18n/hubdesk_nl.ts -qm $(QM)

qm: $(QM)

# For developers: collect new interface texts into the .ts file (then translate them).
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete hubdesk/views/*.py -ts resources/i18n/hubdesk_nl.ts -source-language en -target-language nl

run: $(STAMP) $(QM)
	$(BIN)/hubdesk $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint $(QM)
	HUBDESK_BLOCK_QT=1 $(BIN)/pytest -c tests/qtfree.ini --rootdir=. tests/models tests/services tests/cli tests/sync
	$(BIN)/pytest tests/views

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_core.py $(ARGS)

bench-desk: $(STAMP) $(QM)
	$(BIN)/python benchmarks/bench_desk.py $(ARGS)

bench-worklist: $(STAMP)
	$(BIN)/python benchmarks/bench_worklist.py $(ARGS)

bench-letters: $(STAMP)
	$(BIN)/python benchmarks/bench_letters.py $(ARGS)

bench-sync: $(STAMP)
	$(BIN)/python benchmarks/bench_sync.py $(ARGS)

# The dashboard's indicators on a filled database (default /tmp/bcore/hubdesk-1M.sqlite, see the script).
bench-dashboard: $(STAMP)
	$(BIN)/python benchmarks/bench_dashboard.py $(ARGS)

# The installable application in dist/hubdesk/ (PyInstaller), smoke-tested; see packaging/README.md.
package:
	PYTHON=$(PYTHON) packaging/build.sh

clean-venv:
	rm -rf $(VENV)
