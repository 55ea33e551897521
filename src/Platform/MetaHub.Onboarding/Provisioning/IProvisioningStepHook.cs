using MetaHub.Tenancy.Catalog;

namespace MetaHub.Onboarding.Provisioning;

/// <summary>
/// Called before each provisioning step runs. The host registers none; tests register one that
/// fails a chosen step, to prove every step can fail, be reported and be retried.
/// </summary>
internal interface IProvisioningStepHook
{
    ValueTask BeforeAsync(Guid registrationId, ProvisioningStep step, CancellationToken cancellationToken);
}
