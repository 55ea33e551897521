namespace MetaHub.Operators;

/// <summary>How operators sign in, as the host sets it (from <c>MetaHub:Demo</c>); it has no configuration keys of its own.</summary>
public sealed class OperatorSignInOptions
{
    /// <summary>
    /// Development accounts (<see cref="Tenancy.Catalog.PlatformOperator.IsDevelopmentAccount"/>) may
    /// sign in without a second factor. Off unless the demo is on and does not require one; no
    /// other operator is ever let in without a second factor.
    /// </summary>
    public bool DevelopmentAccountsWithoutSecondFactor { get; set; }
}
