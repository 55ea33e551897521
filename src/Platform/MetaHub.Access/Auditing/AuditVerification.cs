namespace MetaHub.Access.Auditing;

/// <summary>
/// The result of walking the chain: how many entries were intact and, if the chain is broken, the
/// first sequence number at which it is and why (missing, unlinked or altered entry).
/// </summary>
internal sealed record AuditVerification(bool Valid, long VerifiedEntries, long? BrokenAtSequence, string? Reason)
{
    public const string Missing = "missing";
    public const string Unlinked = "unlinked";
    public const string Altered = "altered";
}
