# Two commands for people: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Stamps: the app and its runtime dependencies; then the test tools; then the bundler.
INSTALLED := $(VENV)/.installed-app
TEST_TOOLS := $(VENV)/.installed-test
DIST_TOOLS := $(VENV)/.installed-dist

.PHONY: run test lint resources translations screenshots bench dist clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable .
	touch $@

$(TEST_TOOLS): $(INSTALLED)
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $@

$(DIST_TOOLS): $(INSTALLED)
	$(BIN)/python -m pip install --quiet --editable '.[dist]'
	touch $@

run: $(INSTALLED)
	$(BIN)/bedtime-coach $(ARGS)

lint: $(TEST_TOOLS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# Fixed date: the compiled file changes only when an asset does.
resources: $(INSTALLED)
	QT_RCC_SOURCE_DATE_OVERRIDE=1 $(BIN)/pyside6-rcc resources.qrc -o coach/ui/resources_rc.py

# After changing user-visible text: refresh the .ts sources (translate the new entries in
# Qt Linguist or any editor), then write the catalogue the app reads (coach/i18n).
SOURCES = $(shell find coach -name '*.py' ! -name resources_rc.py | sort)
translations: $(INSTALLED)
	$(BIN)/python tools/routine_text.py
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -target-language es $(SOURCES) \
	  -ts translations/bedtime-coach_es.ts
	$(BIN)/python tools/catalogue.py
	$(MAKE) resources

# The README's pictures, drawn offscreen by the app itself.
screenshots: $(INSTALLED)
	$(BIN)/bedtime-coach snapshot /tmp/bedtime-coach-screens --theme light >/dev/null
	$(BIN)/bedtime-coach snapshot /tmp/bedtime-coach-screens/night --theme night >/dev/null
	mkdir -p docs/screenshots
	cp /tmp/bedtime-coach-screens/chooser.png \
	   /tmp/bedtime-coach-screens/evening-calf-left-hold.png \
	   /tmp/bedtime-coach-screens/evening-calf-left-rest.png \
	   /tmp/bedtime-coach-screens/trial-hamstring-right-hold.png \
	   /tmp/bedtime-coach-screens/cramp-relief-towel-stretch-hold.png \
	   /tmp/bedtime-coach-screens/history.png docs/screenshots/
	cp /tmp/bedtime-coach-screens/night/evening-walk.png docs/screenshots/night-walk.png

# Every benchmark, one table (about a quarter of an hour; ARGS=--quick for a minute).
bench: $(INSTALLED)
	$(BIN)/python -m benchmarks $(ARGS)

# The bundle (dist/bedtime-coach/), its tar.xz and the .deb: packaging/build.py.
dist: $(DIST_TOOLS)
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist *.egg-info
