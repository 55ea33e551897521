namespace MetaHub.Kernel.Tenancy;

/// <summary>A row that belongs to exactly one tenant. Every tenant table implements it.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
