namespace MetaHub.Kernel.Tenancy;

/// <summary>A row that belongs to one company of the tenant; only that company's requests see it.</summary>
public interface ICompanyOwned : ITenantOwned
{
    Guid CompanyId { get; set; }
}
