namespace MetaHub.Kernel.Modules;

/// <summary>
/// Names the module an endpoint belongs to, so a module's API key reaches only its own module's
/// endpoints. Set it on a module's route group with <see cref="ModuleEndpoints.ForModule{TBuilder}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ModuleEndpointAttribute(string code) : Attribute
{
    public string Code { get; } = code;
}
