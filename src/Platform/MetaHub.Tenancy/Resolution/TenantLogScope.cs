using System.Collections;

namespace MetaHub.Tenancy.Resolution;

/// <summary>Log scope carrying the tenant on every line written while a request runs.</summary>
internal sealed class TenantLogScope(Guid tenantId, string tenant) : IReadOnlyList<KeyValuePair<string, object>>
{
    public int Count => 2;

    public KeyValuePair<string, object> this[int index] => index switch
    {
        0 => new("TenantId", tenantId),
        1 => new("Tenant", tenant),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"Tenant:{tenant}";
}
