namespace MetaHub.Onboarding.Resources;

/// <summary>Marker for the setup wizard's messages (SetupResources.resx, .en.resx).</summary>
public sealed class SetupResources;
