# Two commands: `make demo` and `make test`. Both create .venv and install the package.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test bench clean

$(BIN)/activate:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "contrast needs Python >= 3.11, found " + sys.version'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip "setuptools>=77" wheel
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/contrast build reports/soft-power
	$(BIN)/contrast build reports/us-china-tariffs-2018-07

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q -n auto --dist loadfile

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_metrics.py
	$(BIN)/python benchmarks/bench_alignment.py
	$(BIN)/python benchmarks/bench_incremental.py

clean:
	rm -rf $(VENV) reports/*/build build dist *.egg-info
