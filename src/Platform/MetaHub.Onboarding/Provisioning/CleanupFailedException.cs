namespace MetaHub.Onboarding.Provisioning;

/// <summary><c>Tenant.CleanupFailed</c>: what an earlier failed attempt left behind could not be removed.</summary>
internal sealed class CleanupFailedException(Exception inner) : Exception("Tenant.CleanupFailed", inner);
