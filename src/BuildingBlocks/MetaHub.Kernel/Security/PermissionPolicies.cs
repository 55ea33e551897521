using Microsoft.AspNetCore.Builder;

namespace MetaHub.Kernel.Security;

/// <summary>Authorisation policies by permission code: <c>.RequirePermission("customers.view")</c>.</summary>
public static class PermissionPolicies
{
    public const string Prefix = "permission:";

    public static string For(string code) => Prefix + code;

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string code)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(For(code));
}
