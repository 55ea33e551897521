using MetaHub.Access.Domain;

namespace MetaHub.Access.SignIn;

/// <summary>Where a sign-in stands after a step: failed, waiting for the second factor (with its ticket), or done.</summary>
internal sealed record SignInStep(SignInStatus Status, string? Ticket = null, User? User = null, IReadOnlyList<string>? RecoveryCodes = null)
{
    public static readonly SignInStep Failed = new(SignInStatus.Failed);
    public static readonly SignInStep TicketExpired = new(SignInStatus.TicketExpired);
    public static readonly SignInStep NetworkRefused = new(SignInStatus.NetworkRefused);
}
