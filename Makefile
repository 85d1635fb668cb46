# belegbot: `make run` and `make test` are the two commands of a fresh machine.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint bench clean

install: $(STAMP)

# torch goes in first, pinned to the CPU build: otherwise sentence-transformers pulls a CUDA build of
# several GB. The stamp makes a second `make install` do nothing until pyproject.toml changes.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	@touch $(STAMP)

run: install
	$(BIN)/belegbot run

test: install
	@$(BIN)/python -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; fi; exit $$status

lint: install
	$(BIN)/ruff check bot retrieval prompts tests bench
	$(BIN)/mypy

# `make bench BENCH_ARGS=--quick` for a few minutes; `BENCH_ARGS='--index-dir DIR'` reuses an index.
bench: install
	$(BIN)/belegbot bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .belegbot .pytest_cache .mypy_cache .ruff_cache
