using Microsoft.AspNetCore.SignalR;

namespace MetaHub.Onboarding.Provisioning;

/// <summary>
/// Live provisioning progress. A client joins its sign-up's group by calling <c>Subscribe</c>
/// and receives <c>TenantCreationProgress</c> events; the answer to the call is the current state,
/// so a client that (re)connects late misses nothing.
/// </summary>
internal sealed class TenantCreationHub(ProvisioningStatus status) : Hub
{
    public const string Path = "/hubs/tenant-creation";
    public const string ProgressEvent = "TenantCreationProgress";

    public static string Group(Guid registrationId) => $"registration_{registrationId}";

    [HubMethodName("Subscribe")]
    public async Task<ProvisioningProgress?> SubscribeAsync(Guid registrationId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(registrationId), Context.ConnectionAborted);
        return await status.GetAsync(registrationId, Context.ConnectionAborted);
    }
}
