using Microsoft.AspNetCore.Builder;

namespace MetaHub.Kernel.Security;

/// <summary>The platform operators' area: <c>/api/platform/...</c> endpoints and <c>/platform</c> pages ask for <see cref="Operator"/>.</summary>
public static class PlatformPolicies
{
    /// <summary>A signed-in platform operator (never a tenant's user, whatever their role).</summary>
    public const string Operator = "platform-operator";

    public static TBuilder RequirePlatformOperator<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Operator);
}
