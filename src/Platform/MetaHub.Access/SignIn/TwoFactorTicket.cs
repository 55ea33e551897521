namespace MetaHub.Access.SignIn;

internal sealed record TwoFactorTicket(Guid UserId, string SecurityStamp, bool Enrol);
