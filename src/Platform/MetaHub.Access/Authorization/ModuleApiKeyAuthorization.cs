using MetaHub.Access.Sessions;
using MetaHub.Kernel.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace MetaHub.Access.Authorization;

/// <summary>
/// A module API key reaches only endpoints marked as its module's (<see cref="ModuleEndpointAttribute"/>):
/// any other endpoint that asks for authorisation refuses it, whatever it asks for. A key whose module
/// the tenant has switched off holds no permission and reaches nothing.
/// </summary>
internal sealed class ModuleApiKeyAuthorization(CurrentUser currentUser) : IAuthorizationHandler
{
    public const string OtherModule = "apiKeys.otherModule";
    public const string ModuleOff = "apiKeys.moduleOff";

    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (currentUser.ApiKeyModule is not { } module)
        {
            return Task.CompletedTask;
        }

        var endpoint = context.Resource switch
        {
            HttpContext http => http.GetEndpoint(),
            Endpoint direct => direct,
            _ => null,
        };
        if (endpoint?.Metadata.GetMetadata<ModuleEndpointAttribute>()?.Code != module)
        {
            context.Fail(new AuthorizationFailureReason(this, OtherModule));
        }
        else if (currentUser.Permissions.Count == 0)
        {
            // The tenant has the module switched off (or the key has no scope): nothing of it is reachable.
            context.Fail(new AuthorizationFailureReason(this, ModuleOff));
        }

        return Task.CompletedTask;
    }
}
