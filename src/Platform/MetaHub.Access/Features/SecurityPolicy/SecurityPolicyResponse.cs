namespace MetaHub.Access.Features.SecurityPolicy;

/// <summary>The policy, the caller's own address (which the allow-list must keep) and whether the caller may change it.</summary>
internal sealed record SecurityPolicyResponse(bool RequireTwoFactor, IReadOnlyList<string> IpAllowList, string? CurrentIpAddress, bool CanChange);
