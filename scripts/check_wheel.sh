#!/usr/bin/env bash
# Builds factdb's wheel, installs it into a fresh venv outside the repository and runs the main
# commands with it from another folder, as a user of `pip install .` would. Run by scripts/test.sh.
#
# Usage: scripts/check_wheel.sh            (uses .venv's Python, else python3)
#   PYTHON=/path/to/python                 the interpreter that builds and hosts the venv
# The dependencies come from the package index through pip's cache, as for any user.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY=python3
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/factdb-wheel.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

log() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Any warning during the build (setuptools' deprecations included) or the install fails the
# check, except what the machine causes: pip's notices about the index locations configured on
# it, and setuptools' note that byte-compiling is off (PYTHONDONTWRITEBYTECODE).
check_quiet() {
    local log_file=$1 warnings
    warnings="$(grep -i 'warning' "$log_file" |
        grep -v -e "WARNING: Location '.*' is ignored" -e 'byte-compiling is disabled' || true)"
    [ -z "$warnings" ] || die "warnings during $2: $warnings"
}

t0=$SECONDS
log "building the wheel"
# From a copy of the tree: setuptools builds in place and reuses its build/ folder, where a
# module deleted since the last build would still be packaged.
mkdir "$WORK/src"
tar -C "$ROOT" --exclude=./.git --exclude=./.venv --exclude=./build --exclude='*.egg-info' \
    --exclude='__pycache__' --exclude='.*_cache' -cf - . | tar -C "$WORK/src" -xf -
"$PY" -m pip wheel -v --no-deps -w "$WORK/dist" "$WORK/src" >"$WORK/build.log" 2>&1 ||
    { cat "$WORK/build.log" >&2; die "the wheel did not build"; }
check_quiet "$WORK/build.log" "the build"
wheel="$(ls "$WORK"/dist/factdb-*.whl)"

log "installing $(basename "$wheel") into a fresh venv in $WORK"
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q "$wheel" 2>"$WORK/install.log" ||
    { cat "$WORK/install.log" >&2; die "the wheel did not install"; }
check_quiet "$WORK/install.log" "the install"

mkdir "$WORK/run"
cd "$WORK/run"
factdb="$WORK/venv/bin/factdb"
"$WORK/venv/bin/python" -c '
import sys, factdb
root = sys.argv[1]
if factdb.__file__.startswith(root):
    sys.exit(f"factdb was imported from the checkout ({factdb.__file__})")
' "$ROOT"

log "running the installed factdb from $WORK/run"
"$factdb" --help >/dev/null
"$factdb" --db sqlite:///x.db ingest "$ROOT/examples"
"$factdb" --db sqlite:///x.db link
"$factdb" --db sqlite:///x.db stats
quotes="$("$factdb" --db sqlite:///x.db sql --format csv "SELECT COUNT(*) FROM quotes_v" | tail -n 1)"
[ "$quotes" -gt 0 ] || die "no quotes stored from examples/ ($quotes)"
log "$quotes quotes in quotes_v"

set +e
"$factdb" --db sqlite:///none.db stats 2>"$WORK/err.txt"
rc=$?
set -e
[ "$rc" = 1 ] || die "stats on a missing database exited $rc, not 1"
grep -q '^Error: ' "$WORK/err.txt" || die "stats on a missing database printed no Error: line"
if compgen -G "none.db*" >/dev/null; then die "stats created $(ls none.db*)"; fi
log "a missing database is refused: $(cat "$WORK/err.txt")"
log "wheel check passed in $((SECONDS - t0))s"
