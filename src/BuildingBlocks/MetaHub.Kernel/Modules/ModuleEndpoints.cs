using Microsoft.AspNetCore.Builder;

namespace MetaHub.Kernel.Modules;

/// <summary>Marks endpoints as a module's: <c>endpoints.MapGroup("/api/v1/customers").ForModule("customers")</c>.</summary>
public static class ModuleEndpoints
{
    public static TBuilder ForModule<TBuilder>(this TBuilder builder, string code)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ModuleEndpointAttribute(code));
}
