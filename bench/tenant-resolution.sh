#!/usr/bin/env bash
# Micro-benchmark of tenant resolution with 10,000 tenants in the catalog (BenchmarkDotNet).
# Results: bench/results/ (markdown and CSV). About ten minutes on two cores.
# Arguments replace the default filter, e.g. --filter '*TenantResolutionBenchmarks.Middleware*'.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- --filter '*TenantResolutionBenchmarks*'
dotnet run -c Release --project bench/MetaHub.Benchmarks -- --artifacts bench/results "$@"
