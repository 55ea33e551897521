namespace MetaHub.Kernel.Security;

/// <summary>A person of the tenant in one of the companies they work in, with the company's name.</summary>
public sealed record CompanyMember(Guid CompanyId, string CompanyName, Person Person);
