namespace MetaHub.Access.Features.Roles;

internal sealed record PermissionResponse(string Code, string Module, bool ReadOnly, IReadOnlyList<string> SystemRoles);
