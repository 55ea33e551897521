using MetaHub.Tenancy.Catalog;

namespace MetaHub.Onboarding.Provisioning;

/// <summary>Where provisioning of a sign-up stands: pushed as <c>TenantCreationProgress</c> and answered by the status endpoint.</summary>
internal sealed record ProvisioningProgress(
    Guid RegistrationId,
    string Step,
    string Message,
    int ProgressPercentage,
    bool IsCompleted,
    bool HasError,
    string? ErrorMessage,
    string? LoginUrl)
{
    public static ProvisioningProgress Of(TenantRegistration registration, string message, string? loginUrl)
    {
        var step = registration.Step ?? ProvisioningStep.Starting;
        return new ProvisioningProgress(
            registration.Id,
            registration.Status == RegistrationStatus.Failed ? "Failed" : step.ToString(),
            message,
            registration.Status == RegistrationStatus.PendingVerification ? 0 : (int)step,
            registration.Status == RegistrationStatus.Completed,
            registration.Status == RegistrationStatus.Failed,
            registration.Status == RegistrationStatus.Failed ? registration.ErrorMessage : null,
            registration.Status == RegistrationStatus.Completed ? loginUrl : null);
    }
}
