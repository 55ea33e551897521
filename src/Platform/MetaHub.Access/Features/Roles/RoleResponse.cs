namespace MetaHub.Access.Features.Roles;

internal sealed record RoleResponse(
    Guid Id, string Name, string? Description, string? SystemRole, IReadOnlyList<string> Permissions, int MemberCount);
