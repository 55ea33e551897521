namespace MetaHub.Subscriptions.Modules;

/// <summary>How many module records onboarding created or changed (0 when the tenant was already onboarded).</summary>
internal sealed record OnboardingResponse(Guid TenantId, int Changes);
