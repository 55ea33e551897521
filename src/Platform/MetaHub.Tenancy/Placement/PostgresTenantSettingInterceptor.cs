using System.Data.Common;
using System.Globalization;
using MetaHub.Kernel.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetaHub.Tenancy.Placement;

/// <summary>
/// Sets the transaction-local <c>metahub.tenant_id</c> that the row-level security policies
/// compare against, for every command a <see cref="TenantDbContext"/> sends. Inside a transaction
/// it is set once when the transaction starts; a command outside one gets it as a prefix, which
/// lives exactly as long as that command's implicit transaction. Either way a pooled connection
/// never carries one tenant's id into other work, and a command without it sees no rows.
/// </summary>
internal sealed class PostgresTenantSettingInterceptor : IDbCommandInterceptor, IDbTransactionInterceptor
{
    public const string SettingName = "metahub.tenant_id";

    public static readonly PostgresTenantSettingInterceptor Instance = new();

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        if (TenantOf(eventData.Context) is { } tenantId)
        {
            using var command = SetCommand(connection, result, tenantId);
            command.ExecuteNonQuery();
        }

        return result;
    }

    public async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (TenantOf(eventData.Context) is { } tenantId)
        {
            await using var command = SetCommand(connection, result, tenantId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

    private static void Prefix(DbCommand command, CommandEventData eventData)
    {
        if (command.Transaction is not null || TenantOf(eventData.Context) is not { } tenantId)
        {
            return;
        }

        // A DO block returns no result set and no row count, so readers still start at the
        // query's own rows and affected-row counts are unchanged. The value is a formatted
        // Guid: it cannot carry SQL.
        command.CommandText = $"DO $mh$BEGIN PERFORM set_config('{SettingName}', '{tenantId}', true); END$mh$;\n{command.CommandText}";
    }

    private static DbCommand SetCommand(DbConnection connection, DbTransaction transaction, string tenantId)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT set_config('{SettingName}', '{tenantId}', true)";
        return command;
    }

    private static string? TenantOf(Microsoft.EntityFrameworkCore.DbContext? context) =>
        context is TenantDbContext tenantContext ? tenantContext.Scope.TenantId.ToString("D", CultureInfo.InvariantCulture) : null;
}
