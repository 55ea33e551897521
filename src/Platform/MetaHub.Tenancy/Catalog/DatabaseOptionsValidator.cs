using Microsoft.Extensions.Options;
using Npgsql;

namespace MetaHub.Tenancy.Catalog;

/// <summary>Refuses to start with database settings that cannot work, saying which key to fix.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("MetaHub:DataDirectory must name a directory.");
        }

        if (options.DedicatedDatabasePrefix.Length > 20 || !options.DedicatedDatabasePrefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            failures.Add("MetaHub:Database:DedicatedDatabasePrefix must be at most 20 characters of a-z, 0-9 and '_'.");
        }

        if (options.MigrationConcurrency is < 1 or > 64)
        {
            failures.Add("MetaHub:Database:MigrationConcurrency must be between 1 and 64.");
        }

        if (options.Provider == DatabaseProvider.Postgres)
        {
            CheckPostgres(failures, "ConnectionStrings:Catalog", options.CatalogConnectionString);
            CheckPostgres(failures, "ConnectionStrings:Tenants", options.TenantsConnectionString);
            foreach (var (server, connectionString) in options.Servers)
            {
                CheckPostgres(failures, $"MetaHub:Database:Servers:{server}", connectionString);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPostgres(List<string> failures, string key, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            failures.Add($"{key} is required when MetaHub:Database:Provider is 'Postgres'.");
            return;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrEmpty(builder.Host))
            {
                failures.Add($"{key} has no Host.");
            }
        }
        catch (ArgumentException e)
        {
            failures.Add($"{key} is not a valid PostgreSQL connection string: {e.Message}");
        }
    }
}
