# SIE HUB+ — developer commands. `make run` starts the demo, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
LANGS := -l mk -l bg -l es
# The demo's address: `make run PORT=8001` serves there, and the links in its mail, feeds
# and certificates point there too.
PORT ?= 8000
SITE_URL ?= http://127.0.0.1:$(PORT)
IGNORE := --ignore=.venv --ignore=var --ignore=node_modules

.PHONY: run install setup worker beat test test-fast lint format messages compilemessages check clean

$(BIN)/activate: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(BIN)/activate

install: $(BIN)/activate

# compilemessages needs no GNU gettext (siehub's command falls back to polib).
setup: install
	$(MANAGE) compilemessages $(IGNORE) -v 0
	$(MANAGE) migrate --noinput -v 0

# The demo on embedded defaults: SQLite under var/, Celery in-process, mail on the console.
run: setup
	DJANGO_DEBUG=true SITE_URL=$(SITE_URL) $(MANAGE) seed_demo
	DJANGO_DEBUG=true SITE_URL=$(SITE_URL) $(MANAGE) runserver 127.0.0.1:$(PORT)

worker: install
	$(BIN)/celery -A siehub worker --loglevel=info

beat: install
	$(BIN)/celery -A siehub beat --loglevel=info

# The whole suite, browser tests included (they need /usr/bin/chromium), on every core:
# pytest-xdist gives each worker its own test database and whole test files.
# The HTML check needs Java and the Nu Html Checker (npm's vnu-jar), installed here when
# npm is there; without them, like without Chromium, those tests skip with a reason.
test: install node_modules/vnu-jar
	$(MANAGE) compilemessages $(IGNORE) -v 0
	$(BIN)/pytest -n auto --dist loadfile

node_modules/vnu-jar: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --ignore-scripts --silent; \
	else echo "npm not found: the HTML validity check will be skipped"; fi

# Everything but the browser, stopping at the first failure.
test-fast: install
	$(BIN)/pytest -m "not browser" -x -n auto --dist loadfile

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/mypy

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

messages: install
	$(MANAGE) makemessages $(LANGS) --no-location $(IGNORE)

compilemessages: install
	$(MANAGE) compilemessages $(IGNORE)

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf var .pytest_cache .ruff_cache
