#!/usr/bin/env bash
# Demo: set up .venv (factdb only, no test tools), ingest the bundled examples into ./factdb.sqlite, link them, then review (terminal) or print stats.
set -euo pipefail
# shellcheck source=scripts/_venv.sh
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
factdb_venv_setup
cd "$FACTDB_ROOT"

factdb ingest examples
factdb link
if [ -t 0 ] && [ -t 1 ]; then
    factdb review
else
    factdb stats
fi
