#!/usr/bin/env bash
# Measures, from outside, how long the built server takes to exit after SIGTERM: idle, and with a
# keep-alive connection left open by a client. Prints the times; asserts nothing (see tests/process/).
# `scripts/check-shutdown.sh` uses a fresh embedded data folder; `--postgres` a throwaway PostgreSQL cluster.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$root/node_modules/.bin:$PATH"

if [ "${1:-}" = "--postgres" ]; then
	exec bash "$root/scripts/with-postgres.sh" bash "$root/scripts/check-shutdown.sh" --inside-postgres
fi
[ -f build/handler.js ] || npm run build

now_ms() { date +%s%3N; }

measure() { # label, keepalive(0|1)
	local dir port pid t0 t1
	dir="$(mktemp -d "${TMPDIR:-/tmp}/malkarta-shutdown.XXXXXX")"
	port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
	DATA_DIR="$dir" PORT="$port" HOST=127.0.0.1 DEMO=0 node scripts/serve.js >"$dir/server.log" 2>&1 &
	pid=$!
	for _ in $(seq 1 600); do
		curl -s -o /dev/null "http://127.0.0.1:$port/" && break
		kill -0 "$pid" 2>/dev/null || { cat "$dir/server.log"; rm -rf "$dir"; return 1; }
		sleep 0.1
	done
	local holder=""
	if [ "$2" = 1 ]; then
		# A client that made a request and keeps its connection open, as a browser does.
		node -e "
			const http = require('http');
			const agent = new http.Agent({ keepAlive: true });
			http.get({ host: '127.0.0.1', port: $port, path: '/', agent }, (res) => { res.resume(); });
			setInterval(() => {}, 1000);
		" &
		holder=$!
		sleep 0.5
	fi
	t0="$(now_ms)"
	kill -TERM "$pid"
	wait "$pid" 2>/dev/null || true
	t1="$(now_ms)"
	[ -n "$holder" ] && kill "$holder" 2>/dev/null
	printf '%-40s %5d ms\n' "$1" "$((t1 - t0))"
	rm -rf "$dir"
}

db="PGlite"
[ -n "${DATABASE_URL:-}" ] && db="PostgreSQL"
echo "SIGTERM → exit of node scripts/serve.js ($db):"
measure "  idle" 0
measure "  with an open keep-alive connection" 1
