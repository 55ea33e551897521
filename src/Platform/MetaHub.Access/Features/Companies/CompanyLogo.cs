using MetaHub.Kernel.Files;

namespace MetaHub.Access.Features.Companies;

/// <summary>A company's logo, open for reading, with the content type its bytes show.</summary>
internal sealed record CompanyLogo(StoredFile File, string ContentType);
