using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MetaHub.Tenancy.Placement;

/// <summary>Rotates the credentials of every tenant database whose rotation date has passed (SPEC §3: +90 days).</summary>
internal sealed partial class TenantCredentialRotation(
    IDbContextFactory<CatalogDbContext> catalog,
    TenantDatabaseProvisioner databases,
    TimeProvider time,
    ILogger<TenantCredentialRotation> logger)
{
    public async Task<int> RotateDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.TenantDatabases
            .Where(d => d.ConnectionStringCipher != null && d.CredentialsRotateAfter != null && d.CredentialsRotateAfter <= now)
            .ToListAsync(cancellationToken);
        foreach (var database in due)
        {
            await databases.RotateCredentialsAsync(database, cancellationToken);
            // Saved one by one: a failure later in the list leaves the earlier rotations in force.
            await db.SaveChangesAsync(cancellationToken);
            LogRotated(logger, database.Name);
        }

        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Credentials of tenant database {Database} rotated")]
    private static partial void LogRotated(ILogger logger, string database);
}
