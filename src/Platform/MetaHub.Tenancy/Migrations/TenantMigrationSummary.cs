namespace MetaHub.Tenancy.Migrations;

internal sealed record TenantMigrationSummary(int Total, int Migrated, int Failed, TimeSpan Elapsed);
