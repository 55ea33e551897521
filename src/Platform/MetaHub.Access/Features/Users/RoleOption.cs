namespace MetaHub.Access.Features.Users;

/// <summary>A role of the active company a member can be given.</summary>
internal sealed record RoleOption(Guid Id, string Name);
