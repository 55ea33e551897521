#!/usr/bin/env bash
# Self-service onboarding, end to end over HTTP (issue 4): verify-email latency and the time from
# verify to a Completed tenant, on SQLite, PostgreSQL shared and PostgreSQL dedicated, plus how
# the dedicated time grows with the number of tenants. Sign-ups run one at a time against a
# fresh app (and a fresh PostgreSQL cluster) per run. The driver is
# `MetaHub.Benchmarks onboarding` (bench/MetaHub.Benchmarks/Onboarding).
#
# Results: bench/results/onboarding-<timestamp>.md (also printed) and one app log per run next to it.
#
# Environment knobs:
#   SIGNUPS=30         measured sign-ups of the SQLite, shared and dedicated runs
#   GROWTH=200         sign-ups of the dedicated growth run (0 skips it)
#   WARMUP=3           unmeasured sign-ups before each run's measured ones
#   SKIP_POSTGRES=1    only the SQLite run
#   SKIP_BUILD=1       use the existing Release build
#   RUNS="sqlite shared dedicated growth"   which runs, in this order
#   PG_MAX_CONNECTIONS=300   max_connections of the throw-away cluster (as in test.sh)
#   PG_PORT_START=55432, APP_PORT_START=5780   first ports tried
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO_ROOT="$PWD"

: "${SIGNUPS:=30}"
: "${GROWTH:=200}"
: "${WARMUP:=3}"
: "${SKIP_POSTGRES:=0}"
: "${SKIP_BUILD:=0}"
: "${APP_PORT_START:=5780}"
: "${RUNS:=sqlite shared dedicated growth}"
: "${PG_MAX_CONNECTIONS:=300}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1

STAMP="$(date -u +%Y%m%d-%H%M%S)"
RESULTS_DIR="$REPO_ROOT/bench/results"
REPORT="$RESULTS_DIR/onboarding-$STAMP.md"
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
err() { printf 'onboarding.sh: %s\n' "$*" >&2; }

# ------------------------------------------------------------------ cleanup ---

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
        -o "-p $PG_PORT -k $PG_TMP -c listen_addresses=127.0.0.1 -c max_connections=$PG_MAX_CONNECTIONS -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        -l "$PG_TMP/postgres.log" -w -t 60 start >/dev/null; then
        tail -n 40 "$PG_TMP/postgres.log" >&2 || true
        err "could not start PostgreSQL"
        return 1
    fi
    log "$(pg_ctl --version) on 127.0.0.1:$PG_PORT"
}

# ---------------------------------------------------------------------- runs ---

# start_app LABEL PROVIDER PLACEMENT : a fresh app with its own data directory, logging to the results.
start_app() {
    local label="$1" provider="$2" placement="$3" port i
    APP_DATA="$(mktemp -d /tmp/metahub-bench-app.XXXXXXXX)"
    port="$(free_port "$APP_PORT_START")"
    APP_URL="http://127.0.0.1:$port"
    APP_LOG="$RESULTS_DIR/onboarding-$STAMP-$label.log"
    local -a env=(
        ASPNETCORE_ENVIRONMENT=Development
        "MetaHub__DataDirectory=$APP_DATA"
        MetaHub__Demo__Enabled=false
        MetaHub__Mail__Host=
        MetaHub__Onboarding__RequestsPerMinute=100000
        MetaHub__Onboarding__Provisioning__DelaySeconds=0
        "MetaHub__Onboarding__Provisioning__Placement=$placement"
    )
    if [[ "$provider" == Postgres ]]; then
        local pg="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"
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

# measure LABEL PROVIDER PLACEMENT SIGNUPS [--growth]
measure() {
    local label="$1" provider="$2" placement="$3" signups="$4"; shift 4
    log "$label: $signups sign-ups ($provider, $placement)"
    [[ "$provider" == Postgres ]] && start_postgres
    start_app "$label" "$provider" "$placement"
    local started=$SECONDS
    dotnet "$BENCH_DLL" onboarding --url "$APP_URL" --signups "$signups" --warmup "$WARMUP" \
        --label "$label" "$@" | tee -a "$REPORT" \
        || err "$label: failed sign-ups or the driver stopped; see the report and $(basename "$APP_LOG")"
    log "$label took $((SECONDS - started)) s"
    if [[ "$provider" == Postgres ]]; then
        # Every dedicated database has its own connection pool, so this grows with the tenants.
        printf 'PostgreSQL client connections open at the end (max_connections %s): %s\n\n' "$PG_MAX_CONNECTIONS" \
            "$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atc \
                "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()" 2>/dev/null \
                || echo "all (psql could not connect)")" \
            | tee -a "$REPORT"
    fi
    stop_app
    [[ "$provider" == Postgres ]] && stop_postgres
    return 0
}

# -------------------------------------------------------------------- main ---

command -v curl >/dev/null 2>&1 || { err "curl is required"; exit 1; }
if [[ "$SKIP_POSTGRES" != 1 ]] && ! command -v initdb >/dev/null 2>&1; then
    err "PostgreSQL binaries (initdb, pg_ctl) are not on PATH; SKIP_POSTGRES=1 runs SQLite only"
    exit 1
fi

mkdir -p "$RESULTS_DIR"
if [[ "$SKIP_BUILD" != 1 ]]; then
    log "build (Release)"
    dotnet build src/MetaHub.Web -c Release -v q -nologo >&2
    dotnet build bench/MetaHub.Benchmarks -c Release -v q -nologo >&2
fi

{
    printf '## Onboarding, %s UTC\n\n' "$(date -u '+%Y-%m-%d %H:%M')"
    printf '%s, %s CPUs, .NET %s, %s\n\n' "$(uname -sr)" "$(nproc)" "$(dotnet --version)" \
        "$([[ "$SKIP_POSTGRES" == 1 ]] && echo 'PostgreSQL skipped' || pg_ctl --version)"
} | tee "$REPORT"

for run in $RUNS; do
    case "$run" in
        sqlite) measure sqlite Sqlite Dedicated "$SIGNUPS" ;;
        shared) [[ "$SKIP_POSTGRES" == 1 ]] || measure postgres-shared Postgres Shared "$SIGNUPS" ;;
        dedicated) [[ "$SKIP_POSTGRES" == 1 ]] || measure postgres-dedicated Postgres Dedicated "$SIGNUPS" ;;
        growth) [[ "$SKIP_POSTGRES" == 1 || "$GROWTH" -le 0 ]] \
            || measure postgres-dedicated-growth Postgres Dedicated "$GROWTH" --growth ;;
        *) err "unknown run '$run' (sqlite, shared, dedicated, growth)"; exit 1 ;;
    esac
done
log "report: $REPORT"
