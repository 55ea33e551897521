namespace MetaHub.Access.Authentication;

/// <summary>Claim types of MetaHub's access tokens.</summary>
public static class MetaHubClaims
{
    public const string TenantId = "tid";
    public const string Tenant = "tenant";
    public const string CompanyId = "cid";
}
