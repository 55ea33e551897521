#!/usr/bin/env bash
# Adds one migration to both providers, so SQLite and PostgreSQL never drift apart.
#   scripts/add-migration.sh Catalog|Tenant MigrationName
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ] || { [ "$1" != Catalog ] && [ "$1" != Tenant ]; }; then
  echo "usage: $0 Catalog|Tenant MigrationName" >&2
  exit 2
fi
context=$1
name=$2

dotnet tool restore >/dev/null
dotnet build src/MetaHub.Web -c Debug >/dev/null
for provider in Sqlite Postgres; do
  echo "== $context migration $name for $provider"
  dotnet dotnet-ef migrations add "$name" \
    --no-build \
    --context "${context}DbContext" \
    --project "src/Data/MetaHub.Migrations.$provider" \
    --startup-project src/MetaHub.Web \
    --output-dir "$context" \
    -- --provider "$provider"
done
