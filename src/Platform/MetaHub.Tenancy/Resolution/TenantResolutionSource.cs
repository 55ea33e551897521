namespace MetaHub.Tenancy.Resolution;

internal enum TenantResolutionSource
{
    None = 0,
    Header = 1,
    Host = 2,
    DevelopmentFallback = 3,
}
