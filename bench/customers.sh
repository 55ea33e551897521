#!/usr/bin/env bash
# The customer list under load (issue 6): wrk on loopback against
# `GET /api/v1/customers?page=1&pageSize=50` of a real MetaHub (Release, Production environment,
# PostgreSQL, a signed-in user, the tenant resolved by the x-tenant header, 10,000 customers in the
# company) and against a baseline that sends the same SQL through plain Npgsql
# (`MetaHub.Benchmarks customers baseline`). Targets: MetaHub ≥ 50 % of the baseline's requests/s,
# p99 ≤ 2× the baseline's.
#
# Steps: a throw-away PostgreSQL; the app once with EF Core's command log on, to create the demo
# tenant, sign in, add the customers (a binary COPY into the demo company "Mobil Dev", which has no
# demo customers) and capture the count and page commands of one list request; the app again
# without that log (the measured one) and the baseline next to it; the two answers compared byte
# for byte; then for each a warm-up and a measured wrk run with the same threads, connections and
# duration. The profile runs split MetaHub's time: the same list with one customer a page (the
# fixed cost of a request), and the tenant's public info with the same token (tenant resolution,
# token and session check — one SQL query —, no list). Beside requests/s and p99 the report gives
# the CPU time a request costs in the server process and in PostgreSQL, which other load on the
# machine disturbs far less than requests/s.
#
# Results: bench/results/customers-<timestamp>.md (also printed), the app logs, the captured SQL
# and the raw wrk output next to it.
#
# Environment knobs:
#   CUSTOMERS=10000    customers in the company
#   THREADS=2 CONNECTIONS=32 DURATION=30s WARMUP=30s   wrk, the same for both (the warm-up lets the
#                      JIT reach its optimised tier, which takes a while on a busy machine)
#   PROFILE=1          also the profile runs (PROFILE=0 skips them)
#   SKIP_BUILD=1       use the existing Release build
#   PG_CONNECTION_OPTIONS=';Max Auto Prepare=20'   appended to the connection strings of the app
#                      (so to its tenant's login) and of the baseline alike
#   PG_STATEMENTS=1    also what PostgreSQL spent per statement (pg_stat_statements: calls, planning
#                      and execution time, utility commands included) during each measured run,
#                      next to the report as customers-<timestamp>-statements-<endpoint>.txt
#   PG_MAX_CONNECTIONS=300, PG_PORT_START=55432, APP_PORT_START=5790
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO_ROOT="$PWD"

: "${CUSTOMERS:=10000}"
: "${THREADS:=2}"
: "${CONNECTIONS:=32}"
: "${DURATION:=30s}"
: "${WARMUP:=30s}"
: "${PROFILE:=1}"
: "${SKIP_BUILD:=0}"
: "${APP_PORT_START:=5790}"
: "${PG_MAX_CONNECTIONS:=300}"
: "${PG_STATEMENTS:=0}"
if [[ "$PG_STATEMENTS" == 1 ]]; then
    PG_EXTRA_OPTIONS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c pg_stat_statements.track_utility=on -c pg_stat_statements.track_planning=on"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1

STAMP="$(date -u +%Y%m%d-%H%M%S)"
RESULTS_DIR="$REPO_ROOT/bench/results"
REPORT="$RESULTS_DIR/customers-$STAMP.md"
CAPTURE="$RESULTS_DIR/customers-$STAMP-sql.json"
SETUP_ENV="$(mktemp /tmp/metahub-bench-customers.XXXXXXXX)"

TENANT=demo
COMPANY=mobil-dev
EMAIL=owner@demo.local
PASSWORD='Demo.Metahub!2026'
# The harness can be tried on another list, e.g. LIST_PATH='/api/v1/users?page=1&pageSize=50'.
: "${LIST_PATH:=/api/v1/customers?page=1&pageSize=50}"

SCRIPT_NAME=customers
# shellcheck source=bench/lib.sh
source "$REPO_ROOT/bench/lib.sh"

BASELINE_PID=""
stop_baseline() {
    if [[ -n "$BASELINE_PID" ]]; then
        kill -TERM "$BASELINE_PID" 2>/dev/null || true
        wait "$BASELINE_PID" 2>/dev/null || true
        BASELINE_PID=""
    fi
}
# lib.sh's cleanup stops the app and PostgreSQL; the baseline and the setup file go first.
cleanup_all() {
    local rc=$?
    set +e
    stop_baseline
    rm -f "$SETUP_ENV"
    (exit "$rc")
    cleanup
}
trap cleanup_all EXIT INT TERM HUP

# The app as in production (no Development console, JSON logs, no development tenant fallback),
# with the demo tenant for a user to sign in as, and tokens that outlive the run.
APP_ENV=(ASPNETCORE_ENVIRONMENT=Production MetaHub__Demo__Enabled=true MetaHub__Demo__RequireTwoFactor=false
    MetaHub__Auth__AccessTokenMinutes=120)

# setup [NAME=VALUE...]: customers in the company, a signed-in user; extra arguments for the driver.
setup() {
    dotnet "$BENCH_DLL" customers setup --url "$APP_URL" --server "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres${PG_CONNECTION_OPTIONS:-}" \
        --tenant "$TENANT" --company "$COMPANY" --email "$EMAIL" --password "$PASSWORD" --customers "$CUSTOMERS" \
        --env-file "$SETUP_ENV" "$@"
    # shellcheck disable=SC1090
    source "$SETUP_ENV"
}

start_baseline() {
    local port i
    port="$(free_port $((APP_PORT_START + 20)))"
    BASELINE_URL="http://127.0.0.1:$port"
    # The same garbage collector as the app (the Web SDK's server GC; the driver's project has it off).
    DOTNET_gcServer=1 dotnet "$BENCH_DLL" customers baseline --connection "$TENANT_DB" --capture "$CAPTURE" \
        --tenant-id "$TENANT_ID" --company-id "$COMPANY_ID" --urls "$BASELINE_URL" --route "${LIST_PATH%%\?*}" \
        >"$RESULTS_DIR/customers-$STAMP-baseline.log" 2>&1 &
    BASELINE_PID=$!
    for i in $(seq 1 300); do
        curl -fsS "$BASELINE_URL$LIST_PATH" >/dev/null 2>&1 && return 0
        kill -0 "$BASELINE_PID" 2>/dev/null || break
        sleep 0.1
    done
    tail -n 40 "$RESULTS_DIR/customers-$STAMP-baseline.log" >&2
    err "the baseline did not start"
    return 1
}

get() { curl -fsS -H "Authorization: Bearer $TOKEN" -H "x-tenant: $TENANT" "$1"; }

# CPU time (clock ticks) of a process, and of PostgreSQL: the postmaster with the backends it
# reaped and the ones still running. Under load from elsewhere on the machine requests/s drift; the
# CPU a request costs does not, so it is what the profile compares.
proc_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
pg_ticks() {
    local postmaster
    postmaster="$(head -n 1 "$PG_DATA/postmaster.pid")"
    cat /proc/[0-9]*/stat 2>/dev/null | awk -v pm="$postmaster" '
        $1 == pm { t += $14 + $15 + $16 + $17 } $4 == pm { t += $14 + $15 } END { print t + 0 }'
}

# wrk_run LABEL URL DURATION PID : prints "requests/s p99-ms errors app-cpu-ms/request pg-cpu-ms/request"
# for the server process PID, and keeps wrk's output.
wrk_run() {
    local label="$1" url="$2" duration="$3" pid="$4" out app0 pg0 app1 pg1
    out="$RESULTS_DIR/customers-$STAMP-wrk-$label.txt"
    app0="$(proc_ticks "$pid")" pg0="$(pg_ticks)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency \
        -H "Authorization: Bearer $TOKEN" -H "x-tenant: $TENANT" "$url" >"$out"
    app1="$(proc_ticks "$pid")" pg1="$(pg_ticks)"
    awk -v app=$((app1 - app0)) -v pg=$((pg1 - pg0)) -v tck="$(getconf CLK_TCK)" '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
            return v + 0
        }
        /^Requests\/sec:/ { rps = $2 }
        / requests in / { requests = $1 }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { for (i = 3; i <= NF; i += 2) errors += $(i + 1) }
        END {
            per = requests > 0 ? 1000 / tck / requests : 0
            printf "%.0f %.1f %d %.2f %.2f\n", rps, p99, errors, app * per, pg * per
        }' "$out"
}

# statements SQL : runs SQL on the cluster's postgres database.
statements() { as_pg psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }

# measure LABEL URL PID : a warm-up, then the measured run.
measure() {
    log "wrk $1: warm-up $WARMUP, then $DURATION ($THREADS threads, $CONNECTIONS connections)"
    wrk_run "$1-warmup" "$2" "$WARMUP" "$3" >/dev/null
    [[ "$PG_STATEMENTS" != 1 ]] || statements 'SELECT pg_stat_statements_reset()' >/dev/null
    wrk_run "$1" "$2" "$DURATION" "$3"
    if [[ "$PG_STATEMENTS" == 1 ]]; then
        statements "SELECT calls, round(total_plan_time::numeric / NULLIF(calls, 0), 3) AS plan_ms, round(total_exec_time::numeric / NULLIF(calls, 0), 3) AS exec_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 160) AS query
            FROM pg_stat_statements ORDER BY total_plan_time + total_exec_time DESC LIMIT 15" >"$RESULTS_DIR/customers-$STAMP-statements-$1.txt"
    fi
}

ensure_packages initdb:postgresql wrk:wrk curl:curl

mkdir -p "$RESULTS_DIR"
if [[ "$SKIP_BUILD" != 1 ]]; then
    log "build (Release)"
    dotnet build src/MetaHub.Web -c Release -v q -nologo >&2
    dotnet build bench/MetaHub.Benchmarks -c Release -v q -nologo >&2
fi

LOAD_BEFORE="$(cut -d ' ' -f 1-3 /proc/loadavg)"
start_postgres
[[ "$PG_STATEMENTS" != 1 ]] || statements 'CREATE EXTENSION pg_stat_statements' >/dev/null

log "capture: the app with EF Core's command log, $CUSTOMERS customers in $TENANT/$COMPANY"
start_app capture Postgres "${APP_ENV[@]}" Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information
setup --log "$APP_LOG" --path "$LIST_PATH" --capture "$CAPTURE" >"$CAPTURE.md"
log "added $SEEDED customers; SQL captured in $(basename "$CAPTURE")"
stop_app keep

log "measured: the app again without the command log, and the baseline"
start_app metahub Postgres "${APP_ENV[@]}"
setup
start_baseline

if cmp -s <(get "$APP_URL$LIST_PATH") <(get "$BASELINE_URL$LIST_PATH"); then
    same="identical bytes"
else
    same="**different** (first 300 bytes: MetaHub \`$(get "$APP_URL$LIST_PATH" | head -c 300)\`, baseline \`$(get "$BASELINE_URL$LIST_PATH" | head -c 300)\`)"
fi

# row LABEL RESULT : a row of the report's table from what measure printed.
ROWS=""
row() {
    local rps p99 errors app pg
    read -r rps p99 errors app pg <<<"$2"
    ROWS+="| $1 | $rps | $p99 ms | $errors | $app ms | $pg ms |"$'\n'
}

metahub="$(measure metahub "$APP_URL$LIST_PATH" "$APP_PID")"
baseline="$(measure baseline "$BASELINE_URL$LIST_PATH" "$BASELINE_PID")"
row MetaHub "$metahub"
row "baseline (same SQL, plain Npgsql)" "$baseline"
if [[ "$PROFILE" == 1 ]]; then
    row 'MetaHub, `pageSize=1`' "$(measure metahub-page1 "$APP_URL${LIST_PATH%%\?*}?page=1&pageSize=1" "$APP_PID")"
    row 'baseline, `pageSize=1`' "$(measure baseline-page1 "$BASELINE_URL${LIST_PATH%%\?*}?page=1&pageSize=1" "$BASELINE_PID")"
    row 'MetaHub, `GET /api/v1/tenant/current` with the same token (pipeline and session check, no list)' \
        "$(measure metahub-tenant "$APP_URL/api/v1/tenant/current" "$APP_PID")"
fi

read -r app_rps app_p99 _ <<<"$metahub"
read -r base_rps base_p99 _ <<<"$baseline"
ratio() { awk -v a="$1" -v b="$2" -v scale="$3" 'BEGIN { if (b == 0) print "–"; else printf "%.2f\n", a / b * scale }'; }
rps_pct="$(ratio "$app_rps" "$base_rps" 100)"
p99_x="$(ratio "$app_p99" "$base_p99" 1)"
verdict() { awk -v v="$1" -v limit="$2" -v op="$3" 'BEGIN { ok = (op == ">=") ? v >= limit : v <= limit; print ok ? "met" : "**missed**" }'; }

{
    printf '## Customer list under load, %s UTC\n\n' "$(date -u '+%Y-%m-%d %H:%M')"
    printf '%s, %s CPUs (load average before the run: %s), .NET %s, %s, wrk %s\n\n' "$(uname -sr)" "$(nproc)" "$LOAD_BEFORE" \
        "$(dotnet --version)" "$(pg_ctl --version)" "$(wrk -v 2>&1 | head -n 1 | awk '{print $2}')"
    printf '`GET %s`, %s customers in the company; wrk -t%s -c%s -d%s --latency after a %s warm-up, one endpoint at a time.\n' \
        "$LIST_PATH" "$CUSTOMERS" "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP"
    printf 'The two answers: %s. CPU per request: user + system time of the server process and of all\n' "$same"
    printf 'PostgreSQL processes during the measured run, divided by the requests served.\n\n'
    printf '| endpoint | requests/s | p99 | errors | server CPU / request | PostgreSQL CPU / request |\n|---|---:|---:|---:|---:|---:|\n'
    printf '%s' "$ROWS"
    printf '\nMetaHub reaches %s %% of the baseline'"'"'s requests/s (target ≥ 50 %%: %s) with %s× its p99 (target ≤ 2×: %s).\n\n' \
        "$rps_pct" "$(verdict "$rps_pct" 50 '>=')" "$p99_x" "$(verdict "$p99_x" 2 '<=')"
    cat "$CAPTURE.md"
} | tee "$REPORT"
log "report: $REPORT"
