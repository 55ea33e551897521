namespace MetaHub.Kernel.Tenancy;

/// <summary>
/// Which rows a unit of work may see: one tenant and, inside it, either one company, the whole
/// group read-only (the holding view), or no company at all (company rows stay invisible).
/// </summary>
public readonly record struct DataScope(Guid TenantId, Guid CompanyId, bool GroupView)
{
    public static DataScope ForTenant(Guid tenantId) => new(tenantId, Guid.Empty, GroupView: false);

    public static DataScope ForCompany(Guid tenantId, Guid companyId) => new(tenantId, companyId, GroupView: false);

    public static DataScope ForGroup(Guid tenantId) => new(tenantId, Guid.Empty, GroupView: true);

    public bool HasCompany => CompanyId != Guid.Empty;
}
