#!/usr/bin/env bash
# MetaHub test runner (used by .ci/run).
#
# What it does:
#   1. Makes sure PostgreSQL (initdb/pg_ctl/postgres) and Chromium are available;
#      when running as root, installs the missing ones with apt-get
#      (packages `postgresql`, `chromium`). As non-root it only reports what is missing.
#      Installs the SMTP test server (npm package maildev@3, Node.js from apt when missing)
#      into ./.tools; the test hosts start it themselves on free loopback ports (MAILDEV_BIN).
#   2. Starts a throw-away PostgreSQL server (fresh temp dir under /tmp, free loopback
#      port, trust auth) that is stopped and deleted on exit.
#   3. Builds the solution once: dotnet build MetaHub.slnx -c Release
#   4. Runs `dotnet test` (with --no-build -c Release, one TRX file per run in ./TestResults;
#      VSTest-style arguments, or Microsoft.Testing.Platform-style ones when global.json
#      selects that runner):
#        tests/MetaHub.UnitTests                               once
#        tests/MetaHub.IntegrationTests, tests/MetaHub.E2E     with the SQLite provider
#        tests/MetaHub.IntegrationTests, tests/MetaHub.E2E     with the Postgres provider
#      A test project is skipped silently while its directory (or its .csproj) does not exist.
#   5. Prints one line per run and, as the very last line, "N passed, N failed"
#      (followed by ", N skipped" when tests were skipped).
#      Exit code is non-zero if the build or any run failed, any test failed,
#      or no test ran at all.
#
# Optional environment knobs:
#   TEST_FILTER=<expr>      passed to every `dotnet test` as --filter "<expr>"
#   SKIP_POSTGRES=1         run only the SQLite pass (no PostgreSQL needed/started)
#   PLAYWRIGHT_CHROMIUM_EXECUTABLE=<path>
#                           browser for the E2E tests (default /usr/bin/chromium)
#   TEST_TIME_BUDGET=<sec>  hard wall-clock budget for the whole script (default 3000 = 50 min; CI allows 90);
#                           a build/test step still running when it is used up is killed
#                           and counted as failed
#   TEST_RUN_TIMEOUT=<sec>  max duration of a single `dotnet test` run (default 600)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
REPO_ROOT="$PWD"
RESULTS="$REPO_ROOT/TestResults"

SOLUTION="MetaHub.slnx"
UNIT_PROJECT="tests/MetaHub.UnitTests"
INTEGRATION_PROJECT="tests/MetaHub.IntegrationTests"
E2E_PROJECT="tests/MetaHub.E2E"

: "${TEST_FILTER:=}"
: "${SKIP_POSTGRES:=0}"
: "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:=/usr/bin/chromium}"
: "${TEST_TIME_BUDGET:=3000}"
: "${TEST_RUN_TIMEOUT:=600}"
: "${MAILDEV_BIN:=$REPO_ROOT/.tools/node_modules/.bin/maildev}"
export PLAYWRIGHT_CHROMIUM_EXECUTABLE MAILDEV_BIN

# Quiet, non-interactive .NET CLI that leaves no build servers / MSBuild nodes behind.
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_USE_MSBUILD_SERVER=0
export MSBUILDDISABLENODEREUSE=1

# `dotnet test` flavour: Microsoft.Testing.Platform when global.json opts into it
# ("test": {"runner": "Microsoft.Testing.Platform"}), VSTest otherwise.
TEST_MODE=vstest
if [[ -f global.json ]] && grep -q '"Microsoft.Testing.Platform"' global.json; then
    TEST_MODE=mtp
fi

IS_ROOT=0
[[ "$(id -u)" -eq 0 ]] && IS_ROOT=1

PG_TMP=""            # temp dir holding data dir, socket and log
PG_DATA=""
PG_PORT=""
PG_STARTED=0
PG_CTL=""
INITDB=""
CREATED_POLICY_RC=0  # we created /usr/sbin/policy-rc.d for the apt install
CHILD_PID=""         # currently running build/test step (process-group leader via `timeout`)

log() { printf '==> %s\n' "$*"; }
err() { printf 'test.sh: %s\n' "$*" >&2; }

# ---------------------------------------------------------------- cleanup ---

kill_child() {
    if [[ -n "$CHILD_PID" ]]; then
        # `timeout` runs in its own process group (pgid == its pid); kill the whole group.
        kill -TERM -- "-$CHILD_PID" 2>/dev/null || kill -TERM "$CHILD_PID" 2>/dev/null || true
        sleep 2
        kill -KILL -- "-$CHILD_PID" 2>/dev/null || true
        CHILD_PID=""
    fi
}

stop_postgres() {
    if [[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]]; then
        local pid
        pid="$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
        as_pg "$PG_CTL" -D "$PG_DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        if [[ "$pid" =~ ^[0-9]+$ ]]; then
            kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
            # Wait until the postmaster is really gone (reaped), at most ~10 s.
            local i
            for i in $(seq 1 100); do
                [[ -e "/proc/$pid" ]] || break
                sleep 0.1
            done
        fi
    fi
    PG_STARTED=0
}

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM HUP
    {
        kill_child
        stop_postgres
        if [[ -n "$PG_TMP" && -d "$PG_TMP" ]]; then
            rm -rf -- "$PG_TMP"
        fi
        if [[ "$CREATED_POLICY_RC" -eq 1 ]]; then
            rm -f /usr/sbin/policy-rc.d
        fi
    } >/dev/null 2>&1
    exit "$rc"
}

# ------------------------------------------------------------ prerequisites ---

# Puts initdb/pg_ctl/postgres on PATH (either already there, e.g. /usr/local/bin,
# or from the newest /usr/lib/postgresql/*/bin). Returns 1 if not found.
find_postgres() {
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 \
        && command -v postgres >/dev/null 2>&1; then
        :
    else
        local dir found=""
        while IFS= read -r dir; do
            if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
                found="$dir"
                break
            fi
        done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r)
        [[ -n "$found" ]] || return 1
        export PATH="$found:$PATH"
    fi
    INITDB="$(command -v initdb)"
    PG_CTL="$(command -v pg_ctl)"
    return 0
}

ensure_prerequisites() {
    local need_pg=1 need_chromium=0
    [[ "$SKIP_POSTGRES" == "1" ]] && need_pg=0
    project_exists "$E2E_PROJECT" && need_chromium=1

    local -a packages=()
    if [[ "$need_pg" -eq 1 ]] && ! find_postgres; then
        packages+=(postgresql)
    fi
    if [[ "$need_chromium" -eq 1 && ! -x "$PLAYWRIGHT_CHROMIUM_EXECUTABLE" ]]; then
        packages+=(chromium fonts-liberation)
    fi
    if ! command -v npm >/dev/null 2>&1; then
        packages+=(nodejs npm)
    fi

    if [[ ${#packages[@]} -gt 0 ]]; then
        if [[ "$IS_ROOT" -ne 1 ]]; then
            err "missing prerequisites: ${packages[*]}"
            err "install them (e.g. 'sudo apt-get install -y ${packages[*]}') or run this script as root;"
            err "SKIP_POSTGRES=1 skips the PostgreSQL pass."
            exit 1
        fi
        log "installing missing packages: ${packages[*]}"
        export DEBIAN_FRONTEND=noninteractive
        # Keep the package's own cluster from being started by the maintainer scripts.
        if [[ ! -e /usr/sbin/policy-rc.d ]]; then
            printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
            chmod 755 /usr/sbin/policy-rc.d
            CREATED_POLICY_RC=1
        fi
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${packages[@]}"
        if [[ "$CREATED_POLICY_RC" -eq 1 ]]; then
            rm -f /usr/sbin/policy-rc.d
            CREATED_POLICY_RC=0
        fi
    fi

    if [[ "$need_pg" -eq 1 ]] && ! find_postgres; then
        err "PostgreSQL binaries (initdb, pg_ctl, postgres) not found after installation"
        exit 1
    fi
    if [[ "$need_chromium" -eq 1 && ! -x "$PLAYWRIGHT_CHROMIUM_EXECUTABLE" ]]; then
        err "Chromium not found at $PLAYWRIGHT_CHROMIUM_EXECUTABLE"
        exit 1
    fi
    if [[ ! -x "$MAILDEV_BIN" ]]; then
        log "npm install maildev@3 into .tools"
        npm install --prefix "$REPO_ROOT/.tools" --no-audit --no-fund --loglevel=error maildev@3 >/dev/null
    fi
    if [[ ! -x "$MAILDEV_BIN" ]]; then
        err "the SMTP test server was not installed at $MAILDEV_BIN"
        exit 1
    fi
    if [[ "$need_pg" -eq 1 && "$IS_ROOT" -eq 1 ]] && ! id -u postgres >/dev/null 2>&1; then
        log "creating system user 'postgres'"
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /bin/sh postgres
    fi
}

# --------------------------------------------------------------- postgres ---

# Runs a PostgreSQL binary as user postgres when we are root (PostgreSQL refuses
# to run as root), otherwise as the current user.
as_pg() {
    if [[ "$IS_ROOT" -eq 1 ]]; then
        (cd "$PG_TMP" && runuser -u postgres -- "$@")
    else
        (cd "$PG_TMP" && "$@")
    fi
}

port_busy() {
    local port="$1"
    if command -v ss >/dev/null 2>&1 && ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; then
        return 0
    fi
    # Something accepts connections on it?
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    return 1
}

start_postgres() {
    PG_TMP="$(mktemp -d /tmp/metahub-pg.XXXXXXXX)"
    PG_DATA="$PG_TMP/data"
    mkdir -m 700 "$PG_DATA"
    chmod 700 "$PG_TMP"
    if [[ "$IS_ROOT" -eq 1 ]]; then
        chown -R postgres:postgres "$PG_TMP"
    fi

    log "initdb $PG_DATA"
    if ! as_pg "$INITDB" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
        >"$PG_TMP/initdb.log" 2>&1; then
        cat "$PG_TMP/initdb.log" >&2
        err "initdb failed"
        return 1
    fi

    local port="${PG_PORT_START:-55432}" attempt
    for attempt in $(seq 1 40); do
        if port_busy "$port"; then
            port=$((port + 1))
            continue
        fi
        if as_pg "$PG_CTL" -D "$PG_DATA" \
            -o "-p $port -k $PG_TMP -c listen_addresses=127.0.0.1 -c max_connections=1000 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            -l "$PG_TMP/postgres.log" -w -t 60 start >/dev/null; then
            PG_PORT="$port"
            PG_STARTED=1
            log "$(as_pg "$PG_CTL" --version) running on 127.0.0.1:$PG_PORT (data: $PG_DATA)"
            return 0
        fi
        if grep -qiE 'could not bind|address already in use|could not create lock file' \
            "$PG_TMP/postgres.log" 2>/dev/null; then
            stop_postgres
            : >"$PG_TMP/postgres.log"
            port=$((port + 1))
            continue
        fi
        tail -n 40 "$PG_TMP/postgres.log" >&2 || true
        err "could not start PostgreSQL"
        return 1
    done
    err "no free port found for PostgreSQL"
    return 1
}

# ------------------------------------------------------------------ steps ---

project_exists() {
    local dir="$1"
    [[ -d "$dir" ]] && compgen -G "$dir/*.csproj" >/dev/null
}

remaining_budget() {
    echo $((TEST_TIME_BUDGET - SECONDS))
}

# run_step MAX_SECONDS CMD... : runs CMD under `timeout` (own process group), capped by
# the remaining time budget; returns CMD's exit code (124 on timeout). Any process
# left in the step's process group afterwards is killed.
run_step() {
    local max="$1"; shift
    local limit rc=0
    limit="$(remaining_budget)"
    if (( limit <= 0 )); then
        err "time budget (${TEST_TIME_BUDGET}s) exhausted, not running: $*"
        return 124
    fi
    (( limit > max )) && limit="$max"
    timeout -k 20 "$limit" "$@" &
    CHILD_PID=$!
    if wait "$CHILD_PID"; then rc=0; else rc=$?; fi
    kill -KILL -- "-$CHILD_PID" 2>/dev/null || true   # stragglers (e.g. orphaned browsers)
    CHILD_PID=""
    if [[ "$rc" -eq 124 ]]; then
        err "timed out after ${limit}s: $*"
    fi
    return "$rc"
}

declare -a RUN_NAMES=() RUN_CODES=()
OVERALL_RC=0

# run_tests NAME PROJECT_DIR [VAR=value...] : dotnet test with the given env.
run_tests() {
    local name="$1" project="$2"; shift 2
    project_exists "$project" || return 0

    local -a args
    if [[ "$TEST_MODE" == mtp ]]; then
        # `dotnet test` in Microsoft.Testing.Platform mode (opted in via global.json).
        args=(test --project "$project" --no-build -c Release
            --results-directory "$RESULTS"
            --report-xunit-trx --report-xunit-trx-filename "$name.trx")
    else
        # VSTest mode. xunit.v3 (>= 4) marks test projects as MTP applications, which the
        # .NET 10 SDK refuses to run through VSTest; IsTestingPlatformApplication=false makes
        # `dotnet test` use the VSTest adapter (xunit.runner.visualstudio) instead.
        args=(test "$project" --no-build -c Release
            -p:IsTestingPlatformApplication=false
            --logger "trx;LogFileName=$name.trx"
            --logger "console;verbosity=normal"
            --results-directory "$RESULTS")
    fi
    if [[ -n "$TEST_FILTER" ]]; then
        args+=(--filter "$TEST_FILTER")
    fi

    log "[$name] ${*:+env $* }dotnet $(printf '%q ' "${args[@]}")"
    local rc=0
    run_step "$TEST_RUN_TIMEOUT" env "$@" dotnet "${args[@]}" || rc=$?
    # MTP exits with 8 when no test ran (e.g. TEST_FILTER matched nothing in this project).
    if [[ "$TEST_MODE" == mtp && "$rc" -eq 8 && -n "$TEST_FILTER" ]]; then
        rc=0
    fi
    RUN_NAMES+=("$name")
    RUN_CODES+=("$rc")
    if [[ "$rc" -ne 0 ]]; then
        OVERALL_RC=1
        err "[$name] dotnet test exited with code $rc"
    fi
    return 0
}

# counter FILE-CONTENT ATTRIBUTE -> number (0 if absent)
counter() {
    local value
    value="$(printf '%s' "$1" | sed -n "s/.*[[:space:]]$2=\"\([0-9]*\)\".*/\1/p")"
    echo "${value:-0}"
}

summarize() {
    local total_passed=0 total_failed=0 total_skipped=0 total_tests=0
    local i name rc trx counters total executed passed failed skipped
    echo
    echo "==================== test summary ===================="
    for i in "${!RUN_NAMES[@]}"; do
        name="${RUN_NAMES[$i]}"
        rc="${RUN_CODES[$i]}"
        trx="$RESULTS/$name.trx"
        if [[ ! -f "$trx" ]]; then
            printf '%-22s no TRX file (exit code %s)\n' "$name" "$rc"
            OVERALL_RC=1
            continue
        fi
        counters="$(tr -d '\r\n' <"$trx" | grep -o '<Counters[^>]*>' | head -n 1 || true)"
        total="$(counter "$counters" total)"
        passed="$(counter "$counters" passed)"
        failed=$(( $(counter "$counters" failed) + $(counter "$counters" error) \
            + $(counter "$counters" timeout) + $(counter "$counters" aborted) ))
        skipped="$(counter "$counters" notExecuted)"
        # VSTest's TRX counts skipped tests as total - executed and leaves notExecuted at 0.
        executed="$(counter "$counters" executed)"
        if (( total - executed > skipped )); then
            skipped=$((total - executed))
        fi
        printf '%-22s total=%s passed=%s failed=%s skipped=%s (exit code %s)\n' \
            "$name" "$total" "$passed" "$failed" "$skipped" "$rc"
        total_tests=$((total_tests + total))
        total_passed=$((total_passed + passed))
        total_failed=$((total_failed + failed))
        total_skipped=$((total_skipped + skipped))
    done

    if (( total_failed > 0 )); then
        OVERALL_RC=1
    fi
    if (( total_tests == 0 || total_passed + total_failed == 0 )); then
        OVERALL_RC=1
        if (( total_skipped == 0 )); then
            echo "0 passed, 0 failed"
            return
        fi
    fi
    if (( total_skipped > 0 )); then
        echo "$total_passed passed, $total_failed failed, $total_skipped skipped"
    else
        echo "$total_passed passed, $total_failed failed"
    fi
}

# ------------------------------------------------------------------- main ---

main() {
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP

    ensure_prerequisites

    rm -rf -- "$RESULTS"
    mkdir -p "$RESULTS"

    if [[ "$SKIP_POSTGRES" != "1" ]]; then
        start_postgres || exit 1
    fi

    log "dotnet build $SOLUTION -c Release"
    local build_rc=0
    run_step "$TEST_TIME_BUDGET" dotnet build "$SOLUTION" -c Release \
        -nodeReuse:false -p:UseSharedCompilation=false || build_rc=$?
    if [[ "$build_rc" -ne 0 ]]; then
        err "build failed (exit code $build_rc)"
        echo "0 passed, 0 failed"
        exit 1
    fi

    local -a sqlite_env=(-u ConnectionStrings__Catalog -u ConnectionStrings__Tenants
        -u METAHUB_TEST_POSTGRES MetaHub__Database__Provider=Sqlite)

    run_tests unit "$UNIT_PROJECT"
    run_tests integration-sqlite "$INTEGRATION_PROJECT" "${sqlite_env[@]}"
    run_tests e2e-sqlite "$E2E_PROJECT" "${sqlite_env[@]}"

    if [[ "$SKIP_POSTGRES" != "1" ]]; then
        local base="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"
        local -a pg_env=(MetaHub__Database__Provider=Postgres
            "ConnectionStrings__Catalog=$base;Database=metahub_catalog"
            "ConnectionStrings__Tenants=$base;Database=postgres"
            METAHUB_TEST_POSTGRES=1)
        run_tests integration-postgres "$INTEGRATION_PROJECT" "${pg_env[@]}"
        run_tests e2e-postgres "$E2E_PROJECT" "${pg_env[@]}"
    fi

    summarize
    exit "$OVERALL_RC"
}

# Allow `source test.sh` (e.g. to call start_postgres from a check script) without running.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    main "$@"
fi
