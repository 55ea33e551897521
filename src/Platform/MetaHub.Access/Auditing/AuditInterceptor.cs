using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Auditing;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetaHub.Access.Auditing;

/// <summary>
/// Writes the audit log inside the save that causes it: one entry per created, changed or deleted
/// row (changed properties only, old and new, sensitive values redacted), then seals every new
/// entry — change or security event — into the tenant's hash chain. Appending is serialised per
/// tenant in this process; across processes the unique (tenant, sequence) index makes a racing
/// writer fail rather than fork the chain. Audit entries themselves can never be changed or removed.
/// </summary>
internal sealed class AuditInterceptor(TimeProvider time) : SaveChangesInterceptor, ITenantInterceptor
{
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> TenantLocks = new();
    private static readonly ConditionalWeakTable<DbContext, SemaphoreSlim> HeldLocks = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is TenantDbContext { Scope.TenantId: var tenantId } && tenantId != Guid.Empty
            ? throw new InvalidOperationException("Tenant data is saved with SaveChangesAsync, which writes its audit entries.")
            : result;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not TenantDbContext db || db.Scope.TenantId == Guid.Empty)
        {
            return result;
        }

        var now = AuditChain.Timestamp(time.GetUtcNow());
        RecordChanges(db, now);
        var pending = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (pending.Count > 0)
        {
            await SealAsync(db, pending, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>A new audit entry on behalf of the context's actor, in its company if it has one.</summary>
    public static AuditEntry NewEntry(TenantDbContext db, string action, string module, DateTime now) => new()
    {
        TenantId = db.Scope.TenantId,
        CompanyId = db.Scope.HasCompany ? db.Scope.CompanyId : null,
        UserId = db.Actor.UserId,
        UserName = db.Actor.UserName,
        Action = action,
        Module = module,
        IpAddress = db.Actor.IpAddress,
        UserAgent = db.Actor.UserAgent,
        CorrelationId = db.Actor.CorrelationId,
        CreatedAt = now,
    };

    private static void RecordChanges(TenantDbContext db, DateTime now)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new TenantIsolationException("The audit log is append-only.");
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Entity is not ITenantOwned
                || entry.Metadata.IsExcludedFromAudit())
            {
                continue;
            }

            var (oldValues, newValues) = Values(entry);
            if (entry.State == EntityState.Modified && newValues.Count == 0)
            {
                continue;
            }

            var type = entry.Metadata.ClrType;
            var suffix = entry.State switch { EntityState.Added => "CREATE", EntityState.Modified => "UPDATE", _ => "DELETE" };
            var audit = NewEntry(db, $"{UpperSnake(type.Name)}_{suffix}", db.Modules.ModuleOf(type), now);
            audit.CompanyId = CompanyOf(entry) ?? audit.CompanyId;
            audit.RecordType = type.Name;
            audit.RecordId = string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            audit.OldValues = oldValues.Count == 0 ? null : JsonSerializer.Serialize(oldValues);
            audit.NewValues = newValues.Count == 0 ? null : JsonSerializer.Serialize(newValues);
            entries.Add(audit);
        }

        db.AddRange(entries);
    }

    /// <summary>The company a row belongs to — itself for a company — so the entry shows in that company's log.</summary>
    private static Guid? CompanyOf(EntityEntry entry) => entry.Entity switch
    {
        Company company => company.Id,
        _ => entry.Metadata.FindProperty(nameof(ICompanyOwned.CompanyId)) is { } property && entry.Property(property.Name).CurrentValue is Guid id && id != Guid.Empty
            ? id
            : null,
    };

    private static (Dictionary<string, object?> Old, Dictionary<string, object?> New) Values(EntityEntry entry)
    {
        var oldValues = new Dictionary<string, object?>(StringComparer.Ordinal);
        var newValues = new Dictionary<string, object?>(StringComparer.Ordinal);
        var properties = entry.Properties.Select(p => (Name: p.Metadata.Name, Property: p))
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => (Name: $"{c.Metadata.Name}.{p.Metadata.Name}", Property: p))));
        foreach (var (name, property) in properties)
        {
            if (name == nameof(ITenantOwned.TenantId) || property.Metadata.IsExcludedFromAudit())
            {
                continue;
            }

            var sensitive = property.Metadata.IsSensitive();
            object? Shown(object? value) => sensitive ? AuditModel.Redacted : value;
            if (entry.State == EntityState.Added)
            {
                newValues[name] = Shown(property.CurrentValue);
            }
            else if (entry.State == EntityState.Deleted)
            {
                oldValues[name] = Shown(property.OriginalValue);
            }
            else if (property.IsModified && !property.Metadata.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue))
            {
                oldValues[name] = Shown(property.OriginalValue);
                newValues[name] = Shown(property.CurrentValue);
            }
        }

        return (oldValues, newValues);
    }

    private static async Task SealAsync(TenantDbContext db, List<AuditEntry> pending, CancellationToken cancellationToken)
    {
        var gate = TenantLocks.GetOrAdd(db.Scope.TenantId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        HeldLocks.AddOrUpdate(db, gate);
        long sequence;
        string previousHash;
        try
        {
            var last = await db.Set<AuditEntry>()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            sequence = last?.Sequence ?? 0;
            previousHash = last?.Hash ?? AuditChain.Genesis;
        }
        catch
        {
            Release(db);
            throw;
        }

        foreach (var entry in pending)
        {
            entry.TenantId = db.Scope.TenantId;
            entry.Sequence = ++sequence;
            entry.PreviousHash = previousHash;
            entry.Hash = AuditChain.ComputeHash(entry);
            previousHash = entry.Hash;
        }
    }

    private static void Release(DbContext? context)
    {
        if (context is not null && HeldLocks.TryGetValue(context, out var gate))
        {
            HeldLocks.Remove(context);
            gate.Release();
        }
    }

    private static string UpperSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
