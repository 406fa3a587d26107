# Ajar: `make run` to try it, `make test` to check it. Needs Python 3.13 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
HOST ?= 127.0.0.1
PORT ?= 8000
# Links in emails, calendar events and .ics files point at the server `make run` starts.
SITE_URL ?= http://$(HOST):$(PORT)
DEV_ENV := DEBUG=true SITE_URL=$(SITE_URL)

# Every install comes from uv.lock (exact versions and hashes), into .venv, with this
# machine's Python 3.13: uv never downloads an interpreter of its own.
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
export UV_NO_PROGRESS := 1

.DEFAULT_GOAL := help
.PHONY: help install lock upgrade run admin migrate seed messages translations test lint format bench tone-report clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

# The installer: the uv release pinned in uv.lock, checked against the lock's hashes.
$(UV):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' || \
		{ echo "Ajar needs Python 3.13 (found: $$($(PYTHON) --version 2>&1)). Set PYTHON=/path/to/python3.13."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PYTHON) tools/lockfile.py uv-requirement > $(VENV)/uv-requirement.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps \
		--require-hashes --only-binary :all: -r $(VENV)/uv-requirement.txt
	@# From here on uv installs; pip is not in the lock, so it leaves the venv.
	@$(UV) pip uninstall --quiet --python $(BIN)/python pip

# Exactly what uv.lock says, nothing more: a package installed by hand is removed again.
# When nothing changed this takes a fraction of a second, so every command runs it.
# uv refuses (--locked) when pyproject.toml asks for something the lock does not hold.
install: | $(UV) ## Create .venv and install exactly what uv.lock pins
	@$(UV) sync --locked --quiet || { \
		echo ""; \
		echo "uv.lock is out of date with pyproject.toml, or could not be installed (above)."; \
		echo "Run 'make lock', then commit pyproject.toml and uv.lock together."; \
		exit 1; }

lock: | $(UV) ## Refresh uv.lock from pyproject.toml (keeps versions that still fit)
	$(UV) lock

upgrade: | $(UV) ## Move every package to its newest allowed release, then run the suite
	$(UV) lock --upgrade
	$(MAKE) test
	@echo "All green: commit uv.lock."

migrate: install ## Apply database migrations
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput

seed: migrate ## Load the starter advice content (never overwrites editors' changes)
	$(DEV_ENV) $(BIN)/python manage.py seed_content

# What makemessages leaves out: the environment, generated files, and code that is not Ajar's
# interface (tests and benchmarks mark no strings for members).
MESSAGES_IGNORE := --ignore=.venv --ignore=node_modules --ignore=test-artifacts \
	--ignore=bench --ignore=tests --ignore=staticfiles --ignore=static/vendor

# Only people who change marked strings run this, and it needs GNU gettext (xgettext,
# msgmerge: `apt-get install gettext`). Compiling (below) needs nothing but Python.
# static/js has no gettext calls (its words come from data- attributes in the
# templates), so there is no djangojs domain. docs/i18n.md explains the workflow.
messages: install ## Refresh locale/nl and locale/fr .po files from the marked strings (needs GNU gettext)
	@command -v xgettext >/dev/null && command -v msgmerge >/dev/null || { \
		echo "make messages needs GNU gettext: sudo apt-get install gettext"; exit 1; }
	$(DEV_ENV) $(BIN)/python manage.py makemessages -l nl -l fr --domain django \
		--no-obsolete --add-location=file $(MESSAGES_IGNORE)

translations: install ## Compile the .po files into .mo (pure Python: no gettext needed)
	$(DEV_ENV) $(BIN)/python manage.py compilemessages_py

run: seed translations ## Serve Ajar on http://127.0.0.1:8000 (SQLite, mail printed here; PORT=8101 to move)
	@echo ""
	@echo "  Ajar is starting at http://$(HOST):$(PORT)/"
	@echo "  Sign up there; the confirmation link is printed in this terminal."
	@echo "  For the content admin (/admin/), run 'make admin' in another terminal."
	@echo ""
	$(DEV_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

admin: migrate ## Create a staff account for /admin/
	$(DEV_ENV) $(BIN)/python manage.py createsuperuser

lint: install ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install translations ## Lint, check migrations and run the whole suite (PostgreSQL if DATABASE_URL is set)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@# Migration state does not depend on the database: check it without connecting to one.
	env -u DATABASE_URL $(DEV_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: install ## Benchmarks, not part of `make test` (PostgreSQL on 127.0.0.1, wrk): docs/performance.md
	@command -v wrk >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && apt-get install -y -qq wrk >/dev/null; \
		else echo "bench needs wrk: sudo apt-get install -y wrk"; exit 1; fi; }
	$(BIN)/python -m bench.run_all

tone-report: install ## Precision and recall of the tone check on the en, nl and fr corpora, per topic
	$(BIN)/python -m bench.tone_report $(TONE_ARGS)

clean: ## Remove the virtualenv and collected static files (keeps db.sqlite3)
	rm -rf $(VENV) staticfiles .pytest_cache
