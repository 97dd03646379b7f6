# The atlas's tasks. Two set-up commands matter: `make run` and `make test`; both work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test lint format check bench geo data-check clean js-lint js-test

$(VENV)/bin/python:                                   # create the virtual environment once
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python   # runtime packages, reinstalled when pins change
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python   # runtime + test/lint packages
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

run: $(VENV)/.runtime                                 # serve the atlas on http://localhost:8501
	$(PY) -m streamlit run serve.py --server.port 8501

AXE := tests/a11y/node_modules/axe-core/axe.min.js

$(AXE): tests/a11y/package.json tests/a11y/package-lock.json   # axe-core for the accessibility test, as pinned
	cd tests/a11y && npm ci --no-audit --no-fund --loglevel=error
	touch $@

JS := tools/js/node_modules/.installed
JS_BIN := tools/js/node_modules/.bin
JS_FILES := atlas/app/assets tools/js/*.js tests/js
PRETTIER := $(JS_BIN)/prettier --config tools/js/prettier.config.js --log-level warn

$(JS): tools/js/package.json tools/js/package-lock.json   # prettier and eslint for the components' JS, as pinned
	bash scripts/ensure-packages.sh
	cd tools/js && npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: $(VENV)/.dev                                    # every test: unit, node, AppTest, browser, axe, nginx (installs chromium, npm, nginx if missing)
	bash scripts/ensure-packages.sh
	$(MAKE) --no-print-directory $(AXE) js-test
	$(PY) -m pytest

js-test: $(JS)                                        # the components' pure JS (view box, contrast, tooltips) under node
	node --test tests/js/*.test.js

lint: $(VENV)/.dev js-lint                            # style and types
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check . && $(VENV)/bin/mypy

js-lint: $(JS)                                        # the components' JS and CSS: eslint, prettier --check
	$(JS_BIN)/eslint --config tools/js/eslint.config.js $(JS_FILES)
	$(PRETTIER) --check $(JS_FILES)

format: $(VENV)/.dev $(JS)                            # rewrite in place
	$(VENV)/bin/ruff format . && $(VENV)/bin/ruff check --fix .
	$(PRETTIER) --write $(JS_FILES)

check: lint test

data-check: $(VENV)/.runtime                          # validate data/ (or DIR=…) and print every problem
	$(PY) -m atlas check-data $(DIR)

geo: $(VENV)/.dev                                     # rebuild geo/ from Debian's gmt-dcw (apt-get install gmt-dcw)
	$(PY) -m atlas.geo.build

bench: $(VENV)/.dev                                   # every page against its floor (bench/REPORT.md)
	bash scripts/ensure-packages.sh
	$(PY) -m bench.run

clean:                                                # remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
