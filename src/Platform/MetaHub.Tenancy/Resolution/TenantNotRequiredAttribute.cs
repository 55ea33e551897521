namespace MetaHub.Tenancy.Resolution;

/// <summary>
/// Endpoint metadata for public platform endpoints (health, registration, API docs, static
/// files): no tenant is resolved for them, so they work even when the catalog does not answer.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class TenantNotRequiredAttribute : Attribute;
