namespace MetaHub.Access.Features.Auth;

internal sealed record CurrentUserResponse(
    CurrentUserResponse.UserPart User,
    CurrentUserResponse.TenantPart Tenant,
    Guid? ActiveCompanyId,
    bool GroupView,
    bool GroupViewAllowed,
    IReadOnlyList<CurrentUserResponse.CompanyPart> Companies,
    IReadOnlyList<string> Permissions)
{
    internal sealed record UserPart(Guid Id, string Email, string FirstName, string LastName, bool TwoFactorEnabled);

    /// <summary>The tenant; <paramref name="SetupCompleted"/> false sends a client to the setup wizard.</summary>
    internal sealed record TenantPart(Guid Id, string Slug, string Name, bool SetupCompleted);

    internal sealed record CompanyPart(
        Guid Id,
        string Name,
        string Slug,
        Guid? ParentCompanyId,
        string? LogoUrl,
        string? PrimaryColor,
        Guid RoleId,
        string RoleName,
        string? SystemRole,
        bool IsOwner,
        bool IsDefault,
        DateTime? LastAccessedAt);
}
