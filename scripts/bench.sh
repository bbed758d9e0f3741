#!/usr/bin/env bash
# `npm run bench`: every bench/*.bench.ts in turn, each printing its figures and ratios.
# Starts the local Neo4j for the write benchmark unless NEO4J_URI is set. Pass names to run
# only some: `npm run bench -- extract viewer`; arguments starting with -- go to each bench run
# (`npm run bench -- scale --neo4j --sizes 1000`).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
started_db=0
if [ -z "${NEO4J_URI:-}" ] && ! node bin/kg.js db status >/dev/null 2>&1; then
  node bin/kg.js db start || exit 1
  started_db=1
fi
trap 'if [ "$started_db" = 1 ]; then node bin/kg.js db stop >/dev/null 2>&1; fi' EXIT
names=()
flags=()
for arg in "$@"; do
  if [ "${#flags[@]}" -gt 0 ] || [[ "$arg" == --* ]]; then flags+=("$arg"); else names+=("$arg"); fi
done
status=0
for file in bench/*.bench.ts; do
  name=$(basename "$file" .bench.ts)
  if [ "${#names[@]}" -gt 0 ] && ! printf '%s\n' "${names[@]}" | grep -qx "$name"; then continue; fi
  echo "== bench: $name"
  npx tsx "$file" "${flags[@]}" || status=1
done
exit $status
