namespace MetaHub.Subscriptions.TenantSettings;

/// <summary>An SEO text in Turkish and English as a request carries it; a missing language is empty.</summary>
internal sealed record SeoText(string? Tr, string? En);
