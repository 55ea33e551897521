using Microsoft.AspNetCore.Authorization;

namespace MetaHub.Access.Authorization;

internal sealed record PermissionRequirement(string Code) : IAuthorizationRequirement;
