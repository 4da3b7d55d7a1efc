# Everything a newcomer needs: `make run` (site with demo content) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install messages demo run test lint format lock opensearch benchmark

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-11s %s\n", $$1, $$2}'

$(INSTALLED): requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.lock
	@touch $@

install: $(INSTALLED) ## Create .venv and install the locked dependencies

messages: $(INSTALLED) ## Compile the Norwegian interface text (locale/nb)
	@command -v msgfmt >/dev/null || { echo "Installing gettext (msgfmt)..."; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; }; }
	$(PY) manage.py compilemessages --ignore="$(VENV)/*" -v0

demo: messages ## Set up the database and load the demo content, without serving
	$(PY) manage.py migrate --no-input -v0
	$(PY) manage.py load_demo_content
	$(PY) manage.py update_index -v0

run: demo ## Serve the site with demo content on http://127.0.0.1:8000 (admin: admin / admin)
	$(PY) manage.py runserver 127.0.0.1:8000

test: messages ## Lint, check, and run the whole test suite on SQLite, PostgreSQL and OpenSearch
	scripts/test.sh

lint: $(INSTALLED) ## ruff and djhtml, without changing files
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates

format: $(INSTALLED) ## Let ruff and djhtml fix what they can
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

opensearch: ## Run a development OpenSearch node in the foreground (then SEARCH_URL=opensearch://127.0.0.1:9201 make run)
	scripts/opensearch-node.sh run

benchmark: $(INSTALLED) ## Time indexing and queries on a generated 10,000-page corpus (set SEARCH_URL for the engine)
	$(PY) scripts/benchmark_search.py

lock: ## Re-resolve requirements.lock from the ranges in pyproject.toml
	rm -rf /tmp/newsroom-lock && $(PYTHON) -m venv /tmp/newsroom-lock
	/tmp/newsroom-lock/bin/pip install -q $$($(PYTHON) -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; print(' '.join(repr(d) for d in p['dependencies'] + p['optional-dependencies']['dev']))")
	/tmp/newsroom-lock/bin/pip freeze > requirements.lock
