namespace MetaHub.Onboarding.Resources;

/// <summary>Marker for the project's localised strings (OnboardingResources.resx, .en.resx).</summary>
public sealed class OnboardingResources;
