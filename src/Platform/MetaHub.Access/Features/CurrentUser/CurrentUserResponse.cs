namespace MetaHub.Access.Features.CurrentUser;

internal sealed record CurrentUserResponse(CurrentUserResponse.UserPart User, CurrentUserResponse.TenantPart Tenant, Guid? ActiveCompanyId)
{
    internal sealed record UserPart(Guid Id, string Email, string Name);

    internal sealed record TenantPart(Guid Id, string Slug, string Name);
}
