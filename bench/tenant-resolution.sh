#!/usr/bin/env bash
# Micro-benchmark of tenant resolution with 10,000 tenants in the catalog (BenchmarkDotNet).
# Results: bench/results/ (markdown and CSV). Takes about three minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/MetaHub.Benchmarks -- \
  --filter '*TenantResolutionBenchmarks*' --artifacts bench/results "$@"
