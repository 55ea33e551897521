namespace MetaHub.Onboarding.Resources;

/// <summary>Marker for the provisioning progress and welcome mail texts (ProvisioningResources.resx, .en.resx).</summary>
public sealed class ProvisioningResources;
