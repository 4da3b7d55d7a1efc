# Everything a newcomer needs: `make run` (site with demo content) and `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Stamps of the locked groups (requirements/*.txt, see scripts/lock.sh) installed into $(VENV): the
# site with the demo content (run, demo), and dev.txt, which holds every group (test, lint). Each is
# re-installed when its files change, and `make test` after `make run` adds what run lacks.
DEMO := $(VENV)/.installed-demo
DEV := $(VENV)/.installed-dev
# install-production: the engine client to add to the runtime (opensearch, elasticsearch, or none).
ENGINE ?=
export VENV

.DEFAULT_GOAL := help
.PHONY: help install install-production messages demo run test lint format lock opensearch benchmark

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-18s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(DEMO): requirements/base.txt requirements/demo.txt | $(PY)
	$(PY) -m pip install -q -r requirements/base.txt -r requirements/demo.txt
	@touch $@

$(DEV): requirements/dev.txt | $(PY)
	$(PY) -m pip install -q -r requirements/dev.txt
	@touch $@

install: $(DEV) ## Create .venv with everything for development: the site, both engine clients, demo, tests and linters

install-production: | $(PY) ## The site and one engine client, no dev tools: make install-production ENGINE=opensearch|elasticsearch
	@case "$(ENGINE)" in ""|opensearch|elasticsearch) ;; *) echo "ENGINE must be opensearch, elasticsearch or empty, not '$(ENGINE)'" >&2; exit 1;; esac
	$(PY) -m pip install -q -r requirements/base.txt $(if $(ENGINE),-r requirements/$(ENGINE).txt)

messages: $(DEMO) ## Compile the Norwegian interface text (locale/nb)
	@command -v msgfmt >/dev/null || { echo "Installing gettext (msgfmt)..."; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; }; }
	$(PY) manage.py compilemessages --ignore="$(VENV)/*" -v0

demo: messages ## Set up the database and load the demo content, without serving
	$(PY) manage.py migrate --no-input -v0
	$(PY) manage.py createcachetable
	$(PY) manage.py load_demo_content
	$(PY) manage.py update_index -v0

run: demo ## Serve the site with demo content on http://127.0.0.1:8000 (admin: admin / admin)
	$(PY) manage.py runserver 127.0.0.1:8000

.PHONY: scale-check load
scale-check: $(DEV) messages ## nginx, two app servers, PostgreSQL, Redis and a two-node OpenSearch: publish, fail over, print results
	scripts/scale-check.sh

load: $(DEV) messages ## wrk at article, listing and search pages for 60 s with the engine up, frozen and stopped (DURATION=…)
	scripts/load.sh

.PHONY: serve
serve: messages ## Production settings under gunicorn with the task worker (without SECRET_KEY: a trial on SQLite with the demo)
	scripts/serve.sh

test: $(DEV) messages ## Lint, check, and run the whole test suite on SQLite, PostgreSQL, OpenSearch and Elasticsearch
	scripts/test.sh

lint: $(DEV) ## ruff, djhtml and import-linter, without changing files
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(VENV)/bin/lint-imports

format: $(DEV) ## Let ruff and djhtml fix what they can
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

opensearch: ## Run a development OpenSearch node in the foreground (then SEARCH_URL=opensearch://127.0.0.1:9201 make run)
	scripts/search-node.sh opensearch run

.PHONY: elasticsearch
elasticsearch: ## Run a development Elasticsearch node in the foreground (then SEARCH_URL=elasticsearch://127.0.0.1:9202 make run)
	scripts/search-node.sh elasticsearch run

benchmark: $(DEV) ## Time indexing and queries on a generated 10,000-page corpus (set SEARCH_URL for the engine)
	$(PY) scripts/benchmark_search.py

.PHONY: benchmark-pages
benchmark-pages: $(DEV) messages ## Queries, CPU time and wrk req/s of each page type, uncached and cached, beside a hello-world ceiling (CORPUS=10000)
	$(PY) scripts/benchmark_pages.py --corpus $(or $(CORPUS),demo)

.PHONY: evaluate-search
evaluate-search: $(DEV) ## Share of the fixed query set (tests/search/data) finding its page in the top 3, on DATABASE_URL / SEARCH_URL
	$(PY) scripts/evaluate_search.py

lock: $(DEV) ## Re-resolve requirements/*.txt from pyproject.toml, keeping pinned versions the ranges allow (UPGRADE=1: newest)
	UV=$(VENV)/bin/uv PYTHON=$(PY) scripts/lock.sh
