namespace MetaHub.Tenancy.Resolution;

internal readonly record struct TenantResolution(TenantEntry? Entry, TenantResolutionSource Source)
{
    public static readonly TenantResolution NotFound = new(null, TenantResolutionSource.None);
}
