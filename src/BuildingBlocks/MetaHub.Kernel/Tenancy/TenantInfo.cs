namespace MetaHub.Kernel.Tenancy;

/// <summary>
/// What the rest of the application may know about the resolved tenant. Immutable and shared
/// between requests, so resolution costs no allocation.
/// </summary>
public sealed record TenantInfo(
    Guid Id,
    string Slug,
    string Name,
    TenantStatus Status,
    IReadOnlySet<string> EnabledModules,
    TenantBranding Branding,
    TenantSecurity Security,
    bool SetupCompleted);
