namespace MetaHub.Access.SignIn;

internal sealed record TwoFactorTicket(Guid AccountId, string SecurityStamp, bool Enrol);
