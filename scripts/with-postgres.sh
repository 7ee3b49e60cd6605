#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster: usage `scripts/with-postgres.sh <command> [args…]`.
# The cluster lives in a temp dir (fsync off: tests only), listens on a free loopback port, and is stopped
# and deleted on exit whatever happens. DATABASE_URL points the command at it.
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root); otherwise as the caller.
# Exit status: the command's; 77 when PostgreSQL is not installed (1 under CI=true, where nothing may skip).
set -euo pipefail

PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
PGDB="${PGDB:-malkarta_test}"

if [ "$#" -eq 0 ]; then
	echo "usage: $0 <command> [args…]" >&2
	exit 2
fi

if [ ! -x "$PGBIN/initdb" ] || [ ! -x "$PGBIN/pg_ctl" ]; then
	echo "with-postgres: PostgreSQL 15 is not installed (no $PGBIN/initdb); install postgresql-15 or set PGBIN." >&2
	if [ "${CI:-}" = "true" ]; then exit 1; fi
	exit 77
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/malkarta-pg.XXXXXX")"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
	if ! id postgres >/dev/null 2>&1 || ! command -v runuser >/dev/null; then
		echo "with-postgres: running as root needs the 'postgres' user and runuser." >&2
		rm -rf "$tmp"
		exit 1
	fi
	chown postgres: "$tmp"
	as_pg=(runuser -u postgres --)
fi
chmod 700 "$tmp"

# Every server command runs from inside the temp dir: the postgres user may not be able to read the caller's.
pg() { (cd "$tmp" && "${as_pg[@]}" "$@"); }

started=""
cleanup() {
	local rc=$?
	if [ -n "$started" ]; then
		pg "$PGBIN/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$tmp"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pg "$PGBIN/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$tmp/initdb.log" 2>&1 || {
	cat "$tmp/initdb.log" >&2
	echo "with-postgres: initdb failed." >&2
	exit 1
}
pg mkdir -p "$tmp/sock"

free_port() {
	node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})" 2>/dev/null ||
		python3 -c "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1]);s.close()"
}

# Tests trade durability for speed; benchmarks ask for PostgreSQL's durable defaults with PG_DURABLE=1.
fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${PG_DURABLE:-}" = 1 ] && fast=""

# A free port can be taken between choosing and binding it: try a few.
port=""
for _ in 1 2 3; do
	candidate="$(free_port)"
	if pg "$PGBIN/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 -s start \
		-o "-c listen_addresses=127.0.0.1 -p $candidate -k $tmp/sock $fast -c max_connections=100" \
		>/dev/null 2>&1; then
		port="$candidate"
		started=1
		break
	fi
done
if [ -z "$port" ]; then
	cat "$tmp/server.log" >&2 || true
	echo "with-postgres: PostgreSQL did not start." >&2
	exit 1
fi

pg "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U postgres "$PGDB"

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/$PGDB"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

set +e
"$@"
rc=$?
set -e
exit "$rc"
