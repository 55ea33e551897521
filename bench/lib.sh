# Shared by the bench scripts that drive a running app (source it after setting REPO_ROOT,
# RESULTS_DIR, STAMP, APP_PORT_START, PG_MAX_CONNECTIONS and SCRIPT_NAME): a throw-away PostgreSQL
# cluster, a fresh app per run, and cleaning both up on exit. PG_CONNECTION_OPTIONS (e.g.
# ";Max Auto Prepare=20") is appended to the app's PostgreSQL connection strings.

WEB_DLL="$REPO_ROOT/src/MetaHub.Web/bin/Release/net10.0/MetaHub.Web.dll"
BENCH_DLL="$REPO_ROOT/bench/MetaHub.Benchmarks/bin/Release/net10.0/MetaHub.Benchmarks.dll"

IS_ROOT=0
[[ "$(id -u)" -eq 0 ]] && IS_ROOT=1

APP_PID=""
APP_DATA=""
PG_TMP=""
PG_DATA=""
PG_PORT=""

log() { printf '==> %s\n' "$*" >&2; }
err() { printf '%s: %s\n' "$SCRIPT_NAME" "$*" >&2; }

# ------------------------------------------------------------------ cleanup ---

# stop_app [keep] : stops the app; with "keep" its data directory (keys that decrypt the tenant
# databases' credentials) stays for the next start_app.
stop_app() {
    if [[ -n "$APP_PID" ]]; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        local i
        for i in $(seq 1 100); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=""
    fi
    [[ "${1:-}" == keep ]] && return 0
    if [[ -n "$APP_DATA" && -d "$APP_DATA" ]]; then
        rm -rf -- "$APP_DATA"
    fi
    APP_DATA=""
}

# Same throw-away cluster as test.sh: initdb as user postgres in a temp dir, trust auth,
# loopback only, durability off (it is deleted afterwards anyway).
as_pg() {
    if [[ "$IS_ROOT" -eq 1 ]]; then
        (cd "$PG_TMP" && runuser -u postgres -- "$@")
    else
        (cd "$PG_TMP" && "$@")
    fi
}

stop_postgres() {
    if [[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]]; then
        local pid i
        pid="$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
        as_pg pg_ctl -D "$PG_DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        if [[ "$pid" =~ ^[0-9]+$ ]]; then
            kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
            for i in $(seq 1 100); do
                [[ -e "/proc/$pid" ]] || break
                sleep 0.1
            done
        fi
    fi
    if [[ -n "$PG_TMP" && -d "$PG_TMP" ]]; then
        rm -rf -- "$PG_TMP"
    fi
    PG_TMP="" PG_DATA="" PG_PORT=""
}

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM HUP
    stop_app
    stop_postgres
    exit "$rc"
}
trap cleanup EXIT INT TERM HUP

port_busy() {
    local port="$1"
    if command -v ss >/dev/null 2>&1 && ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; then
        return 0
    fi
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    return 1
}

free_port() {
    local port="$1"
    while port_busy "$port"; do
        port=$((port + 1))
    done
    echo "$port"
}

start_postgres() {
    PG_TMP="$(mktemp -d /tmp/metahub-bench-pg.XXXXXXXX)"
    PG_DATA="$PG_TMP/data"
    mkdir -m 700 "$PG_DATA"
    chmod 700 "$PG_TMP"
    if [[ "$IS_ROOT" -eq 1 ]]; then
        id -u postgres >/dev/null 2>&1 || useradd --system --user-group --no-create-home \
            --home-dir /nonexistent --shell /bin/sh postgres
        chown -R postgres:postgres "$PG_TMP"
    fi
    if ! as_pg initdb -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1; then
        cat "$PG_TMP/initdb.log" >&2
        err "initdb failed"
        return 1
    fi
    PG_PORT="$(free_port "${PG_PORT_START:-55432}")"
    if ! as_pg pg_ctl -D "$PG_DATA" \
        -o "-p $PG_PORT -k $PG_TMP -c listen_addresses=127.0.0.1 -c max_connections=$PG_MAX_CONNECTIONS -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${PG_EXTRA_OPTIONS:-}" \
        -l "$PG_TMP/postgres.log" -w -t 60 start >/dev/null; then
        tail -n 40 "$PG_TMP/postgres.log" >&2 || true
        err "could not start PostgreSQL"
        return 1
    fi
    log "$(pg_ctl --version) on 127.0.0.1:$PG_PORT"
}

# Puts initdb/pg_ctl on PATH (already there, or the newest /usr/lib/postgresql/*/bin); 1 if not found.
find_postgres() {
    command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && return 0
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r | head -n 1)"
    [[ -n "$dir" && -x "$dir/initdb" ]] || return 1
    export PATH="$dir:$PATH"
}

# ensure_packages COMMAND:PACKAGE... : installs the packages of missing commands with apt-get when
# root (without starting the package's own services), or says what to install.
ensure_packages() {
    local pair command package
    local -a missing=()
    for pair in "$@"; do
        command="${pair%%:*}" package="${pair#*:}"
        if [[ "$command" == initdb ]]; then
            find_postgres && continue
        elif command -v "$command" >/dev/null 2>&1; then
            continue
        fi
        missing+=("$package")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if [[ "$IS_ROOT" -ne 1 ]]; then
        err "missing: ${missing[*]} (e.g. 'sudo apt-get install -y ${missing[*]}')"
        return 1
    fi
    log "installing ${missing[*]}"
    local policy=0
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        policy=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    [[ "$policy" -eq 1 ]] && rm -f /usr/sbin/policy-rc.d
    find_postgres || true
}

# ---------------------------------------------------------------------- apps ---

# start_app LABEL PROVIDER [NAME=VALUE...] : a fresh app with its own data directory (or the one a
# `stop_app keep` left), logging to the results, configured by the given environment on top of the
# Development defaults.
start_app() {
    local label="$1" provider="$2" port i
    shift 2
    [[ -n "$APP_DATA" && -d "$APP_DATA" ]] || APP_DATA="$(mktemp -d /tmp/metahub-bench-app.XXXXXXXX)"
    port="$(free_port "$APP_PORT_START")"
    APP_URL="http://127.0.0.1:$port"
    APP_LOG="$RESULTS_DIR/$SCRIPT_NAME-$STAMP-$label.log"
    local -a env=(
        ASPNETCORE_ENVIRONMENT=Development
        "MetaHub__DataDirectory=$APP_DATA"
        MetaHub__Mail__Host=
        "$@"
    )
    if [[ "$provider" == Postgres ]]; then
        local pg="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres${PG_CONNECTION_OPTIONS:-}"
        env+=(MetaHub__Database__Provider=Postgres
            "ConnectionStrings__Catalog=$pg;Database=metahub_catalog"
            "ConnectionStrings__Tenants=$pg;Database=postgres")
    fi
    # The content root is the project directory, as with `dotnet run`.
    (cd "$REPO_ROOT/src/MetaHub.Web" && exec env "${env[@]}" dotnet "$WEB_DLL" --urls "$APP_URL") \
        >"$APP_LOG" 2>&1 &
    APP_PID=$!
    for i in $(seq 1 600); do
        if curl -fsS "$APP_URL/health/live" >/dev/null 2>&1; then
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -n 40 "$APP_LOG" >&2
            err "the app stopped while starting ($label)"
            return 1
        fi
        sleep 0.1
    done
    err "the app did not become live within 60 s ($label)"
    return 1
}
