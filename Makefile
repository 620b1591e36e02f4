# SIE HUB+ — developer commands. `make run` starts the demo, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
LANGS := -l mk -l bg -l es

.PHONY: run install setup worker beat test test-fast lint format messages compilemessages check clean

$(BIN)/activate: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(BIN)/activate

install: $(BIN)/activate

setup: install
	mkdir -p var
	$(MANAGE) compilemessages --ignore=.venv -v 0
	$(MANAGE) migrate --noinput -v 0

# The demo on embedded defaults: SQLite under var/, Celery in-process, mail on the console.
run: setup
	DJANGO_DEBUG=true $(MANAGE) seed_demo
	DJANGO_DEBUG=true $(MANAGE) runserver 127.0.0.1:8000

worker: install
	$(BIN)/celery -A siehub worker --loglevel=info

beat: install
	$(BIN)/celery -A siehub beat --loglevel=info

# The whole suite, browser tests included (they need /usr/bin/chromium), on every core:
# pytest-xdist gives each worker its own test database and whole test files.
test: install
	$(MANAGE) compilemessages --ignore=.venv -v 0
	$(BIN)/pytest -n auto --dist loadfile

# Everything but the browser, stopping at the first failure.
test-fast: install
	$(BIN)/pytest -m "not browser" -x -n auto --dist loadfile

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

messages: install
	$(MANAGE) makemessages $(LANGS) --no-location --ignore=.venv --ignore=var

compilemessages: install
	$(MANAGE) compilemessages --ignore=.venv

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf var .pytest_cache .ruff_cache
