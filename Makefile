# CoopDesk: `make run` opens the GUI on demo data, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.coopdb
TS := $(wildcard translations/coopdesk_*.ts)
# The PDF reports have their own catalogs (more languages than the interface).
REPORT_TS := $(wildcard translations/reports_*.ts)
QM := $(TS:.ts=.qm) $(REPORT_TS:.ts=.qm)
# Debian libraries Qt needs headless (tests) and on a real X11 display (run).
QT_LIBS_HEADLESS := libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
QT_LIBS_X11 := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxkbcommon-x11-0 libx11-xcb1

.PHONY: run test lint bench ts qm sysdeps sysdeps-x11 pgdeps pg install clean

run: install qm sysdeps-x11
	@test -f $(DEMO_DB) || $(VENV)/bin/coopdesk demo --db $(DEMO_DB)
	$(VENV)/bin/coopdesk --db $(DEMO_DB)

# The storage, service and CLI tests also run against a throwaway PostgreSQL cluster
# (tests/store/pg_throwaway.sh starts it in a temporary folder and removes it afterwards).
test: install qm sysdeps pgdeps
	$(VENV)/bin/ruff check coopdesk tests
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen tests/store/pg_throwaway.sh $(PY) -m pytest

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "CoopDesk needs Python 3.11 or newer"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -q && apt-get install -y -q python3-venv && $(PYTHON) -m venv $(VENV); \
		else echo "Install python3-venv first"; exit 1; fi; }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test,postgres]"
	@touch $(STAMP)

qm: install $(QM)

translations/%.qm: translations/%.ts
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts catalogs from the sources (commit the diff with the code).
ts: install
	find coopdesk -name '*.py' -not -path 'coopdesk/reports/*' | LC_ALL=C sort > build-ts.lst
	for f in $(TS); do $(VENV)/bin/pyside6-lupdate -locations none -no-obsolete @build-ts.lst -ts $$f; done
	find coopdesk/reports -name '*.py' | LC_ALL=C sort > build-ts.lst
	for f in $(REPORT_TS); do $(VENV)/bin/pyside6-lupdate -locations none -no-obsolete @build-ts.lst -ts $$f; done
	rm -f build-ts.lst

# Install missing Debian libraries when we may (root with apt-get); otherwise just check.
define ensure_debs
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian packages:$$missing"; \
			apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
		else echo "Qt may need these Debian packages:$$missing"; fi; \
	fi
endef

sysdeps:
	$(call ensure_debs,$(QT_LIBS_HEADLESS) fonts-dejavu-core)

sysdeps-x11: sysdeps
	$(call ensure_debs,$(QT_LIBS_X11))

# PostgreSQL server programs (initdb, pg_ctl) for the shared-office tests.
pgdeps:
	@ls /usr/lib/postgresql/*/bin/initdb /usr/local/bin/initdb 2>/dev/null | grep -q . || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian package: postgresql"; \
			apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; \
		else echo "Install PostgreSQL (Debian: postgresql) to run the shared-office tests"; fi; }

# Try the shared office mode by hand: a throwaway PostgreSQL with the demo data in database
# "coopdesk"; open it with the printed --db URL from other terminals; Ctrl-C removes it all.
pg: install qm pgdeps
	tests/store/pg_throwaway.sh sh -c '\
		url="$${COOPDESK_TEST_PG_URL%/postgres}/coopdesk"; \
		$(PY) -c "import sqlalchemy as sa, os; e = sa.create_engine(os.environ[\"COOPDESK_TEST_PG_URL\"], isolation_level=\"AUTOCOMMIT\"); e.connect().exec_driver_sql(\"CREATE DATABASE coopdesk\")" && \
		$(VENV)/bin/coopdesk demo --db "$$url" && \
		echo "Shared database ready: $(VENV)/bin/coopdesk --db $$url   (Ctrl-C stops it)" && \
		sleep infinity'

# Speed at scale (issue 9): the demo at --scale 100 (built once, cached in build/bench), each
# figure beside a plain baseline; prints the table, writes build/bench.json. Not part of `test`.
# BENCH_ARGS passes options through, e.g. `make bench BENCH_ARGS="--only lists --repeat 3"`.
bench: install qm sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m coopdesk.bench $(BENCH_ARGS)

# Standalone application (issue 10): `make bundle` builds the one-folder program dist/coopdesk/
# with PyInstaller (resources/packaging/coopdesk.spec); `make bundle-test` runs it in an empty
# environment outside the repository (run by .ci/run). `make install-desktop` adds the menu
# entry, icons and .coopdesk/.coopdb file types for the current user (see README).
.PHONY: bundle bundle-test install-desktop
BUNDLE_STAMP := $(VENV)/.bundle-installed
BUNDLE_EXE := dist/coopdesk/coopdesk
BUNDLE_INPUTS = $(shell find coopdesk resources -type f -not -name '*.pyc' -not -path '*/__pycache__/*')
ICONS_DIR := build/icons
# The menu entry runs the bundle when it is built, else the venv's coopdesk.
DESKTOP_PROGRAM ?= $(CURDIR)/$(if $(wildcard $(BUNDLE_EXE)),$(BUNDLE_EXE),$(VENV)/bin/coopdesk)

bundle: $(BUNDLE_EXE)

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install -q -e ".[test,bundle]"
	@touch $@

$(BUNDLE_EXE): $(BUNDLE_STAMP) $(QM) $(BUNDLE_INPUTS)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller resources/packaging/coopdesk.spec
	@touch $@
	@du -sh dist/coopdesk

bundle-test: $(BUNDLE_EXE) sysdeps
	sh resources/packaging/bundle_test.sh $(BUNDLE_EXE) $(PY)

$(ICONS_DIR)/.rendered: resources/icons/coopdesk.svg resources/desktop/render_icons.py | install
	$(PY) resources/desktop/render_icons.py $(ICONS_DIR)
	@touch $@

install-desktop: $(ICONS_DIR)/.rendered
	sh resources/desktop/install.sh "$(DESKTOP_PROGRAM)" $(ICONS_DIR)

lint: install
	$(VENV)/bin/ruff check coopdesk tests
	$(VENV)/bin/lint-imports

clean:
	rm -rf build .pytest_cache $(QM)
