namespace MetaHub.Tenancy.Resolution;

/// <summary>The resolved tenant, kept on the request so that later scopes (a Blazor circuit) can find it.</summary>
internal sealed record TenantFeature(TenantEntry Entry);
