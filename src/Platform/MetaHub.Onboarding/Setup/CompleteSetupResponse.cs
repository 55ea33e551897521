namespace MetaHub.Onboarding.Setup;

internal sealed record CompleteSetupResponse(Guid SubscriptionId, string PackageName, string SubscriptionStatus, DateTime TrialEndDate, IReadOnlyList<string> Modules);
