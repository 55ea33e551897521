namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>A platform operator of a test host; the key and recovery codes once an authenticator is set up.</summary>
public sealed record TestOperator(Guid Id, string Email, string? AuthenticatorKey, IReadOnlyList<string> RecoveryCodes);
