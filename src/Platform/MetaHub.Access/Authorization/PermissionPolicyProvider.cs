using System.Collections.Concurrent;
using MetaHub.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace MetaHub.Access.Authorization;

/// <summary>Turns a policy name <c>permission:code</c> into a policy requiring a signed-in user holding that permission.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    private readonly ConcurrentDictionary<string, AuthorizationPolicy> policies = new(StringComparer.Ordinal);

    public override Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(PermissionPolicies.Prefix, StringComparison.Ordinal))
        {
            return base.GetPolicyAsync(policyName);
        }

        var policy = policies.GetOrAdd(policyName, name => new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(name[PermissionPolicies.Prefix.Length..]))
            .Build());
        return Task.FromResult<AuthorizationPolicy?>(policy);
    }
}
