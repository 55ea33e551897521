using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MetaHub.Access.Domain;
using MetaHub.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.Access.Auditing;

/// <summary>
/// The hash chain over a tenant's audit entries: each hash is SHA-256 of the previous hash and
/// every field of the entry, so editing, inserting or deleting an entry is detected by walking it.
/// </summary>
internal static class AuditChain
{
    public const string Genesis = "";

    public static string ComputeHash(AuditEntry entry)
    {
        var fields = new[]
        {
            entry.PreviousHash,
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.TenantId.ToString(),
            entry.CompanyId?.ToString(),
            entry.UserId?.ToString(),
            entry.UserName,
            entry.Action,
            entry.Module,
            entry.RecordType,
            entry.RecordId,
            entry.OldValues,
            entry.NewValues,
            entry.IpAddress,
            entry.UserAgent,
            entry.CorrelationId,
            entry.CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture),
        };

        // A separator that cannot occur in the fields' text keeps ("ab","c") and ("a","bc") apart;
        // a null is marked apart from an empty string.
        var canonical = string.Join('\u001F', fields.Select(f => f is null ? "\u0000" : f));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Time as stored on every provider: UTC, whole milliseconds.</summary>
    public static DateTime Timestamp(DateTimeOffset now)
    {
        var ticks = now.UtcTicks;
        return new DateTime(ticks - (ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    public static async Task<AuditVerification> VerifyAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        var expectedSequence = 1L;
        var previousHash = Genesis;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            entry.CreatedAt = DateTime.SpecifyKind(entry.CreatedAt, DateTimeKind.Utc);
            var problem = entry.Sequence != expectedSequence ? AuditVerification.Missing
                : entry.PreviousHash != previousHash ? AuditVerification.Unlinked
                : ComputeHash(entry) != entry.Hash ? AuditVerification.Altered
                : null;
            if (problem is not null)
            {
                return new AuditVerification(false, expectedSequence - 1, expectedSequence, problem);
            }

            previousHash = entry.Hash;
            expectedSequence++;
        }

        return new AuditVerification(true, expectedSequence - 1, null, null);
    }
}
