namespace MetaHub.Kernel.Tenancy;

/// <summary>The tenant's sign-in policy as an administrator edits it: CIDR networks as text, in their stored form.</summary>
public sealed record TenantSecurityPolicy(bool RequireTwoFactor, IReadOnlyList<string> IpAllowList);
