#!/bin/sh
# Run a command against a throwaway PostgreSQL cluster (issue 8, shared office mode).
#
#   tests/store/pg_throwaway.sh COMMAND [ARGS...]
#
# Creates a cluster in a temporary folder (initdb), starts it on a Unix socket in that
# folder and on 127.0.0.1 (a free port), exports COOPDESK_TEST_PG_URL (a superuser URL
# to the "postgres" database; the tests create their own databases), runs COMMAND, then
# stops the server and removes the folder. The command's exit status is returned.
# PostgreSQL refuses to run as root: as root the cluster belongs to the "postgres" user.
# Without PostgreSQL (no initdb found) COMMAND runs alone and says so.
set -u

find_bin() {
	for dir in /usr/lib/postgresql/*/bin /usr/local/bin /usr/bin; do
		if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
			echo "$dir"
			return 0
		fi
	done
	return 1
}

if ! BIN=$(find_bin); then
	echo "pg_throwaway: PostgreSQL (initdb) not found; running without the PostgreSQL tests" >&2
	exec "$@"
fi

DIR=$(mktemp -d /tmp/coopdesk-pg.XXXXXX)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_owner() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}
if [ "$(id -u)" = 0 ]; then
	id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent postgres
	chown postgres "$DIR"
	chmod 755 "$DIR"
	DBUSER=postgres
else
	DBUSER=$(id -un)
fi

cleanup() {
	as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1
	rm -rf "$DIR"
}
trap cleanup EXIT INT TERM

as_owner "$BIN/initdb" -D "$DIR/data" -U "$DBUSER" -A trust -E UTF8 --locale=C.UTF-8 \
	>"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
# A throwaway cluster: durability off makes CREATE DATABASE and commits fast.
as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o \
	"-k $DIR -h 127.0.0.1 -p $PORT -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
	start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }

COOPDESK_TEST_PG_URL="postgresql+psycopg://$DBUSER@127.0.0.1:$PORT/postgres"
export COOPDESK_TEST_PG_URL
echo "pg_throwaway: PostgreSQL at $COOPDESK_TEST_PG_URL" >&2
"$@"
