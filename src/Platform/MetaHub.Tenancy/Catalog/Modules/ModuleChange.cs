using MetaHub.Kernel.Data;

namespace MetaHub.Tenancy.Catalog;

/// <summary>One change to a tenant's module (its meta, setting, flags or keys): who, what, when, old → new.</summary>
public sealed class ModuleChange : Entity
{
    public Guid TenantId { get; set; }

    public required string Module { get; set; }

    /// <summary>What was changed: an operation (<c>assign</c>, <c>repair</c>, <c>import</c>…) and the field, e.g. <c>setting.order</c>.</summary>
    public required string Action { get; set; }

    public string? Field { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    /// <summary>Operator or tenant user (by email), or <c>system</c>.</summary>
    public required string ChangedBy { get; set; }

    public DateTime ChangedAt { get; set; }
}
