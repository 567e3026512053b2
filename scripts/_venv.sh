# Shared helper (sourced by test.sh and demo.sh): create .venv with Python >= 3.11 and install factdb.
# After sourcing, call `factdb_venv_setup` (what running factdb needs) or `factdb_venv_setup test`
# (the test tools too); it sets FACTDB_ROOT and puts .venv/bin first on PATH.

factdb_pick_python() {
    local cand
    for cand in "${PYTHON:-}" python3.11 python3; do
        [ -n "$cand" ] || continue
        command -v "$cand" >/dev/null 2>&1 || continue
        if "$cand" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1; then
            echo "$cand"
            return 0
        fi
    done
    echo "error: need Python >= 3.11 (python3.11 or python3); set PYTHON=/path/to/python" >&2
    return 1
}

factdb_venv_setup() {
    local extra="${1:-}"
    FACTDB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    export FACTDB_ROOT
    local venv="$FACTDB_ROOT/.venv" py stamp want have target start=$SECONDS
    export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
    if ! "$venv/bin/python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
            >/dev/null 2>&1; then
        py="$(factdb_pick_python)"
        echo "==> creating .venv with $py ($("$py" --version 2>&1))"
        "$py" -m venv --clear "$venv"
    fi
    # The stamp holds the hash of pyproject.toml and the extra installed with it ("test" or
    # nothing). Reinstall when pyproject.toml changed, or when the test tools are wanted and the
    # last install left them out; an install with the test tools also serves the demo.
    stamp="$venv/.factdb-install-stamp"
    want="$("$venv/bin/python" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$FACTDB_ROOT/pyproject.toml")"
    have="$(cat "$stamp" 2>/dev/null || true)"
    if [ "$have" != "$want test" ] && { [ -n "$extra" ] || [ "$have" != "$want" ]; }; then
        target="."
        [ -z "$extra" ] || target=".[$extra]"
        echo "==> pip install -e '$target'"
        rm -f "$stamp"
        (cd "$FACTDB_ROOT" && "$venv/bin/python" -m pip install -q -e "$target")
        echo "$want${extra:+ $extra}" >"$stamp"
    fi
    export VIRTUAL_ENV="$venv"
    export PATH="$venv/bin:$PATH"
    echo "==> venv ready in $((SECONDS - start))s"
}
