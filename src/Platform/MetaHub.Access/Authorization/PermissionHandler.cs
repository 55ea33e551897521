using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Authorization;

namespace MetaHub.Access.Authorization;

internal sealed class PermissionHandler(ICurrentUser currentUser) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (currentUser.HasPermission(requirement.Code))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
