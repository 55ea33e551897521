using Microsoft.AspNetCore.Authorization;

namespace MetaHub.Operators.Authentication;

/// <summary>An operator whose session and account were confirmed for this request: signed in as a tenant's user is never enough.</summary>
internal sealed class ActiveOperatorRequirement : IAuthorizationRequirement;
