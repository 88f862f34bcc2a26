#!/bin/sh
# Smoke test of the standalone bundle, as on a town-hall machine without the project's venv.
#
#   resources/packaging/bundle_test.sh dist/coopdesk/coopdesk .venv/bin/python
#
# Every run of the built program gets an empty environment (env -i: PATH=/usr/bin:/bin and a
# fresh HOME, no venv, no PYTHONPATH) and a working folder outside the repository. The second
# argument is only used here, outside the program, to count the pages of the PDF (pypdf).
# Prints one line per check and "N passed, N failed"; exits 1 when a check failed.
set -u

exe=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
check_py=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/coopdesk-bundle-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/home"
cd "$work" || exit 1
year=$(($(date +%Y) - 1))
wrap="" extra_env=""
passed=0
failed=0

# run NAME EXPECTED_STATUS ARGS...: the bundle in a clean environment; output in NAME.log
run() {
	name=$1 expected=$2
	shift 2
	# shellcheck disable=SC2086 # $wrap and $extra_env are word lists on purpose
	$wrap env -i PATH=/usr/bin:/bin HOME="$work/home" $extra_env "$exe" "$@" >"$name.log" 2>&1
	status=$?
	if [ "$status" -eq "$expected" ]; then
		passed=$((passed + 1))
		echo "ok      $name (exit $status)"
		return 0
	fi
	failed=$((failed + 1))
	echo "FAILED  $name: exit $status, expected $expected: coopdesk $*"
	sed 's/^/        /' "$name.log" | tail -20
	return 1
}

# expect NAME CONDITION_DESCRIPTION COMMAND...: a check on what a run left behind
expect() {
	name=$1 what=$2
	shift 2
	if "$@" >"$name.check" 2>&1; then
		passed=$((passed + 1))
		echo "ok      $name: $what"
	else
		failed=$((failed + 1))
		echo "FAILED  $name: $what"
		sed 's/^/        /' "$name.check" | tail -20
	fi
}

pdf_pages() {  # pdf_pages FILE MIN WORD...: at least MIN pages and every WORD in the text
	"$check_py" - "$@" <<'EOF'
import sys
from pypdf import PdfReader
path, minimum, *words = sys.argv[1:]
reader = PdfReader(path)
text = "\n".join(page.extract_text() or "" for page in reader.pages)
missing = [w for w in words if w not in text]
print(f"{len(reader.pages)} pages; missing words: {missing}")
sys.exit(0 if len(reader.pages) >= int(minimum) and not missing else 1)
EOF
}

run version 0 --version && expect version "prints the version" grep -q '^coopdesk [0-9]' version.log
run demo 0 demo --db demo.coopdb && expect demo "database file created" test -s demo.coopdb
run check 0 check --db demo.coopdb && expect check "healthy, schema migrated" grep -q 'healthy' check.log
run report 0 report annual --db demo.coopdb --year "$year" --lang fr --lang de -o r.pdf &&
	expect report "PDF with pages, French and German catalogs, shipped fonts" \
		pdf_pages r.pdf 2 "Sainte-Aurèle" "Rapport annuel" "Jahresbericht" "Seite 2 von"
run iati 0 export iati --db demo.coopdb -o iati.xml &&
	expect iati "IATI file validated against the shipped schema" grep -q '<iati-activities' iati.xml
run bundle-export 0 export bundle --db demo.coopdb --volunteer "Monique Girard" --all -o v.coopdesk &&
	expect bundle-export "volunteer bundle written" test -s v.coopdesk
run bundle-import 0 import bundle --db demo.coopdb v.coopdesk
extra_env=COOPDESK_LANG=fr
run check-fr 0 check --db demo.coopdb &&
	expect check-fr "messages in French (the .qm catalogs ship)" grep -q 'en bon état' check-fr.log
extra_env=""
run missing-db 1 check --db missing.coopdb &&
	expect missing-db "one line on stderr, no file created" test ! -e missing.coopdb
# The GUI on the offscreen platform: Qt plugins and libraries load and it is still running after
# 10 s (timeout's status 124) instead of crashing at start-up.
wrap="timeout 10" extra_env=QT_QPA_PLATFORM=offscreen
run gui 124 --db demo.coopdb &&
	expect gui "no Qt error at start-up" sh -c '! grep -qiE "could not (load|find)|error" gui.log'
# A file manager opening a volunteer bundle: `coopdesk --db DB FILE.coopdesk` imports it,
# then the window opens on that database.
run open-bundle 124 --db demo.coopdb v.coopdesk &&
	expect open-bundle "bundle imported before the window opens" grep -q 'Bundle from' open-bundle.log
wrap="" extra_env=""
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
