using MetaHub.Access.SignIn;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.Operators.SignIn;

/// <summary>Where an operator's sign-in stands after a step: failed, waiting for the second factor (with its ticket), or done.</summary>
internal sealed record OperatorSignInStep(
    SignInStatus Status, string? Ticket = null, PlatformOperator? Operator = null, IReadOnlyList<string>? RecoveryCodes = null)
{
    public static readonly OperatorSignInStep Failed = new(SignInStatus.Failed);
    public static readonly OperatorSignInStep TicketExpired = new(SignInStatus.TicketExpired);
}
