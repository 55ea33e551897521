namespace MetaHub.Tenancy.Resolution;

/// <summary>
/// Endpoint metadata for public platform endpoints (health, registration, API docs, static files):
/// the tenant is resolved when the request names one, and its absence is not an error.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class TenantNotRequiredAttribute : Attribute;
