#!/usr/bin/env bash
# The test command (README, `npm test`, and .ci/run): installs what is missing, starts the local
# Neo4j unless NEO4J_URI points at another server, type-checks, lints and checks formatting
# (Biome), runs every jest suite against the
# real server and a real headless Chromium, and ends with one plain line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

started_db=0
if [ -z "${NEO4J_URI:-}" ]; then
  node bin/kg.js db start || { echo "setup: the local Neo4j did not start (see .neo4j/neo4j.log)" >&2; echo "0 passed, 1 failed"; exit 1; }
  started_db=1
fi
stop_db() { if [ "$started_db" = 1 ]; then node bin/kg.js db stop >/dev/null 2>&1 || true; fi; }
trap stop_db EXIT

mkdir -p out test/artifacts
typecheck_failed=0
echo "tests: type-checking (tsc --noEmit)"
if ! npx tsc --noEmit -p tsconfig.json; then typecheck_failed=1; fi

lint_failed=0
echo "tests: lint and format check (biome ci)"
if ! npx biome ci --colors=off . ; then lint_failed=1; fi

echo "tests: running jest"
npx jest --runInBand --json --outputFile=out/jest-results.json "$@"
jest_status=$?

node -e '
  const fs = require("fs");
  let r = { numPassedTests: 0, numFailedTests: 0, numRuntimeErrorTestSuites: 0 };
  try { r = JSON.parse(fs.readFileSync("out/jest-results.json", "utf8")); } catch { r.numFailedTests = 1; }
  const failed = r.numFailedTests + r.numRuntimeErrorTestSuites + Number(process.argv[1]) + Number(process.argv[2]);
  console.log(`${r.numPassedTests} passed, ${failed} failed`);
' "$typecheck_failed" "$lint_failed"

if [ "$jest_status" -ne 0 ] || [ "$typecheck_failed" -ne 0 ] || [ "$lint_failed" -ne 0 ]; then exit 1; fi
exit 0
