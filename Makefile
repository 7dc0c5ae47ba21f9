# ISHC Desk — the commands a fresh machine needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run venv test lint bench demo clean translations screenshots

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $(STAMP)

run: venv
	$(PY) main.py

test: venv
	$(VENV)/bin/ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/perf -q -s

screenshots: venv
	ISHC_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/ui -q

demo: venv
	$(PY) main.py demo --clubs 12 --seed 1

translations: venv
	$(PY) -m ui.i18n_build

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
