using MetaHub.Access.Sessions;
using MetaHub.Kernel.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace MetaHub.Access.Authorization;

/// <summary>
/// A module API key reaches only endpoints marked as its module's (<see cref="ModuleEndpointAttribute"/>):
/// any other endpoint that asks for authorisation refuses it, whatever it asks for.
/// </summary>
internal sealed class ModuleApiKeyAuthorization(CurrentUser currentUser) : IAuthorizationHandler
{
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
            context.Fail(new AuthorizationFailureReason(this, module));
        }

        return Task.CompletedTask;
    }
}
