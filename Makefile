# Two commands: `make demo` and `make test`. Both create .venv and install the locked versions.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

# The lock: exact versions with hashes of every package the runtime, the test extra and the
# build backend need, resolved from PyPI by uv for every platform and Python >= 3.11.
# `make lock` refreshes it; commit it with a full `make test` run on it.
LOCK := requirements.lock
LOCK_EXTRAS := test
LOCK_TOOL := uv==0.13.9
LOCK_VENV := .venv-lock

.PHONY: demo test lint bench lock clean

$(BIN)/activate:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "contrast needs Python >= 3.11, found " + sys.version'
	$(PYTHON) -m venv $(VENV)

# pip installs exactly what the lock names, each file checked against its hash, and resolves
# nothing (--no-deps): the lock is already complete, and letting pip resolve again made it look
# past the pins at PyPI's newest release (weasyprint's "fonttools[woff]>=4.59.2" fetched
# fonttools 4.69.1 over the locked 4.68.0, and --require-hashes refused it: CI stop 22). The
# project itself comes last, without dependencies and with the locked setuptools (no build
# isolation); `pip check` then proves every dependency the lock's packages declare is there.
$(VENV)/.installed: $(BIN)/activate $(LOCK) pyproject.toml
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $@

demo: $(VENV)/.installed
	$(BIN)/python -m contrast.system_libraries
	$(BIN)/contrast build reports/soft-power
	$(BIN)/contrast build reports/us-china-tariffs-2018-07

test: $(VENV)/.installed
	VENV=$(VENV) .ci/pytest

# ruff (rules and their reasons in pyproject.toml) and mypy over the package: must stay clean.
lint: $(VENV)/.installed
	$(BIN)/ruff check contrast tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_metrics.py
	$(BIN)/python benchmarks/bench_alignment.py
	$(BIN)/python benchmarks/bench_incremental.py

# Resolves from PyPI (uv's default index; uv does not read pip's configuration), upgrading
# every package to the newest version pyproject.toml allows (LOCK_UPGRADE= keeps current pins).
LOCK_UPGRADE ?= --upgrade
lock:
	test -d $(LOCK_VENV) || $(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet "$(LOCK_TOOL)"
	$(LOCK_VENV)/bin/uv pip compile pyproject.toml $(addprefix --extra ,$(LOCK_EXTRAS)) --group build \
		--universal --python-version 3.11 --generate-hashes $(LOCK_UPGRADE) \
		--custom-compile-command "make lock" --output-file $(LOCK) --quiet

clean:
	rm -rf $(VENV) $(LOCK_VENV) reports/*/build build dist *.egg-info
