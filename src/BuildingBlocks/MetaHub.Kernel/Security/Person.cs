namespace MetaHub.Kernel.Security;

/// <summary>A person of the tenant as others see them: id, full name and email.</summary>
public sealed record Person(Guid Id, string Name, string Email);
