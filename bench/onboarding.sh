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

SCRIPT_NAME=onboarding
# shellcheck source=bench/lib.sh
source "$REPO_ROOT/bench/lib.sh"

# ---------------------------------------------------------------------- runs ---

# measure LABEL PROVIDER PLACEMENT SIGNUPS [--growth]
measure() {
    local label="$1" provider="$2" placement="$3" signups="$4"; shift 4
    log "$label: $signups sign-ups ($provider, $placement)"
    [[ "$provider" == Postgres ]] && start_postgres
    start_app "$label" "$provider" MetaHub__Demo__Enabled=false MetaHub__Onboarding__RequestsPerMinute=100000 \
        MetaHub__Onboarding__Provisioning__DelaySeconds=0 "MetaHub__Onboarding__Provisioning__Placement=$placement"
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
