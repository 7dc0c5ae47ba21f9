# ISHC Desk — the commands a fresh machine needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run venv test lint bench demo clean translations screenshots readme-examples

venv: $(STAMP)

# Each step says what it does: the first install takes a while (~20 s on a fast line, about
# 400 MB of Qt, reportlab, openpyxl…) and should not look like a hang.
$(STAMP): requirements.txt requirements-dev.txt constraints.txt
	@echo "== Creating the program's Python environment in $(VENV) ($$($(PYTHON) --version))"
	@$(PYTHON) -m venv $(VENV)
	@echo "== Updating pip"
	@$(PY) -m pip install --quiet --upgrade pip
	@echo "== Installing the pinned dependencies (PySide6, reportlab, openpyxl, peewee…): this takes a minute the first time"
	@$(PY) -m pip install --quiet --progress-bar off -r requirements-dev.txt -c constraints.txt
	@touch $(STAMP)
	@echo "== Done. The command line is ./ishc (try ./ishc --help); make run opens the window."

run: venv
	@echo "== Opening ISHC Desk (the command line: ./ishc --help)"
	$(PY) main.py

# The README's examples, as printed, on a scratch demo database (.ci/readme_examples.py).
readme-examples: venv
	$(PY) .ci/readme_examples.py

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
