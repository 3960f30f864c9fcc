# Two commands do all the set-up on a fresh machine with Python 3.11 and make:
#   make site   - create .venv, install, generate docs_src/ from seeds/, build site/
#   make test   - the same set-up, then every test
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
SEEDS  ?= seeds
# ENGINE=zensical builds the same mkdocs.yml and docs_src/ with Zensical instead of MkDocs.
ENGINE ?= mkdocs
DOCS   ?= docs_src

.PHONY: site generate test lint serve bench train golden clean lock add check fetch

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

# Re-resolve the exact versions after changing pyproject.toml (in a throw-away environment).
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -e '.[dev]'
	{ sed -n '1,3p' requirements.lock; .lock-venv/bin/pip freeze --exclude-editable | grep -v '^briefing'; } > requirements.lock.new
	mv requirements.lock.new requirements.lock && rm -rf .lock-venv

generate: $(STAMP)
	$(PY) -m generator build --seeds $(SEEDS) --docs $(DOCS)

site: generate
ifeq ($(ENGINE),zensical)
	$(VENV)/bin/zensical build --clean -f mkdocs.yml
else
	$(PY) -m mkdocs build --strict
endif

test: lint
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check generator tests benchmarks
	$(PY) -m mypy generator
	$(PY) -m pytest -q -p no:cacheprovider tests/test_imports.py

# Store articles in seeds/ and show what a build extracts from each:
#   make add FILE=article.txt        make add FILE="one.html two.md"
add: $(STAMP)
	@test -n "$(FILE)" || { echo 'usage: make add FILE="article.txt [more.html ...]"' >&2; exit 2; }
	$(PY) -m generator add $(FILE) --seeds $(SEEDS)

# Print the build report (what was removed, guessed, skipped or found twice); writes nothing.
check: $(STAMP)
	$(PY) -m generator check --seeds $(SEEDS)

# Read the feeds in feeds.yml (data folder: extra.briefing.data in mkdocs.yml, else briefing/) and
# add their new articles to seeds/. The scheduled workflow .github/workflows/fetch.yml runs this.
fetch: $(STAMP)
	$(PY) -m generator fetch --seeds $(SEEDS)

serve: $(STAMP)
	$(PY) -m generator serve --seeds $(SEEDS) --docs $(DOCS)

bench: $(STAMP)
	$(PY) benchmarks/textbench.py
	$(PY) benchmarks/fit_cleaner.py
	$(PY) benchmarks/textbench_html.py
	$(PY) benchmarks/meta_bench.py --trafilatura

# Refit the publication-date model (generator/knowledge/data/metadata_model.yml) and the text cleaner's
# line model (generator/knowledge/data/cleaner_model.json) on ../shared/textbench/train.
train: $(STAMP)
	$(PY) benchmarks/fit_meta.py --write
	$(PY) benchmarks/fit_cleaner.py --write

golden: $(STAMP)
	$(PY) -m pytest tests/test_golden.py --update-golden

clean:
	rm -rf site .cache
