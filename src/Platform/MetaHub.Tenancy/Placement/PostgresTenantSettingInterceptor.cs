using System.Data.Common;
using System.Globalization;
using MetaHub.Kernel.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetaHub.Tenancy.Placement;

/// <summary>
/// Puts the context's tenant id into the transaction-local setting <c>metahub.tenant_id</c> ahead of
/// every command, which the row-level security policies compare against. The setting lives only
/// as long as the transaction (a lone statement's implicit one included), so a pooled connection
/// never carries one tenant's id into another tenant's work, and a command sent without it
/// sees no rows at all.
/// </summary>
internal sealed class PostgresTenantSettingInterceptor : DbCommandInterceptor
{
    public const string SettingName = "metahub.tenant_id";

    public static readonly PostgresTenantSettingInterceptor Instance = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    private static void Prefix(DbCommand command, CommandEventData eventData)
    {
        if (eventData.Context is not TenantDbContext context)
        {
            return;
        }

        // A DO block returns no result set, so readers still start at the query's own rows.
        // The value is a formatted Guid: it cannot carry SQL.
        var tenantId = context.Scope.TenantId.ToString("D", CultureInfo.InvariantCulture);
        command.CommandText =
            $"DO $mh$BEGIN PERFORM set_config('{SettingName}', '{tenantId}', true); END$mh$;\n{command.CommandText}";
    }
}
