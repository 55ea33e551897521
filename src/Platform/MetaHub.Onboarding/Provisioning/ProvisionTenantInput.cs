namespace MetaHub.Onboarding.Provisioning;

/// <summary>The provisioning job's input, stored with the job so a restarted process knows what to finish.</summary>
internal sealed record ProvisionTenantInput(Guid RegistrationId);
