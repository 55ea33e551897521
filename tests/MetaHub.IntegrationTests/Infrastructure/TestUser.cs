namespace MetaHub.IntegrationTests.Infrastructure;

public sealed record TestUser(Guid Id, string Email, string? AuthenticatorKey)
{
    public string Password { get; init; } = Organisation.Password;
}
