#!/usr/bin/env bash
# Sets up .venv and a throwaway PostgreSQL cluster, then runs ruff, mypy, import-linter, pytest
# and the wheel check (scripts/check_wheel.sh: factdb built, installed and run outside the checkout).
#
# Usage: scripts/test.sh [pytest args...]
#   SKIP_PG=1                    do not start a PostgreSQL cluster (postgres tests skip)
#   SKIP_WHEEL=1                 do not build and try the wheel
#   FACTDB_TEST_PG_URL=...       reuse this server instead of starting one
#   FACTDB_CI_FORCE_PG_INSTALL=1 run the apt-get install branch even if PostgreSQL is present
set -euo pipefail

# shellcheck source=scripts/_venv.sh
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"

SETUP_START=$SECONDS
PGTMP=""          # temp dir holding the cluster's data, socket and log
PGBIN=""          # directory with initdb, pg_ctl, createdb, pg_isready
PG_OS_USER=""     # OS user that owns the cluster ("" = the current user)
POLICY_RC_ADDED=0 # we created /usr/sbin/policy-rc.d and must remove it

log() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Run a PostgreSQL server-side command as the cluster owner, from inside the temp dir.
as_pg() {
    if [ -z "$PG_OS_USER" ]; then
        (cd "$PGTMP" && "$@")
    elif command -v runuser >/dev/null 2>&1; then
        (cd "$PGTMP" && runuser -u "$PG_OS_USER" -- "$@")
    else
        (cd "$PGTMP" && su "$PG_OS_USER" -s /bin/sh -c "$(printf '%q ' "$@")")
    fi
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    if [ -n "$PGTMP" ] && [ -d "$PGTMP" ]; then
        if [ -f "$PGTMP/data/postmaster.pid" ]; then
            echo "==> stopping PostgreSQL ($PGTMP)"
            as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
                as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
                echo "warning: could not stop the PostgreSQL server in $PGTMP" >&2
        fi
        rm -rf "$PGTMP"
    fi
    if [ "$POLICY_RC_ADDED" = 1 ]; then
        as_root rm -f /usr/sbin/policy-rc.d || true
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Print the directory holding initdb, or fail. With "strict", ignore FACTDB_CI_FORCE_PG_INSTALL.
find_pg_bin() {
    local p d
    if [ "${FACTDB_CI_FORCE_PG_INSTALL:-0}" = 1 ] && [ "${1:-}" != strict ]; then
        return 1
    fi
    if p="$(command -v initdb 2>/dev/null)"; then
        p="$(readlink -f "$p" 2>/dev/null || echo "$p")"
        dirname "$p"
        return 0
    fi
    # Debian keeps server binaries off PATH, one directory per major version; take the newest.
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ]; then
            echo "$d"
            return 0
        fi
    done
    return 1
}

install_pg() {
    command -v apt-get >/dev/null 2>&1 ||
        die "PostgreSQL (initdb) not found and apt-get is unavailable: install PostgreSQL, or set SKIP_PG=1"
    if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
        die "PostgreSQL (initdb) not found: install Debian's 'postgresql' package, or set SKIP_PG=1"
    fi
    log "installing PostgreSQL with apt-get"
    # Keep the package's own cluster from starting: we only use our throwaway one.
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        POLICY_RC_ADDED=1
        printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
        as_root chmod 755 /usr/sbin/policy-rc.d
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
        echo "warning: apt-get update failed; trying the install anyway" >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Use-Pty=0 postgresql >/dev/null
    if [ "$POLICY_RC_ADDED" = 1 ]; then
        as_root rm -f /usr/sbin/policy-rc.d
        POLICY_RC_ADDED=0
    fi
}

port_free() {
    python -c '
import socket, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
' "$1"
}

start_pg() {
    local t0=$SECONDS port attempt pid
    if ! PGBIN="$(find_pg_bin)"; then
        install_pg
        PGBIN="$(find_pg_bin strict)" || die "PostgreSQL was installed but initdb was not found"
    fi

    if [ "$(id -u)" = 0 ]; then
        # initdb refuses to run as root: the cluster belongs to an unprivileged system user.
        if id postgres >/dev/null 2>&1; then
            PG_OS_USER=postgres
        else
            if ! id factdb-ci >/dev/null 2>&1; then
                useradd --system --no-create-home --shell /usr/sbin/nologin factdb-ci
            fi
            PG_OS_USER=factdb-ci
        fi
        PGTMP="$(mktemp -d /tmp/factdb-pg.XXXXXX)"
        chown "$PG_OS_USER" "$PGTMP"
    else
        PGTMP="$(mktemp -d "${TMPDIR:-/tmp}/factdb-pg.XXXXXX")"
    fi

    as_pg "$PGBIN/initdb" -D "$PGTMP/data" -A trust -U postgres --no-sync -E UTF8 --locale=C \
        >"$PGTMP/initdb.log" 2>&1 || { cat "$PGTMP/initdb.log" >&2; die "initdb failed"; }
    cat >>"$PGTMP/data/postgresql.conf" <<CONF

# throwaway test cluster (scripts/test.sh)
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PGTMP'
fsync = off
synchronous_commit = off
full_page_writes = off
CONF

    # Pick a free port; retry on a lost race with another process binding it first.
    port="${FACTDB_TEST_PG_PORT:-55432}"
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        while ! port_free "$port"; do
            port=$((port + 1))
            [ "$port" -lt 65535 ] || die "no free TCP port found for PostgreSQL"
        done
        as_pg touch "$PGTMP/server.log"
        : >"$PGTMP/server.log"
        if as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -o "-p $port" \
            -w -t 60 start >/dev/null; then
            break
        fi
        if grep -qiE 'could not (bind|create any TCP)|address already in use' "$PGTMP/server.log" &&
            [ "$attempt" -lt 10 ]; then
            port=$((port + 1))
            continue
        fi
        cat "$PGTMP/server.log" >&2
        die "PostgreSQL did not start"
    done

    for attempt in $(seq 1 60); do
        "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$port" && break
        [ "$attempt" -lt 60 ] || die "pg_isready never succeeded on port $port"
        sleep 0.5
    done
    "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U postgres factdb_test
    export FACTDB_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/factdb_test"
    export FACTDB_TEST_PG_THROWAWAY=1  # the cluster is deleted after the run, databases and all

    pid="$(head -n 1 "$PGTMP/data/postmaster.pid")"
    log "PostgreSQL $("$PGBIN/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port" \
        "(pid $pid, user $(ps -o user= -p "$pid"), dir $PGTMP) in $((SECONDS - t0))s"
}

# Prove FACTDB_TEST_PG_URL, exactly as the tests will use it, reaches the server.
check_pg_url() {
    python -c '
import os
import sqlalchemy as sa
engine = sa.create_engine(os.environ["FACTDB_TEST_PG_URL"])
with engine.connect() as c:
    db, port, ver = c.execute(sa.text(
        "select current_database(), inet_server_port(), current_setting(\x27server_version\x27)"
    )).one()
print(f"==> FACTDB_TEST_PG_URL reaches database {db} on port {port} (server {ver})")
engine.dispose()
'
}

factdb_venv_setup test
cd "$FACTDB_ROOT"

if [ "${SKIP_PG:-0}" = 1 ]; then
    log "SKIP_PG=1: not starting PostgreSQL (postgres tests will skip)"
elif [ -n "${FACTDB_TEST_PG_URL:-}" ]; then
    log "reusing FACTDB_TEST_PG_URL from the environment"
    check_pg_url
else
    start_pg
    check_pg_url
fi
log "setup took $((SECONDS - SETUP_START))s"

SUMMARY=()
FAILED=0
step() {
    local name=$1 rc=0 t0=$SECONDS
    shift
    printf '\n==> [%s] %s\n' "$name" "$*"
    "$@" || rc=$?
    if [ "$rc" = 0 ]; then
        SUMMARY+=("$name: ok")
    else
        SUMMARY+=("$name: FAILED ($rc)")
        FAILED=1
    fi
    printf '<== [%s] exit %s in %ss\n' "$name" "$rc" "$((SECONDS - t0))"
}

step "ruff check" ruff check .
step "ruff format" ruff format --check .
step "mypy" mypy
step "lint-imports" lint-imports
# Any non-zero pytest status fails, including 5 (no tests collected).
step "pytest" pytest -q -p no:cacheprovider "$@"
if [ "${SKIP_WHEEL:-0}" = 1 ]; then
    log "SKIP_WHEEL=1: not building the wheel"
else
    step "wheel" bash scripts/check_wheel.sh
fi

printf '\nsummary: %s\n' "$(IFS=';'; echo "${SUMMARY[*]}" | sed 's/;/; /g')"
if [ "$FAILED" = 0 ]; then
    echo "all steps passed"
else
    echo "some steps FAILED"
fi
exit "$FAILED"
