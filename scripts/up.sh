#!/usr/bin/env bash
# The main job (README, `npm start`): install what is missing, start the local Neo4j unless
# NEO4J_URI points at your own server, import every source under import/ into out/graph.json and
# Neo4j, then serve the viewer and print its address. Stop with Ctrl+C (the local Neo4j keeps
# running; `npm run db:stop` stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${NEO4J_URI:-}" ]; then node bin/kg.js db start; fi
status=0
node bin/kg.js import import/ --neo4j || status=$?
if [ "$status" -ne 0 ]; then echo "up: some sources did not import (see above); serving what did" >&2; fi
exec node bin/kg.js serve "$@"
