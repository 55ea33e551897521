namespace MetaHub.Access.Features.Roles;

internal sealed record RoleRequest(string? Name, string? Description, IReadOnlyList<string>? Permissions);
