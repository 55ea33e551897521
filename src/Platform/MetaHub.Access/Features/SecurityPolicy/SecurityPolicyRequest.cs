namespace MetaHub.Access.Features.SecurityPolicy;

/// <summary>The tenant's sign-in policy: second factor for everyone, and the networks (CIDR or single addresses) sign-in is allowed from.</summary>
internal sealed record SecurityPolicyRequest(bool RequireTwoFactor, IReadOnlyList<string>? IpAllowList);
