#!/usr/bin/env bash
# The whole test suite (`npm test`): unit tests; database tests on PGlite and on a throwaway PostgreSQL 15
# cluster; then the process and browser tests against the built app in Debian's Chromium. Ends with a
# summary per tier and database and one line `N passed, N failed`.
# Locally a tier whose prerequisite is missing (PostgreSQL, Chromium, ../shared) is skipped with a
# message; under CI=true nothing may skip, and the missing prerequisite fails the run.
# `scripts/test.sh unit db postgres browser` runs only the tiers named (all of them by default).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# Node 24 and the tools come from node_modules/.bin (npm puts it first too; this makes `bash scripts/test.sh` work).
export PATH="$root/node_modules/.bin:$PATH"

ci=false
[ "${CI:-}" = "true" ] && ci=true
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
# This run's JSON reports and logs (kept when something fails; several runs in one checkout don't mix).
mkdir -p "$root/test-results"
results="$(mktemp -d "$root/test-results/run.XXXXXX")"

tiers=("$@")
[ "${#tiers[@]}" -eq 0 ] && tiers=(unit db postgres browser)
wants() { local t; for t in "${tiers[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }

rows=()
total_passed=0
total_failed=0
total_skipped=0

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

record() { # tier database passed failed skipped seconds note
	rows+=("$(printf '%-9s %-13s %7s %7s %8s %6ss  %s' "$1" "$2" "$3" "$4" "$5" "$6" "$7")")
	total_passed=$((total_passed + $3))
	total_failed=$((total_failed + $4))
	total_skipped=$((total_skipped + $5))
}

# A prerequisite is missing: a skip locally, a failure under CI.
missing() { # tier database message
	if $ci; then
		echo "FAIL: $3 (CI=true: nothing may skip)" >&2
		record "$1" "$2" 0 1 0 0 "FAILED: $3"
	else
		echo "SKIPPED: $3" >&2
		record "$1" "$2" 0 0 0 0 "skipped: $3"
	fi
}

# Runs one vitest project and records its counts from the JSON report.
run_vitest() { # tier database name project [command prefix…]
	local tier="$1" db="$2" name="$3" project="$4"
	shift 4
	local json="$results/$name.json"
	local started=$SECONDS
	"$@" vitest run --project "$project" --passWithNoTests --reporter=default --reporter=json --outputFile.json="$json"
	local rc=$?
	local secs=$((SECONDS - started))
	if [ "$rc" -eq 77 ]; then
		missing "$tier" "$db" "PostgreSQL is not installed"
		return
	fi
	local counts
	if ! counts="$(node -e '
		const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
		let failed = r.numFailedTests;
		if (!r.success && failed === 0) failed = Math.max(r.numFailedTestSuites, 1);
		console.log(r.numPassedTests, failed, r.numPendingTests, r.numTodoTests);
	' "$json" 2>/dev/null)"; then
		record "$tier" "$db" 0 1 0 "$secs" "FAILED: vitest exited $rc without a report"
		return
	fi
	local passed failed skipped todo note=""
	read -r passed failed skipped todo <<<"$counts"
	if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
		failed=1
		note="vitest exited $rc (errors outside tests)"
	fi
	if $ci && [ "$skipped" -gt 0 ]; then
		failed=$((failed + skipped))
		note="FAILED: $skipped tests skipped (CI=true: nothing may skip)"
	fi
	[ "$todo" -gt 0 ] && note="${note:+$note; }$todo todo"
	skipped=$((skipped + todo))
	record "$tier" "$db" "$passed" "$failed" "$skipped" "$secs" "$note"
}

if [ ! -d "$root/../shared" ]; then
	missing "data" "-" "../shared (seed and reference data) is not beside the repository; tests that need it skip"
fi

if wants unit; then
	say "Unit tests"
	run_vitest unit - unit unit
fi

if wants db; then
	say "Database tests on PGlite (in memory)"
	run_vitest db PGlite db-pglite db env -u DATABASE_URL
fi

if wants postgres; then
	say "Database tests on PostgreSQL 15 (throwaway cluster)"
	if [ -x "${PGBIN:-/usr/lib/postgresql/15/bin}/initdb" ]; then
		run_vitest db PostgreSQL db-postgres db bash "$root/scripts/with-postgres.sh"
	else
		missing db PostgreSQL "PostgreSQL 15 is not installed (${PGBIN:-/usr/lib/postgresql/15/bin})"
	fi
fi

if wants browser; then
	say "Process and browser tests against the built app"
	browser_ok=true
	handler="$root/build/handler.js"
	if [ ! -f "$handler" ] || [ -n "$(find src migrations static package.json vite.config.ts -newer "$handler" -print -quit 2>/dev/null)" ]; then
		echo "Building the app (missing or older than the sources) …"
		if ! vite build >"$results/build.log" 2>&1; then
			cat "$results/build.log" >&2
			record browser - 0 1 0 0 "FAILED: vite build"
			browser_ok=false
		fi
	fi
	if $browser_ok && [ ! -x "$chromium" ]; then
		if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
			echo "Installing Chromium with apt-get (once per machine) …"
			if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >"$results/apt.log" 2>&1; then
				tail -20 "$results/apt.log" >&2
			fi
		fi
		if [ ! -x "$chromium" ]; then
			# The process tests still run; the browser tests skip themselves (or fail under CI) with a message.
			if $ci; then
				echo "FAIL: Chromium is missing at $chromium and could not be installed (CI=true: nothing may skip)" >&2
			else
				echo "SKIPPED: Chromium is missing at $chromium (install it: apt-get install -y chromium); browser tests will skip" >&2
			fi
		fi
	fi
	# pdfinfo (poppler-utils) reads the exported PDF back: tagged, titled
	if $browser_ok && ! command -v pdfinfo >/dev/null && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
		(DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils)) >>"$results/apt.log" 2>&1 || tail -20 "$results/apt.log" >&2
	fi
	if $browser_ok; then
		# Inside a throwaway cluster too, so the tests of the app on server PostgreSQL can run
		# (the app under test uses the embedded database unless a test passes DATABASE_URL on).
		if [ -x "${PGBIN:-/usr/lib/postgresql/15/bin}/initdb" ]; then
			run_vitest browser "app" browser browser bash "$root/scripts/with-postgres.sh"
		else
			echo "PostgreSQL 15 is not installed: the process tests on server PostgreSQL skip (fail under CI)." >&2
			run_vitest browser "app" browser browser env -u DATABASE_URL
		fi
	fi
fi

echo
echo "Test summary"
printf '%-9s %-13s %7s %7s %8s %7s  %s\n' tier database passed failed skipped time note
for row in "${rows[@]}"; do echo "$row"; done
[ "$total_skipped" -gt 0 ] && echo "($total_skipped tests skipped)"
if [ "$total_failed" -eq 0 ]; then rm -rf "$results"; else echo "Reports and logs: ${results#"$root"/}"; fi
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
