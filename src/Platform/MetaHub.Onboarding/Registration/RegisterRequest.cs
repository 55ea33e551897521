namespace MetaHub.Onboarding.Registration;

/// <summary>A sign-up: who, the team and its address (derived from the team name when empty), and the two acceptances.</summary>
internal sealed record RegisterRequest(
    string? Email,
    string? Password,
    string? FirstName,
    string? LastName,
    string? TeamName,
    string? Slug,
    bool AcceptTerms,
    bool AcceptPrivacy);
