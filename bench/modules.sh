#!/usr/bin/env bash
# Module management at platform scale (issue 5): the tenant × module matrix endpoint with 1,000
# tenants × 15 modules (target < 200 ms) and assigning 15 modules to 1,000 tenants in one batch
# (target < 10 s), on SQLite and PostgreSQL, each against a fresh app. The driver is
# `MetaHub.Benchmarks modules` (bench/MetaHub.Benchmarks/Modules): it adds the tenants to the
# app's catalog, signs in as the development operator and calls the platform API.
#
# Results: bench/results/modules-<timestamp>.md (also printed) and one app log per run next to it.
#
# Environment knobs:
#   TENANTS=1000       tenants added to the catalog
#   RUNS=30            timed requests per matrix query
#   SKIP_POSTGRES=1    only the SQLite run
#   SKIP_BUILD=1       use the existing Release build
#   PG_MAX_CONNECTIONS=300, PG_PORT_START=55432, APP_PORT_START=5780
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO_ROOT="$PWD"

: "${TENANTS:=1000}"
: "${RUNS:=30}"
: "${SKIP_POSTGRES:=0}"
: "${SKIP_BUILD:=0}"
: "${APP_PORT_START:=5780}"
: "${PG_MAX_CONNECTIONS:=300}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1

STAMP="$(date -u +%Y%m%d-%H%M%S)"
RESULTS_DIR="$REPO_ROOT/bench/results"
REPORT="$RESULTS_DIR/modules-$STAMP.md"

SCRIPT_NAME=modules
# shellcheck source=bench/lib.sh
source "$REPO_ROOT/bench/lib.sh"

# measure LABEL PROVIDER
measure() {
    local label="$1" provider="$2"
    log "$label: $TENANTS tenants ($provider)"
    [[ "$provider" == Postgres ]] && start_postgres
    # The demo data brings the development operator, who signs in without a second factor here.
    start_app "$label" "$provider" MetaHub__Demo__Enabled=true MetaHub__Demo__RequireTwoFactor=false
    local -a catalog=(--provider "$provider" --data-dir "$APP_DATA")
    [[ "$provider" == Postgres ]] && catalog=(--provider Postgres \
        --catalog "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres;Database=metahub_catalog")
    dotnet "$BENCH_DLL" modules --url "$APP_URL" --tenants "$TENANTS" --runs "$RUNS" --label "$label" "${catalog[@]}" \
        | tee -a "$REPORT" || err "$label: the driver failed; see the report and $(basename "$APP_LOG")"
    stop_app
    [[ "$provider" == Postgres ]] && stop_postgres
    return 0
}

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
    printf '## Module management, %s UTC\n\n' "$(date -u '+%Y-%m-%d %H:%M')"
    printf '%s, %s CPUs, .NET %s, %s\n\n' "$(uname -sr)" "$(nproc)" "$(dotnet --version)" \
        "$([[ "$SKIP_POSTGRES" == 1 ]] && echo 'PostgreSQL skipped' || pg_ctl --version)"
} | tee "$REPORT"

measure sqlite Sqlite
[[ "$SKIP_POSTGRES" == 1 ]] || measure postgres Postgres
log "report: $REPORT"
